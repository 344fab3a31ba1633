"""Public pages of the directory: a service page and an organization page (the list is the search app's)."""

import re

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone

from . import selectors
from .choices import LINE_EXPLANATIONS, MANDATE_EXPLANATIONS
from .jsonld import service_jsonld

AGE_RANGE_PREFIX = re.compile(r"^\s*\d{1,2}\s*[-–]\s*\d{1,2}\s*(ans)?\s*")


def age_note(text: str) -> str:
    """Returns what the age text adds to its leading « N-M » range (« 0-18 (jusqu’à 22 ans) » → « jusqu’à 22 ans »)."""
    match = AGE_RANGE_PREFIX.match(text or "")
    rest = text[match.end() :] if match else (text or "")
    rest = rest.strip()
    if rest.startswith("(") and rest.endswith(")"):
        rest = rest[1:-1].strip()
    return rest


def service_detail(request, slug: str):
    """Shows everything a person needs to contact a service: what, for whom, where, when, cost, source."""
    service = selectors.service_get_public(slug=slug)
    locations = [sal.location for sal in service.service_at_locations.all()]
    schedules = list(service.schedules.all()) or [s for location in locations for s in location.schedules.all()]
    now = timezone.localtime()
    today = now.date()
    context = {
        "service": service,
        "locations": locations,
        "schedule_days": selectors.schedule_by_day(schedules=schedules),
        "open_now": any(s.is_open_at(now) for s in schedules) if schedules else None,
        "age_note": age_note(service.age_description),
        "areas": list(service.service_areas.all()),
        "phones": list(service.phones.all()),
        "verification": service.verification(today),
        "days_since_verified": service.days_since_verified(today),
        "mandate_explanation": MANDATE_EXPLANATIONS.get(service.mandate, ""),
        "line_explanation": LINE_EXPLANATIONS.get(service.line, ""),
        "jsonld": service_jsonld(service=service, url=f"{settings.SITE_URL}{service.get_absolute_url()}"),
    }
    return render(request, "directory/service_detail.html", context)


def organization_detail(request, slug: str):
    """Shows an organization and its public services."""
    organization = selectors.organization_get(slug=slug)
    services = selectors.organization_public_services(organization=organization)
    return render(request, "directory/organization_detail.html", {"organization": organization, "services": services})
