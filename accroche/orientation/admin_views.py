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
    labels = {**plateforme_labels(), STATS_UNKNOWN: _("Inconnue"), STATS_OUTSIDE: _("Hors des plateformes")}
    titles, steps = {}, {}
    for pathway in Pathway.objects.all():
        titles[pathway.slug] = pathway.title
        for node in pathway.tree():
            steps[(pathway.slug, node.key)] = node.title or node.key
    for row in rows:
        row.pathway_title = titles.get(row.pathway_slug, row.pathway_slug)
        # Steps are named by their title (the code stays as a hint: a removed step keeps its code only).
        row.step_title = steps.get((row.pathway_slug, row.node_key), row.node_key)
        row.plateforme_label = labels.get(row.plateforme, row.plateforme)
    totals: dict[tuple[str, str], dict] = {}
    for row in rows:
        cell = totals.setdefault(
            (row.pathway_title, row.node_key),
            {
                "pathway_title": row.pathway_title,
                "node_key": row.node_key,
                "step_title": row.step_title,
                "is_outcome": row.is_outcome,
                "views": 0,
                "abandoned": 0,
            },
        )
        cell["views"] += row.views
        cell["abandoned"] += row.abandoned
    summary = sorted(totals.values(), key=lambda c: (c["pathway_title"], c["node_key"]))
    return render(request, "orientation/admin/stats.html", {"table": rows, "summary": summary, "months": months})
