"""Agenda: partners propose events, coordinators publish them; documents are Wagtail documents."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from ..choices import EventStatus
from ..models import Event, EventDocument


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
    return event


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
