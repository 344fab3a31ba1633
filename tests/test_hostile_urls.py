"""Hostile query strings on every URL pattern of the site: a clear answer (2xx, 3xx or 4xx), never a server error.

The URL patterns are read from the URLconf itself, so a new page is crawled without editing this file. Each path
gets a fixed list of known-bad values on every parameter name the site reads, then Hypothesis-generated query
strings (derandomised in CI by the "ci" profile; `make fuzz` explores far more, unseeded).
"""

import os
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "4"))
SKIPPED_PREFIXES = ("admin/", "documents/", "_util/")
PARAMETER_NAMES = [
    "q", "lieu", "commune", "cp", "r", "s", "age", "page", "lat", "lon", "type", "besoin", "public", "plateforme",
    "tri", "ligne", "gratuit", "anonyme", "sans_mandat", "per_page", "search", "format", "full", "modified_after",
    "taxonomy_term_id", "taxonomy_id", "organization_id", "parent_id", "postcode", "proximity", "mois", "next",
    "categorie", "theme", "annee", "depuis",
]  # fmt: skip
NASTY_VALUES = [
    "²", "٣", "\x00", "a\x00b", "\x1b[31m", "-1", "0", "99999999999999999999999", "1e309", "nan", "inf", "1.5",
    "%", "%00", "../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>", "x" * 5000, "é" * 1500, " ",
    "\u202e", "🙂", "0x10", "١٢", "4800", "2025-13-45", "9999-12-31T23:59:60+14:00",
]  # fmt: skip


def _patterns(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if not route.startswith(SKIPPED_PREFIXES):
                yield from _patterns(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            yield route


def _samples():
    """Values for the path converters, taken from the demo data (and one unknown value each)."""
    from accroche.directory.models import Organization, Service
    from accroche.orientation.models import Pathway

    service = Service.objects.public().first()
    organization = Organization.objects.first()
    pathways = list(Pathway.objects.values_list("slug", flat=True)[:1])
    return {
        "slug": [service.slug, organization.slug, *pathways, "inconnu"],
        "uuid": [str(service.id), str(organization.id)],
        "int": ["1"],
        "str": ["x"],
    }


def concrete_paths() -> list[str]:
    """One or more concrete paths per URL pattern of the public site."""
    import re

    samples = _samples()
    service_id = samples["uuid"][0]
    paths = []
    for route in _patterns(get_resolver().url_patterns):
        route = route.replace("^", "").replace("$", "").replace("/?", "/")
        route = route.replace("(?P<pk>[^/]+)", service_id).replace("(?P<rest>.*)", "inconnu")
        if "((?:[\\w\\-]+/)*)" in route:  # Wagtail pages
            paths += ["/", "/outils/", "/page-inconnue/"]
            continue
        variants = [route]
        for converter, values in samples.items():
            if f"<{converter}:" in route:
                variants = [re.sub(rf"<{converter}:\w+>", value, v) for v in variants for value in values]
        paths += ["/" + v for v in variants]
    return sorted(set(paths))


@pytest.fixture
def site(demo_directory):
    from accroche.orientation.demo import load_demo

    load_demo()


def _get(client, path, query):
    """GETs the path with the query string; asserts a non-5xx answer."""
    response = client.get(f"{path}?{query}" if query else path)
    assert response.status_code < 500, (path, query[:200], response.status_code)
    return response


@pytest.mark.django_db
def test_every_url_pattern_is_crawled(site):
    paths = concrete_paths()
    assert len(paths) >= 60
    assert "/annuaire/" in paths and "/api/hsds/services/" in paths and "/carte/donnees.geojson" in paths


@pytest.mark.django_db
def test_known_hostile_values_on_every_parameter_of_every_path_give_no_server_error(site):
    client = Client()
    for path in concrete_paths():
        for value in NASTY_VALUES:
            _get(client, path, urlencode([(name, value) for name in PARAMETER_NAMES]))
        _get(client, path, "q=%ED%A0%80&lieu=%FF%FE&cp=%C0%80&age=%B2&r=1.%")  # invalid UTF-8, broken escapes


@pytest.mark.django_db
def test_generated_query_strings_on_every_path_give_no_server_error(site):
    client = Client()
    names = st.one_of(st.sampled_from(PARAMETER_NAMES), st.text(max_size=10))
    values = st.one_of(st.sampled_from(NASTY_VALUES), st.text(max_size=60))
    pairs = st.lists(st.tuples(names, values), max_size=6)
    raw = st.text(alphabet=st.sampled_from("=&%;+?#/ab12²\x00é"), max_size=40)
    for path in concrete_paths():

        @settings(max_examples=EXAMPLES, suppress_health_check=list(HealthCheck))
        @given(st.one_of(pairs.map(urlencode), raw))
        def check(query, path=path):
            _get(client, path, query)

        check()
