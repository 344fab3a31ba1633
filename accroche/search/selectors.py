"""Reads for the search page: filter groups with their counts, removable chips, links that keep the other params."""

from dataclasses import dataclass, field, replace

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from accroche.geo.selectors import all_plateformes_label, plateforme_choices

from .fragments import group_html, option_html
from .memo import filter_terms, remember
from .params import SearchParams

LINES = {"premiere_ligne": _("Première ligne (accès direct)"), "deuxieme_ligne": _("Deuxième ligne (spécialisé)")}
FLAGS = {"gratuit": _("Gratuit"), "anonyme": _("Anonyme possible"), "sans_mandat": _("Sans mandat (accès libre)")}
SORTS = {"relevance": _("Pertinence"), "distance": _("Distance"), "name": _("Nom (A→Z)")}


@dataclass
class Option:
    value: str
    label: str
    count: int
    checked: bool
    html: str = ""  # its input and label, from a fragment rendered once (fragments.py)


@dataclass
class FilterGroup:
    name: str
    legend: str
    kind: str  # "checkbox" or "radio"
    options: list[Option] = field(default_factory=list)
    collapsible: bool = False
    html: str = ""  # the group with its values, from fragments rendered once (fragments.py)

    @property
    def active(self) -> bool:
        return any(o.checked for o in self.options)


@dataclass
class Chip:
    label: str
    url: str


def url_for(params: SearchParams, **changes) -> str:
    """Returns the query string (with "?") of these params with some values changed (back to page 1)."""
    changed = replace(params, page=1, **changes)
    query = changed.to_querydict().urlencode()
    return f"?{query}" if query else "?"


def filter_groups(params: SearchParams, facets: dict[str, dict[str, int]]) -> list[FilterGroup]:
    """Returns the filter groups of the search form, each value with its count."""
    terms = filter_terms()
    language = get_language()
    choices = remember("plateformes", None, plateforme_choices)
    groups = [
        FilterGroup(
            "plateforme",
            _("Plateforme"),
            "radio",
            [
                Option("", all_plateformes_label([label for _value, label in choices]), -1, not params.plateforme),
                *[
                    Option(value, label, facets.get("plateforme", {}).get(value, 0), params.plateforme == value)
                    for value, label in choices
                ],
            ],
        ),
        FilterGroup(
            "public",
            _("Pour qui ?"),
            "checkbox",
            [
                Option(code, label, facets.get("public", {}).get(code, 0), code in params.public)
                for code, label in terms["public"].items()
            ],
        ),
        FilterGroup(
            "besoin",
            _("Besoin ou difficulté"),
            "checkbox",
            [
                Option(code, label, facets.get("besoin", {}).get(code, 0), code in params.besoin)
                for code, label in terms["besoin"].items()
            ],
            collapsible=True,
        ),
        FilterGroup(
            "type",
            _("Type de service"),
            "checkbox",
            [
                Option(code, label, facets.get("type", {}).get(code, 0), code in params.type)
                for code, label in terms["type"].items()
            ],
            collapsible=True,
        ),
        FilterGroup(
            "conditions",
            _("Conditions d'accès"),
            "checkbox",
            [
                Option(name, label, facets.get(name, {}).get("1", 0), getattr(params, name))
                for name, label in FLAGS.items()
            ],
        ),
        FilterGroup(
            "ligne",
            _("Ligne"),
            "radio",
            [
                Option("", _("Toutes"), -1, not params.ligne),
                *[
                    Option(value, label, facets.get("ligne", {}).get(value, 0), params.ligne == value)
                    for value, label in LINES.items()
                ],
            ],
        ),
    ]
    for group in groups:
        if group.kind == "checkbox":  # keep values that match nothing only when selected
            group.options = [o for o in group.options if o.count or o.checked]
        for counter, option in enumerate(group.options, start=1):
            option.html = option_html(group, counter, option, language)
        group.html = group_html(group, language)
    return [g for g in groups if g.options]


def _plateforme_label(slug: str) -> str:
    return dict(remember("plateformes", None, plateforme_choices)).get(slug, slug)


def chips(params: SearchParams, place_label: str = "") -> list[Chip]:
    """Returns one removable chip per active filter (and the place)."""
    result = []
    if params.q:
        result.append(Chip(f"« {params.q} »", url_for(params, q="")))
    if params.lieu:
        result.append(Chip(_("Près de %(lieu)s") % {"lieu": place_label or params.lieu}, url_for(params, lieu="")))
    if params.lat is not None:
        result.append(Chip(_("Autour de ma position"), url_for(params, lat=None, lon=None)))
    if params.plateforme:
        result.append(
            Chip(_("Plateforme %(p)s") % {"p": _plateforme_label(params.plateforme)}, url_for(params, plateforme=""))
        )
    terms = filter_terms()
    for name in ("public", "besoin", "type"):
        values = getattr(params, name)
        for code in values:
            label = terms[name].get(code, code)
            result.append(Chip(label, url_for(params, **{name: [c for c in values if c != code]})))
    if params.age is not None:
        result.append(Chip(_("%(age)s ans") % {"age": params.age}, url_for(params, age=None)))
    for name, label in FLAGS.items():
        if getattr(params, name):
            result.append(Chip(label, url_for(params, **{name: False})))
    if params.ligne:
        result.append(Chip(LINES[params.ligne], url_for(params, ligne="")))
    return result


def broader_params(params: SearchParams) -> SearchParams | None:
    """Returns the same search without its filters (or without the text when there are no filters), or None."""
    if params.has_filters:
        return replace(
            params,
            plateforme="",
            type=[],
            besoin=[],
            public=[],
            age=None,
            gratuit=False,
            anonyme=False,
            sans_mandat=False,
            ligne="",
            page=1,
        )
    return None


def unmet_needs_report(*, plateforme: str = "", months: int = 12) -> list[dict]:
    """Returns the unanswered searches grouped by month, plateforme and query, most frequent first."""
    from datetime import timedelta

    from django.db.models import Min, Sum
    from django.db.models.functions import TruncMonth
    from django.utils import timezone

    from .models import SearchLog

    since = timezone.localdate().replace(day=1) - timedelta(days=31 * (months - 1))
    logs = SearchLog.objects.filter(day__gte=since.replace(day=1))
    if plateforme:
        logs = logs.filter(plateforme=plateforme)
    return list(
        logs.annotate(month=TruncMonth("day"))
        .values("month", "plateforme", "query", "filters")
        .annotate(searches=Sum("count"), fewest=Min("result_count"))
        .order_by("-month", "plateforme", "-searches", "query")
    )
