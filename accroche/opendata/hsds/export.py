"""The directory as HSDS 3.0 tables: one list of rows per resource, every value a CSV string (decision 0082).

Which model field gives which HSDS field is said once, in `mapping.py` (decision 0185); this module picks the rows.
"""

from datetime import UTC, date, datetime, time
from decimal import Decimal

from accroche.directory import attributes as directory_attributes
from accroche.directory.models import details
from accroche.directory.models.core import Location, Organization, Service, ServiceAtLocation
from accroche.directory.models.taxonomy import Attribute, Taxonomy, TaxonomyTerm
from accroche.schools.hsds import export_school_areas

from . import mapping, spec
from .facts import FACTS, FACTS_TAXONOMY_CODE, FACTS_TAXONOMY_ID


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


def _mapped(resource: str, obj) -> dict:
    """Returns the CSV row of a model row, through the one mapping."""
    return _row(resource, **mapping.values(resource, obj))


def exported_services():
    """Returns the services an export contains: the public ones (as on the site and the API)."""
    return Service.objects.public()


def export_tables(*, services=None) -> dict[str, list[dict]]:
    """Returns every HSDS resource's rows for these services (default: the whole directory), sorted stably."""
    services = list((services if services is not None else exported_services()).order_by("id"))
    service_ids = {s.id for s in services}
    tables: dict[str, list[dict]] = {name: [] for name in spec.resources()}
    organizations = list(Organization.objects.order_by("id"))
    tables["organization"] = [_mapped("organization", o) for o in organizations]
    tables["service"] = [_mapped("service", s) for s in services]
    locations = list(Location.objects.order_by("id"))
    tables["location"] = [_mapped("location", loc) for loc in locations]
    tables["service_at_location"] = [
        _mapped("service_at_location", sal)
        for sal in ServiceAtLocation.objects.filter(service_id__in=service_ids).order_by("service_id", "id")
    ]
    tables["address"] = [
        _mapped("address", a)
        for a in details.Address.objects.order_by("location_id", "sort_order", "id")
        # HSDS requires them; the location keeps its commune (code-ins) and position
        if a.postal_code and a.city and a.state_province and a.country
    ]
    _export_details(tables, service_ids)
    export_school_areas(tables, service_ids, _row)  # confirmed school links (decision 0135)
    _export_taxonomies(tables)
    _export_attributes(tables, services, organizations, locations, service_ids)
    return tables


def _export_details(tables, service_ids) -> None:
    def _visible(obj) -> bool:
        return obj.service_id is None or obj.service_id in service_ids

    phones = details.Phone.objects.order_by("service_id", "organization_id", "location_id", "sort_order", "id")
    tables["phone"] = [_mapped("phone", p) for p in phones if _visible(p)]
    for c in details.Contact.objects.order_by("service_id", "organization_id", "sort_order", "id"):
        if _visible(c):
            tables["contact"].append(_mapped("contact", c))
            if c.phone:
                tables["phone"].append(_row("phone", **mapping.values("contact_phone", c)))
    schedules = details.Schedule.objects.order_by("service_id", "location_id", "sort_order", "id")
    tables["schedule"] = [_mapped("schedule", s) for s in schedules if _visible(s)]
    per_service = {
        "language": details.Language.objects,
        "cost_option": details.CostOption.objects,
        "service_area": details.ServiceArea.objects.select_related("commune"),
    }
    for resource, manager in per_service.items():
        rows = manager.filter(service_id__in=service_ids).order_by("service_id", "sort_order", "id")
        tables[resource] = [_mapped(resource, row) for row in rows]
    tables["accessibility"] = [
        _mapped("accessibility", a) for a in details.Accessibility.objects.order_by("location_id", "sort_order", "id")
    ]


def _export_taxonomies(tables) -> None:
    tables["taxonomy"] = [_mapped("taxonomy", t) for t in Taxonomy.objects.order_by("id")]
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
            _row("taxonomy_term", **{**mapping.values("taxonomy_term", t), "code": term_code(t)})
        )
    for f in FACTS:
        tables["taxonomy_term"].append(
            _row(
                "taxonomy_term",
                **{
                    **mapping.ComplementTerm(f).as_json(),
                    "code": f"{FACTS_TAXONOMY_CODE}:{f.entity}:{f.code}",
                },
            )
        )


def _attribute_rows(attributes) -> list[dict]:
    return [_row("attribute", **a) for a in attributes]


def _export_attributes(tables, services, organizations, locations, service_ids) -> None:
    rows = tables["attribute"]
    terms: dict = {}
    through = Service.terms.through.objects.filter(service_id__in=service_ids).select_related("taxonomyterm__taxonomy")
    for link in through.order_by("service_id", "taxonomyterm_id"):
        terms.setdefault(link.service_id, []).append(link.taxonomyterm)
    fact_terms = directory_attributes.fact_terms()
    for s in services:
        rows.extend(_attribute_rows(mapping.service_attributes(s, terms=terms.get(s.id, []), fact_terms=fact_terms)))
    for entity, objects in (("organization", organizations), ("location", locations)):
        for obj in objects:
            rows.extend(_attribute_rows(mapping.complement_attributes(entity, obj)))
    areas = details.ServiceArea.objects.filter(service_id__in=service_ids).order_by("service_id", "sort_order", "id")
    for area in areas:
        rows.extend(_attribute_rows(mapping.complement_attributes("service_area", area)))
    rows.extend(_attribute_rows(mapping.row_attribute(a) for a in Attribute.objects.order_by("id")))
