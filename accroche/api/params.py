"""Parsing and validation of the HSDS API query parameters: every bad value becomes an ApiError (HTTP 400)."""

import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time

from django.conf import settings
from django.http import QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from accroche.core import params as strict

DEFAULT_PER_PAGE = 50
MAX_PAGE = 1_000_000
MAX_SEARCH_LENGTH = 200
FORMATS = ("json", "ndjson")
# HSDS: metres from the postcode centroid; "5km" and "800m" are accepted too.
PROXIMITY = re.compile(r"^(?P<number>\d{1,7}(?:\.\d{1,3})?) ?(?P<unit>m|km)?$")
MAX_PROXIMITY_M = 1_000_000
LEAP_SECOND = re.compile(r"(T\d\d:\d\d):60")
TRUE_VALUES = ("true", "1", "yes", "oui")
FALSE_VALUES = ("false", "0", "no", "non")


class ApiError(Exception):
    """A client error: rendered as {"error": message, "details": {parameter: message}} with its HTTP status."""

    def __init__(self, message: str, details: dict | None = None, status: int = 400):
        super().__init__(message)
        self.message = message
        self.details = details or {}
        self.status = status


@dataclass
class ListParams:
    """The parameters common to the HSDS list endpoints."""

    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    per_page_given: bool = False
    format: str = "json"
    search: str = ""
    full: bool = False
    minimal: bool = False
    full_service: bool = False
    modified_after: datetime | None = None
    taxonomy_term_id: uuid.UUID | None = None
    taxonomy_id: uuid.UUID | None = None
    organization_id: uuid.UUID | None = None
    parent_id: uuid.UUID | None = None
    top_only: bool = False
    postcode: str = ""
    proximity_m: float | None = None


class _Parser:
    def __init__(self, data: QueryDict):
        self.data = data
        self.errors: dict[str, str] = {}

    def raw(self, name: str) -> str:
        value = (self.data.get(name) or "").strip()[:1000]
        if strict.has_control_chars(value):  # PostgreSQL refuses NUL in text; no parameter needs control characters
            self.errors[name] = _("caractères de contrôle interdits")
            return ""
        return value

    def integer(self, name: str, default: int, low: int, high: int) -> int:
        raw = self.raw(name)
        try:
            value = strict.integer(raw, low=low, high=high)
        except ValueError:
            self.errors[name] = _("nombre entier attendu entre %(low)s et %(high)s") % {"low": low, "high": high}
            return default
        return default if value is None else value

    def boolean(self, name: str) -> bool:
        raw = self.raw(name).lower()
        if raw in ("",) + FALSE_VALUES:
            return False
        if raw in TRUE_VALUES:
            return True
        self.errors[name] = _("valeur attendue : true ou false")
        return False

    def uuid(self, name: str) -> uuid.UUID | None:
        raw = self.raw(name)
        if not raw:
            return None
        try:
            return uuid.UUID(raw)
        except ValueError:
            self.errors[name] = _("identifiant UUID attendu")
            return None

    def moment(self, name: str) -> datetime | None:
        raw = self.raw(name)
        if not raw:
            return None
        # RFC 3339 allows a lowercase "t"/"z" and a leap second; a "+" sent unencoded arrives as a space.
        text = LEAP_SECOND.sub(r"\1:59", raw.replace(" ", "+").upper())
        try:
            value = parse_datetime(text)
            if value is None:
                day = parse_date(text)
                value = datetime.combine(day, time.min) if day else None
            if value is not None and timezone.is_naive(value):
                value = timezone.make_aware(value)
        except (ValueError, OverflowError):
            value = None
        if value is None:
            self.errors[name] = _("date ISO 8601 attendue (ex. 2025-01-31 ou 2025-01-31T08:00:00Z)")
            return None
        try:
            return value.astimezone(UTC)
        except OverflowError:  # year 1 or 9999 with an offset: outside what the database can compare
            return datetime.min.replace(tzinfo=UTC) if value.year < 5000 else datetime.max.replace(tzinfo=UTC)


def parse_list_params(data: QueryDict, *, allowed: set[str]) -> ListParams:
    """Returns the validated list parameters; raises ApiError (400) naming every bad parameter."""
    p = _Parser(data)
    max_per_page = settings.HSDS_API_MAX_PER_PAGE
    params = ListParams()
    params.page = p.integer("page", 1, 1, MAX_PAGE)
    params.per_page = p.integer("per_page", min(DEFAULT_PER_PAGE, max_per_page), 1, max_per_page)
    params.per_page_given = bool(p.raw("per_page"))
    params.format = p.raw("format").lower() or "json"
    if params.format not in FORMATS:
        p.errors["format"] = _("valeur attendue : json ou ndjson")
    params.search = p.raw("search")
    if len(params.search) > MAX_SEARCH_LENGTH:
        p.errors["search"] = _("%(n)s caractères au plus") % {"n": MAX_SEARCH_LENGTH}
    for name in ("full", "minimal", "full_service", "top_only"):
        if name in allowed:
            setattr(params, name, p.boolean(name))
    if "modified_after" in allowed:
        params.modified_after = p.moment("modified_after")
    for name in ("taxonomy_term_id", "taxonomy_id", "organization_id", "parent_id"):
        if name in allowed:
            setattr(params, name, p.uuid(name))
    if "postcode" in allowed:
        params.postcode = p.raw("postcode")[:100]
        raw = p.raw("proximity")
        if raw:
            match = PROXIMITY.match(raw.lower())
            value = float(match["number"]) * (1000 if match["unit"] == "km" else 1) if match else -1.0
            if not 0 <= value <= MAX_PROXIMITY_M:
                p.errors["proximity"] = _("distance en mètres attendue (ex. 5000 ou 5km), au plus 1000 km")
            else:
                params.proximity_m = value
            if not params.postcode:  # no centroid to measure from: ignored, as documented in openapi.json
                params.proximity_m = None
    if p.errors:
        raise ApiError(_("Paramètre invalide."), p.errors)
    return params


def parse_id(raw: str) -> uuid.UUID:
    """Returns the UUID of a path segment; raises ApiError (400) when it is not a UUID."""
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise ApiError(_("Paramètre invalide."), {"id": _("identifiant UUID attendu")}) from None
