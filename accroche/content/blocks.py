"""StreamField blocks shared by the content pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Texte du lien"))
    url = blocks.CharBlock(label=_("Adresse (URL ou chemin comme /annuaire/)"))
    description = blocks.CharBlock(label=_("Précision"), required=False)

    class Meta:
        icon = "link"
        template = "content/blocks/link.html"


class NoticeBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("warn", _("Attention"))], default="info", label=_("Type")
    )
    text = blocks.RichTextBlock(features=["bold", "italic", "link"], label=_("Texte"))

    class Meta:
        icon = "warning"
        template = "content/blocks/notice.html"


class SourcedStatementBlock(blocks.StructBlock):
    """A legal or clinical statement with its source and the date it was last checked."""

    text = blocks.RichTextBlock(features=["bold", "italic", "link"], label=_("Affirmation"))
    source_label = blocks.CharBlock(label=_("Source (nom)"))
    source_url = blocks.URLBlock(label=_("Source (adresse)"))
    verified_on = blocks.DateBlock(label=_("Vérifié le"))
    to_verify = blocks.BooleanBlock(required=False, label=_("À vérifier (source incertaine)"))

    class Meta:
        icon = "doc-full"
        template = "content/blocks/statement.html"


BODY_BLOCKS = [
    (
        "heading",
        blocks.CharBlock(form_classname="title", label=_("Intertitre"), template="content/blocks/heading.html"),
    ),
    (
        "paragraph",
        blocks.RichTextBlock(label=_("Paragraphe"), features=["bold", "italic", "link", "ol", "ul", "document-link"]),
    ),
    ("notice", NoticeBlock(label=_("Encadré"))),
    ("links", blocks.ListBlock(LinkBlock(), label=_("Liste de liens"), template="content/blocks/links.html")),
    ("statement", SourcedStatementBlock(label=_("Affirmation sourcée"))),
]
