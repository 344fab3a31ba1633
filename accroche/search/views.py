"""The directory search page /annuaire/: one GET form, shareable URLs, partial renders for live updates."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET

from accroche.schools.selectors import school_hints

from .engine import helplines, search_services
from .memo import with_pinned_versions
from .params import SearchParams, SearchParamsError, params_from_querydict
from .selectors import SORTS, broader_params, chips, filter_groups, url_for
from .services import LOW_RESULTS, search_log_record
from .situations import situation_context

PAGE_SIZE = 20
PARTIAL_HEADER = "X-Search-Partial"
LOG_HEADER = "X-Search-Log"


def _should_log(request, params: SearchParams, total: int) -> bool:
    """Logs deliberate searches only (page loads, submits, filter clicks), not each keystroke of live typing."""
    if params.page != 1 or not (params.q or params.has_filters) or total > LOW_RESULTS:
        return False
    return request.headers.get(PARTIAL_HEADER) != "1" or request.headers.get(LOG_HEADER) == "1"


@require_GET
@with_pinned_versions  # one reading of the data versions for the whole request (memo.py)
def directory(request):
    """Lists the services (all of them when nothing is asked), filtered, ranked and paginated."""
    template = "search/_regions.html" if request.headers.get(PARTIAL_HEADER) == "1" else "search/directory.html"
    try:
        params = params_from_querydict(request.GET)
    except SearchParamsError as exc:
        context = {"errors": exc.errors, "params": SearchParams(q=(request.GET.get("q") or "")[:200]), "sorts": SORTS}
        return render(request, template, context, status=400)
    results = search_services(params, broader_below=LOW_RESULTS)
    paginator = Paginator(results.hits.with_cards(), PAGE_SIZE)  # result cards, not Service rows (decision 0205)
    page = paginator.get_page(params.page)
    total = paginator.count
    if _should_log(request, params, total):
        plateforme = params.plateforme or (
            results.place.commune.plateforme if results.place and results.place.commune else ""
        )
        search_log_record(
            normalized_query=results.query.normalized, params=params, plateforme=plateforme, result_count=total
        )
    broader, broader_url = [], ""
    wider = broader_params(params) if results.broader is not None else None
    if wider is not None:  # the broader results come from the same pass over the index
        broader = list(results.broader.with_cards()[:5])
        broader_url = url_for(wider)
    query_string = params.to_querydict()
    query_string.pop("page", None)
    context = {
        "params": params,
        "results": results,
        "page": page,
        "total": total,
        "groups": filter_groups(params, results.facets),
        "chips": chips(params, results.place.label if results.place else ""),
        "sorts": SORTS,
        "query_string": query_string.urlencode(),
        "suggestion_url": url_for(params, q=results.suggestion) if results.suggestion else "",
        "broader": broader,
        "broader_url": broader_url,
        "helplines": helplines() if total <= LOW_RESULTS else [],
        "detected_place_url": url_for(params, lieu=results.place.label) if results.place_from_query else "",
        **situation_context(params.q),
        "school_hints": school_hints(params.q) if params.q and params.page == 1 else [],  # decision 0136
    }
    return render(request, template, context)
