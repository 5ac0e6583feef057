-- After actor resolution: stg_actor_map (article_id, actor_key, actor_id) holds where every
-- article-local actor now points. Update only what changed, so an unchanged run writes nothing.
UPDATE article_actors AS a SET actor_id = m.actor_id
FROM stg_actor_map AS m
WHERE a.article_id = m.article_id AND a.actor_key = m.actor_key AND a.actor_id IS DISTINCT FROM m.actor_id;

UPDATE actor_mentions AS x SET actor_id = a.actor_id
FROM article_actors AS a
WHERE x.article_id = a.article_id AND x.actor_key = a.actor_key AND x.actor_id IS DISTINCT FROM a.actor_id;

UPDATE statements AS x SET speaker_actor_id = a.actor_id
FROM article_actors AS a
WHERE x.article_id = a.article_id AND x.speaker_actor_key = a.actor_key AND x.speaker_actor_id IS DISTINCT FROM a.actor_id;

UPDATE events AS x SET source_actor_id = a.actor_id
FROM article_actors AS a
WHERE x.article_id = a.article_id AND x.source_actor_key = a.actor_key AND x.source_actor_id IS DISTINCT FROM a.actor_id;

UPDATE events AS x SET target_actor_id = a.actor_id
FROM article_actors AS a
WHERE x.article_id = a.article_id AND x.target_actor_key = a.actor_key AND x.target_actor_id IS DISTINCT FROM a.actor_id;

UPDATE event_actors AS x SET actor_id = a.actor_id
FROM article_actors AS a
WHERE x.article_id = a.article_id AND x.actor_key = a.actor_key AND x.actor_id IS DISTINCT FROM a.actor_id;
