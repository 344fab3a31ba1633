"""Recovery of background tasks left RUNNING by a worker that died (killed, out of memory, machine restarted).

django-tasks-db marks a task RUNNING when a worker takes it and never looks at it again if that worker dies. Past
TASK_STALE_AFTER (well beyond any task's duration), such a row is marked FAILED and the same task is enqueued again.
Every task of the project is idempotent (it claims its work with an expiry and marks it done after the side effect),
so running one twice sends nothing twice. Called by `manage.py recover_tasks` and by the worker's daily run.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.tasks import TaskResultStatus
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


def stale_after() -> timedelta:
    return timedelta(seconds=getattr(settings, "TASK_STALE_AFTER_SECONDS", 30 * 60))


def recover_stale_tasks(*, now=None) -> int:
    """Re-enqueues the tasks RUNNING for longer than TASK_STALE_AFTER_SECONDS; returns how many."""
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    recovered = 0
    stale = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=now - stale_after())
    for row_id in stale.values_list("id", flat=True):
        with transaction.atomic():
            row = (
                DBTaskResult.objects.select_for_update()
                .filter(id=row_id, status=TaskResultStatus.RUNNING, started_at__lt=now - stale_after())
                .first()
            )
            if row is None:
                continue
            row.status = TaskResultStatus.FAILED
            row.finished_at = now
            row.exception_class_path = "accroche.core.tasks_recovery.WorkerLost"
            row.traceback = "Le worker s’est arrêté pendant la tâche ; elle a été remise en file."
            row.save(update_fields=["status", "finished_at", "exception_class_path", "traceback"])
            task = import_string(row.task_path)
            task.using(queue_name=row.queue_name, priority=row.priority).enqueue(
                *row.args_kwargs.get("args", []), **row.args_kwargs.get("kwargs", {})
            )
        logger.warning("task recovered after a lost worker: %s", row.task_path)
        recovered += 1
    return recovered


class WorkerLost(Exception):
    """The worker running the task disappeared (recorded on the recovered row)."""
