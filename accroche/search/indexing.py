"""Writes of the search index: analyse services into SearchDocument rows, queue and process changes."""

import logging
import re
import uuid

from django.db import transaction
from django.db.models import Prefetch

from accroche.directory.choices import Vocabulary
from accroche.directory.models import Service, ServiceAtLocation

from .models import PendingReindex, SearchDocument, SearchIndexState
from .synonyms import Thesaurus, load_thesaurus, term_concept
from .text import find_phrases, fold, stems

logger = logging.getLogger(__name__)
EVERYTHING = uuid.UUID(int=0)  # queued when a vocabulary changes: every service is re-analysed
CHUNK = 500
UPDATED_FIELDS = [
    f.name for f in SearchDocument._meta.concrete_fields if not f.primary_key
]  # every column but the key, on upsert
_LETTERS = re.compile(r"[^\W\d_]+")


def analyse(text: str, thesaurus: Thesaurus) -> set[str]:
    """Returns the stems of a text plus the concept tokens of the synonym phrases it contains."""
    sequence = stems(text)
    tokens = set(sequence)
    for _start, _end, concepts in find_phrases(sequence, thesaurus.phrases):
        tokens.update(concepts)
    return tokens


def _terms_tokens(terms, thesaurus: Thesaurus) -> set[str]:
    tokens = set()
    for term in terms:
        tokens.add(term_concept(term.taxonomy.vocabulary, term.code))
        tokens |= analyse(term.name, thesaurus)
    return tokens


def build_document(service: Service, thesaurus: Thesaurus) -> SearchDocument:
    """Returns the (unsaved) search document of a service loaded with `services_for_indexing`."""
    terms = list(service.terms.all())
    by_vocabulary = {v: [t for t in terms if t.taxonomy.vocabulary == v] for v in Vocabulary.values}
    locations = [sal.location for sal in service.service_at_locations.all()]
    cities = [a.city for loc in locations for a in loc.addresses.all()] + [
        loc.commune.name for loc in locations if loc.commune_id and loc.commune
    ]
    body = " ".join(
        [
            service.description,
            service.eligibility_description,
            service.application_process,
            service.fees_description,
            service.age_description,
        ]
    )
    name = f"{service.name} {service.alternate_name}"
    return SearchDocument(
        service_id=service.pk,
        name_tokens=" ".join(sorted(analyse(name, thesaurus))),
        type_tokens=" ".join(sorted(_terms_tokens(by_vocabulary[Vocabulary.SERVICE_TYPE], thesaurus))),
        need_tokens=" ".join(sorted(_terms_tokens(by_vocabulary[Vocabulary.NEED], thesaurus))),
        audience_tokens=" ".join(sorted(_terms_tokens(by_vocabulary[Vocabulary.AUDIENCE], thesaurus))),
        place_tokens=" ".join(sorted(analyse(f"{service.organization.name} {' '.join(cities)}", thesaurus))),
        body_tokens=" ".join(sorted(analyse(body, thesaurus))),
        words=" ".join(sorted({w for w in _LETTERS.findall((name + " " + body).lower()) if len(w) >= 4})),
        is_public=_is_public(service),
        sort_name=fold(service.name)[:255],
        plateforme=service.plateforme,
        scope=service.scope,
        type_codes=" ".join(t.code for t in by_vocabulary[Vocabulary.SERVICE_TYPE]),
        need_codes=" ".join(t.code for t in by_vocabulary[Vocabulary.NEED]),
        audience_codes=" ".join(t.code for t in by_vocabulary[Vocabulary.AUDIENCE]),
        minimum_age=service.minimum_age,
        maximum_age=service.maximum_age,
        free=service.free,
        anonymous=service.anonymous,
        mandate=service.mandate,
        line=service.line,
        is_helpline=service.is_helpline,
        points=[[loc.latitude, loc.longitude] for loc in locations if loc.has_position],
        area_communes=" ".join(a.commune_id for a in service.service_areas.all() if a.commune_id),
    )


def _is_public(service: Service) -> bool:
    from accroche.directory.choices import ServiceStatus

    return service.hidden_at is None and service.status in (ServiceStatus.ACTIVE, ServiceStatus.TEMPORARILY_CLOSED)


def services_for_indexing():
    """Returns the services queryset with everything the analysis reads, prefetched."""
    return Service.objects.select_related("organization").prefetch_related(
        "terms__taxonomy",
        "service_areas",
        Prefetch(
            "service_at_locations",
            queryset=ServiceAtLocation.objects.select_related("location__commune").prefetch_related(
                "location__addresses"
            ),
        ),
    )


def record_index_version() -> int:
    """Bumps the directory version and records it as the index's version (every process reloads its index)."""
    from accroche.directory.services import directory_version_bump

    version = directory_version_bump()
    SearchIndexState.objects.update_or_create(key="index", defaults={"token": str(version)})
    return version


def _write(documents: list[SearchDocument]) -> None:
    """Inserts or replaces documents (an upsert: two re-indexings at once never collide on the primary key)."""
    if documents:
        SearchDocument.objects.bulk_create(
            documents, update_conflicts=True, unique_fields=["service"], update_fields=UPDATED_FIELDS
        )


@transaction.atomic
def reindex_services(*, service_ids=None, thesaurus: Thesaurus | None = None) -> int:
    """Re-analyses the given services (all when None); returns how many documents were written."""
    thesaurus = thesaurus or load_thesaurus()
    queryset = services_for_indexing().order_by("pk")
    if service_ids is not None:
        queryset = queryset.filter(pk__in=list(service_ids))
    written, batch = 0, []
    for service in queryset.iterator(chunk_size=CHUNK):
        batch.append(build_document(service, thesaurus))
        if len(batch) >= CHUNK:
            _write(batch)
            written, batch = written + len(batch), []
    _write(batch)
    # Deleted services lose their document by cascade; nothing else to remove.
    record_index_version()
    return written + len(batch)


def rebuild_search_index() -> int:
    """Rebuilds the whole index from the directory; returns the number of services indexed."""
    PendingReindex.objects.all().delete()
    count = reindex_services()
    logger.info("Index de recherche reconstruit : %s services.", count)
    return count


def mark_dirty(service_ids) -> None:
    """Queues services for re-indexing by the task worker (cheap: called on every directory change)."""
    ids = {sid for sid in service_ids if sid is not None}
    if ids:
        PendingReindex.objects.bulk_create([PendingReindex(service_id=sid) for sid in ids], ignore_conflicts=True)


def mark_all_dirty() -> None:
    PendingReindex.objects.bulk_create([PendingReindex(service_id=EVERYTHING)], ignore_conflicts=True)


def process_pending() -> bool:
    """Re-indexes the queued services, if any; returns True when something was done (run by the task worker).

    The queue rows are locked and deleted before the services are read, in the same transaction: a change committed
    meanwhile queues its service again (its insert waits for this transaction), so no change is ever lost, and two
    workers take disjoint rows (SKIP LOCKED where the database has it).
    """
    with transaction.atomic():
        pending = list(
            PendingReindex.objects.select_for_update(skip_locked=True).values_list("service_id", flat=True)[:5000]
        )
        if not pending:
            return False
        PendingReindex.objects.filter(service_id__in=pending).delete()
        if EVERYTHING in pending:
            reindex_services()
        else:
            reindex_services(service_ids=pending)
    return True
