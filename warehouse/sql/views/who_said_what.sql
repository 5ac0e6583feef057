-- who_said_what: one row per statement with its speaker, the speaker's titles in that article
-- and where it was published.
-- Grain: statements (statement_id). `speaker` is the canonical actor name, else the speaker as
-- written (e.g. "a spokesman"), else null for an unattributed quote. `speaker_role` joins the
-- titles the speaker carries in this article ("Mayor", "Russian President"), null when none.
-- `statement_date` is when it was said where the text dates the reporting verb ("said on
-- Friday"), at `date_precision`; `published_at` is when the article reported it.
CREATE OR REPLACE VIEW who_said_what AS
SELECT
    s.statement_id,
    s.speaker_actor_id,
    coalesce(sp.name, s.speaker_text) AS speaker,
    s.speaker_text,
    nullif(array_to_string(CAST(json(aa.role_titles) AS VARCHAR[]), ', '), '') AS speaker_role,
    sp.actor_type AS speaker_type,
    sp.country_code AS speaker_country_code,
    s.kind,
    s.cue,
    s.text,
    s.sentence,
    s.confidence,
    s.statement_date,
    s.date_precision,
    s.date_text,
    s.article_id,
    a.title AS article_title,
    a.url,
    a.source,
    a.published_at
FROM statements AS s
JOIN articles AS a ON a.article_id = s.article_id
LEFT JOIN actors AS sp ON sp.actor_id = s.speaker_actor_id
LEFT JOIN article_actors AS aa ON aa.article_id = s.article_id AND aa.actor_key = s.speaker_actor_key;
