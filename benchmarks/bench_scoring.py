"""Scoring speed on the `worlds` demo (62 competencies, about 1,500 competitors).

Prints the full recompute (exact totals, scale, ranks, medals, standings) twice:
from the file (every mark read into Python first, as on opening the file) and
with the marks already in memory (as the desk recomputes after a change of
settings or for the national standings); the SQL floor (one SUM ... GROUP BY
competitor over all marks of the same file); and each ratio to the floor. Then
the one-mark recompute: store one mark through Championship and recompute its
competency. Targets on a 2-core laptop: full < 1 s and <= 3x the floor; one
mark < 20 ms.
"""

from __future__ import annotations

import argparse

from common import demo_file, interleaved_medians, median_time

from wsk_desk.domain.standings import standings
from wsk_desk.storage.championship import Championship
from wsk_desk.storage.metrics import sql_floor_totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", help="a championship file (default: the worlds demo)")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    path = args.file or demo_file("worlds")
    champ = Championship.open(path, readonly=True)
    counts = champ.counts()
    print(f"file: {path}: {counts['competencies']} competencies, {counts['competitors']} competitors, "
          f"{counts['marks'] + counts['judge_scores']} marks and scores")

    def from_file() -> None:
        champ._ctx_cache.clear()
        champ._results_cache.clear()
        standings(champ.all_results(), champ.settings())

    def in_memory() -> None:
        champ._results_cache.clear()
        standings(champ.all_results(), champ.settings())

    def floor() -> None:
        sql_floor_totals(champ.db)

    got = interleaved_medians({"floor": floor, "file": from_file, "memory": in_memory}, args.repeat)
    t_floor, t_file, t_memory = got["floor"], got["file"], got["memory"]
    print(f"SQL floor (one SUM ... GROUP BY competitor)       {t_floor * 1000:5.0f} ms")
    print(f"full recompute, marks in memory (score, standings) {t_memory * 1000:5.0f} ms   "
          f"{t_memory / t_floor:.2f}x the floor")
    print(f"full recompute from the file (read, score, ...)    {t_file * 1000:5.0f} ms   "
          f"{t_file / t_floor:.2f}x the floor")
    champ.close()

    # one mark: a writable copy, an unlocked measurement cell, toggled between two values
    import shutil
    import tempfile
    from pathlib import Path

    work = Path(tempfile.mkdtemp()) / "one-mark.wsk"
    shutil.copy(path, work)
    champ = Championship.open(work)
    code, aspect, entrant, top = _open_cell(champ)
    champ.all_results()
    values = iter([0, top] * 1000)

    def one_mark() -> None:
        champ.set_measurement(code, aspect, entrant, next(values))
        champ.results(code)

    t_one = median_time(one_mark, 41)
    print(f"one mark (check, commit + audit, recompute its competency): {t_one * 1000:.1f} ms median")
    champ.close()


def _open_cell(champ: Championship):
    for comp in champ.competencies():
        sheet = champ.marksheet(comp.code)
        for form in champ.scheme(comp.code).forms():
            if form.id in sheet.locks:
                continue
            for aspect in form.aspects:
                if not aspect.is_judgement:
                    return comp.code, aspect.id, champ.entrants(comp.code)[0].id, aspect.max_mark
    raise SystemExit("no unlocked measurement aspect in the file")


if __name__ == "__main__":
    main()
