"""Who's who: each person writes, updates or removes their own entry, listed only with consent."""

from django.db import transaction
from django.utils import timezone

from ..models import WhosWhoEntry


@transaction.atomic
def whoswho_save(*, user, organization, data: dict, consent: bool, entry: WhosWhoEntry | None = None) -> WhosWhoEntry:
    """Creates or updates the user's entry; without consent the entry is kept unlisted."""
    entry = entry or WhosWhoEntry(user=user, organization=organization)
    for key, value in data.items():
        setattr(entry, key, value)
    if consent and entry.consent_given_at is None:
        entry.consent_given_at = timezone.now()
    if not consent:
        entry.consent_given_at = None
    entry.full_clean()
    entry.save()
    return entry


@transaction.atomic
def whoswho_delete(*, entry: WhosWhoEntry) -> None:
    """Removes the entry entirely (the person withdraws)."""
    entry.delete()
