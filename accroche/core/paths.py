"""The URL prefixes that middleware compares request paths with, computed from the URL configuration.

No path is written by hand: renaming a route in an app's urls.py moves these prefixes with it. Each is computed
once per process (the URL configuration does not change while the site runs).
"""

from functools import cache

from django.urls import reverse

_PLACEHOLDER = "0"


def route_prefix(name: str, *arguments: str) -> str:
    """The fixed start of a route's path: `name` reversed, cut before its first argument when it takes some.

    For example `route_prefix("network:password_reset_confirm", "uidb64", "token")` is the password pages' prefix.
    """
    if not arguments:
        return reverse(name)
    path = reverse(name, kwargs=dict.fromkeys(arguments, _PLACEHOLDER))
    return path[: path.index(f"/{_PLACEHOLDER}/") + 1]


@cache
def api_prefix() -> str:
    """« /api/hsds/ »: the HSDS API, whose errors are JSON."""
    return reverse("api:root")


@cache
def admin_prefix() -> str:
    """« /admin/ »: the Wagtail admin."""
    return reverse("wagtailadmin_home")


@cache
def partner_prefix() -> str:
    """« /espace-partenaires/ »: the partner space (never cached, two-factor enforced)."""
    return reverse("network:dashboard")


@cache
def login_paths() -> tuple[str, ...]:
    """The forms that take a password or an e-mail to reset one (throttled per client address)."""
    return (reverse("network:login"), reverse("wagtailadmin_login"), reverse("network:password_reset"))


@cache
def two_factor_exempt_prefixes() -> tuple[str, ...]:
    """What a user with an unverified second factor may still open: static files, login, logout, password reset."""
    from django.conf import settings

    return (
        settings.STATIC_URL,
        settings.MEDIA_URL,
        reverse("network:login"),
        reverse("network:logout"),
        reverse("network:password_reset"),
        route_prefix("network:password_reset_confirm", "uidb64", "token"),
        reverse("wagtailadmin_logout"),
    )


@cache
def two_factor_setup_prefixes() -> tuple[str, ...]:
    """The security pages where a coordinator sets up two-factor (« /espace-partenaires/securite/ »)."""
    return (reverse("network:security"),)


@cache
def never_cached_prefixes() -> tuple[str, ...]:
    """Paths the anonymous page cache never serves: the admin, the partner space, the health check."""
    return (admin_prefix(), partner_prefix(), reverse("core:health"))
