"""Geographic reference data: plateformes, Belgian communes and postal codes, emergency numbers."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import plateforme_choices


class Plateforme(models.Model):
    """Represents a plateforme Enseignement–Aide à la jeunesse: a territory with its coordinators and répertoire."""

    slug = models.SlugField(
        _("identifiant"),
        max_length=20,
        unique=True,
        help_text=_("Court, sans espace ni accent (ex. « namur »). Ne change plus une fois des fiches rattachées."),
    )
    name = models.CharField(_("nom"), max_length=100)
    province = models.CharField(_("province"), max_length=60, help_text=_("Ex. « Liège », « Namur »."))
    aliases = models.CharField(
        _("autres noms"),
        max_length=200,
        blank=True,
        help_text=_("Noms reconnus dans les fichiers importés, séparés par des virgules (ex. « huy, waremme »)."),
    )
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)
    contact_name = models.CharField(
        _("coordination (nom affiché)"),
        max_length=150,
        blank=True,
        help_text=_("Ex. « Coordination de la plateforme » ; le nom d’une personne seulement avec son accord."),
    )
    contact_email = models.EmailField(_("e-mail de la coordination"), blank=True)
    contact_phone = models.CharField(_("téléphone de la coordination"), max_length=30, blank=True)
    website = models.URLField(_("site de la plateforme"), blank=True, max_length=300)
    map_latitude = models.FloatField(_("latitude du centre de la carte"), null=True, blank=True)
    map_longitude = models.FloatField(_("longitude du centre de la carte"), null=True, blank=True)
    map_zoom = models.PositiveSmallIntegerField(
        _("zoom de la carte"), null=True, blank=True, help_text=_("De 7 (Belgique) à 13 (une ville). Vide : calculé.")
    )

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("plateforme")
        verbose_name_plural = _("plateformes")

    def __str__(self):
        return self.name

    @property
    def has_contact(self) -> bool:
        return bool(self.contact_email or self.contact_phone or self.website)

    @property
    def tel_uri(self) -> str:
        digits = "".join(c for c in self.contact_phone if c.isdigit() or c == "+")
        return f"tel:{digits}" if digits else ""

    def clean(self):
        super().clean()
        if (self.map_latitude is None) != (self.map_longitude is None):
            raise ValidationError(_("Indiquez la latitude et la longitude du centre, ou aucune des deux."))


class Commune(models.Model):
    """Represents a Belgian commune (Statbel NIS code) and the plateforme it belongs to, if any."""

    nis_code = models.CharField(_("code INS"), max_length=5, primary_key=True)
    name = models.CharField(_("nom"), max_length=100)
    name_nl = models.CharField(_("nom (nl)"), max_length=100, blank=True)
    slug = models.SlugField(unique=True)
    arrondissement = models.CharField(_("arrondissement"), max_length=50)
    province = models.CharField(_("province"), max_length=60, blank=True, db_index=True)
    plateforme = models.CharField(_("plateforme"), max_length=20, choices=plateforme_choices, blank=True, db_index=True)
    german_speaking = models.BooleanField(
        _("germanophone"),
        default=False,
        help_text=_("Les services de la Fédération Wallonie-Bruxelles ne couvrent pas ces communes."),
    )
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


class EmergencyNumber(models.Model):
    """Represents an emergency or helpline number shown on the site (footer, pathways, printed répertoire)."""

    number = models.CharField(_("numéro"), max_length=30)
    label = models.CharField(_("libellé"), max_length=200)
    uri = models.CharField(_("lien d’appel"), max_length=40, help_text=_("Ex. « tel:112 »."))
    short_label = models.CharField(
        _("libellé court"),
        max_length=60,
        blank=True,
        help_text=_("Pour le pied de page et la couverture du répertoire."),
    )
    in_footer = models.BooleanField(_("dans le pied de page"), default=False)
    plateforme = models.CharField(
        _("plateforme"),
        max_length=20,
        choices=plateforme_choices,
        blank=True,
        help_text=_("Vide : affiché partout."),
    )
    source_url = models.URLField(_("source"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    class Meta:
        ordering = ["sort_order", "number"]
        verbose_name = _("numéro d’urgence")
        verbose_name_plural = _("numéros d’urgence")

    def __str__(self):
        return f"{self.number} — {self.label}"
