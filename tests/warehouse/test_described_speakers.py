"""A speaker called only by a title the article leaves unresolved ('the chancellor said', in a
story naming her only as 'Ms Lind') is the one person the article names whom other articles give
that title, in a real DuckDB file."""

from __future__ import annotations

from newsledger.extract.records import ArticleExtraction, LocalActor, Statement
from tests.factories import raw_article
from tests.warehouse.small import actor_id, load_pairs
from warehouse import load


def _titled(article_id: str, *people: tuple[str, str]) -> tuple:
    """An article naming each (name, title) with the title before the name."""
    text = " ".join(f"{title} {name} spoke." for name, title in people)
    actors = [LocalActor(f"p{i}", name, "person", None, [], [title]) for i, (name, title) in enumerate(people)]
    return raw_article(article_id, text), ArticleExtraction(article_id, actors=actors)


def _described(article_id: str, speaker: str, *names: str) -> tuple:
    """An article naming `names` untitled, then 'speaker said the budget was fair.'"""
    text = " ".join(f"{n} arrived." for n in names) + f" {speaker} said the budget was fair."
    start = text.index("the budget")
    said = Statement(None, speaker, "indirect", "said", "the budget was fair", start, start + 19, text.split(". ")[-1])
    actors = [LocalActor(f"p{i}", n, "person", None) for i, n in enumerate(names)]
    return raw_article(article_id, text), ArticleExtraction(article_id, actors=actors, statements=[said])


def _speaker(con, article_id: str) -> str | None:
    return con.execute("SELECT speaker_actor_id FROM statements WHERE article_id = ?", [article_id]).fetchone()[0]


def test_a_title_known_from_two_articles_names_the_one_holder_the_article_names(tmp_path):
    con = load.connect(tmp_path / "w.duckdb")
    load_pairs(con, [_titled("t1", ("Ana Lind", "Chancellor")), _titled("t2", ("Ana Lind", "Chancellor"), ("Piet Berg", "Mayor")),
                     _titled("t3", ("Piet Berg", "Springfield's Mayor")), _titled("t4", ("Piet Berg", "Chancellor")),
                     _described("d1", "The chancellor", "Ana Lind", "Sam Kim"),
                     _described("d2", "the former chancellor", "Ana Lind"),
                     _described("d3", "the mayor", "Ana Lind", "Piet Berg"),
                     _described("d4", "the chancellor", "Sam Kim")])
    assert _speaker(con, "d1") == actor_id("Ana Lind")
    assert _speaker(con, "d2") is None  # she is called chancellor, not former chancellor
    assert _speaker(con, "d3") == actor_id("Piet Berg")
    assert _speaker(con, "d4") is None  # the article names no holder of the title


def test_a_title_seen_once_or_held_by_two_people_named_credits_no_one(tmp_path):
    con = load.connect(tmp_path / "w.duckdb")
    pairs = [_titled("t1", ("Ana Lind", "Chancellor")), _titled("t2", ("Ana Lind", "Chancellor")),
             _titled("t3", ("Piet Berg", "Governor")), _described("d1", "the governor", "Piet Berg"),
             _described("d2", "the chancellor", "Ana Lind", "Piet Berg")]
    load_pairs(con, pairs)
    assert _speaker(con, "d1") is None  # one article's title may be a misreading
    assert _speaker(con, "d2") == actor_id("Ana Lind")
    load_pairs(con, [_titled("t4", ("Piet Berg", "Chancellor")), _titled("t5", ("Piet Berg", "Chancellor"))])
    assert _speaker(con, "d2") is None  # now two people the article names hold it
    assert _speaker(con, "d1") is None
    changes = load_pairs(con, pairs)
    assert changes["statements"] == 0 and _speaker(con, "d2") is None
