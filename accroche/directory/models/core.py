"""HSDS organization, service, location and service_at_location."""

import uuid
from datetime import date

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import RevisionMixin

from accroche.core.textlimits import bounded_text_field
from accroche.geo.choices import plateforme_choices

from ..choices import (
    VERIFICATION_MAX_AGE_DAYS,
    Confidence,
    GeoPrecision,
    Line,
    LocationType,
    Mandate,
    Scope,
    ServiceStatus,
    Tristate,
    Verification,
    VerificationMethod,
    Vocabulary,
)


class Organization(RevisionMixin, ClusterableModel):
    """Represents an organization (asbl, public service, school network) that provides services."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(_("nom"), max_length=255)
    slug = models.SlugField(_("adresse de la page"), max_length=120, unique=True)
    alternate_name = models.CharField(_("autre nom ou sigle"), max_length=255, blank=True)
    description = bounded_text_field(_("description"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("site web"), blank=True, max_length=500)
    legal_status = models.CharField(_("statut juridique"), max_length=100, blank=True)
    uri = models.URLField(_("URI"), blank=True, max_length=500)
    parent_organization = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        verbose_name=_("organisation mère"),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    modified_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("directory:organization_detail", kwargs={"slug": self.slug})


class ServiceQuerySet(models.QuerySet):
    def public(self):
        """Returns the services shown to the public: active or temporarily closed, not hidden."""
        return self.filter(status__in=[ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED], hidden_at__isnull=True)

    def with_terms(self):
        return self.select_related("organization").prefetch_related("terms__taxonomy")


class Service(RevisionMixin, ClusterableModel):
    """Represents a service offered to young people, families, schools or professionals."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    external_id = models.CharField(
        _("identifiant source"),
        max_length=120,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Identifiant stable dans le fichier d'import (sert aux ré-imports)."),
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="services", verbose_name=_("organisation")
    )
    name = models.CharField(_("nom"), max_length=255)
    slug = models.SlugField(_("adresse de la page"), max_length=120, unique=True)
    alternate_name = models.CharField(_("sigle ou autre nom"), max_length=255, blank=True)
    description = bounded_text_field(_("ce que fait le service"), blank=True)
    url = models.URLField(_("site web"), blank=True, max_length=500)
    email = models.EmailField(_("e-mail"), blank=True)
    status = models.CharField(_("statut"), max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE)
    application_process = bounded_text_field(_("comment s'adresser au service"), blank=True)
    fees_description = bounded_text_field(_("coût"), blank=True)
    eligibility_description = bounded_text_field(_("pour qui"), blank=True)
    interpretation_services = models.CharField(_("interprétariat"), max_length=255, blank=True)
    accreditations = models.CharField(_("agréments"), max_length=255, blank=True)
    minimum_age = models.PositiveSmallIntegerField(_("âge minimum"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("âge maximum"), null=True, blank=True)
    age_description = models.CharField(_("âges (texte)"), max_length=255, blank=True)
    alert = models.CharField(_("avis temporaire"), max_length=500, blank=True)
    # The field's own facts (exported as HSDS attributes, see docs/data-model.md).
    line = models.CharField(_("ligne"), max_length=20, choices=Line.choices, blank=True)
    free = models.CharField(_("gratuit"), max_length=10, choices=Tristate.choices, default=Tristate.UNKNOWN)
    anonymous = models.CharField(_("anonyme"), max_length=10, choices=Tristate.choices, default=Tristate.UNKNOWN)
    mandate = models.CharField(_("mandat"), max_length=20, choices=Mandate.choices, default=Mandate.UNKNOWN)
    plateforme = models.CharField(_("plateforme"), max_length=20, choices=plateforme_choices, blank=True)
    scope = models.CharField(_("territoire"), max_length=20, choices=Scope.choices, default=Scope.LOCAL)
    is_helpline = models.BooleanField(
        _("ligne d'aide toujours utile"),
        default=False,
        help_text=_("Affichée quand une recherche ne donne rien (ex. 103 Écoute-Enfants)."),
    )
    source_url = models.URLField(_("source"), blank=True, max_length=1000)
    extra_sources = bounded_text_field(_("autres sources"), blank=True)
    source_year = models.PositiveSmallIntegerField(_("année de la source"), null=True, blank=True)
    confidence = models.CharField(_("fiabilité"), max_length=10, choices=Confidence.choices, default=Confidence.MEDIUM)
    is_demo = models.BooleanField(
        _("donnée de démonstration"),
        default=False,
        help_text=_("Données compilées de sources publiques, à vérifier par le partenaire."),
    )
    internal_notes = bounded_text_field(_("notes internes"), blank=True)
    public_note = bounded_text_field(
        _("point à vérifier (public)"),
        blank=True,
        help_text=_(
            "Doute sur l'existence, le nom ou les coordonnées du service, affiché sur la fiche « À vérifier : … ». "
            "Videz-le quand le service a confirmé."
        ),
    )
    assured_date = models.DateField(_("vérifié le"), null=True, blank=True)
    assurer_email = models.EmailField(_("vérifié par (e-mail)"), blank=True)
    verification_method = models.CharField(
        _("vérification"), max_length=20, choices=VerificationMethod.choices, blank=True
    )
    hidden_at = models.DateTimeField(_("masqué le"), null=True, blank=True, editable=False)
    terms = ParentalManyToManyField(
        "directory.TaxonomyTerm", blank=True, related_name="services", verbose_name=_("thématiques")
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    modified_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("service")
        verbose_name_plural = _("services")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(minimum_age__isnull=True)
                | models.Q(maximum_age__isnull=True)
                | models.Q(minimum_age__lte=models.F("maximum_age")),
                name="service_age_range_ordered",
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("directory:service_detail", kwargs={"slug": self.slug})

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.minimum_age is not None and self.maximum_age is not None and self.minimum_age > self.maximum_age:
            raise ValidationError({"maximum_age": _("L'âge maximum doit être supérieur ou égal à l'âge minimum.")})

    def terms_of(self, vocabulary: str) -> list:
        """Returns this service's terms of one vocabulary (uses the prefetched terms when present)."""
        return [t for t in self.terms.all() if t.taxonomy.vocabulary == vocabulary]

    @property
    def service_types(self):
        return self.terms_of(Vocabulary.SERVICE_TYPE)

    @property
    def needs(self):
        return self.terms_of(Vocabulary.NEED)

    @property
    def audiences(self):
        return self.terms_of(Vocabulary.AUDIENCE)

    def days_since_verified(self, today: date | None = None) -> int | None:
        """Returns how many days ago the listing was last verified, or None when never verified."""
        if self.assured_date is None:
            return None
        return ((today or timezone.localdate()) - self.assured_date).days

    def verification(self, today: date | None = None) -> str:
        """Returns verified, stale (checked more than a year ago) or unverified (never checked: demo data)."""
        days = self.days_since_verified(today)
        if days is None:
            return Verification.UNVERIFIED
        return Verification.STALE if days > VERIFICATION_MAX_AGE_DAYS else Verification.VERIFIED

    def is_open_at(self, moment) -> bool:
        """True when one of the service's opening-hours rows covers this local date and time."""
        return any(schedule.is_open_at(moment) for schedule in self.schedules.all())


class Location(ClusterableModel):
    """Represents a place (or a virtual location) where services are delivered."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="locations",
        verbose_name=_("organisation"),
    )
    location_type = models.CharField(
        _("type de lieu"), max_length=10, choices=LocationType.choices, default=LocationType.PHYSICAL
    )
    name = models.CharField(_("nom"), max_length=255, blank=True)
    alternate_name = models.CharField(_("autre nom"), max_length=255, blank=True)
    description = bounded_text_field(_("description"), blank=True)
    transportation = bounded_text_field(_("accès en transports"), blank=True)
    url = models.URLField(_("adresse web (lieu virtuel)"), blank=True, max_length=500)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    geo_precision = models.CharField(
        _("précision de la position"), max_length=10, choices=GeoPrecision.choices, blank=True
    )
    commune = models.ForeignKey(
        "geo.Commune",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="locations",
        verbose_name=_("commune"),
    )
    external_identifier = models.CharField(_("identifiant externe"), max_length=120, blank=True)
    external_identifier_type = models.CharField(_("type d'identifiant externe"), max_length=60, blank=True)
    modified_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("lieu")
        verbose_name_plural = _("lieux")

    def __str__(self):
        address = self.addresses.first()
        if address:
            return f"{self.name or self.organization} — {address.one_line()}"
        return self.name or str(self.organization or self.id)

    @property
    def is_approximate(self) -> bool:
        """True when the position is a postal-code or commune centroid, not a street address."""
        return self.geo_precision in (GeoPrecision.POSTAL_CODE, GeoPrecision.COMMUNE)

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class ServiceAtLocation(models.Model):
    """Represents a service delivered at a location (HSDS service_at_location)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    location = models.ForeignKey(
        Location, on_delete=models.CASCADE, related_name="service_at_locations", verbose_name=_("lieu")
    )
    description = bounded_text_field(_("précisions pour ce lieu"), blank=True)

    panels = [FieldPanel("location"), FieldPanel("description")]

    class Meta:
        verbose_name = _("service dans un lieu")
        verbose_name_plural = _("services dans un lieu")
        constraints = [models.UniqueConstraint(fields=["service", "location"], name="unique_service_location")]

    def __str__(self):
        return f"{self.service} @ {self.location}"
