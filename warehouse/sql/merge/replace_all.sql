-- Tables recomputed in full from the whole warehouse (actors after resolution): the staged
-- rows are the new truth; rows no longer produced go.
MERGE INTO {table} AS t
USING stg_{table} AS s
ON {on}
WHEN MATCHED AND t IS DISTINCT FROM s THEN UPDATE
WHEN NOT MATCHED BY TARGET THEN INSERT
WHEN NOT MATCHED BY SOURCE THEN DELETE;
