"""Freshness: reminders to partners, escalation to coordinators, optional hiding, one-click confirmation.

Idempotency (decision 0073): one reminder row per listing and verification cycle (unique constraint); a task claims
a row before sending and records sent_at after; the daily run re-queues rows claimed but never sent (worker crash).
"""

import logging
from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accroche.directory.services import directory_batch, service_mark_verified, services_hide

from .. import conf
from ..emails import send_templated
from ..models import FreshnessReminder, PartnerMembership
from ..selectors import coordinator_emails, partner_emails, reference_date, stale_services
from ..tokens import CONFIRM_SALT, BadToken, make_token, read_token
from .scheduling import daily_job_started, schedule_daily_job

logger = logging.getLogger(__name__)
CLAIM_TIMEOUT = timedelta(hours=1)
DAILY_JOB = "freshness-daily"
DAILY_HOUR = 6


def confirm_token(reminder: FreshnessReminder) -> str:
    return make_token(salt=CONFIRM_SALT, pk=reminder.pk, nonce=reminder.reference_date.isoformat())


def freshness_run(*, now: datetime | None = None) -> dict:
    """Creates due reminders, queues their e-mails, escalates unanswered ones, hides if configured."""
    from ..tasks import escalate_reminder_task, send_reminder_task

    now = now or timezone.now()
    today = timezone.localdate(now)
    counts = {"created": 0, "queued": 0, "escalated": 0, "hidden": 0}
    partnered = PartnerMembership.objects.values("organization_id")
    due = list(stale_services(today).filter(organization_id__in=partnered).only("id", "assured_date", "created_at"))
    existing = set(
        FreshnessReminder.objects.filter(service__in=[s.pk for s in due]).values_list("service_id", "reference_date")
    )
    for service in due:
        if (service.pk, reference_date(service)) in existing:
            continue
        try:
            with transaction.atomic():
                _reminder, created = FreshnessReminder.objects.get_or_create(
                    service=service, reference_date=reference_date(service)
                )
        except IntegrityError:  # created concurrently by another run
            created = False
        counts["created"] += int(created)
    to_send = (
        _current()
        .filter(sent_at__isnull=True, confirmed_at__isnull=True)
        .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - CLAIM_TIMEOUT))
    )
    for reminder_id in to_send.values_list("pk", flat=True):
        send_reminder_task.enqueue(reminder_id)
        counts["queued"] += 1
    to_escalate = (
        _unanswered(now - timedelta(days=conf.escalate_after_days()))
        .filter(escalated_at__isnull=True)
        .filter(Q(escalation_claimed_at__isnull=True) | Q(escalation_claimed_at__lt=now - CLAIM_TIMEOUT))
    )
    for reminder_id in to_escalate.values_list("pk", flat=True):
        escalate_reminder_task.enqueue(reminder_id)
        counts["escalated"] += 1
    if conf.hide_after_months() > 0:
        counts["hidden"] = _hide_unconfirmed(now)
    logger.info("freshness run: %s", counts)
    return counts


def _current():
    """Reminders whose listing was not verified since they were created (others are obsolete)."""
    return FreshnessReminder.objects.filter(
        Q(service__assured_date__isnull=True) | Q(service__assured_date__lte=F("reference_date"))
    )


def _unanswered(sent_before: datetime):
    """Current reminders sent before this moment and not confirmed."""
    return _current().filter(sent_at__lte=sent_before, confirmed_at__isnull=True)


@transaction.atomic
def _hide_unconfirmed(now: datetime) -> int:
    cutoff = timezone.localdate(now) - relativedelta(months=conf.hide_after_months())
    hidden = 0
    rows = (
        _unanswered(now)
        .filter(hidden_at__isnull=True, reference_date__lte=cutoff, service__hidden_at__isnull=True)
        .select_related("service")
    )
    with directory_batch():  # one version bump and one re-indexing for the whole run
        for reminder in rows:
            services_hide(service_ids=[reminder.service_id], at=now)
            reminder.hidden_at = now
            reminder.save(update_fields=["hidden_at"])
            hidden += 1
    return hidden


def _claim(reminder_id: int, field: str, done_field: str) -> FreshnessReminder | None:
    now = timezone.now()
    with transaction.atomic():
        reminder = (
            FreshnessReminder.objects.select_for_update(of=("self",))
            .select_related("service__organization")
            .filter(pk=reminder_id)
            .first()
        )
        if reminder is None or getattr(reminder, done_field) or reminder.confirmed_at:
            return None
        if not _current().filter(pk=reminder.pk).exists():
            return None  # verified since: nothing to remind
        claimed = getattr(reminder, field)
        if claimed and claimed > now - CLAIM_TIMEOUT:
            return None  # another worker is sending it right now
        setattr(reminder, field, now)
        reminder.save(update_fields=[field])
    return reminder


def reminder_send(*, reminder_id: int) -> bool:
    """Sends the reminder to the organization's partner editors; never twice."""
    reminder = _claim(reminder_id, "claimed_at", "sent_at")
    if reminder is None:
        return False
    service = reminder.service
    recipients = partner_emails(service.organization_id)
    send_templated(
        template="reminder",
        to=recipients,
        context={
            "service": service,
            "reminder": reminder,
            "days": conf.confirm_link_days(),
            "confirm_path": reverse("network:confirm", args=[confirm_token(reminder)]),
            "edit_path": reverse("network:service_edit", args=[service.pk]),
        },
    )
    FreshnessReminder.objects.filter(pk=reminder.pk).update(sent_at=timezone.now(), recipients=", ".join(recipients))
    return True


def reminder_escalate(*, reminder_id: int) -> bool:
    """Tells the plateforme's coordinators that a partner did not answer; never twice."""
    reminder = _claim(reminder_id, "escalation_claimed_at", "escalated_at")
    if reminder is None:
        return False
    service = reminder.service
    send_templated(
        template="escalation",
        to=coordinator_emails(service.plateforme),
        context={
            "service": service,
            "reminder": reminder,
            "dashboard_path": reverse("network:stale_list"),
        },
    )
    FreshnessReminder.objects.filter(pk=reminder.pk).update(escalated_at=timezone.now())
    return True


def reminder_from_token(token: str) -> FreshnessReminder:
    """Returns the reminder of a « toujours exact » link; raises BadToken when invalid or expired."""
    pk, nonce = read_token(salt=CONFIRM_SALT, token=token, max_age_days=conf.confirm_link_days())
    reminder = FreshnessReminder.objects.select_related("service__organization").filter(pk=pk).first()
    if reminder is None or reminder.reference_date.isoformat() != nonce:
        raise BadToken()
    return reminder


@transaction.atomic
def reminder_confirm(*, reminder: FreshnessReminder) -> FreshnessReminder:
    """Uses the one-click link once: the listing is verified today (and shown again if it was hidden)."""
    reminder = FreshnessReminder.objects.select_for_update(of=("self",)).select_related("service").get(pk=reminder.pk)
    if reminder.confirmed_at is not None:
        raise ValidationError(_("Ce lien a déjà été utilisé."))
    by_email = reminder.recipients.split(",")[0].strip() if reminder.recipients else ""
    service_mark_verified(service=reminder.service, by_email=by_email)
    reminder.confirmed_at = timezone.now()
    reminder.confirmed_by_email = by_email
    reminder.save(update_fields=["confirmed_at", "confirmed_by_email"])
    return reminder


def schedule_daily(*, now: datetime | None = None) -> datetime | None:
    """Queues the next daily run once (None when the task backend cannot defer, e.g. in tests)."""
    from ..tasks import freshness_daily_task

    return schedule_daily_job(name=DAILY_JOB, task=freshness_daily_task, hour=DAILY_HOUR, now=now)


def run_daily() -> dict:
    """Body of the daily task: run once, then schedule tomorrow's run."""
    now = daily_job_started(name=DAILY_JOB)
    counts = freshness_run(now=now)
    counts.update(daily_housekeeping(now=now))
    schedule_daily(now=now)
    return counts


def daily_housekeeping(*, now: datetime) -> dict:
    """Recovery of work lost by a dead worker and the retention purges (docs/privacy.md), once a day."""
    from accroche.core.retention import apply_retention
    from accroche.core.tasks_recovery import recover_stale_tasks

    from .accounts import recover_invitations

    return {
        "recovered_tasks": recover_stale_tasks(now=now),
        "recovered_invitations": recover_invitations(now=now),
        "purged": apply_retention(now=now),
    }
