"""Helpers shared by the serializers: related rows, taxonomies, terms and attributes (fields: hsds/mapping.py)."""

from accroche.directory.models import TaxonomyTerm
from accroche.opendata.hsds import mapping


def related(obj, name: str) -> list:
    """Returns the related rows loaded in bulk by the selectors (`api_related`), else the manager's rows."""
    loaded = getattr(obj, "api_related", None)
    if loaded is not None and name in loaded:
        return loaded[name]
    return list(getattr(obj, name).all())


def taxonomy_dict(taxonomy) -> dict:
    """Returns an HSDS taxonomy object for a Taxonomy row."""
    return mapping.as_json("taxonomy", taxonomy)


def term_dict(term: TaxonomyTerm, *, detail: bool = True) -> dict:
    """Returns an HSDS taxonomy_term object for a TaxonomyTerm row (taxonomy prefetched)."""
    if isinstance(term, mapping.ComplementTerm):
        return term.as_json()
    extra = {"taxonomy_detail": taxonomy_dict(term.taxonomy)} if detail else {}
    return mapping.as_json("taxonomy_term", term, **extra)


def attribute_dict(attribute: dict) -> dict:
    """Returns an HSDS attribute object (with its term nested) for a typed attribute of the mapping."""
    fields = {k: v for k, v in attribute.items() if k != "term"}
    data = {k: mapping.json_value(v) for k, v in fields.items() if v not in (None, "")}
    data["taxonomy_term"] = term_dict(attribute["term"], detail=False)
    return data
