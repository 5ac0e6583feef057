-- actor_pairs: how often two actors meet, talk, accuse ... each other, per event type.
-- Grain: (actor_1_id, actor_2_id, event_type), with actor_1_id < actor_2_id so each unordered
-- pair appears once. Two actors form a pair when both take part in one event (event_actors:
-- source, target or participant). `events` counts the events that were not negated;
-- `from_1_to_2` / `from_2_to_1` those where actor 1 was the source and actor 2 the target, or
-- the reverse; `negated_events` the negated ones ("did not meet"). `first_date` / `last_date`
-- span the known event dates.
CREATE OR REPLACE VIEW actor_pairs AS
WITH involved AS (
    SELECT DISTINCT event_id, actor_id, role FROM event_actors WHERE actor_id IS NOT NULL
),
pairs AS (
    SELECT x.event_id, x.actor_id AS actor_1_id, y.actor_id AS actor_2_id,
           bool_or(x.role = 'source' AND y.role = 'target') AS one_to_two,
           bool_or(x.role = 'target' AND y.role = 'source') AS two_to_one
    FROM involved AS x
    JOIN involved AS y ON y.event_id = x.event_id AND x.actor_id < y.actor_id
    GROUP BY x.event_id, x.actor_id, y.actor_id
)
SELECT
    p.actor_1_id,
    a1.name AS actor_1_name,
    p.actor_2_id,
    a2.name AS actor_2_name,
    e.event_type,
    count(*) FILTER (WHERE NOT e.negated) AS events,
    count(*) FILTER (WHERE NOT e.negated AND p.one_to_two) AS from_1_to_2,
    count(*) FILTER (WHERE NOT e.negated AND p.two_to_one) AS from_2_to_1,
    count(*) FILTER (WHERE e.negated) AS negated_events,
    count(DISTINCT e.article_id) AS articles,
    min(e.event_date) AS first_date,
    max(e.event_date) AS last_date
FROM pairs AS p
JOIN events AS e ON e.event_id = p.event_id
JOIN actors AS a1 ON a1.actor_id = p.actor_1_id
JOIN actors AS a2 ON a2.actor_id = p.actor_2_id
GROUP BY p.actor_1_id, a1.name, p.actor_2_id, a2.name, e.event_type;
