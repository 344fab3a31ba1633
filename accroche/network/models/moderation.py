"""The moderation queue: partners' changes and public error reports."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..choices import ChangeKind, ChangeStatus


class Reviewed(models.Model):
    """Who moderated an item, when, and what the coordination wrote (partners' changes, school-link proposals)."""

    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("modéré par"),
    )
    reviewed_at = models.DateTimeField(_("modéré le"), null=True, blank=True)
    review_comment = models.TextField(_("commentaire de la coordination"), blank=True)

    class Meta:
        abstract = True


class ChangeRequest(Reviewed):
    """A proposed change (or an error report) waiting for a coordinator's decision; kept as history."""

    kind = models.CharField(_("type"), max_length=20, choices=ChangeKind.choices)
    status = models.CharField(
        _("statut"), max_length=20, choices=ChangeStatus.choices, default=ChangeStatus.PENDING, db_index=True
    )
    organization = models.ForeignKey(
        "directory.Organization",
        on_delete=models.CASCADE,
        related_name="change_requests",
        verbose_name=_("organisation"),
    )
    service = models.ForeignKey(
        "directory.Service",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="change_requests",
        verbose_name=_("service"),
    )
    snapshot = models.JSONField(_("version publiée au dépôt"), default=dict, blank=True)
    payload = models.JSONField(_("version proposée"), default=dict, blank=True)
    message = models.TextField(_("message"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("déposé par"),
    )
    contact_email = models.EmailField(_("e-mail de contact"), blank=True)
    created_at = models.DateTimeField(_("déposé le"), default=timezone.now, editable=False, db_index=True)
    applied_fields = models.JSONField(_("champs appliqués"), default=list, blank=True)
    field_decisions = models.JSONField(
        _("décisions par champ"),
        default=dict,
        blank=True,
        help_text=_("{champ: {decision: accept|refuse|correct, comment, value}} (docs/decisions/0124)."),
    )

    def refused_fields(self) -> dict:
        """Returns {field: coordinator's comment} for the fields refused in this decision."""
        return {k: d.get("comment", "") for k, d in self.field_decisions.items() if d.get("decision") == "refuse"}

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("demande de modification")
        verbose_name_plural = _("demandes de modification")

    def __str__(self):
        target = self.service or self.organization
        return f"{self.get_kind_display()} — {target}"

    def get_absolute_url(self):
        return reverse("network:change_detail", kwargs={"pk": self.pk})

    @property
    def is_pending(self) -> bool:
        return self.status == ChangeStatus.PENDING
