"""Choices of the opendata app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PosterFormat(models.TextChoices):
    A4 = "a4", _("Affiche A4")
    A3 = "a3", _("Affiche A3")
    A5 = "a5", _("Flyer A5")


def audience_choices() -> list[tuple[str, str]]:
    """The directory's audience terms (TaxonomyTerm), the one source of the « public » values."""
    from accroche.directory.selectors import filter_choices

    return filter_choices("public")


class UploadStatus(models.TextChoices):
    CHECKED = "checked", _("Vérifié (essai)")
    IMPORTED = "imported", _("Importé")
    FAILED = "failed", _("Erreurs")
