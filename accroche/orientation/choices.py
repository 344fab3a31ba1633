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


# Plateform codes of the statistics beyond the plateformes (accroche.geo.models.Plateforme).
STATS_UNKNOWN = "inconnue"  # no postal code given, or not recognised
STATS_OUTSIDE = "hors-province"  # a Belgian postal code outside every plateforme of the instance

# Emergency numbers shown first on urgent outcomes are data (accroche.geo.models.EmergencyNumber) — source [S20].
EMERGENCY_SOURCE_URL = "https://www.pfrcc.be/urgences-et-crises/"

MAX_STEPS = 60  # longest path accepted in a URL (protects the server from absurd links)
SERVICES_PER_OUTCOME = 8  # services listed on an outcome
HANDOUT_DEFAULT_SERVICES = 4  # services ticked by default for the family's handout
HANDOUT_MAX_SERVICES = 6  # services that fit on one A4 page
