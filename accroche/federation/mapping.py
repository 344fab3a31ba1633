"""Writes one HSDS 3.0 service object (as the API serves it, `full=true`) as a local read-only copy.

Ids are kept (HSDS ids are stable across instances). What the copy holds: the service's fields, its organization,
phones, locations with their address and position, service areas, the terms this instance also has, and the facts
(line, gratuity, anonymity, mandate, scope, ages, helpline, source, reliability, demo flag). The plateforme is this
instance's: the one of the commune where the service is, if any.
"""

import uuid

from django.db import transaction
from django.utils.text import slugify

from accroche.directory.choices import GeoPrecision, LocationType, Mandate, Scope, ServiceStatus, Tristate, Vocabulary
from accroche.directory.models import Organization, Service, ServiceAtLocation, TaxonomyTerm
from accroche.directory.models.core import Location
from accroche.directory.models.details import Address, Phone, ServiceArea
from accroche.geo.models import Commune, PostalCode
from accroche.geo.selectors import plateforme_for_commune

FACT_FIELDS = {
    "ligne": "line",
    "gratuit": "free",
    "anonyme": "anonymous",
    "mandat": "mandate",
    "territoire": "scope",
    "fiabilite": "confidence",
}
CHOICES = {"free": Tristate, "anonymous": Tristate, "mandate": Mandate, "scope": Scope}


def _slug(name: str, pk: str) -> str:
    return f"{slugify(name)[:100] or 'service'}-{pk[:8]}"


def _facts(data: dict) -> dict:
    facts = {}
    for attribute in data.get("attributes") or []:
        if attribute.get("link_type") != "fact":
            continue
        code = (attribute.get("taxonomy_term") or {}).get("code", "")
        value = str(attribute.get("value", ""))
        if code in FACT_FIELDS:
            field = FACT_FIELDS[code]
            choices = CHOICES.get(field)
            if choices is None or value in choices.values:
                facts[field] = value
        elif code == "ligne-d-aide":
            facts["is_helpline"] = value == "oui"
        elif code == "donnee-de-demonstration":
            facts["is_demo"] = value == "oui"
        elif code == "source":
            facts["source_url"] = value[:1000]
    return facts


def _term_ids(data: dict) -> list:
    wanted = [
        a.get("taxonomy_term_id")
        for a in data.get("attributes") or []
        if a.get("link_type") not in ("fact", None) and a.get("taxonomy_term_id")
    ]
    return list(TaxonomyTerm.objects.filter(id__in=wanted).exclude(taxonomy__vocabulary=Vocabulary.FACT))


def _commune_of(address: dict, latitude, longitude) -> Commune | None:
    postal = (address or {}).get("postal_code", "")
    if postal:
        found = PostalCode.objects.filter(code=postal, commune__isnull=False).select_related("commune").first()
        if found is not None:
            return found.commune
    return None


def _organization(data: dict) -> Organization:
    org = data.get("organization") or {}
    pk = org.get("id") or data.get("organization_id")
    values = {
        "name": org.get("name", "")[:255] or data.get("name", "")[:255],
        "alternate_name": org.get("alternate_name", "")[:255],
        "description": org.get("description", ""),
        "email": org.get("email", ""),
        "website": org.get("website", "")[:500],
        "legal_status": org.get("legal_status", "")[:100],
        "uri": org.get("uri", "")[:500],
    }
    organization, _created = Organization.objects.update_or_create(
        id=pk, defaults=values, create_defaults={**values, "id": pk, "slug": _slug(values["name"], str(pk))}
    )
    return organization


def _locations(service: Service, organization: Organization, data: dict) -> Commune | None:
    """Replaces the service's locations; returns the commune of the first one."""
    first_commune = None
    kept = []
    for sal in data.get("service_at_locations") or []:
        loc = sal.get("location") or {}
        if not loc.get("id"):
            continue
        addresses = loc.get("addresses") or []
        address = addresses[0] if addresses else {}
        lat, lon = loc.get("latitude"), loc.get("longitude")
        commune = _commune_of(address, lat, lon)
        first_commune = first_commune or commune
        location, _created = Location.objects.update_or_create(
            id=loc["id"],
            defaults={
                "organization": organization,
                "location_type": loc.get("location_type") or LocationType.PHYSICAL,
                "name": loc.get("name", "")[:255],
                "description": loc.get("description", ""),
                "latitude": lat if isinstance(lat, (int, float)) else None,
                "longitude": lon if isinstance(lon, (int, float)) else None,
                "geo_precision": GeoPrecision.ADDRESS if address.get("address_1") else GeoPrecision.POSTAL_CODE,
                "commune": commune,
            },
        )
        location.addresses.all().delete()
        if address:
            Address.objects.create(
                id=address.get("id") or uuid.uuid4(),
                location=location,
                address_1=address.get("address_1", "")[:255],
                address_2=address.get("address_2", "")[:255],
                postal_code=address.get("postal_code", "")[:10],
                city=address.get("city", "")[:100],
                region=address.get("region", "")[:100],
                state_province=address.get("state_province", "")[:100],
                country=(address.get("country") or "BE")[:2],
            )
        ServiceAtLocation.objects.update_or_create(
            id=sal["id"], defaults={"service": service, "location": location, "description": sal.get("description", "")}
        )
        kept.append(sal["id"])
    service.service_at_locations.exclude(id__in=kept).delete()
    return first_commune


@transaction.atomic
def upsert_service(data: dict) -> tuple[Service, bool]:
    """Creates or updates the local copy of an HSDS service object; returns (service, created)."""
    pk = data["id"]
    organization = _organization(data)
    values = {
        "organization": organization,
        "name": data.get("name", "")[:255],
        "alternate_name": data.get("alternate_name", "")[:255],
        "description": data.get("description", ""),
        "url": data.get("url", "")[:500],
        "email": data.get("email", ""),
        "status": data.get("status") if data.get("status") in ServiceStatus.values else ServiceStatus.ACTIVE,
        "application_process": data.get("application_process", ""),
        "fees_description": data.get("fees_description", ""),
        "eligibility_description": data.get("eligibility_description", ""),
        "interpretation_services": data.get("interpretation_services", "")[:255],
        "accreditations": data.get("accreditations", "")[:255],
        "minimum_age": data.get("minimum_age"),
        "maximum_age": data.get("maximum_age"),
        "alert": data.get("alert", "")[:500],
        "assured_date": (data.get("assured_date") or "")[:10] or None,
        **_facts(data),
    }
    service, created = Service.objects.update_or_create(
        id=pk, defaults=values, create_defaults={**values, "id": pk, "slug": _slug(values["name"], str(pk))}
    )
    service.phones.all().delete()
    Phone.objects.bulk_create(
        Phone(
            id=p.get("id") or uuid.uuid4(),
            service=service,
            number=p["number"][:40],
            description=p.get("description", "")[:255],
        )
        for p in data.get("phones") or []
        if p.get("number")
    )
    commune = _locations(service, organization, data)
    service.service_areas.all().delete()
    areas = []
    for area in data.get("service_areas") or []:
        name = area.get("name", "")
        covered = Commune.objects.filter(name__iexact=name).first() if name else None
        areas.append(
            ServiceArea(
                id=area.get("id") or uuid.uuid4(), service=service, commune=covered, name="" if covered else name[:255]
            )
        )
    ServiceArea.objects.bulk_create(areas)
    service.terms.set(_term_ids(data))  # a parental relation: written by save()
    service.plateforme = plateforme_for_commune(commune)
    service.save()
    return service, created
