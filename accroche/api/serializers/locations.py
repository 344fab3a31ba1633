"""HSDS location and service_at_location objects."""

from .common import compact, related, uid
from .details import accessibility_dict, address_dict, phone_dict, schedule_dict


def location_dict(location) -> dict:
    """Returns a fully nested HSDS location (addresses, phones, schedules, accessibility prefetched)."""
    return compact(
        {
            **location_brief_dict(location),
            "languages": [],
            "addresses": [address_dict(a) for a in related(location, "addresses")],
            "contacts": [],
            "accessibility": [accessibility_dict(a) for a in related(location, "accessibilities")],
            "phones": [phone_dict(p) for p in related(location, "phones")],
            "schedules": [schedule_dict(s) for s in related(location, "schedules")],
            "attributes": [],
        }
    )


def location_brief_dict(location) -> dict:
    """Returns the one-to-one fields of an HSDS location."""
    return compact(
        {
            "id": str(location.id),
            "location_type": location.location_type,
            "url": location.url,
            "organization_id": uid(location.organization_id),
            "name": location.name,
            "alternate_name": location.alternate_name,
            "description": location.description,
            "transportation": location.transportation,
            "latitude": location.latitude,
            "longitude": location.longitude,
            "external_identifier": location.external_identifier,
            "external_identifier_type": location.external_identifier_type,
        }
    )


def service_at_location_dict(sal, *, full: bool, service: dict | None = None) -> dict:
    """Returns an HSDS service_at_location: the list form (one-to-one fields) or the fully nested one."""
    data = {
        "id": str(sal.id),
        "service_id": str(sal.service_id),
        "location_id": str(sal.location_id),
        "description": sal.description,
    }
    if full:
        data.update(
            {"contacts": [], "phones": [], "schedules": [], "location": location_dict(sal.location), "attributes": []}
        )
    else:
        data["location"] = location_brief_dict(sal.location)
    if service is not None:
        data["service"] = service
    return compact(data)
