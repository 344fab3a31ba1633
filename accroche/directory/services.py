"""Writes for the directory: vocabularies, verification."""

from django.db import transaction
from django.utils import timezone

from .choices import VerificationMethod, Vocabulary
from .models import Service, Taxonomy, TaxonomyTerm
from .vocabularies import TAXONOMIES, VOCABULARY_TERMS


@transaction.atomic
def taxonomy_ensure_vocabularies() -> dict[str, dict[str, TaxonomyTerm]]:
    """Creates the network's vocabularies and terms if missing; returns {vocabulary: {code: term}}."""
    result = {}
    for vocabulary, (name, description) in TAXONOMIES.items():
        taxonomy, _ = Taxonomy.objects.get_or_create(
            vocabulary=vocabulary, defaults={"name": name, "description": description, "version": "1"}
        )
        terms = {t.code: t for t in taxonomy.terms.all()}
        for order, (code, (term_name, term_description, synonyms)) in enumerate(VOCABULARY_TERMS[vocabulary].items()):
            if code not in terms:
                terms[code] = TaxonomyTerm.objects.create(
                    taxonomy=taxonomy,
                    code=code,
                    name=term_name,
                    description=term_description,
                    synonyms="\n".join(synonyms),
                    sort_order=order,
                )
        result[Vocabulary(vocabulary).value] = terms
    return result


@transaction.atomic
def service_mark_verified(*, service: Service, by_email: str = "", method: str = VerificationMethod.SERVICE) -> Service:
    """Records that the service confirmed its listing today (HSDS assured_date), itself or asked by a coordinator.

    Only two callers may do this (docs/decisions/0125-verified-means-the-service-confirmed.md): the service's own
    confirmation (one-click link, or a proposal by one of its partner editors) and a coordinator who ticks that they
    checked with the service. A coordinator's correction alone does not make a listing « vérifiée ».
    """
    service.assured_date = timezone.localdate()
    service.assurer_email = by_email
    service.verification_method = method
    service.hidden_at = None
    service.full_clean()
    service.save(update_fields=["assured_date", "assurer_email", "verification_method", "hidden_at", "modified_at"])
    return service
