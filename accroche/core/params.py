"""The one strict parser of request parameters (search, API, pathways, map): one grammar, one error policy.

Every public view reads its query string through these functions. A bad value never reaches the database: it becomes
a `ParamError` with a French message, rendered as a 400 (an HTML page with the message, or JSON under /api/).
- integers: ASCII digits only (``"²".isdigit()`` is True in Python, ``int("²")`` fails), at most 9 of them, in range;
- identifiers (codes, slugs): ASCII letters, digits, ``-`` and ``_``, bounded length;
- text: control characters refused (PostgreSQL refuses NUL; none belongs in a query), length capped.
"""

import re

INTEGER = re.compile(r"[0-9]{1,9}")
DECIMAL = re.compile(r"[+-]?[0-9]{1,4}(?:\.[0-9]{1,20})?(?:[eE][+-]?[0-9]{1,3})?")
IDENTIFIER = re.compile(r"[A-Za-z0-9_-]+")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # the API's documented TEXT_PATTERN
MAX_IDENTIFIER_LENGTH = 64
MAX_VALUES = 20  # repeated parameters (?type=a&type=b…) kept at most


class ParamError(ValueError):
    """A malformed parameter; `errors` maps each parameter name to a French message."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def has_control_chars(value: str) -> bool:
    return bool(CONTROL_CHARS.search(value))


def text(raw: str | None, *, max_length: int) -> str:
    """Free text: stripped, cut at `max_length`; raises ValueError on control characters."""
    value = (raw or "").strip()
    if has_control_chars(value):
        raise ValueError("caractères de contrôle interdits")
    return value[:max_length]


def integer(raw: str | None, *, low: int, high: int) -> int | None:
    """An integer written in ASCII digits within [low, high]; None when empty; ValueError otherwise."""
    value = (raw or "").strip()
    if not value:
        return None
    if not INTEGER.fullmatch(value) or not low <= int(value) <= high:
        raise ValueError(f"nombre entier attendu entre {low} et {high}")
    return int(value)


def decimal(raw: str | None, *, low: float, high: float) -> float | None:
    """A decimal number in ASCII digits (no « nan », no « ∞ », no other scripts' digits); None when empty."""
    value = (raw or "").strip()
    if not value:
        return None
    if not DECIMAL.fullmatch(value) or not low <= float(value) <= high:
        raise ValueError(f"nombre décimal attendu entre {low} et {high}")
    return float(value)


def identifier(raw: str | None, *, max_length: int = MAX_IDENTIFIER_LENGTH) -> str:
    """A code or slug (ASCII letters, digits, - and _); '' when empty; ValueError otherwise."""
    value = (raw or "").strip()
    if not value:
        return ""
    if len(value) > max_length or not IDENTIFIER.fullmatch(value):
        raise ValueError("code attendu (lettres sans accent, chiffres, - et _)")
    return value


class Reader:
    """Reads several parameters of one query string and collects every error before raising ParamError."""

    def __init__(self, data):
        self.data = data
        self.errors: dict[str, str] = {}

    def _guard(self, name, function, default, *args, **kwargs):
        try:
            value = function(*args, **kwargs)
        except ValueError as exc:
            self.errors.setdefault(name, str(exc))
            return default
        return default if value is None else value

    def text(self, name: str, *, max_length: int) -> str:
        return self._guard(name, text, "", self.data.get(name), max_length=max_length)

    def integer(self, name: str, *, low: int, high: int, default=None):
        return self._guard(name, integer, default, self.data.get(name), low=low, high=high)

    def decimal(self, name: str, *, low: float, high: float):
        return self._guard(name, decimal, None, self.data.get(name), low=low, high=high)

    def identifier(self, name: str, *, max_length: int = MAX_IDENTIFIER_LENGTH) -> str:
        return self._guard(name, identifier, "", self.data.get(name), max_length=max_length)

    def identifiers(self, name: str, *, max_length: int = MAX_IDENTIFIER_LENGTH) -> list[str]:
        values = []
        for raw in self.data.getlist(name)[:MAX_VALUES]:
            value = self._guard(name, identifier, "", raw, max_length=max_length)
            if value:
                values.append(value)
        return values

    def flag(self, name: str) -> bool:
        return (self.data.get(name) or "") in ("1", "true", "on", "oui")

    def check(self):
        if self.errors:
            raise ParamError(self.errors)


MAX_QUERY_PARAMETERS = 100
MAX_QUERY_VALUE_LENGTH = 2000


class StrictQueryMiddleware:
    """The site-wide floor of the grammar: a query string with control characters, more than 100 parameters or a
    value over 2,000 characters is refused with a 400 before any view reads it (no page needs any of these)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.core.exceptions import BadRequest

        from .errors import bad_request

        if request.META.get("QUERY_STRING"):
            data = request.GET
            problem, details = "", {}
            if len(data) > MAX_QUERY_PARAMETERS:
                problem = f"{MAX_QUERY_PARAMETERS} paramètres au plus"
            else:
                for name, values in data.lists():
                    shown = CONTROL_CHARS.sub("", name[:40])
                    if has_control_chars(name) or any(has_control_chars(value) for value in values):
                        problem = f"« {shown} » : caractères de contrôle interdits"
                        details = {shown: "caractères de contrôle interdits"}
                        break
                    if any(len(value) > MAX_QUERY_VALUE_LENGTH for value in values):
                        problem = f"« {shown} » : {MAX_QUERY_VALUE_LENGTH} caractères au plus"
                        details = {shown: f"{MAX_QUERY_VALUE_LENGTH} caractères au plus"}
                        break
            if problem:
                return bad_request(request, BadRequest(f"Paramètre invalide : {problem}."), details)
        return self.get_response(request)
