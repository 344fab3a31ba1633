"""HSDS service and organization objects."""

from accroche.directory.attributes import service_fact_attributes
from accroche.directory.choices import Vocabulary

from .common import attributes_for, compact, iso, related, uid
from .details import contact_dict, cost_option_dict, language_dict, phone_dict, schedule_dict, service_area_dict
from .locations import location_dict, service_at_location_dict


def organization_brief_dict(org) -> dict:
    """Returns the one-to-one fields of an HSDS organization."""
    return compact(
        {
            "id": str(org.id),
            "name": org.name,
            "alternate_name": org.alternate_name,
            "description": org.description,
            "email": org.email,
            "website": org.website,
            "legal_status": org.legal_status,
            "uri": org.uri,
            "parent_organization_id": uid(org.parent_organization_id),
        },
        keep=("description",),
    )


def service_brief_dict(service) -> dict:
    """Returns the one-to-one fields of an HSDS service, with its organization (the service_list form)."""
    return compact(
        {
            "id": str(service.id),
            "organization_id": str(service.organization_id),
            "name": service.name,
            "alternate_name": service.alternate_name,
            "description": service.description,
            "url": service.url,
            "email": service.email,
            "status": service.status,
            "interpretation_services": service.interpretation_services,
            "application_process": service.application_process,
            "fees_description": service.fees_description,
            "accreditations": service.accreditations,
            "eligibility_description": service.eligibility_description,
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "assured_date": iso(service.assured_date),
            "assurer_email": "",  # a person's e-mail: never published (docs/privacy.md)
            "alert": service.alert,
            "last_modified": iso(service.modified_at),
            "organization": organization_brief_dict(service.organization),
        }
    )


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
            "attributes": attributes_for(
                service,
                entity="service",
                facts=service_fact_attributes(service, terms=fact_terms),
                terms=[t for t in related(service, "terms") if t.taxonomy.vocabulary != Vocabulary.FACT],
                extra=extra_attributes,
            ),
        }
    )
    if with_locations:
        data["service_at_locations"] = [
            service_at_location_dict(sal, full=True) for sal in related(service, "service_at_locations")
        ]
    return data


def service_minimal_dict(service) -> dict:
    """Returns the minimal form (`minimal=true`): id and modified date, for synchronisation."""
    return {"id": str(service.id), "modified_date": iso(service.modified_at)}


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
