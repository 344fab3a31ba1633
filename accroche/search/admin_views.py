"""The coordinators' « Besoins non trouvés » report in the Wagtail admin (anonymous counts only)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from accroche.geo.selectors import plateforme_choices, plateforme_slugs

from .selectors import unmet_needs_report


def unmet_needs_view(request):
    """Shows the searches that found little or nothing, by plateforme and month."""
    if not request.user.has_perm("search.view_searchlog"):
        raise PermissionDenied
    plateforme = request.GET.get("plateforme", "")
    if plateforme not in plateforme_slugs():
        plateforme = ""
    raw = request.GET.get("mois", "12")
    months = min(int(raw), 60) if raw.isdigit() and int(raw) > 0 else 12
    return render(
        request,
        "search/admin/unmet_needs.html",
        {
            "rows": unmet_needs_report(plateforme=plateforme, months=months),
            "plateformes": plateforme_choices(),
            "plateforme": plateforme,
            "months": months,
        },
    )
