"""The « ligne du temps »: dated events of the project since 2019, edited inline."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from accroche.core.textlimits import bounded_text_field

from .base import ContentPage


class DatePrecision(models.TextChoices):
    YEAR = "year", _("Année")
    MONTH = "month", _("Mois")
    DAY = "day", _("Jour")


class TimelinePage(ContentPage):
    """A page listing dated events in chronological order."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = ContentPage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("events", label=_("Événements"), heading=_("Événements de la ligne du temps")),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("intro")]
    template = "content/timeline_page.html"

    class Meta:
        verbose_name = _("ligne du temps")

    def ordered_events(self):
        return self.events.order_by("date", "sort_order")


class TimelineEvent(Orderable):
    page = ParentalKey(TimelinePage, on_delete=models.CASCADE, related_name="events")
    date = models.DateField(_("date"))
    precision = models.CharField(
        _("précision de la date"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.YEAR
    )
    title = models.CharField(_("titre"), max_length=200)
    description = bounded_text_field(_("description"), blank=True)
    link_url = models.CharField(_("lien (facultatif)"), max_length=300, blank=True)
    is_demo = models.BooleanField(_("exemple"), default=False)

    panels = [
        FieldPanel("date"),
        FieldPanel("precision"),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("link_url"),
        FieldPanel("is_demo"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("événement")

    def __str__(self):
        return f"{self.date:%Y} — {self.title}"

    @property
    def date_format(self) -> str:
        return {"year": "Y", "month": "F Y", "day": "j F Y"}[self.precision]
