"""The OpenAPI document of our HSDS API: the official HSDS 3.0 file adapted at serve time (openapi/PROVENANCE.md)."""

import copy
import functools
import json
from pathlib import Path

from django.conf import settings

from accroche.geo.models import PostalCode

from .params import MAX_PAGE

OPENAPI_FILE = Path(__file__).resolve().parent / "openapi" / "hsds-3.0-openapi.json"
HSDS_VERSION = "3.0"
API_VERSION = "1.0.0"

INFO = {
    "title": "Ensemble accrochons-nous — annuaire HSDS",
    "version": API_VERSION,
    "summary": "Annuaire ouvert des services qui aident les jeunes en décrochage scolaire (province de Liège).",
    "description": (
        "API de lecture conforme à Open Referral HSDS 3.0. Seuls les services publics de l'annuaire sont publiés. "
        "Les faits propres au réseau (ligne, gratuité, anonymat, mandat, plateforme, territoire, âges, source, "
        "fiabilité, donnée de démonstration) sont publiés comme `attributes` rattachés aux termes du vocabulaire "
        "`accroche-attributs` (voir /taxonomies). Erreurs : HTTP 400 (paramètre invalide) ou 404 (identifiant "
        'inconnu) avec le corps {"error": ..., "details": {...}}. Le document est adapté de la référence API HSDS '
        "(Open Referral, CC BY-SA 4.0)."
    ),
    "contact": {"name": "Ensemble accrochons-nous"},
    "license": {
        "name": "CC BY-SA 4.0 (document OpenAPI dérivé de HSDS)",
        "url": "https://creativecommons.org/licenses/by-sa/4.0/",
    },
}

TEXT_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"  # no control characters (params.CONTROL_CHARS)
ERROR_SCHEMA = {
    "type": "object",
    "required": ["error", "details"],
    "properties": {
        "error": {"type": "string", "description": "Message en français."},
        "details": {
            "type": "object",
            "additionalProperties": {"type": "string"},
            "description": "Un message par paramètre invalide.",
        },
    },
}


SCHEMAS_DIR = Path(__file__).resolve().parent / "schemas" / "hsds-3.0"
REMOTE_SCHEMAS = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


def _schema_name(ref: str) -> str | None:
    """The components/schemas name of an HSDS schema reference (remote URL or relative file name), else None."""
    if ref.startswith("#"):
        return None
    name = ref.removeprefix(REMOTE_SCHEMAS)
    if name.startswith("compiled/") and not name.endswith("_list.json"):
        name = name.removeprefix("compiled/")  # the compiled single-object schemas = the plain ones, refs resolved
    return name.removesuffix(".json").replace("/", "_")


@functools.cache
def _bundled_schemas() -> dict:
    """Every HSDS schema of schemas/hsds-3.0, keyed by component name, with its $refs made local."""
    schemas = {}
    for path in sorted(SCHEMAS_DIR.rglob("*.json")):
        name = path.relative_to(SCHEMAS_DIR).as_posix().removesuffix(".json").replace("/", "_")
        schema = json.loads(path.read_text(encoding="utf-8"))
        for key in ("$id", "$schema"):
            schema.pop(key, None)
        schemas[name] = _rewrite_refs(schema)
    return schemas


def _rewrite_refs(node):
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            name = _schema_name(value) if key == "$ref" and isinstance(value, str) else None
            result[key] = f"#/components/schemas/{name}" if name else _rewrite_refs(value)
        return result
    if isinstance(node, list):
        return [_rewrite_refs(item) for item in node]
    return node


def _make_refs_local(doc: dict) -> None:
    """Every $ref of the served document points inside it (the official file points at GitHub)."""
    rewritten = _rewrite_refs({key: value for key, value in doc.items() if key != "components"})
    doc.update(rewritten)
    doc["components"] = _rewrite_refs(doc["components"])
    doc["components"].setdefault("schemas", {}).update(copy.deepcopy(_bundled_schemas()))


@functools.cache
def _official() -> dict:
    return json.loads(OPENAPI_FILE.read_text(encoding="utf-8"))


def _error(description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def openapi_document(*, server_url: str) -> dict:
    """Returns the OpenAPI 3.1 document describing this API at `server_url`."""
    doc = copy.deepcopy(_official())
    doc["info"] = dict(INFO)
    doc["servers"] = [{"url": server_url, "description": "Ensemble accrochons-nous"}]
    paths = doc["paths"]
    # Upstream slips (hsds/README.md "Known gotchas"): swapped operationIds, wrong schema, wrong format name.
    paths["/taxonomy_terms"]["get"]["operationId"] = "getPaginatedListOfTaxonomyTerms"
    paths["/taxonomy_terms/{id}"]["get"]["operationId"] = "getTaxonomyTermById"
    sal_schema = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/service_at_location.json"
    paths["/service_at_locations/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": sal_schema
    }
    parameters = doc["components"]["parameters"]
    parameters["modified_after"]["schema"]["format"] = "date-time"
    parameters["proximity"]["description"] = (
        "Distance in metres from the centroid of `postcode` (HSDS); `5km` or `800m` are accepted too. Services whose "
        "service_area covers the postcode are always kept; the others only when one of their locations lies within "
        "this distance. Without `postcode`, `proximity` is ignored."
    )
    parameters["proximity"]["schema"] = {
        "type": "string",
        "pattern": r"^(\d{1,6}(\.\d{1,3})? ?m?|\d{1,3}(\.\d{1,3})? ?km)$",
    }
    parameters["per_page"]["schema"] = {"type": "integer", "minimum": 1, "maximum": settings.HSDS_API_MAX_PER_PAGE}
    parameters["page"]["schema"] = {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}
    parameters["format"]["schema"] = {"type": "string", "enum": ["json", "ndjson"]}
    # What params.py accepts, so that every request valid for this document is accepted (never a surprise 400).
    for name in ("taxonomy_term_id", "taxonomy_id", "organization_id"):
        parameters[name]["schema"] = {"type": "string", "format": "uuid"}
    parameters["search"]["schema"] = {"type": "string", "maxLength": 200, "pattern": TEXT_PATTERN}
    parameters["postcode"]["description"] += (
        " Here: a Belgian postal code (a commune name of the province is accepted too); an unknown one is a 400."
    )
    codes = sorted(set(PostalCode.objects.values_list("code", flat=True)))
    parameters["postcode"]["schema"] = {"type": "string", "enum": codes} if codes else {"type": "string"}
    for item in paths.values():
        for parameter in item.get("parameters", []) + item["get"].get("parameters", []):
            if parameter.get("in") == "path" and parameter.get("name") == "id":
                parameter["schema"] = {"type": "string", "format": "uuid"}
            elif parameter.get("name") == "parent_id":
                parameter["schema"] = {"type": "string", "format": "uuid"}
    doc["components"]["schemas"]["Error"] = ERROR_SCHEMA
    for path, item in paths.items():
        operation = item["get"]
        responses = operation.setdefault("responses", {})
        if path != "/" and not path.endswith("{id}"):
            responses["200"]["content"]["application/x-ndjson"] = {
                "schema": {"type": "string", "description": "format=ndjson: every item, one JSON object per line."}
            }
        if path != "/":
            responses["400"] = _error("Paramètre invalide (le corps nomme chaque paramètre fautif).")
        if path.endswith("{id}"):
            responses["404"] = _error("Aucun objet avec cet identifiant.")
    _make_refs_local(doc)
    return doc
