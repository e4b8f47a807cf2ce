"""Measure Newsline against gold annotations: `make eval`.

1. Time expressions: runs `newsline extract --json` over each benchmark folder of
   ../shared/benchmarks and over ../shared/corpus/dev, scores with ../shared/eval/score.py
   (DATE scope) and prints value F1, relaxed F1, strict F1 and false alarms on non-dates.
2. Timeline: ingests the dev corpus (+ the seed) into a temporary database, asks
   `newsline timeline TOPIC --json`, and scores it against the gold events whose topics include
   TOPIC: date F1 (news-tls style), duplication (entries per matched gold date) and topic
   precision (entries citing at least one dispatch the gold says is about TOPIC).

Everything goes through the real `newsline` command, as a user (or an evaluator) runs it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
NEWSLINE = [sys.executable, "-m", "bot"]
SEED_GOLD = Path(__file__).with_name("seed.gold.json")
# The sets whose errors may be read while developing; ftib and te3-platinum only measure.
DEVELOPMENT_SETS = frozenset({"tbaq", "dev"})


def load_scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(files: list[Path]) -> tuple[list[dict], float]:
    started = time.perf_counter()
    done = subprocess.run(
        [*NEWSLINE, "extract", *map(str, files), "--json"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - started
    records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return records, elapsed


def extraction_sets() -> list[tuple[str, Path, Path]]:
    sets = []
    for folder in sorted((SHARED / "benchmarks").iterdir()):
        if (folder / "gold.json").exists():
            sets.append((folder.name, folder / "gold.json", folder / "dispatches"))
    corpus = SHARED / "corpus"
    if (corpus / "dev.gold.json").exists():
        sets.append(("dev", corpus / "dev.gold.json", corpus / "dev"))
    return sets


def score_extraction(show_errors: int, only: list[str] | None = None) -> list[dict]:
    scorer = load_scorer()
    rows = []
    for name, gold_path, folder in extraction_sets():
        if only and name not in only:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        files = [folder / g["file"] for g in gold]
        records, elapsed = extract(files)
        result, errors = scorer.score(gold, records, folder)
        # Gold values no value of DESIGN's format can equal (`1998-SU`, `199`, `1998-WXX`,
        # `P1W`, `1949-XX`): a value error on them is certain whatever we output.
        unexpressible = sum(scorer.norm_value(e[2])[0] == "RAW" for e in errors)
        # score() reports no count of matched mentions: precision x system mentions gives it
        # back (precision has 4 decimals, so the rounding is exact below 10,000 mentions).
        matched = round(result["date_relaxed_prf"][0] * result["date_system"])
        ceiling = result["date_relaxed_prf"][2] * (1 - unexpressible / matched) if matched else 0
        rows.append(
            {
                "set": name,
                "files": len(files),
                "seconds": round(elapsed, 2),
                **result,
                "unexpressible_values": unexpressible,
                "date_value_f1_ceiling": round(ceiling, 4),
            }
        )
        if name in DEVELOPMENT_SETS:  # the others are for measuring, never for reading
            for error in errors[:show_errors]:
                print(f"  {name} value error: {error}", file=sys.stderr)
    return rows


def print_extraction(rows: list[dict]) -> None:
    print("== time expressions (DATE scope, ../shared/eval/score.py) ==")
    print(
        f"{'set':<14}{'files':>6}{'value F1':>10}{'relaxed F1':>12}{'strict F1':>11}"
        f"{'value acc':>11}{'false alarms':>14}{'event date F1':>15}{'ceiling':>9}"
    )
    for r in rows:
        event = r["event_date_prf"][2] if r["event_date_prf"] else "-"
        print(
            f"{r['set']:<14}{r['files']:>6}{r['date_value_f1']:>10.3f}"
            f"{r['date_relaxed_prf'][2]:>12.3f}{r['date_strict_prf'][2]:>11.3f}"
            f"{r['date_value_accuracy']:>11.3f}{r['non_date_false_alarms']:>14}"
            f"{event!s:>15}{r['date_value_f1_ceiling']:>9.3f}"
        )
    print(
        "ceiling: the value F1 if every found mention had its right value, but those whose gold\n"
        "value no value of DESIGN's format can equal (seasons 1998-SU, decades 199, weeks\n"
        "1998-WXX, durations P1W, 1949-XX): "
        + ", ".join(f"{r['set']} {r['unexpressible_values']}" for r in rows)
    )


def timeline_gold(topic: str) -> tuple[list[dict], set[str]]:
    """Gold records (corpus + seed) and the names of the files the gold says are about topic."""
    records = json.loads((SHARED / "corpus" / "dev.gold.json").read_text(encoding="utf-8"))
    for record in records:
        record["path"] = SHARED / "corpus" / "dev" / record["file"]
    for record in json.loads(SEED_GOLD.read_text(encoding="utf-8")):
        record["path"] = ROOT / "seeds" / record["file"]
        records.append(record)
    about = {r["file"] for r in records if topic in r.get("topics", [])}
    return records, about


def score_timeline(topic: str) -> dict:
    scorer = load_scorer()
    records, about = timeline_gold(topic)
    gold_dates = {
        scorer.norm_value(e["date"])
        for r in records
        for e in r.get("events", [])
        if e.get("date") and topic in e.get("topics", [])
    }
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "eval.db"
        subprocess.run(
            [*NEWSLINE, "ingest", *(str(r["path"]) for r in records), "--db", str(db), "--quiet"],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
        ids = {}
        for line in subprocess.run(
            [*NEWSLINE, "extract", *(str(r["path"]) for r in records), "--json"],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        ).stdout.splitlines():
            record = json.loads(line)
            ids[record["id"]] = Path(record["file"]).name
        done = subprocess.run(
            [*NEWSLINE, "timeline", topic, "--db", str(db), "--json"],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
        )
    entries = json.loads(done.stdout)["entries"] if done.stdout.strip() else []
    entry_dates = [scorer.norm_value(e["date"]) for e in entries]
    system_dates = set(entry_dates)
    hits = system_dates & gold_dates
    precision = len(hits) / len(system_dates) if system_dates else 0.0
    recall = len(hits) / len(gold_dates) if gold_dates else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    on_gold = [d for d in entry_dates if d in gold_dates]
    duplication = len(on_gold) / len(hits) if hits else 0.0
    on_topic = [e for e in entries if any(ids.get(s) in about for s in e["sources"])]
    topic_precision = len(on_topic) / len(entries) if entries else 0.0
    return {
        "topic": topic,
        "gold_dates": len(gold_dates),
        "entries": len(entries),
        "date_precision": round(precision, 3),
        "date_recall": round(recall, 3),
        "date_f1": round(f1, 3),
        "duplication": round(duplication, 3),
        "topic_precision": round(topic_precision, 3),
        "missed": sorted("/".join(d) for d in gold_dates - system_dates),
        "extra": sorted("/".join(d) for d in system_dates - gold_dates),
        "off_topic": [e["summary"][:80] for e in entries if e not in on_topic],
    }


def print_timeline(result: dict, verbose: bool) -> None:
    print(f"\n== timeline '{result['topic']}' (dev corpus + seed) ==")
    print(
        f"gold dates {result['gold_dates']}, entries {result['entries']}: "
        f"date P {result['date_precision']:.3f} R {result['date_recall']:.3f} "
        f"F1 {result['date_f1']:.3f} · duplication {result['duplication']:.2f} entries/date · "
        f"topic precision {result['topic_precision']:.3f}"
    )
    if verbose:
        print("  missed:", ", ".join(result["missed"]) or "-")
        print("  extra:", ", ".join(result["extra"]) or "-")
        for summary in result["off_topic"]:
            print("  off topic:", summary)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        help="list this many value errors of each development set (tbaq, dev)",
    )
    parser.add_argument("--topic", default="venezuela")
    parser.add_argument("--only", choices=["dates", "timeline"])
    parser.add_argument(
        "--sets", nargs="+", help="time-expression sets to run (default: all of them)"
    )
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--json", action="store_true", help="print all figures as JSON")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"{SHARED} not found: nothing to measure against", file=sys.stderr)
        return 0
    figures = {}
    if args.only in (None, "dates"):
        figures["dates"] = score_extraction(args.errors, args.sets)
        if not args.json:
            print_extraction(figures["dates"])
    if args.only in (None, "timeline"):
        figures["timeline"] = score_timeline(args.topic)
        if not args.json:
            print_timeline(figures["timeline"], args.verbose)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
