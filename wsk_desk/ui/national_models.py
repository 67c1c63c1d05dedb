"""Read-only table models of the national view: medal table, team standings, best results, not yet final.

`national_view(champ, lang)` takes one snapshot of the domain's answers over
Championship.all_results() (cached per competency, so after a mark only that
competency is recomputed); the models only present it. No SQL, no sums of
their own: the counts, points, ranks and ties are the domain's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..domain.standings import Best, StandingRow, best_of_championship, best_of_region, standings
from . import icons
from .nav_tree import competency_status
from .texts import category_label, fmt_mark, medal_label, status_label

SortRole = Qt.UserRole + 1
CodeRole = Qt.UserRole + 2  # the competency a row is about ("" when none), to open it
Index = QModelIndex | QPersistentModelIndex
MEDALS = ("GOLD", "SILVER", "BRONZE", "EXCELLENCE")
_MEDAL_ORDER = {m: i for i, m in enumerate(MEDALS)}
_MEDAL_BG = {"GOLD": QColor("#fff0b3"), "SILVER": QColor("#e9ecef"), "BRONZE": QColor("#f6dcc6"),
             "EXCELLENCE": QColor("#dbe7fb")}
_KEY_WORDS = ("points", "golds", "silvers", "bronzes", "medallions")  # StandingRow.key, in order


@dataclass(frozen=True)
class Pending:
    """A competency whose results are not final yet, and what it is waiting for."""

    code: str
    name: str
    category: str
    status: str  # the desk's badge: setup, marking, provisional
    missing: int  # marks still to enter
    open_forms: tuple[str, ...]  # forms not locked
    has_scheme: bool


@dataclass
class NationalView:
    """Everything the national page shows, taken at one moment."""

    name: str = ""
    medals: list[StandingRow] = field(default_factory=list)  # main and juniors together
    tables: dict[str, list[StandingRow]] = field(default_factory=dict)  # as the standings count them
    juniors_separate: bool = True
    awarded: dict[str, int] = field(default_factory=dict)
    by_region: dict[str, list[tuple[Any, Any]]] = field(default_factory=dict)  # region -> [(results, row)]
    results: list = field(default_factory=list)
    pending: list[Pending] = field(default_factory=list)
    competencies: int = 0
    regions: dict[str, str] = field(default_factory=dict)  # code -> name in the desk's language
    comps: dict[str, str] = field(default_factory=dict)  # code -> "17 Веб-технологии"


def national_view(champ, lang: str = "ru") -> NationalView:
    results = champ.all_results()
    settings = champ.settings()
    codes = [r.code for r in champ.regions()]
    view = NationalView(champ.name, juniors_separate=settings.juniors_separate, results=results,
                        competencies=len(results))
    view.regions = {r.code: r.name(lang) for r in champ.regions()}
    view.comps = {c.code: f"{c.code}  {c.name(lang)}" for c in champ.competencies()}
    # the medal table counts every competency at once: the standings with juniors counted in the main table
    view.medals = standings(results, replace(settings, juniors_separate=False), codes)["main"]
    view.tables = standings(results, settings, codes)
    view.awarded = {m: 0 for m in MEDALS}
    for res in results:
        for row in res.counted:  # a team counts once
            if row.medal is not None:
                view.awarded[row.medal.value] += 1
                view.by_region.setdefault(row.region, []).append((res, row))
        if res.status != "final":
            ctx = champ.context(res.code)
            forms = [f.id for f in ctx.scheme.forms()]
            view.pending.append(Pending(res.code, view.comps.get(res.code, res.code), res.category,
                                        competency_status(champ, res.code), sum(r.missing for r in res.rows),
                                        tuple(f for f in forms if f not in ctx.sheet.locks), bool(forms)))
    return view


def tie_break(row: StandingRow, rows: list[StandingRow]) -> tuple[str, list[str]]:
    """How a region's place was decided among regions with the same points: ("shared"|key word|"", others)."""
    shared = [o.region for o in rows if o is not row and o.rank == row.rank]
    if shared:
        return "shared", shared
    level = [o for o in rows if o is not row and o.points == row.points]
    if not level:
        return "", []
    above = [o for o in level if (o.rank or 0) < (row.rank or 0)]  # why not higher; the first: why ahead
    nearest = max(above, key=lambda o: o.rank or 0) if above else min(level, key=lambda o: o.rank or 0)
    decisive = next(i for i, (a, b) in enumerate(zip(row.key, nearest.key)) if a != b)
    return _KEY_WORDS[decisive], [o.region for o in level]


class _Table(QAbstractTableModel):
    """Rows of any kind; subclasses say the headers, the text and the sort value of a cell.

    Texts are made once per load: fitting the columns asks for every cell several times.
    """

    NUMERIC: frozenset[int] = frozenset()
    ICONS: frozenset[int] = frozenset()  # columns whose cells carry an icon before the text
    _ROLES = frozenset({Qt.DecorationRole, Qt.BackgroundRole, Qt.ToolTipRole})  # what `extra` may answer

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self._headers: list[str] | None = None
        self._texts: list[list[str]] = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._headers = self.headers()  # in the language of this moment
        self._texts = [[self.text(row, c) for c in range(len(self._headers))] for row in self.rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if self._headers is None:
            self._headers = self.headers()
        return 0 if parent.isValid() else len(self._headers)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def column_texts(self, col: int) -> list[str]:
        """Every text of a column, to fit its width without asking the model cell by cell."""
        return [texts[col] for texts in self._texts]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Vertical:
            return str(section + 1)
        return self.headers()[section]

    def data(self, index: Index, role: int = Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r, col = index.row(), index.column()
        if role == Qt.DisplayRole:
            return self._texts[r][col]
        row = self.rows[r]
        if role == SortRole:
            return self.sort_value(row, col)
        if role == Qt.TextAlignmentRole and col in self.NUMERIC:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == CodeRole:
            return self.code_of(row)
        if role not in self._ROLES:
            return None
        value = self.extra(row, col, role)
        if value is None and role == Qt.ToolTipRole:  # a narrowed column elides: its tooltip says it all
            return self._texts[r][col] or None
        return value

    def text(self, row, col: int) -> str:
        raise NotImplementedError

    def sort_value(self, row, col: int) -> Any:
        return self.text(row, col)

    def code_of(self, row) -> str:
        return ""

    def extra(self, row, col: int, role: int) -> Any:
        return None


class RegionsModel(_Table):
    """Regions with their medals, points and ranks; the standings add how equal points were decided."""

    COL_RANK, COL_REGION, COL_GOLD, COL_SILVER, COL_BRONZE, COL_MEDALLION, COL_POINTS, COL_TIE = range(8)
    NUMERIC = frozenset({COL_RANK, COL_GOLD, COL_SILVER, COL_BRONZE, COL_MEDALLION, COL_POINTS})

    def __init__(self, with_tie_break: bool, parent=None):
        super().__init__(parent)
        self.with_tie_break = with_tie_break
        self.names: dict[str, str] = {}

    def load(self, rows: list[StandingRow], names: dict[str, str]) -> None:
        self.names = names
        self.set_rows(rows)

    def headers(self) -> list[str]:
        words = ["#", self.tr("region"), self.tr("gold"), self.tr("silver"), self.tr("bronze"),
                 self.tr("medallions"), self.tr("points")]
        return words + [self.tr("tie-break")] if self.with_tie_break else words

    def text(self, row: StandingRow, col: int) -> str:
        if col == self.COL_REGION:
            return f"{row.region} · {self.names.get(row.region, row.region)}"
        if col == self.COL_TIE:
            return self._tie_text(row)
        return str(self.sort_value(row, col))

    def sort_value(self, row: StandingRow, col: int) -> Any:
        numbers = {self.COL_RANK: row.rank or 0, self.COL_GOLD: row.gold, self.COL_SILVER: row.silver,
                   self.COL_BRONZE: row.bronze, self.COL_MEDALLION: row.medallion, self.COL_POINTS: row.points}
        if col in numbers:
            return numbers[col]
        return row.region if col == self.COL_REGION else self.text(row, col)

    def _tie_text(self, row: StandingRow) -> str:
        how, others = tie_break(row, self.rows)
        if not how:
            return ""
        if how == "shared":
            return self.tr("shared with %1").replace("%1", ", ".join(others))
        sentences = {"golds": self.tr("equal points with %1: more golds decide"),
                     "silvers": self.tr("equal points with %1: more silvers decide"),
                     "bronzes": self.tr("equal points with %1: more bronzes decide"),
                     "medallions": self.tr("equal points with %1: more medallions decide")}
        return sentences[how].replace("%1", ", ".join(others))

    def extra(self, row: StandingRow, col: int, role: int) -> Any:
        if role == Qt.BackgroundRole and row.rank == 1 and col in (self.COL_RANK, self.COL_REGION):
            return QBrush(_MEDAL_BG["GOLD"])
        return None


class RegionMedalsModel(_Table):
    """One region's medals and medallions, competency by competency; the badge says whether they can move."""

    COL_MEDAL, COL_COMPETENCY, COL_COMPETITOR, COL_SCORE, COL_STATUS = range(5)
    NUMERIC = frozenset({COL_SCORE})
    ICONS = frozenset({COL_MEDAL})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.comps: dict[str, str] = {}

    def load(self, items: list[tuple[Any, Any]], comps: dict[str, str]) -> None:
        self.comps = comps
        self.set_rows(sorted(items, key=lambda it: (_MEDAL_ORDER[it[1].medal.value], it[0].code)))

    def headers(self) -> list[str]:
        return [self.tr("medal"), self.tr("competency"), self.tr("competitor"), self.tr("score"), self.tr("status")]

    def text(self, item, col: int) -> str:
        res, row = item
        if col == self.COL_STATUS:  # the badge's shape, as in the tree and its legend; the word in the tooltip
            return _result_status(res.status).split(" ", 1)[0]
        return [medal_label(row.medal.value), self.comps.get(res.code, res.code), row.name, _score(row)][col]

    def sort_value(self, item, col: int) -> Any:
        res, row = item
        if col == self.COL_SCORE:
            return float(_score_value(row))
        if col == self.COL_MEDAL:
            return f"{_MEDAL_ORDER[row.medal.value]} {res.code}"
        if col == self.COL_STATUS:
            return ("incomplete", "provisional", "final").index(res.status) if res.status in (
                "incomplete", "provisional", "final") else 9
        return self.text(item, col)

    def code_of(self, item) -> str:
        return item[0].code

    def extra(self, item, col: int, role: int) -> Any:
        medal = item[1].medal.value
        if role == Qt.DecorationRole and col == self.COL_MEDAL:
            return icons.medal(medal)
        if role == Qt.BackgroundRole and col == self.COL_MEDAL:
            return QBrush(_MEDAL_BG[medal])
        if role == Qt.ToolTipRole and col == self.COL_STATUS:
            return _result_status(item[0].status)
        return None


class BestModel(_Table):
    """Best results (domain best_of_region / best_of_championship): ties shared, a line each."""

    COL_REGION, COL_NAME, COL_COMPETITOR, COL_COMPETENCY, COL_SCORE, COL_MEDAL = range(6)
    NUMERIC = frozenset({COL_SCORE})
    ICONS = frozenset({COL_MEDAL})

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names: dict[str, str] = {}
        self.comps: dict[str, str] = {}

    def load(self, items: list[Best], names: dict[str, str], comps: dict[str, str]) -> None:
        self.names, self.comps = names, comps
        self.set_rows(items)

    def headers(self) -> list[str]:
        return [self.tr("region"), self.tr("name"), self.tr("competitor"), self.tr("competency"), self.tr("score"),
                self.tr("medal")]

    def text(self, b: Best, col: int) -> str:
        row = b.row
        return [row.region, self.names.get(row.region, ""), row.name, self.comps.get(b.competency, b.competency),
                _score(row), medal_label(row.medal.value if row.medal else None)][col]

    def sort_value(self, b: Best, col: int) -> Any:
        if col == self.COL_SCORE:
            return float(b.score)
        if col == self.COL_MEDAL:
            return _MEDAL_ORDER.get(b.row.medal.value if b.row.medal else "", 9)
        return self.text(b, col)

    def code_of(self, b: Best) -> str:
        return b.competency

    def extra(self, b: Best, col: int, role: int) -> Any:
        if role == Qt.DecorationRole and col == self.COL_MEDAL and b.row.medal:
            return icons.medal(b.row.medal.value)
        return None


def best_items(results: list, category: str | None) -> tuple[list[Best], list[Best]]:
    """(best of championship, best of region, region by region) in one category or all."""
    regional = [b for items in best_of_region(results, category).values() for b in items]
    return best_of_championship(results, category), regional


class PendingModel(_Table):
    """Competencies not final yet: their badge, the marks still missing and the forms not locked."""

    COL_COMPETENCY, COL_CATEGORY, COL_STATUS, COL_WAITING, COL_MISSING, COL_UNLOCKED = range(6)
    NUMERIC = frozenset({COL_MISSING})

    def headers(self) -> list[str]:
        return [self.tr("competency"), self.tr("category"), self.tr("status"), self.tr("waiting for"),
                self.tr("marks missing"), self.tr("forms not locked")]

    def text(self, p: Pending, col: int) -> str:
        if col == self.COL_UNLOCKED:
            return f"{len(p.open_forms)}: " + ", ".join(p.open_forms) if p.open_forms else "—"
        return [p.name, category_label(p.category), status_label(p.status), self.waiting(p), str(p.missing)][col]

    def waiting(self, p: Pending) -> str:
        if not p.has_scheme:
            return self.tr("a marking scheme")
        if p.missing:
            return self.tr("marks to be entered")
        if p.open_forms:
            return self.tr("forms to be locked")
        return self.tr("the Chief Expert's sign-off")

    def sort_value(self, p: Pending, col: int) -> Any:
        if col == self.COL_MISSING:
            return p.missing
        if col == self.COL_UNLOCKED:
            return len(p.open_forms)
        if col == self.COL_STATUS:
            return ("setup", "marking", "provisional", "final").index(p.status) if p.status in (
                "setup", "marking", "provisional", "final") else 9
        return self.text(p, col)

    def code_of(self, p: Pending) -> str:
        return p.code

    def extra(self, p: Pending, col: int, role: int) -> Any:
        if role == Qt.ToolTipRole and col == self.COL_UNLOCKED and p.open_forms:
            return self.tr("Forms not locked: %1").replace("%1", ", ".join(p.open_forms))
        return None


def _score_value(row):
    return row.scale if row.scale is not None else row.raw


def _score(row) -> str:
    """The scale score, or the raw mark (2 decimals, the desk's decimal sign) in raw ranking."""
    return str(row.scale) if row.scale is not None else fmt_mark(row.raw)


def _result_status(status: str) -> str:
    """The results' own status words: final, provisional (not signed off), or still being marked."""
    return {"final": status_label("final"), "provisional": status_label("provisional")}.get(
        status, status_label("marking"))
