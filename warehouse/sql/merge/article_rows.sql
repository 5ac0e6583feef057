-- Rows that belong to an article (mentions, statements, events ...): upsert the staged rows and
-- delete the old rows of every staged article that the new extraction no longer produces.
MERGE INTO {table} AS t
USING stg_{table} AS s
ON {on}
WHEN MATCHED AND t IS DISTINCT FROM s THEN UPDATE
WHEN NOT MATCHED BY TARGET THEN INSERT
WHEN NOT MATCHED BY SOURCE AND t.article_id IN (SELECT article_id FROM stg_articles) THEN DELETE;
