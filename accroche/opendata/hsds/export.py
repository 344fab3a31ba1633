"""The directory as HSDS 3.0 tables: one list of rows per resource, every value a CSV string (decision 0082)."""

import uuid
from datetime import UTC, date, datetime, time
from decimal import Decimal

from accroche.directory import attributes as directory_attributes
from accroche.directory.choices import Vocabulary
from accroche.directory.models import details
from accroche.directory.models.core import Location, Organization, Service, ServiceAtLocation
from accroche.directory.models.taxonomy import Attribute, Taxonomy, TaxonomyTerm
from accroche.directory.vocabularies import TAXONOMIES
from accroche.schools.hsds import export_school_areas

from . import spec
from .facts import (
    FACT_LINK_TYPE,
    FACTS,
    FACTS_TAXONOMY_CODE,
    FACTS_TAXONOMY_ID,
    attribute_id,
    fact_value,
    facts_for,
)

# An address without a street cannot leave address_1 empty (required in HSDS): it says so, in words.
NO_STREET = "Adresse non communiquée"
CONTACT_PHONE_NS = uuid.UUID("5d0f0c4e-3c1e-4f43-9d0b-6a2b8c1e7f21")


def fmt(value) -> str:
    """Returns the CSV text of a value (ISO dates and times, '' for none)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def term_code(term: TaxonomyTerm) -> str:
    """Returns the exported term code, prefixed by its vocabulary (HSDS wants codes unique across taxonomies)."""
    return f"{term.taxonomy.vocabulary}:{term.code}"


def _row(resource: str, **values) -> dict:
    return {name: fmt(values.get(name)) for name in spec.field_names(resource)}


def exported_services():
    """Returns the services an export contains: the public ones (as on the site and the API)."""
    return Service.objects.public()


def export_tables(*, services=None) -> dict[str, list[dict]]:
    """Returns every HSDS resource's rows for these services (default: the whole directory), sorted stably."""
    services = list((services if services is not None else exported_services()).order_by("id"))
    service_ids = {s.id for s in services}
    tables: dict[str, list[dict]] = {name: [] for name in spec.resources()}
    organizations = list(Organization.objects.order_by("id"))
    for o in organizations:
        tables["organization"].append(
            _row(
                "organization",
                id=o.id,
                name=o.name,
                alternate_name=o.alternate_name,
                description=o.description or o.name,
                email=o.email,
                website=o.website,
                legal_status=o.legal_status,
                uri=o.uri,
                parent_organization_id=o.parent_organization_id,
            )
        )
    for s in services:
        tables["service"].append(
            _row(
                "service",
                id=s.id,
                organization_id=s.organization_id,
                name=s.name,
                alternate_name=s.alternate_name,
                description=s.description,
                url=s.url,
                email=s.email,
                status=s.status,
                interpretation_services=s.interpretation_services,
                application_process=s.application_process,
                fees_description=s.fees_description,
                accreditations=s.accreditations,
                eligibility_description=s.eligibility_description,
                minimum_age=s.minimum_age,
                maximum_age=s.maximum_age,
                assured_date=s.assured_date,
                assurer_email="",  # a person's e-mail: never published (docs/privacy.md)
                alert=s.alert,
                last_modified=s.modified_at,
            )
        )
    locations = list(Location.objects.order_by("id"))
    for loc in locations:
        tables["location"].append(
            _row(
                "location",
                id=loc.id,
                location_type=loc.location_type,
                url=loc.url,
                organization_id=loc.organization_id,
                name=loc.name,
                alternate_name=loc.alternate_name,
                description=loc.description,
                transportation=loc.transportation,
                latitude=loc.latitude,
                longitude=loc.longitude,
                external_identifier=loc.external_identifier,
                external_identifier_type=loc.external_identifier_type,
            )
        )
    for sal in ServiceAtLocation.objects.filter(service_id__in=service_ids).order_by("service_id", "id"):
        tables["service_at_location"].append(
            _row(
                "service_at_location",
                id=sal.id,
                service_id=sal.service_id,
                location_id=sal.location_id,
                description=sal.description,
            )
        )
    for a in details.Address.objects.order_by("location_id", "sort_order", "id"):
        if not (a.postal_code and a.city and a.state_province and a.country):
            continue  # HSDS requires them; the location keeps its commune (code-ins) and position
        tables["address"].append(
            _row(
                "address",
                id=a.id,
                location_id=a.location_id,
                attention=a.attention,
                address_1=a.address_1 or NO_STREET,
                address_2=a.address_2,
                city=a.city,
                region=a.region,
                state_province=a.state_province,
                postal_code=a.postal_code,
                country=a.country,
                address_type=a.address_type,
            )
        )
    _export_details(tables, service_ids)
    export_school_areas(tables, service_ids, _row)  # confirmed school links (decision 0135)
    _export_taxonomies(tables)
    _export_attributes(tables, services, organizations, locations, service_ids)
    return tables


def _export_details(tables, service_ids) -> None:
    def _visible(obj) -> bool:
        return obj.service_id is None or obj.service_id in service_ids

    for p in details.Phone.objects.order_by("service_id", "organization_id", "location_id", "sort_order", "id"):
        if _visible(p):
            tables["phone"].append(
                _row(
                    "phone",
                    id=p.id,
                    location_id=p.location_id,
                    service_id=p.service_id,
                    organization_id=p.organization_id,
                    number=p.number,
                    extension=p.extension,
                    type=p.type,
                    description=p.description,
                )
            )
    for c in details.Contact.objects.order_by("service_id", "organization_id", "sort_order", "id"):
        if not _visible(c):
            continue
        tables["contact"].append(
            _row(
                "contact",
                id=c.id,
                organization_id=c.organization_id,
                service_id=c.service_id,
                name=c.name,
                title=c.title,
                department=c.department,
                email=c.email,
            )
        )
        if c.phone:
            tables["phone"].append(
                _row("phone", id=uuid.uuid5(CONTACT_PHONE_NS, str(c.id)), contact_id=c.id, number=c.phone, type="voice")
            )
    for s in details.Schedule.objects.order_by("service_id", "location_id", "sort_order", "id"):
        if _visible(s):
            tables["schedule"].append(
                _row(
                    "schedule",
                    id=s.id,
                    service_id=s.service_id,
                    location_id=s.location_id,
                    valid_from=s.valid_from,
                    valid_to=s.valid_to,
                    freq="WEEKLY",
                    byday=s.byday,
                    description=s.description,
                    opens_at=s.opens_at,
                    closes_at=s.closes_at,
                )
            )
    for lang in details.Language.objects.filter(service_id__in=service_ids).order_by("service_id", "sort_order", "id"):
        tables["language"].append(
            _row("language", id=lang.id, service_id=lang.service_id, name=lang.name, code=lang.code, note=lang.note)
        )
    for a in details.Accessibility.objects.order_by("location_id", "sort_order", "id"):
        tables["accessibility"].append(
            _row(
                "accessibility",
                id=a.id,
                location_id=a.location_id,
                description=a.description,
                details=a.details,
                url=a.url,
            )
        )
    for c in details.CostOption.objects.filter(service_id__in=service_ids).order_by("service_id", "sort_order", "id"):
        tables["cost_option"].append(
            _row(
                "cost_option",
                id=c.id,
                service_id=c.service_id,
                valid_from=c.valid_from,
                valid_to=c.valid_to,
                option=c.option,
                currency=c.currency,
                amount=c.amount,
                amount_description=c.amount_description,
            )
        )
    for a in details.ServiceArea.objects.filter(service_id__in=service_ids).order_by("service_id", "sort_order", "id"):
        tables["service_area"].append(
            _row(
                "service_area",
                id=a.id,
                service_id=a.service_id,
                name=a.name,
                description=a.description,
                extent=a.extent,
                extent_type=a.extent_type,
                uri=a.uri,
            )
        )


def _export_taxonomies(tables) -> None:
    for t in Taxonomy.objects.order_by("id"):
        description = t.description or TAXONOMIES.get(t.vocabulary, ("", t.name))[1]
        tables["taxonomy"].append(
            _row("taxonomy", id=t.id, name=t.name, description=description or t.name, uri=t.uri, version=t.version)
        )
    tables["taxonomy"].append(
        _row(
            "taxonomy",
            id=FACTS_TAXONOMY_ID,
            name="Compléments d'échange (Ensemble accrochons-nous)",
            description="Champs de l'annuaire sans colonne HSDS, échangés comme attributs (voir docs/opendata.md).",
        )
    )
    for t in TaxonomyTerm.objects.select_related("taxonomy").order_by("taxonomy_id", "sort_order", "code", "id"):
        tables["taxonomy_term"].append(
            _row(
                "taxonomy_term",
                id=t.id,
                code=term_code(t),
                name=t.name,
                description=t.description or t.name,
                parent_id=t.parent_id,
                taxonomy=t.taxonomy.vocabulary,
                language=t.language,
                taxonomy_id=t.taxonomy_id,
                term_uri=t.term_uri,
            )
        )
    for f in FACTS:
        tables["taxonomy_term"].append(
            _row(
                "taxonomy_term",
                id=f.term_id,
                code=f"{FACTS_TAXONOMY_CODE}:{f.entity}:{f.code}",
                name=f.name,
                description=f.description,
                taxonomy=FACTS_TAXONOMY_CODE,
                language="fr",
                taxonomy_id=FACTS_TAXONOMY_ID,
            )
        )


def _fact_rows(entity, obj):
    for f in facts_for(entity):
        value = fact_value(f, obj)
        if value:
            yield _row(
                "attribute",
                id=attribute_id(entity=entity, link_id=obj.id, code=f.code),
                link_id=obj.id,
                taxonomy_term_id=f.term_id,
                link_type=FACT_LINK_TYPE,
                link_entity=entity,
                value=value,
            )


def _export_attributes(tables, services, organizations, locations, service_ids) -> None:
    rows = tables["attribute"]
    through = Service.terms.through.objects.filter(service_id__in=service_ids).select_related("taxonomyterm__taxonomy")
    for link in through.order_by("service_id", "taxonomyterm_id"):
        term = link.taxonomyterm
        if term.taxonomy.vocabulary == Vocabulary.FACT:
            continue  # facts are attributes with a value, below
        rows.append(
            _row(
                "attribute",
                id=attribute_id(entity="service", link_id=link.service_id, code=str(term.id)),
                link_id=link.service_id,
                taxonomy_term_id=term.id,
                link_type=term.taxonomy.vocabulary,
                link_entity="service",
            )
        )
    fact_terms = directory_attributes.fact_terms()
    for s in services:
        for a in directory_attributes.service_fact_attributes(s, terms=fact_terms):
            rows.append(
                _row(
                    "attribute",
                    id=a.id,
                    link_id=a.link_id,
                    taxonomy_term_id=a.taxonomy_term.id,
                    link_type=a.link_type,
                    link_entity=a.link_entity,
                    value=a.value,
                )
            )
        rows.extend(_fact_rows("service", s))
    for o in organizations:
        rows.extend(_fact_rows("organization", o))
    for loc in locations:
        rows.extend(_fact_rows("location", loc))
    for area in details.ServiceArea.objects.filter(service_id__in=service_ids).order_by(
        "service_id", "sort_order", "id"
    ):
        rows.extend(_fact_rows("service_area", area))
    for a in Attribute.objects.order_by("id"):
        rows.append(
            _row(
                "attribute",
                id=a.id,
                link_id=a.link_id,
                taxonomy_term_id=a.taxonomy_term_id,
                link_type=a.link_type,
                link_entity=a.link_entity,
                value=a.value,
            )
        )
