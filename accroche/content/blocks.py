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
    """A legal or clinical statement with its source and the date the source was consulted.

    The child is still called `verified_on` (stored data), but it only ever meant « source consultée le »: a
    statement is « relu » or « validé » only through the review workflow (accroche.review, decision 0110).
    """

    text = blocks.RichTextBlock(features=["bold", "italic", "link"], label=_("Affirmation"))
    source_label = blocks.CharBlock(label=_("Source (nom)"))
    source_url = blocks.URLBlock(label=_("Source (adresse)"))
    verified_on = blocks.DateBlock(label=_("Source consultée le"))
    to_verify = blocks.BooleanBlock(required=False, label=_("À vérifier (source incertaine)"))

    class Meta:
        icon = "doc-full"
        template = "content/blocks/statement.html"


class LegalDetailsBlock(blocks.StaticBlock):
    """The publisher, contact and privacy officer, read from the settings (SITE_PUBLISHER and co.)."""

    class Meta:
        icon = "user"
        label = _("Éditeur, contact et délégué à la protection des données (réglages du site)")
        admin_text = _("Affiche les valeurs des réglages SITE_PUBLISHER, SITE_CONTACT_EMAIL et SITE_PRIVACY_OFFICER.")
        template = "content/blocks/legal_details.html"

    def get_context(self, value, parent_context=None):
        from django.conf import settings

        context = super().get_context(value, parent_context=parent_context)
        context["details"] = [
            (_("Éditeur responsable"), settings.SITE_PUBLISHER, False),
            (_("Contact"), settings.SITE_CONTACT_EMAIL, True),
            (_("Délégué à la protection des données"), settings.SITE_PRIVACY_OFFICER, False),
        ]
        return context


class SourcedItemBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Texte"))
    source_label = blocks.CharBlock(label=_("Source (nom)"))
    source_url = blocks.URLBlock(label=_("Source (adresse)"))


class CanCannotBlock(blocks.StructBlock):
    """Two sourced lists side by side: what may be written, what may not (the doctors' recap)."""

    title = blocks.CharBlock(label=_("Titre"))
    can_heading = blocks.CharBlock(label=_("Intitulé « peut »"), default="Peut écrire (si constaté)")
    can = blocks.ListBlock(SourcedItemBlock(), label=_("Peut"))
    cannot_heading = blocks.CharBlock(label=_("Intitulé « ne peut pas »"), default="Ne peut pas")
    cannot = blocks.ListBlock(SourcedItemBlock(), label=_("Ne peut pas"))

    class Meta:
        icon = "table"
        template = "content/blocks/can_cannot.html"


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
    ("legal_details", LegalDetailsBlock()),
]
