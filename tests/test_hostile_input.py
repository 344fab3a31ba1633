"""Property-based tests on what strangers can send: search parameters and imported spreadsheets."""

import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accroche.search.params import SearchParams, SearchParamsError, params_from_querydict

PARAM_NAMES = [
    "q",
    "plateforme",
    "lieu",
    "lat",
    "lon",
    "type",
    "besoin",
    "public",
    "age",
    "gratuit",
    "anonyme",
    "sans_mandat",
    "ligne",
    "tri",
    "page",
    "autre",
]


@pytest.mark.django_db  # the filters' codes are checked against the vocabulary (TaxonomyTerm)
@given(st.lists(st.tuples(st.sampled_from(PARAM_NAMES), st.text(max_size=300)), max_size=12))
def test_search_parameters_parse_or_fail_cleanly(pairs):
    data = QueryDict(mutable=True)
    for name, value in pairs:
        data.appendlist(name, value)
    try:
        params = params_from_querydict(data)
    except SearchParamsError as exc:
        assert exc.errors and all(isinstance(m, str) and m for m in exc.errors.values())
        return
    assert isinstance(params, SearchParams)
    assert len(params.q) <= 200
    assert params.page >= 1
    # What we parsed round-trips through the URL we build for links and pagination.
    assert params_from_querydict(params.to_querydict()) == params


@pytest.mark.django_db
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.text(max_size=40), min_size=1, max_size=8), min_size=1, max_size=6))
def test_services_import_of_arbitrary_rows_never_crashes_and_imports_all_or_nothing(geo, rows):
    import csv
    import io

    from accroche.directory.importers.services_csv import REQUIRED_HEADERS, import_services_csv
    from accroche.directory.models import Service

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(REQUIRED_HEADERS)
    writer.writerows(rows)
    before = Service.objects.count()
    report = import_services_csv(text=buffer.getvalue())
    if report.errors:
        assert Service.objects.count() == before
        assert all(error.row >= 1 and error.message for error in report.errors)
    else:
        assert Service.objects.count() == before + report.created
