"""The who's who of partners: contact persons listed with their consent only."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class WhosWhoQuerySet(models.QuerySet):
    def listed(self):
        return self.filter(consent_given_at__isnull=False).select_related("organization", "service")


class WhosWhoEntry(models.Model):
    """A contact person of a partner organization, written and owned by that person."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="whoswho_entries")
    organization = models.ForeignKey(
        "directory.Organization",
        on_delete=models.CASCADE,
        related_name="whoswho_entries",
        verbose_name=_("organisation"),
    )
    service = models.ForeignKey(
        "directory.Service",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("service"),
    )
    full_name = models.CharField(_("nom et prénom"), max_length=200)
    role = models.CharField(_("fonction"), max_length=200)
    direct_line = models.CharField(_("ligne directe"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"))
    consent_given_at = models.DateTimeField(_("consentement donné le"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    modified_at = models.DateTimeField(auto_now=True)

    objects = WhosWhoQuerySet.as_manager()

    class Meta:
        ordering = ["organization__name", "full_name"]
        verbose_name = _("fiche du qui-fait-quoi")
        verbose_name_plural = _("fiches du qui-fait-quoi")
        constraints = [models.UniqueConstraint(fields=["user", "organization"], name="unique_whoswho_per_org")]

    def __str__(self):
        return f"{self.full_name} ({self.organization})"
