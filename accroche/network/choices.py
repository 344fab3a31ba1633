"""Choices of the network app."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ChangeKind(models.TextChoices):
    """What a moderation item is about."""

    SERVICE = "service", _("Modification d'un service")
    ORGANIZATION = "organization", _("Modification d'une organisation")
    REPORT = "report", _("Signalement d'une erreur")


class ChangeStatus(models.TextChoices):
    """Where a moderation item stands."""

    PENDING = "pending", _("En attente de modération")
    APPROVED = "approved", _("Approuvée")
    PARTIAL = "partial", _("Acceptée en partie")
    REJECTED = "rejected", _("Refusée")


class FieldDecision(models.TextChoices):
    """A coordinator's decision on one field of a proposal."""

    ACCEPT = "accept", _("Accepter")
    REFUSE = "refuse", _("Refuser")
    CORRECT = "correct", _("Corriger puis accepter")


class EventKind(models.TextChoices):
    """Kinds of network events."""

    SEMINAR = "seminaire", _("Séminaire")
    WEBINAR = "webinaire", _("Webinaire")
    GLEM = "glem", _("Réunion GLEM")
    CONCERTATION = "concertation", _("Concertation locale")
    OTHER = "autre", _("Autre rencontre")


class EventStatus(models.TextChoices):
    """Publication state of an event."""

    PROPOSED = "proposed", _("Proposé")
    PUBLISHED = "published", _("Publié")
    REJECTED = "rejected", _("Refusé")


class ReminderState(models.TextChoices):
    """Where a freshness reminder stands (derived from its timestamps)."""

    PENDING = "pending", _("À envoyer")
    SENT = "sent", _("Envoyé")
    ESCALATED = "escalated", _("Transmis à la coordination")
    CONFIRMED = "confirmed", _("Confirmé")
    HIDDEN = "hidden", _("Fiche masquée")
