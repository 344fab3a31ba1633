# ruff: noqa: E501  (French prose: lines wrap where the sentence reads best)
"""Constants and choices of the orientation pathways."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NodeKind(models.TextChoices):
    QUESTION = "question", _("Question")
    INFORMATION = "information", _("Étape d'information")
    OUTCOME = "outcome", _("Issue")


class Audience(models.TextChoices):
    DOCTORS = "medecins", _("Médecins")
    FAMILIES = "familles", _("Parents et familles")
    PROFESSIONALS = "professionnels", _("Professionnels (école, CPMS, jeunesse)")
    YOUTH = "jeunes", _("Jeunes (12-18 ans)")


# Audiences that read plain words: no inline source markers in their running text (the « Sources » list stays).
PLAIN_AUDIENCES = {Audience.FAMILIES, Audience.YOUTH}


class Emergency(models.TextChoices):
    """Which situation orders the emergency block of an outcome (decision 0103)."""

    NONE = "", _("Aucune")
    SUICIDE = "suicide", _("Risque suicidaire : la ligne de prévention du suicide d'abord")
    MALTREATMENT = "maltraitance", _("Maltraitance : le 103 et SOS Enfants d'abord")


class Sheet(models.TextChoices):
    """The printable sheets of an outcome."""

    FAMILY = "famille", _("Fiche pour la famille")
    PROFESSIONAL = "pro", _("Fiche pour le professionnel")
    YOUTH = "jeune", _("Fiche pour le jeune")


# Plateform codes of the statistics beyond the plateformes (accroche.geo.models.Plateforme).
STATS_UNKNOWN = "inconnue"  # no postal code given, or not recognised
STATS_OUTSIDE = "hors-province"  # a Belgian postal code outside every plateforme of the instance

# Emergency numbers shown first on urgent outcomes are data (accroche.geo.models.EmergencyNumber) — source [S20].
EMERGENCY_SOURCE_URL = "https://www.pfrcc.be/urgences-et-crises/"
# Fallback labels when the territory's table (accroche.geo.models.EmergencyNumber) lacks a number; the table wins.
EMERGENCY = {
    "112": ("112", _("Urgence médicale (ambulance, pompiers) — danger immédiat"), "tel:112"),
    "0800": ("0800 32 123", _("Centre de prévention du suicide — gratuit, anonyme, 24 h/24"), "tel:080032123"),
    "103": (
        "103",
        _("Écoute-Enfants — pour les enfants, les jeunes et les adultes inquiets, gratuit et anonyme"),
        "tel:103",
    ),
    "107": ("107", _("Télé-Accueil — écoute par téléphone"), "tel:107"),
    "101": ("101", _("Police"), "tel:101"),
}
# The order of the emergency block per situation (issue 13: 103 first for maltreatment, the suicide line first for
# suicide risk). SOS Enfants is a directory kind, shown right after 103 (see selectors.emergency_block).
EMERGENCY_ORDER = {
    Emergency.NONE: ["112", "0800", "103", "107", "101"],
    Emergency.SUICIDE: ["0800", "112", "103", "107"],
    Emergency.MALTREATMENT: ["103", "112", "101"],
}
EMERGENCY_NUMBERS = [EMERGENCY[k] for k in EMERGENCY_ORDER[Emergency.NONE]]

MAX_STEPS = 60  # longest path accepted in a URL (protects the server from absurd links)
MAX_PER_KIND = 3  # services shown per kind of help: the nearest with a contact, then the next ones
HANDOUT_MAX_SERVICES = 6  # services that fit on one A4 page (and in the short address)
SHORT_CODE_LENGTH = 6  # characters per service in the short address /f/<codes> (36 bits of the UUID)


class HelpKind:
    """A kind of help an outcome needs: a label and the service types that provide it (decision 0102)."""

    def __init__(self, code: str, label, types: tuple[str, ...]):
        self.code, self.label, self.types = code, label, types


HELP_KINDS = {
    k.code: k
    for k in [
        HelpKind("cpms", _("Centre PMS (CPMS)"), ("cpms",)),
        HelpKind("pse", _("Médecine scolaire (PSE)"), ("pse",)),
        HelpKind("sante_mentale", _("Santé mentale des enfants et des ados"), ("ssm", "ppl", "psychiatrie")),
        HelpKind("crise", _("Crise psychique : pédopsychiatrie et réseau"), ("psychiatrie", "reseau_sante_mentale")),
        HelpKind("ado", _("Accueil des ados (Openado, Maison de l'adolescent)"), ("maison_ado",)),
        HelpKind("amo", _("AMO (aide gratuite, sans mandat)"), ("amo",)),
        HelpKind("info_jeunes", _("Information jeunesse"), ("info_jeunes",)),
        HelpKind("droit", _("Droit des jeunes"), ("droit_des_jeunes",)),
        HelpKind("mediation", _("Médiation scolaire"), ("mediation_scolaire",)),
        HelpKind("equipe_mobile", _("Équipes mobiles (à la demande de la direction)"), ("equipe_mobile",)),
        HelpKind("sas", _("Service d'accrochage scolaire (SAS)"), ("sas",)),
        HelpKind("maltraitance", _("Maltraitance : SOS Enfants"), ("maltraitance",)),
        HelpKind("saj", _("Service de l'aide à la jeunesse (SAJ)"), ("saj",)),
        HelpKind("cpas", _("CPAS"), ("cpas",)),
        HelpKind("planning", _("Centre de planning familial"), ("planning_familial",)),
        HelpKind("devoirs", _("École de devoirs"), ("ecole_de_devoirs",)),
        HelpKind("orientation", _("Orientation scolaire"), ("orientation", "info_jeunes")),
        HelpKind("assuetudes", _("Assuétudes"), ("assuetudes",)),
        HelpKind("ecoute", _("Ligne d'écoute"), ("ligne_ecoute",)),
    ]
}
HELPLINE_KIND = "ecoute"
