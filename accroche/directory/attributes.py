"""The field's facts (typed fields of Service) exported as HSDS 3.0 attributes (see docs/data-model.md)."""

import uuid
from dataclasses import dataclass

from .choices import Mandate, Tristate, Vocabulary
from .models import Service, TaxonomyTerm

ATTRIBUTE_NAMESPACE = uuid.UUID("0e7d8b6a-3c5f-4f1e-9a2b-7c6d5e4f3a2b")


@dataclass(frozen=True)
class FactAttribute:
    """Represents one HSDS attribute row derived from a typed field (stable id, term, value)."""

    id: uuid.UUID
    link_id: uuid.UUID
    taxonomy_term: TaxonomyTerm
    value: str
    link_entity: str = "service"
    link_type: str = "fact"


def service_fact_values(service: Service) -> list[tuple[str, str]]:
    """Returns the (fact code, value) pairs of a service, leaving out unknown or empty facts."""
    pairs = [
        ("ligne", service.line),
        ("gratuit", "" if service.free == Tristate.UNKNOWN else service.free),
        ("anonyme", "" if service.anonymous == Tristate.UNKNOWN else service.anonymous),
        ("mandat", "" if service.mandate == Mandate.UNKNOWN else service.mandate),
        ("plateforme", service.plateforme),
        ("territoire", service.scope),
        ("age-minimum", "" if service.minimum_age is None else str(service.minimum_age)),
        ("age-maximum", "" if service.maximum_age is None else str(service.maximum_age)),
        ("ligne-d-aide", "oui" if service.is_helpline else ""),
        ("source", service.source_url),
        ("fiabilite", service.confidence),
        ("donnee-de-demonstration", "oui" if service.is_demo else ""),
    ]
    return [(code, value) for code, value in pairs if value]


def fact_terms() -> dict[str, TaxonomyTerm]:
    """Returns the terms of the facts vocabulary by code (created by taxonomy_ensure_vocabularies)."""
    return {t.code: t for t in TaxonomyTerm.objects.filter(taxonomy__vocabulary=Vocabulary.FACT)}


def service_fact_attributes(service: Service, *, terms: dict[str, TaxonomyTerm] | None = None) -> list[FactAttribute]:
    """Returns the HSDS attributes of a service's facts, with ids stable across exports."""
    terms = fact_terms() if terms is None else terms
    return [
        FactAttribute(
            id=uuid.uuid5(ATTRIBUTE_NAMESPACE, f"{service.id}:{code}"),
            link_id=service.id,
            taxonomy_term=terms[code],
            value=value,
        )
        for code, value in service_fact_values(service)
        if code in terms
    ]
