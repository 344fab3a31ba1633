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
    """Returns a QR code of the URL as a PNG data URI (error correction M, survives a photocopy).

    PNG rather than SVG: WeasyPrint draws a bitmap far faster than it renders an SVG path (100+ per répertoire).
    """
    return segno.make(url, error="m").png_data_uri(scale=6, border=2, dark="#1d1d1b")


def _data_only_fetcher():
    """Lets WeasyPrint read data: URIs only (QR codes): no network nor file access while rendering."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)


@cache
def _stylesheet_text() -> str:
    return PDF_CSS.read_text(encoding="utf-8")


def render_pdf(*, template: str, context: dict) -> bytes:
    """Renders a Django template to a PDF (the stylesheet is inlined, images are data URIs)."""
    from weasyprint import CSS, HTML

    from accroche.geo.selectors import territory

    html = render_to_string(template, {"territory": territory(), **context})
    fetcher = _data_only_fetcher()
    document = HTML(string=html, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[CSS(string=_stylesheet_text(), url_fetcher=fetcher)])
