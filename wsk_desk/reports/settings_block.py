"""The scoring settings in force, as printed under every results table.

domain.md: every setting is printed with the results, so that a printed
result can always be explained (scale parameters, thresholds, presets).
"""

from __future__ import annotations

from ..domain.display import fmt_points
from ..domain.settings import ScoringSettings
from .common import translate
from .numbers import format_decimal


def settings_pairs(settings: ScoringSettings, lang: str, results=None, *, standings: bool = False
                   ) -> list[tuple[str, str]]:
    """(label, value) lines; with `results`, the competency's median and SD too."""
    s = settings
    comma = (lambda v: fmt_points(v).replace(".", ",")) if lang in ("ru", "kk") else fmt_points
    if s.ranking_mode == "raw":
        ranking = translate("Reports", "by raw marks, without a scale")
        unit = translate("Reports", "marks")
    else:
        sd_kind = (translate("Reports", "sample SD (n − 1)") if s.scale_sd_kind == "sample"
                   else translate("Reports", "population SD (n)"))
        ranking = translate("Reports", "WorldSkills scale: {centre} + {points} × (raw − median) / SD, {kind}, "
                            "rounded half up").format(centre=s.scale_centre, points=s.scale_points_per_sd,
                                                      kind=sd_kind)
        unit = translate("Reports", "points")
    out = [(translate("Reports", "Ranking"), ranking)]
    if results is not None and s.ranking_mode != "raw":
        median = format_decimal(results.median, lang) if results.median is not None else "—"
        sd = format_decimal(results.sd, lang) if results.sd is not None else "—"
        out.append((translate("Reports", "Median and SD of this competency"), f"{median} · {sd}"))
    out += [
        (translate("Reports", "Tie tolerance"), f"{comma(s.tie_tolerance)} {unit}"),
        (translate("Reports", "Medallion for Excellence from"), f"{comma(s.medallion_threshold)} {unit}"),
        (translate("Reports", "Minimum number of competitors"),
         translate("Reports", "off") if s.min_competitors_preset == "off" else s.min_competitors_preset),
        (translate("Reports", "Judges per form"), str(s.judges_per_form)),
        (translate("Reports", "Disagreement when scores differ by more than"), str(s.disagreement_threshold)),
    ]
    if standings:
        out += [
            (translate("Reports", "Points for gold, silver, bronze, medallion"),
             f"{s.points_gold} / {s.points_silver} / {s.points_bronze} / {s.points_medallion}"),
            (translate("Reports", "Juniors"), translate("Reports", "counted separately") if s.juniors_separate
             else translate("Reports", "counted with the main category")),
        ]
    return out
