-- Rows that belong to an article (mentions, statements, events ...): delete the old rows of every
-- staged article that the new extraction no longer produces, then upsert the staged rows. Two
-- statements, because DuckLake's MERGE takes a single UPDATE or DELETE action.
DELETE FROM {table} AS t
WHERE t.article_id IN (SELECT article_id FROM stg_articles)
  AND NOT EXISTS (SELECT 1 FROM stg_{table} AS s WHERE {on});
MERGE INTO {table} AS t
USING stg_{table} AS s
ON {on}
WHEN MATCHED AND t IS DISTINCT FROM s THEN UPDATE
WHEN NOT MATCHED BY TARGET THEN INSERT;
