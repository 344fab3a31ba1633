"""Background task: the daily harvest of the other instances (re-enqueues itself, decision 0074)."""

from django.tasks import task


@task
def harvest_daily_task() -> list[str]:
    from .services import run_daily

    return run_daily()
