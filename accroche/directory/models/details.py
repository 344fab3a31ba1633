"""HSDS detail tables: address, phone, contact, schedule, language, accessibility, cost option, service area."""

import uuid
from datetime import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from accroche.core.textlimits import bounded_text_field

from ..choices import LocationType, PhoneType, Weekday


class Address(Orderable):
    """Represents a postal or physical address of a location."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    location = ParentalKey("directory.Location", on_delete=models.CASCADE, related_name="addresses")
    attention = models.CharField(_("à l'attention de"), max_length=255, blank=True)
    address_1 = models.CharField(_("rue et numéro"), max_length=255, blank=True)
    address_2 = models.CharField(_("complément"), max_length=255, blank=True)
    postal_code = models.CharField(_("code postal"), max_length=10, blank=True)
    city = models.CharField(_("localité"), max_length=100)
    region = models.CharField(_("région"), max_length=100, blank=True, default="Wallonie")
    state_province = models.CharField(_("province"), max_length=100, blank=True, default="Liège")
    country = models.CharField(_("pays"), max_length=2, default="BE")
    address_type = models.CharField(
        _("type"), max_length=10, choices=LocationType.choices, default=LocationType.PHYSICAL
    )

    class Meta(Orderable.Meta):
        verbose_name = _("adresse")
        verbose_name_plural = _("adresses")

    def __str__(self):
        return self.one_line()

    def one_line(self) -> str:
        locality = " ".join(p for p in (self.postal_code, self.city) if p)
        return ", ".join(p for p in (self.address_1, self.address_2, locality) if p)


class Phone(Orderable):
    """Represents a phone number of a service (or of its organization or location)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = ParentalKey("directory.Service", null=True, blank=True, on_delete=models.CASCADE, related_name="phones")
    organization = models.ForeignKey(
        "directory.Organization", null=True, blank=True, on_delete=models.CASCADE, related_name="phones"
    )
    location = models.ForeignKey(
        "directory.Location", null=True, blank=True, on_delete=models.CASCADE, related_name="phones"
    )
    number = models.CharField(_("numéro"), max_length=40)
    extension = models.PositiveIntegerField(_("poste"), null=True, blank=True)
    type = models.CharField(_("type"), max_length=10, choices=PhoneType.choices, default=PhoneType.VOICE)
    description = models.CharField(_("précisions"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("extension"), FieldPanel("type")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("téléphone")
        verbose_name_plural = _("téléphones")

    def __str__(self):
        return self.number

    @property
    def tel_uri(self) -> str:
        digits = "".join(c for c in self.number if c.isdigit() or c == "+")
        return f"tel:{digits}"


class Contact(Orderable):
    """Represents a contact person or desk of a service."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = ParentalKey("directory.Service", null=True, blank=True, on_delete=models.CASCADE, related_name="contacts")
    organization = models.ForeignKey(
        "directory.Organization", null=True, blank=True, on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("nom"), max_length=255, blank=True)
    title = models.CharField(_("fonction"), max_length=255, blank=True)
    department = models.CharField(_("département"), max_length=255, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("téléphone"), max_length=40, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("title"), FieldPanel("department")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return self.name or self.title or self.email


class Schedule(Orderable):
    """Represents opening hours on one weekday (HSDS schedule, freq=WEEKLY, byday=one day)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = ParentalKey(
        "directory.Service", null=True, blank=True, on_delete=models.CASCADE, related_name="schedules"
    )
    location = models.ForeignKey(
        "directory.Location", null=True, blank=True, on_delete=models.CASCADE, related_name="schedules"
    )
    byday = models.CharField(_("jour"), max_length=2, choices=Weekday.choices)
    opens_at = models.TimeField(_("ouvre à"), null=True, blank=True)
    closes_at = models.TimeField(_("ferme à"), null=True, blank=True)
    description = models.CharField(_("précisions"), max_length=255, blank=True)
    valid_from = models.DateField(_("valable du"), null=True, blank=True)
    valid_to = models.DateField(_("valable jusqu'au"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("byday"), FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("horaire")
        verbose_name_plural = _("horaires")

    def __str__(self):
        hours = f"{self.opens_at:%H:%M}–{self.closes_at:%H:%M}" if self.opens_at and self.closes_at else ""
        return f"{self.get_byday_display()} {hours}".strip()

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.opens_at and self.closes_at and self.opens_at >= self.closes_at:
            raise ValidationError({"closes_at": _("L'heure de fermeture doit suivre l'heure d'ouverture.")})

    def is_open_at(self, moment: datetime) -> bool:
        """True when the service is open at this local date and time, per this schedule row."""
        day = list(Weekday)[moment.weekday()].value
        if day != self.byday or not (self.opens_at and self.closes_at):
            return False
        if (self.valid_from and moment.date() < self.valid_from) or (self.valid_to and moment.date() > self.valid_to):
            return False
        return self.opens_at <= moment.time() < self.closes_at


class Language(Orderable):
    """Represents a language in which a service is delivered (ISO 639-1 code)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = ParentalKey(
        "directory.Service", null=True, blank=True, on_delete=models.CASCADE, related_name="languages"
    )
    name = models.CharField(_("langue"), max_length=60)
    code = models.CharField(_("code ISO 639-1"), max_length=3, blank=True)
    note = models.CharField(_("précisions"), max_length=255, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("langue")
        verbose_name_plural = _("langues")

    def __str__(self):
        return self.name


class Accessibility(Orderable):
    """Represents an accessibility provision of a location."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    location = ParentalKey("directory.Location", on_delete=models.CASCADE, related_name="accessibilities")
    description = models.CharField(_("description"), max_length=255)
    details = bounded_text_field(_("détails"), blank=True)
    url = models.URLField(_("lien"), blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("accessibilité")
        verbose_name_plural = _("accessibilités")

    def __str__(self):
        return self.description


class CostOption(Orderable):
    """Represents a price condition of a service."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = ParentalKey("directory.Service", on_delete=models.CASCADE, related_name="cost_options")
    option = models.CharField(_("condition"), max_length=255, blank=True)
    amount = models.DecimalField(_("montant"), max_digits=8, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("devise"), max_length=3, default="EUR")
    amount_description = models.CharField(_("précisions"), max_length=255, blank=True)
    valid_from = models.DateField(_("valable du"), null=True, blank=True)
    valid_to = models.DateField(_("valable jusqu'au"), null=True, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("tarif")
        verbose_name_plural = _("tarifs")

    def __str__(self):
        return self.option or str(self.amount)


class ServiceArea(Orderable):
    """Represents a commune (or a wider named area) that a service covers."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = ParentalKey("directory.Service", on_delete=models.CASCADE, related_name="service_areas")
    commune = models.ForeignKey(
        "geo.Commune",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="service_areas",
        verbose_name=_("commune"),
    )
    name = models.CharField(_("nom de la zone"), max_length=255, blank=True)
    description = bounded_text_field(_("description"), blank=True)
    extent = models.TextField(_("contour (GeoJSON)"), blank=True)
    extent_type = models.CharField(_("format du contour"), max_length=20, blank=True)
    uri = models.URLField(_("URI"), blank=True)

    panels = [FieldRowPanel([FieldPanel("commune"), FieldPanel("name")]), FieldPanel("description"), FieldPanel("uri")]

    class Meta(Orderable.Meta):
        verbose_name = _("zone desservie")
        verbose_name_plural = _("zones desservies")

    def __str__(self):
        return self.name or str(self.commune)
