"""The search index (one row per service, maintained on save) and the anonymous log of unanswered searches."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from accroche.geo.choices import plateforme_choices


class SearchDocument(models.Model):
    """Represents one service as the engine sees it: analysed token fields by weight and the filter facts."""

    service = models.OneToOneField(
        "directory.Service", on_delete=models.CASCADE, primary_key=True, related_name="search_document"
    )
    # Space-separated stems and concept tokens (synonym groups), one column per weight class.
    name_tokens = models.TextField(blank=True)
    type_tokens = models.TextField(blank=True)
    need_tokens = models.TextField(blank=True)
    audience_tokens = models.TextField(blank=True)
    place_tokens = models.TextField(blank=True)
    body_tokens = models.TextField(blank=True)
    words = models.TextField(blank=True, help_text="Mots tels qu'écrits (pour les suggestions d'orthographe).")
    # Filter facts, denormalized from the service.
    is_public = models.BooleanField(default=True)
    sort_name = models.CharField(max_length=255, blank=True)
    plateforme = models.CharField(max_length=20, blank=True)
    scope = models.CharField(max_length=20, blank=True)
    type_codes = models.CharField(max_length=500, blank=True)
    need_codes = models.CharField(max_length=1000, blank=True)
    audience_codes = models.CharField(max_length=500, blank=True)
    minimum_age = models.PositiveSmallIntegerField(null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(null=True, blank=True)
    free = models.CharField(max_length=10, blank=True)
    anonymous = models.CharField(max_length=10, blank=True)
    mandate = models.CharField(max_length=20, blank=True)
    line = models.CharField(max_length=20, blank=True)
    is_helpline = models.BooleanField(default=False)
    points = models.JSONField(default=list, blank=True)  # [[lat, lon], …] of the service's locations
    area_communes = models.TextField(blank=True)  # NIS codes of the communes covered, space-separated
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("document de recherche")
        verbose_name_plural = _("documents de recherche")

    def __str__(self):
        return self.sort_name


class SearchIndexState(models.Model):
    """Holds the index version (a fresh random token at every change) and the services waiting for re-indexing."""

    key = models.CharField(max_length=20, primary_key=True, default="index")
    token = models.CharField(max_length=40, default="")

    class Meta:
        verbose_name = _("état de l'index")

    def __str__(self):
        return self.token


class PendingReindex(models.Model):
    """Represents a service changed since it was last indexed (indexed before the next search)."""

    service_id = models.UUIDField(primary_key=True, default=uuid.uuid4)
    queued_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return str(self.service_id)


class SearchLog(models.Model):
    """Represents an unanswered or poorly answered search, counted per day (no IP, no user, no position)."""

    day = models.DateField(_("jour"), db_index=True)
    query = models.CharField(_("recherche (normalisée)"), max_length=200, blank=True)
    filters = models.CharField(_("filtres"), max_length=500, blank=True)
    plateforme = models.CharField(_("plateforme"), max_length=20, choices=plateforme_choices, blank=True)
    result_count = models.PositiveIntegerField(_("résultats"))
    count = models.PositiveIntegerField(_("nombre de fois"), default=1)

    class Meta:
        ordering = ["-day", "query"]
        verbose_name = _("recherche sans réponse")
        verbose_name_plural = _("recherches sans réponse")
        constraints = [
            models.UniqueConstraint(fields=["day", "query", "filters", "plateforme"], name="unique_search_log_day")
        ]

    def __str__(self):
        return f"{self.day} « {self.query} » ({self.result_count})"
