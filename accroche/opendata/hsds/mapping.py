"""The one HSDS 3.0 mapping of the directory (decision 0185): per HSDS object, which model field gives which field.

Read in both directions:
- out (`values`): a model row → the HSDS object's one-to-one fields, typed (UUID, str, int, float, Decimal, date,
  time, datetime). The API renders them as JSON (`as_json`), the tabular export as CSV text (`export.fmt`).
- back (`values_from`): an HSDS object (a JSON object of the API, or a CSV row of a package: strings) → model field
  values (attnames). The package import (`records.py`) and the federation harvest (`federation/mapping.py`) read
  through it; each then applies its own checks (known references, warnings).
Nested lists (a service's phones, a location's addresses…) are the structure of each format, not field mappings:
the API serializers nest them, the export writes one table per object.
Facts without an HSDS column travel as attributes (`service_attributes`, `complement_attributes`).
`Service.assurer_email` (a person's e-mail) is never published: its value out is always empty.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from accroche.directory import attributes as directory_attributes
from accroche.directory.choices import LocationType

from . import facts as complements

# An address without a street cannot leave address_1 empty (required in HSDS): it says so, in words.
NO_STREET = "Adresse non communiquée"
# A contact's phone number (one column of Contact) is an HSDS phone of that contact: its id derives from the contact.
CONTACT_PHONE_NS = uuid.UUID("5d0f0c4e-3c1e-4f43-9d0b-6a2b8c1e7f21")


@dataclass(frozen=True)
class Field:
    """One HSDS field of an object: where its value comes from (`field` or `out`) and where it goes back."""

    hsds: str
    field: str | None = None  # model attname (read out and written back), None for a derived or constant value
    kind: str = "text"  # text | id | int | number | decimal | date | time | datetime
    out: Callable | None = None  # model row → value, when not the plain field
    back: Callable | None = None  # parsed HSDS value → model value, when not the plain value
    required: bool = False  # the API keeps it ("" when empty): the HSDS schema requires it
    read_back: bool = True  # False: published only (derived, or decided by the receiving instance)
    note: str = ""


def _same(*names: str, kind: str = "text") -> tuple[Field, ...]:
    """Returns the fields whose HSDS and model names are the same, of one kind."""
    return tuple(Field(name, name, kind) for name in names)


def _const(value):
    return lambda _obj: value


def _or(name: str, fallback: str) -> Callable:
    return lambda obj: getattr(obj, name) or getattr(obj, fallback)


def _street_back(value: str) -> str:
    return "" if value == NO_STREET else value


def _area_name(area) -> str:
    return area.name or getattr(area.commune, "name", "")


def _taxonomy_description(taxonomy) -> str:
    from accroche.directory.vocabularies import TAXONOMIES

    return taxonomy.description or TAXONOMIES.get(taxonomy.vocabulary, ("", ""))[1] or taxonomy.name


OBJECTS: dict[str, tuple[Field, ...]] = {
    "organization": (
        *_same("id", kind="id"),
        *_same("name", "alternate_name"),
        Field("description", "description", out=_or("description", "name"), required=True, note="or the name"),
        *_same("email", "website", "legal_status", "uri"),
        Field("parent_organization_id", "parent_organization_id", "id", read_back=False),
    ),
    "service": (
        *_same("id", "organization_id", kind="id"),
        *_same(
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "accreditations",
            "eligibility_description",
        ),
        *_same("minimum_age", "maximum_age", kind="int"),
        *_same("assured_date", kind="date"),
        Field("assurer_email", "assurer_email", out=_const(""), note="never published (a person's e-mail)"),
        *_same("alert"),
        Field("last_modified", None, "datetime", out=lambda s: s.modified_at, read_back=False, note="modified_at"),
    ),
    "location": (
        *_same("id", kind="id"),
        *_same("location_type", "url"),
        *_same("organization_id", kind="id"),
        *_same("name", "alternate_name", "description", "transportation"),
        *_same("latitude", "longitude", kind="number"),
        *_same("external_identifier", "external_identifier_type"),
    ),
    "service_at_location": (
        *_same("id", "service_id", "location_id", kind="id"),
        *_same("description"),
    ),
    "address": (
        *_same("id", "location_id", kind="id"),
        *_same("attention"),
        Field("address_1", "address_1", out=lambda a: a.address_1 or NO_STREET, back=_street_back, required=True),
        *_same("address_2"),
        Field("city", "city", required=True),
        *_same("region"),
        Field("state_province", "state_province", required=True),
        Field("postal_code", "postal_code", required=True),
        Field("country", "country", required=True),
        Field("address_type", "address_type", out=lambda a: a.address_type or LocationType.PHYSICAL),
    ),
    "phone": (
        *_same("id", "location_id", "service_id", "organization_id", kind="id"),
        Field("number", "number", required=True),
        *_same("extension", kind="int"),
        *_same("type", "description"),
    ),
    "contact": (
        *_same("id", "organization_id", "service_id", kind="id"),
        *_same("name", "title", "department"),
        Field("email", "email", note="published; not copied by the harvest (may be a person's)"),
    ),
    "contact_phone": (
        Field("id", None, "id", out=lambda c: uuid.uuid5(CONTACT_PHONE_NS, str(c.id)), read_back=False),
        Field("contact_id", "id", "id", read_back=False),
        Field("number", "phone", required=True),
        Field("type", None, out=_const("voice"), read_back=False),
    ),
    "schedule": (
        *_same("id", "service_id", "location_id", kind="id"),
        *_same("valid_from", "valid_to", kind="date"),
        Field("wkst", None, out=_const("MO"), read_back=False),
        Field("freq", None, out=_const("WEEKLY"), read_back=False, note="one row per weekday"),
        Field("interval", None, "int", out=_const(1), read_back=False),
        *_same("byday", "description"),
        *_same("opens_at", "closes_at", kind="time"),
    ),
    "language": (
        *_same("id", "service_id", kind="id"),
        *_same("name", "code", "note"),
    ),
    "accessibility": (
        *_same("id", "location_id", kind="id"),
        *_same("description", "details", "url"),
    ),
    "cost_option": (
        *_same("id", "service_id", kind="id"),
        *_same("valid_from", "valid_to", kind="date"),
        *_same("option"),
        Field("currency", "currency", back=lambda v: (v or "EUR").upper()),
        *_same("amount", kind="decimal"),
        *_same("amount_description"),
    ),
    "service_area": (
        *_same("id", "service_id", kind="id"),
        Field("name", "name", out=_area_name, note="or the name of its commune"),
        *_same("description", "extent", "extent_type", "uri"),
    ),
    "taxonomy": (
        *_same("id", kind="id"),
        *_same("name"),
        Field("description", "description", out=_taxonomy_description, required=True),
        *_same("uri", "version"),
    ),
    "taxonomy_term": (
        *_same("id", kind="id"),
        Field("code", "code", note="export: prefixed by the vocabulary"),
        *_same("name"),
        Field("description", "description", out=_or("description", "name"), required=True, note="or the name"),
        *_same("parent_id", kind="id"),
        Field("taxonomy", None, out=lambda t: t.taxonomy.vocabulary, read_back=False, note="the vocabulary code"),
        *_same("language"),
        *_same("taxonomy_id", kind="id"),
        *_same("term_uri"),
    ),
    "attribute": (
        *_same("id", "link_id", "taxonomy_term_id", kind="id"),
        *_same("link_type", "link_entity", "value"),
    ),
}


def values(name: str, obj) -> dict:
    """Returns the HSDS one-to-one fields of a model row, typed, in the object's field order."""
    return {f.hsds: (f.out(obj) if f.out else getattr(obj, f.field)) for f in OBJECTS[name]}


def json_value(value):
    """Returns the JSON form of a typed value (ids as strings, ISO dates and times, amounts as numbers)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def as_json(name: str, obj, **extra) -> dict:
    """Returns the HSDS JSON object's one-to-one fields (+ `extra`), leaving out empty values except required ones."""
    out = {}
    required = {f.hsds for f in OBJECTS[name] if f.required}
    for key, value in {**values(name, obj), **extra}.items():
        value = json_value(value)
        if value is None or value == "":
            if key in required:
                out[key] = ""
            continue
        out[key] = value
    return out


# --- back: HSDS values (JSON or CSV text) → model values -------------------------------------------------------------


def parse(kind: str, value):
    """Returns the model value of an HSDS value (JSON typed or CSV text); raises ValueError when it does not fit."""
    if value is None or value == "":
        return "" if kind == "text" else None
    if kind == "text":
        return str(value)
    if kind == "id":
        return str(value)  # kept as written: the package's own references match it (validated before)
    if kind == "int":
        return value if isinstance(value, int) else int(float(str(value)))
    if kind == "number":
        return float(value)
    if kind == "decimal":
        try:
            return Decimal(str(value)).quantize(Decimal("0.01"))
        except InvalidOperation:
            raise ValueError(value) from None
    if kind == "date":
        return date.fromisoformat(str(value)[:10])
    if kind == "time":
        return time.fromisoformat(str(value))
    if kind == "datetime":
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    raise ValueError(kind)


def values_from(name: str, data: dict, *, only=None) -> dict:
    """Returns the model field values (attnames) of an HSDS object, for the fields read back (`only`: a subset)."""
    out = {}
    for f in OBJECTS[name]:
        if not f.read_back or f.field is None or (only is not None and f.hsds not in only):
            continue
        value = parse(f.kind, data.get(f.hsds))
        out[f.field] = f.back(value) if f.back else value
    return out


def markdown_table() -> str:
    """Returns the mapping as the Markdown table of docs/data-model.md (a test keeps the two equal)."""
    lines = ["| HSDS object | HSDS field | model field | kind | read back | note |", "|---|---|---|---|---|---|"]
    for name, fields in OBJECTS.items():
        for f in fields:
            model = f"`{f.field}`" if f.field else "—"
            derived = " (derived)" if f.out and f.field else ""
            lines.append(
                f"| {name} | `{f.hsds}` | {model}{derived} | {f.kind} | {'yes' if f.read_back else 'no'} | {f.note} |"
            )
    return "\n".join(lines)


# --- attributes: terms, the facts vocabulary, the complements -------------------------------------------------------


def term_attribute(link_id, term, *, entity: str = "service") -> dict:
    """Returns the typed attribute linking an object to a taxonomy term (no value; its id is stable)."""
    return {
        "id": complements.attribute_id(entity=entity, link_id=link_id, code=str(term.id)),
        "link_id": link_id,
        "taxonomy_term_id": term.id,
        "link_type": term.taxonomy.vocabulary,
        "link_entity": entity,
        "value": "",
        "term": term,
    }


def row_attribute(row) -> dict:
    """Returns the typed attribute of an Attribute row (the generic ones)."""
    return {**values("attribute", row), "term": row.taxonomy_term}


def fact_attributes(service, fact_terms: dict) -> list[dict]:
    """Returns the typed attributes of a service's facts (« faits-du-service » vocabulary: line, free…)."""
    return [
        {
            "id": a.id,
            "link_id": a.link_id,
            "taxonomy_term_id": a.taxonomy_term.id,
            "link_type": a.link_type,
            "link_entity": a.link_entity,
            "value": a.value,
            "term": a.taxonomy_term,
        }
        for a in directory_attributes.service_fact_attributes(service, terms=fact_terms)
    ]


@dataclass(frozen=True)
class ComplementTerm:
    """A term of the complements taxonomy (not a database row: its id is derived, see facts.py)."""

    fact: complements.Fact

    @property
    def id(self):
        return self.fact.term_id

    def as_json(self) -> dict:
        return {
            "id": str(self.fact.term_id),
            "code": self.fact.code,
            "name": self.fact.name,
            "description": self.fact.description,
            "taxonomy": complements.FACTS_TAXONOMY_CODE,
            "taxonomy_id": str(complements.FACTS_TAXONOMY_ID),
            "language": "fr",
        }


def complement_attributes(entity: str, obj) -> list[dict]:
    """Returns the typed attributes of the fields without HSDS column (age text, source year, slug, INS code…)."""
    out = []
    for f in complements.facts_for(entity):
        value = complements.fact_value(f, obj)
        if value:
            out.append(
                {
                    "id": complements.attribute_id(entity=entity, link_id=obj.id, code=f.code),
                    "link_id": obj.id,
                    "taxonomy_term_id": f.term_id,
                    "link_type": complements.FACT_LINK_TYPE,
                    "link_entity": entity,
                    "value": value,
                    "term": ComplementTerm(f),
                }
            )
    return out


def service_attributes(service, *, terms, fact_terms: dict, rows=()) -> list[dict]:
    """Returns every attribute of a service, in one order: facts, complements, terms (facts vocabulary left out:
    its terms are the facts above), then the generic Attribute rows."""
    from accroche.directory.choices import Vocabulary

    return [
        *fact_attributes(service, fact_terms),
        *complement_attributes("service", service),
        *(term_attribute(service.id, t) for t in terms if t.taxonomy.vocabulary != Vocabulary.FACT),
        *(row_attribute(r) for r in rows),
    ]


def facts_from(attributes: list[dict], *, entity: str) -> dict:
    """Returns the model values carried by HSDS fact attributes (JSON objects of the API): the reverse of
    `fact_attributes` and `complement_attributes`. Unknown or ill-typed values are left out."""
    out = {}
    for attribute in attributes or []:
        if attribute.get("link_type") != complements.FACT_LINK_TYPE:
            continue
        value = str(attribute.get("value", ""))
        term_id = attribute.get("taxonomy_term_id") or ""
        try:
            fact = complements.FACTS_BY_TERM.get(uuid.UUID(str(term_id)))
        except ValueError:
            fact = None
        if fact is not None:
            if fact.entity == entity:
                try:
                    parsed = complements.parse_fact(fact.kind, value) if fact.kind != "fk" else value
                except ValueError:
                    continue
                out[f"{fact.field}_id" if fact.kind == "fk" else fact.field] = parsed
            continue
        code = (attribute.get("taxonomy_term") or {}).get("code", "")
        if entity == "service" and code in complements.SERVICE_FACT_FIELDS:
            field, kind = complements.SERVICE_FACT_FIELDS[code]
            try:
                out[field] = complements.parse_fact(kind, value)
            except ValueError:
                continue
    return out
