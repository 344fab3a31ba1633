"""The HSDS 3.0 specification files shipped with the app: the tabular descriptor and the JSON Schemas."""

import json
from functools import cache
from pathlib import Path

APP_DIR = Path(__file__).resolve().parent.parent
DATAPACKAGE_FILE = APP_DIR / "spec" / "hsds-3.0" / "datapackage.json"
# The JSON Schemas are the API app's copy (same upstream commit), not duplicated here.
SCHEMA_DIR = APP_DIR.parent / "api" / "schemas" / "hsds-3.0"


@cache
def datapackage() -> dict:
    """Returns the official HSDS 3.0 Tabular Data Package descriptor."""
    return json.loads(DATAPACKAGE_FILE.read_text(encoding="utf-8"))


@cache
def resources() -> dict[str, dict]:
    """Returns the HSDS resources by name (organization, service, …), in the descriptor's order."""
    return {r["name"]: r for r in datapackage()["resources"]}


def field_names(resource: str) -> list[str]:
    return [f["name"] for f in resources()[resource]["schema"]["fields"]]


def resource_by_path() -> dict[str, str]:
    """Returns the resource name for each CSV file name (organizations.csv → organization)."""
    return {r["path"]: name for name, r in resources().items()}


@cache
def json_schema_registry():
    """Returns a referencing.Registry of the HSDS JSON Schemas keyed by file name (their `$ref`s)."""
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    registry = Registry()
    for path in sorted(SCHEMA_DIR.glob("*.json")):
        contents = json.loads(path.read_text("utf-8"))
        registry = registry.with_resource(
            path.name, Resource.from_contents(contents, default_specification=DRAFT202012)
        )
    return registry


def json_validator(schema_name: str):
    """Returns a Draft 2020-12 validator for one HSDS object schema (service.json, organization.json…)."""
    from jsonschema import Draft202012Validator

    registry = json_schema_registry()
    schema = registry.contents(schema_name)
    return Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
