"""Two-factor enforcement: a user with a TOTP device enters a code before using their session; coordinators and
administrators without one set it up first (TWO_FACTOR_REQUIRED_FOR_STAFF)."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from accroche.core.paths import two_factor_exempt_prefixes, two_factor_setup_prefixes


class TwoFactorRequiredMiddleware:
    """Redirects verified-password-only sessions of 2FA users (partner space and Wagtail admin) to the code page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith(two_factor_exempt_prefixes())
            and not user.is_verified()
            and _has_device(user)
        ):
            target = reverse("network:otp_verify") + "?" + urlencode({"next": request.get_full_path()})
            return redirect(target)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith(two_factor_exempt_prefixes() + two_factor_setup_prefixes())
            and _must_set_up(user)
        ):
            # Coordinators and administrators set up two-factor at their first login, before anything else.
            return redirect(reverse("network:security") + "?" + urlencode({"next": request.get_full_path()}))
        return self.get_response(request)


def _must_set_up(user) -> bool:
    from .services.twofactor import two_factor_required

    return two_factor_required(user) and not _has_device(user)


def _has_device(user) -> bool:
    from django_otp import user_has_device

    return user_has_device(user, confirmed=True)
