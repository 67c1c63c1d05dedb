"""`import` and `scheme inspect` speak --lang ru|kk|en; without it they say exactly what they always said."""

from __future__ import annotations

from tests.exchange.xlsx_builders import aspect, cis_rows, sub, write_xlsx
from wsk_desk.cli import main


def test_import_refusals_warnings_and_summary_in_the_chosen_language(tmp_path, capsys):
    wsk = tmp_path / "c.wsk"
    assert main(["new", str(wsk), "--name", "C"]) == 0
    capsys.readouterr()
    bad = write_xlsx(tmp_path / "neg.xlsx", {"S": cis_rows(sub("A1"), aspect("M", "a", -2))})
    assert main(["import", "scheme", str(wsk), str(bad), "--competency", "17", "--lang", "ru"]) == 2
    assert capsys.readouterr().err.strip() == ("wsk-desk: neg.xlsx, лист «S», строка 3, столбец «I (Max Mark)»: "
                                               "максимальный балл -2 отрицательный")
    assert main(["import", "scheme", str(wsk), str(bad), "--competency", "17", "--lang", "kk"]) == 2
    assert "парақ «S», жол 3, баған «I (Max Mark)»: ең жоғары балл -2 — теріс сан" in capsys.readouterr().err
    assert main(["import", "scheme", str(wsk), str(bad), "--competency", "17"]) == 2
    assert "neg.xlsx, sheet 'S', row 3, column 'I (Max Mark)': max mark -2 is negative" in capsys.readouterr().err

    odd = write_xlsx(tmp_path / "odd.xlsx", {"S": cis_rows(sub("A1"), aspect("M", "a", 2.5))})
    assert main(["import", "scheme", str(wsk), str(odd), "--competency", "17", "--lang", "ru"]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == "Схема оценки компетенции 17 импортирована: аспектов 1."
    assert out.err.strip() == "предупреждение: сумма баллов аспектов — 2,5, а не 100"
    assert main(["scheme", "inspect", str(odd)]) == 0
    out = capsys.readouterr()
    assert "1 aspects (1 measurement, 0 judgement), total 2.50" in out.out
    assert out.err.strip() == "warning: the aspects add up to 2.5 marks, not 100"
    assert main(["scheme", "inspect", str(odd), "--lang", "kk"]) == 0
    assert capsys.readouterr().err.strip() == "ескерту: аспектілер балдарының қосындысы — 2,5, 100 емес"
