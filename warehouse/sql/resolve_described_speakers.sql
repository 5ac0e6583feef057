-- After actor resolution: a statement whose speaker the article calls only by a title it does
-- not tie to a name ('the chancellor said', in a story that names him only as 'Mr Brown') is
-- credited to the one person the article names whom the warehouse calls by that title in at
-- least two articles; with none, or two, it stays unresolved. A title seen once may be a misread;
-- 'the former minister' matches only 'former minister'; an owner before a title is dropped
-- ('Acme's chairman' is a chairman). Recomputed over the whole warehouse on
-- each resolution (a new article can make a title ambiguous) and writes only what changed.
WITH held AS (
    SELECT actor_id, title, count(DISTINCT article_id) AS articles
    FROM (
        SELECT article_id, actor_id,
               regexp_replace(lower(strip_accents(trim(unnest(from_json(role_titles, '["VARCHAR"]'))))), '^.*[''’]s ', '') AS title
        FROM article_actors
        WHERE actor_type = 'person' AND actor_id IS NOT NULL
    )
    GROUP BY actor_id, title
),
described AS (
    SELECT statement_id, article_id,
           lower(strip_accents(regexp_replace(trim(speaker_text), '^[Tt]he\s+', ''))) AS title
    FROM statements
    WHERE speaker_actor_key IS NULL AND regexp_matches(trim(speaker_text), '^[Tt]he\s+\S')
),
holders AS (
    SELECT d.statement_id, min(h.actor_id) AS actor_id, count(DISTINCT h.actor_id) AS n
    FROM described AS d
    JOIN article_actors AS a ON a.article_id = d.article_id AND a.actor_type = 'person'
    JOIN held AS h ON h.actor_id = a.actor_id AND h.title = d.title AND h.articles >= 2
    GROUP BY d.statement_id
),
credited AS (
    SELECT s.statement_id, CASE WHEN h.n = 1 THEN h.actor_id END AS actor_id
    FROM statements AS s
    LEFT JOIN holders AS h ON h.statement_id = s.statement_id
    WHERE s.speaker_actor_key IS NULL
)
UPDATE statements AS s SET speaker_actor_id = c.actor_id
FROM credited AS c
WHERE s.statement_id = c.statement_id AND s.speaker_actor_id IS DISTINCT FROM c.actor_id
