"""Plain SQL aggregates used as yardsticks (benchmarks) and sanity checks."""

from __future__ import annotations

from sqlite_utils import Database


def sql_floor_totals(db: Database) -> dict[tuple[str, str], float]:
    """Sum of every competitor's marks in one query: the floor a full recompute is compared with.

    Judgement scores are summed as mean/3*max per aspect, so the query does the
    same arithmetic as the engine, only in floating point.
    """
    rows = db.execute(
        """
        SELECT competency, competitor, SUM(mark) FROM (
            SELECT m.competency, m.competitor, CAST(m.value AS REAL) AS mark
              FROM measurement_marks m
            UNION ALL
            SELECT s.competency, s.competitor, AVG(s.score) / 3.0 * CAST(a.max_mark AS REAL)
              FROM judge_scores s JOIN aspects a ON a.competency = s.competency AND a.id = s.aspect
             GROUP BY s.competency, s.aspect, s.competitor)
        GROUP BY competency, competitor
        """).fetchall()
    return {(c, p): total for c, p, total in rows}
