"""Choices of the opendata app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PosterFormat(models.TextChoices):
    A4 = "a4", _("Affiche A4")
    A3 = "a3", _("Affiche A3")
    A5 = "a5", _("Flyer A5")


class Audience(models.TextChoices):
    """The audience codes of the directory (accroche/directory/vocabularies.py AUDIENCES)."""

    JEUNES = "jeunes", _("Jeunes")
    FAMILLES = "familles", _("Parents et familles")
    ECOLES = "ecoles", _("Écoles")
    MEDECINS = "medecins", _("Médecins")
    PROFESSIONNELS = "professionnels", _("Professionnels")


class UploadStatus(models.TextChoices):
    CHECKED = "checked", _("Vérifié (essai)")
    IMPORTED = "imported", _("Importé")
    FAILED = "failed", _("Erreurs")
