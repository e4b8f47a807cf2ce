"""Speed of time-expression extraction: Newsline's extractor against dateparser alone.

    python bench/dates.py [FOLDER ...]

FOLDERs hold dispatch files (default: every `benchmarks/*/dispatches` folder and `corpus/dev`
of the shared data found next to the repository). In one run, over the same files:

1. Newsline: `read_dispatch` + `extract_dates` for every file (what `newsline extract` does
   for dates); the parse alone is timed too, since it includes language detection;
2. `dateparser.search_dates` over each body with the language given and the publication date
   as base, the way `../shared/eval/peers.py` calls it.

Both sides are timed alike: one warm-up pass (grammars compiled, dateparser's language data
loaded), then the best of three passes over all the files, one file after the other. Nothing
is cached from one pass to the next but what each library caches by itself (Newsline: folded
words and compiled rule gates, never a text's result).

Prints files/s for both and the ratio, the time to extract a 3 KB dispatch, and the peak
memory of the process before dateparser is imported. A bench prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import resource
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from timeline.dates import extract_dates  # noqa: E402
from timeline.dispatch import Dispatch, DispatchError, read_dispatch  # noqa: E402

HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})[^\n]*\n")
# dateparser's language names, as peers.py passes them.
DATEPARSER_LANG = {"fr": "fr", "en": "en", "es": "es", "de": "de", "pt": "pt", "it": "it"}


def default_folders() -> list[Path]:
    """The shared benchmark folders, looked for beside the repository and above it."""
    for parent in REPO.parents:
        shared = parent / "shared"
        if (shared / "benchmarks").is_dir():
            folders = sorted((shared / "benchmarks").glob("*/dispatches"))
            if (shared / "corpus" / "dev").is_dir():
                folders.append(shared / "corpus" / "dev")
            return folders
    return []


def load(folders: list[Path]) -> tuple[list[Path], list[Dispatch], int]:
    files = [f for folder in folders for f in sorted(folder.glob("*.txt"))]
    dispatches, rejected = [], 0
    for f in files:
        try:
            dispatches.append(read_dispatch(f))
        except DispatchError:
            rejected += 1  # e.g. a benchmark file with an empty headline
    return files, dispatches, rejected


def best_of(runs: int, work) -> float:
    """The fastest of several runs, in seconds (the others measure the machine's load)."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        work()
        times.append(time.perf_counter() - t)
    return min(times)


PASSES = 3  # timed passes per side (the fastest counts; the others measure the machine's load)


def time_ours(paths: list[Path], dispatches: list[Dispatch]) -> tuple[float, float, float]:
    """Seconds for parse + extract over all files, for the parse alone and for the
    extraction alone (best of PASSES runs each)."""

    def both() -> None:
        for path in paths:
            d = read_dispatch(path)
            extract_dates(d.text, d.published, d.lang, d.body_start)

    def parse() -> None:
        for path in paths:
            read_dispatch(path)

    def extract() -> None:
        for d in dispatches:
            extract_dates(d.text, d.published, d.lang, d.body_start)

    return best_of(PASSES, both), best_of(PASSES, parse), best_of(PASSES, extract)


def three_kb_dispatch(dispatches: list[Dispatch]) -> Dispatch:
    """The dispatch whose size is nearest 3 KB."""
    return min(dispatches, key=lambda d: abs(len(d.text.encode("utf-8")) - 3072))


def time_one(d: Dispatch, runs: int = 300) -> float:
    """Median milliseconds to extract the dates of one dispatch (already parsed)."""
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        extract_dates(d.text, d.published, d.lang, d.body_start)
        samples.append(time.perf_counter() - t)
    return statistics.median(samples) * 1000


def time_dateparser(dispatches: list[Dispatch]) -> float:
    """Seconds for search_dates over every body (best of PASSES runs, after a warm-up)."""
    from dateparser.search import search_dates

    def run() -> None:
        for d in dispatches:
            base = dt.datetime.combine(d.published, dt.time())
            search_dates(
                d.body,
                languages=[DATEPARSER_LANG.get(d.lang, "en")],
                settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
            )

    run()  # warm-up: each language's data loaded
    return best_of(PASSES, run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="folders of dispatch files")
    args = parser.parse_args()
    folders = args.folders or default_folders()
    if not folders:
        sys.exit("no dispatch folders given and no shared benchmarks found")
    _, dispatches, rejected = load(folders)
    paths = [Path(d.source) for d in dispatches]
    n = len(paths)
    print(
        f"files: {n} dispatches from {len(folders)} folders ({rejected} files rejected by the "
        "parser, left out of both runs)"
    )

    for d in dispatches:  # warm-up: compile each language's grammar once
        extract_dates(d.text, d.published, d.lang, d.body_start)
    ours, parse_only, extract_only = time_ours(paths, dispatches)
    sample = three_kb_dispatch(dispatches)
    one = time_one(sample)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    theirs = time_dateparser(dispatches)

    print(f"newsline parse + extract: {n / ours:8.1f} files/s  ({ours / n * 1000:.3f} ms/file)")
    print(
        f"  parse alone (header, language detection): {parse_only / n * 1000:.3f} ms/file; "
        f"extract_dates alone: {extract_only / n * 1000:.3f} ms/file "
        f"({n / extract_only:.0f} files/s)"
    )
    print(f"dateparser.search_dates:  {n / theirs:8.1f} files/s  ({theirs / n * 1000:.3f} ms/file)")
    print(f"ratio (parse + extract):  {theirs / ours:8.1f}x faster")
    print(f"ratio (extract_dates alone): {theirs / extract_only:5.1f}x faster")
    size = len(sample.text.encode("utf-8"))
    print(
        f"one {size / 1024:.1f} KB dispatch ({Path(sample.source).name}): {one:.3f} ms to extract"
    )
    print(f"peak memory (our runs, before dateparser is imported): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
