"""Choices shared by the geo and directory apps."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Plateforme(models.TextChoices):
    """The three plateformes Enseignement–Aide à la jeunesse of the province of Liège."""

    LIEGE = "liege", _("Liège")
    VERVIERS = "verviers", _("Verviers")
    HUY_WAREMME = "huy-waremme", _("Huy-Waremme")
