-- Rows that are written once and never changed (rejects keep the run that first saw them).
MERGE INTO {table} AS t
USING stg_{table} AS s
ON {on}
WHEN NOT MATCHED BY TARGET THEN INSERT;
