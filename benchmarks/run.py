"""Throughput and memory of `newsledger run` against its floor, the spaCy model alone.

Not part of the test suite. For each corpus size (articles of ../shared/corpus/bbc-news-2004.jsonl)
and each worker count, in one invocation on one machine, it measures:

1. floor: `nlp.pipe` over the same texts with the same model (`load_nlp()`) and `n_process` =
   workers, as a process of its own (import, model load, pipe);
2. full: `newsledger run` into a fresh warehouse (PREFECT_TASKS_REFRESH_CACHE, so no cached
   extraction is read; one PREFECT_HOME for the whole benchmark, set up by an unmeasured run over
   an empty folder first, as any user's is after their first run);
3. unchanged: the same run again on the same input;
4. new5: a run after 5% new articles were added.

Each step is a subprocess whose wall time and peak memory (summed RSS of the process and all
its children, sampled) are recorded. Prints a table; writes JSON (default
benchmarks/results/latest.json). Example: `.venv/bin/python benchmarks/run.py --sizes 500 --workers 1`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news-2004.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "latest.json"
SIZES = (500, 1000, 2000, 2225)
NEW_SHARE = 0.05
SAMPLE_SECONDS = 0.05


@dataclass
class Step:
    """One measured subprocess."""

    step: str
    size: int
    workers: int
    articles: int  # articles the step had to process (new ones for new5, all for unchanged)
    seconds: float
    peak_rss_mb: float
    articles_per_second: float
    ratio_to_floor: float | None = None  # throughput / floor throughput (full run only)
    share_of_full: float | None = None  # seconds / full run's seconds (re-runs only)


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:  # a child that exited between listing and reading
            pass
    return total


def measure(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Run `cmd`; return (wall seconds, peak RSS of its process tree in MiB). Fails loudly."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    watched, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            peak = max(peak, tree_rss(watched))
        except psutil.Error:
            pass
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - started
    output = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{output[-4000:]}")
    return seconds, peak / 2**20




def new_articles(lines: list[str], count: int) -> list[str]:
    """`count` articles the warehouse has not seen: corpus articles under a new id with their
    paragraphs in reverse order (new text, same kind of content; the corpus has no spares)."""
    out = []
    for line in lines[:count]:
        article = json.loads(line)
        article["id"] = f"{article['id']}-bench-new"
        article["text"] = "\n\n".join(reversed(article["text"].split("\n\n")))
        out.append(json.dumps(article, ensure_ascii=False))
    return out


def floor_main(texts_file: Path, processes: int) -> None:
    """The floor process: load the model and run it over every text, nothing else."""
    from newsledger.extract import MAX_CHARS, PIPE_BATCH
    from newsledger.extract.nlp import load_nlp

    texts = [json.loads(line)["text"][:MAX_CHARS] for line in texts_file.read_text(encoding="utf-8").splitlines()]
    nlp = load_nlp()
    # spaCy hands each process `batch_size` texts at a time: its default (1,000) would leave the
    # second process idle on small corpora; extraction streams PIPE_BATCH at a time.
    for _ in nlp.pipe(texts, n_process=processes, batch_size=PIPE_BATCH):
        pass


def run_command(python: str, raw: Path, out: Path, workers: int) -> list[str]:
    return [python, "-m", "newsledger.cli", "run", "--raw-dir", str(raw), "--warehouse", str(out / "n.duckdb"),
            "--parquet-dir", str(out / "parquet"), "--workers", str(workers), "--no-progress"]


def bench_env(work: Path) -> dict[str, str]:
    """Offline, quiet Prefect with one home for the benchmark, never reading cached results."""
    env = {**os.environ, "PREFECT_HOME": str(work / "prefect"), "PREFECT_TASKS_REFRESH_CACHE": "true",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PREFECT_LOGGING_LEVEL": "WARNING"}
    env.pop("NEWSLEDGER_WORKERS", None)
    return env


def run_size(size: int, workers: int, lines: list[str], work: Path, python: str) -> list[Step]:
    """The four steps for one corpus size and worker count, in a fresh folder."""
    base = work / f"n{size}-w{workers}"
    raw = base / "raw"
    raw.mkdir(parents=True)
    (raw / "corpus.jsonl").write_text("\n".join(lines[:size]) + "\n", encoding="utf-8")
    env = bench_env(work)
    run = run_command(python, raw, base / "w", workers)
    steps: list[Step] = []

    def step(name: str, cmd: list[str], articles: int) -> Step:
        seconds, peak = measure(cmd, env, ROOT)
        done = Step(name, size, workers, articles, round(seconds, 2), round(peak, 1), round(articles / seconds, 2))
        steps.append(done)
        print(f"  {name:<9} n={size:<5} workers={workers}: {seconds:8.1f} s, {peak:7.0f} MiB", flush=True)
        return done

    floor = step("floor", [python, __file__, "--floor", str(raw / "corpus.jsonl"), "--processes", str(workers)], size)
    full = step("full", run, size)
    full.ratio_to_floor = round(full.articles_per_second / floor.articles_per_second, 3)
    unchanged = step("unchanged", run, size)
    added = new_articles(lines, max(1, round(size * NEW_SHARE)))
    (raw / "new.jsonl").write_text("\n".join(added) + "\n", encoding="utf-8")
    new5 = step("new5", run, len(added))
    for rerun in (unchanged, new5):
        rerun.share_of_full = round(rerun.seconds / full.seconds, 3)
    return steps


def cpu_model() -> str:
    """The CPU's model name (Linux), else what `platform` knows."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def machine() -> dict[str, object]:
    """Where the numbers come from; the load average shows what else was running."""
    freq = psutil.cpu_freq()
    return {"cpu": cpu_model(), "cores": os.cpu_count(),
            "cpu_mhz": round(freq.max or freq.current) if freq else None,
            "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "platform": platform.platform(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def print_table(steps: list[Step]) -> None:
    print(f"\n{'step':<10}{'size':>6}{'workers':>8}{'articles':>9}{'seconds':>10}{'art/s':>8}"
          f"{'peak MiB':>10}{'vs floor':>9}{'of full':>9}")
    for s in steps:
        ratio = f"{s.ratio_to_floor:.2f}" if s.ratio_to_floor is not None else ""
        share = f"{s.share_of_full:.1%}" if s.share_of_full is not None else ""
        print(f"{s.step:<10}{s.size:>6}{s.workers:>8}{s.articles:>9}{s.seconds:>10.1f}{s.articles_per_second:>8.2f}"
              f"{s.peak_rss_mb:>10.0f}{ratio:>9}{share:>9}")


def memory_growth(steps: list[Step]) -> dict[str, float]:
    """Peak memory of the full run at the largest size over that at the smallest, per worker count."""
    growth = {}
    for workers in sorted({s.workers for s in steps}):
        full = sorted((s for s in steps if s.step == "full" and s.workers == workers), key=lambda s: s.size)
        if len(full) > 1:
            growth[f"workers={workers}: {full[-1].size} vs {full[0].size}"] = round(
                full[-1].peak_rss_mb / full[0].peak_rss_mb, 3)
    return growth


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="corpus sizes (default all)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="JSONL articles (default ../shared/corpus/...)")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"JSON results (default {RESULTS.relative_to(ROOT)})")
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)  # internal: be the floor process
    parser.add_argument("--processes", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        floor_main(args.floor, args.processes)
        return 0
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} is not present (../shared is absent)")
        return 0
    lines = args.corpus.read_text(encoding="utf-8").splitlines()
    started, host = time.time(), machine()
    steps: list[Step] = []
    with tempfile.TemporaryDirectory(prefix="newsledger-bench-") as tmp:
        (Path(tmp) / "empty").mkdir()
        # One flow run on nothing, so the first measured run does not pay for creating Prefect's
        # database (a fresh PREFECT_HOME migrates it on the server's first start).
        warm_up = run_command(sys.executable, Path(tmp) / "empty", Path(tmp) / "warm-up", 1) + ["--force-flow"]
        measure(warm_up, bench_env(Path(tmp)), ROOT)
        for workers in args.workers:
            for size in sorted(args.sizes):
                steps += run_size(min(size, len(lines)), workers, lines, Path(tmp), sys.executable)
    print_table(steps)
    growth = memory_growth(steps)
    for label, ratio in growth.items():
        print(f"peak memory growth, {label}: {ratio:.2f}x")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    result = {"machine": host, "commit": commit.stdout.strip() or None, "started": time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(started)),
              "minutes": round((time.time() - started) / 60, 1), "new_share": NEW_SHARE,
              "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
              "memory_growth": growth, "steps": [asdict(s) for s in steps]}
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
