"""Posters (A4, A3) and flyers (A5) from a template edited in the admin, with the QR code of the matching page."""

from django.utils import timezone
from django.utils.text import slugify

from ..choices import PosterFormat
from ..models import PosterTemplate
from .render import absolute_url, qr_data_uri, render_pdf


def build_poster(*, template: PosterTemplate, size: str) -> tuple[str, bytes]:
    """Returns (file name, PDF bytes) of one poster or flyer; `size` is a4, a3 or a5."""
    size = PosterFormat(size)
    url = absolute_url(template.target_path)
    pdf = render_pdf(
        template="opendata/pdf/poster.html",
        context={
            "poster": template,
            "size": size.value,
            "url": url,
            "qr": qr_data_uri(url),
            "audience": template.get_audience_display() if template.audience else "",
            "generated_at": timezone.localtime(),
        },
    )
    return f"{slugify(template.title)}-{size.value}.pdf", pdf
