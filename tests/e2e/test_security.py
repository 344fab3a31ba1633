"""The Content-Security-Policy holds on real pages: the browser reports no blocked script, style or frame."""

import pytest

from .conftest import _route_outside

PAGES = [
    "/",
    "/annuaire/",
    "/annuaire/?q=harcelement&lieu=4800",
    "/carte/",
    "/orientation/",
    "/orientation/medecins/",
    "/outils/",
    "/agenda/",
    "/donnees/",
    "/a-propos-des-donnees/",
]


@pytest.fixture
def strict_page(browser, live_server):
    """A browser tab that enforces our CSP (no bypass), recording every CSP report in the console."""
    context = browser.new_context(locale="fr-BE", timezone_id="Europe/Brussels")
    context.route("**/*", lambda route: _route_outside(route, live_server.url))
    page = context.new_page()
    page.csp_errors = []
    page.on("console", lambda msg: "Content Security Policy" in msg.text and page.csp_errors.append(msg.text))
    yield page
    context.close()


def test_public_pages_run_under_csp_without_violation(site_data, live_server, strict_page):
    from accroche.directory.models import Service

    service = Service.objects.public().order_by("slug").first()
    for path in [*PAGES, service.get_absolute_url()]:
        response = strict_page.goto(live_server.url + path)
        assert response.status < 400, path
        assert "script-src 'self'" in response.headers["content-security-policy"], path
        strict_page.wait_for_load_state("networkidle")
        assert strict_page.csp_errors == [], (path, strict_page.csp_errors)
