"""The printable répertoire is built from live data: title, table of contents, services by type, QR codes."""

import io

import pytest
from pypdf import PdfReader

from accroche.opendata.printing.repertoire import RepertoireError, build_repertoire

pytestmark = pytest.mark.django_db


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_repertoire_for_doctors_in_verviers(demo_directory):
    name, pdf = build_repertoire(plateforme="verviers", audience="medecins")
    assert name.startswith("repertoire-pour-les-medecins-verviers-") and name.endswith(".pdf")
    text = _text(pdf)
    assert "Répertoire pour les médecins — Verviers" in text
    assert "Table des matières" in text
    assert "Généré le" in text
    # a Verviers service for doctors, and none from Huy-Waremme only
    from accroche.directory.models import Service

    verviers = Service.objects.public().filter(plateforme="verviers", terms__code="medecins").first()
    huy = Service.objects.public().filter(plateforme="huy-waremme", terms__code="medecins").first()
    flat = " ".join(text.split())
    assert verviers.name in flat
    assert huy.name not in flat
    assert "Fiche en ligne" in flat  # the QR code caption of each card
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 3  # cover, contents, services


def test_unknown_choice_is_refused(demo_directory):
    with pytest.raises(RepertoireError):
        build_repertoire(plateforme="bruxelles", audience="")
