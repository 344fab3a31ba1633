"""Error responses: French pages on the site, JSON under /api/ (400, 403, 404, 405, 413, 429, 500, 503).

Django's own pages for a CSRF failure and for a method not allowed are in English and bare; these replace them.
"""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from .paths import api_prefix

MESSAGES = {
    400: "Requête invalide.",
    403: "Accès refusé.",
    404: "Ressource introuvable.",
    405: "Méthode non permise.",
    413: "Requête trop volumineuse.",
    429: "Trop de requêtes : réessayez dans une minute.",
    500: "Erreur interne : l’équipe est prévenue.",
    503: "Service momentanément indisponible.",
}


def is_api(request) -> bool:
    return request.path.startswith(api_prefix())


def api_error(status: int, message: str = "", details: dict | None = None) -> JsonResponse:
    response = JsonResponse(
        {"error": message or MESSAGES.get(status, ""), "details": details or {}, "status": status},
        status=status,
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "no-store"
    return response


def bad_request(request, exception=None, details: dict | None = None):
    """400: the message of the BadRequest/ParamError when there is one (they are written for people).

    `details` names the parameters in error ({name: message}) for API clients."""
    message = str(exception) if exception is not None and str(exception) else _("Requête invalide.")
    if is_api(request):
        return api_error(400, message, details)
    return render(request, "400.html", {"message": message}, status=400)


def permission_denied(request, exception=None):
    if is_api(request):
        return api_error(403)
    return render(request, "403.html", status=403)


def csrf_failure(request, reason=""):
    """A French page for a refused form (expired page, cookies blocked) instead of Django's English one."""
    if is_api(request):
        return api_error(403, _("Requête refusée (protection CSRF)."))
    return render(request, "403_csrf.html", status=403)


class ErrorPagesMiddleware:
    """Gives a body to empty 405 answers (French page, or JSON under /api/) and JSON to any API error left as HTML."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        status = response.status_code
        if status < 400 or getattr(response, "streaming", False):
            return response
        if is_api(request):
            if not response.get("Content-Type", "").startswith("application/json"):
                replaced = api_error(status)
                for header in ("Allow", "Retry-After", "Access-Control-Allow-Origin"):
                    if header in response:
                        replaced[header] = response[header]
                return replaced
            return response
        if status == 405 and not response.content:
            replaced = render(request, "405.html", status=405)
            replaced["Allow"] = response.get("Allow", "")
            return replaced
        return response
