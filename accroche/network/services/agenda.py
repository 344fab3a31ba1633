"""Agenda: partners propose events, coordinators publish them; documents are Wagtail documents."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from ..choices import EventStatus
from ..emails import send_templated
from ..models import Event, EventDocument
from ..selectors import coordinator_emails


def _unique_slug(title: str, starts_at) -> str:
    base = slugify(f"{title} {timezone.localtime(starts_at):%Y-%m-%d}")[:100] or "evenement"
    slug, n = base, 2
    while Event.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def event_propose(*, data: dict, user, publish: bool = False) -> Event:
    """Records an event proposal (coordinators may publish it at once)."""
    event = Event(**data, proposed_by=user)
    event.slug = _unique_slug(event.title, event.starts_at)
    if publish:
        event.status = EventStatus.PUBLISHED
        event.reviewed_by, event.reviewed_at = user, timezone.now()
    event.full_clean()
    event.save()
    if not publish:
        _notify(event)
    return event


def _notify(event: Event) -> None:
    from ..tasks import notify_event_task

    notify_event_task.enqueue(str(event.pk))


def notify_event(*, event_id: str) -> int:
    """E-mails the coordinators of a proposed event, or its proposer once it is published or refused."""
    event = Event.objects.select_related("proposed_by").filter(pk=event_id).first()
    if event is None:
        return 0
    if event.status == EventStatus.PROPOSED:
        return send_templated(
            template="event_proposed", to=coordinator_emails(event.plateforme), context={"event": event}
        )
    if event.proposed_by and event.proposed_by.email and event.proposed_by != event.reviewed_by:
        return send_templated(template="event_decision", to=[event.proposed_by.email], context={"event": event})
    return 0


@transaction.atomic
def event_review(*, event: Event, reviewer, publish: bool, comment: str = "") -> Event:
    """Publishes or refuses a proposed event."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event.status != EventStatus.PROPOSED:
        raise ValidationError(_("Cet événement a déjà été traité."))
    event.status = EventStatus.PUBLISHED if publish else EventStatus.REJECTED
    event.reviewed_by, event.reviewed_at, event.review_comment = reviewer, timezone.now(), comment.strip()
    event.full_clean()
    event.save()
    _notify(event)
    return event


@transaction.atomic
def event_add_document(*, event: Event, title: str, file, user) -> EventDocument:
    """Stores a file as a Wagtail document and attaches it to the event."""
    document = get_document_model()(title=title, file=file, uploaded_by_user=user)
    document.full_clean()
    document.save()
    attached = EventDocument(event=event, title=title, document=document)
    attached.full_clean()
    attached.save()
    return attached
