"""« Ce que dit la règle » pages: every statement carries its source and a « vérifié le » date."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from ..blocks import NoticeBlock, SourcedStatementBlock
from .base import ContentPage

RULE_BLOCKS = [
    (
        "heading",
        blocks.CharBlock(form_classname="title", label=_("Intertitre"), template="content/blocks/heading.html"),
    ),
    ("statement", SourcedStatementBlock(label=_("Affirmation sourcée"))),
    ("notice", NoticeBlock(label=_("Encadré"))),
]


class RulePage(ContentPage):
    """Explains a rule (absences, certificates) statement by statement, each with its source."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(RULE_BLOCKS, verbose_name=_("affirmations"))
    reviewed_on = models.DateField(_("relu le"), null=True, blank=True)
    reviewer = models.CharField(_("relu par"), max_length=120, blank=True)
    validated = models.BooleanField(
        _("validé par un juriste ou la DGEO"),
        default=False,
        help_text=_("Tant que ce n’est pas coché, la page affiche « à faire valider »."),
    )

    content_panels = ContentPage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("reviewed_on"), FieldPanel("reviewer"), FieldPanel("validated")], heading=_("Relecture")
        ),
    ]
    search_fields = ContentPage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    template = "content/rule_page.html"

    class Meta:
        verbose_name = _("page « ce que dit la règle »")

    def statements(self):
        return [block.value for block in self.body if block.block_type == "statement"]
