"""Reads of the schools app: a site's services (confirmed links, else candidates « à confirmer »), coverage."""

from dataclasses import dataclass, field

from django.db.models import Count, Q

from accroche.directory.choices import Scope, Vocabulary
from accroche.directory.models import Service
from accroche.directory.selectors import with_contacts
from accroche.geo.selectors import distance_km, plateforme_labels
from accroche.search.text import fold

from .choices import LinkRole, ProposalStatus, ReseauFamily
from .models import LinkProposal, SchoolServiceLink, SchoolSite

MAX_CANDIDATES = 3
# Types of the « other » services shown as working in the area of a school (médiation scolaire, SAS, équipes mobiles).
AREA_TYPES = ("mediation_scolaire", "sas", "equipe_mobile")
ROLE_TYPE = {LinkRole.CPMS: "cpms", LinkRole.PSE: "pse"}


def service_type_codes(service: Service) -> set[str]:
    return {t.code for t in service.terms.all() if t.taxonomy.vocabulary == Vocabulary.SERVICE_TYPE}


def role_of(service: Service) -> str:
    """A service's role for schools: CPMS or PSE from its type, otherwise « autre »."""
    codes = service_type_codes(service)
    if "cpms" in codes:
        return LinkRole.CPMS
    if "pse" in codes:
        return LinkRole.PSE
    return LinkRole.OTHER


def centre_family(service: Service) -> str:
    """The réseau family of a CPMS read from its name (decision 0132), or "" when the name does not say."""
    name = f" {fold(service.name)} {fold(service.alternate_name)} "
    if " libre" in name:
        return ReseauFamily.LIBRE
    if "wbe" in name or "federation wallonie-bruxelles" in name or "communaute francaise" in name:
        return ReseauFamily.WBE
    if "provinc" in name or "ville de" in name or "communal" in name:
        return ReseauFamily.OFFICIEL
    return ""


def _typed(code: str):
    typed = Service.objects.public().filter(terms__code=code, terms__taxonomy__vocabulary=Vocabulary.SERVICE_TYPE)
    return with_contacts(typed.distinct(), also=("service_areas",))


def _km(site: SchoolSite, service: Service) -> float | None:
    if not site.has_position:
        return None
    points = [
        (sal.location.latitude, sal.location.longitude)
        for sal in service.service_at_locations.all()
        if sal.location.latitude is not None
    ]
    if not points:
        return None
    return min(distance_km(site.latitude, site.longitude, lat, lon) for lat, lon in points)


def _covers(service: Service, site: SchoolSite) -> bool:
    """True when the service works in the site's area: its plateforme, or a commune of its service area."""
    commune = site.commune
    if commune is None:
        return False
    if service.scope in (Scope.PROVINCE, Scope.FWB):
        return True
    if service.plateforme and service.plateforme == commune.plateforme:
        return True
    return any(a.commune_id == commune.nis_code for a in service.service_areas.all())


@dataclass
class Candidate:
    service: Service
    km: float | None


def candidates_for(site: SchoolSite, role: str, *, services=None) -> list[Candidate]:
    """Likely services for a site without a confirmed link, marked « à confirmer » (decision 0132).

    CPMS: a centre of the same réseau family (WBE, officiel subventionné, libre — read from its name) working in the
    site's plateforme or commune. PSE: a PSE service working there (the réseau of PSE services is not recorded).
    Nearest first, at most three.
    """
    pool = services if services is not None else list(_typed(ROLE_TYPE[role]))
    found = []
    for service in pool:
        if not _covers(service, site):
            continue
        if role == LinkRole.CPMS:
            family = centre_family(service)
            if not site.reseau_family or family != site.reseau_family:
                continue
        found.append(Candidate(service, _km(site, service)))
    found.sort(key=lambda c: (c.km is None, c.km or 0, c.service.name))
    return found[:MAX_CANDIDATES]


@dataclass
class RoleSection:
    role: str
    label: str
    links: list = field(default_factory=list)  # confirmed SchoolServiceLink rows
    candidates: list = field(default_factory=list)  # Candidate rows (only when nothing is confirmed)


def site_sections(site: SchoolSite) -> list[RoleSection]:
    """The CPMS, PSE and other sections of a site's page."""
    links = list(
        SchoolServiceLink.objects.filter(site=site, service__in=Service.objects.public())
        .select_related("service__organization")
        .prefetch_related("service__phones")
        .order_by("role", "service__name")
    )
    sections = []
    for role, label in LinkRole.choices:
        section = RoleSection(role, label, [link for link in links if link.role == role])
        if not section.links and role in ROLE_TYPE:
            section.candidates = candidates_for(site, role)
        sections.append(section)
    return sections


def area_services(site: SchoolSite) -> list[Service]:
    """Services of the types that work with schools of an area (médiation scolaire, SAS…), covering this site."""
    found = {}
    for code in AREA_TYPES:
        for service in _typed(code):
            if _covers(service, site):
                found[service.pk] = service
    return sorted(found.values(), key=lambda s: (_km(site, s) is None, _km(site, s) or 0, s.name))[:6]


def centres_for_site(site: SchoolSite) -> dict[str, dict]:
    """{role: {"confirmed": [services], "candidates": [services]}} for CPMS and PSE (used by the pathways)."""
    links = SchoolServiceLink.objects.filter(site=site, role__in=list(ROLE_TYPE), service__in=Service.objects.public())
    result = {}
    for role in ROLE_TYPE:
        confirmed = [link.service for link in links if link.role == role]
        result[role] = {
            "confirmed": confirmed,
            "candidates": [] if confirmed else [c.service for c in candidates_for(site, role)],
        }
    return result


@dataclass
class CoverageRow:
    plateforme: str
    label: str
    reseau: str
    total: int
    with_cpms: int
    with_pse: int

    @property
    def cpms_share(self) -> int:
        return round(100 * self.with_cpms / self.total) if self.total else 0

    @property
    def pse_share(self) -> int:
        return round(100 * self.with_pse / self.total) if self.total else 0


def coverage(*, plateformes=None) -> list[CoverageRow]:
    """Per plateforme and réseau: current sites, and how many have a confirmed CPMS and a confirmed PSE."""
    sites = SchoolSite.objects.current()
    if plateformes is not None:
        sites = sites.filter(commune__plateforme__in=list(plateformes))
    rows = (
        sites.values("commune__plateforme", "reseau")
        .annotate(
            total=Count("fase", distinct=True),
            with_cpms=Count("fase", filter=Q(links__role=LinkRole.CPMS), distinct=True),
            with_pse=Count("fase", filter=Q(links__role=LinkRole.PSE), distinct=True),
        )
        .order_by("commune__plateforme", "reseau")
    )
    labels = plateforme_labels()
    result = [
        CoverageRow(
            r["commune__plateforme"] or "",
            str(labels.get(r["commune__plateforme"], "—")),
            r["reseau"],
            r["total"],
            r["with_cpms"],
            r["with_pse"],
        )
        for r in rows
    ]
    return result


def pending_proposals(plateformes) -> list:
    """Partners' proposals a coordinator of these plateformes decides on (province-wide services: everyone)."""
    return list(
        LinkProposal.objects.filter(status=ProposalStatus.PENDING)
        .filter(Q(service__plateforme__in=list(plateformes)) | Q(service__plateforme=""))
        .select_related("service", "submitted_by")
    )


@dataclass
class SchoolHint:
    """A school named in a directory query, with its confirmed centres or the candidates (« à confirmer »)."""

    site: SchoolSite
    cpms: list
    pse: list
    cpms_confirmed: bool
    pse_confirmed: bool


def school_hints(q: str) -> list[SchoolHint]:
    """For the directory search: the schools a query names (« CPMS de l'Athénée de Verviers ») and their centres."""
    from .search import schools_named_in

    sites = schools_named_in(q)
    if not sites:
        return []
    pools = {role: list(_typed(code)) for role, code in ROLE_TYPE.items()}
    links = SchoolServiceLink.objects.filter(
        site__in=sites, role__in=list(ROLE_TYPE), service__in=Service.objects.public()
    ).select_related("service")
    confirmed: dict = {}
    for link in links:
        confirmed.setdefault((link.site_id, link.role), []).append(link.service)
    hints = []
    for site in sites:
        found = {}
        for role in ROLE_TYPE:
            services = confirmed.get((site.fase, role))
            found[role] = (
                (services, True)
                if services
                else (
                    [c.service for c in candidates_for(site, role, services=pools[role])],
                    False,
                )
            )
        hints.append(
            SchoolHint(
                site,
                found[LinkRole.CPMS][0],
                found[LinkRole.PSE][0],
                found[LinkRole.CPMS][1],
                found[LinkRole.PSE][1],
            )
        )
    return hints
