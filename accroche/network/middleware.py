"""Two-factor enforcement: a user who enabled a TOTP device must enter a code before using their session."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

EXEMPT_PREFIXES = (
    "/static/",
    "/media/",
    "/espace-partenaires/connexion/",
    "/espace-partenaires/deconnexion/",
    "/admin/logout/",
)


class TwoFactorRequiredMiddleware:
    """Redirects verified-password-only sessions of 2FA users (partner space and Wagtail admin) to the code page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not request.path.startswith(EXEMPT_PREFIXES)
            and not user.is_verified()
            and _has_device(user)
        ):
            target = reverse("network:otp_verify") + "?" + urlencode({"next": request.get_full_path()})
            return redirect(target)
        return self.get_response(request)


def _has_device(user) -> bool:
    from django_otp import user_has_device

    return user_has_device(user, confirmed=True)
