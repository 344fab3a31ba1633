"""« Signaler une erreur »: no account, lands in the moderation queue, protected by honeypot, timing, rate limit."""

import re

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from accroche.network.choices import ChangeKind, ChangeStatus
from accroche.network.models import ChangeRequest


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


def started_token(client, url):
    body = client.get(url).content.decode()
    return re.search(r'name="started" value="([^"]+)"', body).group(1)


def post_report(client, service, *, wait=10, **extra):
    url = f"/annuaire/{service.slug}/signaler/"
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        token = started_token(client, url)
        traveller.shift(wait)
        data = {
            "message": "Le numéro de téléphone a changé : 04 111 22 33.",
            "contact_email": "",
            "website": "",
            "started": token,
        } | extra
        return client.post(url, data, REMOTE_ADDR="192.0.2.7")


def test_anyone_can_report_and_it_reaches_the_plateformes_coordinator(client, world):
    page = client.get(f"/annuaire/{world.service_a.slug}/signaler/")
    assert page.status_code == 200 and "Accrochage A" in page.content.decode()
    response = post_report(client, world.service_a, contact_email="parent@example.org")
    assert response.status_code == 302 and response["Location"].endswith("/signaler/merci/")
    report = ChangeRequest.objects.get()
    assert report.kind == ChangeKind.REPORT and report.status == ChangeStatus.PENDING
    assert report.service == world.service_a and "04 111 22 33" in report.payload["message"]
    assert [m.to for m in mail.outbox] == [["coord-liege@example.org"]]
    client.force_login(world.coord_liege)
    assert "04 111 22 33" in client.get(f"/espace-partenaires/demandes/{report.pk}/").content.decode()
    client.post(f"/espace-partenaires/demandes/{report.pk}/", {"decision": "approve", "comment": "Corrigé"})
    report.refresh_from_db()
    assert report.status == ChangeStatus.APPROVED
    assert mail.outbox[-1].to == ["parent@example.org"] and "Corrigé" in mail.outbox[-1].body


def test_partners_do_not_see_public_reports_with_reporters_email(client, world):
    post_report(client, world.service_a, contact_email="parent@example.org")
    report = ChangeRequest.objects.get()
    client.force_login(world.partner_a)
    assert client.get(f"/espace-partenaires/demandes/{report.pk}/").status_code == 404


def test_honeypot_pretends_success_and_keeps_nothing(client, world):
    response = post_report(client, world.service_a, website="http://spam.example")
    assert response.status_code == 302
    assert not ChangeRequest.objects.exists() and not mail.outbox


def test_too_fast_or_forged_timing_is_refused_with_a_message_and_keeps_the_text(client, world):
    response = post_report(client, world.service_a, wait=0)
    body = response.content.decode()
    assert response.status_code == 200 and "trop rapide" in body and "04 111 22 33" in body
    response = post_report(client, world.service_a, started="forged")
    assert "trop rapide" in response.content.decode()
    assert not ChangeRequest.objects.exists()


def test_rate_limit_per_address_without_storing_it(client, world):
    for _ in range(5):
        assert post_report(client, world.service_a).status_code == 302
    response = post_report(client, world.service_a)
    assert response.status_code == 429
    assert ChangeRequest.objects.count() == 5
    assert all("192.0.2.7" not in str(v) for r in ChangeRequest.objects.values() for v in r.values())


def test_empty_message_is_explained(client, world):
    response = post_report(client, world.service_a, message="")
    assert response.status_code == 200 and "Champ requis" in response.content.decode()


def test_hidden_or_unknown_listing_has_no_report_form(client, world):
    world.service_a.hidden_at = timezone.now()
    world.service_a.save()
    assert client.get(f"/annuaire/{world.service_a.slug}/signaler/").status_code == 404
    assert client.get("/annuaire/inconnu/signaler/").status_code == 404
