"""Benchmark: Newsline at newsroom scale.

    .venv/bin/python bench/scale.py [--count 100000] [--parts 2] [--workers N]

Writes COUNT synthetic dispatch files made from the corpus (bench/synthetic.py: countries,
leaders and years moved; PARTS stories per file, so 100k files carry over a million events),
ingests the folder the way `newsline ingest` does (worker processes analyse, this process
stores one transaction per dispatch), and prints:
- dispatches/s overall and per tenth of the run, and the resident memory at each tenth
  (memory must not grow with N), peak RSS of this process and of the workers;
- database size, dispatches, events, entries;
- p50/p95 of the chat commands as a user gets them (query + rendering): `timeline` (the
  default page: 30 most reported
  dates), `search` (a frequent word, a rare word, a phrase), `brief`, for every topic;
- baseline in the same run: analysis alone of a sample in this process (dispatches/s), so
  the ingest rate reads as a ratio to the pure CPU cost of understanding the text.
A benchmark prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import COUNTRIES, write_dispatches
from bot import commands
from bot.commands import parse_topic_arguments
from bot.service import IngestFailure, Newsline
from bot.workers import default_workers
from timeline.analysis import analyse
from timeline.dispatch import read_dispatch

TOPICS = [c[1].lower() for c in COUNTRIES]
SEARCHES = ["Maduro", "président", "Tren de Aragua", "sismo Guerrero", "zzzz"]


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def percentiles(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"p50 {statistics.median(ordered):6.1f} ms   p95 {p95:6.1f} ms   ({len(ordered)} runs)"


def timed(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--parts", type=int, default=2)
    parser.add_argument("--workers", type=int, help="analysis processes (default: every core)")
    parser.add_argument("--repeat", type=int, default=30, help="queries per topic or search")
    parser.add_argument("--keep", type=Path, help="keep the database at this path")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        files = write_dispatches(Path(folder) / "dispatches", args.count, parts=args.parts)
        print(f"wrote {len(files)} synthetic dispatches in {time.perf_counter() - started:.0f} s")

        sample = files[:300]
        for path in files[-100:]:  # warm up (compiled patterns, caches) on other dispatches
            analyse(read_dispatch(path))
        started = time.perf_counter()
        for path in sample:
            analyse(read_dispatch(path))
        baseline = len(sample) / (time.perf_counter() - started)

        db_path = args.keep or Path(folder) / "scale.db"
        service = Newsline.open(db_path)
        workers = args.workers or default_workers(len(files))
        tenth = max(1, len(files) // 10)
        started = last = time.perf_counter()
        failures = 0
        print(f"ingesting with {workers} analysis process(es)")
        for done, outcome in enumerate(service.ingest_paths(files, workers), 1):
            failures += isinstance(outcome, IngestFailure)
            if done % tenth == 0:
                now = time.perf_counter()
                print(
                    f"  {done:>7} dispatches  {tenth / (now - last):6.0f}/s  rss {rss_mb():5.0f} MB"
                )
                last = now
        elapsed = time.perf_counter() - started
        rate = len(files) / elapsed
        stats = service.stats()
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        size = sum(p.stat().st_size for p in db_path.parent.glob(db_path.name + "*")) / 2**20
        print(
            f"ingest: {len(files)} dispatches in {elapsed:.0f} s = {rate:.0f} dispatches/s "
            f"({failures} rejected); analysis alone in one process: {baseline:.0f}/s "
            f"(ratio {rate / baseline:.2f})"
        )
        print(f"peak RSS: {own:.0f} MB (this process), {children:.0f} MB (largest worker)")
        print(
            f"database: {size:.0f} MB; {stats.dispatches} dispatches, {stats.events} events, "
            f"{stats.entries} entries, {stats.topics} topics"
        )

        timeline = [
            timed(lambda t=t: commands.timeline(service, parse_topic_arguments(t)))
            for t in TOPICS
            for _ in range(args.repeat)
        ]
        search = [
            timed(lambda q=q: commands.search(service, q))
            for q in SEARCHES
            for _ in range(args.repeat)
        ]
        brief = [
            timed(lambda t=t: commands.brief(service, parse_topic_arguments(t)))
            for t in TOPICS
            for _ in range(max(3, args.repeat // 3))
        ]
        print(f"timeline (30 most reported dates): {percentiles(timeline)}")
        print(f"search:                            {percentiles(search)}")
        print(f"brief:                             {percentiles(brief)}")
        service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
