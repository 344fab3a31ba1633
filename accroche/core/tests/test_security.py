"""Client address behind proxies, the rate limiter, the strict parameter grammar, login protection, API errors."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from accroche.core import params
from accroche.core.clientip import client_ip, truncated_ip
from accroche.core.limits import hit

PASSWORD = "motdepasse-solide-123"


def _request(remote="127.0.0.1", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored():
    assert client_ip(_request("203.0.113.9", forwarded="198.51.100.1")) == "203.0.113.9"


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_client_is_the_last_forwarded_address_not_one_it_wrote_itself():
    # nginx appends the address it saw; whatever the client wrote before it is not trusted.
    assert client_ip(_request("127.0.0.1", forwarded="198.51.100.1")) == "198.51.100.1"
    assert client_ip(_request("127.0.0.1", forwarded="6.6.6.6, 198.51.100.1")) == "198.51.100.1"
    assert client_ip(_request("127.0.0.1", forwarded="garbage, 198.51.100.1")) == "198.51.100.1"
    assert client_ip(_request("127.0.0.1")) == "127.0.0.1"  # a direct request (health check)


@override_settings(TRUSTED_PROXIES=["127.0.0.1", "10.0.0.0/8"])
def test_with_a_proxy_list_trusted_hops_are_skipped_from_the_right():
    assert client_ip(_request("127.0.0.1", forwarded="6.6.6.6, 198.51.100.1, 10.1.2.3")) == "198.51.100.1"
    assert client_ip(_request("203.0.113.9", forwarded="198.51.100.1")) == "203.0.113.9"  # not through the proxy


def test_logged_addresses_are_truncated():
    assert truncated_ip(_request("203.0.113.9")) == "203.0.113.0"
    assert truncated_ip(_request("2001:db8:1234:5678::1")) == "2001:db8:1234::"


def test_the_limiter_refuses_past_the_limit_and_does_not_count_refusals():
    cache.clear()
    now = 1_000_000.0
    assert [hit(scope="t", who="a", limit=3, window_seconds=60, now=now) for _ in range(5)] == [True] * 3 + [False] * 2
    assert cache.get("ratelimit:t:a:16666") == 3  # the two refusals were not counted
    assert hit(scope="t", who="b", limit=3, window_seconds=60, now=now)  # another client is not affected
    # The next window starts afresh however hard the client kept knocking.
    assert hit(scope="t", who="a", limit=3, window_seconds=60, now=now + 60)


@pytest.mark.parametrize(
    "backend", ["django.core.cache.backends.locmem.LocMemCache", "django.core.cache.backends.filebased.FileBasedCache"]
)
def test_the_limiter_is_exact_under_concurrency(backend, tmp_path):
    with override_settings(CACHES={"default": {"BACKEND": backend, "LOCATION": str(tmp_path / "cache")}}):
        from django.core.cache import caches

        caches["default"].clear()
        accepted = []
        barrier = threading.Barrier(8)

        def client():
            barrier.wait()
            for _ in range(10):
                accepted.append(hit(scope="c", who="x", limit=25, window_seconds=3600, now=7200.0))

        threads = [threading.Thread(target=client) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert accepted.count(True) == 25 and accepted.count(False) == 55
        assert caches["default"].get("ratelimit:c:x:2") == 25


@pytest.mark.parametrize("raw", ["²", "٣", "1e3", "-1", " 1 2", "0x1", "１", "99999999999"])
def test_integers_are_ascii_digits_only(raw):
    with pytest.raises(ValueError):
        params.integer(raw, low=0, high=10**12)


def test_strict_grammar_accepts_what_people_type():
    assert params.integer(" 12 ", low=0, high=120) == 12
    assert params.integer("", low=0, high=120) is None
    assert params.identifier("refus-scolaire-anxieux") == "refus-scolaire-anxieux"
    assert params.text("  Verviers ", max_length=100) == "Verviers"
    assert params.decimal("50.58", low=-90, high=90) == 50.58
    for bad in ("nan", "inf", "1e309", "٣"):
        with pytest.raises(ValueError):
            params.decimal(bad, low=-90, high=90)
    with pytest.raises(ValueError):
        params.text("a\x00b", max_length=10)
    with pytest.raises(ValueError):
        params.identifier("é")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    ["/annuaire/?age=²", "/carte/?lieu=%00", "/annuaire/?q=a%00b", "/orientation/x/etape/?cp=%00", "/outils/?q=%01"],
)
def test_hostile_parameters_get_a_clear_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "invalide" in response.content.decode() or "entier" in response.content.decode()


@pytest.mark.django_db
def test_api_errors_are_json(client):
    for method, url, status in [
        ("get", "/api/hsds/services/?page=²", 400),
        ("get", "/api/hsds/services/?q=%00", 400),
        ("get", "/api/hsds/nulle-part/", 404),
        ("post", "/api/hsds/services/", 405),
        ("delete", "/api/hsds/services/", 405),
    ]:
        response = getattr(client, method)(url)
        assert response.status_code == status, url
        assert response["Content-Type"].startswith("application/json"), url
        assert response.json()["error"]


@pytest.mark.django_db
def test_csrf_failure_and_method_not_allowed_are_french_pages():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/espace-partenaires/connexion/", {"username": "a"})
    assert response.status_code == 403 and "Formulaire expiré" in response.content.decode()
    response = Client().post("/annuaire/")
    assert response.status_code == 405 and "Méthode non permise" in response.content.decode()


@pytest.mark.django_db
@override_settings(API_RATE_LIMIT=3, EXPENSIVE_PATH_LIMITS={r"^/donnees/repertoire\.pdf$": 1})
def test_api_and_expensive_endpoints_are_throttled_per_client(client):
    cache.clear()
    statuses = [client.get("/api/hsds/", REMOTE_ADDR="198.51.100.1").status_code for _ in range(4)]
    assert statuses[:3] == [200] * 3 and statuses[3] == 429
    assert client.get("/api/hsds/", REMOTE_ADDR="198.51.100.2").status_code == 200
    assert client.get("/donnees/repertoire.pdf?a=1", REMOTE_ADDR="198.51.100.1").status_code != 429
    assert client.get("/donnees/repertoire.pdf?a=2", REMOTE_ADDR="198.51.100.1").status_code == 429


@pytest.mark.django_db
@pytest.mark.parametrize("proxied", [False, True])
def test_a_locked_out_attacker_does_not_lock_anyone_else(client, proxied):
    """Five wrong passwords from the attacker lock that username from the attacker's address only."""
    get_user_model().objects.create_user("victime@example.org", "victime@example.org", PASSWORD)
    url = "/espace-partenaires/connexion/"

    def post(address, password):
        meta = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": address} if proxied else {"REMOTE_ADDR": address}
        client.cookies.clear()
        return client.post(url, {"username": "victime@example.org", "password": password}, **meta)

    with override_settings(AXES_ENABLED=True, TRUSTED_PROXY_COUNT=1 if proxied else 0):
        for _ in range(5):
            post("203.0.113.66", "faux")
        assert post("203.0.113.66", PASSWORD).status_code == 429  # the attacker is locked out
        response = post("198.51.100.7", PASSWORD)  # the real user, from elsewhere, logs in
        assert response.status_code == 302 and response["Location"] == "/espace-partenaires/"


@pytest.mark.django_db
@override_settings(LOGIN_FAILURES_PER_IP=4)
def test_password_spraying_across_accounts_is_throttled_per_address(client):
    cache.clear()
    get_user_model().objects.create_user("victime@example.org", "victime@example.org", PASSWORD)
    url = "/espace-partenaires/connexion/"
    for n in range(4):
        client.post(url, {"username": f"u{n}@example.org", "password": "faux"}, REMOTE_ADDR="203.0.113.66")
    assert (
        client.post(url, {"username": "x@example.org", "password": "y"}, REMOTE_ADDR="203.0.113.66").status_code == 429
    )
    response = client.post(url, {"username": "victime@example.org", "password": PASSWORD}, REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 302


@pytest.mark.django_db
def test_an_overlong_username_is_a_clear_400_not_a_database_error(client):
    response = client.post("/espace-partenaires/connexion/", {"username": "a" * 256, "password": "x"})
    assert response.status_code == 400 and "150 caractères" in response.content.decode()


def test_production_logs_hold_no_query_string_nor_address():
    """The gunicorn access log format and the error-log filter keep no search text, postcode or pathway step."""
    import logging
    import runpy
    from pathlib import Path

    from django.conf import settings

    from accroche.core.logprivacy import PrivacyFilter, scrub_event

    config = runpy.run_path(str(Path(settings.BASE_DIR) / "deploy" / "gunicorn.conf.py"))
    fmt = config["access_log_format"]
    for leaking in ("%(r)s", "%(q)s", "%(h)s", "%(f)s", "%(a)s", "%({x-forwarded-for}i)s"):
        assert leaking not in fmt
    assert "%(U)s" in fmt  # the path only

    request = RequestFactory().get("/orientation/x/etape/", {"r": "1.2", "cp": "4800", "q": "harcèlement"})
    record = logging.LogRecord("django.request", logging.ERROR, "", 0, "Internal Server Error", (), None)
    record.request = request
    PrivacyFilter().filter(record)
    assert record.request == "GET /orientation/x/etape/"
    event = scrub_event(
        {"request": {"url": "https://x/annuaire/?q=secret", "query_string": "q=secret", "env": {"REMOTE_ADDR": "1"}}},
        None,
    )
    assert "secret" not in str(event) and "REMOTE_ADDR" not in str(event)
