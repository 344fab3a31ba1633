"""Background tasks (django.tasks): every e-mail of the network is sent here, by the worker."""

from django.tasks import task


@task
def send_invitation_task(invitation_id: int) -> bool:
    """Sends an invitation e-mail (once)."""
    from .services.accounts import invitation_send

    return invitation_send(invitation_id=invitation_id)


@task
def notify_coordinators_task(change_request_id: int) -> int:
    """Tells the coordinators that a change request or report awaits them."""
    from .services.moderation import notify_coordinators

    return notify_coordinators(change_request_id=change_request_id)


@task
def notify_decision_task(change_request_id: int) -> int:
    """Tells the partner (or the reporter who left an e-mail) about the coordinator's decision."""
    from .services.moderation import notify_decision

    return notify_decision(change_request_id=change_request_id)


@task
def send_reminder_task(reminder_id: int) -> bool:
    """Sends one freshness reminder to the partner (never twice)."""
    from .services.freshness import reminder_send

    return reminder_send(reminder_id=reminder_id)


@task
def escalate_reminder_task(reminder_id: int) -> bool:
    """Tells the coordinators that a reminder got no answer (never twice)."""
    from .services.freshness import reminder_escalate

    return reminder_escalate(reminder_id=reminder_id)


@task
def freshness_daily_task() -> dict:
    """The daily freshness run; schedules the next one (see decision 0074)."""
    from .services.freshness import run_daily

    return run_daily()


@task
def notify_event_task(event_id: str) -> int:
    """Tells the coordinators about a proposed event, or the proposer about the decision."""
    from .services.agenda import notify_event

    return notify_event(event_id=event_id)
