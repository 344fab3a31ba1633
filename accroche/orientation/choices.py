"""Constants and choices of the orientation pathways."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ValidationStatus(models.TextChoices):
    """Whether the content of a pathway was validated by a coordinator (distinct from Wagtail publishing)."""

    DRAFT = "brouillon", _("Brouillon à valider")
    VALIDATED = "valide", _("Validé")


class NodeKind(models.TextChoices):
    QUESTION = "question", _("Question")
    INFORMATION = "information", _("Étape d'information")
    OUTCOME = "outcome", _("Issue")


class Audience(models.TextChoices):
    DOCTORS = "medecins", _("Médecins")
    FAMILIES = "familles", _("Parents et familles")
    PROFESSIONALS = "professionnels", _("Professionnels (école, CPMS, jeunesse)")


# Plateforme codes of the statistics beyond the three plateformes (accroche.geo.choices.Plateforme).
STATS_UNKNOWN = "inconnue"  # no postal code given, or not recognised
STATS_OUTSIDE = "hors-province"  # a Belgian postal code outside the province of Liège

# Emergency numbers shown first on urgent outcomes (facts, not directory listings) — source [S20] pfrcc.be.
EMERGENCY_SOURCE_URL = "https://www.pfrcc.be/urgences-et-crises/"
EMERGENCY_NUMBERS = [
    ("112", _("Urgence médicale (ambulance, pompiers) — danger immédiat"), "tel:112"),
    ("0800 32 123", _("Centre de prévention du suicide — gratuit, anonyme, 24 h/24"), "tel:080032123"),
    ("103", _("Écoute-Enfants — pour les enfants, les jeunes et les adultes inquiets, gratuit et anonyme"), "tel:103"),
    ("107", _("Télé-Accueil — écoute par téléphone"), "tel:107"),
    ("101", _("Police"), "tel:101"),
]

MAX_STEPS = 60  # longest path accepted in a URL (protects the server from absurd links)
SERVICES_PER_OUTCOME = 8  # services listed on an outcome
HANDOUT_DEFAULT_SERVICES = 4  # services ticked by default for the family's handout
HANDOUT_MAX_SERVICES = 6  # services that fit on one A4 page
