-- Relationship tests (jaffle_shop style): each query returns the rows that break a reference;
-- every query must return nothing. Run by tests/warehouse/test_relationships.py after a load.
SELECT 'actor_mentions.actor_id' AS broken, mention_id AS row_key FROM actor_mentions
WHERE actor_id IS NULL OR actor_id NOT IN (SELECT actor_id FROM actors)
UNION ALL
SELECT 'actor_mentions.article_id', mention_id FROM actor_mentions
WHERE article_id NOT IN (SELECT article_id FROM articles)
UNION ALL
SELECT 'article_actors.actor_id', article_actor_id FROM article_actors
WHERE actor_id IS NULL OR actor_id NOT IN (SELECT actor_id FROM actors)
UNION ALL
SELECT 'statements.article_id', statement_id FROM statements
WHERE article_id NOT IN (SELECT article_id FROM articles)
UNION ALL
SELECT 'statements.speaker_actor_id', statement_id FROM statements
WHERE speaker_actor_id IS NOT NULL AND speaker_actor_id NOT IN (SELECT actor_id FROM actors)
UNION ALL
SELECT 'events.article_id', event_id FROM events
WHERE article_id NOT IN (SELECT article_id FROM articles)
UNION ALL
SELECT 'events.source_actor_id', event_id FROM events
WHERE source_actor_id IS NOT NULL AND source_actor_id NOT IN (SELECT actor_id FROM actors)
UNION ALL
SELECT 'events.target_actor_id', event_id FROM events
WHERE target_actor_id IS NOT NULL AND target_actor_id NOT IN (SELECT actor_id FROM actors)
UNION ALL
SELECT 'events.place_id', event_id FROM events
WHERE place_id IS NOT NULL AND place_id NOT IN (SELECT place_id FROM places)
UNION ALL
SELECT 'event_actors.event_id', event_id FROM event_actors
WHERE event_id NOT IN (SELECT event_id FROM events)
UNION ALL
SELECT 'event_actors.actor_id', event_id FROM event_actors
WHERE actor_id IS NULL OR actor_id NOT IN (SELECT actor_id FROM actors)
UNION ALL
SELECT 'actors without mentions', actor_id FROM actors
WHERE actor_id NOT IN (SELECT actor_id FROM article_actors)
UNION ALL
SELECT 'offsets outside the article text', s.statement_id FROM statements s JOIN articles a USING (article_id)
WHERE s.char_end > length(a.text)
UNION ALL
SELECT 'event offsets outside the article text', e.event_id FROM events e JOIN articles a USING (article_id)
WHERE e.char_end > length(a.text)
UNION ALL
SELECT 'mention offsets outside the article text', m.mention_id FROM actor_mentions m JOIN articles a USING (article_id)
WHERE m.char_end > length(a.text);
