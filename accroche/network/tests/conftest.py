"""Fixtures of the network tests: two organizations in two plateformes, partners and coordinators."""

from types import SimpleNamespace

import pytest

from accroche.network.tests.factories import OrganizationFactory, ServiceFactory, make_coordinator, make_partner


@pytest.fixture
def world(db):
    org_a = OrganizationFactory(name="AMO Liège Test")
    org_b = OrganizationFactory(name="Service Verviers Test")
    service_a = ServiceFactory(organization=org_a, name="Accrochage A", plateforme="liege")
    service_b = ServiceFactory(organization=org_b, name="Écoute B", plateforme="verviers")
    return SimpleNamespace(
        org_a=org_a,
        org_b=org_b,
        service_a=service_a,
        service_b=service_b,
        partner_a=make_partner(org_a, username="a@example.org"),
        partner_b=make_partner(org_b, username="b@example.org"),
        coord_liege=make_coordinator("liege", username="coord-liege@example.org"),
        coord_verviers=make_coordinator("verviers", username="coord-verviers@example.org"),
    )
