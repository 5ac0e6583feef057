-- After actor resolution: stg_actor_map (article_id, actor_key, actor_id) holds where the
-- article-local actors it lists now point. Run once per actor reference (load.ACTOR_REFERENCES)
-- and updates only what changed, so an unchanged run writes nothing.
UPDATE {table} AS x SET {id_column} = m.actor_id
FROM stg_actor_map AS m
WHERE x.article_id = m.article_id AND x.{key_column} = m.actor_key AND x.{id_column} IS DISTINCT FROM m.actor_id
