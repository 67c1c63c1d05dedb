"""The committed samples are exactly what samples/make_samples.py writes, and they all read."""

from __future__ import annotations

import importlib.util

from openpyxl import load_workbook

from wsk_desk.exchange.marks_reader import read_marks
from wsk_desk.exchange.people_reader import read_people
from wsk_desk.exchange.scheme_reader import read_marking_scheme

from .xlsx_builders import SAMPLES


def _make_samples():
    spec = importlib.util.spec_from_file_location("make_samples", SAMPLES / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _content(path):
    """What a sample says (cell values and merged ranges), independent of the openpyxl version."""
    if path.suffix == ".csv":
        return path.read_bytes()
    wb = load_workbook(path)
    return [(ws.title, [list(r) for r in ws.iter_rows(values_only=True)], sorted(map(str, ws.merged_cells.ranges)))
            for ws in wb.worksheets]


def test_samples_are_reproducible_and_up_to_date(tmp_path):
    written = _make_samples().main(tmp_path)
    assert sorted(p.name for p in written) == ["marks_example.csv", "people_example.xlsx",
                                               "scheme_cis_example.xlsx", "scheme_kk_translation_example.xlsx",
                                               "scheme_ru_example.xlsx"]
    for path in written:
        assert _content(path) == _content(SAMPLES / path.name), f"{path.name}: run samples/make_samples.py"


def test_samples_fit_together():
    """The marks sample names forms of the CIS sample and people of the people sample."""
    scheme = read_marking_scheme(SAMPLES / "scheme_cis_example.xlsx").scheme
    people = read_people(SAMPLES / "people_example.xlsx", {"AST", "ALA"}, {"17": 1, "17J": 1, "39": 2})
    regions = {c.id: c.region for c in people.competitors} | {e.id: e.region for e in people.experts}
    for row in read_marks(SAMPLES / "marks_example.csv"):
        form = scheme.form(row.form)
        assert form is not None and row.competitor in regions
        if not row.absent:
            aspect = scheme.aspect(row.aspect)
            assert aspect is not None and aspect.is_judgement == bool(row.judge)
            assert 0 <= row.value <= (3 if row.judge else aspect.max_mark)
            if row.judge:
                assert regions[row.judge] != regions[row.competitor]  # the compatriot rule holds
