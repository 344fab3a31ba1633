"""The library of tools (/outils/): posters, flyers, répertoires, videos and webinars."""

from django import forms
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from accroche.core.textlimits import bounded_text_field

from ..choices import Language, Licence, ResourceFormat, ResourceKind
from ..video import embed_url_for, provider_for


class Audience(models.Model):
    """An audience of the library, with the same code as the directory's audience vocabulary."""

    code = models.SlugField(_("code"), max_length=30, primary_key=True)
    name = models.CharField(_("nom"), max_length=80)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("public")

    def __str__(self):
        return str(self.name)


class ResourceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)


class Resource(index.Indexed, ClusterableModel):
    """One production of the network: a document to download, a link or a video."""

    title = models.CharField(_("titre"), max_length=200)
    slug = models.SlugField(_("identifiant d’adresse"), max_length=120, unique=True)
    description = bounded_text_field(_("description"), blank=True)
    kind = models.CharField(_("type"), max_length=20, choices=ResourceKind.choices)
    format = models.CharField(_("format"), max_length=20, choices=ResourceFormat.choices)
    language = models.CharField(_("langue"), max_length=5, choices=Language.choices, default=Language.FR)
    published_on = models.DateField(_("date"), null=True, blank=True, help_text=_("Laisser vide si inconnue."))
    period = models.CharField(
        _("période"), max_length=40, blank=True, help_text=_("Si la date exacte est inconnue, par ex. « 2020 ».")
    )
    to_verify = models.BooleanField(
        _("à vérifier"),
        default=False,
        help_text=_("Cochez tant que la fiche est décrite d’après une source secondaire (date, licence, fichier)."),
    )
    licence = models.CharField(_("licence"), max_length=20, choices=Licence.choices, default=Licence.UNKNOWN)
    author = models.CharField(_("auteur"), max_length=200, default="Groupe « Ensemble accrochons-nous »")
    audiences = ParentalManyToManyField(Audience, related_name="resources", verbose_name=_("publics"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("fichier"),
    )
    url = models.URLField(_("lien externe"), blank=True, max_length=500)
    video_url = models.URLField(
        _("adresse de la vidéo"),
        blank=True,
        max_length=500,
        help_text=_("YouTube ou Vimeo. La vidéo n’est chargée que lorsque la personne clique."),
    )
    source_url = models.URLField(_("source"), blank=True, max_length=500)
    is_demo = models.BooleanField(
        _("exemple"), default=False, help_text=_("Cochez si la fiche est inventée pour la démonstration.")
    )
    published = models.BooleanField(_("publié"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ResourceQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("format"),
                FieldPanel("language"),
                FieldPanel("published_on"),
                FieldPanel("period"),
                FieldPanel("licence"),
                FieldPanel("author"),
            ],
            heading=_("Caractéristiques"),
        ),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("url"), FieldPanel("video_url"), FieldPanel("source_url")],
            heading=_("Fichier, lien ou vidéo"),
        ),
        FieldPanel("to_verify"),
        FieldPanel("is_demo"),
        FieldPanel("published"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("language"),
        index.FilterField("published"),
    ]

    class Meta:
        ordering = [models.F("published_on").desc(nulls_last=True), "title"]
        verbose_name = _("outil")
        verbose_name_plural = _("outils")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("content:resource_detail", kwargs={"slug": self.slug})

    @property
    def download_url(self) -> str:
        return self.document.url if self.document_id else self.url

    @property
    def video_provider(self) -> str:
        return provider_for(self.video_url)

    @property
    def embed_url(self) -> str:
        """Returns the privacy-friendly player address (youtube-nocookie, Vimeo dnt), or '' if unknown."""
        return embed_url_for(self.video_url)
