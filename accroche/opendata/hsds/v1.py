"""HSDS 1.1 → 3.0: the documented mapping of the old tables and columns (docs/opendata.md, decision 0084)."""

import uuid

from . import spec
from .package import RawPackage
from .validate import WARNING, Issue, Table

# HSDS 1.x allowed any string id; non-UUID ids get a stable UUID derived from the original.
V1_NAMESPACE = uuid.UUID("9a3e5c1d-2b4f-4a6e-8c0d-1e2f3a4b5c6d")
# ISO 8601 weekday numbers (1 = Monday), or English names.
WEEKDAYS = {
    "1": "MO",
    "2": "TU",
    "3": "WE",
    "4": "TH",
    "5": "FR",
    "6": "SA",
    "7": "SU",
    "monday": "MO",
    "tuesday": "TU",
    "wednesday": "WE",
    "thursday": "TH",
    "friday": "FR",
    "saturday": "SA",
    "sunday": "SU",
}
# 1.1 file → (3.0 resource, column renames, constant values)
SIMPLE = {
    "organizations.csv": ("organization", {"url": "website"}, {}),
    "locations.csv": ("location", {}, {"location_type": "physical"}),
    "services_at_location.csv": ("service_at_location", {}, {}),
    "phones.csv": ("phone", {}, {}),
    "contacts.csv": ("contact", {}, {}),
    "physical_addresses.csv": ("address", {}, {"address_type": "physical"}),
    "postal_addresses.csv": ("address", {}, {"address_type": "postal"}),
    "languages.csv": ("language", {"language": "name"}, {}),
    "accessibility_for_disabilities.csv": ("accessibility", {"accessibility": "description"}, {}),
    "service_areas.csv": ("service_area", {"service_area": "name"}, {}),
}
ID_COLUMNS = {
    "id",
    "organization_id",
    "service_id",
    "location_id",
    "service_at_location_id",
    "contact_id",
    "parent_organization_id",
    "program_id",
}
NOT_MAPPED = {
    "holiday_schedules.csv": "horaires de congés",
    "services_taxonomy.csv": "liens vers une taxonomie",
    "taxonomy.csv": "taxonomie 1.1",
    "funding.csv": "financements",
    "programs.csv": "programmes",
    "required_documents.csv": "documents requis",
    "metadata.csv": "journal des modifications",
    "meta_table_descriptions.csv": "description des tables",
}


def as_uuid(value: str) -> str:
    if not value:
        return ""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return str(uuid.uuid5(V1_NAMESPACE, value))


def _table(name: str) -> Table:
    resource = spec.resources()[name]
    return Table(name, resource["path"], spec.field_names(name), [], [])


def _add(tables, name, row: dict, line: int) -> None:
    table = tables.setdefault(name, _table(name))
    table.rows.append({k: row.get(k, "") for k in table.headers})
    table.line_numbers.append(line)


def to_v3(raw: RawPackage) -> dict[str, Table]:
    """Returns HSDS 3.0 tables from a 1.1 package; unmapped files and columns are reported as warnings."""
    tables: dict[str, Table] = {}
    files = raw.files
    extras: dict[str, dict[str, list[str]]] = {}  # service id → {eligibility: [...], payments: [...]}
    for file_name, kind in (("eligibility.csv", "eligibility"), ("payments_accepted.csv", "payment")):
        for row in files[file_name].rows if file_name in files else []:
            extras.setdefault(as_uuid(row.get("service_id", "")), {}).setdefault(kind, []).append(row.get(kind, ""))
    for file_name, table in files.items():
        if file_name in SIMPLE:
            name, renames, constants = SIMPLE[file_name]
            for row, line in zip(table.rows, table.line_numbers, strict=True):
                mapped = {renames.get(k, k): (as_uuid(v) if k in ID_COLUMNS else v) for k, v in row.items()}
                mapped.update({k: v for k, v in constants.items() if not mapped.get(k)})
                _add(tables, name, mapped, line)
        elif file_name == "services.csv":
            for row, line in zip(table.rows, table.line_numbers, strict=True):
                mapped = {k: (as_uuid(v) if k in ID_COLUMNS else v) for k, v in row.items()}
                more = extras.get(mapped["id"], {})
                if more.get("eligibility"):
                    mapped["eligibility_description"] = ", ".join(more["eligibility"])
                if more.get("payment"):
                    mapped["fees_description"] = "Paiements acceptés : " + ", ".join(more["payment"])
                mapped["status"] = mapped.get("status") or "active"
                _add(tables, "service", mapped, line)
        elif file_name == "regular_schedules.csv":
            for row, line in zip(table.rows, table.line_numbers, strict=True):
                mapped = {k: (as_uuid(v) if k in ID_COLUMNS else v) for k, v in row.items()}
                mapped.update({"freq": "WEEKLY", "byday": WEEKDAYS.get(row.get("weekday", "").strip().lower(), "")})
                _add(tables, "schedule", mapped, line)
        elif file_name in NOT_MAPPED and table.rows:
            raw.issues.append(
                Issue(
                    file_name,
                    0,
                    "",
                    f"{len(table.rows)} ligne(s) ({NOT_MAPPED[file_name]}) sans "
                    "équivalent repris dans l'annuaire : ignorées",
                    WARNING,
                )
            )
    for name in ("organization", "service", "location"):
        tables.setdefault(name, _table(name))
    return tables
