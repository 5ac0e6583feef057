-- actor_profile: one row per actor with how much the warehouse knows about it.
-- Grain: actors (actor_id); every actor appears, counts are 0 when nothing matches.
-- `mentions` counts every place it is named, `articles` the distinct articles naming it,
-- `statements` what it said, `events_as_source` / `events_as_target` the events it did or
-- suffered (negated ones included). `first_seen` / `last_seen` are the earliest and latest
-- publication times of those articles (null when none of them is dated).
CREATE OR REPLACE VIEW actor_profile AS
WITH seen AS (
    SELECT aa.actor_id, count(DISTINCT aa.article_id) AS articles,
           min(a.published_at) AS first_seen, max(a.published_at) AS last_seen
    FROM article_actors AS aa
    JOIN articles AS a ON a.article_id = aa.article_id
    GROUP BY aa.actor_id
),
mentioned AS (
    SELECT actor_id, count(*) AS mentions FROM actor_mentions GROUP BY actor_id
),
said AS (
    SELECT speaker_actor_id AS actor_id, count(*) AS statements FROM statements GROUP BY speaker_actor_id
),
as_source AS (
    SELECT source_actor_id AS actor_id, count(*) AS events FROM events GROUP BY source_actor_id
),
as_target AS (
    SELECT target_actor_id AS actor_id, count(*) AS events FROM events GROUP BY target_actor_id
)
SELECT
    ac.actor_id,
    ac.name,
    ac.actor_type,
    ac.country_code,
    coalesce(m.mentions, 0) AS mentions,
    coalesce(seen.articles, 0) AS articles,
    coalesce(said.statements, 0) AS statements,
    coalesce(src.events, 0) AS events_as_source,
    coalesce(tgt.events, 0) AS events_as_target,
    seen.first_seen,
    seen.last_seen
FROM actors AS ac
LEFT JOIN seen ON seen.actor_id = ac.actor_id
LEFT JOIN mentioned AS m ON m.actor_id = ac.actor_id
LEFT JOIN said ON said.actor_id = ac.actor_id
LEFT JOIN as_source AS src ON src.actor_id = ac.actor_id
LEFT JOIN as_target AS tgt ON tgt.actor_id = ac.actor_id;
