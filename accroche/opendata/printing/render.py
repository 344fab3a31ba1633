"""HTML → PDF with WeasyPrint, and QR codes (segno) as inline SVG images."""

from functools import cache
from pathlib import Path

import segno
from django.conf import settings
from django.template.loader import render_to_string

PDF_CSS = Path(__file__).resolve().parent.parent / "static" / "opendata" / "pdf.css"


def absolute_url(path: str) -> str:
    """Returns the public address of a site path (QR codes must work from paper)."""
    return f"{settings.SITE_URL.rstrip('/')}{path}"


@cache
def qr_data_uri(url: str) -> str:
    """Returns a QR code of the URL as an SVG data URI (error correction M, survives a photocopy)."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2, dark="#1d1d1b")


def render_pdf(*, template: str, context: dict) -> bytes:
    """Renders a Django template to a PDF (fonts and CSS are local, no network access)."""
    from weasyprint import CSS, HTML

    html = render_to_string(template, context)
    return HTML(string=html, base_url=str(PDF_CSS.parent)).write_pdf(stylesheets=[CSS(filename=str(PDF_CSS))])
