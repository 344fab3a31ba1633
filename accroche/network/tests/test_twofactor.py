"""Two-factor for coordinators and administrators, offered to partners; backup codes; password reset flow."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from accroche.network.models import BackupCode

PASSWORD = "motdepasse-solide-123"
pytestmark = pytest.mark.django_db


def _login(client, username):
    return client.post("/espace-partenaires/connexion/", {"username": username, "password": PASSWORD})


def _activate(client, user):
    client.get("/espace-partenaires/securite/")
    device = TOTPDevice.objects.get(user=user)
    page = client.post("/espace-partenaires/securite/", {"token": TOTP(device.bin_key).token()}).content.decode()
    device.refresh_from_db()
    assert device.confirmed
    return device, re.findall(r"<code>([a-z0-9]{5}-[a-z0-9]{5})</code>", page)


@override_settings(TWO_FACTOR_REQUIRED_FOR_STAFF=True)
@pytest.mark.parametrize("target", ["/espace-partenaires/", "/admin/"])
def test_coordinators_must_set_up_two_factor_at_first_login(client, world, target):
    coordinator = world.coord_liege
    coordinator.is_staff = True
    coordinator.save()
    _login(client, coordinator.username)
    response = client.get(target)
    assert response.status_code == 302 and response["Location"].startswith("/espace-partenaires/securite/")
    assert "obligatoire" in client.get("/espace-partenaires/securite/").content.decode()
    _activate(client, coordinator)
    assert client.get("/espace-partenaires/").status_code == 200


@override_settings(TWO_FACTOR_REQUIRED_FOR_STAFF=True)
def test_partners_are_offered_two_factor_not_forced(client, world):
    _login(client, "a@example.org")
    assert client.get("/espace-partenaires/").status_code == 200
    page = client.get("/espace-partenaires/securite/")
    assert page.status_code == 200 and "qr.svg" in page.content.decode()


def test_backup_codes_are_shown_once_stored_hashed_and_single_use(client, world):
    user = world.partner_a
    _login(client, user.username)
    device, codes = _activate(client, user)
    assert len(codes) == 10
    stored = list(BackupCode.objects.filter(user=user).values_list("code_hash", flat=True))
    assert len(stored) == 10 and not any(code.replace("-", "") in h for code in codes for h in stored)
    client.logout()
    _login(client, user.username)
    verify = "/espace-partenaires/connexion/verification/"
    response = client.post(verify, {"otp_token": codes[0], "next": "/espace-partenaires/"})
    assert response.status_code == 302 and client.get("/espace-partenaires/").status_code == 200
    client.logout()
    _login(client, user.username)
    assert client.post(verify, {"otp_token": codes[0]}).status_code == 200  # spent
    assert client.get("/espace-partenaires/").status_code == 302


def test_two_factor_is_switched_off_only_with_a_valid_code(client, world):
    user = world.partner_a
    _login(client, user.username)
    device, codes = _activate(client, user)
    client.post("/espace-partenaires/securite/desactiver/", {"token": "000000"})
    assert TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    client.post("/espace-partenaires/securite/desactiver/", {"token": codes[1]})
    assert not TOTPDevice.objects.filter(user=user).exists() and not BackupCode.objects.filter(user=user).exists()


def test_password_reset_flow_in_french_and_throttled(client, world):
    cache.clear()
    login_page = client.get("/espace-partenaires/connexion/").content.decode()
    assert "/espace-partenaires/mot-de-passe-oublie/" in login_page and "Mot de passe oublié" in login_page
    user = world.partner_a
    mail.outbox.clear()
    for _ in range(5):
        response = client.post("/espace-partenaires/mot-de-passe-oublie/", {"email": user.email})
        assert response.status_code == 302 and response["Location"] == "/espace-partenaires/mot-de-passe-oublie/envoye/"
    assert len(mail.outbox) == 3  # PASSWORD_RESETS_PER_HOUR per address
    message = mail.outbox[0]
    assert "Nouveau mot de passe" in message.subject and "Bonjour" in message.body
    link = re.search(r"http://testserver(/espace-partenaires/mot-de-passe/\S+)", message.body)[1]
    form = client.get(link, follow=True)
    assert "Nouveau mot de passe" in form.content.decode()
    done = client.post(
        form.redirect_chain[-1][0] if form.redirect_chain else link,
        {"new_password1": "un-autre-mot-de-passe-42", "new_password2": "un-autre-mot-de-passe-42"},
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("un-autre-mot-de-passe-42")
    # An unknown address gets the same answer and no e-mail.
    mail.outbox.clear()
    response = client.post("/espace-partenaires/mot-de-passe-oublie/", {"email": "personne@example.org"})
    assert response.status_code == 302 and not mail.outbox


def test_otp_throttling_still_applies(client, world):
    user = world.partner_a
    _login(client, user.username)
    device, _codes = _activate(client, user)
    client.logout()
    _login(client, user.username)
    with time_machine.travel(timezone.now() + timedelta(seconds=61)):
        client.post("/espace-partenaires/connexion/verification/", {"otp_token": "000000"})
        response = client.post(
            "/espace-partenaires/connexion/verification/", {"otp_token": TOTP(device.bin_key).token()}
        )
        assert response.status_code == 200  # throttled right after a failure


def test_every_partner_text_field_has_a_maximum_length():
    from django import forms as django_forms

    from accroche.network import forms

    checked = 0
    for name in dir(forms):
        form_class = getattr(forms, name)
        if (
            isinstance(form_class, type)
            and issubclass(form_class, forms.BoundedForm)
            and form_class is not forms.BoundedForm
        ):
            try:
                form = form_class()
            except TypeError:
                continue  # forms that need arguments are covered by their own tests
            for field_name, field in form.fields.items():
                if isinstance(field, django_forms.CharField):
                    assert field.max_length, f"{name}.{field_name}"
                    checked += 1
    assert checked > 20
    form = forms.ErrorReportForm(data={"message": "x" * 6000, "started": "x"})
    assert not form.is_valid() and "message" in form.errors
