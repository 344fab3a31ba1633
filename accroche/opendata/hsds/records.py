"""Turns HSDS 3.0 table rows into directory model field values (one function per table, dicts of attnames)."""

import uuid
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from django.utils.text import slugify

from accroche.directory.choices import PhoneType, Weekday

from .export import NO_STREET
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


def number(value: str):
    return float(value) if value != "" else None


def integer(value: str):
    return int(float(value)) if value != "" else None


def day(value: str):
    return date.fromisoformat(value) if value else None


def clock(value: str):
    return time.fromisoformat(value) if value else None


def moment(value: str):
    return datetime.fromisoformat(value) if value else None


def decimal(value: str):
    if value == "":
        return None
    try:
        return Decimal(value).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise ValueError(value) from None


def organization(row, ctx, line) -> dict:
    return dict(
        id=row["id"],
        name=row.get("name", ""),
        alternate_name=row.get("alternate_name", ""),
        description=row.get("description", ""),
        email=row.get("email", ""),
        website=row.get("website", ""),
        legal_status=row.get("legal_status", ""),
        uri=row.get("uri", ""),
    )


def service(row, ctx, line) -> dict:
    minimum, maximum = integer(row.get("minimum_age", "")), integer(row.get("maximum_age", ""))
    return dict(
        id=row["id"],
        organization_id=row.get("organization_id"),
        name=row.get("name", ""),
        alternate_name=row.get("alternate_name", ""),
        description=row.get("description", ""),
        url=row.get("url", ""),
        email=row.get("email", ""),
        status=row.get("status", ""),
        interpretation_services=row.get("interpretation_services", ""),
        application_process=row.get("application_process", ""),
        fees_description=row.get("fees_description", ""),
        accreditations=row.get("accreditations", ""),
        eligibility_description=row.get("eligibility_description", ""),
        minimum_age=minimum,
        maximum_age=maximum,
        assured_date=day(row.get("assured_date", "")),
        assurer_email=row.get("assurer_email", ""),
        alert=row.get("alert", ""),
    )


def location(row, ctx, line) -> dict:
    lat, lon = number(row.get("latitude", "")), number(row.get("longitude", ""))
    if (lat is None) != (lon is None) or (lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)):
        ctx.warnings.append(
            Issue(
                "locations.csv", line, "latitude", f"coordonnées impossibles ({lat}, {lon}) : position ignorée", WARNING
            )
        )
        lat = lon = None
    return dict(
        id=row["id"],
        location_type=row.get("location_type", ""),
        url=row.get("url", ""),
        organization_id=ctx.ref(
            "organization",
            "organization",
            row.get("organization_id", ""),
            file="locations.csv",
            line=line,
            column="organization_id",
        ),
        name=row.get("name", ""),
        alternate_name=row.get("alternate_name", ""),
        description=row.get("description", ""),
        transportation=row.get("transportation", ""),
        latitude=lat,
        longitude=lon,
        external_identifier=row.get("external_identifier", ""),
        external_identifier_type=row.get("external_identifier_type", ""),
    )


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
    return dict(
        id=row["id"],
        service_id=row.get("service_id"),
        location_id=row.get("location_id"),
        description=row.get("description", ""),
    )


def address(row, ctx, line) -> dict | None:
    street = row.get("address_1", "")
    location_id = ctx.ref(
        "location", "location", row.get("location_id", ""), file="addresses.csv", line=line, column="location_id"
    )
    if location_id is None:
        ctx.warnings.append(Issue("addresses.csv", line, "location_id", "adresse sans lieu : ignorée", WARNING))
        return None
    return dict(
        id=row["id"],
        location_id=location_id,
        attention=row.get("attention", ""),
        address_1="" if street == NO_STREET else street,
        address_2=row.get("address_2", ""),
        city=row.get("city", ""),
        region=row.get("region", ""),
        state_province=row.get("state_province", ""),
        postal_code=row.get("postal_code", ""),
        country=row.get("country", ""),
        address_type=row.get("address_type", ""),
    )


def _service_of(row, ctx, file, line):
    """Returns the service id of a row (its service_id, or the service of its service_at_location)."""
    service_id = ctx.ref("service", "service", row.get("service_id", ""), file=file, line=line, column="service_id")
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
    return dict(
        id=row["id"],
        service_id=_service_of(row, ctx, "phones.csv", line),
        organization_id=ctx.ref(
            "organization",
            "organization",
            row.get("organization_id", ""),
            file="phones.csv",
            line=line,
            column="organization_id",
        ),
        location_id=ctx.ref(
            "location", "location", row.get("location_id", ""), file="phones.csv", line=line, column="location_id"
        ),
        number=row.get("number", ""),
        extension=integer(row.get("extension", "")),
        type=phone_type(row.get("type", ""), ctx, line),
        description=row.get("description", ""),
    )


def contact(row, ctx, line) -> dict:
    return dict(
        id=row["id"],
        service_id=_service_of(row, ctx, "contacts.csv", line),
        organization_id=ctx.ref(
            "organization",
            "organization",
            row.get("organization_id", ""),
            file="contacts.csv",
            line=line,
            column="organization_id",
        ),
        name=row.get("name", ""),
        title=row.get("title", ""),
        department=row.get("department", ""),
        email=row.get("email", ""),
    )


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
        "service_id": _service_of(row, ctx, "schedules.csv", line),
        "location_id": ctx.ref(
            "location", "location", row.get("location_id", ""), file="schedules.csv", line=line, column="location_id"
        ),
        "opens_at": clock(row.get("opens_at", "")),
        "closes_at": clock(row.get("closes_at", "")),
        "description": row.get("description", ""),
        "valid_from": day(row.get("valid_from", "")),
        "valid_to": day(row.get("valid_to", "")),
    }
    return [
        dict(id=row["id"] if i == 0 else str(uuid.uuid5(uuid.UUID(row["id"]), d)), byday=d, **common)
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
    return dict(
        id=row["id"],
        service_id=service_id,
        name=row.get("name", "") or row.get("code", ""),
        code=row.get("code", ""),
        note=row.get("note", ""),
    )


def accessibility(row, ctx, line) -> dict | None:
    location_id = ctx.ref(
        "location", "location", row.get("location_id", ""), file="accessibility.csv", line=line, column="location_id"
    )
    if location_id is None:
        return None
    return dict(
        id=row["id"],
        location_id=location_id,
        description=row.get("description", ""),
        details=row.get("details", ""),
        url=row.get("url", ""),
    )


def cost_option(row, ctx, line) -> dict:
    return dict(
        id=row["id"],
        service_id=row.get("service_id"),
        option=row.get("option", ""),
        amount=decimal(row.get("amount", "")),
        currency=(row.get("currency", "") or "EUR").upper(),
        amount_description=row.get("amount_description", ""),
        valid_from=day(row.get("valid_from", "")),
        valid_to=day(row.get("valid_to", "")),
    )


def service_area(row, ctx, line) -> dict | None:
    service_id = ctx.ref(
        "service", "service", row.get("service_id", ""), file="service_areas.csv", line=line, column="service_id"
    )
    if service_id is None:
        return None
    return dict(
        id=row["id"],
        service_id=service_id,
        name=row.get("name", ""),
        description=row.get("description", ""),
        extent=row.get("extent", ""),
        extent_type=row.get("extent_type", ""),
        uri=row.get("uri", ""),
    )
