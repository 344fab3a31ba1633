"""The register of processing covers every stored text; purges follow it; no lost e-mail after a dead worker."""

from datetime import date, timedelta

import pytest
from django.apps import apps
from django.core import mail
from django.utils import timezone

from accroche.core.retention import REGISTER, apply_retention, text_fields


def test_every_model_storing_text_has_a_retention_rule():
    """Fails when a model of the project stores text (Char/Text/Email…) that the register does not cover."""
    missing = []
    for model in apps.get_models():
        if not model.__module__.startswith("accroche."):
            continue
        fields = text_fields(model)
        rule = REGISTER.get(model._meta.label)
        uncovered = [f for f in fields if rule is None or f not in rule.fields]
        if uncovered:
            missing.append(f"{model._meta.label}: {', '.join(uncovered)}")
    assert not missing, "Champs texte sans règle de conservation (accroche/core/retention.py) : " + "; ".join(missing)


def test_the_register_names_no_field_that_does_not_exist():
    for label, rule in REGISTER.items():
        assert set(rule.fields) <= set(text_fields(apps.get_model(label))), label


@pytest.mark.django_db
def test_the_register_page_shows_the_rules(client):
    page = client.get("/registre-des-traitements/").content.decode()
    assert "Registre des traitements" in page
    assert "effacé après 30 jours" in page and "12 mois après leur clôture" in page


@pytest.mark.django_db
def test_search_text_is_purged_after_30_days_and_counts_kept():
    from accroche.search.models import SearchLog

    today = date(2026, 6, 30)
    old = today - timedelta(days=40)
    SearchLog.objects.create(day=old, query="harcelement ecole", filters="", result_count=0, count=2)
    SearchLog.objects.create(day=old, query="phobie", filters="", result_count=1, count=3)
    SearchLog.objects.create(day=today, query="recent", filters="", result_count=0, count=1)
    apply_retention(now=timezone.make_aware(timezone.datetime(2026, 6, 30, 12)))
    assert not SearchLog.objects.filter(day=old).exclude(query="").exists()
    kept = SearchLog.objects.get(day=old)
    assert kept.count == 5 and kept.query == "" and kept.result_count == 0
    assert SearchLog.objects.filter(query="recent").exists()


@pytest.mark.django_db
def test_error_reports_are_purged_12_months_after_closure(demo_directory):
    from accroche.directory.models import Service
    from accroche.network.choices import ChangeKind, ChangeStatus
    from accroche.network.models import ChangeRequest

    service = Service.objects.first()
    now = timezone.now()

    def report(status, reviewed_days_ago):
        return ChangeRequest.objects.create(
            kind=ChangeKind.REPORT,
            status=status,
            organization=service.organization,
            service=service,
            message="Le numéro a changé",
            contact_email="parent@example.org",
            reviewed_at=now - timedelta(days=reviewed_days_ago) if reviewed_days_ago is not None else None,
        )

    old_closed = report(ChangeStatus.APPROVED, 400)
    recent_closed = report(ChangeStatus.REJECTED, 100)
    pending = report(ChangeStatus.PENDING, None)
    assert apply_retention(now=now)["error_reports"] == 1
    remaining = set(ChangeRequest.objects.values_list("pk", flat=True))
    assert old_closed.pk not in remaining and {recent_closed.pk, pending.pk} <= remaining


@pytest.mark.django_db
def test_a_worker_killed_mid_invitation_loses_no_email_and_sends_it_once(demo_directory, monkeypatch):
    """Simulates a worker that claimed the invitation and died before sending: the recovery run sends it once."""
    from django_tasks_db.models import DBTaskResult

    from accroche.core.tasks_recovery import recover_stale_tasks
    from accroche.directory.models import Organization
    from accroche.network.models import Invitation
    from accroche.network.services import accounts
    from accroche.network.services.accounts import invitation_send, recover_invitations

    organization = Organization.objects.first()
    invitation = Invitation.objects.create(
        email="nouveau@example.org", organization=organization, expires_at=timezone.now() + timedelta(days=7)
    )
    mail.outbox.clear()

    def crash(**kwargs):
        raise SystemExit("worker killed")

    monkeypatch.setattr(accounts, "send_templated", crash)
    with pytest.raises(SystemExit):
        invitation_send(invitation_id=invitation.pk)
    invitation.refresh_from_db()
    assert invitation.claimed_at is not None and invitation.sent_at is None and not mail.outbox
    monkeypatch.undo()

    # While the claim is fresh, nobody sends it twice.
    assert recover_invitations() == 0
    assert invitation_send(invitation_id=invitation.pk) is False
    # Past the claim's expiry, the recovery run (daily, or manage.py recover_tasks) sends it — once.
    later = timezone.now() + accounts.CLAIM_TIMEOUT + timedelta(minutes=1)
    Invitation.objects.filter(pk=invitation.pk).update(claimed_at=timezone.now() - accounts.CLAIM_TIMEOUT * 2)
    assert recover_invitations(now=later) == 1  # immediate backend in tests: sent now
    assert [m.to for m in mail.outbox] == [["nouveau@example.org"]]
    invitation.refresh_from_db()
    assert invitation.sent_at is not None
    assert recover_invitations(now=later) == 0 and invitation_send(invitation_id=invitation.pk) is False
    assert len(mail.outbox) == 1
    assert recover_stale_tasks() == 0 and not DBTaskResult.objects.exists()


@pytest.mark.django_db
def test_a_task_left_running_by_a_dead_worker_is_run_again(settings):
    """A DB task row left RUNNING past its expiry is marked failed and enqueued again."""
    from django.tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from accroche.core.tasks_recovery import recover_stale_tasks
    from accroche.network.tasks import send_invitation_task

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = send_invitation_task.enqueue(12345)
    DBTaskResult.objects.filter(id=result.id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now() - timedelta(hours=2)
    )
    fresh = send_invitation_task.enqueue(999)
    DBTaskResult.objects.filter(id=fresh.id).update(status=TaskResultStatus.RUNNING, started_at=timezone.now())
    assert recover_stale_tasks() == 1
    assert DBTaskResult.objects.get(id=result.id).status == TaskResultStatus.FAILED
    requeued = DBTaskResult.objects.filter(status=TaskResultStatus.READY).get()
    assert requeued.args_kwargs["args"] == [12345] and requeued.task_path.endswith("send_invitation_task")
    assert DBTaskResult.objects.get(id=fresh.id).status == TaskResultStatus.RUNNING


@pytest.mark.django_db
def test_the_assurer_email_is_never_published(client, demo_directory):
    from accroche.directory.models import Service
    from accroche.opendata.hsds.export import export_tables

    service = Service.objects.public().first()
    Service.objects.filter(pk=service.pk).update(assurer_email="personne@example.org")
    assert "personne@example.org" not in client.get(f"/api/hsds/services/{service.pk}").content.decode()
    assert "personne@example.org" not in client.get("/api/hsds/services/?full=true&per_page=100").content.decode()
    assert "personne@example.org" not in str(export_tables())
