"""Exports and printouts on the `worlds` demo (62 competencies, about 1,600 competitors).

Each figure is end to end, as `wsk-desk export` / `wsk-desk print` run it: open the
file, compute the results, write the file. Targets on a 2-core laptop: medal list
xlsx < 2 s, results workbook < 10 s, all 62 results sheets as one PDF < 10 s.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import demo_file, median_time  # noqa: E402

from wsk_desk.exchange.excel_export import export_medal_list, export_results  # noqa: E402
from wsk_desk.reports import build_document, ensure_app  # noqa: E402
from wsk_desk.storage.championship import Championship  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", help="a championship file (default: the worlds demo)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = Path(args.file or demo_file("worlds"))
    ensure_app()  # the Qt start-up (about 0.2 s) is paid once per process, not per document
    out = Path(tempfile.mkdtemp(prefix="wsk-bench-exports-"))
    pages: list[int] = []

    def fresh(fn):
        def run():
            champ = Championship.open(path, readonly=True)  # cold: results computed inside the figure
            try:
                return fn(champ)
            finally:
                champ.close()
        return run

    def pdf(champ):
        doc = build_document("results", champ)
        pages.append(doc.to_pdf(out / "results.pdf"))
        return len(doc.sections)

    champ = Championship.open(path, readonly=True)
    counts = champ.counts()
    results = champ.all_results()
    print(f"file: {path}: {counts['competencies']} competencies, {counts['competitors']} competitors, "
          f"{sum(len(r.rows) for r in results)} results")
    champ.close()
    figures = [
        ("medal list xlsx", 2.0, fresh(lambda c: export_medal_list(c, out / "medals.xlsx"))),
        ("results workbook xlsx", 10.0, fresh(lambda c: export_results(c, out / "results.xlsx"))),
        ("all results sheets, one PDF", 10.0, fresh(pdf)),
    ]
    for name, target, fn in figures:
        seconds = median_time(fn, repeat=args.repeat)
        verdict = "ok" if seconds < target else "OVER TARGET"
        print(f"{name:<30} {seconds:6.2f} s   (target < {target:.0f} s: {verdict})")
    print(f"the PDF has {pages[-1]} pages; outputs in {out}")


if __name__ == "__main__":
    main()
