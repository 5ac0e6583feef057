-- Keyed rows that only grow or change (articles, places, runs).
MERGE INTO {table} AS t
USING stg_{table} AS s
ON {on}
WHEN MATCHED AND t IS DISTINCT FROM s THEN UPDATE
WHEN NOT MATCHED BY TARGET THEN INSERT;
