"""Settings of the real worker started by tests/test_worker_killed.py: the test's database (a SQLite file copied
from the test database, or the CI PostgreSQL test database), the database task backend, and an e-mail backend that
writes files and blocks until the test lets it."""

import os
from pathlib import Path

from accroche.settings.test import *  # noqa: F403
from accroche.settings.test import env

KILL_TEST_DIR = Path(os.environ["KILL_TEST_DIR"])
if os.environ.get("KILL_TEST_DATABASE_URL"):  # the SQLite file copied from the test database
    DATABASES = {"default": env.db("KILL_TEST_DATABASE_URL")}
else:  # DATABASE_URL's server (CI's PostgreSQL), on the test database pytest-django created
    DATABASES = {"default": {**env.db("DATABASE_URL"), "NAME": os.environ["KILL_TEST_DATABASE_NAME"]}}
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "tests.worker.blocking_email.EmailBackend"
EMAIL_FILE_PATH = KILL_TEST_DIR / "mail"
# A task is stale, an invitation claim expired, as soon as its worker is gone (the test kills it first).
TASK_STALE_AFTER_SECONDS = 0
TASK_CLAIM_SECONDS = 0
