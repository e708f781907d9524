"""The app knows its own SQLite file: it marks the files it makes, keeps opening its files
from before the mark, and never writes to another program's file."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.errors import StorageError
from minwon_desk.services.backend import Backend
from minwon_desk.store.engine import APPLICATION_ID, make_engine


def _app_id(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA application_id").fetchone()[0])
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign(path: Path, *, app_id: int = 0, tables: bool = True) -> Path:
    conn = sqlite3.connect(path)
    if app_id:
        conn.execute(f"PRAGMA application_id={app_id}")
    if tables:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('someone')")
    conn.commit()
    conn.close()
    return path


def test_a_new_database_is_marked_as_ours(tmp_path: Path, mss_charter: Charter) -> None:
    path = tmp_path / "minwon.db"
    Backend.open(f"sqlite:///{path}", charter=mss_charter, desk="창구").close()
    assert _app_id(path) == APPLICATION_ID


@pytest.mark.parametrize(
    ("app_id", "tables"), [(0, True), (0x12345678, True), (0x12345678, False)],
    ids=["tables-of-another-program", "another-programs-id", "another-programs-empty-file"],
)
def test_another_programs_file_is_refused_and_left_as_it_was(
    tmp_path: Path, mss_charter: Charter, app_id: int, tables: bool
) -> None:
    path = _foreign(tmp_path / "other.db", app_id=app_id, tables=tables)
    before = _digest(path)
    with pytest.raises(StorageError, match="다른 프로그램의 데이터베이스"):
        Backend.open(f"sqlite:///{path}", charter=mss_charter, desk="창구")
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no WAL, no backup


def test_a_file_of_ours_from_before_the_mark_opens_and_is_marked(
    tmp_path: Path, mss_charter: Charter
) -> None:
    path = tmp_path / "minwon.db"
    Backend.open(f"sqlite:///{path}", charter=mss_charter, desk="창구").close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id=0")  # as every file was before the mark
    conn.close()
    assert _app_id(path) == 0
    with Backend.open(f"sqlite:///{path}", charter=mss_charter, desk="창구") as backend:
        assert backend.staff is not None
    assert _app_id(path) == APPLICATION_ID


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "sqlite:///file::memory:?uri=true"])
def test_an_in_memory_database_is_refused(url: str) -> None:
    with pytest.raises(StorageError, match="메모리 데이터베이스"):
        make_engine(url)


@pytest.mark.parametrize("url", ["not a url", "://", "postgresql+psycopg://u@h:notaport/db"])
def test_a_text_that_is_not_an_address_is_refused_in_words(url: str) -> None:
    with pytest.raises(StorageError, match="데이터베이스 주소"):
        make_engine(url)


def test_a_folder_given_as_the_database_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="폴더입니다"):
        make_engine(f"sqlite:///{tmp_path}")
