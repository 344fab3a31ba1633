"""Reads of the directory: its version, the public service and organization pages."""

from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from .choices import FILTER_VOCABULARIES, Weekday
from .models import DirectoryVersion, Organization, Service, ServiceAtLocation, TaxonomyTerm

VERSION_MIRROR_SECONDS = 5  # bounds the (rare) race of a reader caching the number a commit just replaced


def _shared_cache() -> bool:
    return "locmem" not in settings.CACHES["default"]["BACKEND"].lower()


def directory_version() -> str:
    """Returns the directory's data version (decision 0140): the key of every cache of directory data.

    With a cache shared by every process (production: files or Redis) the number is mirrored there, deleted at each
    bump; with a per-process cache (development, tests) it is read from the database (one primary-key query).
    """
    from .services import VERSION_CACHE_KEY, VERSION_KEY

    shared = _shared_cache()
    if shared:
        number = cache.get(VERSION_CACHE_KEY)
        if number is not None:
            return number
    row = DirectoryVersion.objects.filter(key=VERSION_KEY).values_list("number", "stamp").first()
    number = f"{row[0]}.{row[1]}" if row else "1."
    if shared:
        cache.set(VERSION_CACHE_KEY, number, VERSION_MIRROR_SECONDS)
    return number


_terms_memo: dict[str, tuple[str, dict[str, dict[str, str]]]] = {}


def filter_terms() -> dict[str, dict[str, str]]:
    """Returns {filter: {code: name}} for the thematic filters (type, besoin, public), read from TaxonomyTerm.

    The one source of the filters' values and labels: a term added in the admin is a valid filter at once (the memo
    follows the directory version).
    """
    version = directory_version()
    key = str(connection.settings_dict.get("NAME"))
    memo = _terms_memo.get(key)
    if memo and memo[0] == version:
        return memo[1]
    names = {vocabulary: name for name, vocabulary in FILTER_VOCABULARIES.items()}
    terms: dict[str, dict[str, str]] = {name: {} for name in FILTER_VOCABULARIES}
    for vocabulary, code, name in (
        TaxonomyTerm.objects.filter(taxonomy__vocabulary__in=names)
        .order_by("sort_order", "name")
        .values_list("taxonomy__vocabulary", "code", "name")
    ):
        terms[names[vocabulary]][code] = name
    _terms_memo[key] = (version, terms)
    return terms


def filter_choices(name: str) -> list[tuple[str, str]]:
    """Returns the (code, name) choices of one thematic filter (for forms and StreamField blocks)."""
    return list(filter_terms()[name].items())


def with_contacts(queryset: QuerySet[Service] | None = None, *, also: tuple[str, ...] = ()) -> QuerySet[Service]:
    """Returns the services (default: the public ones) with what a card, a list or an export shows: organization,
    terms, phones, places with their addresses and communes — the one loader of « services with their contacts ».

    `also` names further relations to prefetch (e.g. "service_areas" for coverage), instead of a second loader.
    """
    queryset = Service.objects.public() if queryset is None else queryset
    places = ServiceAtLocation.objects.select_related("location__commune").prefetch_related("location__addresses")
    return (
        queryset.with_terms()
        .prefetch_related("phones", Prefetch("service_at_locations", queryset=places))
        .prefetch_related(*also)
    )


def services_with_contacts(ids, *, also: tuple[str, ...] = (), public: bool = True) -> list[Service]:
    """Returns the services with these ids, in this order, loaded by `with_contacts` (hidden or deleted ids are left
    out; `public=False` keeps hidden ones, for pages that already hold the services)."""
    ids = list(ids)
    queryset = Service.objects.public() if public else Service.objects.all()
    by_id = {s.id: s for s in with_contacts(queryset.filter(id__in=ids), also=also)}
    return [by_id[i] for i in ids if i in by_id]


def service_public_detail_queryset() -> QuerySet[Service]:
    """Returns the public services with everything the service page shows, prefetched."""
    return (
        Service.objects.public()
        .select_related("organization")
        .prefetch_related(
            "terms__taxonomy",
            "phones",
            "contacts",
            "schedules",
            "languages",
            "cost_options",
            "service_areas__commune",
            Prefetch(
                "service_at_locations",
                queryset=ServiceAtLocation.objects.select_related("location__commune").prefetch_related(
                    "location__addresses", "location__accessibilities", "location__schedules"
                ),
            ),
        )
    )


def service_get_public(*, slug: str) -> Service:
    """Returns the public service with this slug, or raises Http404 (unknown, hidden, inactive or defunct)."""
    return get_object_or_404(service_public_detail_queryset(), slug=slug)


def organization_get(*, slug: str) -> Organization:
    """Returns the organization with this slug, or raises Http404."""
    return get_object_or_404(Organization.objects.all(), slug=slug)


def organization_public_services(*, organization: Organization) -> QuerySet[Service]:
    """Returns the public services of an organization, with their terms."""
    return Service.objects.public().filter(organization=organization).with_terms().order_by("name")


def schedule_by_day(*, schedules) -> list[tuple[str, list]]:
    """Returns the opening hours grouped by weekday label, Monday first, leaving out days without hours."""
    days: OrderedDict[str, list] = OrderedDict((day.value, []) for day in Weekday)
    for row in sorted(schedules, key=lambda s: (s.opens_at is None, s.opens_at)):
        days[row.byday].append(row)
    return [(Weekday(day).label, rows) for day, rows in days.items() if rows]
