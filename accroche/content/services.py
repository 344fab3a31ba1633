"""Writes of the content app."""

from django.db import transaction

from accroche.directory.selectors import filter_terms
from accroche.directory.services import taxonomy_ensure_vocabularies

from .models import Audience


@transaction.atomic
def ensure_audiences() -> None:
    """Creates or renames the library audiences so they match the directory's audience terms (TaxonomyTerm)."""
    taxonomy_ensure_vocabularies()  # the network's vocabularies exist even before the directory is imported
    for position, (code, name) in enumerate(filter_terms()["public"].items()):
        audience = Audience(code=code, name=str(name), position=position)
        audience.full_clean(validate_unique=False)
        audience.save()
