"""Offline validation against the official HSDS 3.0 JSON Schemas copied in accroche/api/schemas/hsds-3.0/."""

import functools
import json
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas" / "hsds-3.0"


@functools.cache
def registry() -> Registry:
    """Returns a Registry of every schema keyed by file name (they $ref each other as "phone.json")."""
    resources = []
    for path in sorted(SCHEMA_DIR.rglob("*.json")):
        key = str(path.relative_to(SCHEMA_DIR))
        resources.append((key, Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


@functools.cache
def validator(name: str) -> Draft202012Validator:
    """Returns a Draft 2020-12 validator (formats checked: uuid, email, uri, date-time) for one schema file."""
    schema = registry().contents(name)
    return Draft202012Validator(schema, registry=registry(), format_checker=FormatChecker())


def errors(instance, name: str) -> list[str]:
    """Returns readable validation errors of `instance` against the schema file `name` (empty when valid)."""
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(name).iter_errors(instance)]
