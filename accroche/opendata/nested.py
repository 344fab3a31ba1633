"""The directory as nested HSDS 3.0 JSON: the API's own serializer (accroche.api), one full service object each."""

from accroche.directory.models import Service


def export_json() -> dict:
    """Returns every public service as a full HSDS service object, in the API's page form (one page)."""
    from accroche.api import selectors
    from accroche.api.serializers.services import service_dict
    from accroche.directory.attributes import fact_terms

    ids = list(Service.objects.public().order_by("name", "id").values_list("id", flat=True))
    found = selectors.services_by_id(ids, full=True)
    extra = selectors.attribute_rows(ids, entity="service")
    terms = fact_terms()
    contents = [service_dict(found[i], fact_terms=terms, extra_attributes=extra.get(i, ())) for i in ids if i in found]
    return {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "contents": contents,
    }


def validate_json(document: dict) -> list[str]:
    """Returns the HSDS 3.0 schema errors of each service object of an export ('' list when valid)."""
    from .hsds.spec import json_validator

    validator = json_validator("service.json")
    errors = []
    for index, service in enumerate(document.get("contents", [])):
        for error in validator.iter_errors(service):
            path = "/".join(str(p) for p in error.absolute_path)
            errors.append(f"contents[{index}]/{path} : {error.message}")
    return errors
