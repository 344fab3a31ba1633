"""Template context shared by every page."""

from django.conf import settings


def site(request):
    """Adds the site name and public URL to every template."""
    return {"SITE_NAME": settings.WAGTAIL_SITE_NAME, "SITE_URL": settings.SITE_URL}
