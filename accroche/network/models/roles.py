"""Roles: coordinators of plateformes, partner editors of organizations, invitations."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accroche.geo.choices import plateforme_choices


def new_nonce() -> str:
    return secrets.token_urlsafe(16)


class CoordinatorAssignment(models.Model):
    """Makes a user coordinator of one plateforme (a user may coordinate several)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coordinations", verbose_name=_("utilisateur")
    )
    plateforme = models.CharField(_("plateforme"), max_length=20, choices=plateforme_choices)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("coordination")
        verbose_name_plural = _("coordinations")
        constraints = [models.UniqueConstraint(fields=["user", "plateforme"], name="unique_coordination")]

    def __str__(self):
        return f"{self.user} — {self.get_plateforme_display()}"


class PartnerMembership(models.Model):
    """Lets a user edit the listings of one organization (through moderation)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="partner_memberships",
        verbose_name=_("utilisateur"),
    )
    organization = models.ForeignKey(
        "directory.Organization",
        on_delete=models.CASCADE,
        related_name="partner_memberships",
        verbose_name=_("organisation"),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("partenaire éditeur")
        verbose_name_plural = _("partenaires éditeurs")
        constraints = [models.UniqueConstraint(fields=["user", "organization"], name="unique_partner_membership")]

    def __str__(self):
        return f"{self.user} — {self.organization}"


class Invitation(models.Model):
    """An e-mail invitation for a partner to join an organization's space (single use, expiring)."""

    email = models.EmailField(_("e-mail"))
    organization = models.ForeignKey(
        "directory.Organization", on_delete=models.CASCADE, related_name="invitations", verbose_name=_("organisation")
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("invité par")
    )
    nonce = models.CharField(max_length=40, default=new_nonce, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("expire le"))
    # Claimed by a worker before sending, marked sent after the e-mail left (a crash in between: re-sent later).
    claimed_at = models.DateTimeField(_("prise en charge le"), null=True, blank=True, editable=False)
    sent_at = models.DateTimeField(_("envoyée le"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("acceptée le"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.email} → {self.organization}"

    @property
    def is_usable(self) -> bool:
        return self.accepted_at is None and self.expires_at > timezone.now()
