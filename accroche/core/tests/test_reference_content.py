"""`load_reference_content`: invented examples only on request, never with production settings."""

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_examples_are_refused_under_production_settings(settings):
    from accroche.directory.models import Service

    settings.ALLOW_EXAMPLE_CONTENT = False
    with pytest.raises(CommandError, match="production"):
        call_command("load_reference_content", with_examples=True)
    assert not Service.objects.exists()  # refused before loading anything


def test_production_settings_forbid_examples():
    import importlib
    import os

    os.environ.setdefault("SECRET_KEY", "test-only-secret")
    production = importlib.import_module("accroche.settings.production")
    assert production.ALLOW_EXAMPLE_CONTENT is False
