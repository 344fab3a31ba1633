"""Helpers shared by the serializers: leaving out empty values, ISO dates, terms and attributes."""

from datetime import date, datetime, time
from decimal import Decimal

from accroche.directory.models import TaxonomyTerm

from ..attributes import attribute_id


def compact(data: dict, *, keep: tuple[str, ...] = ()) -> dict:
    """Drops the keys whose value is None or "" (HSDS types forbid null), except the required ones in `keep`."""
    out = {}
    for key, value in data.items():
        if value is None or value == "":
            if key in keep:
                out[key] = "" if value is None else value
            continue
        out[key] = value
    return out


def related(obj, name: str) -> list:
    """Returns the related rows loaded in bulk by the selectors (`api_related`), else the manager's rows."""
    loaded = getattr(obj, "api_related", None)
    if loaded is not None and name in loaded:
        return loaded[name]
    return list(getattr(obj, name).all())


def iso(value) -> str | None:
    """Returns an ISO 8601 string for a date, time or datetime (None stays None)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def number(value) -> float | int | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return float(value)
    return value


def uid(value) -> str | None:
    return str(value) if value is not None else None


def taxonomy_dict(taxonomy) -> dict:
    """Returns an HSDS taxonomy object for a Taxonomy row."""
    return compact(
        {
            "id": str(taxonomy.id),
            "name": taxonomy.name,
            "description": taxonomy.description,
            "uri": taxonomy.uri,
            "version": taxonomy.version,
        },
        keep=("description",),
    )


def term_dict(term: TaxonomyTerm, *, detail: bool = True) -> dict:
    """Returns an HSDS taxonomy_term object for a TaxonomyTerm row (taxonomy prefetched)."""
    data = {
        "id": str(term.id),
        "code": term.code,
        "name": term.name,
        "description": term.description,
        "parent_id": uid(term.parent_id),
        "taxonomy": term.taxonomy.vocabulary,
        "taxonomy_id": str(term.taxonomy_id),
        "language": term.language,
        "term_uri": term.term_uri,
    }
    if detail:
        data["taxonomy_detail"] = taxonomy_dict(term.taxonomy)
    return compact(data, keep=("description",))


def attributes_for(obj, *, entity: str, facts=(), terms=(), extra=()) -> list[dict]:
    """Returns HSDS attributes: the fact attributes (directory.attributes), the taxonomy terms, the Attribute rows."""
    out = []
    for fact in facts:
        out.append(
            compact(
                {
                    "id": str(fact.id),
                    "link_id": str(fact.link_id),
                    "taxonomy_term_id": str(fact.taxonomy_term.id),
                    "link_type": fact.link_type,
                    "link_entity": fact.link_entity,
                    "value": fact.value,
                    "taxonomy_term": term_dict(fact.taxonomy_term, detail=False),
                }
            )
        )
    for term in terms:
        out.append(
            {
                "id": str(attribute_id(obj.id, str(term.id))),
                "link_id": str(obj.id),
                "taxonomy_term_id": str(term.id),
                "link_type": term.taxonomy.vocabulary,
                "link_entity": entity,
                "taxonomy_term": term_dict(term, detail=False),
            }
        )
    for row in extra:
        out.append(
            compact(
                {
                    "id": str(row.id),
                    "link_id": str(row.link_id),
                    "taxonomy_term_id": str(row.taxonomy_term_id),
                    "link_type": row.link_type,
                    "link_entity": row.link_entity,
                    "value": row.value,
                    "taxonomy_term": term_dict(row.taxonomy_term, detail=False),
                }
            )
        )
    return out
