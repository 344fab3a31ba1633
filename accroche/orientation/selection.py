"""Reads: the services an outcome proposes, kind of help by kind of help (decision 0102).

For each kind the outcome needs: the nearest service of that kind whose service area really covers the family's
commune and that has a phone or an e-mail; then the next ones. When none covers the commune, the plateforme-wide, then
the province- or Federation-wide service of that kind, then a helpline — and the page says so. A service without any
contact is never ticked: it is shown « coordonnées à compléter ».
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from accroche.directory.choices import Scope, Vocabulary
from accroche.directory.models import Service
from accroche.directory.selectors import with_contacts
from accroche.geo.selectors import Place, distance_km, plateforme_provinces

from .choices import HELP_KINDS, HELPLINE_KIND, MAX_PER_KIND, HelpKind

# Tiers of coverage, best first.
LOCAL, PLATEFORME, PROVINCE, FWB = 0, 1, 2, 3
NOT_COVERED = 9


@dataclass
class Offer:
    """One service proposed for a kind of help."""

    service: Service
    distance_km: float | None
    tier: int
    reachable: bool  # has a phone or an e-mail
    ticked: bool = False


@dataclass
class KindOffers:
    """The services proposed for one kind of help, and what the page must say about them."""

    kind: HelpKind
    offers: list[Offer] = field(default_factory=list)  # with a contact, best first
    incomplete: list[Offer] = field(default_factory=list)  # covering the commune but without any contact
    note: str = ""  # the fallback, said plainly


def _reachable(service: Service) -> bool:
    return bool(service.email) or bool(list(service.phones.all()))


def _tier(service: Service, place: Place | None) -> int:
    """Returns how the service's area covers the place's commune (LOCAL … FWB) or NOT_COVERED."""
    commune = place.commune if place else None
    if service.scope == Scope.FWB:
        return NOT_COVERED if commune is not None and commune.german_speaking else FWB
    if service.scope == Scope.PROVINCE:
        # a province-wide service serves its own province only (several provinces on one instance, decision 0200)
        provinces = _provinces(service)
        return NOT_COVERED if commune is not None and provinces and commune.province not in provinces else PROVINCE
    if commune is None:
        return NOT_COVERED
    if service.scope == Scope.PLATEFORME:
        return PLATEFORME if service.plateforme == commune.plateforme and not commune.german_speaking else NOT_COVERED
    if any(area.commune_id == commune.nis_code for area in service.service_areas.all()):
        return LOCAL
    return NOT_COVERED


def _provinces(service: Service) -> set[str]:
    """Returns the province(s) of a service: its plateforme's, else those of its places (empty when unknown)."""
    province = plateforme_provinces().get(service.plateforme, "")
    if province:
        return {province}
    return {
        sal.location.commune.province
        for sal in service.service_at_locations.all()
        if sal.location.commune is not None and sal.location.commune.province
    }


def _distance(service: Service, origin: Place | None) -> float | None:
    if origin is None:
        return None
    points = [
        (sal.location.latitude, sal.location.longitude)
        for sal in service.service_at_locations.all()
        if sal.location.latitude is not None and sal.location.longitude is not None
    ]
    if not points:
        return None
    return min(distance_km(origin.latitude, origin.longitude, lat, lon) for lat, lon in points)


def _candidates(types: set[str]) -> list[Service]:
    typed = Service.objects.public().filter(terms__taxonomy__vocabulary=Vocabulary.SERVICE_TYPE, terms__code__in=types)
    return list(with_contacts(typed.distinct(), also=("service_areas",)))


def _types_of(service: Service) -> set[str]:
    return {t.code for t in service.terms.all() if t.taxonomy.vocabulary == Vocabulary.SERVICE_TYPE}


def select_services(
    kinds: list[str], *, place: Place | None = None, origin: Place | None = None, tick: bool = True
) -> list[KindOffers]:
    """Returns, for each kind of help, the services to propose near `place` (distances from `origin`, default place).

    `origin` lets a caller measure distances from another point than the family's commune (e.g. a school), while
    coverage is always judged on the family's commune. With `tick=False` nothing is ticked (maltreatment outcomes).
    """
    origin = origin or place
    wanted = [HELP_KINDS[k] for k in kinds if k in HELP_KINDS]
    helpline = HELP_KINDS[HELPLINE_KIND]
    types = {t for k in [*wanted, helpline] for t in k.types}
    services = _candidates(types) if types else []
    by_type: dict[str, list[Service]] = {}
    for service in services:
        for code in _types_of(service):
            by_type.setdefault(code, []).append(service)
    shown: set = set()
    result: list[KindOffers] = []
    for kind in wanted:
        pool = list({s.pk: s for t in kind.types for s in by_type.get(t, [])}.values())
        result.append(_offers_for(kind, pool, place, origin, shown, by_type, helpline, tick=tick))
    return result


def _offers_for(kind, pool, place, origin, shown, by_type, helpline, *, tick) -> KindOffers:
    ranked = []
    for service in pool:
        if service.pk in shown:
            continue
        tier = _tier(service, place)
        if tier == NOT_COVERED:
            continue
        distance = _distance(service, origin)
        ranked.append(Offer(service, distance, tier, _reachable(service)))
    home = place.commune.plateforme if place is not None and place.commune is not None else ""
    # Within a tier (all of them cover the commune), the family's plateforme first, then the nearest (decision 0200).
    ranked.sort(
        key=lambda o: (
            o.tier,
            bool(home) and o.service.plateforme != home,
            o.distance_km if o.distance_km is not None else 999.0,
            o.service.name,
        )
    )
    entry = KindOffers(kind=kind)
    entry.offers = [o for o in ranked if o.reachable][:MAX_PER_KIND]
    entry.incomplete = [o for o in ranked if not o.reachable and o.tier == LOCAL][:MAX_PER_KIND]
    has_local_kind = any(s.scope == Scope.LOCAL for s in pool)
    where = place.commune.name if place and place.commune else (place.label if place else "")
    if entry.offers and entry.offers[0].tier != LOCAL and has_local_kind and where:
        entry.note = _(
            "Aucun service « %(kind)s » avec téléphone ou e-mail ne couvre encore %(where)s dans l'annuaire : "
            "voici %(wide)s."
        ) % {"kind": kind.label, "where": where, "wide": _wide_label(entry.offers[0].tier)}
    elif not entry.offers and kind.code != HELPLINE_KIND:
        lines = [
            Offer(s, None, _tier(s, place), True)
            for t in helpline.types
            for s in by_type.get(t, [])
            if s.pk not in shown and _reachable(s) and _tier(s, place) != NOT_COVERED
        ]
        lines.sort(key=lambda o: (o.tier, o.service.name))
        entry.offers = lines[:1]
        entry.note = (
            _(
                "Aucun service « %(kind)s » avec téléphone ou e-mail ne couvre encore %(where)s dans l'annuaire. "
                "En attendant, une ligne d'écoute peut orienter."
            )
            % {"kind": kind.label, "where": where or _("votre commune")}
            if entry.offers
            else _("Aucun service « %(kind)s » avec téléphone ou e-mail dans l'annuaire pour %(where)s.")
            % {"kind": kind.label, "where": where or _("votre commune")}
        )
    if entry.offers and tick:
        entry.offers[0].ticked = True
    shown.update(o.service.pk for o in entry.offers + entry.incomplete)
    return entry


def _wide_label(tier: int) -> str:
    return {
        PLATEFORME: _("le service de toute la plateforme"),
        PROVINCE: _("le service de toute la province"),
        FWB: _("le service de toute la Fédération Wallonie-Bruxelles"),
    }.get(tier, _("le service le plus proche"))
