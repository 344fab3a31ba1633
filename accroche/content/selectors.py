"""Reads of the content app: home doors, news, library filters and the site-wide search."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.http import QueryDict
from wagtail.models import Page

from .choices import Door, Language, ResourceFormat, ResourceKind
from .models import AudiencePage, HomePage, NewsPage, Resource

DOOR_ORDER = [d.value for d in Door]
MAX_QUERY_LENGTH = 200
LEGAL_PAGE_SLUG = "mentions-legales"


def doors_for_home(*, home: HomePage) -> list[AudiencePage]:
    """Returns the live audience pages under the home, in the order of the four doors."""
    pages = list(AudiencePage.objects.live().public().child_of(home))
    return sorted(pages, key=lambda p: DOOR_ORDER.index(p.door) if p.door in DOOR_ORDER else 99)


def latest_news(*, limit: int = 10):
    return NewsPage.objects.live().public().order_by("-date", "-pk")[:limit]


def resources_for_audience(*, audience: str, limit: int | None = None):
    qs = Resource.objects.published().filter(audiences__code=audience).select_related("document").distinct()
    return qs[:limit] if limit else qs


@dataclass
class LibraryFilters:
    """The library's filters, as read from the URL (unknown values are ignored, never an error page)."""

    q: str = ""
    public: str = ""
    type: str = ""
    format: str = ""
    langue: str = ""
    ignored: list[str] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return any([self.q, self.public, self.type, self.format, self.langue])


def library_filters_from(data: QueryDict) -> LibraryFilters:
    """Parses the library filters; a value outside the vocabularies is dropped and reported in `ignored`."""
    from accroche.directory.selectors import filter_terms

    filters = LibraryFilters(q=(data.get("q") or "").strip()[:MAX_QUERY_LENGTH])
    allowed = {
        "public": set(filter_terms()["public"]),
        "type": set(ResourceKind.values),
        "format": set(ResourceFormat.values),
        "langue": set(Language.values),
    }
    for name, values in allowed.items():
        raw = (data.get(name) or "").strip()
        if raw and raw in values:
            setattr(filters, name, raw)
        elif raw:
            filters.ignored.append(name)
    return filters


def filter_resources(filters: LibraryFilters):
    """Returns the published resources matching the filters, newest first."""
    qs = Resource.objects.published().select_related("document").prefetch_related("audiences")
    if filters.public:
        qs = qs.filter(audiences__code=filters.public)
    if filters.type:
        qs = qs.filter(kind=filters.type)
    if filters.format:
        qs = qs.filter(format=filters.format)
    if filters.langue:
        qs = qs.filter(language=filters.langue)
    if filters.q:
        qs = qs.filter(Q(title__icontains=filters.q) | Q(description__icontains=filters.q))
    return qs.distinct()


@dataclass
class SiteResults:
    query: str
    pages: list = field(default_factory=list)
    resources: list = field(default_factory=list)
    services: list = field(default_factory=list)
    services_total: int = 0
    pathways: list = field(default_factory=list)
    place: str = ""
    place_label: str = ""
    unknown_place: bool = False

    @property
    def total(self) -> int:
        return len(self.pages) + len(self.resources) + len(self.pathways) + self.services_total


def site_search(*, query: str, place: str = "", limit: int = 20) -> SiteResults:
    """Searches the pages, the pathways, the library and the directory (services near `place` first)."""
    from accroche.orientation.selectors import live_pathways
    from accroche.search.engine import search_services
    from accroche.search.params import SearchParams

    query = query.strip()[:MAX_QUERY_LENGTH]
    place = place.strip()[:100]
    results = SiteResults(query=query, place=place)
    if not query:
        return results
    pages = Page.objects.live().public().filter(depth__gt=1)
    found = list(pages.search(query)[:limit])
    # Wagtail's database backend does not stem: add title prefix matches (« certificat » → « certificats »).
    found += [p for p in pages.autocomplete(query)[:limit] if p not in found]
    results.pages = [p.specific for p in found[:limit]]
    words = [w.lower() for w in query.split() if len(w) > 1] or [query.lower()]
    condition = Q()
    for word in words:
        condition &= Q(title__icontains=word) | Q(description__icontains=word)
    resources = Resource.objects.published().filter(condition)
    results.resources = sorted(resources, key=lambda r: -sum(word in r.title.lower() for word in words))[:limit]
    pathway_condition = Q()
    for word in words:
        pathway_condition &= Q(title__icontains=word) | Q(summary__icontains=word)
    results.pathways = list(live_pathways().filter(pathway_condition)[:limit])
    found_services = search_services(SearchParams(q=query, lieu=place))
    if found_services.place is not None:
        results.place_label = found_services.place.label
    results.unknown_place = found_services.unknown_place
    hits = found_services.hits
    results.services_total = len(hits)
    results.services = [hit.service for hit in hits[:limit]]
    return results


def site_page_urls() -> dict[str, str]:
    """The addresses of the CMS pages every page's footer links to (project, news, legal notice), by page type or
    slug, so an editor who moves or renames them moves the links too. Cached until the next content change."""
    from django.core.cache import cache

    from accroche.core.pagecache import current_generation

    from .models import NewsIndexPage, ProjectPage, StandardPage

    key = f"content:site-pages:{current_generation()}"
    urls = cache.get(key)
    if urls is None:
        pages = {
            "project": ProjectPage.objects.live().first(),
            "news": NewsIndexPage.objects.live().first(),
            "legal": StandardPage.objects.live().filter(slug=LEGAL_PAGE_SLUG).first(),
        }
        urls = {name: page.url for name, page in pages.items() if page is not None and page.url}
        cache.set(key, urls, timeout=3600)
    return urls
