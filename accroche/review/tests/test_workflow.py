"""A pathway goes through « relecture médicale » then « validation réseau » to publication, signed by named people;
the rules page through « relecture juridique »; the validators are reminded before a validation lapses."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accroche.orientation.choices import Audience
from accroche.orientation.models import Pathway
from accroche.orientation.tests.factories import out, q, stream
from accroche.review.choices import GROUP_LEGAL, GROUP_MEDICAL, GROUP_NETWORK, ReviewState
from accroche.review.models import ChangeLogEntry, SignOff
from accroche.review.selectors import review_state
from accroche.review.services import add_months, ensure_review_workflows
from accroche.review.tasks import review_reminders_daily_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def workflows():
    return ensure_review_workflows()


def _person(django_user_model, username, first, last, group):
    user = django_user_model.objects.create_user(
        username, f"{username}@test.invalid", "un-mot-de-passe-long", first_name=first, last_name=last
    )
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def doctor(django_user_model, workflows):
    return _person(django_user_model, "medecin", "Anne", "Relectrice", GROUP_MEDICAL)


@pytest.fixture
def coordinator(django_user_model, workflows):
    from accroche.network.models import CoordinatorAssignment

    user = _person(django_user_model, "coordination", "Marc", "Coordinateur", GROUP_NETWORK)
    CoordinatorAssignment.objects.create(user=user, plateforme="liege")
    return user


@pytest.fixture
def pathway():
    pathway = Pathway(
        slug="essai", title="Parcours d’essai", audience=Audience.FAMILIES, nodes=stream([q("N1", "O1"), out("O1")])
    )
    pathway.save()
    pathway.save_revision().publish()
    return pathway


def _submit(obj, user):
    obj.title = f"{obj.title} (corrigé)"
    obj.save_revision(user=user)
    obj.get_workflow().start(obj, user)
    obj.refresh_from_db()
    return obj.current_workflow_task_state


def _action_url(obj, action, task_state):
    return reverse("wagtailsnippets_orientation_pathway:workflow_action", args=(obj.pk, action, task_state.pk))


SIGN = {"reviewer_name": "Dr Anne Relectrice", "role": "médecin généraliste", "organisation": "GLEM de Verviers"}


def test_a_pathway_goes_through_medical_review_then_network_validation_to_publication(
    client, pathway, doctor, coordinator
):
    assert review_state(pathway).kind == ReviewState.SOURCE
    public = client.get(pathway.get_absolute_url()).content.decode()
    assert "Pas encore relu par une personne nommée" in public and "Historique des modifications" in public

    task_state = _submit(pathway, coordinator)
    assert task_state.task.name == "Relecture médicale"

    # The coordinator is not a reviewing doctor: the medical step is not theirs to sign.
    client.force_login(coordinator)
    response = client.post(_action_url(pathway, "approve", task_state), {**SIGN, "comment": "ok"})
    assert response.status_code in (302, 403) and not SignOff.objects.exists()

    # The doctor signs off with a comment; a sign-off without role or comment is refused.
    client.force_login(doctor)
    assert client.get(reverse("wagtailsnippets_orientation_pathway:edit", args=(pathway.pk,))).status_code == 200
    client.post(_action_url(pathway, "approve", task_state), {"reviewer_name": "Dr Anne Relectrice", "comment": ""})
    assert not SignOff.objects.exists()
    client.post(_action_url(pathway, "approve", task_state), {**SIGN, "comment": "Conforme aux sources citées."})
    signoff = SignOff.objects.get()
    assert (signoff.reviewer, signoff.role, signoff.organisation) == (doctor, "médecin généraliste", "GLEM de Verviers")
    pathway.refresh_from_db()
    assert pathway.title == "Parcours d’essai"  # not published yet: the network has not validated
    assert "Pas encore relu" in client.get(pathway.get_absolute_url()).content.decode()

    # The coordinator validates: published, validated, next review in 12 months, public history.
    task_state = pathway.current_workflow_task_state
    assert task_state.task.name == "Validation réseau"
    client.force_login(coordinator)
    response = client.post(
        _action_url(pathway, "approve", task_state),
        {
            "reviewer_name": "Marc Coordinateur",
            "role": "coordinateur",
            "organisation": "Plateforme Enseignement–Aide à la jeunesse de Liège",
            "comment": "Validé en réunion de coordination.",
            "what_changed": "Titre corrigé.",
            "why": "Relecture médicale du 1er décembre.",
            "validity_months": "12",
        },
    )
    assert response.status_code == 302
    pathway.refresh_from_db()
    assert pathway.live and pathway.title == "Parcours d’essai (corrigé)"
    assert pathway.is_validated and pathway.validated_by == coordinator
    state = review_state(pathway)
    assert state.kind == ReviewState.VALIDATED
    assert state.validation.next_review_on == add_months(timezone.localdate(), 12)
    entry = ChangeLogEntry.objects.get(object_id=str(pathway.pk))
    assert entry.what == "Titre corrigé." and "Relecture médicale : médecin généraliste" in entry.roles

    client.logout()
    html = client.get(pathway.get_absolute_url()).content.decode()
    assert 'data-review-state="valide"' in html
    assert "Dr Anne Relectrice, médecin généraliste, GLEM de Verviers" in html
    assert "Validation réseau (coordination) : Marc Coordinateur, coordinateur" in html
    assert "Prochaine relecture avant le" in html
    assert "Titre corrigé." in html and "Relecture médicale du 1er décembre." in html


def test_a_change_published_without_review_is_not_called_validated(pathway, doctor, coordinator):
    task_state = _submit(pathway, coordinator)
    task_state.task.specific.on_action(task_state, doctor, "approve", **SIGN, comment="ok")
    task_state = Pathway.objects.get(pk=pathway.pk).current_workflow_task_state
    task_state.task.specific.on_action(
        task_state, coordinator, "approve", **SIGN, comment="ok", what_changed="x", why="y", validity_months=12
    )
    pathway.refresh_from_db()
    assert review_state(pathway).kind == ReviewState.VALIDATED
    pathway.title = "Modifié sans relecture"
    pathway.save_revision(user=coordinator).publish()
    pathway.refresh_from_db()
    assert review_state(pathway).kind == ReviewState.SOURCE


def test_the_rules_page_goes_through_legal_review(client, django_user_model):
    from accroche.content.demo import load_demo
    from accroche.content.models import RulePage

    load_demo(stdout=io.StringIO())
    page = RulePage.objects.get()
    ensure_review_workflows(rules_pages=[page])
    lawyer = _person(django_user_model, "juriste", "Claire", "Juriste", GROUP_LEGAL)
    page.save_revision(user=lawyer)
    page.get_workflow().start(page, lawyer)
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    client.force_login(lawyer)
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    response = client.post(
        url,
        {
            "reviewer_name": "Claire Juriste",
            "role": "juriste",
            "organisation": "Service droit des jeunes",
            "comment": "Seuils conformes à la circulaire 2026.",
            "what_changed": "Relecture complète.",
            "why": "Relecture juridique annuelle.",
            "validity_months": "12",
        },
    )
    assert response.status_code == 302
    assert SignOff.objects.get().reviewer == lawyer
    page.refresh_from_db()
    assert review_state(page).kind == ReviewState.VALIDATED
    client.logout()
    html = client.get(page.url).content.decode()
    assert "Claire Juriste, juriste, Service droit des jeunes" in html and "Prochaine relecture avant le" in html


def _validated(pathway, doctor, coordinator, *, next_review_on):
    task_state = _submit(pathway, coordinator)
    task_state.task.specific.on_action(task_state, doctor, "approve", **SIGN, comment="ok")
    task_state = Pathway.objects.get(pk=pathway.pk).current_workflow_task_state
    task_state.task.specific.on_action(
        task_state, coordinator, "approve", **SIGN, comment="ok", what_changed="x", why="y", validity_months=12
    )
    signoff = SignOff.objects.get(validates=True)
    SignOff.objects.filter(pk=signoff.pk).update(next_review_on=next_review_on)
    return signoff


def test_the_worker_reminds_the_validators_once_before_the_validation_lapses(pathway, doctor, coordinator):
    today = timezone.localdate()
    _validated(pathway, doctor, coordinator, next_review_on=today + datetime.timedelta(days=45))
    mail.outbox.clear()
    review_reminders_daily_task.enqueue()  # 45 days ahead: not yet
    assert mail.outbox == []

    SignOff.objects.filter(validates=True).update(next_review_on=today + datetime.timedelta(days=20))
    result = review_reminders_daily_task.enqueue()
    assert result.return_value == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["coordination@test.invalid"]  # the validating group, not the doctors
    assert "Parcours d’essai" in message.subject and "&#x27;" not in message.subject
    assert (today + datetime.timedelta(days=20)).strftime("%d/%m/%Y") in message.body

    review_reminders_daily_task.enqueue()  # idempotent: never twice for the same validation
    assert len(mail.outbox) == 1


def test_a_lapsed_validation_says_so(client, pathway, doctor, coordinator):
    _validated(pathway, doctor, coordinator, next_review_on=timezone.localdate() - datetime.timedelta(days=1))
    pathway.refresh_from_db()
    assert review_state(pathway).kind == ReviewState.LAPSED
    html = client.get(pathway.get_absolute_url()).content.decode()
    assert "Validation échue." in html and "n’a pas encore eu lieu" in html


def test_add_months_keeps_the_day_or_uses_the_last_of_the_month():
    assert add_months(datetime.date(2026, 12, 1), 12) == datetime.date(2027, 12, 1)
    assert add_months(datetime.date(2027, 1, 31), 1) == datetime.date(2027, 2, 28)
