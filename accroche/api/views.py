"""HSDS 3.0 read API views (plain Django views, see docs/decisions/0020-hsds-api-plain-django-views.md)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from accroche.directory.attributes import fact_terms
from accroche.directory.models import Taxonomy, TaxonomyTerm

from . import selectors
from .http import api_view, json_response, not_found, paginated
from .openapi import HSDS_VERSION, openapi_document
from .params import parse_id, parse_list_params
from .serializers.common import taxonomy_dict, term_dict
from .serializers.locations import service_at_location_dict
from .serializers.services import (
    organization_brief_dict,
    organization_dict,
    service_brief_dict,
    service_dict,
    service_minimal_dict,
)

SERVICE_FILTERS = {"full", "minimal", "modified_after", "taxonomy_term_id", "taxonomy_id", "organization_id"}
SAL_FILTERS = {"full", "modified_after", "taxonomy_term_id", "taxonomy_id", "organization_id", "postcode"}


@api_view
def root(request):
    """GET / : the API meta information (HSDS version, OpenAPI URL)."""
    return json_response(
        {
            "version": HSDS_VERSION,
            "openapi_url": request.build_absolute_uri(reverse("api:openapi")),
        }
    )


@api_view
def openapi(request):
    """GET /openapi.json : the OpenAPI 3.1 document of this API."""
    return json_response(openapi_document(server_url=request.build_absolute_uri(reverse("api:root")).rstrip("/")))


def _render_services(ids: list, *, full: bool, minimal: bool = False) -> list[dict]:
    if minimal:
        found = selectors.services_by_id(ids, full=False)
        return [service_minimal_dict(found[i]) for i in ids if i in found]
    found = selectors.services_by_id(ids, full=full)
    if not full:
        return [service_brief_dict(found[i]) for i in ids if i in found]
    extra = selectors.attribute_rows(ids, entity="service")
    terms = fact_terms()
    return [service_dict(found[i], fact_terms=terms, extra_attributes=extra.get(i, ())) for i in ids if i in found]


@api_view
def service_list(request):
    """GET /services : a Page of services (one-to-one fields; `full=true` nested; `minimal=true` id + date)."""
    params = parse_list_params(request.GET, allowed=SERVICE_FILTERS)
    ids = selectors.ranked_service_ids(params)
    return paginated(
        params,
        ids,
        lambda batch: _render_services(batch, full=params.full, minimal=params.minimal),
        all_in_one=params.minimal,
    )


@api_view
def service_detail(request, pk: str):
    """GET /services/{id} : one fully nested public service."""
    items = _render_services([parse_id(pk)], full=True)
    return json_response(items[0]) if items else not_found()


def _render_organizations(ids: list, *, full: bool, full_service: bool) -> list[dict]:
    found = selectors.organizations_by_id(ids, full=full)
    if not full:
        return [organization_brief_dict(found[i]) for i in ids if i in found]
    service_ids = selectors.organization_service_ids(ids)
    all_ids = [sid for batch in service_ids.values() for sid in batch]
    services = {item["id"]: item for item in _render_services(all_ids, full=full_service)}
    return [
        organization_dict(found[i], services=[services[str(s)] for s in service_ids.get(i, []) if str(s) in services])
        for i in ids
        if i in found
    ]


@api_view
def organization_list(request):
    """GET /organizations : a Page of the organizations providing public services."""
    params = parse_list_params(request.GET, allowed={"full", "full_service"})
    ids = list(selectors.public_organizations(params).values_list("id", flat=True))
    return paginated(
        params,
        ids,
        lambda batch: _render_organizations(
            batch, full=params.full or params.full_service, full_service=params.full_service
        ),
    )


@api_view
def organization_detail(request, pk: str):
    """GET /organizations/{id} : one fully nested organization with its public services."""
    params = parse_list_params(request.GET, allowed={"full_service"})
    uid = parse_id(pk)
    if not selectors.is_public_organization(uid):
        return not_found()
    return json_response(_render_organizations([uid], full=True, full_service=params.full_service)[0])


def _render_sals(ids: list, *, full: bool) -> list[dict]:
    found = selectors.service_at_locations_by_id(ids)
    service_ids = list({sal.service_id for sal in found.values()})
    services = selectors.services_by_id(service_ids, full=full)
    extra = selectors.attribute_rows(service_ids, entity="service") if full else {}
    terms = fact_terms() if full else {}
    rendered = {}
    for sid, service in services.items():
        rendered[sid] = (
            service_dict(service, fact_terms=terms, extra_attributes=extra.get(sid, ()), with_locations=False)
            if full
            else service_brief_dict(service)
        )
    return [
        service_at_location_dict(found[i], full=full, service=rendered[found[i].service_id]) for i in ids if i in found
    ]


@api_view
def service_at_location_list(request):
    """GET /service_at_locations : a Page of service_at_locations (`postcode`, `proximity` in metres)."""
    params = parse_list_params(request.GET, allowed=SAL_FILTERS)
    ids = selectors.ranked_service_at_location_ids(params)
    return paginated(params, ids, lambda batch: _render_sals(batch, full=params.full))


@api_view
def service_at_location_detail(request, pk: str):
    """GET /service_at_locations/{id} : one fully nested service_at_location with its service."""
    items = _render_sals([parse_id(pk)], full=True)
    return json_response(items[0]) if items else not_found()


def _render_taxonomies(ids: list) -> list[dict]:
    found = Taxonomy.objects.in_bulk(ids)
    return [taxonomy_dict(found[i]) for i in ids if i in found]


@api_view
def taxonomy_list(request):
    """GET /taxonomies : a Page of the taxonomies (service types, needs, audiences, facts)."""
    params = parse_list_params(request.GET, allowed=set())
    ids = list(selectors.taxonomies(params).values_list("id", flat=True))
    return paginated(params, ids, _render_taxonomies)


@api_view
def taxonomy_detail(request, pk: str):
    """GET /taxonomies/{id} : one taxonomy."""
    items = _render_taxonomies([parse_id(pk)])
    return json_response(items[0]) if items else not_found()


def _render_terms(ids: list) -> list[dict]:
    found = TaxonomyTerm.objects.select_related("taxonomy").in_bulk(ids)
    return [term_dict(found[i]) for i in ids if i in found]


@api_view
def taxonomy_term_list(request):
    """GET /taxonomy_terms : a Page of taxonomy terms (`taxonomy_id`, `parent_id`, `top_only`, `search`)."""
    params = parse_list_params(request.GET, allowed={"taxonomy_id", "parent_id", "top_only"})
    ids = list(selectors.taxonomy_terms(params).values_list("id", flat=True))
    return paginated(params, ids, _render_terms)


@api_view
def taxonomy_term_detail(request, pk: str):
    """GET /taxonomy_terms/{id} : one taxonomy term."""
    items = _render_terms([parse_id(pk)])
    return json_response(items[0]) if items else not_found()


@api_view
def unknown_path(request, rest: str = ""):
    """Any other path under /api/hsds/: a JSON 404 naming the endpoints."""
    return not_found(_("Point d'accès inconnu. Voir /api/hsds/openapi.json."))
