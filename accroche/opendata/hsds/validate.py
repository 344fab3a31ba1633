"""Validation of HSDS 3.0 tables against the official Tabular Data Package descriptor (Frictionless rules)."""

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from urllib.parse import urlparse

from accroche.imports.report import ERROR, WARNING, RowError

from . import spec

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
__all__ = ["ERROR", "WARNING", "Issue", "Table"]


def Issue(file: str, row: int, field: str, message: str, severity: str = ERROR, kind: str = "value") -> RowError:  # noqa: N802
    """The imports' one RowError, in HSDS's argument order: (file, row, column, message[, severity, kind])."""
    return RowError(row, field, message, file, severity, kind)


@dataclass
class Table:
    """One CSV file of a package: its header and its records (dicts), with the record's line number."""

    name: str  # HSDS resource name
    path: str  # file name in the package
    headers: list[str]
    rows: list[dict]
    line_numbers: list[int]


def _check_type(field: dict, value: str) -> str | None:
    kind, fmt = field.get("type", "string"), field.get("format", "default")
    try:
        if kind == "number":
            float(value)
        elif kind == "integer":
            int(value)
        elif kind == "date":
            if len(value) != 10:
                raise ValueError
            date.fromisoformat(value)
        elif kind == "time":
            time.fromisoformat(value)
        elif kind == "datetime":
            datetime.fromisoformat(value)
        elif kind == "boolean" and value.lower() not in ("true", "false", "1", "0"):
            raise ValueError
        elif kind == "string" and fmt == "uuid":
            uuid.UUID(value)
        elif kind == "string" and fmt == "email" and not EMAIL.match(value):
            raise ValueError
        elif kind == "string" and fmt == "uri":
            parsed = urlparse(value)
            if not parsed.scheme or not (parsed.netloc or parsed.scheme in ("mailto", "tel", "urn")):
                raise ValueError
    except ValueError:
        expected = {
            "number": "un nombre",
            "integer": "un nombre entier",
            "date": "une date AAAA-MM-JJ",
            "time": "une heure HH:MM:SS",
            "datetime": "une date et heure ISO 8601",
            "boolean": "true ou false",
        }.get(kind) or {
            "uuid": "un identifiant UUID",
            "email": "une adresse e-mail",
            "uri": "une adresse web complète (https://…)",
        }.get(fmt, "une valeur valide")
        return f"« {value[:80]} » n'est pas {expected}"
    return None


def validate_table(table: Table, *, strict_headers: bool = False) -> list[RowError]:
    """Checks one table's header, types, required values, enums and unique values."""
    resource = spec.resources()[table.name]
    fields = resource["schema"]["fields"]
    names = [f["name"] for f in fields]
    issues: list[RowError] = []
    missing = [f["name"] for f in fields if f["name"] not in table.headers]
    for name in missing:
        required = fields[names.index(name)].get("constraints", {}).get("required")
        if required or strict_headers:
            issues.append(Issue(table.path, 1, name, "colonne obligatoire absente", ERROR, "header"))
    for name in table.headers:
        if name not in names:
            issues.append(
                Issue(
                    table.path,
                    1,
                    name,
                    "colonne inconnue de HSDS 3.0, ignorée",
                    ERROR if strict_headers else WARNING,
                    "header",
                )
            )
    if strict_headers and not missing and table.headers != names:
        issues.append(Issue(table.path, 1, "", "colonnes dans un autre ordre que le schéma HSDS", ERROR, "header"))
    seen: dict[str, dict] = {f["name"]: {} for f in fields if f.get("constraints", {}).get("unique")}
    for row, line in zip(table.rows, table.line_numbers, strict=True):
        for f in fields:
            name, constraints = f["name"], f.get("constraints", {})
            if name not in table.headers:
                continue
            value = row.get(name) or ""
            if value == "":
                if constraints.get("required"):
                    issues.append(Issue(table.path, line, name, "valeur obligatoire manquante", ERROR, "required"))
                continue
            problem = _check_type(f, value)
            if problem:
                issues.append(Issue(table.path, line, name, problem))
            elif "enum" in constraints and value not in constraints["enum"]:
                allowed = ", ".join(constraints["enum"])
                issues.append(Issue(table.path, line, name, f"« {value} » n'est pas une valeur permise ({allowed})"))
            if name in seen:
                if value in seen[name]:
                    issues.append(
                        Issue(
                            table.path,
                            line,
                            name,
                            f"« {value} » déjà présent ligne {seen[name][value]} (doit être unique)",
                            ERROR,
                            "unique",
                        )
                    )
                else:
                    seen[name][value] = line
    return issues


def validate_foreign_keys(tables: dict[str, Table]) -> list[RowError]:
    """Checks that each reference points to an existing record of the referenced table (when that table exists)."""
    issues: list[RowError] = []
    ids = {name: {r.get("id") for r in t.rows} for name, t in tables.items()}
    for name, table in tables.items():
        for fk in spec.resources()[name]["schema"].get("foreignKeys", []):
            column, target = fk["fields"], fk["reference"]["resource"]
            if column not in table.headers:
                continue
            for row, line in zip(table.rows, table.line_numbers, strict=True):
                value = row.get(column) or ""
                if value and value not in ids.get(target, set()):
                    issues.append(
                        Issue(
                            table.path,
                            line,
                            column,
                            f"« {value} » ne correspond à aucun enregistrement de {target}",
                            ERROR,
                            "foreign-key",
                        )
                    )
    return issues


def validate_tables(tables: dict[str, Table], *, strict_headers: bool = False) -> list[RowError]:
    """Validates every table and the references between them; returns all issues (errors and warnings)."""
    issues: list[RowError] = []
    for table in tables.values():
        issues += validate_table(table, strict_headers=strict_headers)
    return issues + validate_foreign_keys(tables)
