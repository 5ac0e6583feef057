-- event_timeline: one row per event with everything a timeline needs in one place.
-- Grain: events (event_id). Actor, place and article columns are looked up by id; an actor or
-- place that is unknown reads as null. `evidence` is the sentence the event was coded from and
-- char_start/char_end index the article text. `event_date` is the resolved date of the action
-- (null when the article gives none) with its `date_precision`; `published_at` is when it was
-- reported. Negated events ("did not meet") and non-occurred ones (planned, expected,
-- hypothetical) are kept: filter on `negated` and `status`.
CREATE OR REPLACE VIEW event_timeline AS
SELECT
    e.event_id,
    e.event_date,
    e.date_precision,
    e.date_text,
    e.event_type,
    e.plover_type,
    e.mode,
    e.status,
    e.negated,
    e.source_actor_id,
    src.name AS source_name,
    src.country_code AS source_country_code,
    e.target_actor_id,
    tgt.name AS target_name,
    tgt.country_code AS target_country_code,
    e.place_id,
    p.name AS place_name,
    p.country_code AS place_country_code,
    p.latitude,
    p.longitude,
    e.trigger,
    e.sentence AS evidence,
    e.char_start,
    e.char_end,
    e.confidence,
    e.article_id,
    a.title AS article_title,
    a.url,
    a.source,
    a.published_at
FROM events AS e
JOIN articles AS a ON a.article_id = e.article_id
LEFT JOIN actors AS src ON src.actor_id = e.source_actor_id
LEFT JOIN actors AS tgt ON tgt.actor_id = e.target_actor_id
LEFT JOIN places AS p ON p.place_id = e.place_id;
