"""Login (protected by django-axes), logout, two-factor (TOTP) and invitation acceptance."""

import io
from base64 import b32encode

import segno
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.tokens import default_token_generator
from django.contrib.auth.views import LoginView, LogoutView, redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import url_has_allowed_host_and_scheme, urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from accroche.core.forms import PartnerLoginForm

from ..forms import AcceptInvitationForm
from ..services.accounts import invitation_accept, invitation_existing_account, invitation_from_token
from ..services.twofactor import (
    backup_codes_create,
    code_is_valid,
    confirmed_device,
    two_factor_disable,
    two_factor_required,
)
from ..tokens import BadToken
from .base import LOGIN_URL


class PartnerLoginView(LoginView):
    template_name = "network/login.html"
    authentication_form = PartnerLoginForm
    redirect_authenticated_user = True
    next_page = "network:dashboard"


class PartnerLogoutView(LogoutView):
    next_page = "/"


def _safe_next(request, default=None):
    default = default or reverse("network:dashboard")
    target = request.POST.get("next") or request.GET.get("next") or default
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return default


@never_cache
def otp_verify(request):
    """Second step of the login for users who enabled two-factor authentication (TOTP code or a backup code)."""
    if not request.user.is_authenticated:
        return redirect(LOGIN_URL)
    if request.user.is_verified():
        return redirect(_safe_next(request))
    device = confirmed_device(request.user)
    error = False
    if request.method == "POST":
        if device is not None and code_is_valid(request.user, request.POST.get("otp_token", "")):
            otp_login(request, device)
            return redirect(_safe_next(request))
        error = True
    return render(request, "network/otp_verify.html", {"error": error, "next": _safe_next(request)})


def _pending_device(user) -> TOTPDevice:
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=_("Application d'authentification"), confirmed=False)


@never_cache
def security(request):
    """Two-factor set-up: required for coordinators and administrators, offered to every partner."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.path, LOGIN_URL)
    required = two_factor_required(request.user)
    if confirmed_device(request.user):
        return render(request, "network/security.html", {"enabled": True, "required": required})
    device = _pending_device(request.user)
    error = ""
    if request.method == "POST":
        token = request.POST.get("token", "").strip().replace(" ", "")
        if token.isascii() and token.isdigit() and len(token) <= 8 and device.verify_token(token):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            codes = backup_codes_create(request.user)
            messages.success(request, _("La double authentification est activée."))
            return render(request, "network/security.html", {"enabled": True, "codes": codes, "required": required})
        error = _("Code incorrect : vérifiez l'heure de votre téléphone et réessayez.")
    return render(
        request,
        "network/security.html",
        {"enabled": False, "required": required, "secret": b32encode(device.bin_key).decode(), "error": error},
    )


@never_cache
def security_qr(request):
    """The QR code of the pending TOTP device (SVG, never cached)."""
    if not request.user.is_authenticated:
        raise PermissionDenied
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        raise PermissionDenied
    buffer = io.BytesIO()
    segno.make(device.config_url, error="m").save(
        buffer, kind="svg", scale=5, border=2, title=_("Code QR de la double authentification")
    )
    response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def security_disable(request):
    """Turns two-factor off — only from a verified session AND with a valid code (TOTP or backup code)."""
    if not request.user.is_authenticated or not request.user.is_verified():
        raise PermissionDenied
    if not code_is_valid(request.user, request.POST.get("token", "")):
        messages.error(request, _("Code incorrect : la double authentification reste activée."))
        return redirect("network:security")
    two_factor_disable(request.user)
    messages.success(request, _("La double authentification est désactivée."))
    return redirect("network:security")


@require_POST
def security_backup_codes(request):
    """New backup codes (the old ones stop working), from a verified session with a valid code."""
    if not request.user.is_authenticated or not request.user.is_verified():
        raise PermissionDenied
    if not code_is_valid(request.user, request.POST.get("token", "")):
        messages.error(request, _("Code incorrect : les codes de secours n'ont pas été changés."))
        return redirect("network:security")
    codes = backup_codes_create(request.user)
    return render(
        request,
        "network/security.html",
        {"enabled": True, "codes": codes, "required": two_factor_required(request.user)},
    )


@never_cache
def invitation_accept_view(request, token):
    """Single-use invitation link: the partner chooses a password and lands in their space."""
    try:
        invitation = invitation_from_token(token)
    except BadToken as exc:
        return render(
            request,
            "network/link_invalid.html",
            {"expired": exc.expired, "what": "invitation"},
            status=410 if exc.expired else 404,
        )
    existing = invitation_existing_account(invitation=invitation)
    if existing is not None:
        return _invitation_for_existing_account(request, invitation, existing)
    form = AcceptInvitationForm(request.POST or None, email=invitation.email)
    if request.method == "POST" and form.is_valid():
        try:
            user, created = invitation_accept(
                invitation=invitation,
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                password=form.cleaned_data["password1"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            if created:
                login(request, user, backend="django.contrib.auth.backends.ModelBackend")
                messages.success(request, _("Bienvenue dans l'espace partenaires."))
                return redirect("network:dashboard")
            messages.success(request, _("L'organisation a été ajoutée à votre compte : connectez-vous."))
            return redirect(LOGIN_URL)
    return render(request, "network/invitation_accept.html", {"invitation": invitation, "form": form})


def _invitation_for_existing_account(request, invitation, user):
    """An invitation for an address that already has an account: no « créer votre accès » form (its password would
    be ignored). One button adds the organization, then Django's password reset lets the person choose a new password
    (or they log in with the one they have). docs/decisions/0126-reinvitation-leads-to-password-reset.md"""
    if request.method == "POST":
        try:
            invitation_accept(invitation=invitation, first_name="", last_name="", password="")
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
            return redirect(LOGIN_URL)
        messages.success(
            request,
            _("L'organisation %(org)s a été ajoutée à votre compte. Choisissez un nouveau mot de passe.")
            % {"org": invitation.organization.name},
        )
        uid = urlsafe_base64_encode(force_bytes(user.pk))
        return redirect("network:password_reset_confirm", uidb64=uid, token=default_token_generator.make_token(user))
    return render(request, "network/invitation_existing.html", {"invitation": invitation})
