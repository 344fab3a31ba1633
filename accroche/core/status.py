"""What the admin shows about the running instance: version and the state of the background task queue."""

import subprocess
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from django.conf import settings
from django.db.models import Count


@lru_cache(maxsize=1)
def app_version() -> str:
    """Returns APP_VERSION, else the git commit of the checkout, else the package version."""
    configured = getattr(settings, "APP_VERSION", "")
    if configured:
        return configured
    try:
        out = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=Path(settings.BASE_DIR),
            capture_output=True,
            text=True,
            timeout=2,
            check=True,
        )
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        try:
            return version("accroche")
        except PackageNotFoundError:
            return "inconnue"


def task_queue_state() -> dict[str, int]:
    """Returns the number of background tasks per status (READY, RUNNING, SUCCESSFUL, FAILED…)."""
    from django_tasks_db.models import DBTaskResult

    return dict(DBTaskResult.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n"))
