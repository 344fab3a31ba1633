"""Geographic reference data: communes of the province and Belgian postal codes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import Plateforme


class Commune(models.Model):
    """Represents one of the 84 communes of the province of Liège (Statbel NIS code)."""

    nis_code = models.CharField(_("code INS"), max_length=5, primary_key=True)
    name = models.CharField(_("nom"), max_length=100)
    name_nl = models.CharField(_("nom (nl)"), max_length=100, blank=True)
    slug = models.SlugField(unique=True)
    arrondissement = models.CharField(_("arrondissement"), max_length=50)
    plateforme = models.CharField(_("plateforme"), max_length=20, choices=Plateforme.choices)
    german_speaking = models.BooleanField(_("germanophone"), default=False)
    latitude = models.FloatField()
    longitude = models.FloatField()

    class Meta:
        ordering = ["name"]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")

    def __str__(self):
        return self.name


class PostalCode(models.Model):
    """Represents one Belgian postal code × locality with its centroid (GeoNames)."""

    code = models.CharField(_("code postal"), max_length=4, db_index=True)
    locality = models.CharField(_("localité"), max_length=100)
    commune_name = models.CharField(_("commune"), max_length=100)
    nis_code = models.CharField(_("code INS"), max_length=5, blank=True)
    province = models.CharField(_("province"), max_length=60, blank=True)
    latitude = models.FloatField()
    longitude = models.FloatField()
    commune = models.ForeignKey(Commune, null=True, blank=True, on_delete=models.SET_NULL, related_name="postal_codes")

    class Meta:
        ordering = ["code", "locality"]
        constraints = [models.UniqueConstraint(fields=["code", "locality"], name="unique_code_locality")]
        verbose_name = _("code postal")
        verbose_name_plural = _("codes postaux")

    def __str__(self):
        return f"{self.code} {self.locality}"
