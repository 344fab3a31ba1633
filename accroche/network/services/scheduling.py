"""Daily jobs run by the task worker (decision 0074): one ScheduledJob row per job, queued once per day."""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone


def next_daily_run(now: datetime, *, hour: int, minute: int = 0) -> datetime:
    """Returns the next local hour:minute strictly after `now`."""
    local = timezone.localtime(now)
    candidate = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if candidate <= local:
        candidate += timedelta(days=1)
    return candidate


@transaction.atomic
def schedule_daily_job(*, name: str, task, hour: int, minute: int = 0, now: datetime | None = None) -> datetime | None:
    """Queues the next run of a daily job once (None when the task backend cannot defer, e.g. in tests)."""
    from django.tasks import default_task_backend

    from ..models import ScheduledJob

    now = now or timezone.now()
    if not default_task_backend.supports_defer:
        return None
    job, _created = ScheduledJob.objects.select_for_update().get_or_create(name=name)
    if job.scheduled_for and job.scheduled_for > now:
        return job.scheduled_for
    job.scheduled_for = next_daily_run(now, hour=hour, minute=minute)
    job.save(update_fields=["scheduled_for"])
    task.using(run_after=job.scheduled_for).enqueue()
    return job.scheduled_for


@transaction.atomic
def daily_job_started(*, name: str, now: datetime | None = None) -> datetime:
    """Marks a daily job as running now (its next run is no longer queued); returns that moment."""
    from ..models import ScheduledJob

    now = now or timezone.now()
    job, _created = ScheduledJob.objects.select_for_update().get_or_create(name=name)
    job.scheduled_for = None
    job.last_run_at = now
    job.save(update_fields=["scheduled_for", "last_run_at"])
    return now
