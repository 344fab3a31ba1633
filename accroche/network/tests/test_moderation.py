"""Moderation: the partner's proposal, the field-by-field diff, approval (applied, verified today) or refusal."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from accroche.directory.models import Contact, Phone, Schedule
from accroche.network.changes import service_snapshot
from accroche.network.choices import ChangeStatus
from accroche.network.forms import ServiceChangeForm
from accroche.network.models import ChangeRequest
from accroche.network.services.moderation import change_request_approve, change_request_reject


def form_data(service, **changes):
    data = {k: ("" if v is None else v) for k, v in ServiceChangeForm.initial_from(service_snapshot(service)).items()}
    data.update(changes)
    return data


def submit(client, user, service, **changes):
    client.force_login(user)
    return client.post(f"/espace-partenaires/services/{service.pk}/modifier/", form_data(service, **changes))


def test_partner_proposal_goes_to_moderation_and_changes_nothing_public(client, world):
    response = submit(client, world.partner_a, world.service_a, description="Nouveau texte", phone="04 222 33 44")
    change = ChangeRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/espace-partenaires/demandes/{change.pk}/"
    assert change.status == ChangeStatus.PENDING and change.submitted_by == world.partner_a
    world.service_a.refresh_from_db()
    assert world.service_a.description == "Accompagne les jeunes."
    assert not Phone.objects.filter(service=world.service_a).exists()
    coordinator_mail = [m for m in mail.outbox if "coord-liege@example.org" in m.to]
    assert coordinator_mail and "À modérer" in coordinator_mail[0].subject
    assert not any("coord-verviers@example.org" in m.to for m in mail.outbox)


def test_coordinator_sees_field_by_field_diff(client, world):
    submit(
        client,
        world.partner_a,
        world.service_a,
        description="Nouveau texte",
        hours_MO_opens="09:00",
        hours_MO_closes="12:30",
    )
    change = ChangeRequest.objects.get()
    client.force_login(world.coord_liege)
    body = client.get(f"/espace-partenaires/demandes/{change.pk}/").content.decode()
    assert "Ce que fait le service" in body
    assert "<del>Accompagne les jeunes.</del>" in body and "<ins>Nouveau texte</ins>" in body
    assert "lundi 09:00–12:30" in body
    assert "Nom du service" not in body  # unchanged fields are not listed
    assert "Tout approuver et publier" in body and "Enregistrer les décisions champ par champ" in body


def test_approval_applies_every_part_and_marks_verified_today(client, world):
    submit(
        client,
        world.partner_a,
        world.service_a,
        description="Nouveau texte",
        phone="04 222 33 44",
        address_1="Rue Hors-Château 1",
        postal_code="4000",
        city="Liège",
        hours_TU_opens="13:00",
        hours_TU_closes="17:00",
        hours_TU_note="sur rendez-vous",
        contact_1_name="Alice",
        contact_1_title="AS",
        contact_1_email="alice@example.org",
        contact_1_phone="0470 00 00 00",
    )
    change = ChangeRequest.objects.get()
    mail.outbox.clear()
    client.force_login(world.coord_liege)
    response = client.post(f"/espace-partenaires/demandes/{change.pk}/", {"decision": "approve", "comment": "Merci !"})
    assert response.status_code == 302
    service = world.service_a
    service.refresh_from_db()
    assert service.description == "Nouveau texte"
    assert service.assured_date == timezone.localdate() and service.assurer_email == "a@example.org"
    assert Phone.objects.get(service=service).number == "04 222 33 44"
    address = service.service_at_locations.get().location.addresses.get()
    assert (address.address_1, address.postal_code, address.city) == ("Rue Hors-Château 1", "4000", "Liège")
    schedule = Schedule.objects.get(service=service)
    assert (schedule.byday, schedule.opens_at, schedule.description) == ("TU", datetime.time(13), "sur rendez-vous")
    assert Contact.objects.get(service=service).email == "alice@example.org"
    change.refresh_from_db()
    assert change.status == ChangeStatus.APPROVED and change.reviewed_by == world.coord_liege
    assert set(change.applied_fields) == {
        "description",
        "phone",
        "address_1",
        "postal_code",
        "city",
        "hours",
        "contacts",
    }
    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    assert "Modification publiée" in mail.outbox[0].subject and "Merci !" in mail.outbox[0].body


def test_refusal_needs_a_comment_and_tells_the_partner(client, world):
    submit(client, world.partner_a, world.service_a, description="Texte douteux")
    change = ChangeRequest.objects.get()
    with pytest.raises(ValidationError):
        change_request_reject(change_request=change, reviewer=world.coord_liege, comment=" ")
    mail.outbox.clear()
    change_request_reject(change_request=change, reviewer=world.coord_liege, comment="Source manquante")
    change.refresh_from_db()
    assert change.status == ChangeStatus.REJECTED
    world.service_a.refresh_from_db()
    assert world.service_a.description == "Accompagne les jeunes." and world.service_a.assured_date is None
    assert "non retenue" in mail.outbox[0].subject and "Source manquante" in mail.outbox[0].body
    with pytest.raises(ValidationError):
        change_request_approve(change_request=change, reviewer=world.coord_liege)


def test_approval_keeps_fields_changed_meanwhile_and_flags_conflicts(client, world):
    submit(client, world.partner_a, world.service_a, description="Proposition du partenaire")
    change = ChangeRequest.objects.get()
    world.service_a.alternate_name = "AMO-A"
    world.service_a.description = "Corrigé entre-temps"
    world.service_a.save()
    client.force_login(world.coord_liege)
    body = client.get(f"/espace-partenaires/demandes/{change.pk}/").content.decode()
    assert "modifié depuis la demande" in body and "Corrigé entre-temps" in body
    change_request_approve(change_request=change, reviewer=world.coord_liege)
    world.service_a.refresh_from_db()
    assert world.service_a.description == "Proposition du partenaire"
    assert world.service_a.alternate_name == "AMO-A"


def test_identical_proposal_is_refused_with_a_clear_message(client, world):
    response = submit(client, world.partner_a, world.service_a)
    assert response.status_code == 200
    assert "Aucune modification" in response.content.decode()
    assert not ChangeRequest.objects.exists()


def test_invalid_form_keeps_the_input_and_explains(client, world):
    response = submit(
        client,
        world.partner_a,
        world.service_a,
        description="Gardé",
        minimum_age="18",
        maximum_age="12",
        hours_WE_opens="14:00",
    )
    body = response.content.decode()
    assert response.status_code == 200 and "Gardé" in body
    assert "L&#x27;âge maximum" in body or "L'âge maximum" in body
    assert "heure de fermeture" in body
    assert not ChangeRequest.objects.exists()


def test_organization_change_and_history(client, world):
    client.force_login(world.partner_a)
    client.post(
        f"/espace-partenaires/organisations/{world.org_a.pk}/modifier/",
        {"name": "AMO Liège Test", "description": "Nouvelle présentation", "website": "https://amo.example.org"},
    )
    change = ChangeRequest.objects.get()
    change_request_approve(change_request=change, reviewer=world.coord_liege, comment="")
    world.org_a.refresh_from_db()
    assert world.org_a.description == "Nouvelle présentation" and world.org_a.website == "https://amo.example.org"
    body = client.get(f"/espace-partenaires/demandes/{change.pk}/").content.decode()
    assert "Approuvée" in body and "Nouvelle présentation" in body and "Avant" in body


def test_a_point_set_by_the_partner_makes_the_marker_exact_after_approval(client, world, geo):
    """Issue 18: the map picker's point is a moderated field; once approved the map marker is no longer approximate."""
    submit(
        client,
        world.partner_a,
        world.service_a,
        postal_code="4000",
        city="Liège",
        latitude="50.645112",
        longitude="5.576321",
    )
    change = ChangeRequest.objects.get()
    client.force_login(world.coord_liege)
    body = client.get(f"/espace-partenaires/demandes/{change.pk}/").content.decode()
    assert "Position exacte sur la carte" in body and "50.645112, 5.576321" in body
    client.post(f"/espace-partenaires/demandes/{change.pk}/", {"decision": "approve", "comment": ""})
    location = world.service_a.service_at_locations.get().location
    assert (location.latitude, location.longitude) == (50.645112, 5.576321)
    assert not location.is_approximate


def test_half_a_point_is_refused_with_a_clear_error(client, world):
    response = submit(client, world.partner_a, world.service_a, latitude="50.6")
    assert response.status_code == 200
    assert "Indiquez la latitude et la longitude, ou aucune des deux." in response.content.decode()
    assert not ChangeRequest.objects.exists()
