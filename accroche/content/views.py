"""Thin views of the content app: library, site search, robots.txt."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from accroche.core.paths import admin_prefix, partner_prefix
from accroche.directory.selectors import filter_terms

from .choices import Language, ResourceFormat, ResourceKind
from .models import Resource, ServiceVideo
from .selectors import filter_resources, library_filters_from, site_search

PER_PAGE = 24


@require_GET
def library(request):
    """The library of tools, filterable by audience, type, format and language (plain GET form)."""
    filters = library_filters_from(request.GET)
    paginator = Paginator(filter_resources(filters), PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "content/library.html",
        {
            "filters": filters,
            "page_obj": page_obj,
            "resources": page_obj.object_list,
            "querystring": query.urlencode(),
            "audiences": filter_terms()["public"].items(),
            "kinds": ResourceKind.choices,
            "formats": ResourceFormat.choices,
            "languages": Language.choices,
            "videos": (
                list(ServiceVideo.objects.public().select_related("service")[:50])
                if not filters.active or filters.type == ResourceKind.VIDEO
                else []
            ),
        },
    )


@require_GET
def resource_detail(request, slug):
    resource = get_object_or_404(Resource.objects.published().select_related("document"), slug=slug)
    return render(request, "content/resource_detail.html", {"resource": resource})


@require_GET
def search(request):
    """One search over the pages, the library and the directory."""
    from accroche.search.situations import situation_context

    results = site_search(query=request.GET.get("q", ""), place=request.GET.get("lieu", ""))
    directory_query = urlencode({k: v for k, v in (("q", results.query), ("lieu", results.place)) if v})
    return render(
        request,
        "content/search.html",
        {
            "results": results,
            "query": results.query,
            "directory_url": f"{reverse('search:directory')}?{directory_query}",
            **situation_context(results.query),
        },
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {admin_prefix()}",
        f"Disallow: {partner_prefix()}",
        f"Disallow: {reverse('content:search')}",
        "Allow: /",
        f"Sitemap: {request.build_absolute_uri(reverse('content:sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
