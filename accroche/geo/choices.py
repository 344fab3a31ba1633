"""Choices of the geo app. The plateformes are data (`accroche.geo.models.Plateforme`), never constants."""

from django.db import DatabaseError


def plateforme_choices() -> list[tuple[str, str]]:
    """Returns (slug, name) of every plateforme, in display order: the `choices` of every `plateforme` field.

    A callable, so that models and forms read the plateformes from the database each time. Before the geo tables
    exist (the system checks of the first `migrate`) there are none.
    """
    from .models import Plateforme

    try:
        return list(Plateforme.objects.values_list("slug", "name"))
    except DatabaseError:
        return []
