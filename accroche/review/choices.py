"""Constants of the review workflow: steps, groups, workflows, validity and reminder delays."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewStep(models.TextChoices):
    """One step of a review workflow; the step that validates ends the workflow."""

    MEDICAL = "relecture-medicale", _("Relecture médicale")
    NETWORK = "validation-reseau", _("Validation réseau")
    LEGAL = "relecture-juridique", _("Relecture juridique")


class ReviewState(models.TextChoices):
    """What a page may truthfully say about its content."""

    SOURCE = "source", _("Source consultée")  # nobody named has reviewed it
    REVIEWED = "relu", _("Relu")  # a named person signed off one step
    VALIDATED = "valide", _("Validé")  # the validating step signed off, with a next review date
    LAPSED = "echu", _("Validation échue")  # the next review date has passed


# Wagtail groups created by `ensure_review_workflows` (the reference-content loader).
GROUP_MEDICAL = "Relecture médicale (médecins)"
GROUP_NETWORK = "Validation réseau (coordination)"
GROUP_LEGAL = "Relecture juridique"

WORKFLOW_PATHWAYS = "Relecture des parcours"
WORKFLOW_RULES = "Relecture de la page « ce que dit la règle »"

# (step, task name, group, validates) in workflow order.
PATHWAY_TASKS = [
    (ReviewStep.MEDICAL, "Relecture médicale", GROUP_MEDICAL, False),
    (ReviewStep.NETWORK, "Validation réseau", GROUP_NETWORK, True),
]
RULES_TASKS = [(ReviewStep.LEGAL, "Relecture juridique", GROUP_LEGAL, True)]

VALIDITY_MONTHS = 12  # default time before a validated item must be reviewed again
REMINDER_DAYS_BEFORE = 30  # the validators are reminded this many days before the validation lapses
DAILY_JOB = "review-reminders-daily"
