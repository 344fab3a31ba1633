"""« Ce que dit la règle » pages: every statement carries its source and the date it was consulted."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from ..blocks import CanCannotBlock, NoticeBlock, SourcedStatementBlock
from .base import ContentPage

RULE_BLOCKS = [
    (
        "heading",
        blocks.CharBlock(form_classname="title", label=_("Intertitre"), template="content/blocks/heading.html"),
    ),
    ("statement", SourcedStatementBlock(label=_("Affirmation sourcée"))),
    ("notice", NoticeBlock(label=_("Encadré"))),
    ("can_cannot", CanCannotBlock(label=_("Peut / ne peut pas"))),
]


class RulePage(ContentPage):
    """Explains a rule (absences, certificates) statement by statement, each with its source."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(RULE_BLOCKS, verbose_name=_("affirmations"))
    sources_consulted_on = models.DateField(
        _("sources consultées le"),
        null=True,
        blank=True,
        help_text=_(
            "Date à laquelle les sources ont été lues. La relecture se fait par le processus « relecture juridique » "
            "(bouton « Soumettre ») : la page n’affiche « relu » ou « validé » qu’après la signature d’une personne."
        ),
    )

    content_panels = ContentPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("sources_consulted_on")], heading=_("Sources")),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    template = "content/rule_page.html"

    class Meta:
        verbose_name = _("page « ce que dit la règle »")

    def statements(self):
        return [block.value for block in self.body if block.block_type == "statement"]
