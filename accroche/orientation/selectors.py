"""Reads of the orientation app: live pathways, walking a path of answers, the services of an outcome, stats."""

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from html import escape

from django.db.models import Sum
from django.urls import NoReverseMatch
from django.utils import timezone
from django.utils.translation import gettext as _

from accroche.core import params as strict
from accroche.directory.models import Service
from accroche.directory.selectors import services_with_contacts, with_contacts
from accroche.geo.selectors import Place, place_from_text, plateforme_for_commune

from .choices import MAX_STEPS, STATS_OUTSIDE, STATS_UNKNOWN, NodeKind
from .models import Pathway, PathwayStat
from .tree import Node


def live_pathways():
    """Returns the published pathways, in display order."""
    return Pathway.objects.filter(live=True)


@dataclass
class Step:
    """One answered step of the path so far (several indexes on a multiple-answer question)."""

    node: Node
    answer_index: tuple[int, ...]
    answer_label: str
    steps_before: list[tuple[int, ...]]  # the answers that lead to this node (its URL)


@dataclass
class Walk:
    """Where a path of answers leads: the current node, the steps taken, and a message if the link was stale."""

    current: Node
    steps: list[Step] = field(default_factory=list)
    error: str = ""

    @property
    def answers(self) -> list[tuple[int, ...]]:
        return [s.answer_index for s in self.steps]


def parse_steps(raw: str) -> tuple[list[tuple[int, ...]], bool]:
    """Parses "4.1.3,5" into [(4,), (1,), (3, 5)] (core.params integers; 0 = « none of these »); returns the valid
    prefix and whether everything parsed."""
    if not raw:
        return [], True
    steps: list[tuple[int, ...]] = []
    parts = raw.split(".")
    for part in parts[:MAX_STEPS]:
        values = part.split(",")
        if len(values) > 20:
            return steps, False
        try:
            numbers = [strict.integer(v, low=0, high=99) for v in values]
        except ValueError:
            return steps, False
        if any(n is None for n in numbers):
            return steps, False
        steps.append(tuple(sorted(set(numbers))))
    return steps, len(parts) <= MAX_STEPS


def format_steps(steps: list[tuple[int, ...]]) -> str:
    return ".".join(",".join(str(i) for i in step) for step in steps)


def _stale() -> str:
    return _(
        "Ce lien ne correspond plus tout à fait au parcours (il a peut-être été mis à jour) : "
        "vous reprenez à la dernière étape valable."
    )


def walk(nodes: list[Node], steps: list[tuple[int, ...] | int]) -> Walk:
    """Follows the answers from the entry node; stops at the last valid node when a step does not exist.

    Several answers ticked together on a multiple-answer question lead to their outcomes combined (`combine`).
    """
    by_key = {n.key: n for n in nodes}
    current = nodes[0]
    result = Walk(current=current)
    taken: list[tuple[int, ...]] = []
    seen = {current.key}
    for raw in steps:
        step = raw if isinstance(raw, tuple) else (raw,)
        target = _target(current, step, by_key)
        if target is None:
            result.error = _stale()
            break
        label = _answer_label(current, step)
        result.steps.append(Step(node=current, answer_index=step, answer_label=label, steps_before=list(taken)))
        taken.append(step)
        current = target
        if current.key in seen or "+" in current.key:  # a combined outcome ends the walk; never loop
            break
        seen.add(current.key)
    if len(result.steps) < len(steps) and not result.error:
        result.error = _stale()
    result.current = current
    return result


def _target(node: Node, step: tuple[int, ...], by_key: dict[str, Node]) -> Node | None:
    if node.kind == NodeKind.QUESTION:
        if node.multiple and step == (0,):
            return by_key.get(node.next)
        if not step or 0 in step or (len(step) > 1 and not node.multiple):
            return None
        if any(i > len(node.answers) or node.answers[i - 1].next not in by_key for i in step):
            return None
        targets = [by_key[node.answers[i - 1].next] for i in step]
        return targets[0] if len(targets) == 1 else combine(targets)
    if step == (1,) and node.next in by_key:  # information steps and an outcome's follow-up
        return by_key[node.next]
    return None


def _answer_label(node: Node, step: tuple[int, ...]) -> str:
    if node.kind != NodeKind.QUESTION:
        return _("Continuer")
    if step == (0,):
        return node.none_label or _("Aucune de ces situations")
    return " + ".join(node.answers[i - 1].label for i in step)


_BLOCK = re.compile(r"<(p|ul|ol|table|h3)\b.*?</\1>", re.DOTALL)


def _blocks(html: str) -> list[str]:
    """Splits rich text into its top-level blocks (paragraphs, lists), whitespace-normalised for comparison."""
    found = [" ".join(m.group(0).split()) for m in _BLOCK.finditer(html)]
    return found or ([" ".join(html.split())] if html.strip() else [])


def _merge_html(parts: list[Node], attribute: str, *, titled: bool) -> str:
    """Joins one text field of several outcomes; a block shared by several (the school link) appears once."""
    seen, chunks = set(), []
    for part in parts:
        fresh = [b for b in _blocks(getattr(part, attribute)) if b not in seen]
        if not fresh:
            continue
        seen.update(fresh)
        heading = f"<h3>{escape(part.title)}</h3>" if titled else ""
        chunks.append(heading + "".join(fresh))
    return "".join(chunks)


_ITEM = re.compile(r"<li\b.*?</li>", re.DOTALL)
SHEET_ITEMS = 8  # a combined sheet keeps its first items (urgent parts first) so it still fits one A4 page


def _merge_items(parts: list[Node], attribute: str) -> str:
    """Joins the list items of a sheet's text across outcomes, each once, in one list (urgent parts first)."""
    items = []
    for part in parts:
        text = getattr(part, attribute)
        found = [" ".join(m.group(0).split()) for m in _ITEM.finditer(text)]
        if not found and text.strip():
            return _merge_html(parts, attribute, titled=False)
        items += [i for i in found if i not in items]
    return f"<ul>{''.join(items[:SHEET_ITEMS])}</ul>" if items else ""


def combine(outcomes: list[Node]) -> Node:
    """Returns one outcome combining several: urgent ones first, shared blocks once, kinds and sources merged."""
    parts = sorted(outcomes, key=lambda n: not n.urgent)  # stable: answer order otherwise
    titled = len(parts) > 1
    kinds = list(dict.fromkeys(k for part in parts for k in part.kinds))
    sources = list(dict.fromkeys(s for part in parts for s in part.sources))
    return replace(
        parts[0],
        key="+".join(p.key for p in parts),
        title=" + ".join(p.title for p in parts),
        body=_merge_html(parts, "body", titled=titled),
        summary=_merge_html(parts, "summary", titled=titled),
        certificate=_merge_html(parts, "certificate", titled=titled),
        contacts=_merge_html(parts, "contacts", titled=titled),
        consent=_merge_html(parts, "consent", titled=titled),
        family_steps=_merge_items(parts, "family_steps"),
        professional_steps=_merge_items(parts, "professional_steps"),
        youth_steps=_merge_items(parts, "youth_steps"),
        urgent=any(p.urgent for p in parts),
        safety=any(p.safety for p in parts),
        emergency=next((p.emergency for p in parts if p.emergency), ""),
        kinds=tuple(kinds),
        sources=tuple(sources),
        next="",
        reviewed_on=min((p.reviewed_on for p in parts if p.reviewed_on), default=None),
        reviewer="",
    )


def find_place(postal_code: str) -> Place | None:
    """Returns the place of a postal code or commune name typed by the family, or None."""
    return place_from_text(text=postal_code) if postal_code else None


def plateforme_of(postal_code: str) -> str:
    """Returns the plateforme of the family's commune (or unknown / outside the province) — never the code itself."""
    place = find_place(postal_code)
    if place is None:
        return STATS_UNKNOWN
    return plateforme_for_commune(place.commune) or STATS_OUTSIDE


def services_by_ids(ids: list[str]) -> list[Service]:
    """Returns the public services with these ids, in the given order (unknown ids are ignored)."""
    valid = []
    for value in ids:
        try:
            valid.append(str(uuid.UUID(value.strip()[:36])))
        except ValueError:
            continue
    services = services_with_contacts(uuid.UUID(i) for i in dict.fromkeys(valid))
    attach_contacts(services)
    return services


def services_by_short_codes(codes: str) -> list[Service]:
    """Returns the public services of a short address (/f/<codes>), in its order; a rare shared prefix lists both."""
    from django.db.models import Q

    from .shortlinks import id_ranges

    ranges = id_ranges(codes)
    if not ranges:
        return []
    condition = Q()
    for low, high in ranges:
        condition |= Q(id__gte=low, id__lte=high)
    found = list(with_contacts(Service.objects.public().filter(condition)))
    ordered = []
    for low, high in ranges:
        ordered += [s for s in found if low <= s.id <= high and s not in ordered]
    attach_contacts(ordered)
    return ordered


@dataclass
class EmergencyLine:
    number: str
    label: str
    uri: str
    service: Service | None = None  # a directory service (SOS Enfants) shown in the block


def emergency_block(node: Node | None = None, *, place: Place | None = None) -> list[EmergencyLine]:
    """Returns the emergency numbers in the order the situation needs (103 and SOS Enfants first for maltreatment)."""
    from .choices import Emergency
    from .selection import select_services

    situation = node.emergency if node is not None and node.emergency in Emergency.values else Emergency.NONE
    lines = [EmergencyLine(*row) for row in _ordered_numbers(situation, place)]
    if situation == Emergency.MALTREATMENT:
        offers = select_services(["maltraitance"], place=place, tick=False)[0]
        team = [o.service for o in offers.offers + offers.incomplete if _is_sos_enfants(o.service)][:1]
        team = team or _nearest_sos_enfants(place)  # no team's area covers the commune: the nearest one
        if team:
            attach_contacts([team[0]])
            service = team[0]
            lines.insert(
                1,
                EmergencyLine(
                    service.contact["phone"],
                    _("Équipe SOS Enfants : conseil aux professionnels et aux familles, hors du cadre judiciaire"),
                    service.contact["tel_uri"],
                    service,
                ),
            )
    return lines


def _digits(number: str) -> str:
    return "".join(c for c in number if c.isdigit())


def _ordered_numbers(situation: str, place: Place | None) -> list[tuple[str, str, str]]:
    """The territory's emergency numbers (accroche.geo data) in the situation's order; the built-in list if none."""
    from accroche.geo.selectors import emergency_numbers

    from .choices import EMERGENCY, EMERGENCY_ORDER, Emergency

    plateforme = plateforme_for_commune(place.commune) if place is not None and place.commune is not None else ""
    rows = emergency_numbers(plateforme or "")
    if not rows:
        return [EMERGENCY[code] for code in EMERGENCY_ORDER[situation]]
    if situation == Emergency.NONE:
        return rows
    ordered = []
    for code in EMERGENCY_ORDER[situation]:
        wanted = _digits(EMERGENCY[code][0])
        ordered += [row for row in rows if _digits(row[0]) == wanted and row not in ordered]
    return ordered


def _nearest_sos_enfants(place: Place | None) -> list[Service]:
    from accroche.directory.choices import Vocabulary
    from accroche.geo.selectors import distance_km

    teams = [
        s
        for s in with_contacts(
            Service.objects.public().filter(
                terms__taxonomy__vocabulary=Vocabulary.SERVICE_TYPE, terms__code="maltraitance"
            )
        )
        if _is_sos_enfants(s)
    ]

    def distance(service):
        points = [
            (sal.location.latitude, sal.location.longitude)
            for sal in service.service_at_locations.all()
            if sal.location.latitude is not None
        ]
        if place is None or not points:
            return 999.0
        return min(distance_km(place.latitude, place.longitude, lat, lon) for lat, lon in points)

    return sorted(teams, key=lambda s: (distance(s), s.name))[:1]


def _is_sos_enfants(service: Service) -> bool:
    name = service.name.upper()
    return "SOS" in name and "ENFANTS" in name


def _attach_contacts(services: list[Service]) -> None:  # the name other apps (schools) call
    attach_contacts(services)


def _has_contacts(service: Service) -> bool:
    loaded = getattr(service, "_prefetched_objects_cache", {})
    return "phones" in loaded and "service_at_locations" in loaded


def attach_contacts(services: list[Service]) -> None:
    """Sets `contact` on each service: first phone, e-mail, web site and first address (for cards and handouts)."""
    if not services:
        return
    missing = [s.id for s in services if not _has_contacts(s)]  # rows not already from the one loader
    by_id = {s.id: s for s in services_with_contacts(missing, public=False)} if missing else {}
    for service in services:
        full = by_id.get(service.id, service)
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
            "commune": address.city if address else "",
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
