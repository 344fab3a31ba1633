"""Reads: the truthful review state of a page or snippet, its public history, and the validations due."""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone

from .choices import REMINDER_DAYS_BEFORE, ReviewState
from .models import ChangeLogEntry, SignOff


@dataclass(frozen=True)
class State:
    """What may be said about the live version: nothing reviewed, reviewed by named people, or validated."""

    kind: str
    signoffs: list = field(default_factory=list)
    validation: SignOff | None = None

    @property
    def is_validated(self) -> bool:
        return self.kind == ReviewState.VALIDATED

    @property
    def reviews(self) -> list:
        """Sign-offs of the steps before the validation (the named reviewers)."""
        return [s for s in self.signoffs if not s.validates]


def _key(obj) -> tuple[ContentType, str]:
    content_type = obj.get_base_content_type() if hasattr(obj, "get_base_content_type") else None
    return content_type or ContentType.objects.get_for_model(obj), str(obj.pk)


def review_state(obj, *, today: datetime.date | None = None) -> State:
    """Returns the state of the live revision: only sign-offs of that very revision count."""
    revision_id = getattr(obj, "live_revision_id", None) or getattr(obj, "latest_revision_id", None)
    if obj.pk is None or revision_id is None:
        return State(kind=ReviewState.SOURCE)
    signoffs = list(SignOff.objects.filter(revision_id=revision_id))
    validation = next((s for s in reversed(signoffs) if s.validates), None)
    if validation is not None:
        today = today or timezone.localdate()
        lapsed = validation.next_review_on is not None and validation.next_review_on < today
        return State(ReviewState.LAPSED if lapsed else ReviewState.VALIDATED, signoffs, validation)
    if signoffs:
        return State(ReviewState.REVIEWED, signoffs)
    return State(ReviewState.SOURCE)


def history_for(obj) -> list[ChangeLogEntry]:
    content_type, object_id = _key(obj)
    return list(ChangeLogEntry.objects.filter(content_type=content_type, object_id=object_id))


def signoffs_for(obj) -> list[SignOff]:
    content_type, object_id = _key(obj)
    return list(SignOff.objects.filter(content_type=content_type, object_id=object_id))


def validations_due(*, today: datetime.date) -> list[SignOff]:
    """Returns the current validations that lapse within the reminder delay and were not reminded yet."""
    horizon = today + datetime.timedelta(days=REMINDER_DAYS_BEFORE)
    candidates = SignOff.objects.filter(
        validates=True, reminder_sent_at__isnull=True, next_review_on__isnull=False, next_review_on__lte=horizon
    )
    due = []
    for signoff in candidates:
        newer = SignOff.objects.filter(
            content_type=signoff.content_type_id, object_id=signoff.object_id, validates=True
        ).filter(Q(signed_at__gt=signoff.signed_at) | Q(signed_at=signoff.signed_at, pk__gt=signoff.pk))
        if not newer.exists():  # a newer validation replaces this one
            due.append(signoff)
    return due


def validator_emails(signoff: SignOff) -> list[str]:
    """Returns the e-mails of the validating group (the administrators when the group is empty)."""
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    names = [name.strip() for name in signoff.group_name.split(",") if name.strip()]
    emails = sorted(set(users.filter(groups__name__in=names).values_list("email", flat=True)))
    return emails or sorted(set(users.filter(is_superuser=True).values_list("email", flat=True)))
