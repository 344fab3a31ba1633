"""Reads of the orientation app: live pathways, walking a path of answers, the services of an outcome, stats."""

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch, Sum
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.translation import gettext as _

from accroche.core import params as strict
from accroche.directory.models import Service
from accroche.geo.selectors import Place, place_from_text, plateforme_for_commune
from accroche.search.engine import Hit, search_services
from accroche.search.params import SearchParams

from .choices import MAX_STEPS, SERVICES_PER_OUTCOME, STATS_OUTSIDE, STATS_UNKNOWN
from .models import Pathway, PathwayStat
from .tree import Node


def live_pathways():
    """Returns the published pathways, in display order."""
    return Pathway.objects.filter(live=True)


@dataclass
class Step:
    """One answered step of the path so far."""

    node: Node
    answer_index: int
    answer_label: str
    steps_before: list[int]  # the answers that lead to this node (its URL)


@dataclass
class Walk:
    """Where a path of answers leads: the current node, the steps taken, and a message if the link was stale."""

    current: Node
    steps: list[Step] = field(default_factory=list)
    error: str = ""

    @property
    def answers(self) -> list[int]:
        return [s.answer_index for s in self.steps]


def parse_steps(raw: str) -> tuple[list[int], bool]:
    """Parses "4.1.3" into [4, 1, 3]; returns the valid prefix and whether everything parsed (core.params grammar)."""
    if not raw:
        return [], True
    steps: list[int] = []
    for part in raw.split(".")[:MAX_STEPS]:
        try:
            step = strict.integer(part, low=1, high=99)
        except ValueError:
            return steps, False
        if step is None:
            return steps, False
        steps.append(step)
    return steps, len(raw.split(".")) <= MAX_STEPS


def format_steps(steps: list[int]) -> str:
    return ".".join(str(s) for s in steps)


def walk(nodes: list[Node], steps: list[int]) -> Walk:
    """Follows the answers from the entry node; stops at the last valid node when a step does not exist."""
    by_key = {n.key: n for n in nodes}
    current = nodes[0]
    result = Walk(current=current)
    taken: list[int] = []
    seen = {current.key}
    for index in steps:
        targets = current.targets()
        if current.is_outcome or not 1 <= index <= len(targets) or targets[index - 1] not in by_key:
            result.error = _(
                "Ce lien ne correspond plus tout à fait au parcours (il a peut-être été mis à jour) : "
                "vous reprenez à la dernière étape valable."
            )
            break
        label = current.answers[index - 1].label if current.answers else _("Continuer")
        result.steps.append(Step(node=current, answer_index=index, answer_label=label, steps_before=list(taken)))
        taken.append(index)
        current = by_key[targets[index - 1]]
        if current.key in seen:  # an unpublishable cycle: never loop
            break
        seen.add(current.key)
    result.current = current
    return result


def find_place(postal_code: str) -> Place | None:
    """Returns the place of a postal code or commune name typed by the family, or None."""
    return place_from_text(text=postal_code) if postal_code else None


def plateforme_of(postal_code: str) -> str:
    """Returns the plateforme of the family's commune (or unknown / outside the province) — never the code itself."""
    place = find_place(postal_code)
    if place is None:
        return STATS_UNKNOWN
    return plateforme_for_commune(place.commune) or STATS_OUTSIDE


def outcome_params(node: Node, *, postal_code: str = "", origin: Place | None = None) -> SearchParams:
    """Returns the directory query of an outcome as shared search parameters (distances from `origin`: a school)."""
    q = node.query
    if origin is not None:
        return SearchParams(
            type=list(q.types),
            besoin=list(q.needs),
            public=list(q.audiences),
            gratuit=q.free,
            anonyme=q.anonymous,
            sans_mandat=q.no_mandate,
            lat=origin.latitude,
            lon=origin.longitude,
            tri="distance",
        )
    return SearchParams(
        type=list(q.types),
        besoin=list(q.needs),
        public=list(q.audiences),
        gratuit=q.free,
        anonyme=q.anonymous,
        sans_mandat=q.no_mandate,
        lieu=postal_code,
        tri="distance" if postal_code else "relevance",
    )


def outcome_services(
    node: Node, *, postal_code: str = "", limit: int = SERVICES_PER_OUTCOME, origin: Place | None = None
) -> tuple[list[Hit], Place | None]:
    """Returns the services of the directory matching an outcome, nearest first, alternating the service types."""
    q = node.query
    if not (q.types or q.needs or q.audiences):  # an empty query would list the whole directory
        return [], find_place(postal_code)
    results = search_services(outcome_params(node, postal_code=postal_code, origin=origin))
    hits = interleave_by_type(results.hits, list(q.types))[:limit]
    _attach_contacts([h.service for h in hits])
    return hits, results.place


def interleave_by_type(hits: list[Hit], types: list[str]) -> list[Hit]:
    """Alternates the asked service types (nearest of each type first), so one type does not fill the list."""
    if len(types) < 2:
        return hits
    groups: dict[str, list[Hit]] = {code: [] for code in types}
    others: list[Hit] = []
    for hit in hits:
        codes = {t.code for t in hit.service.service_types}
        code = next((c for c in types if c in codes), None)
        (groups[code] if code else others).append(hit)
    ordered: list[Hit] = []
    queues = [g for g in groups.values() if g]
    while queues:
        for queue in queues:
            ordered.append(queue.pop(0))
        queues = [q for q in queues if q]
    return ordered + others


def services_by_ids(ids: list[str]) -> list[Service]:
    """Returns the public services with these ids, in the given order (unknown ids are ignored)."""
    valid = []
    for value in ids:
        try:
            valid.append(str(uuid.UUID(value.strip()[:36])))
        except ValueError:
            continue
    found = {str(s.id): s for s in Service.objects.public().filter(id__in=valid).select_related("organization")}
    services = [found[i] for i in dict.fromkeys(valid) if i in found]
    _attach_contacts(services)
    return services


def _attach_contacts(services: list[Service]) -> None:
    """Sets `contact` on each service: first phone, e-mail, web site and first address (for cards and handouts)."""
    if not services:
        return
    rows = Service.objects.filter(id__in=[s.id for s in services]).prefetch_related(
        "phones",
        Prefetch("service_at_locations__location__addresses"),
    )
    by_id = {s.id: s for s in rows}
    for service in services:
        full = by_id[service.id]
        phone = next(iter(full.phones.all()), None)
        address = None
        for sal in full.service_at_locations.all():
            address = next(iter(sal.location.addresses.all()), None)
            if address:
                break
        try:
            page = service.get_absolute_url()
        except NoReverseMatch:  # the directory's service page is not routed (yet)
            page = ""
        service.contact = {
            "page": page,
            "phone": phone.number if phone else "",
            "tel_uri": phone.tel_uri if phone else "",
            "email": full.email,
            "url": full.url,
            "address": address.one_line() if address else "",
        }


@dataclass
class StatRow:
    month: date
    pathway_slug: str
    node_key: str
    plateforme: str
    is_outcome: bool
    views: int
    continued: int

    @property
    def abandoned(self) -> int:
        return 0 if self.is_outcome else max(self.views - self.continued, 0)


def stats_table(*, months: int = 12) -> list[StatRow]:
    """Returns the counts per month, pathway, node and plateforme for the last months."""
    today = timezone.localdate()
    year, month = today.year, today.month - (months - 1)
    while month < 1:
        year, month = year - 1, month + 12
    rows = (
        PathwayStat.objects.filter(month__gte=date(year, month, 1))
        .values("month", "pathway_slug", "node_key", "plateforme", "is_outcome")
        .annotate(v=Sum("views"), c=Sum("continued"))
        .order_by("-month", "pathway_slug", "node_key", "plateforme")
    )
    return [
        StatRow(r["month"], r["pathway_slug"], r["node_key"], r["plateforme"], r["is_outcome"], r["v"], r["c"])
        for r in rows
    ]


def stats_by_node(*, pathway_slug: str) -> dict[str, dict[str, int]]:
    """Returns, for one pathway, the total views, outcomes reached and abandonment of each node."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: {"views": 0, "reached": 0, "abandoned": 0})
    for row in stats_table(months=600):
        if row.pathway_slug != pathway_slug:
            continue
        cell = totals[row.node_key]
        cell["views"] += row.views
        cell["reached" if row.is_outcome else "abandoned"] += row.views if row.is_outcome else row.abandoned
    return dict(totals)
