"""A pathway started from a school (`?ecole=`): the school's CPMS and PSE first, distances from the school.

Nothing is stored: the school is a parameter of the URL, like the postal code (decision 0137).
"""

from dataclasses import dataclass, field

from accroche.geo.selectors import Place

from .choices import LinkRole
from .models import SchoolSite
from .search import search_sites
from .selectors import centres_for_site

PARAM = "ecole"
MAX_LENGTH = 120
MAX_CHOICES = 8


@dataclass
class SchoolChoice:
    """What the `ecole` parameter resolved to: one site (with its centres), or several to choose from."""

    text: str = ""
    site: SchoolSite | None = None
    choices: list = field(default_factory=list)  # several sites matched the text: links to pick one
    unknown: bool = False
    centres: dict = field(default_factory=dict)  # {"cpms"|"pse": {"confirmed": [...], "candidates": [...]}}

    @property
    def place(self) -> Place | None:
        """The school as the origin of distances (its own position, else its commune's centre)."""
        site = self.site
        if site is None:
            return None
        label = f"{site.name} ({site.locality_label})"
        if site.has_position:
            return Place(label, site.latitude, site.longitude, site.commune)
        if site.commune is not None:
            return Place(label, site.commune.latitude, site.commune.longitude, site.commune)
        return None

    @property
    def centre_services(self) -> list:
        """The school's centres to show first: confirmed ones, else the candidates (each with `school_role` and
        `school_confirmed` set for the templates)."""
        out = []
        for role in (LinkRole.CPMS, LinkRole.PSE):
            centres = self.centres.get(role, {})
            for confirmed, services in ((True, centres.get("confirmed", [])), (False, centres.get("candidates", []))):
                for service in services:
                    service.school_role = LinkRole(role).label
                    service.school_confirmed = confirmed
                    out.append(service)
        return out


def school_choice(raw: str) -> SchoolChoice:
    """Resolves the `ecole` parameter: a FASE implantation number, or a name/commune to search among the sites."""
    text = (raw or "").strip()[:MAX_LENGTH]
    choice = SchoolChoice(text=text)
    if not text:
        return choice
    if text.isdigit() and len(text) <= 9:
        choice.site = SchoolSite.objects.select_related("commune").filter(fase=int(text)).first()
    else:
        sites = search_sites(q=text).sites
        if len(sites) == 1:
            choice.site = sites[0]
        else:
            choice.choices = sites[:MAX_CHOICES]
    if choice.site is not None:
        choice.centres = centres_for_site(choice.site)
    elif not choice.choices:
        choice.unknown = True
    return choice
