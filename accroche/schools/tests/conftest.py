"""Fixtures of the schools tests: the bundled FASE list loaded once per test (bulk, one transaction)."""

import pytest


@pytest.fixture
def schools(geo):
    """The 1,245 school sites of the bundled FASE export."""
    from accroche.schools.importers.fase import import_bundled

    report = import_bundled(if_changed=False)
    assert not report.errors, report.errors
    return report
