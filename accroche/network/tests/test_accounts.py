"""Accounts: invitations (single use, expiring), login lockout (axes), two-factor for coordinators."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accroche.network.models import Invitation, PartnerMembership

PASSWORD = "motdepasse-solide-123"


def invite(client, world, email="nouveau@example.org"):
    client.force_login(world.coord_liege)
    client.post("/espace-partenaires/invitations/", {"email": email, "organization": world.org_a.pk})
    client.logout()
    return re.search(r"https?://[^/]+(/espace-partenaires/invitation/[^/\s]+/)", mail.outbox[-1].body).group(1)


def accept_form(**extra):
    return {
        "first_name": "Nora",
        "last_name": "Lambert",
        "password1": "un-mot-de-passe-long-42",
        "password2": "un-mot-de-passe-long-42",
    } | extra


def test_invited_partner_creates_access_once_and_edits_only_that_organization(client, world):
    path = invite(client, world)
    assert mail.outbox[-1].to == ["nouveau@example.org"] and "AMO Liège Test" in mail.outbox[-1].subject
    assert "AMO Liège Test" in client.get(path).content.decode()
    response = client.post(path, accept_form())
    assert response.status_code == 302 and response["Location"] == "/espace-partenaires/"
    user = get_user_model().objects.get(email="nouveau@example.org")
    assert list(PartnerMembership.objects.filter(user=user).values_list("organization", flat=True)) == [world.org_a.pk]
    assert client.get(f"/espace-partenaires/services/{world.service_a.pk}/modifier/").status_code == 200
    assert client.get(f"/espace-partenaires/services/{world.service_b.pk}/modifier/").status_code == 404
    client.logout()
    assert client.get(path).status_code == 404  # single use
    assert client.post(path, accept_form(first_name="Autre")).status_code == 404
    assert get_user_model().objects.filter(email="nouveau@example.org").count() == 1


def test_invitation_expires(client, world):
    path = invite(client, world)
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        response = client.get(path)
        assert response.status_code == 410 and "expiré" in response.content.decode()
    assert not Invitation.objects.filter(accepted_at__isnull=False).exists()


def test_weak_password_is_refused_with_the_reason(client, world):
    path = invite(client, world)
    response = client.post(path, accept_form(password1="court", password2="court"))
    assert response.status_code == 200 and "trop court" in response.content.decode()
    assert not get_user_model().objects.filter(email="nouveau@example.org").exists()


def test_reinviting_an_existing_account_leads_to_a_password_reset_not_a_create_form(client, world):
    path = invite(client, world, email="b@example.org")
    assert "déjà un compte" in mail.outbox[-1].body
    assert "&#x27;" not in mail.outbox[-1].subject
    page = client.get(path).content.decode()
    assert "Créer mon accès" not in page and 'type="password"' not in page and "déjà" in page
    response = client.post(path)
    assert response.status_code == 302 and "/espace-partenaires/mot-de-passe/" in response["Location"]
    assert "_auth_user_id" not in client.session
    assert PartnerMembership.objects.filter(user=world.partner_b, organization=world.org_a).exists()
    # The password-reset confirmation: the token redirects once to the « set-password » form, which sets the password.
    form_page = client.get(response["Location"], follow=True)
    assert "Nouveau mot de passe" in form_page.content.decode()
    new = "Un-nouveau-mot-de-passe-2026"
    done = client.post(form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new})
    assert done.status_code == 302 and done["Location"] == reverse("network:password_reset_complete")
    world.partner_b.refresh_from_db()
    assert world.partner_b.check_password(new)
    assert client.post(path).status_code == 404  # the invitation served once


def test_tampered_invitation_link_is_refused(client, world):
    path = invite(client, world)
    assert client.get(path.replace("/invitation/", "/invitation/x")).status_code == 404


@override_settings(AXES_ENABLED=True)
def test_login_is_locked_after_repeated_failures(client, world):
    url = "/espace-partenaires/connexion/"
    for _ in range(4):
        response = client.post(url, {"username": "a@example.org", "password": "faux"})
        assert response.status_code == 200 and "_auth_user_id" not in client.session
    response = client.post(url, {"username": "a@example.org", "password": "faux"})
    assert response.status_code == 429
    response = client.post(url, {"username": "a@example.org", "password": PASSWORD})
    assert response.status_code == 429 and "_auth_user_id" not in client.session
    assert "bloquée" in response.content.decode()


@override_settings(AXES_ENABLED=True)
def test_partner_and_wagtail_admin_logins_work_with_axes(client, world):
    response = client.post("/espace-partenaires/connexion/", {"username": "a@example.org", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/espace-partenaires/"
    client.logout()
    admin = get_user_model().objects.create_superuser("admin@example.org", "admin@example.org", PASSWORD)
    response = client.post("/admin/login/", {"username": "admin@example.org", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    assert int(client.session["_auth_user_id"]) == admin.pk


def _login(client, username):
    return client.post("/espace-partenaires/connexion/", {"username": username, "password": PASSWORD})


@pytest.mark.parametrize("target", ["/espace-partenaires/", "/admin/"])
def test_coordinator_enables_two_factor_and_it_is_then_required(client, world, target):
    coordinator = world.coord_liege
    coordinator.is_staff = True
    coordinator.save()
    coordinator.user_permissions.add(*Permission.objects.filter(codename="access_admin"))
    _login(client, coordinator.username)
    page = client.get("/espace-partenaires/securite/").content.decode()
    assert 'src="/espace-partenaires/securite/qr.svg"' in page
    qr = client.get("/espace-partenaires/securite/qr.svg")
    assert qr["Content-Type"] == "image/svg+xml" and b"<svg" in qr.content
    device = TOTPDevice.objects.get(user=coordinator)
    wrong = client.post("/espace-partenaires/securite/", {"token": "000000"})
    assert "Code incorrect" in wrong.content.decode()
    with time_machine.travel(timezone.now() + timedelta(seconds=3)):  # wrong codes are throttled (1 s, 2 s…)
        client.post("/espace-partenaires/securite/", {"token": TOTP(device.bin_key).token()})
    device.refresh_from_db()
    assert device.confirmed
    client.logout()
    _login(client, coordinator.username)
    response = client.get(target)
    assert response.status_code == 302 and response["Location"].startswith("/espace-partenaires/connexion/verif")
    bad = client.post("/espace-partenaires/connexion/verification/", {"otp_token": "000000", "next": target})
    assert bad.status_code == 200 and client.get(target).status_code == 302
    with time_machine.travel(timezone.now() + timedelta(seconds=61)):
        ok = client.post(
            "/espace-partenaires/connexion/verification/", {"otp_token": TOTP(device.bin_key).token(), "next": target}
        )
        assert ok.status_code == 302 and ok["Location"] == target
        assert client.get(target).status_code == 200


def test_partners_without_two_factor_are_not_bothered(client, world):
    _login(client, "a@example.org")
    assert client.get("/espace-partenaires/").status_code == 200


def test_administrator_assigns_coordinators_in_the_wagtail_admin(client, world):
    from accroche.network.models import CoordinatorAssignment

    admin = get_user_model().objects.create_superuser("root@example.org", "root@example.org", PASSWORD)
    client.force_login(admin)
    menu = client.get("/admin/").content.decode()
    assert '"url": "/espace-partenaires/"' in menu and "/admin/reseau/coordinations/" in menu
    response = client.post(
        "/admin/reseau/coordinations/add/", {"user": world.partner_a.pk, "plateforme": "huy-waremme"}
    )
    assert response.status_code == 302
    assert CoordinatorAssignment.objects.filter(user=world.partner_a, plateforme="huy-waremme").exists()
