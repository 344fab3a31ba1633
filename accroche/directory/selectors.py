"""Reads of the directory: the public service and organization pages."""

from collections import OrderedDict

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from .choices import Weekday
from .models import Organization, Service, ServiceAtLocation


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
