"""Writes one HSDS 3.0 service object (as the API serves it, `full=true`) as a local read-only copy.

The fields are read back through the one HSDS mapping (`accroche.opendata.hsds.mapping`, decision 0185), so the copy
holds everything the API publishes: the service's fields and facts, its organization, phones, schedules, languages,
contacts (without their e-mail: it may be a person's), cost options, service areas, the terms this instance also has,
and its locations with their addresses, phones, schedules and accessibility. Ids are kept (HSDS ids are stable across
instances); each related list is replaced by the source's on every run, so what changed or went away there follows.
The plateforme is this instance's: the one of the commune where the service is, if any.
"""

import uuid

from django.db import models, transaction
from django.utils.text import slugify

from accroche.directory.choices import GeoPrecision, LocationType, PhoneType, ServiceStatus, Vocabulary, Weekday
from accroche.directory.models import Organization, Service, ServiceAtLocation, TaxonomyTerm, details
from accroche.directory.models.core import Location
from accroche.geo.models import Commune, PostalCode
from accroche.geo.selectors import plateforme_for_commune
from accroche.opendata.hsds.facts import SERVICE_FACT_FIELDS, facts_for
from accroche.opendata.hsds.mapping import facts_from, values_from

# Fields a copy never takes from the source: its own page address and import id, the person who verified it.
LOCAL_ONLY = {"id", "slug", "external_id", "assurer_email", "plateforme"}


def _fact_defaults() -> dict:
    """Returns every service fact at its default: a fact the source no longer states is cleared here too."""
    names = {field for field, _kind in SERVICE_FACT_FIELDS.values()} | {f.field for f in facts_for("service")}
    return {name: Service._meta.get_field(name).get_default() for name in names - LOCAL_ONLY}


def _slug(name: str, pk: str) -> str:
    return f"{slugify(name)[:100] or 'service'}-{pk[:8]}"


def _fit(model, values: dict) -> dict:
    """Returns the values that fit the model: text cut to the column's length, unknown choices left out."""
    out = {}
    for name, value in values.items():
        if name in LOCAL_ONLY:
            continue
        field = model._meta.get_field(name[:-3] if name.endswith("_id") and name != "external_id" else name)
        if field.choices and value not in {c[0] for c in field.flatchoices} and not (value == "" and field.blank):
            continue
        if isinstance(field, models.CharField) and isinstance(value, str) and field.max_length:
            value = value[: field.max_length]
        out[name] = value
    return out


def _read(name: str, data: dict, model, **fixed) -> dict:
    values = _fit(model, {k: v for k, v in values_from(name, data).items() if not k.endswith("_id")})
    return {**values, **fixed}


def _new_id(data: dict):
    return data.get("id") or uuid.uuid4()


def _copy(name: str, data: dict, model, **fixed):
    """Returns an unsaved row of the model read from an HSDS object (same id)."""
    return model(id=_new_id(data), **_read(name, data, model, **fixed))


def _term_ids(data: dict) -> list:
    wanted = [
        a.get("taxonomy_term_id")
        for a in data.get("attributes") or []
        if a.get("link_type") not in ("fact", None) and a.get("taxonomy_term_id")
    ]
    return list(TaxonomyTerm.objects.filter(id__in=wanted).exclude(taxonomy__vocabulary=Vocabulary.FACT))


def _commune_of(address: dict) -> Commune | None:
    postal = (address or {}).get("postal_code", "")
    if postal:
        found = PostalCode.objects.filter(code=postal, commune__isnull=False).select_related("commune").first()
        if found is not None:
            return found.commune
    return None


def _organization(data: dict) -> Organization:
    org = data.get("organization") or {}
    pk = org.get("id") or data.get("organization_id")
    values = _read("organization", org, Organization)
    values["name"] = values.get("name") or data.get("name", "")[:255]
    organization, _created = Organization.objects.update_or_create(
        id=pk, defaults=values, create_defaults={**values, "id": pk, "slug": _slug(values["name"], str(pk))}
    )
    return organization


def _phones(items, **owner) -> list[details.Phone]:
    phones = []
    for p in items or []:
        if p.get("number"):
            values = _read("phone", p, details.Phone, **owner)
            values.setdefault("type", PhoneType.VOICE)
            phones.append(details.Phone(id=_new_id(p), **values))
    return phones


def _schedules(items, **owner) -> list[details.Schedule]:
    return [
        _copy("schedule", s, details.Schedule, **owner)
        for s in items or []
        if s.get("byday") in Weekday.values  # one weekday per row, as this instance publishes them
    ]


def _locations(service: Service, organization: Organization, data: dict) -> Commune | None:
    """Replaces the service's locations (with their details); returns the commune of the first one."""
    first_commune = None
    kept = []
    for sal in data.get("service_at_locations") or []:
        loc = sal.get("location") or {}
        if not loc.get("id"):
            continue
        addresses = loc.get("addresses") or []
        address = values_from("address", addresses[0]) if addresses else {}
        commune = _commune_of(address)
        first_commune = first_commune or commune
        values = _read("location", loc, Location, organization=organization, commune=commune)
        values.setdefault("location_type", LocationType.PHYSICAL)
        values["geo_precision"] = GeoPrecision.ADDRESS if address.get("address_1") else GeoPrecision.POSTAL_CODE
        location, _created = Location.objects.update_or_create(id=loc["id"], defaults=values)
        for related in (location.addresses, location.phones, location.schedules, location.accessibilities):
            related.all().delete()
        details.Address.objects.bulk_create(_copy("address", a, details.Address, location=location) for a in addresses)
        details.Phone.objects.bulk_create(_phones(loc.get("phones"), location=location))
        details.Schedule.objects.bulk_create(_schedules(loc.get("schedules"), location=location))
        details.Accessibility.objects.bulk_create(
            _copy("accessibility", a, details.Accessibility, location=location)
            for a in loc.get("accessibility") or []
            if a.get("description")
        )
        ServiceAtLocation.objects.update_or_create(
            id=sal["id"], defaults={"service": service, "location": location, "description": sal.get("description", "")}
        )
        kept.append(sal["id"])
    service.service_at_locations.exclude(id__in=kept).delete()
    return first_commune


def _contacts(service: Service, items) -> list[details.Contact]:
    contacts = []
    for c in items or []:
        values = _read("contact", c, details.Contact, service=service)
        values["email"] = ""  # a contact's e-mail may be a person's: the copy does not republish it
        numbers = [p.get("number", "") for p in c.get("phones") or [] if p.get("number")]
        values["phone"] = numbers[0][:40] if numbers else ""
        contacts.append(details.Contact(id=_new_id(c), **values))
    return contacts


def _service_areas(service: Service, items) -> list[details.ServiceArea]:
    areas = []
    for area in items or []:
        values = _read("service_area", area, details.ServiceArea, service=service)
        name = values.get("name", "")
        covered = Commune.objects.filter(name__iexact=name).first() if name else None
        if covered is not None:
            values.update(commune=covered, name="")
        areas.append(details.ServiceArea(id=_new_id(area), **values))
    return areas


def _replace_details(service: Service, data: dict) -> None:
    """Replaces the service's own related rows by the source's (same ids)."""
    for related in (
        service.phones,
        service.schedules,
        service.languages,
        service.contacts,
        service.cost_options,
        service.service_areas,
    ):
        related.all().delete()
    details.Phone.objects.bulk_create(_phones(data.get("phones"), service=service))
    details.Schedule.objects.bulk_create(_schedules(data.get("schedules"), service=service))
    details.Language.objects.bulk_create(
        _copy("language", x, details.Language, service=service)
        for x in data.get("languages") or []
        if x.get("name") or x.get("code")
    )
    details.Contact.objects.bulk_create(_contacts(service, data.get("contacts")))
    details.CostOption.objects.bulk_create(
        _copy("cost_option", c, details.CostOption, service=service) for c in data.get("cost_options") or []
    )
    details.ServiceArea.objects.bulk_create(_service_areas(service, data.get("service_areas")))


@transaction.atomic
def upsert_service(data: dict) -> tuple[Service, bool]:
    """Creates or updates the local copy of an HSDS service object; returns (service, created)."""
    pk = data["id"]
    organization = _organization(data)
    values = _read("service", data, Service, organization=organization)
    values.update(_fact_defaults())
    values.update(_fit(Service, facts_from(data.get("attributes"), entity="service")))
    values.setdefault("status", ServiceStatus.ACTIVE)
    service, created = Service.objects.update_or_create(
        id=pk, defaults=values, create_defaults={**values, "id": pk, "slug": _slug(values["name"], str(pk))}
    )
    _replace_details(service, data)
    commune = _locations(service, organization, data)
    service.terms.set(_term_ids(data))  # a parental relation: written by save()
    service.plateforme = plateforme_for_commune(commune)
    service.save()
    return service, created
