"""Poster templates (editable in the admin) and the spreadsheets coordinators upload before importing."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.choices import CallableChoiceIterator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from accroche.geo.choices import plateforme_choices

from .choices import UploadStatus, audience_choices


def audience_options() -> list[tuple[str, str]]:
    return [("", _("Tous les publics")), *audience_choices()]


class PosterTemplate(models.Model):
    """Represents a poster or flyer text, printed with the QR code of the matching page of the site."""

    title = models.CharField(_("titre"), max_length=90)
    text = models.TextField(_("texte court"), max_length=500, help_text=_("Trois ou quatre lignes au plus."))
    # A code of the directory's audience vocabulary (TaxonomyTerm), chosen in a list built from it (never a constant).
    audience = models.CharField(_("public"), max_length=20, blank=True)
    plateforme = models.CharField(_("plateforme"), max_length=20, choices=plateforme_choices, blank=True)
    page_path = models.CharField(
        _("page visée"),
        max_length=300,
        blank=True,
        help_text=_(
            "Chemin de la page du site vers laquelle mène le code QR (ex. /orientation/). Vide : "
            "l'annuaire filtré sur le public et la plateforme."
        ),
    )
    modified_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("audience", widget=forms.Select(choices=CallableChoiceIterator(audience_options))),
        FieldPanel("plateforme"),
        FieldPanel("page_path"),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name = _("modèle d'affiche")
        verbose_name_plural = _("modèles d'affiches")

    def __str__(self):
        return self.title

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.page_path and not self.page_path.startswith("/"):
            raise ValidationError({"page_path": _("Le chemin commence par « / » (ex. /annuaire/).")})
        if self.audience and self.audience not in dict(audience_choices()):
            raise ValidationError({"audience": _("Public inconnu : choisissez un public de l'annuaire.")})

    def get_audience_display(self) -> str:
        return dict(audience_choices()).get(self.audience, self.audience)

    def pdf_links(self):
        """Returns the links to the A4, A3 and A5 PDFs (column of the admin listing)."""
        from django.utils.html import format_html_join

        from .choices import PosterFormat

        return format_html_join(
            " · ",
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            ((reverse("opendata:poster_pdf", args=[self.pk, value]), label) for value, label in PosterFormat.choices),
        )

    pdf_links.short_description = _("PDF")

    @property
    def target_path(self) -> str:
        """Returns the site path the QR code leads to."""
        if self.page_path:
            return self.page_path
        query = {k: v for k, v in (("public", self.audience), ("plateforme", self.plateforme)) if v}
        return reverse("search:directory") + (f"?{urlencode(query)}" if query else "")


class SpreadsheetUpload(models.Model):
    """Represents an uploaded spreadsheet between its dry run and its import (rows kept as text)."""

    file_name = models.CharField(_("fichier"), max_length=255)
    headers = models.JSONField(_("colonnes"), default=list)
    rows = models.JSONField(_("lignes"), default=list)
    line_numbers = models.JSONField(default=list)
    mapping = models.JSONField(_("correspondance des colonnes"), default=dict, blank=True)
    status = models.CharField(_("état"), max_length=20, choices=UploadStatus.choices, default=UploadStatus.CHECKED)
    created = models.PositiveIntegerField(_("créés"), default=0)
    updated = models.PositiveIntegerField(_("mis à jour"), default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)
    imported_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-uploaded_at"]
        verbose_name = _("import de tableur")
        verbose_name_plural = _("imports de tableurs")

    def __str__(self):
        return self.file_name
