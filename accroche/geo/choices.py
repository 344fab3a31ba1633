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


class VisitorPlace:
    """What the home page's « Votre plateforme » section knows of the visitor's place (decision 0200)."""

    NONE = ""  # nothing typed
    FOUND = "plateforme"  # the commune belongs to a plateforme: it comes first
    OUTSIDE = "hors-plateformes"  # a Belgian commune outside every plateforme: the whole territory
    UNKNOWN = "inconnu"  # not a commune nor a postal code we know


VISITOR_PLACE_MAX_LENGTH = 100
