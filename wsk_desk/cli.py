"""`wsk-desk`: without a subcommand it opens the desk; with one it runs headless.

Each area registers its subcommands from a module in `wsk_desk/commands/`.
Every refusal reaches the user as one sentence on stderr with a non-zero exit
(2 for bad input), never as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from .domain.errors import DeskError

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2

COMMAND_MODULES = ("foundation", "scoring", "imports", "exports", "reliability", "merge")


class ArgumentError(DeskError):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main() decides the exit code and wording."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ArgumentError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = _Parser(prog="wsk-desk", description="WSK Desk: the scoring desk for skills championships.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"wsk_desk.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"wsk_desk.commands.{name}":
                continue  # an area not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        if not argv or (argv[0].endswith(".wsk") and len(argv) == 1):
            return _gui(argv[0] if argv else None)
        try:
            args = parser.parse_args(argv)
        except (TypeError, ValueError) as exc:  # argparse itself trips on some inputs, e.g. "-- --"
            raise ArgumentError(f"the command line cannot be read ({exc}); see wsk-desk --help") from None
        positional = _positional_dests(parser)
        empty = [name for name, value in vars(args).items() if value == [] and name in positional]
        if empty:  # argparse's "--" handling can leave a positional as [] without checking its choices
            raise ArgumentError(f"{empty[0]} is missing or unreadable; see wsk-desk --help")
        if args.version:
            from . import __version__

            print(__version__)
            return EXIT_OK
        if not getattr(args, "func", None):
            parser.print_help()
            return EXIT_REFUSED
        return int(args.func(args) or EXIT_OK)
    except DeskError as exc:
        print(f"wsk-desk: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("wsk-desk: interrupted.", file=sys.stderr)
        return EXIT_FAILED
    except SystemExit as exc:  # argparse's -h/--help exits; main() returns an exit code instead
        return exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_FAILED)
    except BrokenPipeError:  # `wsk-desk results F | head` closed the pipe: the reader has what it wanted
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:
        print(f"wsk-desk: {_os_error(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one sentence, never a traceback
        print(f"wsk-desk: unexpected error ({type(exc).__name__}: {exc}). Nothing was changed by the failed "
              "step.", file=sys.stderr)
        return EXIT_FAILED


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's flush at exit does not complain about the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests capture stdout)
        pass


def _positional_dests(parser: argparse.ArgumentParser) -> set[str]:
    """Names of single positional arguments anywhere in the command tree."""
    found: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found |= _positional_dests(child)
        elif not action.option_strings and action.nargs is None:
            found.add(action.dest)
    return found


def _os_error(exc: OSError) -> str:
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}."


def _gui(path: str | None) -> int:
    from .ui.app import run

    return run(path)


if __name__ == "__main__":
    sys.exit(main())
