"""Shared pytest fixtures: the geo reference and the demo directory, loaded once per test database."""

import os

import pytest
from hypothesis import settings as hypothesis_settings

# Property-based tests: derandomised by default (CI, `make test`) so that a run fails only for its own faults;
# `make fuzz` loads the "fuzz" profile for a long unseeded exploration.
hypothesis_settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
hypothesis_settings.register_profile("fuzz", derandomize=False, deadline=None, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def geo(db):
    """Loads the communes of the province and the Belgian postal codes."""
    from accroche.geo.services import geo_load_reference

    geo_load_reference()


@pytest.fixture
def demo_directory(geo):
    """Imports the real seed directory (104 services of the province of Liège)."""
    from accroche.directory.importers.services_csv import DEMO_FILE, import_services_csv

    report = import_services_csv(path=DEMO_FILE)
    assert not report.errors, report.errors
    return report


@pytest.fixture(autouse=True)
def _fresh_territory():
    """The territory (plateformes, footer numbers) is cached across requests; each test starts without it."""
    from accroche.geo.selectors import forget_territory

    forget_territory()
