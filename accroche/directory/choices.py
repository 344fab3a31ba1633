"""Choices of the directory: the field's own facts, exported as HSDS attributes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Line(models.TextChoices):
    FIRST = "premiere_ligne", _("Première ligne")
    SECOND = "deuxieme_ligne", _("Deuxième ligne")
    MIXED = "mixte", _("Première et deuxième ligne")


class Tristate(models.TextChoices):
    YES = "oui", _("Oui")
    NO = "non", _("Non")
    PARTIAL = "partiel", _("Partiellement")
    UNKNOWN = "inconnu", _("Non précisé")


class Mandate(models.TextChoices):
    FREE_ACCESS = "libre_acces", _("Libre accès (sans mandat)")
    CONSENTED = "aide_consentie", _("Aide consentie (avec accord de la famille)")
    CONSTRAINED = "aide_contrainte", _("Aide contrainte (sur décision judiciaire)")
    MIXED = "mixte", _("Selon la situation")
    UNKNOWN = "inconnu", _("Non précisé")


class Scope(models.TextChoices):
    LOCAL = "local", _("Local")
    PLATEFORME = "plateforme", _("Toute la plateforme")
    PROVINCE = "province", _("Toute la province")
    FWB = "fwb", _("Toute la Fédération Wallonie-Bruxelles")


class Confidence(models.TextChoices):
    HIGH = "high", _("Élevée (source officielle ou site du service)")
    MEDIUM = "medium", _("Moyenne (source secondaire)")
    LOW = "low", _("Faible")


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", _("Actif")
    INACTIVE = "inactive", _("Inactif")
    DEFUNCT = "defunct", _("Disparu")
    TEMPORARILY_CLOSED = "temporarily closed", _("Temporairement fermé")


class GeoPrecision(models.TextChoices):
    ADDRESS = "adresse", _("Adresse")
    POSTAL_CODE = "localite", _("Code postal (position approximative)")
    COMMUNE = "commune", _("Commune (position approximative)")
    NONE = "", _("Aucune")


class LocationType(models.TextChoices):
    PHYSICAL = "physical", _("Lieu physique")
    POSTAL = "postal", _("Adresse postale")
    VIRTUAL = "virtual", _("En ligne / par téléphone")


class PhoneType(models.TextChoices):
    VOICE = "voice", _("Téléphone")
    FAX = "fax", _("Fax")
    CELL = "cell", _("GSM")
    TEXT = "text", _("SMS")
    HOTLINE = "hotline", _("Ligne d'écoute")


class Weekday(models.TextChoices):
    MO = "MO", _("lundi")
    TU = "TU", _("mardi")
    WE = "WE", _("mercredi")
    TH = "TH", _("jeudi")
    FR = "FR", _("vendredi")
    SA = "SA", _("samedi")
    SU = "SU", _("dimanche")


class Vocabulary(models.TextChoices):
    """The controlled vocabularies (HSDS taxonomies) of the network."""

    SERVICE_TYPE = "types-de-service", _("Types de service")
    NEED = "besoins", _("Besoins et problématiques")
    AUDIENCE = "publics", _("Publics")
