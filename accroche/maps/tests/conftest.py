"""A small directory for the map tests: exact and approximate positions, a helpline without place, a hidden one."""

import pytest
from django.utils import timezone

from accroche.directory.choices import GeoPrecision, Scope, Tristate, Vocabulary
from accroche.directory.models import Address, Location, Organization, Phone, Service, ServiceAtLocation


@pytest.fixture(autouse=True)
def _clear_map_caches():
    """Every map test starts and ends with empty caches (shared and per-process)."""
    from django.core.cache import cache

    from accroche.maps.selectors import clear_local_cache

    cache.clear()
    clear_local_cache()
    yield
    cache.clear()
    clear_local_cache()


def make_service(
    org,
    terms,
    *,
    slug,
    name,
    type_code,
    plateforme="",
    position=None,
    precision=GeoPrecision.ADDRESS,
    address=("", "", ""),
    phone="",
    **fields,
):
    """Creates a public service with one location (when `position` is given), an address and a phone."""
    service = Service.objects.create(organization=org, slug=slug, name=name, plateforme=plateforme, **fields)
    service.terms.add(terms[Vocabulary.SERVICE_TYPE][type_code])
    service.save()  # a ParentalManyToManyField is written on save
    if position is not None:
        location = Location.objects.create(
            organization=org, name=name, latitude=position[0], longitude=position[1], geo_precision=precision
        )
        Address.objects.create(location=location, address_1=address[0], postal_code=address[1], city=address[2])
        ServiceAtLocation.objects.create(service=service, location=location)
    if phone:
        Phone.objects.create(service=service, number=phone)
    return service


@pytest.fixture
def map_services(geo):
    from accroche.directory.services import taxonomy_ensure_vocabularies

    terms = taxonomy_ensure_vocabularies()
    org = Organization.objects.create(name="Réseau de test", slug="reseau-de-test")
    services = {
        "amo": make_service(
            org,
            terms,
            slug="amo-verviers",
            name="AMO de Verviers",
            type_code="amo",
            plateforme="verviers",
            position=(50.5891, 5.8624),
            address=("Rue du Collège 4", "4800", "Verviers"),
            phone="087 12 34 56",
            free=Tristate.YES,
            description="Écoute des jeunes, harcèlement.",
        ),
        "cpms": make_service(
            org,
            terms,
            slug="cpms-liege",
            name="Centre PMS de Liège",
            type_code="cpms",
            plateforme="liege",
            position=(50.6326, 5.5797),
            precision=GeoPrecision.POSTAL_CODE,
            address=("", "4000", "Liège"),
            free=Tristate.YES,
        ),
        "ssm": make_service(
            org,
            terms,
            slug="ssm-huy",
            name="Service de santé mentale de Huy",
            type_code="ssm",
            plateforme="huy-waremme",
            position=(50.5189, 5.2328),
            address=("Quai de Namur 1", "4500", "Huy"),
            free=Tristate.NO,
        ),
        "ecoute": make_service(
            org,
            terms,
            slug="ecoute-enfants",
            name="Écoute-Enfants 103",
            type_code="ligne_ecoute",
            scope=Scope.FWB,
            is_helpline=True,
            phone="103",
            free=Tristate.YES,
        ),
        "hidden": make_service(
            org,
            terms,
            slug="service-masque",
            name="Service masqué",
            type_code="amo",
            plateforme="verviers",
            position=(50.59, 5.86),
            hidden_at=timezone.now(),
        ),
    }
    return services
