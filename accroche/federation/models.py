"""Other instances whose HSDS API this one harvests, and the read-only copies of their services."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class HarvestSource(models.Model):
    """Represents another instance of the platform whose directory is copied here (its HSDS API)."""

    name = models.CharField(_("nom"), max_length=200, help_text=_("Affiché sur les fiches reprises."))
    base_url = models.URLField(_("adresse de l’API HSDS"), unique=True, help_text=_("Ex. https://…/api/hsds/"))
    site_url = models.URLField(_("site de l’instance"), blank=True)
    active = models.BooleanField(_("moissonnée chaque jour"), default=True)
    cursor_modified_after = models.CharField(
        _("curseur : modifiées après"), max_length=40, blank=True, help_text=_("Date de la dernière fiche lue.")
    )
    cursor_page = models.PositiveIntegerField(_("curseur : page suivante"), default=1)
    last_run_at = models.DateTimeField(_("dernier passage"), null=True, blank=True)
    last_report = models.TextField(_("dernier compte rendu"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("instance moissonnée")
        verbose_name_plural = _("instances moissonnées")

    def __str__(self):
        return self.name


class HarvestedService(models.Model):
    """Marks a service as a read-only copy of a service of another instance (same HSDS id)."""

    service = models.OneToOneField("directory.Service", on_delete=models.CASCADE, related_name="harvest_record")
    source = models.ForeignKey(HarvestSource, on_delete=models.CASCADE, related_name="services")
    remote_modified = models.CharField(_("modifiée à la source le"), max_length=40, blank=True)
    harvested_at = models.DateTimeField(_("copiée le"), auto_now=True)

    class Meta:
        verbose_name = _("fiche reprise")
        verbose_name_plural = _("fiches reprises")

    def __str__(self):
        return f"{self.service_id} ← {self.source}"
