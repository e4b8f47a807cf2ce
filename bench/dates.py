"""Speed of time-expression extraction: Newsline's extractor against dateparser alone.

    python bench/dates.py [FOLDER ...]

FOLDERs hold dispatch files (default: every `benchmarks/*/dispatches` folder and `corpus/dev`
of the shared data found next to the repository). In one run, over the same files:

1. Newsline: `read_dispatch` + `extract_dates` for every file (what `newsline extract` does
   for dates), best of three passes after a warm-up pass; the parse alone is timed too,
   since it includes language detection;
2. `dateparser.search_dates` over each body with the language given and the publication date
   as base, the way `../shared/eval/peers.py` calls it.

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


def time_ours(paths: list[Path]) -> tuple[float, float]:
    """Seconds for parse + extract over all files, and for the parse alone (best of 3)."""
    total, parse_only = [], []
    for _ in range(3):
        t = time.perf_counter()
        for path in paths:
            d = read_dispatch(path)
            extract_dates(d.text, d.published, d.lang, d.body_start)
        total.append(time.perf_counter() - t)
        t = time.perf_counter()
        for path in paths:
            read_dispatch(path)
        parse_only.append(time.perf_counter() - t)
    return min(total), min(parse_only)


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
    from dateparser.search import search_dates  # noqa: PLC0415 (after our memory figure)

    languages = sorted({DATEPARSER_LANG.get(d.lang, "en") for d in dispatches})
    for lang in languages:  # load each language's data before timing
        search_dates("1 janvier 2020", languages=[lang])
    t = time.perf_counter()
    for d in dispatches:
        base = dt.datetime.combine(d.published, dt.time())
        search_dates(
            d.body,
            languages=[DATEPARSER_LANG.get(d.lang, "en")],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"},
        )
    return time.perf_counter() - t


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
    ours, parse_only = time_ours(paths)
    sample = three_kb_dispatch(dispatches)
    one = time_one(sample)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    theirs = time_dateparser(dispatches)

    print(f"newsline parse + extract: {n / ours:8.1f} files/s  ({ours / n * 1000:.3f} ms/file)")
    print(
        f"  of which parse (header, language detection): {parse_only / n * 1000:.3f} ms/file; "
        f"extract alone: {(ours - parse_only) / n * 1000:.3f} ms/file "
        f"({n / max(ours - parse_only, 1e-9):.0f} files/s)"
    )
    print(f"dateparser.search_dates:  {n / theirs:8.1f} files/s  ({theirs / n * 1000:.3f} ms/file)")
    print(f"ratio (parse + extract):  {theirs / ours:8.1f}x faster")
    print(f"ratio (extract alone):    {theirs / max(ours - parse_only, 1e-9):8.1f}x faster")
    size = len(sample.text.encode("utf-8"))
    print(
        f"one {size / 1024:.1f} KB dispatch ({Path(sample.source).name}): {one:.3f} ms to extract"
    )
    print(f"peak memory (our runs, before dateparser is imported): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
