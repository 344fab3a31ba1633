"""Choices of the content app: the four audience doors and the library's vocabularies."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Door(models.TextChoices):
    """The four doors of the home page; each value is the directory audience code it opens on."""

    MEDECINS = "medecins", _("Je suis médecin")
    PROFESSIONNELS = "professionnels", _("Je travaille avec des jeunes")
    FAMILLES = "familles", _("Je suis parent")
    JEUNES = "jeunes", _("Je suis jeune")


class ResourceKind(models.TextChoices):
    AFFICHE = "affiche", _("Affiche")
    FLYER = "flyer", _("Flyer")
    REPERTOIRE = "repertoire", _("Répertoire")
    VIDEO = "video", _("Vidéo ou webinaire")
    FICHE = "fiche", _("Fiche pratique")
    AUTRE = "autre", _("Autre")


class ResourceFormat(models.TextChoices):
    PDF = "pdf", _("PDF à imprimer")
    VIDEO = "video", _("Vidéo en ligne")
    WEB = "web", _("Page web")
    IMAGE = "image", _("Image")
    DOCUMENT = "document", _("Document bureautique")


class Language(models.TextChoices):
    FR = "fr", _("Français")
    DE = "de", _("Allemand")
    NL = "nl", _("Néerlandais")
    EN = "en", _("Anglais")
    FALC = "falc", _("Facile à lire et à comprendre (FALC)")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", _("CC BY 4.0 (réutilisation libre en citant la source)")
    CC_BY_SA = "cc-by-sa-4.0", _("CC BY-SA 4.0 (partage dans les mêmes conditions)")
    CC_BY_NC_ND = "cc-by-nc-nd-4.0", _("CC BY-NC-ND 4.0 (diffusion non commerciale, sans modification)")
    ALL_RIGHTS = "tous-droits", _("Tous droits réservés (diffusion avec l’accord des auteurs)")
    UNKNOWN = "a-verifier", _("Licence à vérifier")
