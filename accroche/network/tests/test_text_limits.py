"""Overlong text posted to the partner space: a French error and nothing stored, never a 500 (PostgreSQL would
raise DataError on a value longer than its column) — decision 0195."""

from datetime import timedelta

from django.utils import timezone

from accroche.directory.models import Phone
from accroche.network.choices import ChangeStatus, EventStatus
from accroche.network.models import ChangeRequest, Event

from .test_moderation import submit
from .test_moderation_fields import decide_page

TOO_LONG = "x" * 5_001


def says(response, text: str) -> bool:
    """The page shows `text` (Django may format 5000 as « 5 000 » with a narrow no-break space)."""
    squeeze = lambda s: "".join(s.replace("\u202f", " ").replace("\xa0", " ").split())  # noqa: E731
    return squeeze(text) in squeeze(response.content.decode())


def test_an_overlong_description_is_a_form_error_and_nothing_is_proposed(client, world):
    response = submit(client, world.partner_a, world.service_a, description=TOO_LONG)
    assert response.status_code == 200
    assert says(response, "au plus 5000 caractères")
    assert not ChangeRequest.objects.exists()


def test_an_overlong_correction_by_a_coordinator_is_explained_and_nothing_applied(client, world):
    submit(client, world.partner_a, world.service_a, phone="04 222 33 44")
    change = ChangeRequest.objects.get()
    client.force_login(world.coord_liege)
    response = decide_page(client, change, decision_phone="correct", value_phone="0" * 41)
    assert response.status_code == 200
    assert says(response, "au plus 40 caractères")
    change.refresh_from_db()
    assert change.status == ChangeStatus.PENDING
    assert not Phone.objects.filter(service=world.service_a, number="0" * 41).exists()


def test_an_overlong_event_review_comment_is_refused_in_french(client, world):
    starts = timezone.localtime() + timedelta(days=3)
    client.force_login(world.partner_a)
    client.post(
        "/espace-partenaires/agenda/",
        {"title": "GLEM", "kind": "glem", "starts_at": starts.strftime("%Y-%m-%dT%H:%M"), "plateforme": "liege"},
    )
    event = Event.objects.get()
    client.force_login(world.coord_liege)
    response = client.post(
        f"/espace-partenaires/agenda/{event.pk}/", {"action": "reject", "comment": TOO_LONG}, follow=True
    )
    assert response.status_code == 200
    assert says(response, "au plus 5000 caractères")
    event.refresh_from_db()
    assert event.status == EventStatus.PROPOSED and event.review_comment == ""


def test_an_overlong_login_is_a_clear_400(client, world):
    response = client.post("/espace-partenaires/connexion/", {"username": "a" * 300 + "@example.org", "password": "x"})
    assert response.status_code == 400
    assert says(response, "Identifiant trop long")
