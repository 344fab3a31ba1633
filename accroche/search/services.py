"""Writes of the search app: the anonymous log of searches that found little or nothing."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import SearchLog
from .params import SearchParams

LOW_RESULTS = 3  # a search with this many results or fewer is logged as "poorly answered"


def describe_filters(params: SearchParams) -> str:
    """Returns the filters of a search as a short text (no position: lat/lon are never logged)."""
    parts = []
    for name in ("type", "besoin", "public"):
        if getattr(params, name):
            parts.append(f"{name}={','.join(sorted(getattr(params, name)))}")
    if params.lieu:
        parts.append(f"lieu={params.lieu}")
    if params.age is not None:
        parts.append(f"age={params.age}")
    parts += [name for name in ("gratuit", "anonyme", "sans_mandat") if getattr(params, name)]
    if params.ligne:
        parts.append(f"ligne={params.ligne}")
    return " ".join(parts)[:500]


@transaction.atomic
def search_log_record(*, normalized_query: str, params: SearchParams, plateforme: str, result_count: int) -> SearchLog:
    """Counts one unanswered search for today (same query, filters and plateforme → one row, counted)."""
    key = {
        "day": timezone.localdate(),
        "query": normalized_query[:200],
        "filters": describe_filters(params),
        "plateforme": plateforme or "",
    }
    updated = SearchLog.objects.filter(**key).update(count=F("count") + 1, result_count=result_count)
    if updated:
        return SearchLog.objects.get(**key)
    log = SearchLog(**key, result_count=result_count)
    log.full_clean()
    try:
        with transaction.atomic():
            log.save()
    except IntegrityError:  # another request logged the same search at the same moment
        SearchLog.objects.filter(**key).update(count=F("count") + 1)
        log = SearchLog.objects.get(**key)
    return log
