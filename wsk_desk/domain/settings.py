"""Every scoring setting of domain.md with its default.

Settings are stored in the championship file and printed under every results
table, so that a printed result can always be explained.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from decimal import Decimal
from typing import Any

MIN_COMPETITORS_PRESETS: dict[str, dict[str, int] | None] = {
    "off": None,
    # competitors needed for each medal to be awarded
    "WSR 2018": {"gold": 4, "silver": 5, "bronze": 6},
}


@dataclass(frozen=True)
class ScoringSettings:
    judges_per_form: int = 3  # 3 by default, up to 5
    disagreement_threshold: int = 1  # max - min > this marks a disagreement
    deduction_reason_required: bool = False
    ranking_mode: str = "scale"  # "scale" or "raw"
    scale_centre: int = 700
    scale_points_per_sd: int = 20
    scale_sd_kind: str = "sample"  # "sample" (n-1) or "population" (n)
    tie_tolerance: Decimal = Decimal(0)  # points (scale) or marks (raw)
    min_competitors_preset: str = "off"  # "off" or "WSR 2018"
    medallion_threshold: Decimal = Decimal(700)  # scale points, or marks in raw mode
    points_gold: int = 4
    points_silver: int = 3
    points_bronze: int = 2
    points_medallion: int = 1
    juniors_separate: bool = True

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in asdict(self).items():
            out[k] = str(v) if isinstance(v, Decimal) else v
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "ScoringSettings":
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            default = getattr(cls, f.name)
            raw = data[f.name]
            if isinstance(default, Decimal):
                kwargs[f.name] = Decimal(str(raw))
            elif isinstance(default, bool):
                kwargs[f.name] = raw in (True, 1, "1", "true", "True")
            elif isinstance(default, int):
                kwargs[f.name] = int(raw)
            else:
                kwargs[f.name] = str(raw)
        return cls(**kwargs)
