"""The `newsledger` command line. Prefect is imported only by the commands that run flows, so
`sql`, `eval` and `--help` answer at once."""

from __future__ import annotations

import argparse
import atexit
import contextlib
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import pandas as pd

from newsledger.config import Settings, batches_in_flight, default_workers

if TYPE_CHECKING:
    from flows.serve import LocalServer

EXAMPLE_QUERY = "select name, actor_type, country_code from actors order by name"
EPILOG = f"""environment: NEWSLEDGER_RAW_DIR, NEWSLEDGER_WAREHOUSE, NEWSLEDGER_PARQUET_DIR set the defaults;
NEWSLEDGER_SPACY_MODEL picks the spaCy model. Example: newsledger sql "{EXAMPLE_QUERY}" """


def _quiet_prefect(verbose: bool) -> None:
    """Offline, telemetry-free, project-local Prefect with quiet logs unless asked."""
    os.environ.setdefault("PREFECT_HOME", str(Path.cwd() / ".prefect"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")


def _print_frame(frame: pd.DataFrame, max_width: int = 60) -> None:
    if frame.empty:
        print(f"(no rows; columns: {', '.join(frame.columns)})")
        return
    shown = frame.map(lambda v: v[: max_width - 1] + "…" if isinstance(v, str) and len(v) > max_width else v)
    print(shown.to_string(index=False))
    print(f"({len(frame)} row{'s' if len(frame) != 1 else ''})")


def _missing_warehouse(path: Path) -> int | None:
    """Exit status 2 with a hint when there is no warehouse to read yet, else None."""
    from warehouse.load import warehouse_exists

    if warehouse_exists(path):
        return None
    print(f"newsledger: no warehouse at {path}; run `newsledger run` first", file=sys.stderr)
    return 2


def _busy(err: Exception) -> int:
    """Exit status 3, with the message naming the warehouse another run holds."""
    print(f"newsledger: {err}", file=sys.stderr)
    return 3


def _print_run(run_id: str, seen: int, loaded: int, unchanged: int, duplicate: int, rejects: int,
               by_stage: dict[str, int], counts: dict[str, int], settings: Settings, note: str = "") -> None:
    from warehouse.load import display_path

    print(f"run {run_id}: {seen} articles seen, {loaded} loaded, {unchanged} unchanged, {duplicate} duplicate; "
          f"{rejects} rejects {by_stage or ''}{note}")
    print("tables: " + ", ".join(f"{t} {n}" for t, n in counts.items()))
    print(f"warehouse: {display_path(settings.warehouse)}")
    print(f"parquet:   {settings.parquet_dir.resolve()}")
    print(f'try:       newsledger sql "{EXAMPLE_QUERY}"')


def _articles_to_extract(settings: Settings) -> int:
    """How many articles need extracting. When none do (every article unchanged or a duplicate),
    records the run and refreshes the outputs without starting Prefect, whose start-up would be
    most of the cost."""
    import uuid

    from newsledger import pipeline
    from newsledger.extract import EXTRACTOR_VERSION
    from warehouse.load import connect, table_counts
    from warehouse.publish import publish

    plan = pipeline.plan_from_folder(settings.raw_dir, settings.warehouse, settings.max_bytes, EXTRACTOR_VERSION,
                                     hand_over=True)
    if plan.todo:
        return len(plan.todo)
    run_id = f"idle-{uuid.uuid4()}"
    con = connect(settings.warehouse)
    try:
        pipeline.resolve_warehouse(con, [])  # finishes what a run stopped before resolution left
        rejects = pipeline.record_idle_run(con, plan, run_id, EXTRACTOR_VERSION)
        publish(con, settings.warehouse, settings.parquet_dir)
        counts = table_counts(con)
    finally:
        con.close()
    _print_run(run_id, plan.seen, 0, len(plan.unchanged), len(plan.duplicates), rejects,
               {"ingest": rejects}, counts, settings,
               note="\nnothing new to extract, so no Prefect flow run was started (--force-flow starts one)")
    return 0


def _start_local_api() -> LocalServer | None:
    """A Prefect server for this run unless PREFECT_API_URL names one, started before anything
    else so it boots (about 3.5 s, in its own process) while this process reads the raw folder
    and imports the flow; Prefect's own temporary server would only start with the flow, and
    take longer to stop. (An API set in a Prefect profile or prefect.toml is only known once
    Prefect's settings load; `_api_for_flow` then stops this one.)"""
    if os.environ.get("PREFECT_API_URL"):
        return None
    from flows.serve import LocalServer

    return LocalServer.start(Path(os.environ["PREFECT_HOME"]), own_session=False)


def _api_for_flow(server: LocalServer | None) -> contextlib.AbstractContextManager:
    """Point Prefect at `server` for the flow, unless Prefect's settings name an API of their
    own; if the server failed to start, say so and let Prefect start its temporary one."""
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    from flows.serve import ServerStartError

    if server is None:
        return contextlib.nullcontext()
    if get_current_settings().api.url:
        server.stop()
        return contextlib.nullcontext()
    try:
        return temporary_settings({PREFECT_API_URL: server.wait_healthy()})
    except ServerStartError as err:
        print(f"newsledger: {err}; using Prefect's temporary server instead", file=sys.stderr)
        server.stop()
        return contextlib.nullcontext()


def cmd_run(args: argparse.Namespace) -> int:
    _quiet_prefect(args.verbose)
    from newsledger.pipeline import may_have_work
    from warehouse.load import WarehouseBusy, connect

    settings = Settings.from_env(args.raw_dir, args.warehouse, args.parquet_dir, args.batch_size)
    try:  # refuse at once, before Prefect starts, while another run holds the warehouse
        connect(settings.warehouse).close()
        may_work = args.force_flow or may_have_work(settings.raw_dir, settings.warehouse)
    except WarehouseBusy as err:
        return _busy(err)
    server = _start_local_api() if may_work else None
    if server is not None:
        # At exit, after Prefect's log and event workers have sent what they hold (they drain
        # before atexit hooks run): stopping the server any earlier leaves them retrying for a minute.
        atexit.register(server.stop)
    return _run(args, settings, server)


def _run(args: argparse.Namespace, settings: Settings, server: LocalServer | None) -> int:
    from warehouse.load import WarehouseBusy

    try:
        todo = None if args.force_flow else _articles_to_extract(settings)
        if todo == 0:
            return 0
    except WarehouseBusy as err:
        return _busy(err)
    workers = args.workers or default_workers()
    in_flight = batches_in_flight(workers, bool(args.dask), todo)
    if in_flight == 1:  # extraction in this process: load the model while Prefect starts
        from newsledger.extract import warm_up

        threading.Thread(target=warm_up, name="newsledger-warm-up", daemon=True).start()
    from flows.pipeline import with_workers
    from newsledger import progress

    run_flow = with_workers(workers, args.dask)
    with _api_for_flow(server), progress.ProgressBar(enabled=not args.no_progress and sys.stderr.isatty()) as bar:
        progress.listeners.append(bar.update)
        try:
            summary = run_flow(str(settings.raw_dir), str(settings.warehouse), str(settings.parquet_dir),
                               settings.batch_size, in_flight=in_flight, processes=1 if args.dask else workers)
        except WarehouseBusy as err:  # taken between the check above and the run's own connect
            return _busy(err)
        finally:
            progress.listeners.remove(bar.update)
    _print_run(summary.run_id, summary.articles_seen, summary.articles_loaded, summary.articles_unchanged,
               summary.articles_duplicate, summary.rejects, summary.rejects_by_stage, summary.table_counts, settings)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    _quiet_prefect(args.verbose)
    from flows.serve import ServerStartError, serve

    settings = Settings.from_env(args.raw_dir, args.warehouse, args.parquet_dir, args.batch_size)
    parameters = {"raw_dir": str(settings.raw_dir.resolve()), "warehouse": str(settings.warehouse.resolve()),
                  "parquet_dir": str(settings.parquet_dir.resolve()), "batch_size": settings.batch_size,
                  "in_flight": batches_in_flight(default_workers()), "processes": default_workers()}
    try:
        serve(parameters=parameters, interval=args.interval, cron=args.cron, name=args.name)
    except ServerStartError as err:
        print(f"newsledger: {err}", file=sys.stderr)
        return 1
    return 0


def _print_from_warehouse(warehouse: Path | None, query: Callable[[duckdb.DuckDBPyConnection], pd.DataFrame],
                          *, serving_when_busy: bool = False) -> int:
    """Print what `query` reads from the warehouse, opened read-only: 2 when there is none yet,
    3 while a run holds it for writing (unless `serving_when_busy` and a serving copy exists),
    1 on a SQL error."""
    from warehouse.load import WarehouseBusy, connect
    from warehouse.serving import serving_path

    settings = Settings.from_env(warehouse=warehouse)
    if (missing := _missing_warehouse(settings.warehouse)) is not None:
        return missing
    serving = serving_path(settings.warehouse)
    try:
        con = connect(settings.warehouse, read_only=True)
    except WarehouseBusy as err:
        if not (serving_when_busy and serving.exists()):
            print(f"newsledger: {err}", file=sys.stderr)
            return 3
        print(f"newsledger: a run is writing {settings.warehouse}; showing the serving copy from the last "
              "completed run", file=sys.stderr)
        con = connect(serving, read_only=True)
    try:
        _print_frame(query(con))
    except duckdb.Error as err:
        print(f"newsledger: {err}", file=sys.stderr)
        return 1
    finally:
        con.close()
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from warehouse.report import recent_runs

    return _print_from_warehouse(args.warehouse, lambda con: recent_runs(con, args.last), serving_when_busy=True)


def cmd_search(args: argparse.Namespace) -> int:
    from warehouse.load import connect
    from warehouse.search import NoSearchIndex, search
    from warehouse.serving import serving_path

    settings = Settings.from_env(warehouse=args.warehouse)
    serving = serving_path(settings.warehouse)
    path = serving if serving.exists() else settings.warehouse  # the serving copy never waits for a run
    if (missing := _missing_warehouse(path)) is not None:
        return missing
    con = connect(path, read_only=True)
    try:
        _print_frame(search(con, args.query, table=args.table, limit=args.limit))
    except (NoSearchIndex, duckdb.Error) as err:
        print(f"newsledger: {err}", file=sys.stderr)
        return 1
    finally:
        con.close()
    return 0


def cmd_sql(args: argparse.Namespace) -> int:
    return _print_from_warehouse(args.warehouse, lambda con: con.execute(args.query).df())


def cmd_eval(args: argparse.Namespace) -> int:
    from newsledger.evaluate import format_report, score_gold_dir
    from warehouse.read import read_tables

    settings = Settings.from_env(warehouse=args.warehouse)
    if (missing := _missing_warehouse(settings.warehouse)) is not None:
        return missing
    report = score_gold_dir(Path(args.gold_dir), read_tables(settings.warehouse))
    print(format_report(report))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsledger", description="Turn raw news articles into a warehouse of actors, statements and events.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="one flow run: ingest, extract, validate, load, export Parquet",
                         description="Ingest every new or changed article under the raw folder, extract actors, "
                                     "statements and events, validate, load into DuckDB and export Parquet. "
                                     "Exits 0 when the run completed, even if some inputs were rejected.")
    run.add_argument("--raw-dir", type=Path, help="raw articles folder (default data/raw)")
    run.add_argument("--warehouse", type=Path, help="DuckDB file (default warehouse/newsledger.duckdb)")
    run.add_argument("--parquet-dir", type=Path, help="Parquet export folder (default warehouse/parquet)")
    run.add_argument("--batch-size", type=int, help="articles per extraction task (default 64; NEWSLEDGER_LOAD_SIZE sets how many load at once, default 256)")
    run.add_argument("--workers", type=int,
                     help="extraction processes, each loading the model once (default NEWSLEDGER_WORKERS, else one per core)")
    run.add_argument("--dask", metavar="ADDRESS",
                     help="extract on a Dask cluster: a scheduler address, or 'local' for a local cluster of --workers")
    run.add_argument("--force-flow", action="store_true",
                     help="start a Prefect flow run even when every article is unchanged (by default such a run "
                          "is recorded without Prefect, in a fraction of the time)")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")
    run.set_defaults(func=cmd_run)

    srv = sub.add_parser("serve", help="serve the flow as a Prefect deployment on a schedule",
                         description="Serve the flow as a Prefect deployment that runs on a schedule until "
                                     "Ctrl-C. Without PREFECT_API_URL a local Prefect server (SQLite under "
                                     "PREFECT_HOME, default ./.prefect, loopback only) runs alongside and stops "
                                     "on exit; its UI address is printed.")
    when = srv.add_mutually_exclusive_group(required=True)
    when.add_argument("--interval", type=float, metavar="SECONDS", help="run every SECONDS seconds")
    when.add_argument("--cron", metavar="EXPR", help='run on a cron schedule, e.g. "*/15 * * * *"')
    srv.add_argument("--raw-dir", type=Path, help="raw articles folder (default data/raw)")
    srv.add_argument("--warehouse", type=Path, help="DuckDB file (default warehouse/newsledger.duckdb)")
    srv.add_argument("--parquet-dir", type=Path, help="Parquet export folder (default warehouse/parquet)")
    srv.add_argument("--batch-size", type=int, help="articles per extraction task (default 64; NEWSLEDGER_LOAD_SIZE sets how many load at once, default 256)")
    srv.add_argument("--name", default="newsledger", help="deployment name (default newsledger)")
    srv.add_argument("-v", "--verbose", action="store_true", help="show Prefect's logs")
    srv.set_defaults(func=cmd_serve)

    st = sub.add_parser("status", help="print the last runs from the warehouse's runs table")
    st.add_argument("-n", "--last", type=int, default=10, help="how many runs (default 10)")
    st.add_argument("--warehouse", type=Path, help="DuckDB file (default warehouse/newsledger.duckdb)")
    st.set_defaults(func=cmd_status)

    sql = sub.add_parser("sql", help="run SQL on the warehouse read-only and print a table")
    sql.add_argument("query", help=f'e.g. "{EXAMPLE_QUERY}"')
    sql.add_argument("--warehouse", type=Path, help="DuckDB file (default warehouse/newsledger.duckdb)")
    sql.set_defaults(func=cmd_sql)

    se = sub.add_parser("search", help='full-text search: statements (or articles) matching words, best first',
                        description="Rank statements by BM25 over what was said (stemmed: ceasefires finds "
                                    "ceasefire) and print them with speaker, role and publication date. Reads the "
                                    "serving copy when there is one, so it works while a run is writing.")
    se.add_argument("query", help='words to look for, e.g. "ceasefire"')
    se.add_argument("--articles", dest="table", action="store_const", const="articles", default="statements",
                    help="search article titles and text instead of statements")
    se.add_argument("-n", "--limit", type=int, default=20, help="how many hits (default 20)")
    se.add_argument("--warehouse", type=Path, help="DuckDB file (default warehouse/newsledger.duckdb)")
    se.set_defaults(func=cmd_search)

    ev = sub.add_parser("eval", help="score the warehouse against gold files (precision, recall, F1)")
    ev.add_argument("gold_dir", help="folder of gold *.json files (format of shared/gold)")
    ev.add_argument("--warehouse", type=Path, help="DuckDB file (default warehouse/newsledger.duckdb)")
    ev.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        # The reader left early (`newsledger sql ... | head`): what it read was printed, and
        # nothing is wrong; point stdout at /dev/null so the exit does not fail flushing it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
