"""The coordinators' statistics page in the Wagtail admin (counts only, no personal data)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from accroche.geo.selectors import plateforme_labels

from .choices import STATS_OUTSIDE, STATS_UNKNOWN
from .models import Pathway
from .selectors import stats_table


def stats_view(request):
    """Shows outcomes reached and abandonment per node, month and plateforme."""
    if not request.user.has_perm("orientation.view_pathwaystat"):
        raise PermissionDenied
    months = int(request.GET.get("mois", "12")) if request.GET.get("mois", "12").isdigit() else 12
    rows = stats_table(months=min(months, 60))
    titles = dict(Pathway.objects.values_list("slug", "title"))
    labels = {**plateforme_labels(), STATS_UNKNOWN: _("Inconnue"), STATS_OUTSIDE: _("Hors des plateformes")}
    for row in rows:
        row.pathway_title = titles.get(row.pathway_slug, row.pathway_slug)
        row.plateforme_label = labels.get(row.plateforme, row.plateforme)
    totals: dict[tuple[str, str], dict] = {}
    for row in rows:
        cell = totals.setdefault(
            (row.pathway_title, row.node_key),
            {
                "pathway_title": row.pathway_title,
                "node_key": row.node_key,
                "is_outcome": row.is_outcome,
                "views": 0,
                "abandoned": 0,
            },
        )
        cell["views"] += row.views
        cell["abandoned"] += row.abandoned
    summary = sorted(totals.values(), key=lambda c: (c["pathway_title"], c["node_key"]))
    return render(request, "orientation/admin/stats.html", {"table": rows, "summary": summary, "months": months})
