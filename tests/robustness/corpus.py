"""Shared by the robustness tests: short good articles, `newsledger run` as a subprocess, and the
checks that a warehouse is consistent."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pandas as pd

from warehouse.load import SQL_DIR

PEOPLE = [
    ("Foreign Minister", "Ana Ruiz", "Spain", "Madrid"),
    ("President", "Louis Martin", "France", "Paris"),
    ("Chancellor", "Greta Vogel", "Germany", "Berlin"),
    ("Prime Minister", "Marco Bianchi", "Italy", "Rome"),
    ("Defence Minister", "Olena Shevchenko", "Ukraine", "Kyiv"),
    ("Foreign Minister", "Kenji Sato", "Japan", "Tokyo"),
    ("President", "Amara Okafor", "Nigeria", "Abuja"),
    ("Prime Minister", "Lars Nilsson", "Sweden", "Stockholm"),
    ("Trade Minister", "Priya Nair", "India", "New Delhi"),
    ("President", "Diego Alvarez", "Argentina", "Buenos Aires"),
]
QUOTES = ["We agreed on a plan", "The talks were useful", "We will not accept these terms",
          "Our countries must work together", "The sanctions must end"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
RUN_COLUMNS = ("ingested_at", "rejected_at", "run_id")
ARTICLE_TABLES = ("articles", "article_actors", "actor_mentions", "statements", "events", "event_actors")


def good_article(n: int) -> dict[str, str]:
    """A short English article with a meeting, a direct quote and an accusation; distinct per `n`."""
    title_a, name_a, country_a, _ = PEOPLE[n % len(PEOPLE)]
    title_b, name_b, _, city_b = PEOPLE[(n + 1 + n // len(PEOPLE)) % len(PEOPLE)]
    last_a, last_b = name_a.split()[-1], name_b.split()[-1]
    text = (f"{title_a} {name_a} of {country_a} met {title_b} {name_b} in {city_b} on {DAYS[n % 5]}. "
            f"\"{QUOTES[n % len(QUOTES)]},\" {last_a} said after meeting number {n}. "
            f"{last_b} accused the opposition of blocking the agreement.")
    return {"id": f"good-{n:03d}", "title": f"{last_a} meets {last_b} ({n})", "published_at": f"2024-06-{1 + n % 28:02d}",
            "source": "robustness", "text": text}


def write_good(raw: Path, numbers: Iterable[int], folder: str = "good") -> dict[str, str]:
    """One `.json` file per article under `raw/folder`; returns article_id -> raw_path."""
    (raw / folder).mkdir(parents=True, exist_ok=True)
    written = {}
    for n in numbers:
        article = good_article(n)
        (raw / folder / f"{article['id']}.json").write_text(json.dumps(article), encoding="utf-8")
        written[article["id"]] = f"{folder}/{article['id']}.json"
    return written


def cli_env(prefect_home: Path, **extra: str) -> dict[str, str]:
    """The environment for `newsledger run` in a subprocess: Prefect in `prefect_home`, offline."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSLEDGER_", "PREFECT_"))}
    env.update(PREFECT_HOME=str(prefect_home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="WARNING")
    return env | extra


def start_run(raw: Path, warehouse: Path, parquet: Path, env: dict[str, str], batch_size: int) -> subprocess.Popen:
    """`newsledger run` in its own process group (its Prefect server is a child process), loading
    and committing every `batch_size` articles."""
    return subprocess.Popen(
        [sys.executable, "-m", "newsledger.cli", "run", "--raw-dir", str(raw), "--warehouse", str(warehouse),
         "--parquet-dir", str(parquet), "--batch-size", str(batch_size), "--no-progress"],
        env={**env, "NEWSLEDGER_LOAD_SIZE": str(batch_size)}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def reap(proc: subprocess.Popen) -> None:
    """SIGKILL what is left of the run's process group (e.g. an orphaned Prefect server)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.communicate()


def relationship_violations(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    """The rows `warehouse/sql/tests/relationships.sql` reports (none when consistent)."""
    return con.execute((SQL_DIR / "tests" / "relationships.sql").read_text(encoding="utf-8")).fetchall()


def article_rows(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> dict[str, list[tuple]]:
    """Every row the given articles produced, without run bookkeeping or resolved actor ids (which
    depend on the other articles present), sorted."""
    rows = {}
    con.register("_ids", pd.DataFrame({"article_id": article_ids}, dtype="str"))
    try:
        for table in ARTICLE_TABLES:
            columns = [r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [table]).fetchall() if r[0] not in RUN_COLUMNS and not r[0].endswith("actor_id")]
            rows[table] = con.execute(f"SELECT {', '.join(columns)} FROM {table} "
                                      "WHERE article_id IN (SELECT article_id FROM _ids) ORDER BY ALL").fetchall()
    finally:
        con.unregister("_ids")
    return rows


def loaded_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute("SELECT article_id FROM articles ORDER BY article_id").fetchall()]
