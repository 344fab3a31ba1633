"""The family's one-page handout: QR code (segno) and PDF (WeasyPrint, see decision 0052)."""

import base64
import io
import logging
from pathlib import Path

import segno
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string

logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)  # no per-page chatter in logs

QR_SCALE = 4
QR_BORDER = 2


def qr_png(url: str) -> bytes:
    """Returns a PNG QR code of the URL (error correction M, black on white)."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=QR_SCALE, border=QR_BORDER)
    return buffer.getvalue()


def qr_data_uri(url: str) -> str:
    return "data:image/png;base64," + base64.b64encode(qr_png(url)).decode("ascii")


def handout_css() -> str:
    """Returns the handout's stylesheet (inlined in the PDF: WeasyPrint fetches nothing over the network)."""
    path = finders.find("orientation/handout.css")
    return Path(path).read_text(encoding="utf-8") if path else ""


def _data_only_fetcher():
    """Returns a WeasyPrint fetcher that only reads data: URIs (the QR code); nothing goes over the network."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"}, fail_on_errors=True)


def handout_pdf(context: dict, *, request=None) -> bytes:
    """Renders the handout template as a one-page A4 PDF."""
    from weasyprint import HTML  # imported lazily: loads Pango

    html = render_to_string("orientation/handout_pdf.html", {**context, "handout_css": handout_css()}, request=request)
    return HTML(string=html, url_fetcher=_data_only_fetcher()).write_pdf()
