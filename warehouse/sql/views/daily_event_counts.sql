-- daily_event_counts: events per day, event type and country, for charts and maps.
-- Grain: (day, event_type, country_code). Only events dated to the day count (event_date with
-- date_precision 'day'); an event known only to the month or year would pile up on the 1st.
-- `country_code` is the country of the event's place (ISO 3166-1 alpha-3), null when the event
-- has no place. `events` counts them all, `occurred` those that happened (status 'occurred' and
-- not negated), `negated` the negated ones.
CREATE OR REPLACE VIEW daily_event_counts AS
SELECT
    e.event_date AS day,
    e.event_type,
    p.country_code,
    count(*) AS events,
    count(*) FILTER (WHERE e.status = 'occurred' AND NOT e.negated) AS occurred,
    count(*) FILTER (WHERE e.negated) AS negated
FROM events AS e
LEFT JOIN places AS p ON p.place_id = e.place_id
WHERE e.event_date IS NOT NULL AND e.date_precision = 'day'
GROUP BY e.event_date, e.event_type, p.country_code;
