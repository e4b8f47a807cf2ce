"""Benchmark: ingest with consolidation, and timeline queries.

    .venv/bin/python bench/timeline.py [--count 10000]

Makes COUNT synthetic dispatches from the corpus (bench/synthetic.py), then in one run:
- baseline: analysis alone (parse, dates, topics, events, summary; no storage) on a sample;
- ingest: analysis + one transaction per dispatch + incremental consolidation, into a fresh
  SQLite file; prints dispatches/s and the ratio to the baseline (the cost of storing and
  consolidating);
- queries: `timeline` (the chat default: the 30 most reported dates, and `--all`) and `brief`
  for every synthetic topic, repeated; prints p50 and p95 in ms.
A benchmark prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synthetic import COUNTRIES, synthetic_dispatches
from bot import commands
from bot.commands import parse_topic_arguments
from bot.service import Newsline
from timeline.analysis import analyse
from timeline.dispatch import parse_dispatch

TOPICS = [c[1].lower() for c in COUNTRIES]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(call, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20, help="queries per topic")
    args = parser.parse_args()
    texts = list(synthetic_dispatches(args.count))
    sample = texts[: min(500, len(texts))]
    for name, text in texts[-100:]:  # warm up (compiled patterns, caches) on other dispatches
        analyse(parse_dispatch(text, name))

    started = time.perf_counter()
    for name, text in sample:
        analyse(parse_dispatch(text, name))
    baseline = len(sample) / (time.perf_counter() - started)

    with tempfile.TemporaryDirectory() as folder:
        service = Newsline.open(Path(folder) / "bench.db")
        started = time.perf_counter()
        for name, text in texts:
            service.ingest_text(text, name)
        elapsed = time.perf_counter() - started
        rate = len(texts) / elapsed
        stats = service.stats()
        print(
            f"ingest with consolidation: {len(texts)} dispatches in {elapsed:.1f} s = "
            f"{rate:.0f} dispatches/s ({stats.events} events -> {stats.entries} entries)"
        )
        print(
            f"baseline, analysis alone: {baseline:.0f} dispatches/s; "
            f"ingest / baseline = {rate / baseline:.2f}"
        )

        limited, everything, briefs = [], [], []
        for topic in TOPICS:
            limited += timed(
                lambda t=topic: commands.timeline(service, parse_topic_arguments(t)), args.repeat
            )
            everything += timed(lambda t=topic: service.timeline(t), max(2, args.repeat // 5))
            briefs += timed(
                lambda t=topic: commands.brief(service, parse_topic_arguments(t)),
                max(2, args.repeat // 5),
            )
        sizes = [len(service.timeline(t).entries) for t in TOPICS]
        print(
            f"timeline (30 most reported dates): p50 {statistics.median(limited):.1f} ms, "
            f"p95 {percentile(limited, 0.95):.1f} ms"
        )
        print(
            f"timeline --all ({min(sizes)}-{max(sizes)} dates): "
            f"p50 {statistics.median(everything):.1f} ms, "
            f"p95 {percentile(everything, 0.95):.1f} ms"
        )
        print(
            f"brief: p50 {statistics.median(briefs):.1f} ms, p95 {percentile(briefs, 0.95):.1f} ms"
        )
        service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
