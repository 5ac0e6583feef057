"""The serving copy: a BI tool (SQLAlchemy + duckdb-engine, as Superset connects) reads every
view from it while another process loads into the warehouse and republishes; both succeed and
every snapshot the reader opens is whole."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from tests.warehouse import small
from warehouse.publish import publish
from warehouse.serving import serving_path
from warehouse.views import VIEWS

ROOT = Path(__file__).resolve().parents[2]
WRITER_RUNS = 4
# Loads one new article at a time into the warehouse and republishes after each, as a run would.
WRITER = """
import sys
import time
from pathlib import Path
from tests.factories import TEXT, extraction, raw_article
from tests.warehouse import small
from warehouse import load
from warehouse.publish import publish

path = Path(sys.argv[1])
con = load.connect(path)
for i in range({runs}):
    text = TEXT + f" Day {{i}}."
    small.load_pairs(con, [(raw_article(f"w{{i}}", text), extraction(f"w{{i}}", text))])
    publish(con, path, path.parent / "parquet")
con.close()
"""


def superset_engine(serving: Path) -> sa.Engine:
    """What Superset builds from `duckdb:////abs/path?access_mode=read_only`; NullPool so every
    read opens the newest snapshot."""
    return sa.create_engine(f"duckdb:///{serving.resolve()}?access_mode=read_only", poolclass=NullPool)


def _read_everything(engine: sa.Engine) -> int:
    """One BI pass over one snapshot: every view in full; returns its article count after
    checking the snapshot is whole (each test article has exactly one statement)."""
    with engine.connect() as conn:
        assert set(VIEWS) <= set(sa.inspect(conn).get_view_names())
        for view in VIEWS:
            conn.execute(sa.text(f"SELECT * FROM {view}")).fetchall()
        articles = conn.execute(sa.text("SELECT count(*) FROM articles")).scalar_one()
        said = conn.execute(sa.text("SELECT count(*) FROM who_said_what")).scalar_one()
    assert said == articles, "a half-loaded snapshot"
    return articles


def test_serving_path_sits_beside_the_warehouse():
    assert serving_path(Path("warehouse/newsledger.duckdb")) == Path("warehouse/serving/newsledger.duckdb")


def test_bi_reads_every_view_while_a_writer_loads_and_republishes(tmp_path):
    path = tmp_path / "newsledger.duckdb"
    con = small.build(path)
    serving = publish(con, path, tmp_path / "parquet").serving
    con.close()
    engine = superset_engine(serving)
    seen = {_read_everything(engine)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER.format(runs=WRITER_RUNS), str(path)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    passes = 0
    while writer.poll() is None:
        seen.add(_read_everything(engine))
        passes += 1
        time.sleep(0.05)  # a dashboard refreshing, not a busy loop starving the writer
    _, err = writer.communicate()
    assert writer.returncode == 0, err
    final = _read_everything(engine)
    assert passes > 0 and final == 3 + WRITER_RUNS
    assert seen <= set(range(3, 3 + WRITER_RUNS + 1))
    assert not list(serving.parent.glob(".*tmp*"))


def test_serving_copy_is_read_only_for_bi(small_warehouse):
    engine = superset_engine(small_warehouse.published.serving)
    with engine.connect() as conn:
        try:
            conn.execute(sa.text("CREATE TABLE x (i INTEGER)"))
        except sa.exc.DBAPIError as err:
            assert "read-only" in str(err).lower()
        else:
            raise AssertionError("the serving copy accepted a write")
