"""Turns HSDS 3.0 table rows into directory model field values (one function per table, dicts of attnames).

The field correspondence is read back through the one mapping (`mapping.values_from`, decision 0185); this module
adds what a package needs: references checked against the package and the database, warnings, row splits.
"""

import uuid
from datetime import datetime

from django.utils.text import slugify

from accroche.directory.choices import PhoneType, Weekday

from .mapping import values_from
from .validate import WARNING, Issue

WEEKDAYS = {d.value for d in Weekday}
PHONE_TYPES = set(PhoneType.values)
PHONE_ALIASES = {
    "textphone": PhoneType.TEXT,
    "tty": PhoneType.TEXT,
    "sms": PhoneType.TEXT,
    "mobile": PhoneType.CELL,
    "gsm": PhoneType.CELL,
    "video": PhoneType.VOICE,
    "pager": PhoneType.VOICE,
}


class Context:
    """What the load knows while building records: known ids, slugs in use, warnings."""

    def __init__(self, *, tables, existing_ids: dict[str, set], slugs: dict[str, set]):
        self.tables = tables
        self.existing_ids = existing_ids  # model label → ids already in the database
        self.slugs = slugs  # model label → slugs already taken
        self.ids: dict[str, set] = {name: {r["id"] for r in t.rows} for name, t in tables.items()}
        self.warnings: list[Issue] = []
        self.sal_pairs: set = set()
        self.sal_service: dict[str, str] = {r["id"]: r["service_id"] for r in self._rows("service_at_location")}

    def _rows(self, name):
        return self.tables[name].rows if name in self.tables else []

    def known(self, resource: str, model_label: str, value: str) -> bool:
        return bool(value) and (
            value in self.ids.get(resource, set()) or uuid.UUID(value) in self.existing_ids.get(model_label, set())
        )

    def ref(self, resource, model_label, value, *, file, line, column):
        """Returns the id when it points to a known record, else None (with a warning for a dangling one)."""
        if not value:
            return None
        if self.known(resource, model_label, value):
            return value
        self.warnings.append(Issue(file, line, column, f"référence « {value} » introuvable : ignorée", WARNING))
        return None

    def unique_slug(self, label: str, wanted: str, fallback: str, owner_id: str, owners: dict) -> str:
        """Returns `wanted` when free (or already this record's), else a slug from `fallback` made unique."""
        taken = self.slugs.setdefault(label, set())
        if wanted and (wanted not in taken or owners.get(wanted) == owner_id):
            taken.add(wanted)
            return wanted
        base = (slugify(fallback) or "fiche")[:100]
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        return slug


def moment(value: str):
    return datetime.fromisoformat(value) if value else None


def organization(row, ctx, line) -> dict:
    return values_from("organization", row)


def service(row, ctx, line) -> dict:
    return values_from("service", row)


def location(row, ctx, line) -> dict:
    values = values_from("location", row)
    lat, lon = values["latitude"], values["longitude"]
    if (lat is None) != (lon is None) or (lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)):
        ctx.warnings.append(
            Issue(
                "locations.csv", line, "latitude", f"coordonnées impossibles ({lat}, {lon}) : position ignorée", WARNING
            )
        )
        values["latitude"] = values["longitude"] = None
    values["organization_id"] = _ref(row, ctx, "organization", "locations.csv", line)
    return values


def service_at_location(row, ctx, line) -> dict | None:
    pair = (row.get("service_id"), row.get("location_id"))
    if pair in ctx.sal_pairs:
        ctx.warnings.append(
            Issue(
                "service_at_location.csv",
                line,
                "location_id",
                "même service et même lieu qu'une ligne précédente : ignorée",
                WARNING,
            )
        )
        return None
    ctx.sal_pairs.add(pair)
    return values_from("service_at_location", row)


def address(row, ctx, line) -> dict | None:
    location_id = _ref(row, ctx, "location", "addresses.csv", line)
    if location_id is None:
        ctx.warnings.append(Issue("addresses.csv", line, "location_id", "adresse sans lieu : ignorée", WARNING))
        return None
    return {**values_from("address", row), "location_id": location_id}


def _ref(row, ctx, resource: str, file: str, line):
    """Returns the `<resource>_id` of a row when it points to a known record, else None (warned)."""
    column = f"{resource}_id"
    return ctx.ref(resource, resource, row.get(column, ""), file=file, line=line, column=column)


def _service_of(row, ctx, file, line):
    """Returns the service id of a row (its service_id, or the service of its service_at_location)."""
    service_id = _ref(row, ctx, "service", file, line)
    if service_id is None and row.get("service_at_location_id"):
        service_id = ctx.sal_service.get(row["service_at_location_id"])
    return service_id


def phone_type(value: str, ctx, line) -> str:
    """Returns the directory's phone type for an HSDS one (a free text there): known words, else voice."""
    value = value.strip().lower()
    if value in PHONE_TYPES:
        return value
    if value in PHONE_ALIASES:
        return PHONE_ALIASES[value]
    if value:
        ctx.warnings.append(Issue("phones.csv", line, "type", f"type « {value} » inconnu : noté « voice »", WARNING))
    return PhoneType.VOICE


def phone(row, ctx, line) -> dict:
    return {
        **values_from("phone", row),
        "service_id": _service_of(row, ctx, "phones.csv", line),
        "organization_id": _ref(row, ctx, "organization", "phones.csv", line),
        "location_id": _ref(row, ctx, "location", "phones.csv", line),
        "type": phone_type(row.get("type", ""), ctx, line),
    }


def contact(row, ctx, line) -> dict:
    return {
        **values_from("contact", row),
        "service_id": _service_of(row, ctx, "contacts.csv", line),
        "organization_id": _ref(row, ctx, "organization", "contacts.csv", line),
    }


def schedules(row, ctx, line) -> list[dict]:
    """Returns one Schedule per weekday of the row (HSDS byday may list several days)."""
    days = [d.strip().upper() for d in row.get("byday", "").split(",") if d.strip()]
    if row.get("freq", "WEEKLY") not in ("", "WEEKLY") or not days or any(d not in WEEKDAYS for d in days):
        ctx.warnings.append(
            Issue(
                "schedules.csv",
                line,
                "byday",
                "seuls les horaires hebdomadaires par jour (MO…SU) sont repris : ligne ignorée",
                WARNING,
            )
        )
        return []
    common = {
        **values_from("schedule", row),
        "service_id": _service_of(row, ctx, "schedules.csv", line),
        "location_id": _ref(row, ctx, "location", "schedules.csv", line),
    }
    return [
        {**common, "id": row["id"] if i == 0 else str(uuid.uuid5(uuid.UUID(row["id"]), d)), "byday": d}
        for i, d in enumerate(days)
    ]


def language(row, ctx, line) -> dict | None:
    service_id = _service_of(row, ctx, "languages.csv", line)
    if service_id is None:
        ctx.warnings.append(
            Issue(
                "languages.csv",
                line,
                "service_id",
                "langue sans service : l'annuaire ne la relie qu'à un service, ignorée",
                WARNING,
            )
        )
        return None
    values = {**values_from("language", row), "service_id": service_id}
    values["name"] = values["name"] or values["code"]
    return values


def accessibility(row, ctx, line) -> dict | None:
    location_id = _ref(row, ctx, "location", "accessibility.csv", line)
    if location_id is None:
        return None
    return {**values_from("accessibility", row), "location_id": location_id}


def cost_option(row, ctx, line) -> dict:
    return values_from("cost_option", row)


def service_area(row, ctx, line) -> dict | None:
    service_id = _ref(row, ctx, "service", "service_areas.csv", line)
    if service_id is None:
        return None
    return {**values_from("service_area", row), "service_id": service_id}
