"""A throwaway PostgreSQL server for the tests: started once per test process, stopped at its end.

``initdb`` in a temporary folder (UTF-8, the C.UTF-8 locale), the server listening on a Unix socket in that folder
only (no TCP port: nothing else on the machine can reach it, and parallel test processes never collide), without
fsync (a test database that a power cut loses is simply made again). PostgreSQL refuses to run as root, and CI runs
as root: the server then runs as the unprivileged ``postgres`` user that Debian's package makes (else ``nobody``).

Where PostgreSQL is not installed, the tests that need it are skipped with a message saying how to install it
(CI installs it: dev.sh). Each test gets a database of its own (``pg_url``), made empty from ``template0``.
"""

from __future__ import annotations

import itertools
import os
import pwd
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ADMIN = "dossier"  # the server's superuser, made by initdb; trusted on the socket (nothing else can connect)
NOT_INSTALLED = "PostgreSQL is not installed here (Debian: apt install postgresql; bash dev.sh test installs it)"


def server_binaries() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin (newest)."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    return versions[-1].parent if versions else None


def _run_as() -> str | None:
    """The user to run the server as: None for the current one, unless that is root (which PostgreSQL refuses)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError("running as root and neither the postgres nor the nobody user exists to run PostgreSQL")


@dataclass
class PostgresServer:
    folder: Path
    binaries: Path
    user: str | None
    _numbers: Iterator[int] = field(default_factory=itertools.count)
    version: int = 0  # the major version, read from pg_ctl when the server starts

    def copied_from(self, template: str) -> str:
        """The end of a ``CREATE DATABASE`` that copies ``template``. From PostgreSQL 15 on, the files are copied
        (``STRATEGY FILE_COPY``) rather than every page written through the WAL: a test database of a few
        megabytes is made in about a third of the time (0.06 s instead of 0.2 s made and dropped), and a run
        makes a couple of thousand. The checkpoint it needs costs nothing on a server without fsync."""
        strategy = " STRATEGY FILE_COPY" if self.version >= 15 else ""
        return f"TEMPLATE \"{template}\" ENCODING 'UTF8'{strategy}"

    @property
    def socket_folder(self) -> Path:
        return self.folder / "socket"

    def _command(self, *args: str) -> list[str]:
        # runuser keeps the environment minimal and needs no password; only root runs it.
        return ["runuser", "-u", self.user, "--", *args] if self.user else list(args)

    def start(self) -> None:
        data = self.folder / "data"
        self.socket_folder.mkdir(parents=True)
        if self.user:
            shutil.chown(self.folder, self.user)
            shutil.chown(self.socket_folder, self.user)
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        told = subprocess.run([str(self.binaries / "pg_ctl"), "--version"], check=True, capture_output=True, text=True)
        self.version = int(re.search(r"\) (\d+)", told.stdout).group(1))  # "pg_ctl (PostgreSQL) 15.18 (Debian …)"
        subprocess.run(
            self._command(
                str(self.binaries / "initdb"),
                "-D", str(data),
                "-U", ADMIN,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ),
            check=True,
            capture_output=True,
            env=env,
        )  # fmt: skip
        options = (
            f"-k {self.socket_folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200"
        )
        subprocess.run(
            self._command(
                str(self.binaries / "pg_ctl"),
                "-D", str(data),
                "-o", options,
                "-l", str(self.folder / "server.log"),
                "-w",
                "start",
            ),
            check=True,
            capture_output=True,
            env=env,
        )  # fmt: skip

    def stop(self) -> None:
        subprocess.run(
            self._command(str(self.binaries / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"),
            check=False,
            capture_output=True,
        )

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL (driver psycopg 3) for ``database`` on this server, through its socket."""
        return f"postgresql+psycopg://{ADMIN}@/{database}?host={self.socket_folder}"

    def create_database(self, prefix: str = "test") -> str:
        """A new, empty database; its URL."""
        import psycopg

        name = f"{prefix}_{os.getpid()}_{next(self._numbers)}"
        with psycopg.connect(host=str(self.socket_folder), user=ADMIN, dbname="postgres", autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}" {self.copied_from("template0")}')
        return self.url(name)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    binaries = server_binaries()
    if binaries is None:
        pytest.skip(NOT_INSTALLED)
    pytest.importorskip("psycopg", reason="the PostgreSQL driver psycopg is not installed: pip install -e '.[test]'")
    folder = Path(tempfile.mkdtemp(prefix="dossier-desk-pg-"))
    server = PostgresServer(folder, binaries, _run_as())
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        log = folder / "server.log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"the test PostgreSQL server did not start: {exc.stderr!r}\n{detail}") from exc
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> str:
    """The URL of a new, empty database of its own on the test server."""
    return postgres_server.create_database()
