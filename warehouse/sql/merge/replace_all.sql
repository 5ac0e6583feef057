-- Tables recomputed in full from the whole warehouse (actors after resolution): the staged
-- rows are the new truth, and rows no longer produced go (a statement of its own, as in
-- article_rows.sql).
DELETE FROM {table} AS t
WHERE NOT EXISTS (SELECT 1 FROM stg_{table} AS s WHERE {on});
MERGE INTO {table} AS t
USING stg_{table} AS s
ON {on}
WHEN MATCHED AND t IS DISTINCT FROM s THEN UPDATE
WHEN NOT MATCHED BY TARGET THEN INSERT;
