"""HSDS location and service_at_location objects."""

from accroche.opendata.hsds.mapping import as_json

from .common import related
from .details import accessibility_dict, address_dict, phone_dict, schedule_dict


def location_dict(location) -> dict:
    """Returns a fully nested HSDS location (addresses, phones, schedules, accessibility prefetched)."""
    return as_json(
        "location",
        location,
        languages=[],
        addresses=[address_dict(a) for a in related(location, "addresses")],
        contacts=[],
        accessibility=[accessibility_dict(a) for a in related(location, "accessibilities")],
        phones=[phone_dict(p) for p in related(location, "phones")],
        schedules=[schedule_dict(s) for s in related(location, "schedules")],
        attributes=[],
    )


def location_brief_dict(location) -> dict:
    """Returns the one-to-one fields of an HSDS location."""
    return as_json("location", location)


def service_at_location_dict(sal, *, full: bool, service: dict | None = None) -> dict:
    """Returns an HSDS service_at_location: the list form (one-to-one fields) or the fully nested one."""
    if full:
        nested = {"contacts": [], "phones": [], "schedules": [], "location": location_dict(sal.location)}
        nested["attributes"] = []
    else:
        nested = {"location": location_brief_dict(sal.location)}
    if service is not None:
        nested["service"] = service
    return as_json("service_at_location", sal, **nested)
