"""Settings of the network app, with their defaults (override them in settings)."""

from django.conf import settings


def freshness_months() -> int:
    """Months after the last verification before the partner is reminded."""
    return int(getattr(settings, "NETWORK_FRESHNESS_MONTHS", 6))


def escalate_after_days() -> int:
    """Days without answer before a reminder goes to the coordinators."""
    return int(getattr(settings, "NETWORK_REMINDER_ESCALATE_DAYS", 14))


def hide_after_months() -> int:
    """Months without verification after which a reminded listing is hidden (0 = never hide)."""
    return int(getattr(settings, "NETWORK_HIDE_AFTER_MONTHS", 0))


def confirm_link_days() -> int:
    """Days during which the one-click « toujours exact » link works."""
    return int(getattr(settings, "NETWORK_CONFIRM_LINK_DAYS", 30))


def invitation_days() -> int:
    """Days during which an invitation link works."""
    return int(getattr(settings, "NETWORK_INVITATION_DAYS", 7))


def report_rate_limit() -> tuple[int, int]:
    """(max error reports, per seconds) from one address."""
    return tuple(getattr(settings, "NETWORK_REPORT_RATE_LIMIT", (5, 3600)))


def report_min_seconds() -> int:
    """Minimum seconds between showing the error-report form and submitting it."""
    return int(getattr(settings, "NETWORK_REPORT_MIN_SECONDS", 3))


def site_url() -> str:
    """Absolute base URL for links in e-mails."""
    return getattr(settings, "SITE_URL", "http://127.0.0.1:8000").rstrip("/")
