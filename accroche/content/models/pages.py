"""Home, audience, project and standard pages."""

from django.db import models
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from ..blocks import BODY_BLOCKS
from ..choices import Door
from .base import ContentPage


class HomePage(ContentPage):
    """The home page: a welcome text and the four audience doors (its AudiencePage children)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("contenu"))

    content_panels = ContentPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = ContentPage.search_fields + [index.SearchField("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "content/home_page.html"

    class Meta:
        verbose_name = _("page d’accueil")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import doors_for_home, latest_news

        context = super().get_context(request, *args, **kwargs)
        context["doors"] = doors_for_home(home=self)
        context["news"] = latest_news(limit=3)
        return context


class AudiencePage(ContentPage):
    """A page made for one audience: what to do, its pathway, the directory pre-filtered and its documents."""

    door = models.CharField(_("porte d’entrée"), max_length=20, choices=Door.choices, unique=True)
    door_hint = models.CharField(
        _("phrase sous la porte"),
        max_length=160,
        blank=True,
        help_text=_("Une phrase courte affichée sous le bouton de la page d’accueil."),
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    pathway_url = models.CharField(_("adresse du parcours"), max_length=200, default=reverse_lazy("orientation:index"))
    pathway_label = models.CharField(
        _("texte du lien vers le parcours"), max_length=120, default=_("S’orienter pas à pas")
    )
    directory_query = models.CharField(
        _("filtre de l’annuaire"),
        max_length=200,
        blank=True,
        help_text=_("Paramètres ajoutés à /annuaire/, par exemple « public=medecins »."),
    )
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("contenu"))

    content_panels = ContentPage.content_panels + [
        MultiFieldPanel([FieldPanel("door"), FieldPanel("door_hint")], heading=_("Porte d’entrée")),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("pathway_url"), FieldPanel("pathway_label"), FieldPanel("directory_query")],
            heading=_("Liens vers le parcours et l’annuaire"),
        ),
        FieldPanel("body"),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["content.HomePage"]
    template = "content/audience_page.html"

    class Meta:
        verbose_name = _("page d’un public")

    @property
    def directory_url(self) -> str:
        query = self.directory_query or f"public={self.door}"
        return f"{reverse('search:directory')}?{query}"

    @property
    def library_url(self) -> str:
        return f"{reverse('content:library')}?public={self.door}"

    def get_context(self, request, *args, **kwargs):
        from ..selectors import resources_for_audience

        context = super().get_context(request, *args, **kwargs)
        context["resources"] = resources_for_audience(audience=self.door, limit=6)
        return context


class IntroBodyPage(ContentPage):
    """A page made of an introduction and a body of blocks (shared by the project page and the simple pages)."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("contenu"))

    content_panels = ContentPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = ContentPage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    template = "content/standard_page.html"

    class Meta:
        abstract = True


class ProjectPage(IntroBodyPage):
    """The project: goals, partners, the three plateformes, REALiSM, the CLPS."""

    template = "content/standard_page.html"  # Wagtail derives a per-class default; an inherited attribute is ignored

    class Meta:
        verbose_name = _("page du projet")


class StandardPage(IntroBodyPage):
    """A simple page: legal notice, privacy, about."""

    template = "content/standard_page.html"

    class Meta:
        verbose_name = _("page simple")
