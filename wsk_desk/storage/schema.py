"""The championship file's schema, built by registered migrations.

Each migration is one step of the file format. Old files are upgraded by
applying the steps they lack; a file that has a step this code does not know
comes from a newer desk and is refused. Never edit a released migration: add
a new one, and keep a fixture file per schema version in tests/fixtures.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "wsk_desk"
migrations = Migrations(MIGRATION_SET)


def run_script(db: Database, script: str) -> None:
    """Run statements one by one, inside the migration's transaction.

    sqlite3's executescript() would COMMIT first and break the all-or-nothing step.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement[:60]}")


@migrations(name="m001_initial")
def m001_initial(db: Database) -> None:
    run_script(db, 
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE regions (
            code TEXT PRIMARY KEY, name_ru TEXT NOT NULL,
            name_kk TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '');
        CREATE TABLE competencies (
            code TEXT PRIMARY KEY, name_ru TEXT NOT NULL,
            name_kk TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT 'main' CHECK (category IN ('main', 'juniors')),
            team_size INTEGER NOT NULL DEFAULT 1 CHECK (team_size >= 1),
            revision INTEGER NOT NULL DEFAULT 0,
            source_id TEXT NOT NULL DEFAULT '');
        CREATE TABLE competitors (
            competency TEXT NOT NULL REFERENCES competencies(code),
            id TEXT NOT NULL, surname TEXT NOT NULL, given_name TEXT NOT NULL,
            patronymic TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL REFERENCES regions(code),
            team TEXT, birth_date TEXT,
            withdrawn INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (competency, id));
        CREATE TABLE teams (
            competency TEXT NOT NULL REFERENCES competencies(code),
            id TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (competency, id));
        CREATE TABLE experts (
            competency TEXT NOT NULL REFERENCES competencies(code),
            id TEXT NOT NULL, surname TEXT NOT NULL, given_name TEXT NOT NULL,
            patronymic TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL REFERENCES regions(code),
            role TEXT NOT NULL DEFAULT 'expert' CHECK (role IN ('chief', 'deputy', 'expert')),
            PRIMARY KEY (competency, id));
        CREATE TABLE criteria (
            competency TEXT NOT NULL REFERENCES competencies(code),
            id TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL,
            PRIMARY KEY (competency, id));
        CREATE TABLE subcriteria (
            competency TEXT NOT NULL, id TEXT NOT NULL, criterion TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '', day TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL,
            PRIMARY KEY (competency, id),
            FOREIGN KEY (competency, criterion) REFERENCES criteria(competency, id));
        CREATE TABLE aspects (
            competency TEXT NOT NULL, id TEXT NOT NULL, form TEXT NOT NULL,
            position INTEGER NOT NULL, type TEXT NOT NULL CHECK (type IN ('M', 'J')),
            description TEXT NOT NULL DEFAULT '', max_mark TEXT NOT NULL,
            extra TEXT NOT NULL DEFAULT '', requirement TEXT NOT NULL DEFAULT '',
            wsss_section TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (competency, id),
            FOREIGN KEY (competency, form) REFERENCES subcriteria(competency, id));
        CREATE TABLE descriptors (
            competency TEXT NOT NULL, aspect TEXT NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 3), text TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (competency, aspect, score),
            FOREIGN KEY (competency, aspect) REFERENCES aspects(competency, id));
        CREATE TABLE marking_team (
            competency TEXT NOT NULL, form TEXT NOT NULL, position INTEGER NOT NULL,
            expert TEXT NOT NULL,
            PRIMARY KEY (competency, form, position),
            FOREIGN KEY (competency, form) REFERENCES subcriteria(competency, id),
            FOREIGN KEY (competency, expert) REFERENCES experts(competency, id));
        CREATE TABLE substitutions (
            competency TEXT NOT NULL, form TEXT NOT NULL, competitor TEXT NOT NULL,
            replaced TEXT NOT NULL, substitute TEXT NOT NULL,
            PRIMARY KEY (competency, form, competitor, replaced));
        CREATE TABLE measurement_marks (
            competency TEXT NOT NULL, aspect TEXT NOT NULL, competitor TEXT NOT NULL,
            value TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (competency, aspect, competitor),
            FOREIGN KEY (competency, aspect) REFERENCES aspects(competency, id));
        CREATE TABLE judge_scores (
            competency TEXT NOT NULL, aspect TEXT NOT NULL, competitor TEXT NOT NULL,
            expert TEXT NOT NULL, score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 3),
            PRIMARY KEY (competency, aspect, competitor, expert),
            FOREIGN KEY (competency, aspect) REFERENCES aspects(competency, id));
        CREATE TABLE absences (
            competency TEXT NOT NULL, form TEXT NOT NULL, competitor TEXT NOT NULL,
            PRIMARY KEY (competency, form, competitor));
        CREATE TABLE confirmations (
            competency TEXT NOT NULL, aspect TEXT NOT NULL, competitor TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (competency, aspect, competitor));
        CREATE TABLE form_locks (
            competency TEXT NOT NULL, form TEXT NOT NULL,
            locked_by TEXT NOT NULL, locked_at TEXT NOT NULL,
            PRIMARY KEY (competency, form));
        CREATE TABLE signoffs (
            competency TEXT NOT NULL, revision INTEGER NOT NULL,
            signed_by TEXT NOT NULL, signed_at TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '', medal_changes TEXT NOT NULL DEFAULT '[]',
            results TEXT NOT NULL DEFAULT '[]',
            active INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (competency, revision));
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,
            action TEXT NOT NULL, competency TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '', old TEXT, new TEXT,
            reason TEXT NOT NULL DEFAULT '', ops TEXT,
            prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE INDEX audit_competency ON audit (competency, seq);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
    )


@migrations(name="m002_mark_lookup_indexes")
def m002_mark_lookup_indexes(db: Database) -> None:
    """Per-competitor lookups (completeness grid, SQL totals) without scanning whole tables."""
    run_script(db, """
        CREATE INDEX IF NOT EXISTS measurement_by_competitor ON measurement_marks (competency, competitor);
        CREATE INDEX IF NOT EXISTS scores_by_competitor ON judge_scores (competency, competitor);
        CREATE INDEX IF NOT EXISTS competitors_by_region ON competitors (region);
        """)


@migrations(name="m003_scheme_texts")
def m003_scheme_texts(db: Database) -> None:
    """Scheme texts in other languages beside the imported ones, and the language a scheme came in.

    One row per translated text; `score` is a descriptor's judgement score, -1 for the other kinds.
    """
    run_script(db, """
        ALTER TABLE competencies ADD COLUMN scheme_lang TEXT NOT NULL DEFAULT ''
            CHECK (scheme_lang IN ('', 'ru', 'kk', 'en'));
        CREATE TABLE scheme_texts (
            competency TEXT NOT NULL REFERENCES competencies(code),
            kind TEXT NOT NULL CHECK (kind IN ('criterion', 'subcriterion', 'aspect', 'extra', 'descriptor')),
            item TEXT NOT NULL,
            score INTEGER NOT NULL DEFAULT -1 CHECK (score BETWEEN -1 AND 3 AND (score >= 0) = (kind = 'descriptor')),
            lang TEXT NOT NULL CHECK (lang IN ('ru', 'kk', 'en')),
            text TEXT NOT NULL,
            PRIMARY KEY (competency, kind, item, score, lang));
        """)


def known_migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def schema_version(db: Database) -> int:
    """How many of our migration steps the file has: the file-format version."""
    return len(migrations.applied(db))


def unknown_steps(db: Database) -> list[str]:
    """Steps applied by a newer desk that this code does not know."""
    known = set(known_migration_names())
    return [m.name for m in migrations.applied(db) if m.name not in known]


CURRENT_VERSION = len(known_migration_names())
