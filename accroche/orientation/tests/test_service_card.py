"""An outcome's service card never repeats its title in the line below (issue 18)."""

from types import SimpleNamespace

import pytest
from django.template.loader import render_to_string

pytestmark = pytest.mark.django_db


def _card(name: str, organization: str, commune: str = "", **extra) -> str:
    service = SimpleNamespace(
        pk=None,
        name=name,
        organization=SimpleNamespace(name=organization),
        contact={"commune": commune, "page": "/annuaire/x/", "phone": "", "email": "", "address": ""},
        assured_date=None,
        source_url="",
    )
    return render_to_string("orientation/_service.html", {"service": service, **extra})


def test_the_organisation_is_shown_only_when_it_differs_from_the_service():
    same = _card("AMO Oxygène", "AMO Oxygène")
    assert same.count("AMO Oxygène") == 1
    assert '<p class="meta"></p>' not in same  # no empty line either
    assert "CPMS de la Communauté française" in _card("CPMS de Huy", "CPMS de la Communauté française")
    with_commune = _card("AMO Oxygène", "AMO Oxygène", "Huy", distance=2.5, tier=0)
    assert "Huy · à 2,5 km · couvre votre commune" in with_commune and with_commune.count("AMO Oxygène") == 1
    assert "à 2,5 km · couvre votre commune" in _card("AMO Oxygène", "amo oxygène", distance=2.5, tier=0)
