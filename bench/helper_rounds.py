"""Value F1 of the extractor on the helper rounds: `python bench/helper_rounds.py [ROUND ...]`.

`bench/helper_rounds/roundNN/LANG/` holds wire dispatches written and annotated by hand for one
round of measuring on unseen text (see the README there), each round scored before its errors
were read. Once kept here they are seen data: a regression check, not a measure of
generalisation. Mentions marked `ambiguous` in the gold are left out, with the system mentions
overlapping them; the rest is scored by ../shared/eval/score.py, as `make eval` does.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.eval import SHARED, load_scorer  # noqa: E402
from timeline.dates import extract_dates  # noqa: E402
from timeline.dispatch import read_dispatch  # noqa: E402

ROUNDS = REPO / "bench" / "helper_rounds"


def system_record(folder: Path, gold: dict) -> dict:
    """What the extractor finds in one gold file, less what overlaps an ambiguous mention."""
    d = read_dispatch(folder / gold["file"])
    body = d.text[d.body_start :]
    ambiguous = []
    for m in gold["mentions"]:
        if m.get("ambiguous"):
            at = d.body_start + body.index(m["text"])
            ambiguous.append((at, at + len(m["text"])))
    found = [
        {"text": d.text[m.start : m.end], "start": m.start, "end": m.end, "value": m.value}
        for m in extract_dates(d.text, d.published, d.lang, d.body_start)
    ]
    kept = [m for m in found if not any(m["start"] < e and s < m["end"] for s, e in ambiguous)]
    return {"file": gold["file"], "mentions": kept}


def score_round(scorer, folder: Path) -> dict[str, int]:
    totals = {"gold": 0, "system": 0, "correct": 0}
    for lang_dir in sorted(p for p in folder.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((lang_dir / "gold.json").read_text(encoding="utf-8"))
        records = [system_record(lang_dir, g) for g in gold]
        for g in gold:
            g["mentions"] = [m for m in g["mentions"] if not m.get("ambiguous")]
        result, _ = scorer.score(gold, records, lang_dir)
        matched = round(result["date_relaxed_prf"][0] * result["date_system"])
        totals["gold"] += result["date_gold"]
        totals["system"] += result["date_system"]
        totals["correct"] += round(result["date_value_accuracy"] * matched)
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*", help="round folder names (default: all)")
    args = parser.parse_args()
    if not (SHARED / "eval" / "score.py").is_file():
        print(f"no scorer at {SHARED / 'eval' / 'score.py'}", file=sys.stderr)
        return 1
    scorer = load_scorer()
    folders = sorted(p for p in ROUNDS.iterdir() if p.is_dir())
    if args.rounds:
        folders = [p for p in folders if p.name in args.rounds]
    all_totals = {"gold": 0, "system": 0, "correct": 0}
    print(f"{'round':<10}{'gold':>6}{'system':>8}{'correct':>9}{'value F1':>10}")
    for folder in folders:
        t = score_round(scorer, folder)
        for key in all_totals:
            all_totals[key] += t[key]
        f1 = 2 * t["correct"] / (t["gold"] + t["system"])
        print(f"{folder.name:<10}{t['gold']:>6}{t['system']:>8}{t['correct']:>9}{f1:>10.3f}")
    t = all_totals
    f1 = 2 * t["correct"] / (t["gold"] + t["system"]) if t["gold"] else 0.0
    print(f"{'all':<10}{t['gold']:>6}{t['system']:>8}{t['correct']:>9}{f1:>10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
