"""Background tasks (django.tasks): reminders before a validation lapses."""

from django.tasks import task


@task
def send_review_reminder_task(signoff_id: int) -> bool:
    """Sends one reminder to the validators (never twice for the same validation)."""
    from .services import send_review_reminder

    return send_review_reminder(signoff_id=signoff_id)


@task
def review_reminders_daily_task() -> int:
    """The daily run: queue the reminders due, then schedule tomorrow's run."""
    from .services import run_daily

    return run_daily()
