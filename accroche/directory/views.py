"""Public pages of the directory: a service page and an organization page (the list is the search app's)."""

import re

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from . import selectors
from .choices import LINE_EXPLANATIONS, MANDATE_EXPLANATIONS
from .jsonld import service_jsonld
from .sources import service_sources

AGE_RANGE_PREFIX = re.compile(r"^\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*(ans)?\s*")


def ages_label(*, text: str, low: int | None, high: int | None) -> str:
    """Returns the ages as the source states them; the bounds (used by the search filters) only when there is no text.

    « 0-18 (jusqu’à 22 ans selon le service) » → « De 0 à 18 ans (jusqu’à 22 ans selon le service) », although the
    bounds are 0 and 22 (the widest the text allows, docs/decisions/0120-seed-csv-mapping-corrections.md).
    """
    text = (text or "").strip()
    match = AGE_RANGE_PREFIX.match(text)
    if match:
        rest = text[match.end() :].strip()
        if rest.startswith("(") and rest.endswith(")"):
            rest = rest[1:-1].strip()
        label = _("De %(low)s à %(high)s ans") % {"low": match.group(1), "high": match.group(2)}
        return f"{label} ({rest})" if rest else label
    label = ""
    if low is not None and high is not None:
        label = _("De %(low)s à %(high)s ans") % {"low": low, "high": high}
    elif low is not None:
        label = _("À partir de %(low)s ans") % {"low": low}
    elif high is not None:
        label = _("Jusqu’à %(high)s ans") % {"high": high}
    if label and text:
        return f"{label} ({text})"
    if label or text:
        return label or text[0].upper() + text[1:]
    return _("Non précisé")


def service_detail(request, slug: str):
    """Shows everything a person needs to contact a service: what, for whom, where, when, cost, source."""
    service = selectors.service_get_public(slug=slug)
    sals = sorted(service.service_at_locations.all(), key=lambda sal: sal.location.name)
    locations = [sal.location for sal in sals]
    all_phones = list(service.phones.all())
    # Several places (HSDS service_at_location): each shows its own address, phone and hours (decision 0128).
    site_ids = {location.pk for location in locations}
    sites = [
        {
            "location": sal.location,
            "details": sal.description,
            "phones": [p for p in all_phones if p.location_id == sal.location_id],
        }
        for sal in sals
    ]
    schedules = list(service.schedules.all()) or [s for location in locations for s in location.schedules.all()]
    now = timezone.localtime()
    today = now.date()
    main_source, extra_sources = service_sources(service)
    context = {
        "main_source": main_source,
        "extra_sources": extra_sources,
        "service": service,
        "locations": locations,
        "schedule_days": selectors.schedule_by_day(schedules=schedules),
        "open_now": any(s.is_open_at(now) for s in schedules) if schedules else None,
        "ages": ages_label(text=service.age_description, low=service.minimum_age, high=service.maximum_age),
        "areas": list(service.service_areas.all()),
        "phones": [p for p in all_phones if p.location_id not in site_ids],
        "sites": sites,
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
