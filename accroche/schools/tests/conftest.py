"""Fixtures of the schools tests: the bundled FASE list loaded once per test (bulk, one transaction)."""

import pytest


@pytest.fixture
def schools(geo):
    """The 1,245 school sites of the bundled FASE export."""
    from accroche.schools.importers.fase import import_bundled

    report = import_bundled(if_changed=False)
    assert not report.errors, report.errors
    return report


@pytest.fixture
def confirm_link():
    """Records « this service works with this school », confirmed by a named person on a fixed date (an import)."""
    import datetime

    from accroche.schools.models import SchoolServiceLink

    def confirm(*, site_id: int, service, role: str = "cpms") -> SchoolServiceLink:
        return SchoolServiceLink.objects.create(
            site_id=site_id,
            service=service,
            role=role,
            source="import",
            confirmed_by_name="Marc Lenoir",
            confirmed_at=datetime.date(2026, 11, 20),
        )

    return confirm
