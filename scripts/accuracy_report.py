"""Score the default pipeline on every gold set at hand and print the tables of docs/accuracy.md.

    .venv/bin/python scripts/accuracy_report.py                 # markdown on stdout
    .venv/bin/python scripts/accuracy_report.py --json build/accuracy.json

Gold sets: the project's golden set (tests/golden), its held-out set (tests/heldout), its
development set (tests/dev), the demo corpus (examples/news-gold.jsonl, from expected.md) and, when
``scripts/convert_corpora.py`` has written them, the public corpora in build/gold/. Nothing here
tunes anything: it runs ``tierscope.eval.run_eval`` and formats the result.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tierscope.eval import Report, run_eval  # noqa: E402
from tierscope.pipeline import Pipeline, default_components  # noqa: E402

# (label, gold file) in report order; missing files are skipped with a note.
SETS = [
    ("golden (own, 5 languages)", ROOT / "tests/golden/gold.jsonl"),
    ("held-out (own, 5 languages, never tuned on)", ROOT / "tests/heldout/gold.jsonl"),
    ("dev (own, 5 languages, realistic pages, tuned on)", ROOT / "tests/dev/gold.jsonl"),
    ("demo corpus (own, 5 languages, examples/news)", ROOT / "examples/news-gold.jsonl"),
    ("SENTiVENT test (en)", ROOT / "build/gold/sentivent-test.jsonl"),
    ("FIRE test (en)", ROOT / "build/gold/fire-test.jsonl"),
    ("RELX en", ROOT / "build/gold/relx-en.jsonl"),
    ("RELX de", ROOT / "build/gold/relx-de.jsonl"),
    ("RELX fr", ROOT / "build/gold/relx-fr.jsonl"),
    ("RELX es", ROOT / "build/gold/relx-es.jsonl"),
    ("Re-DocRED (en)", ROOT / "build/gold/redocred.jsonl"),
    ("SmartData test (de)", ROOT / "build/gold/smartdata-test.jsonl"),
]


def f3(x: float) -> str:
    return f"{x:.2f}"


def prf(s) -> str:
    return f"{f3(s.precision)} | {f3(s.recall)} | {f3(s.f1)} | {s.gold} | {s.predicted}"


def set_table(label: str, rep: Report, seconds: float) -> list[str]:
    out = [f"### {label}", "",
           f"{rep.documents} documents; family F1 {f3(rep.family_overall.f1)}, exact-type F1 "
           f"{f3(rep.overall.f1)}, status accuracy {f3(rep.status.accuracy)} ({rep.status.total} matched), "
           f"facilities {rep.facilities.correct}/{rep.facilities.total}; {seconds:.1f} s.", ""]
    out += ["| language | family P | R | F1 | gold | pred | exact-type F1 | status acc (n) |",
            "|---|---|---|---|---|---|---|---|"]
    for lang in sorted(rep.family_by_language):
        fam = rep.family_by_language[lang]
        ex = rep.by_language.get(lang)
        st = rep.status_by_language.get(lang)
        st_s = f"{f3(st.accuracy)} ({st.total})" if st and st.total else "–"
        out.append(f"| {lang} | {prf(fam)} | {f3(ex.f1) if ex else '–'} | {st_s} |")
    out += ["", "| relation type | P | R | F1 | gold | pred |", "|---|---|---|---|---|---|"]
    for t, s in rep.by_type.items():
        if s.gold or s.predicted:
            out.append(f"| {t} | {prf(s)} |")
    for fam, s in rep.by_family.items():
        if s.gold or s.predicted:
            out.append(f"| *family {fam}* | {prf(s)} |")
    langs = sorted(rep.by_language_type)
    if len(langs) > 1:
        out += ["", "Exact-type F1 per language (gold count in brackets):", "",
                "| type | " + " | ".join(langs) + " |", "|---|" + "---|" * len(langs)]
        for t in rep.by_type:
            cells = []
            for lang in langs:
                s = rep.by_language_type[lang][t]
                cells.append(f"{f3(s.f1)} ({s.gold})" if s.gold or s.predicted else "–")
            if any(c != "–" for c in cells):
                out.append(f"| {t} | " + " | ".join(cells) + " |")
    return out + [""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", type=Path, help="also write every report as JSON to this file")
    ap.add_argument("--only", action="append", default=[], help="only sets whose label contains this text")
    args = ap.parse_args(argv)
    pipeline = Pipeline(default_components())
    pipeline.warm_up()
    lines: list[str] = []
    reports: dict[str, dict] = {}
    for label, path in SETS:
        if args.only and not any(o.lower() in label.lower() for o in args.only):
            continue
        if not path.exists():
            print(f"skipped {label}: {path.relative_to(ROOT)} not found", file=sys.stderr)
            continue
        t0 = time.perf_counter()
        rep = run_eval(path, pipeline=pipeline)
        dt = time.perf_counter() - t0
        lines += set_table(label, rep, dt)
        reports[label] = rep.to_dict()
        print(f"scored {label} in {dt:.1f} s", file=sys.stderr)
    print("\n".join(lines))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
