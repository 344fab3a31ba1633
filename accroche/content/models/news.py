"""News: an index page and dated news pages, with an RSS feed (accroche/content/feeds.py)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from accroche.core.textlimits import bounded_text_field

from ..blocks import BODY_BLOCKS
from .base import ContentPage


class NewsIndexPage(ContentPage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = ContentPage.content_panels + [FieldPanel("intro")]
    subpage_types = ["content.NewsPage"]
    max_count = 1
    template = "content/news_index_page.html"

    class Meta:
        verbose_name = _("liste des actualités")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = NewsPage.objects.live().public().descendant_of(self).order_by("-date", "-pk")
        return context


class NewsPage(ContentPage):
    date = models.DateField(_("date"), default=timezone.localdate)
    intro = bounded_text_field(_("chapeau"), blank=True, limit=400)
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("contenu"))

    content_panels = ContentPage.content_panels + [FieldPanel("date"), FieldPanel("intro"), FieldPanel("body")]
    search_fields = ContentPage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["content.NewsIndexPage"]
    subpage_types: list[str] = []
    template = "content/news_page.html"

    class Meta:
        verbose_name = _("actualité")
