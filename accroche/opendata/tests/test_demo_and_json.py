"""Demo poster templates load idempotently; the JSON validator rejects what HSDS 3.0 forbids."""

import pytest

from accroche.opendata.demo import load_examples as load_demo
from accroche.opendata.models import PosterTemplate
from accroche.opendata.nested import validate_json

pytestmark = pytest.mark.django_db


def test_demo_posters_are_idempotent():
    load_demo()
    load_demo()
    assert PosterTemplate.objects.count() == 3
    assert PosterTemplate.objects.get(audience="medecins").target_path == "/annuaire/?public=medecins"


def test_json_validator_reports_schema_errors():
    document = {
        "contents": [
            {
                "id": "b2c1a9c4-4a53-4b8c-9d55-2f1e0e5d1a11",
                "name": "X",
                "status": "open",
                "phones": [{"id": "c2c1a9c4-4a53-4b8c-9d55-2f1e0e5d1a11"}],
            }
        ]
    }
    errors = validate_json(document)
    assert any("'open' is not one of" in e for e in errors)
    assert any("phones/0" in e and "'number' is a required property" in e for e in errors)
