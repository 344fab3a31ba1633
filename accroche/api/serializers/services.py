"""HSDS service and organization objects."""

from accroche.opendata.hsds import mapping

from .common import attribute_dict, related
from .details import contact_dict, cost_option_dict, language_dict, phone_dict, schedule_dict, service_area_dict
from .locations import location_dict, service_at_location_dict


def organization_brief_dict(org) -> dict:
    """Returns the one-to-one fields of an HSDS organization."""
    return mapping.as_json("organization", org)


def service_brief_dict(service) -> dict:
    """Returns the one-to-one fields of an HSDS service, with its organization (the service_list form)."""
    return mapping.as_json("service", service, organization=organization_brief_dict(service.organization))


def service_dict(service, *, fact_terms: dict, extra_attributes=(), with_locations: bool = True) -> dict:
    """Returns a fully nested HSDS service (everything prefetched by selectors.services_full)."""
    data = service_brief_dict(service)
    data.update(
        {
            "phones": [phone_dict(p) for p in related(service, "phones")],
            "schedules": [schedule_dict(s) for s in related(service, "schedules")],
            "service_areas": [service_area_dict(a) for a in related(service, "service_areas")],
            "languages": [language_dict(x) for x in related(service, "languages")],
            "funding": [],
            "cost_options": [cost_option_dict(c) for c in related(service, "cost_options")],
            "required_documents": [],
            "contacts": [contact_dict(c) for c in related(service, "contacts")],
            "attributes": [
                attribute_dict(a)
                for a in mapping.service_attributes(
                    service, terms=related(service, "terms"), fact_terms=fact_terms, rows=extra_attributes
                )
            ],
        }
    )
    if with_locations:
        data["service_at_locations"] = [
            service_at_location_dict(sal, full=True) for sal in related(service, "service_at_locations")
        ]
    return data


def service_minimal_dict(service) -> dict:
    """Returns the minimal form (`minimal=true`): id and modified date, for synchronisation."""
    return {"id": str(service.id), "modified_date": mapping.json_value(service.modified_at)}


def organization_dict(org, *, services: list[dict]) -> dict:
    """Returns a fully nested HSDS organization with its public services (list or full form)."""
    data = organization_brief_dict(org)
    data.update(
        {
            "funding": [],
            "contacts": [contact_dict(c) for c in org.contacts.all()],
            "phones": [phone_dict(p) for p in org.phones.all()],
            "locations": [location_dict(loc) for loc in org.public_locations],
            "programs": [],
            "organization_identifiers": [],
            "attributes": [],
            "services": services,
        }
    )
    return data
