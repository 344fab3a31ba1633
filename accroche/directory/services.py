"""Writes for the directory: the one write path (changes, version), vocabularies, verification, hiding.

Every change to directory data ends in `directory_changed()` — model signals call it for ordinary saves (admin,
partner moderation), the importers call it once per import (`directory_batch()`), and bulk writes such as the
freshness run call it themselves. It bumps the directory version (every cache keys on it) and announces the changed
services (`services_changed`) so that the search index queues them for the task worker (decision 0140).
"""

import secrets
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.dispatch import Signal
from django.utils import timezone

from .choices import VerificationMethod, Vocabulary
from .models import DirectoryVersion, Service, Taxonomy, TaxonomyTerm
from .vocabularies import TAXONOMIES, VOCABULARY_TERMS

VERSION_KEY = "directory"
VERSION_CACHE_KEY = "directory:version"

# Sent after a change of directory data: service_ids (frozenset of service primary keys), everything (bool).
services_changed = Signal()


@dataclass
class _Batch:
    service_ids: set = field(default_factory=set)
    everything: bool = False


_local = threading.local()


def _batches() -> list[_Batch]:
    if not hasattr(_local, "batches"):
        _local.batches = []
    return _local.batches


@contextmanager
def directory_batch():
    """Collects the changes of a bulk write (an import) and announces them once, at the end of the outermost batch."""
    batch = _Batch()
    _batches().append(batch)
    try:
        yield batch
    finally:
        _batches().pop()
    if batch.everything or batch.service_ids:
        directory_changed(service_ids=batch.service_ids, everything=batch.everything)


def directory_changed(*, service_ids=(), everything: bool = False) -> None:
    """Records a change of directory data: bumps the version and queues the services for re-indexing."""
    ids = frozenset(sid for sid in service_ids if sid is not None)
    batches = _batches()
    if batches:
        batches[-1].service_ids |= ids
        batches[-1].everything |= everything
        return
    directory_version_bump()
    if ids or everything:
        services_changed.send(sender=DirectoryVersion, service_ids=ids, everything=everything)


def directory_version_bump() -> str:
    """Gives the directory a new version (in the current transaction); returns it."""
    stamp = secrets.token_hex(4)
    if not DirectoryVersion.objects.filter(key=VERSION_KEY).update(number=F("number") + 1, stamp=stamp):
        try:
            with transaction.atomic():
                DirectoryVersion.objects.create(key=VERSION_KEY, number=2, stamp=stamp)
        except IntegrityError:  # created at the same moment by another process
            DirectoryVersion.objects.filter(key=VERSION_KEY).update(number=F("number") + 1, stamp=stamp)
    cache.delete(VERSION_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(VERSION_CACHE_KEY))  # another process may have cached the old one
    return DirectoryVersion.objects.get(key=VERSION_KEY).label


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


@transaction.atomic
def services_hide(*, service_ids, at=None) -> int:
    """Hides listings from the public (freshness); returns how many were hidden. Search, map and pathways follow."""
    ids = list(service_ids)
    hidden = Service.objects.filter(pk__in=ids, hidden_at__isnull=True).update(hidden_at=at or timezone.now())
    if hidden:
        directory_changed(service_ids=ids)
    return hidden
