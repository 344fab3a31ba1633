"""Views of the map: the page (server-rendered list + Leaflet enhancement), the GeoJSON data, the embeddable map."""

import hashlib
import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import quote_etag, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from accroche.geo.selectors import map_default_view, plateforme_choices, plateforme_slugs
from accroche.search.params import SearchParams, SearchParamsError, params_from_querydict

from .selectors import canonical_query, compressed_geojson, data_fingerprint, filter_choices, map_data

PER_PAGE = 20
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
ACCEPTS_BR = re.compile(r"\bbr\b")
GEOJSON_MAX_AGE = 300  # seconds a browser or a proxy may reuse the GeoJSON before asking again (then: 304)


def parse_params(request) -> tuple[SearchParams, dict[str, str]]:
    """Returns the search params of the request and the errors (params fall back to defaults on error)."""
    data = request.GET.copy()
    if not data.get("lieu") and data.get("commune"):  # the network's older links say ?commune=Verviers
        data["lieu"] = data["commune"]
    try:
        params = params_from_querydict(data)
    except SearchParamsError as exc:
        return SearchParams(), dict(exc.errors)
    if params.plateforme and params.plateforme not in (known := plateforme_slugs()):
        return SearchParams(), {"plateforme": _("valeur attendue : %(values)s") % {"values": ", ".join(known)}}
    return params, {}


def _query_string(params: SearchParams) -> str:
    qd = params.to_querydict()
    qd.pop("page", None)
    return qd.urlencode()


def map_context(request, params: SearchParams, errors: dict, *, embed: bool = False) -> dict:
    """Returns the template context shared by the map page and the embeddable map."""
    data = map_data(params)
    placed = [e for e in data.entries if e["points"]]
    page_obj = Paginator(placed, PER_PAGE).get_page(params.page)
    query = _query_string(params)
    config = {
        "geojson": reverse("maps:geojson") + (f"?{query}" if query else ""),
        "tileUrl": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "place": data.place,
        "view": map_default_view(params.plateforme).as_dict(),
        "embed": embed,
        "labels": {
            "approximate": _("position approximative"),
            "approximateLong": _("Position approximative (centre du code postal ou de la commune)"),
            "details": _("Voir la fiche du service"),
            "video": _("Vidéo de présentation (sous-titrée)"),
            "showOnMap": _("Voir sur la carte"),
            "phone": _("Téléphone"),
            "zoomIn": _("Zoomer"),
            "zoomOut": _("Dézoomer"),
            "close": _("Fermer"),
            "cluster": _("services à cet endroit : zoomer pour les voir"),
            "inView": _("%(shown)s services dans la zone affichée de la carte, sur %(total)s."),
            "inViewTruncated": _("%(limit)s premiers affichés : zoomez pour voir les autres."),
            "noneInView": _("Aucun service dans la zone affichée : dézoomez ou déplacez la carte."),
            "loadError": _("La carte n’a pas pu être chargée. La liste ci-dessous reste disponible."),
            "newWindow": _("(nouvelle fenêtre)"),
            "listPages": _("Pages de la liste"),
            "previousPage": _("Page précédente"),
            "nextPage": _("Page suivante"),
            "pageOf": _("Page %(number)s sur %(total)s"),
        },
    }
    return {
        "params": params,
        "errors": errors,
        "data": data,
        "placed_count": len(placed),
        "page_obj": page_obj,
        "query": query,
        "list_url": reverse("search:directory") + (f"?{query}" if query else ""),
        "map_config": config,
        "choices": filter_choices(),
        "plateformes": plateforme_choices(),
        "lignes": [("premiere_ligne", _("Première ligne")), ("deuxieme_ligne", _("Deuxième ligne"))],
        "embed": embed,
        "more_open": bool(
            params.type
            or params.besoin
            or params.public
            or params.age is not None
            or params.ligne
            or params.gratuit
            or params.anonyme
            or params.sans_mandat
        ),
    }


@require_GET
def map_page(request):
    """The map of the searched services, with the list beside it (works without JavaScript)."""
    params, errors = parse_params(request)
    context = map_context(request, params, errors)
    return render(request, "maps/map.html", context, status=400 if errors else 200)


def _etag(params: SearchParams) -> str:
    return hashlib.sha256(f"{data_fingerprint()}|{canonical_query(params)}".encode()).hexdigest()[:24]


@require_GET
def geojson(request):
    """The searched services as GeoJSON points (same parameters as /annuaire/), ETag on the directory version."""
    params, errors = parse_params(request)
    if errors:
        return JsonResponse(
            {"error": _("Paramètres invalides."), "errors": errors},
            status=400,
            json_dumps_params={"ensure_ascii": False},
        )
    etag = "W/" + quote_etag(_etag(params))  # weak: the same data may be sent raw, gzip or brotli
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is None:
        data = map_data(params)
        accepted = request.headers.get("Accept-Encoding", "")
        encoding = "br" if ACCEPTS_BR.search(accepted) else "gzip" if ACCEPTS_GZIP.search(accepted) else ""
        body = compressed_geojson(data, encoding) if encoding and len(data.geojson) > 512 else data.geojson
        response = HttpResponse(body, content_type="application/geo+json; charset=utf-8")
        if body is not data.geojson:
            response["Content-Encoding"] = encoding
    else:
        response = not_modified
    patch_vary_headers(response, ["Accept-Encoding"])
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=GEOJSON_MAX_AGE)
    response["Access-Control-Allow-Origin"] = "*"  # open data: partners may read it from their own pages
    return response


def _allow_framing(response):
    """Lets any site frame this response (CSP frame-ancestors), keeping the rest of the site's policy."""
    policy = dict(getattr(settings, "SECURE_CSP", {}) or {})
    policy["frame-ancestors"] = ["*"]
    response._csp_config = policy
    return response


@require_GET
@xframe_options_exempt
def embed(request):
    """The map alone, for an iframe on a partner's site (filters chosen in the URL)."""
    params, errors = parse_params(request)
    context = map_context(request, params, errors, embed=True)
    context["full_url"] = reverse("maps:map") + (f"?{context['query']}" if context["query"] else "")
    return _allow_framing(render(request, "maps/embed.html", context, status=400 if errors else 200))


@require_GET
def embed_help(request):
    """Explains how to put the map on another site, with the iframe code to copy for chosen filters."""
    params, errors = parse_params(request)
    query = _query_string(params)
    src = settings.SITE_URL.rstrip("/") + reverse("maps:embed") + (f"?{query}" if query else "")
    title = _("Carte des services contre le décrochage scolaire")
    code = (
        f'<iframe src="{src}" title="{title}" width="100%" height="600" loading="lazy" '
        f'referrerpolicy="strict-origin-when-cross-origin"></iframe>'
    )
    return render(
        request,
        "maps/embed_help.html",
        {
            "params": params,
            "errors": errors,
            "code": code,
            "src": src,
            "query": query,
            "choices": filter_choices(),
            "plateformes": plateforme_choices(),
            "preview_url": reverse("maps:embed") + (f"?{query}" if query else ""),
            "examples": [
                (label, reverse("maps:embed_help") + "?" + urlencode({"plateforme": value}))
                for value, label in plateforme_choices()
            ],
        },
    )
