"""Reads of the opendata app: the services of a search, for the CSV and GeoJSON exports and the répertoire."""

from accroche.directory.models import Service
from accroche.directory.selectors import services_with_contacts
from accroche.search.engine import search_services
from accroche.search.params import SearchParams


def services_of_search(params: SearchParams) -> list[Service]:
    """Returns every service a search (or map) view shows for these params, in the same order."""
    return services_with_contacts(hit.service_id for hit in search_services(params).hits)
