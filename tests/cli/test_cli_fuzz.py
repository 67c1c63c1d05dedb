"""Random argument lists into `wsk-desk`: always an exit code, never an uncaught exception or traceback."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.storage.reliability_util import build
from wsk_desk import cli

# the desk itself (no command, a lone .wsk, `open`) would start the GUI; `demo` defaults to a national file
GUI_OR_SLOW = {"open", "demo"}
OPTIONS = ["--json", "--force", "--keep", "--size", "--seed", "--name", "--read-only", "--competency", "-h",
           "--help", "--version", "--", "-", "--keep=0", "--keep=-3", "--seed=x"]
FILES = ["good.wsk", "copy.wsk", "junk.wsk", "empty.wsk", "folder", "missing.wsk", "good.wsk.backups",
         "nested/missing/out.wsk", "out.wsk", "pkg.zip", "out.xlsx"]


def commands() -> list[str]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(set(sub.choices) - GUI_OR_SLOW)


TOKENS = st.one_of(
    st.sampled_from(commands()),
    st.sampled_from(OPTIONS),
    st.sampled_from(FILES),
    st.integers(-5, 50).map(str),
    st.text(min_size=0, max_size=12),
)
PLAUSIBLE = st.one_of(st.sampled_from(FILES), st.sampled_from(FILES), st.sampled_from(OPTIONS),
                      st.integers(0, 30).map(str))
ARGV = st.one_of(
    st.lists(TOKENS, min_size=1, max_size=6),  # anything at all
    st.tuples(st.sampled_from(commands()), st.lists(PLAUSIBLE, max_size=4)).map(lambda t: [t[0], *t[1]]),
    st.tuples(st.sampled_from(commands()), st.sampled_from(FILES), st.lists(PLAUSIBLE, max_size=2))
    .map(lambda t: [t[0], t[1], *t[2]]),  # command FILE ...: reaches the commands' own checks
)


@pytest.fixture
def playground(tmp_path_factory, monkeypatch):
    root = tmp_path_factory.mktemp("fuzz")
    template = build(root / "template.wsk.src")
    monkeypatch.chdir(root)
    return root, template


def reset(root: Path, template: Path) -> None:
    """The same files before every example, so one example's writes do not steer the next."""
    for name in ("good.wsk", "copy.wsk", "junk.wsk", "empty.wsk", "out.wsk", "pkg.zip", "out.xlsx"):
        for side in ("", "-wal", "-shm", ".lock"):
            (root / (name + side)).unlink(missing_ok=True)
    shutil.rmtree(root / "good.wsk.backups", ignore_errors=True)
    shutil.copy(template, root / "good.wsk")
    shutil.copy(template, root / "copy.wsk")
    (root / "junk.wsk").write_bytes(b"\x00\x01 not a championship" * 50)
    (root / "empty.wsk").write_bytes(b"")
    (root / "folder").mkdir(exist_ok=True)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=ARGV)
def test_any_argv_gives_an_exit_code_and_no_traceback(playground, argv):
    root, template = playground
    if any(a in GUI_OR_SLOW for a in argv) or (len(argv) == 1 and argv[0].endswith(".wsk")):
        return  # would start the GUI (or write a national demo): not a headless case
    reset(root, template)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(argv))
    event(f"exit {code}" + (" unexpected" if "unexpected error" in err.getvalue() else ""))
    assert isinstance(code, int) and not isinstance(code, bool)
    assert "Traceback" not in err.getvalue() and "Traceback" not in out.getvalue()
    assert "unexpected error" not in err.getvalue()  # the last line of defence caught a bug
    if code != 0 and err.getvalue():
        assert err.getvalue().startswith("wsk-desk")


@pytest.mark.parametrize("argv", [["-h"], ["--help"], ["verify", "--help"], ["backup", "-h"]])
def test_help_returns_instead_of_exiting(playground, argv):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(argv)
    assert code == 0 and "usage: wsk-desk" in out.getvalue()
