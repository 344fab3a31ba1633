"""School sites of the FWB « signalétique FASE » and their curated links to CPMS, PSE and other services."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accroche.network.models.moderation import Reviewed

from .choices import KEY_TEACHING_WORDS, LinkRole, LinkSource, ProposalStatus, ReseauFamily


class SchoolImport(models.Model):
    """One load of a FASE export: what was read, when, and what it changed (the provenance shown on the pages)."""

    imported_at = models.DateTimeField(_("importé le"), default=timezone.now)
    file_name = models.CharField(_("fichier"), max_length=255)
    sha256 = models.CharField(_("empreinte SHA-256"), max_length=64)
    source = models.CharField(_("source"), max_length=255)
    export_date = models.CharField(_("date de l'export (au plus tard)"), max_length=20, blank=True)
    rows = models.PositiveIntegerField(_("lignes"), default=0)
    sites_created = models.PositiveIntegerField(_("implantations créées"), default=0)
    sites_updated = models.PositiveIntegerField(_("implantations mises à jour"), default=0)
    sites_withdrawn = models.PositiveIntegerField(_("implantations absentes de l'export"), default=0)

    class Meta:
        ordering = ["-imported_at", "-pk"]
        verbose_name = _("import de la liste des écoles")
        verbose_name_plural = _("imports de la liste des écoles")

    def __str__(self):
        return f"{self.file_name} ({self.imported_at:%Y-%m-%d})"


class Establishment(models.Model):
    """An establishment (N° FASE de l'établissement): the school as an administrative unit."""

    fase = models.PositiveIntegerField(_("N° FASE de l'établissement"), primary_key=True)
    name = models.CharField(_("nom"), max_length=255)
    bce = models.CharField(_("numéro BCE"), max_length=20, blank=True)
    reseau = models.CharField(_("réseau"), max_length=60)
    organising_body = models.CharField(_("pouvoir organisateur"), max_length=255, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("établissement")
        verbose_name_plural = _("établissements")

    def __str__(self):
        return self.name


class SchoolSiteQuerySet(models.QuerySet):
    def current(self):
        """Sites of the latest FASE export (withdrawn ones keep their page and links, but are not listed)."""
        return self.filter(withdrawn_at__isnull=True)


class SchoolSite(models.Model):
    """A school site (N° FASE de l'implantation): the building families know, with its address and position."""

    fase = models.PositiveIntegerField(_("N° FASE de l'implantation"), primary_key=True)
    name = models.CharField(_("nom"), max_length=600)
    reseau = models.CharField(_("réseau"), max_length=60)
    reseau_family = models.CharField(_("famille de réseau"), max_length=20, choices=ReseauFamily.choices, blank=True)
    address = models.CharField(_("adresse"), max_length=255)
    postal_code = models.CharField(_("code postal"), max_length=4, db_index=True)
    locality = models.CharField(_("localité"), max_length=100)
    commune_name = models.CharField(_("commune"), max_length=100)
    commune = models.ForeignKey(
        "geo.Commune", null=True, blank=True, on_delete=models.SET_NULL, related_name="school_sites"
    )
    bassin = models.CharField(_("bassin"), max_length=60, blank=True)
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    search_words = models.TextField(_("mots de recherche"), blank=True, editable=False)
    first_import = models.ForeignKey(SchoolImport, null=True, on_delete=models.SET_NULL, related_name="+")
    last_import = models.ForeignKey(SchoolImport, null=True, on_delete=models.SET_NULL, related_name="+")
    withdrawn_at = models.DateTimeField(_("absente de l'export depuis"), null=True, blank=True)

    objects = SchoolSiteQuerySet.as_manager()

    class Meta:
        ordering = ["name", "fase"]
        verbose_name = _("implantation scolaire")
        verbose_name_plural = _("implantations scolaires")

    def __str__(self):
        return f"{self.name} — {self.locality_label} (FASE {self.fase})"

    def get_absolute_url(self):
        return reverse("schools:detail", kwargs={"fase": self.fase})

    @property
    def locality_label(self) -> str:
        """« Ampsin » rather than « AMPSIN » (the export spells localities in capitals)."""
        return self.locality.title() if self.locality.isupper() else self.locality

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class SiteTeaching(models.Model):
    """One type of teaching an establishment organises at a site (one row of the FASE export)."""

    site = models.ForeignKey(SchoolSite, on_delete=models.CASCADE, related_name="teachings")
    establishment = models.ForeignKey(Establishment, on_delete=models.CASCADE, related_name="teachings")
    teaching = models.CharField(_("type d'enseignement"), max_length=100)
    level = models.CharField(_("niveau"), max_length=40, blank=True)
    genre = models.CharField(_("genre"), max_length=40, blank=True)

    class Meta:
        ordering = ["establishment__name", "teaching"]
        verbose_name = _("enseignement organisé")
        verbose_name_plural = _("enseignements organisés")
        constraints = [
            models.UniqueConstraint(fields=["site", "establishment", "teaching"], name="unique_site_teaching")
        ]

    def __str__(self):
        return f"{self.teaching} ({self.site_id})"

    @property
    def is_key(self) -> bool:
        """CEFA, special and adult (promotion sociale) teaching: where young people who drop out may go on."""
        return any(word.lower() in self.teaching.lower() for word in KEY_TEACHING_WORDS)


class SchoolServiceLink(models.Model):
    """A confirmed link: this service (CPMS, PSE or other) works with this school site — who said so, and when."""

    site = models.ForeignKey(SchoolSite, on_delete=models.CASCADE, related_name="links")
    service = models.ForeignKey("directory.Service", on_delete=models.CASCADE, related_name="school_links")
    role = models.CharField(_("rôle"), max_length=10, choices=LinkRole.choices)
    source = models.CharField(_("source"), max_length=20, choices=LinkSource.choices)
    source_detail = models.CharField(_("précision sur la source"), max_length=255, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("confirmé par (compte)"),
    )
    confirmed_by_name = models.CharField(_("confirmé par"), max_length=200)
    confirmed_at = models.DateField(_("confirmé le"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("enregistré par"),
    )
    recorded_at = models.DateTimeField(_("enregistré le"), default=timezone.now)

    class Meta:
        ordering = ["role", "service__name"]
        verbose_name = _("lien école – service")
        verbose_name_plural = _("liens école – service")
        constraints = [models.UniqueConstraint(fields=["site", "service", "role"], name="unique_school_link")]

    def __str__(self):
        return f"{self.site_id} → {self.service} ({self.get_role_display()})"


class LinkProposal(Reviewed):
    """A partner's statement « these are (not) our schools », waiting for a coordinator (moderation)."""

    service = models.ForeignKey("directory.Service", on_delete=models.CASCADE, related_name="school_link_proposals")
    role = models.CharField(_("rôle"), max_length=10, choices=LinkRole.choices)
    add = models.JSONField(_("écoles à confirmer"), default=list, blank=True)
    remove = models.JSONField(_("écoles à retirer"), default=list, blank=True)
    message = models.TextField(_("message"), blank=True)
    status = models.CharField(
        _("statut"), max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.PENDING, db_index=True
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("déposé par")
    )
    submitted_by_name = models.CharField(_("nom de la personne"), max_length=200)
    created_at = models.DateTimeField(_("déposé le"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("proposition de liens école – service")
        verbose_name_plural = _("propositions de liens école – service")

    def __str__(self):
        return f"{self.service} : +{len(self.add)} / -{len(self.remove)}"

    def get_absolute_url(self):
        return reverse("schools:proposal_detail", kwargs={"pk": self.pk})

    @property
    def is_pending(self) -> bool:
        return self.status == ProposalStatus.PENDING
