"""StreamField blocks of a pathway: questions, information steps and outcomes (see decision 0050)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from accroche.directory.selectors import filter_choices

from .choices import HELP_KINDS, Emergency

KEY_HELP = _("Identifiant court et unique dans le parcours (ex. N1, L4). Les réponses renvoient à cet identifiant.")
RICH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class SourceBlock(blocks.StructBlock):
    citation = blocks.CharBlock(label=_("Référence"), max_length=400)
    url = blocks.URLBlock(label=_("Adresse web"), required=False)

    class Meta:
        icon = "link"
        label = _("Source")


class ReviewMixin(blocks.StructBlock):
    """Fields every node carries: its key, explanatory text, sources and last review."""

    key = blocks.CharBlock(label=_("Identifiant"), max_length=20, help_text=KEY_HELP)
    title = blocks.CharBlock(label=_("Titre ou question"), max_length=300)
    body = blocks.RichTextBlock(label=_("Explications"), required=False, features=RICH_FEATURES)
    sources = blocks.ListBlock(SourceBlock(), label=_("Sources"), default=[])
    reviewed_on = blocks.DateBlock(label=_("Sources consultées le"), required=False)
    reviewer = blocks.CharBlock(
        label=_("Relu par (nom d'une personne)"),
        max_length=200,
        required=False,
        help_text=_("Seulement le nom d'une personne qui a relu cette étape ; sinon, laissez vide."),
    )


class AnswerBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Réponse"), max_length=300)
    next = blocks.CharBlock(label=_("Étape suivante (identifiant)"), max_length=20)

    class Meta:
        icon = "arrow-right"
        label = _("Réponse")


class QuestionBlock(ReviewMixin):
    answers = blocks.ListBlock(AnswerBlock(), label=_("Réponses"), min_num=0)
    multiple = blocks.BooleanBlock(
        label=_("Plusieurs réponses possibles"),
        required=False,
        help_text=_("Les réponses cochées ensemble mènent à une issue qui combine leurs actions (urgentes d'abord)."),
    )
    none_label = blocks.CharBlock(label=_("Réponse « aucune de ces situations »"), max_length=300, required=False)
    next = blocks.CharBlock(
        label=_("Étape suivante si aucune situation n'est cochée (identifiant)"), max_length=20, required=False
    )

    class Meta:
        icon = "help"
        label = _("Question")


class InformationBlock(ReviewMixin):
    next = blocks.CharBlock(label=_("Étape suivante (identifiant)"), max_length=20)

    class Meta:
        icon = "doc-full"
        label = _("Étape d'information")


def type_choices():
    return filter_choices("type")


def need_choices():
    return filter_choices("besoin")


def audience_choices():
    return filter_choices("public")


class DirectoryQueryBlock(blocks.StructBlock):
    """Which services of the directory answer this outcome (never a fixed list of services)."""

    types = blocks.MultipleChoiceBlock(label=_("Types de service"), choices=type_choices, required=False)
    needs = blocks.MultipleChoiceBlock(label=_("Besoins"), choices=need_choices, required=False)
    audiences = blocks.MultipleChoiceBlock(label=_("Publics"), choices=audience_choices, required=False)
    free = blocks.BooleanBlock(label=_("Gratuit uniquement"), required=False)
    anonymous = blocks.BooleanBlock(label=_("Anonyme uniquement"), required=False)
    no_mandate = blocks.BooleanBlock(label=_("Sans mandat uniquement"), required=False)

    class Meta:
        label = _("Services de l'annuaire")


class OutcomeBlock(ReviewMixin):
    urgent = blocks.BooleanBlock(
        label=_("Urgence"), required=False, help_text=_("Affiche d'abord les numéros d'urgence.")
    )
    emergency = blocks.ChoiceBlock(
        label=_("Ordre des numéros d'urgence"), choices=Emergency.choices, required=False, default=""
    )
    safety = blocks.BooleanBlock(
        label=_("Maltraitance possible"),
        required=False,
        help_text=_("Aucune fiche pour la famille, rien de coché pour elle ; fiche pour le professionnel."),
    )
    summary = blocks.RichTextBlock(
        label=_("L'essentiel (au plus ~120 mots : quoi écrire ou non, quoi dire, qui appeler)"),
        required=False,
        features=RICH_FEATURES,
    )
    kinds = blocks.MultipleChoiceBlock(
        label=_("Types d'aide à proposer"),
        choices=[(k.code, k.label) for k in HELP_KINDS.values()],
        required=False,
        help_text=_(
            "Pour chaque type : le service le plus proche qui couvre la commune et a un téléphone ou un e-mail."
        ),
    )
    next = blocks.CharBlock(
        label=_("Suite facultative (identifiant)"),
        max_length=20,
        required=False,
        help_text=_("Ex. : après « ne pas antidater », explorer ce que cache l'absence."),
    )
    certificate = blocks.RichTextBlock(
        label=_("Certificat : ce qu'on peut écrire ou non"), required=False, features=RICH_FEATURES
    )
    contacts = blocks.RichTextBlock(label=_("Qui contacter"), required=False, features=RICH_FEATURES)
    consent = blocks.RichTextBlock(
        label=_("Accord, lien avec l'école et secret professionnel"), required=False, features=RICH_FEATURES
    )
    family_steps = blocks.RichTextBlock(
        label=_("Prochaines étapes pour la famille (fiche à remettre, en français simple)"),
        required=False,
        features=RICH_FEATURES,
    )
    professional_steps = blocks.RichTextBlock(
        label=_("Fiche pour le professionnel"), required=False, features=RICH_FEATURES
    )
    youth_steps = blocks.RichTextBlock(
        label=_("Fiche pour le jeune seul (lignes d'écoute, rester discret)"), required=False, features=RICH_FEATURES
    )
    query = DirectoryQueryBlock()

    class Meta:
        icon = "tick-inverse"
        label = _("Issue")


NODE_BLOCKS = [("question", QuestionBlock()), ("information", InformationBlock()), ("outcome", OutcomeBlock())]
