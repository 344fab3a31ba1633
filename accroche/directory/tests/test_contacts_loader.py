"""The one loader of « services with their contacts »: a fixed number of queries whatever the number of services."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accroche.directory.models import Organization, Service
from accroche.directory.models.core import Location, ServiceAtLocation
from accroche.directory.models.details import Address, Phone
from accroche.directory.selectors import services_with_contacts
from accroche.orientation.selectors import attach_contacts


def _services(n: int) -> list:
    org = Organization.objects.create(name=f"Org {n}", slug=f"org-{n}")
    ids = []
    for i in range(n):
        service = Service.objects.create(organization=org, name=f"Service {n}-{i}", slug=f"s-{n}-{i}")
        Phone.objects.create(service=service, number=f"04 000 00 {i:02d}")
        location = Location.objects.create(organization=org, name=f"Lieu {i}")
        Address.objects.create(location=location, address_1=f"Rue {i}", postal_code="4000", city="Liège")
        ServiceAtLocation.objects.create(service=service, location=location)
        ids.append(service.id)
    return ids


def _queries(ids) -> tuple[int, list]:
    with CaptureQueriesContext(connection) as captured:
        services = services_with_contacts(ids)
        attach_contacts(services)  # what the loader brought is reused: no second load
    return len(captured), services


@pytest.mark.django_db
def test_loading_services_with_contacts_costs_the_same_for_2_or_12_services():
    few, _ = _queries(_services(2))
    ids = _services(12)
    many, services = _queries(list(reversed(ids)))
    assert many == few
    assert [s.id for s in services] == list(reversed(ids))  # in the asked order
    assert services[0].contact["phone"] == "04 000 00 11"
    assert services[0].contact["address"] == "Rue 11, 4000 Liège"
