"""Writes of the review workflow: sign-offs, the public history, reminders and the workflows themselves."""

import datetime
import logging

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Workflow, WorkflowContentType, WorkflowPage, WorkflowTask

from .choices import (
    DAILY_JOB,
    GROUP_LEGAL,
    GROUP_MEDICAL,
    GROUP_NETWORK,
    PATHWAY_TASKS,
    RULES_TASKS,
    WORKFLOW_PATHWAYS,
    WORKFLOW_RULES,
)
from .models import ChangeLogEntry, ReviewerProfile, SignOff, SignOffTask
from .selectors import _key, signoffs_for, validations_due, validator_emails

logger = logging.getLogger(__name__)


@transaction.atomic
def record_signoff(*, task_state, task: SignOffTask, user, data: dict) -> SignOff:
    """Records a named sign-off of the current step, then approves it (the last step publishes)."""
    workflow_state = task_state.workflow_state
    obj = workflow_state.content_object
    name = (data.get("reviewer_name") or user.get_full_name()).strip()
    profile = ReviewerProfile.objects.filter(user=user).first()
    role = (data.get("role") or getattr(profile, "role", "")).strip()
    organisation = (data.get("organisation") or getattr(profile, "organisation", "")).strip()
    comment = (data.get("comment") or "").strip()
    if not (name and role and organisation and comment):
        raise ValueError("a sign-off needs a name, a role, an organisation and a comment")
    ReviewerProfile.objects.update_or_create(user=user, defaults={"role": role, "organisation": organisation})
    today = timezone.localdate()
    months = int(data.get("validity_months") or task.validity_months)
    signoff = SignOff.objects.create(
        content_type=workflow_state.base_content_type,
        object_id=workflow_state.object_id,
        revision=task_state.revision,
        step=task.step,
        group_name=", ".join(task.groups.order_by("name").values_list("name", flat=True)),
        reviewer=user,
        reviewer_name=name,
        role=role,
        organisation=organisation,
        comment=comment,
        validates=task.validates,
        next_review_on=add_months(today, months) if task.validates else None,
    )
    if task.validates:
        roles = "; ".join(
            f"{s.get_step_display()} : {s.role}"
            for s in signoffs_for(obj)
            if s.revision_id == task_state.revision_id or s.pk == signoff.pk
        )
        history_add(obj=obj, what=data.get("what_changed", ""), why=data.get("why", ""), roles=roles, date=today)
    task_state.approve(user=user, comment=comment)
    return signoff


def add_months(day: datetime.date, months: int) -> datetime.date:
    """Returns the same day `months` later (the last day of the month when it does not exist)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=candidate)
        except ValueError:
            continue
    raise ValueError(day)


def history_add(*, obj, what: str, why: str, roles: str, date: datetime.date | None = None) -> ChangeLogEntry:
    """Adds one public line to the history of a page or snippet."""
    content_type, object_id = _key(obj)
    return ChangeLogEntry.objects.create(
        content_type=content_type,
        object_id=object_id,
        date=date or timezone.localdate(),
        what=what.strip(),
        why=why.strip(),
        roles=roles.strip(),
    )


def on_workflow_approved(*, workflow_state, user) -> None:
    """Lets the object react to its validation (pathways keep their « validé » status in step)."""
    obj = workflow_state.content_object
    hook = getattr(obj, "on_review_validated", None)
    if hook is not None:
        hook(user=user)


def send_review_reminder(*, signoff_id: int) -> bool:
    """Reminds the validators once that a validation lapses soon; returns False if already sent."""
    with transaction.atomic():
        claimed = SignOff.objects.filter(pk=signoff_id, reminder_sent_at__isnull=True).update(
            reminder_sent_at=timezone.now()
        )
        if not claimed:
            return False
        signoff = SignOff.objects.get(pk=signoff_id)
        obj = signoff.content_type.get_object_for_this_type(pk=signoff.object_id)
        obj = getattr(obj, "specific", obj)
        to = validator_emails(signoff)
        title = str(getattr(obj, "title", obj))
        subject = _("À relire avant le %(date)s : %(title)s") % {
            "date": f"{signoff.next_review_on:%d/%m/%Y}",
            "title": title,
        }
        body = _(
            "Bonjour,\n\n« %(title)s » a été validé le %(signed)s par %(name)s (%(role)s, %(organisation)s). "
            "Cette validation arrive à échéance le %(date)s.\n\nMerci de lancer une nouvelle relecture dans "
            "l’administration du site : %(url)s\n\nSans relecture d’ici là, la page indiquera que la validation est "
            "échue.\n"
        ) % {
            "title": title,
            "signed": f"{timezone.localtime(signoff.signed_at):%d/%m/%Y}",
            "name": signoff.reviewer_name,
            "role": signoff.role,
            "organisation": signoff.organisation,
            "date": f"{signoff.next_review_on:%d/%m/%Y}",
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home"),
        }
        if to:
            send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to, fail_silently=False)
        logger.info("review reminder %s sent to %d recipient(s)", signoff_id, len(to))
    return True


def remind_due(*, today: datetime.date | None = None) -> int:
    """Queues one reminder per validation that lapses within the delay (idempotent)."""
    from .tasks import send_review_reminder_task

    today = today or timezone.localdate()
    due = validations_due(today=today)
    for signoff in due:
        send_review_reminder_task.enqueue(signoff.pk)
    return len(due)


def run_daily() -> int:
    """Body of the daily task: remind, then schedule tomorrow's run (same pattern as decision 0074)."""
    from accroche.network.services.scheduling import daily_job_started

    daily_job_started(name=DAILY_JOB)
    count = remind_due()
    schedule_daily()
    return count


def schedule_daily(*, now: datetime.datetime | None = None) -> datetime.datetime | None:
    """Queues the next daily run once (None when the task backend cannot defer, e.g. in tests)."""
    from accroche.network.services.scheduling import schedule_daily_job

    from .tasks import review_reminders_daily_task

    return schedule_daily_job(name=DAILY_JOB, task=review_reminders_daily_task, hour=6, minute=30, now=now)


def _group(name: str, permissions: list[tuple[str, str]]) -> Group:
    group, _created = Group.objects.get_or_create(name=name)
    for app_label, codename in permissions:
        permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
        if permission is not None:
            group.permissions.add(permission)
    return group


def _workflow(name: str, tasks: list) -> Workflow:
    workflow, _created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    if workflow.workflow_tasks.exists():
        return workflow  # never rebuild a workflow an administrator may have changed
    for order, (step, task_name, group_name, validates) in enumerate(tasks):
        task = SignOffTask.objects.filter(name=task_name).first()
        if task is None:
            task = SignOffTask.objects.create(name=task_name, step=step, validates=validates)
            task.groups.set([Group.objects.get(name=group_name)])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


@transaction.atomic
def ensure_review_workflows(*, rules_pages=()) -> dict:
    """Creates the reviewers' groups, the sign-off tasks and the two workflows (idempotent)."""
    from wagtail.models import GroupPagePermission

    from accroche.orientation.models import Pathway

    admin = [("wagtailadmin", "access_admin")]
    pathway_edit = [("orientation", "change_pathway"), ("orientation", "view_pathway")]
    _group(GROUP_MEDICAL, admin + pathway_edit)
    _group(GROUP_NETWORK, admin + pathway_edit + [("orientation", "publish_pathway")])
    legal = _group(GROUP_LEGAL, admin)
    pathways = _workflow(WORKFLOW_PATHWAYS, PATHWAY_TASKS)
    WorkflowContentType.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Pathway), defaults={"workflow": pathways}
    )
    rules = _workflow(WORKFLOW_RULES, RULES_TASKS)
    # The last step publishes: the legal reviewers may edit and publish the rules pages, nothing else.
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=["change_page", "publish_page"]
    )
    for page in rules_pages:
        WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": rules})
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=legal, page=page, permission=permission)
    return {"pathways": pathways, "rules": rules}
