"""A private, throw-away PostgreSQL cluster for tests that restart or cut the server.

The shared test server must never be stopped; a test that needs to take the server away
starts its own cluster in a temporary folder on a free port. Use the ``private_pg``
fixture (tests/conftest.py)::

    def test_x(private_pg: PrivateDatabase) -> None:
        url = private_pg.url            # SQLAlchemy URL (postgresql+psycopg://…)
        private_pg.restart()            # pg_ctl restart, fast mode
        private_pg.terminate(match)     # pg_terminate_backend of matching sessions

One cluster serves the whole run (initdb is the slow part); each test gets a database of
its own in it, so what one test left behind never meets the next. Skipped when the PostgreSQL binaries are absent. As root, the server runs as the
``postgres`` user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg


def pg_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key)
    for folder in reversed(found):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    for name in ("initdb", "pg_ctl"):
        if shutil.which(name) is None:
            return None
    return Path(shutil.which("pg_ctl") or "").parent


def _version_key(path: str) -> tuple[int, ...]:
    part = Path(path).parent.name
    return tuple(int(p) for p in part.split(".") if p.isdigit())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrivateCluster:
    """One cluster: ``start()``, ``stop()``, ``restart()``, ``terminate()``."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self._as_postgres = os.geteuid() == 0
        self.root = Path(tempfile.mkdtemp(prefix="minwon-private-pg."))
        self.data = self.root / "data"
        self.port = _free_port()
        self.log = self.root / "server.log"
        if self._as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    @property
    def conninfo(self) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"

    def start(self) -> None:
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} "
                   "-c fsync=off -c synchronous_commit=off")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-o", options,
                  "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop", check=False)

    def restart(self) -> None:
        """``pg_ctl restart -m fast``: every session is cut, the server is back at once."""
        self.stop()
        self.start()

    def terminate(self, where: str = "backend_type = 'client backend' "
                                     "AND pid <> pg_backend_pid()") -> int:
        """``pg_terminate_backend`` of the sessions matching ``where`` (SQL on
        pg_stat_activity); the number cut. Default: every other client session."""
        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            rows = conn.execute(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE {where}"
            ).fetchall()
        return sum(1 for (ok,) in rows if ok)

    def listeners(self) -> int:
        """How many sessions wait on LISTEN (their last query was a LISTEN or a ping)."""
        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE query ILIKE 'LISTEN%' "
                "OR query = 'SELECT 1'"
            ).fetchone()
        return int(row[0]) if row else 0

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def database(self, name: str) -> PrivateDatabase:
        """A fresh, empty database ``name`` in this cluster (started if it was stopped)."""
        self.start_if_stopped()
        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return PrivateDatabase(self, name)

    def start_if_stopped(self) -> None:
        status = subprocess.run(
            self._command("pg_ctl", "-D", str(self.data), "status"), capture_output=True,
            timeout=60, cwd="/")
        if status.returncode != 0:
            self.start()

    def _command(self, tool: str, *args: str) -> list[str]:
        cmd = [str(self.bindir / tool), *args]
        return ["runuser", "-u", "postgres", "--", *cmd] if self._as_postgres else cmd

    def _run(self, tool: str, *args: str, check: bool = True) -> None:
        cmd = self._command(tool, *args)
        # From "/": the postgres user may not be allowed into the test's folder.
        subprocess.run(cmd, check=check, capture_output=True, timeout=60, cwd="/")


class PrivateDatabase:
    """One test's database in the shared private cluster: its address, and the cluster's
    ``stop``/``start``/``restart``; ``terminate`` and ``listeners`` see only its sessions."""

    def __init__(self, cluster: PrivateCluster, name: str) -> None:
        self.cluster = cluster
        self.name = name

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.cluster.port}/{self.name}"

    @property
    def conninfo(self) -> str:
        return f"host=127.0.0.1 port={self.cluster.port} user=postgres dbname={self.name}"

    def start(self) -> None:
        self.cluster.start()

    def stop(self) -> None:
        self.cluster.stop()

    def restart(self) -> None:
        self.cluster.restart()

    def terminate(self, where: str = "backend_type = 'client backend' "
                                     "AND pid <> pg_backend_pid()") -> int:
        return self.cluster.terminate(f"datname = '{self.name}' AND ({where})")

    def listeners(self) -> int:
        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND (query ILIKE 'LISTEN%' OR query = 'SELECT 1')"
            ).fetchone()
        return int(row[0]) if row else 0

    def drop(self) -> None:
        self.cluster.start_if_stopped()
        with psycopg.connect(self.cluster.conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
