"""Agenda: partners propose, coordinators publish; the public list, the archive with documents, the iCal feed."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from icalendar import Calendar

from accroche.network.choices import EventStatus
from accroche.network.models import Event


@pytest.fixture
def form():
    start = timezone.localtime() + timedelta(days=10)
    return {
        "title": "GLEM de Seraing",
        "kind": "glem",
        "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
        "ends_at": (start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        "venue": "Hôtel de ville",
        "plateforme": "liege",
        "organizer_name": "",
        "online_url": "",
        "description": "Réunion locale.",
    }


def test_partner_proposal_is_not_public_until_published(client, world, form):
    client.force_login(world.partner_a)
    response = client.post("/espace-partenaires/agenda/", form | {"publish": "1"})
    event = Event.objects.get()
    assert response.status_code == 302 and event.status == EventStatus.PROPOSED  # partners cannot self-publish
    assert "GLEM de Seraing" not in client.get("/agenda/").content.decode()
    assert client.get(f"/agenda/{event.slug}/").status_code == 404
    assert [m.to for m in mail.outbox] == [["coord-liege@example.org"]]
    assert "GLEM de Seraing" in mail.outbox[0].subject
    client.force_login(world.coord_liege)
    assert "GLEM de Seraing" in client.get("/espace-partenaires/agenda/").content.decode()
    client.post(f"/espace-partenaires/agenda/{event.pk}/", {"action": "publish", "comment": "Bienvenue"})
    event.refresh_from_db()
    assert event.status == EventStatus.PUBLISHED
    assert mail.outbox[-1].to == ["a@example.org"] and "publié" in mail.outbox[-1].subject
    assert f"/agenda/{event.slug}/" in mail.outbox[-1].body and "Bienvenue" in mail.outbox[-1].body
    client.logout()
    assert "GLEM de Seraing" in client.get("/agenda/").content.decode()
    assert "Hôtel de ville" in client.get(f"/agenda/{event.slug}/").content.decode()


def test_invalid_event_is_explained(client, world, form):
    client.force_login(world.partner_a)
    response = client.post("/espace-partenaires/agenda/", form | {"ends_at": "2000-01-01T10:00"})
    assert response.status_code == 200 and "La fin doit suivre le début" in response.content.decode()
    assert not Event.objects.exists()


def test_ical_feed_parses_and_lists_only_published_events(client, world):
    now = timezone.now()
    Event.objects.create(
        title="Webinaire refus scolaire",
        slug="webinaire",
        kind="webinaire",
        starts_at=now + timedelta(days=3),
        ends_at=now + timedelta(days=3, hours=1),
        status=EventStatus.PUBLISHED,
        online_url="https://visio.example.org/x",
        venue="En ligne",
    )
    Event.objects.create(title="Brouillon", slug="brouillon", starts_at=now + timedelta(days=4))
    response = client.get("/agenda/agenda.ics")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == ["Webinaire refus scolaire"]
    event = events[0]
    assert (
        event.decoded("DTSTART") == (now + timedelta(days=3)).replace(microsecond=0)
        or abs((event.decoded("DTSTART") - (now + timedelta(days=3))).total_seconds()) < 1
    )
    assert "https://visio.example.org/x" in str(event["DESCRIPTION"])
    assert str(event["URL"]).endswith("/agenda/webinaire/")
    assert str(event["UID"]).endswith("@accrochons-nous")


def test_archive_lists_past_events_with_their_documents(client, world):
    past = Event.objects.create(
        title="Séminaire 2025",
        slug="seminaire-2025",
        starts_at=timezone.now() - timedelta(days=60),
        status=EventStatus.PUBLISHED,
        plateforme="liege",
    )
    client.force_login(world.coord_liege)
    pdf = SimpleUploadedFile("actes.pdf", b"%PDF-1.4 minimal", content_type="application/pdf")
    response = client.post(
        f"/espace-partenaires/agenda/{past.pk}/", {"action": "document", "title": "Actes du séminaire", "file": pdf}
    )
    assert response.status_code == 302
    client.logout()
    assert "Séminaire 2025" not in client.get("/agenda/").content.decode()
    archive = client.get("/agenda/archives/").content.decode()
    assert "Séminaire 2025" in archive and "Actes du séminaire" in archive
    link = past.documents.get().document.url
    assert client.get(link).status_code == 200
