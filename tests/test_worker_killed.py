"""A real task worker killed with SIGKILL in the middle of an invitation e-mail loses nothing (issue 17, item 3).

The real `manage.py db_worker` runs as a subprocess on a file database (a copy of the SQLite test database, or the
CI PostgreSQL test database) with an e-mail backend that blocks inside the send. The test kills it there, runs
`manage.py recover_tasks`, starts a worker again and checks: one e-mail, sent once; `sent_at` written after it;
the lost task marked FAILED and its replacement SUCCESSFUL. Every wait polls a condition with a deadline.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from accroche.directory.models import Organization
from accroche.network.models import Invitation
from accroche.network.tasks import send_invitation_task

ROOT = Path(settings.BASE_DIR)
DEADLINE = 30  # seconds for any one condition


def _wait(condition, what: str, process=None):
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        if condition():
            return
        if process is not None and process.poll() is not None:
            break
        time.sleep(0.05)
    output = process.stdout.read() if process is not None and process.poll() is not None else ""
    raise AssertionError(f"timed out waiting for {what}\n{output}")


class Database:
    """Raw reads of the worker's database: the SQLite file, or the shared PostgreSQL test database."""

    def __init__(self, tmp: Path):
        self.sqlite = connection.vendor == "sqlite"
        if self.sqlite:
            self.path = tmp / "db.sqlite3"
            with sqlite3.connect(self.path) as target:
                connection.connection.backup(target)  # the migrated test database, with the rows made below
            self.env = {"KILL_TEST_DATABASE_URL": f"sqlite:///{self.path}"}
        else:  # DATABASE_URL (CI's PostgreSQL), on the test database pytest-django created
            self.env = {"KILL_TEST_DATABASE_NAME": connection.settings_dict["NAME"]}

    def rows(self, sql: str, params=()):
        if self.sqlite:
            with sqlite3.connect(self.path, timeout=10) as db:
                return db.execute(sql, params).fetchall()
        with connection.cursor() as cursor:
            cursor.execute(sql.replace("?", "%s"), params)
            return cursor.fetchall()


def _finish(process, timeout: float) -> tuple[int, str]:
    """Waits for `process` (killing it past `timeout`, so no test leaves a worker behind); (status, output)."""
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        return -1, f"timed out after {timeout} s\n{output}"
    return process.returncode, output


def _manage(env, *args, **kwargs):
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        **kwargs,
    )


@pytest.mark.django_db(transaction=True)
def test_worker_killed_during_an_invitation_email_sends_it_exactly_once_after_recovery(tmp_path):
    organization = Organization.objects.create(name="Service test", slug="service-test")
    invitation = Invitation.objects.create(
        email="partenaire@example.org", organization=organization, expires_at=timezone.now() + timedelta(days=7)
    )
    DatabaseBackend("default", {}).enqueue(send_invitation_task, (invitation.pk,), {})
    database = Database(tmp_path)
    (tmp_path / "mail").mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.worker.settings",
        "KILL_TEST_DIR": str(tmp_path),
        **database.env,
        "PYTHONPATH": str(ROOT),
    }
    invitations = Invitation._meta.db_table
    tasks = DBTaskResult._meta.db_table

    def statuses():
        return sorted(status for (status,) in database.rows(f"SELECT status FROM {tasks}"))

    def sent_and_claimed():
        return database.rows(f"SELECT sent_at, claimed_at FROM {invitations} WHERE id = ?", (invitation.pk,))[0]

    # 1. The real worker takes the task and blocks inside the send: then SIGKILL.
    worker = _manage(env, "db_worker", "--queue-name", "*", "--no-startup-delay", "--interval", "0.1")
    try:
        _wait(lambda: (tmp_path / "sending").exists(), "the worker to start sending", worker)
        assert statuses() == ["RUNNING"]
        sent_at, claimed_at = sent_and_claimed()
        assert claimed_at is not None and sent_at is None  # claimed, not marked sent before sending
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=DEADLINE)
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    assert worker.returncode == -signal.SIGKILL
    assert not any((tmp_path / "mail").iterdir())  # nothing was sent
    assert statuses() == ["RUNNING"] and sent_and_claimed()[0] is None  # what a dead worker leaves behind

    # 2. Recovery, then a new worker that drains the queue (the send is no longer held).
    status, output = _finish(_manage(env, "recover_tasks"), DEADLINE * 2)
    assert status == 0, output
    (tmp_path / "release").touch()
    drain = _manage(env, "db_worker", "--queue-name", "*", "--no-startup-delay", "--batch")
    status, output = _finish(drain, DEADLINE * 2)
    assert status == 0, output

    # 3. One e-mail, written before sent_at; the lost task FAILED, its replacement(s) SUCCESSFUL.
    files = list((tmp_path / "mail").iterdir())
    text = "".join(f.read_text() for f in files)
    assert text.count("To: partenaire@example.org") == 1
    assert "/espace-partenaires/invitation/" in text
    sent_at = sent_and_claimed()[0]
    assert sent_at is not None
    if isinstance(sent_at, str):
        sent_at = datetime.fromisoformat(sent_at)
    if sent_at.tzinfo is None:
        sent_at = sent_at.replace(tzinfo=UTC)
    written = datetime.fromtimestamp(max(f.stat().st_mtime for f in files), tz=UTC)
    assert sent_at >= written - timedelta(seconds=1)  # mtime granularity; sent_at comes after the write
    final = statuses()
    assert final.count("FAILED") == 1 and "RUNNING" not in final and "READY" not in final
    assert final.count("SUCCESSFUL") >= 1
