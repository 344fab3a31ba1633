"""Model rules of the directory: ages, opening hours, verification, public visibility, HSDS fact attributes."""

from datetime import date, datetime, time

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from accroche.directory.attributes import service_fact_attributes, service_fact_values
from accroche.directory.choices import Line, Mandate, ServiceStatus, Tristate, Verification, Weekday
from accroche.directory.models import Location, Organization, Schedule, Service
from accroche.directory.services import service_mark_verified, taxonomy_ensure_vocabularies

pytestmark = pytest.mark.django_db


@pytest.fixture
def service():
    organization = Organization.objects.create(name="AMO Test", slug="amo-test")
    return Service.objects.create(organization=organization, name="AMO Test", slug="amo-test")


def test_age_range_must_be_ordered(service):
    service.minimum_age, service.maximum_age = 18, 12
    with pytest.raises(ValidationError) as error:
        service.full_clean()
    assert "maximum_age" in error.value.message_dict
    service.minimum_age, service.maximum_age = 12, 12
    service.full_clean()


def test_age_range_is_enforced_by_the_database(service):
    with pytest.raises(IntegrityError), transaction.atomic():
        Service.objects.filter(pk=service.pk).update(minimum_age=20, maximum_age=10)


def test_schedule_must_close_after_opening(service):
    schedule = Schedule(service=service, byday=Weekday.MO, opens_at=time(17), closes_at=time(9))
    with pytest.raises(ValidationError) as error:
        schedule.full_clean()
    assert "closes_at" in error.value.message_dict
    Schedule(service=service, byday=Weekday.MO, opens_at=time(9), closes_at=time(17)).full_clean()


def test_schedule_is_open_only_on_its_day_and_hours(service):
    schedule = Schedule(service=service, byday=Weekday.WE, opens_at=time(13), closes_at=time(17))
    wednesday = date(2026, 11, 25)
    assert wednesday.weekday() == 2
    assert schedule.is_open_at(datetime.combine(wednesday, time(13)))
    assert schedule.is_open_at(datetime.combine(wednesday, time(16, 59)))
    assert not schedule.is_open_at(datetime.combine(wednesday, time(17)))  # closing time is excluded
    assert not schedule.is_open_at(datetime.combine(wednesday, time(12, 59)))
    assert not schedule.is_open_at(datetime.combine(date(2026, 11, 26), time(14)))  # Thursday


def test_schedule_validity_period_is_respected(service):
    schedule = Schedule(
        service=service,
        byday=Weekday.WE,
        opens_at=time(9),
        closes_at=time(12),
        valid_from=date(2026, 9, 1),
        valid_to=date(2026, 10, 31),
    )
    assert schedule.is_open_at(datetime(2026, 10, 28, 10))
    assert not schedule.is_open_at(datetime(2026, 11, 25, 10))
    assert not schedule.is_open_at(datetime(2026, 8, 26, 10))


def test_service_is_open_when_any_row_covers_the_moment(service):
    Schedule.objects.create(service=service, byday=Weekday.MO, opens_at=time(9), closes_at=time(12))
    Schedule.objects.create(service=service, byday=Weekday.MO, opens_at=time(13), closes_at=time(16))
    monday = date(2026, 11, 23)
    assert service.is_open_at(datetime.combine(monday, time(10)))
    assert not service.is_open_at(datetime.combine(monday, time(12, 30)))
    assert service.is_open_at(datetime.combine(monday, time(15)))


def test_days_since_verified_and_verification_status(service):
    today = date(2026, 11, 25)
    assert service.days_since_verified(today) is None
    assert service.verification(today) == Verification.UNVERIFIED
    service.assured_date = date(2026, 11, 15)
    assert service.days_since_verified(today) == 10
    assert service.verification(today) == Verification.VERIFIED
    service.assured_date = date(2025, 11, 1)
    assert service.verification(today) == Verification.STALE


def test_mark_verified_records_today_and_unhides(service):
    Service.objects.filter(pk=service.pk).update(hidden_at=timezone.now())
    service.refresh_from_db()
    service_mark_verified(service=service, by_email="coordination@example.org")
    service.refresh_from_db()
    assert service.assured_date == timezone.localdate()
    assert service.hidden_at is None
    assert service.days_since_verified() == 0


def test_public_queryset_hides_hidden_inactive_and_defunct(service):
    assert list(Service.objects.public()) == [service]
    for status in (ServiceStatus.INACTIVE, ServiceStatus.DEFUNCT):
        Service.objects.filter(pk=service.pk).update(status=status)
        assert not Service.objects.public().exists()
    Service.objects.filter(pk=service.pk).update(status=ServiceStatus.TEMPORARILY_CLOSED)
    assert Service.objects.public().exists()
    Service.objects.filter(pk=service.pk).update(hidden_at=timezone.now())
    assert not Service.objects.public().exists()


def test_location_precision_flags_centroids():
    assert Location(geo_precision="localite").is_approximate
    assert Location(geo_precision="commune").is_approximate
    assert not Location(geo_precision="adresse").is_approximate


def test_facts_are_exported_as_hsds_attributes_with_stable_ids(service):
    taxonomy_ensure_vocabularies()
    service.line, service.free, service.mandate, service.minimum_age = Line.FIRST, Tristate.YES, Mandate.FREE_ACCESS, 12
    service.anonymous = Tristate.UNKNOWN
    values = dict(service_fact_values(service))
    assert values["ligne"] == "premiere_ligne" and values["gratuit"] == "oui" and values["mandat"] == "libre_acces"
    assert values["age-minimum"] == "12"
    assert "anonyme" not in values and "age-maximum" not in values  # unknown facts are not exported
    attributes = service_fact_attributes(service)
    assert {a.taxonomy_term.code for a in attributes} == set(values)
    assert all(a.link_id == service.id and a.link_entity == "service" for a in attributes)
    assert [a.id for a in service_fact_attributes(service)] == [a.id for a in attributes]


def test_vocabularies_are_created_once():
    first = taxonomy_ensure_vocabularies()
    second = taxonomy_ensure_vocabularies()
    assert {k: len(v) for k, v in first.items()} == {k: len(v) for k, v in second.items()}
    assert "refus-scolaire-anxieux" in first["besoins"] and "harcelement" in first["besoins"]
    assert "conflits-familiaux" in first["besoins"]
    assert "amo" in first["types-de-service"] and "familles" in first["publics"]
