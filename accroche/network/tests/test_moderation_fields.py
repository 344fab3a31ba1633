"""Per-field moderation (accept, refuse with a comment, correct), amending a refused proposal, « vérifié » semantics."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from accroche.directory.choices import VerificationMethod
from accroche.directory.models import Phone
from accroche.network.choices import ChangeStatus
from accroche.network.models import ChangeRequest
from accroche.network.services.moderation import change_request_decide, error_report_submit

from .test_moderation import form_data, submit


def decide_page(client, change, **fields):
    return client.post(f"/espace-partenaires/demandes/{change.pk}/", {"decision": "decide", **fields})


def test_partner_proposes_coordinator_accepts_one_field_refuses_another_partner_amends(client, world):
    # The partner proposes two changes.
    submit(client, world.partner_a, world.service_a, description="Nouveau texte", phone="04 999 99 99")
    change = ChangeRequest.objects.get()
    # The coordinator accepts the description and refuses the phone with a comment.
    client.force_login(world.coord_liege)
    page = client.get(change.get_absolute_url()).content.decode()
    assert 'name="decision_description"' in page and 'name="decision_phone"' in page
    mail.outbox.clear()
    response = decide_page(
        client,
        change,
        decision_description="accept",
        decision_phone="refuse",
        comment_phone="Ce numéro est celui du secrétariat général, pas du service.",
    )
    assert response.status_code == 302
    change.refresh_from_db()
    assert change.status == ChangeStatus.PARTIAL and change.applied_fields == ["description"]
    world.service_a.refresh_from_db()
    assert world.service_a.description == "Nouveau texte"
    assert not Phone.objects.filter(service=world.service_a).exists()
    assert world.service_a.verification_method == VerificationMethod.SERVICE  # its own editor proposed it
    assert "publiée en partie" in mail.outbox[0].subject and "secrétariat général" in mail.outbox[0].body
    # The partner finds the refused value and the comment in the form: nothing to retype.
    client.force_login(world.partner_a)
    page = client.get(f"/espace-partenaires/services/{world.service_a.pk}/modifier/").content.decode()
    assert "secrétariat général" in page and 'value="04 999 99 99"' in page
    # The partner amends the refused field only and sends it again.
    data = form_data(world.service_a, phone="04 222 11 00")
    response = client.post(f"/espace-partenaires/services/{world.service_a.pk}/modifier/", data)
    assert response.status_code == 302
    amended = ChangeRequest.objects.filter(status=ChangeStatus.PENDING).get()
    assert amended.payload["phone"] == "04 222 11 00" and amended.payload["description"] == "Nouveau texte"


def test_coordinator_corrects_a_value_before_accepting(client, world):
    submit(client, world.partner_a, world.service_a, email="contact@exemple.be", phone="04 222 33 44")
    change = ChangeRequest.objects.get()
    client.force_login(world.coord_liege)
    decide_page(
        client,
        change,
        decision_phone="correct",
        value_phone="04 222 33 45",
        decision_email="accept",
    )
    change.refresh_from_db()
    assert change.status == ChangeStatus.APPROVED
    assert change.field_decisions["phone"] == {"decision": "correct", "comment": "", "value": "04 222 33 45"}
    assert Phone.objects.get(service=world.service_a).number == "04 222 33 45"


def test_refusing_a_field_without_a_comment_keeps_everything_and_explains(client, world):
    submit(client, world.partner_a, world.service_a, description="Nouveau texte")
    change = ChangeRequest.objects.get()
    client.force_login(world.coord_liege)
    response = decide_page(client, change, decision_description="refuse", comment_description="")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Expliquez au partenaire pourquoi ce champ est refusé." in body
    assert 'value="refuse" checked' in body  # the choice made is kept
    change.refresh_from_db()
    assert change.status == ChangeStatus.PENDING


def test_a_coordinators_own_correction_does_not_mark_the_listing_verified(client, world):
    error_report_submit(service=world.service_a, message="Le numéro ne répond plus.")
    submit(client, world.coord_liege, world.service_a, phone="04 111 11 11")
    change = ChangeRequest.objects.get(kind="service")
    change_request_decide(change_request=change, reviewer=world.coord_liege, decisions={})
    world.service_a.refresh_from_db()
    assert Phone.objects.get(service=world.service_a).number == "04 111 11 11"
    assert world.service_a.assured_date is None and world.service_a.verification() == "unverified"


def test_a_coordinators_explicit_check_with_the_service_is_recorded_as_such(client, world):
    submit(client, world.coord_liege, world.service_a, phone="04 111 11 11")
    change = ChangeRequest.objects.get()
    client.force_login(world.coord_liege)
    decide_page(client, change, decision_phone="accept", checked_with_service="on")
    world.service_a.refresh_from_db()
    assert world.service_a.assured_date == timezone.localdate()
    assert world.service_a.verification_method == VerificationMethod.COORDINATION
    assert world.service_a.assurer_email == "coord-liege@example.org"


def test_a_coordinator_of_another_plateforme_cannot_decide(client, world):
    submit(client, world.partner_a, world.service_a, description="Nouveau texte")
    change = ChangeRequest.objects.get()
    client.force_login(world.coord_verviers)
    assert decide_page(client, change, decision_description="accept").status_code == 404
    with pytest.raises(ValidationError):
        change_request_decide(
            change_request=change, reviewer=world.coord_liege, decisions={"description": {"decision": "bogus"}}
        )


def test_a_listing_gets_several_sites_each_with_its_address_phone_and_hours(client, world, geo):
    submit(
        client,
        world.partner_a,
        world.service_a,
        address_1="Rue Hors-Château 1",
        postal_code="4000",
        city="Liège",
        phone="04 222 33 44",
        site_1_name="Antenne de Huy",
        site_1_address_1="Rue des Augustins 5",
        site_1_postal_code="4500",
        site_1_city="Huy",
        site_1_phone="085 11 22 33",
        site_1_hours="Permanence le mardi de 14 h à 17 h",
        site_2_name="Antenne de Verviers",
        site_2_postal_code="4800",
        site_2_city="Verviers",
        site_2_phone="087 44 55 66",
    )
    change = ChangeRequest.objects.get()
    assert len(change.payload["sites"]) == 2
    change_request_decide(change_request=change, reviewer=world.coord_liege, decisions={})
    service = world.service_a
    assert service.service_at_locations.count() == 3
    html = client.get(service.get_absolute_url()).content.decode()
    for text in ("Rue Hors-Château 1", "04 222 33 44", "Rue des Augustins 5", "085 11 22 33", "087 44 55 66"):
        assert text in html, text
    assert "Permanence le mardi de 14 h à 17 h" in html
    contact = html[html.index('id="contact-title"') :]  # each phone under its own place
    assert contact.index("Rue des Augustins 5") < contact.index("085 11 22 33") < contact.index("Antenne de Verviers")
    # The partner finds the sites in the form, and removing one removes that place only.
    client.force_login(world.partner_a)
    page = client.get(f"/espace-partenaires/services/{service.pk}/modifier/").content.decode()
    assert 'value="Antenne de Huy"' in page and 'value="087 44 55 66"' in page
    data = form_data(service)
    for key in ("name", "address_1", "postal_code", "city", "phone", "hours"):
        data[f"site_2_{key}"] = ""
    client.post(f"/espace-partenaires/services/{service.pk}/modifier/", data)
    change_request_decide(
        change_request=ChangeRequest.objects.get(status=ChangeStatus.PENDING), reviewer=world.coord_liege, decisions={}
    )
    assert service.service_at_locations.count() == 2
    assert not Phone.objects.filter(number="087 44 55 66").exists()
    assert Phone.objects.filter(number="04 222 33 44", location__isnull=True).exists()


def test_e_mail_subjects_are_plain_text(client, world):
    world.service_a.name = "L'Accrochage d'Ans"
    world.service_a.save()
    submit(client, world.partner_a, world.service_a, description="Nouveau texte")
    mail.outbox.clear()
    change_request_decide(change_request=ChangeRequest.objects.get(), reviewer=world.coord_liege, decisions={})
    assert mail.outbox[0].subject == "Modification publiée : L'Accrochage d'Ans"


def test_never_verified_listings_are_on_the_dashboard_at_once(client, world):
    assert world.service_a.assured_date is None  # created today, never verified
    client.force_login(world.coord_liege)
    body = client.get("/espace-partenaires/fraicheur/").content.decode()
    assert "Accrochage A" in body and "jamais vérifiée" in body
    assert "1 fiche publique à vérifier" in body
    assert "sont à jour" not in body
