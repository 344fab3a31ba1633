"""Plain-text e-mails rendered from templates (subject and body), sent through Django's e-mail backend."""

import html
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from . import conf

logger = logging.getLogger(__name__)


def send_templated(*, template: str, context: dict, to: list[str]) -> int:
    """Renders network/emails/<template>_subject.txt and _body.txt and sends them; returns the number sent."""
    if not to:
        return 0
    context = {"site_url": conf.site_url(), "site_name": settings.WAGTAIL_SITE_NAME, **context}
    # A subject is plain text: the template engine escaped « ' » as « &#x27; »; undo exactly what it escaped.
    subject = html.unescape(" ".join(render_to_string(f"network/emails/{template}_subject.txt", context).split()))
    body = render_to_string(f"network/emails/{template}_body.txt", context)
    sent = send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, to, fail_silently=False)
    logger.info("network e-mail %s sent to %d recipient(s)", template, len(to))
    return sent
