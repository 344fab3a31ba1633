"""Two instances against each other: a real source server (its own SQLite file) harvested into the test database.

The source runs as `manage.py runserver` in a subprocess; changes at the source are made with `manage.py shell`
against the same file. One harvest after each change must reflect it: create, update, withdraw.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.urls import reverse

from accroche.directory.models import Service
from accroche.directory.models.details import Contact, CostOption, Language, Schedule
from accroche.federation.models import HarvestedService
from accroche.federation.services import harvest, source_for

ROOT = Path(__file__).resolve().parents[3]
SERVICE_A = uuid.UUID("5b1f0f0e-7c1d-4c39-9a53-0a6f00000a01")
SERVICE_B = uuid.UUID("5b1f0f0e-7c1d-4c39-9a53-0a6f00000b02")
ORG = uuid.UUID("5b1f0f0e-7c1d-4c39-9a53-0a6f000000c3")
DETAIL_IDS = [uuid.UUID(f"5b1f0f0e-7c1d-4c39-9a53-0a6f00000d0{n}") for n in range(4)]

CREATE = """
from accroche.directory.models import Organization, Service, ServiceAtLocation
from accroche.directory.models.core import Location
from accroche.directory.models.details import Address, Phone
from accroche.geo.models import Commune
org, _ = Organization.objects.get_or_create(id="{org}", defaults={{"name": "AMO Essai Namur", "slug": "amo-essai"}})
s = Service.objects.create(id="{pk}", organization=org, name="{name}", slug="{slug}", scope="local",
                           description="Aide aux jeunes et aux familles.")
Phone.objects.create(service=s, number="081 00 00 00")
loc = Location.objects.create(organization=org, name="Bureau", latitude=50.4669, longitude=4.8675,
                              commune=Commune.objects.get(slug="namur"))
Address.objects.create(location=loc, address_1="Rue de Fer 1", postal_code="5000", city="Namur")
ServiceAtLocation.objects.create(service=s, location=loc)
"""
RENAME = """
from accroche.directory.models import Service
s = Service.objects.get(id="{pk}"); s.name = "{name}"; s.save()
"""
DETAILS = """
from datetime import time
from decimal import Decimal
from accroche.directory.models import Service
from accroche.directory.models.details import Contact, CostOption, Language, Schedule
s = Service.objects.get(id="{pk}")
Schedule.objects.create(id="{ids[0]}", service=s, byday="MO", opens_at=time(9), closes_at=time(12))
Language.objects.create(id="{ids[1]}", service=s, name="Néerlandais", code="nl")
Contact.objects.create(id="{ids[2]}", service=s, name="Accueil", email="marie.dupont@example.org", phone="081 11 11 11")
CostOption.objects.create(id="{ids[3]}", service=s, option="consultation", amount=Decimal("5.00"))
s.save()  # an edit in the admin saves the listing: its date tells the harvester
"""
CHANGE_DETAILS = """
from datetime import time
from accroche.directory.models import Service
from accroche.directory.models.details import Contact, CostOption, Language, Schedule
Schedule.objects.filter(id="{ids[0]}").update(byday="TU", closes_at=time(16))
Language.objects.filter(id="{ids[1]}").update(name="Allemand", code="de")
Contact.objects.filter(id="{ids[2]}").update(name="Secrétariat")
CostOption.objects.filter(id="{ids[3]}").update(amount="7.50")
Service.objects.get(id="{pk}").save()
"""
REMOVE_DETAILS = """
from accroche.directory.models import Service
s = Service.objects.get(id="{pk}")
for related in (s.schedules, s.languages, s.contacts, s.cost_options):
    related.all().delete()
s.save()
"""
DELETE = """
from accroche.directory.models import Service
Service.objects.get(id="{pk}").delete()
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SourceInstance:
    """Another instance of the platform: its own database file and server process."""

    def __init__(self, directory: Path):
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "accroche.settings.test",
            "DATABASE_URL": f"sqlite:///{directory / 'source.sqlite3'}",
        }
        self.port = _free_port()
        self.api = f"http://127.0.0.1:{self.port}/api/hsds/"
        self.process = None

    def manage(self, *args: str) -> None:
        subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, check=True, capture_output=True)

    def shell(self, code: str) -> None:
        self.manage("shell", "-c", code)

    def start(self) -> None:
        self.manage("migrate", "--noinput")
        self.manage("load_geo")
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{self.port}", "--noreload"],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(self.api, timeout=5):
                    return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("the source instance did not start") from None
                time.sleep(0.5)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)


@pytest.fixture
def source_instance(tmp_path):
    instance = SourceInstance(tmp_path)
    try:
        instance.start()
        yield instance
    finally:
        instance.stop()


@pytest.mark.django_db
def test_create_update_withdraw_at_the_source_each_reflected_after_one_harvest(source_instance, geo, client):
    source_instance.shell(CREATE.format(org=ORG, pk=SERVICE_A, name="AMO Essai", slug="amo-essai-a"))
    source = source_for(source_instance.api, name="Annuaire de Namur")

    dry = harvest(source, dry_run=True)
    assert (dry.read, dry.created, dry.updated, dry.withdrawn) == (1, [str(SERVICE_A)], [], [])
    assert not Service.objects.filter(id=SERVICE_A).exists()  # a dry run writes nothing

    first = harvest(source)
    assert first.created == [str(SERVICE_A)]
    copy = Service.objects.get(id=SERVICE_A)  # the HSDS id is kept
    assert copy.name == "AMO Essai"
    assert copy.harvest_record.source == source
    assert [p.number for p in copy.phones.all()] == ["081 00 00 00"]
    location = copy.service_at_locations.get().location
    assert location.commune.slug == "namur"
    page = client.get(reverse("directory:service_detail", args=[copy.slug]))
    assert "Fiche reprise de l’annuaire « Annuaire de Namur »" in page.content.decode()

    source_instance.shell(RENAME.format(pk=SERVICE_A, name="AMO Essai (nouveau nom)"))
    source_instance.shell(CREATE.format(org=ORG, pk=SERVICE_B, name="Service B", slug="service-b"))
    second = harvest(source_for(source_instance.api))
    assert (second.created, second.updated, second.withdrawn) == ([str(SERVICE_B)], [str(SERVICE_A)], [])
    assert Service.objects.get(id=SERVICE_A).name == "AMO Essai (nouveau nom)"
    assert Service.objects.filter(id=SERVICE_B).exists()

    source_instance.shell(DELETE.format(pk=SERVICE_A))
    third = harvest(source_for(source_instance.api))
    assert (third.created, third.updated, third.withdrawn) == ([], [], [str(SERVICE_A)])
    assert not Service.objects.filter(id=SERVICE_A).exists()
    assert list(HarvestedService.objects.values_list("service_id", flat=True)) == [SERVICE_B]

    fourth = harvest(source_for(source_instance.api))  # nothing changed: nothing written
    assert (fourth.created, fourth.updated, fourth.withdrawn, fourth.unchanged) == ([], [], [], 1)


def _details(service_id) -> dict:
    service = Service.objects.get(id=service_id)
    return {
        "schedules": [(s.id, s.byday, s.opens_at.hour, s.closes_at.hour) for s in service.schedules.all()],
        "languages": [(x.id, x.name, x.code) for x in service.languages.all()],
        "contacts": [(c.id, c.name, c.email, c.phone) for c in service.contacts.all()],
        "cost_options": [(c.id, c.option, str(c.amount)) for c in service.cost_options.all()],
    }


@pytest.mark.django_db
def test_schedules_languages_contacts_and_costs_follow_the_source_after_one_harvest(source_instance, geo):
    s, lang, contact, cost = DETAIL_IDS
    source_instance.shell(CREATE.format(org=ORG, pk=SERVICE_A, name="AMO Essai", slug="amo-essai-a"))
    source_instance.shell(DETAILS.format(pk=SERVICE_A, ids=DETAIL_IDS))
    source = source_for(source_instance.api, name="Annuaire de Namur")

    assert harvest(source).created == [str(SERVICE_A)]
    assert _details(SERVICE_A) == {
        "schedules": [(s, "MO", 9, 12)],
        "languages": [(lang, "Néerlandais", "nl")],
        "contacts": [(contact, "Accueil", "", "081 11 11 11")],  # a person's e-mail is not copied
        "cost_options": [(cost, "consultation", "5.00")],
    }

    source_instance.shell(CHANGE_DETAILS.format(pk=SERVICE_A, ids=DETAIL_IDS))
    assert harvest(source_for(source_instance.api)).updated == [str(SERVICE_A)]
    assert _details(SERVICE_A) == {
        "schedules": [(s, "TU", 9, 16)],
        "languages": [(lang, "Allemand", "de")],
        "contacts": [(contact, "Secrétariat", "", "081 11 11 11")],
        "cost_options": [(cost, "consultation", "7.50")],
    }

    source_instance.shell(REMOVE_DETAILS.format(pk=SERVICE_A))
    assert harvest(source_for(source_instance.api)).updated == [str(SERVICE_A)]
    assert _details(SERVICE_A) == {"schedules": [], "languages": [], "contacts": [], "cost_options": []}
    assert not Schedule.objects.exists() and not Language.objects.exists()
    assert not Contact.objects.exists() and not CostOption.objects.exists()
