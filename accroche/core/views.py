"""Site-wide views: data credits, health check, error pages."""

import sys

from django.db import InterfaceError, OperationalError, connection
from django.http import JsonResponse
from django.shortcuts import render

from .errors import api_error, is_api
from .middleware import DatabaseUnavailableMiddleware


def about_data(request):
    """Shows where the directory's data and reference files come from, with their licences."""
    return render(request, "core/about_data.html")


def privacy_register(request):
    """« Registre des traitements »: what the platform stores, why and for how long, read from the code's register."""
    from .retention import REGISTER

    personal = [rule for rule in REGISTER.values() if rule.personal]
    other = [rule for rule in REGISTER.values() if not rule.personal]
    return render(request, "core/privacy_register.html", {"personal": personal, "other": other})


def design(request):
    """The living design system: tokens, contrast ratios and every component, rendered with the site's own CSS."""
    from accroche.geo.selectors import emergency_numbers

    from .design import COLOURS, SPACING, TYPE_SCALE

    context = {
        "colours": COLOURS,
        "type_scale": TYPE_SCALE,
        "spacing": SPACING,
        "emergency_numbers": emergency_numbers(),
    }
    return render(request, "core/design.html", context)


def health(request):
    """Returns 200 when the database answers, 503 otherwise (for load balancers and monitoring)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any database failure means "unhealthy"
        return JsonResponse({"status": "erreur", "database": False}, status=503)
    return JsonResponse({"status": "ok", "database": True})


def page_not_found(request, exception=None):
    if is_api(request):
        return api_error(404)
    return render(request, "404.html", status=404)


def server_error(request):
    """Renders the 500 page, or the maintenance page (503) when the error is a lost database connection."""
    exc = sys.exc_info()[1]
    if isinstance(exc, (OperationalError, InterfaceError)):
        return DatabaseUnavailableMiddleware.unavailable_response(request, exc)
    if is_api(request):
        return api_error(500)
    return render(request, "500.html", status=500)
