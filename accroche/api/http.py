"""HTTP plumbing of the API: JSON and NDJSON responses, the HSDS Page envelope, errors, CORS and caching headers."""

import functools
import hashlib
import json
import logging
import math
from collections.abc import Callable, Iterable

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from .params import ApiError, ListParams

logger = logging.getLogger(__name__)

ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
CACHE_CONTROL = "public, max-age=300"
NDJSON_BATCH = 100


def _headers(response: HttpResponse, *, cache: bool = True) -> HttpResponse:
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
    response["Access-Control-Allow-Headers"] = "Accept, Content-Type"
    response["Cache-Control"] = CACHE_CONTROL if cache else "no-store"
    return response


def error_response(message: str, details: dict | None = None, *, status: int = 400) -> JsonResponse:
    """Returns the API's JSON error body: {"error": message, "details": {...}}."""
    response = JsonResponse(
        {"error": message, "details": details or {}}, status=status, json_dumps_params={"ensure_ascii": False}
    )
    return _headers(response, cache=False)


def json_response(data) -> JsonResponse:
    response = JsonResponse(data, safe=False, encoder=DjangoJSONEncoder, json_dumps_params={"ensure_ascii": False})
    return _headers(response)


def api_view(view: Callable) -> Callable:
    """Wraps a view: GET/HEAD/OPTIONS only, French labels, client errors as JSON 400/404, CORS and cache headers."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            return _headers(HttpResponse(status=204))
        if request.method not in ALLOWED_METHODS:
            response = error_response(_("Méthode non permise : l'API est en lecture seule."), status=405)
            response["Allow"] = ", ".join(ALLOWED_METHODS)
            return response
        with translation.override("fr"):
            try:
                response = view(request, *args, **kwargs)
            except ApiError as exc:
                return error_response(exc.message, exc.details, status=exc.status)
        if response.status_code == 200 and not response.streaming:
            response.headers.setdefault("ETag", f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"')
            conditional = get_conditional_response(request, etag=response["ETag"], response=response)
            if conditional is not response:  # 304 Not Modified (or 412): keep the open-data headers
                return _headers(conditional, cache=conditional.status_code == 304)
        return response

    # A read-only API with no cookies of its own: CSRF does not apply, so a POST gets the API's 405, not an HTML 403.
    return csrf_exempt(wrapper)


def not_found(message: str | None = None) -> JsonResponse:
    return error_response(message or _("Aucun objet avec cet identifiant."), status=404)


def page_envelope(*, total: int, page: int, per_page: int, contents: list) -> dict:
    """Returns the HSDS `Page` object (1-based page numbers) wrapping `contents`."""
    total_pages = max(1, math.ceil(total / per_page)) if per_page else 1
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": len(contents) == 0,
        "contents": contents,
    }


def paginated(
    params: ListParams, ids: list, render: Callable[[list], list[dict]], *, all_in_one: bool = False
) -> HttpResponse:
    """Returns a Page (json) or every item streamed one per line (ndjson); `render` turns a batch of ids into items."""
    if params.format == "ndjson":
        return _headers(StreamingHttpResponse(_ndjson(ids, render), content_type="application/x-ndjson"))
    per_page = params.per_page
    if all_in_one and not params.per_page_given:
        per_page = max(1, len(ids))
    start = (params.page - 1) * per_page
    batch = ids[start : start + per_page]
    contents = render(batch) if batch else []
    return json_response(page_envelope(total=len(ids), page=params.page, per_page=per_page, contents=contents))


def _ndjson(ids: list, render: Callable[[list], list[dict]]) -> Iterable[str]:
    with translation.override("fr"):
        for start in range(0, len(ids), NDJSON_BATCH):
            for item in render(ids[start : start + NDJSON_BATCH]):
                yield json.dumps(item, ensure_ascii=False, cls=DjangoJSONEncoder) + "\n"
