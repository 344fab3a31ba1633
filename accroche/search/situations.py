"""Situation-like and crisis queries (« mon fils ne veut plus aller à l'école », « je veux mourir »): the matching
pathway is offered above the results, and crisis words put the right emergency numbers first (issue 13)."""

import re
from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .memo import remember
from .text import fold

SUICIDE = "suicide"
MALTREATMENT = "maltraitance"

# Patterns on the folded query (no accents, lower case, apostrophes kept as spaces).
CRISIS_PATTERNS = [
    (SUICIDE, r"\b(veu[xt]|envie de|vais|voudrai[st]?|pense a) (mourir|me tuer|en finir|disparaitre)\b"),
    (SUICIDE, r"\b(suicid\w*|me tuer|en finir avec la vie|plus envie de vivre|scarifi\w*|mutil\w*)\b"),
    (SUICIDE, r"\bme (fais|faire|fait) du mal\b"),
    (MALTREATMENT, r"\b(me|m|nous|le|la|les) (frappe\w*|bat|battent|tape\w*|viole\w*)\b"),
    (MALTREATMENT, r"\b(maltrait\w*|inceste|attouchement\w*|abus sexuel\w*|violence\w* (a|a la) maison)\b"),
    (MALTREATMENT, r"\b(frappe|battu|battue|tape) a la maison\b"),
]
SITUATION_PATTERNS = [
    r"\b(veu[xt]|voulait) (plus|pas|plus jamais) (aller|retourner) a (l )?(l)?ecole\b",
    r"\b(ne )?(va|vais|vas) plus a (l )?ecole\b",
    r"\b(refuse|peur|angoisse|phobie)\w* (d )?(aller a (l )?ecole|de l ecole|scolaire)\b",
    r"\bharcel\w*\b",
    r"\bdecroch\w*\b",
    r"\b(absences?|absenteisme|brosse\w*|sech\w*) (a )?(l )?ecole\b",
    r"\bcertificat\b.*\b(ecole|scolaire|absence)\w*\b",
    r"\b(exclu|exclue|renvoye|renvoyee) de (l )?ecole\b",
    r"\blecole\b",
]

FIRST_PERSON = re.compile(r"\b(je|j|me|m|moi|mon prof|ma classe)\b")
PARENT = re.compile(r"\b(mon fils|ma fille|mon enfant|mon ado|mes enfants|notre fils|notre fille)\b")
PROFESSIONAL = re.compile(r"\b(eleve|eleves|un jeune|une jeune)\b")
DOCTOR = re.compile(r"\b(certificat|patient|patiente)\b")


@dataclass(frozen=True)
class Situation:
    pathway_slug: str
    crisis: str = ""  # "", SUICIDE or MALTREATMENT

    @property
    def pathway_url(self) -> str:
        try:
            return reverse("orientation:pathway", kwargs={"slug": self.pathway_slug})
        except NoReverseMatch:
            return ""

    @property
    def label(self):
        return {
            "jeunes": _("Ça ne va pas avec l'école ? Un parcours pour toi, sans donner ton nom"),
            "parents": _("Votre enfant ne veut plus aller à l'école ? Le guide des parents"),
            "professionnels": _("Vous vous inquiétez pour un élève ? Le parcours des professionnels"),
            "medecins": _("On vous demande un certificat ? Le parcours des médecins"),
        }[self.pathway_slug]


def _normalise(query: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(query)).split())


def _audience(text: str) -> str:
    if DOCTOR.search(text):
        return "medecins"
    if PARENT.search(text):
        return "parents"
    if PROFESSIONAL.search(text):
        return "professionnels"
    if FIRST_PERSON.search(text):  # « il me frappe » : the one who types is the young person
        return "jeunes"
    return "parents"  # « il ne veut plus y aller » : most often a parent


def recognise(query: str) -> Situation | None:
    """Returns the situation a query describes (the pathway to offer, a crisis to answer first), or None."""
    text = _normalise(query)
    if not text:
        return None
    crisis = next((kind for kind, pattern in CRISIS_PATTERNS if re.search(pattern, text)), "")
    if crisis:
        return Situation(pathway_slug=_audience(text), crisis=crisis)
    if any(re.search(pattern, text) for pattern in SITUATION_PATTERNS):
        return Situation(pathway_slug=_audience(text))
    return None


def situation_context(query: str) -> dict:
    """The template context of the situation block: the pathway offered and, for a crisis, the emergency numbers."""
    from accroche.orientation.choices import Emergency
    from accroche.orientation.selectors import emergency_block, live_pathways
    from accroche.orientation.tree import Node

    situation = recognise(query)
    if situation is None:
        return {"situation": None, "situation_live": False, "situation_emergency": []}
    emergency = []
    if situation.crisis:
        order = Emergency.SUICIDE if situation.crisis == SUICIDE else Emergency.MALTREATMENT
        # The same block for every search of this kind: kept per data version (memo.py; its selection reads the
        # whole directory).
        emergency = remember(
            "emergency", (order, get_language()), lambda: emergency_block(Node(key="", kind="outcome", emergency=order))
        )
    slug = situation.pathway_slug
    live = remember("pathway-live", slug, lambda: live_pathways().filter(slug=slug).exists())
    return {"situation": situation, "situation_live": live, "situation_emergency": emergency}
