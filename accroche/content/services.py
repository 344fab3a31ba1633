"""Writes of the content app."""

from django.db import transaction

from .choices import AUDIENCES
from .models import Audience


@transaction.atomic
def ensure_audiences() -> None:
    """Creates or renames the library audiences so they match the directory's audience codes."""
    for position, (code, name) in enumerate(AUDIENCES.items()):
        audience = Audience(code=code, name=str(name), position=position)
        audience.full_clean(validate_unique=False)
        audience.save()
