"""Reads of the opendata app: the services of a search, for the CSV and GeoJSON exports."""

from accroche.directory.models import Service
from accroche.search.engine import search_services
from accroche.search.params import SearchParams


def services_of_search(params: SearchParams) -> list[Service]:
    """Returns every service a search (or map) view shows for these params, in the same order."""
    ids = [hit.service_id for hit in search_services(params).hits]
    services = (
        Service.objects.public()
        .filter(id__in=ids)
        .with_terms()
        .prefetch_related(
            "phones", "service_at_locations__location__addresses", "service_at_locations__location__commune"
        )
    )
    by_id = {s.id: s for s in services}
    return [by_id[i] for i in ids if i in by_id]
