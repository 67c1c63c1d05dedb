"""Results sheets, medal list, team standings and audit report of the small demo, read back as text.

The figures are checked against `wsk-desk results --json` and `wsk-desk standings --json`.
"""

from __future__ import annotations

import pytest

from tests.reports.demo_files import cli_json, small_demo
from tests.reports.demo_files import small_demo_champ as champ  # noqa: F401 - fixture
from tests.reports.demo_files import small_demo_results as results  # noqa: F401 - fixture
from tests.reports.pdf_text import pages, words
from wsk_desk.domain.display import fmt2
from wsk_desk.reports import build_document


def render(champ, tmp_path, kind, **kw):
    out = tmp_path / f"{kind}.pdf"
    build_document(kind, champ, **kw).to_pdf(out)
    return out


@pytest.mark.parametrize("code", ["17", "10", "04"])
def test_results_sheet_lists_every_result_with_its_figures(champ, results, tmp_path, code):
    out = render(champ, tmp_path, "results", code=code, lang="en")
    text = words(out)
    people = {c.id: c for c in champ.competitors(code)}
    data = results[code]
    for row in data["results"]:
        for member in row["members"]:
            assert people[member].full_name in text
        raw = fmt2(row["raw"])
        assert f"{raw} {row['scale']}" in text, (row["id"], raw)
        for value in row["criteria"].values():
            assert fmt2(value) in text
        assert row["why"] in text
    medals = {r["medal"] for r in data["results"]}
    for medal, word in (("GOLD", "Gold"), ("SILVER", "Silver"), ("BRONZE", "Bronze"),
                        ("EXCELLENCE", "Medallion for Excellence")):
        assert (word in text) == (medal in medals)
    assert "WorldSkills scale: 700 + 20 × (raw − median) / SD" in text
    assert f"{fmt2(data['median'])} · {fmt2(data['sd'])}" in text
    assert "Medallion for Excellence from: 700 points" in text
    chief = [e for e in champ.experts(code) if e.role.value == "chief"][0]
    assert "Chief Expert" in text and chief.full_name in text and "Deputy Chief Expert" in text
    provisional = data["status"] != "final"
    assert all(("PROVISIONAL" in page) == provisional for page in pages(out))


def test_results_in_kazakh_name_the_regions_in_kazakh_with_decimal_commas(champ, results, tmp_path):
    text = words(render(champ, tmp_path, "results", code="10", lang="kk"))
    kazakh = {r.code: r.name_kk for r in champ.regions()}
    for row in champ.results("10").rows:
        assert kazakh[row.region] in text
    assert "золото" not in text and "алтын" in text  # the why texts follow the language too
    assert f"{fmt2(results['10']['results'][0]['raw']).replace('.', ',')} " in text


def test_all_results_sheets_in_one_pdf(champ, tmp_path):
    texts = pages(render(champ, tmp_path, "results", lang="ru"))
    for code, name in (("04", "Мехатроника"), ("10", "Сварочные технологии"), ("17", "Веб-технологии")):
        assert any(f"{code} · {name}" in t for t in texts)


def test_medal_list_names_the_winners_by_competency(champ, results, tmp_path):
    text = words(render(champ, tmp_path, "medals", lang="en"))
    for code, data in results.items():
        assert f"{code} · " in text
        people = {c.id: c for c in champ.competitors(code)}
        for row in data["results"]:
            for member in row["members"]:
                name = people[member].full_name
                assert (name in text) == (row["medal"] is not None), name
    golds = sum(r["medal"] == "GOLD" for d in results.values() for r in d["results"])
    assert f"Gold {golds} ·" in text
    assert "04 · Mechatronics — PROVISIONAL" in text and "17 · Web Technologies — PROVISIONAL, marking in progress" in text
    assert "10 · Welding —" not in text  # final: no mark
    assert "Final: 1 of 3 competencies" in text


def test_standings_match_the_standings_command(champ, tmp_path):
    expected = cli_json("standings", small_demo(), "--json")
    out = render(champ, tmp_path, "standings", lang="en")
    lines = [" ".join(line.split()) for page in pages(out) for line in page.splitlines()]
    names = {r.code: r.name_en for r in champ.regions()}
    for row in expected["main"]:
        wanted = (f"{row['rank']} {row['region']} · {names[row['region']]} {row['gold']} {row['silver']} "
                  f"{row['bronze']} {row['medallion']} {row['points']}")
        assert wanted in lines, wanted
    text = " ".join(lines)
    assert "Points for gold, silver, bronze, medallion: 4/3/2/1" in text.replace(" / ", "/")
    assert "Marking in progress: 17" in text and "Final: 10" in text


def test_audit_report_lists_every_change(champ, tmp_path):
    out = render(champ, tmp_path, "audit", code="10", lang="en")
    text = words(out)
    from wsk_desk.storage.audit import entries

    log = list(entries(champ.db, "10"))
    assert f"{len(log)} audit entries" in text
    assert "Form locked" in text and "Results signed off" in text and "Marks entered" in text
    assert "Marking team set" in text and "Expert substituted" in text
    signoff = [e for e in log if e.action == "competency.signoff"][0]
    assert f"{signoff.seq} " in text and "revision 1" in text
    first_ops = next(e for e in log if e.ops)
    op = first_ops.ops[0]
    assert f"{op['a']}·{op['c']}" in text  # each mark change of a batch is listed
