"""Freshness: reminders after the period (frozen time), idempotence, escalation, hiding, the one-click link."""

import re
from datetime import date, datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from accroche.directory.models import Service
from accroche.network.models import FreshnessReminder, ScheduledJob
from accroche.network.services.freshness import freshness_run, schedule_daily

BXL = ZoneInfo("Europe/Brussels")
VERIFIED = date(2026, 1, 10)


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=BXL)


@pytest.fixture
def verified(world):
    Service.objects.filter(pk__in=[world.service_a.pk, world.service_b.pk]).update(assured_date=VERIFIED)
    return world


def reminders_to(address):
    return [m for m in mail.outbox if address in m.to and "toujours exacte" in m.subject]


def confirm_path(message) -> str:
    return re.search(r"https?://[^/]+(/espace-partenaires/toujours-exact/[^/\s]+/)", message.body).group(1)


def test_no_reminder_before_six_months_then_exactly_one(verified):
    with time_machine.travel(at(date(2026, 7, 9)), tick=False):
        assert freshness_run()["created"] == 0
    assert not mail.outbox
    with time_machine.travel(at(date(2026, 7, 11)), tick=False):
        freshness_run()
        freshness_run()
        call_command("send_freshness_reminders", stdout=StringIO())
    assert len(reminders_to("a@example.org")) == 1
    assert len(reminders_to("b@example.org")) == 1
    message = reminders_to("a@example.org")[0]
    assert "Accrochage A" in message.subject
    assert f"/espace-partenaires/services/{verified.service_a.pk}/modifier/" in message.body
    assert FreshnessReminder.objects.count() == 2


def test_listing_without_partner_gets_no_email(world):
    Service.objects.filter(pk=world.service_a.pk).update(assured_date=VERIFIED)
    world.partner_a.partner_memberships.all().delete()
    with time_machine.travel(at(date(2026, 8, 1)), tick=False):
        freshness_run()
    assert not reminders_to("a@example.org")
    assert not FreshnessReminder.objects.filter(service=world.service_a).exists()


def test_one_click_link_confirms_once(client, verified):
    with time_machine.travel(at(date(2026, 7, 11)), tick=False):
        freshness_run()
        path = confirm_path(reminders_to("a@example.org")[0])
        page = client.get(path)
        assert page.status_code == 200 and "Oui, la fiche est toujours exacte" in page.content.decode()
        assert Service.objects.get(pk=verified.service_a.pk).assured_date == VERIFIED  # GET changes nothing
    with time_machine.travel(at(date(2026, 7, 15)), tick=False):
        response = client.post(path)
        assert (
            response.status_code == 200
            and "vérifié aujourd&#x27;hui" in response.content.decode()
            or "vérifié aujourd'hui" in response.content.decode()
        )
        service = Service.objects.get(pk=verified.service_a.pk)
        assert service.assured_date == date(2026, 7, 15) and service.assurer_email == "a@example.org"
        again = client.post(path)
        assert again.status_code == 410 and "déjà été utilisé" in again.content.decode()
        assert client.get(path).status_code == 410
        # Confirmed: no escalation later for A (B did not answer).
    with time_machine.travel(at(date(2026, 8, 15)), tick=False):
        freshness_run()
    assert [m.to for m in mail.outbox if "Sans réponse" in m.subject] == [["coord-verviers@example.org"]]


def test_link_expires_and_rejects_tampering(client, verified):
    with time_machine.travel(at(date(2026, 7, 11)), tick=False):
        freshness_run()
        path = confirm_path(reminders_to("a@example.org")[0])
        assert client.get(path[:-3] + "xx/").status_code == 404
    with time_machine.travel(at(date(2026, 8, 12)), tick=False):  # 32 days later
        response = client.post(path)
        assert response.status_code == 410 and "expiré" in response.content.decode()
    assert Service.objects.get(pk=verified.service_a.pk).assured_date == VERIFIED


def test_unanswered_reminder_escalates_once_to_the_plateformes_coordinators(verified):
    with time_machine.travel(at(date(2026, 7, 11)), tick=False):
        freshness_run()
    with time_machine.travel(at(date(2026, 7, 20)), tick=False):
        freshness_run()
    assert not [m for m in mail.outbox if "Sans réponse" in m.subject]
    with time_machine.travel(at(date(2026, 7, 26)), tick=False):
        freshness_run()
        freshness_run()
    escalations = [m for m in mail.outbox if "Sans réponse" in m.subject]
    assert sorted(m.to[0] for m in escalations) == ["coord-liege@example.org", "coord-verviers@example.org"]
    liege = next(m for m in escalations if m.to == ["coord-liege@example.org"])
    assert "Accrochage A" in liege.subject and "/espace-partenaires/fraicheur/" in liege.body
    assert len(reminders_to("a@example.org")) == 1


def test_listing_edited_and_approved_meanwhile_is_not_escalated(verified):
    from accroche.directory.services import service_mark_verified

    with time_machine.travel(at(date(2026, 7, 11)), tick=False):
        freshness_run()
    with time_machine.travel(at(date(2026, 7, 13)), tick=False):
        service_mark_verified(service=Service.objects.get(pk=verified.service_a.pk), by_email="x@example.org")
    with time_machine.travel(at(date(2026, 8, 1)), tick=False):
        freshness_run()
    assert not [m for m in mail.outbox if "Sans réponse" in m.subject and "Accrochage A" in m.subject]


def test_crashed_send_is_retried_but_a_running_one_is_not_duplicated(verified):
    with time_machine.travel(at(date(2026, 7, 11)), tick=False):
        reminder = FreshnessReminder.objects.create(
            service=verified.service_a, reference_date=VERIFIED, claimed_at=at(date(2026, 7, 11), 8).replace(minute=50)
        )
        freshness_run()  # claimed 10 minutes ago by a worker still running: not sent again here
        assert not reminders_to("a@example.org")
    with time_machine.travel(at(date(2026, 7, 11), 12), tick=False):
        freshness_run()  # the claim is 3 hours old: the worker died, the reminder is sent
    assert len(reminders_to("a@example.org")) == 1
    reminder.refresh_from_db()
    assert reminder.sent_at is not None and reminder.recipients == "a@example.org"


@override_settings(NETWORK_HIDE_AFTER_MONTHS=9)
def test_optional_hiding_after_n_months_and_confirmation_shows_again(client, verified):
    with time_machine.travel(at(date(2026, 7, 11)), tick=False):
        freshness_run()
        path = confirm_path(reminders_to("a@example.org")[0])
    with time_machine.travel(at(date(2026, 9, 9)), tick=False):
        assert freshness_run()["hidden"] == 0
    with time_machine.travel(at(date(2026, 10, 11)), tick=False):
        assert freshness_run()["hidden"] == 2
    assert not Service.objects.public().filter(pk=verified.service_a.pk).exists()
    with time_machine.travel(at(date(2026, 8, 1)), tick=False):
        client.post(path)
    assert Service.objects.public().filter(pk=verified.service_a.pk).exists()


def test_hiding_is_off_by_default(verified):
    with time_machine.travel(at(date(2026, 7, 11)), tick=False):
        freshness_run()
    with time_machine.travel(at(date(2027, 7, 11)), tick=False):
        assert freshness_run()["hidden"] == 0
    assert Service.objects.public().count() == 2


@override_settings(TASKS={"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}})
def test_daily_run_is_scheduled_once_with_run_after(db):
    from django.tasks import default_task_backend

    with time_machine.travel(at(date(2026, 7, 11), 9), tick=False):
        first = schedule_daily()
        second = schedule_daily()
        out = StringIO()
        call_command("send_freshness_reminders", "--schedule-only", stdout=out)
    assert first == second == at(date(2026, 7, 12), 6)
    assert len(default_task_backend.results) == 1
    assert default_task_backend.results[0].task.run_after == first
    assert "2026-07-12 06:00" in out.getvalue()
    assert ScheduledJob.objects.get().scheduled_for == first


def test_daily_task_runs_and_reports(verified):
    from accroche.network.tasks import freshness_daily_task

    with time_machine.travel(at(date(2026, 7, 11)), tick=False):
        result = freshness_daily_task.enqueue()
    assert result.return_value["queued"] == 2
    assert ScheduledJob.objects.get().last_run_at is not None
