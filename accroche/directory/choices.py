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
    FACT = "faits-du-service", _("Faits du service (attributs HSDS)")


# The URL filter of each thematic vocabulary (/annuaire/, /carte/, the API, exports, pathway blocks).
FILTER_VOCABULARIES = {"type": Vocabulary.SERVICE_TYPE, "besoin": Vocabulary.NEED, "public": Vocabulary.AUDIENCE}


# A verification older than this is shown as "à revérifier" on the public page.
VERIFICATION_MAX_AGE_DAYS = 365


class VerificationMethod(models.TextChoices):
    """Who confirmed a listing (« vérifié » means the service itself confirmed, directly or when asked)."""

    SERVICE = "service", _("Confirmée par le service")
    COORDINATION = "coordination", _("Vérifiée par la coordination auprès du service")


class Verification(models.TextChoices):
    VERIFIED = "verified", _("Vérifié")
    STALE = "stale", _("À revérifier")
    UNVERIFIED = "unverified", _("À vérifier")


# Plain-French explanations shown on the service page (sources: ../shared/reference/glossaire.md, domain-facts.md §2).
MANDATE_EXPLANATIONS = {
    Mandate.FREE_ACCESS: _(
        "Vous pouvez contacter ce service directement, de vous-même : personne ne doit vous y "
        "envoyer et aucune décision d'une autorité n'est nécessaire."
    ),
    Mandate.CONSENTED: _("L'aide est proposée et discutée avec la famille : rien n'est décidé sans son accord."),
    Mandate.CONSTRAINED: _(
        "Le service intervient sur décision du tribunal de la jeunesse : l'aide est imposée, "
        "la famille ne la choisit pas."
    ),
    Mandate.MIXED: _("Selon la situation, le service intervient à votre demande ou sur décision d'une autorité."),
    Mandate.UNKNOWN: _("Non précisé : demandez au service comment s'y adresser."),
}
LINE_EXPLANATIONS = {
    Line.FIRST: _("Service de première ligne : accessible à tous, sans devoir être orienté par un autre service."),
    Line.SECOND: _(
        "Service de deuxième ligne : service spécialisé ou d'appui, on y arrive souvent orienté par un "
        "service de première ligne."
    ),
    Line.MIXED: _("Service de première et de deuxième ligne : accessible directement et aussi sur orientation."),
}
