"""Browser tests: Python Playwright driving Debian chromium against Django's live server.

Outside HTTP (map tiles, anything not on the live server) is intercepted: tests never reach the internet.
Run in their own pytest process (`make test-e2e`): they need committed data (transactional db).
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
TILE_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082"
)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def site_data(transactional_db):
    """The demo directory and the Wagtail site, committed so the live server sees them."""
    from django.core.management import call_command

    call_command("load_demo_data", verbosity=0)


def _route_outside(route, live_url):
    url = route.request.url
    if url.startswith(live_url):
        return route.continue_()
    if "tile" in url or url.endswith(".png"):
        return route.fulfill(status=200, content_type="image/png", body=TILE_PNG)
    return route.abort()


def _browser_page(browser, live_server, *, timeout: int | None = 15000, **options):
    """A page in a fresh French (Brussels) context that only reaches the live server (tiles are faked)."""
    context = browser.new_context(locale="fr-BE", timezone_id="Europe/Brussels", bypass_csp=True, **options)
    context.route("**/*", lambda route: _route_outside(route, live_server.url))
    page = context.new_page()
    if timeout:
        page.set_default_timeout(timeout)
    yield page
    context.close()


@pytest.fixture
def page(browser, live_server):
    yield from _browser_page(browser, live_server, viewport={"width": 1280, "height": 900})


@pytest.fixture
def phone_page(browser, live_server):
    yield from _browser_page(
        browser, live_server, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )


@pytest.fixture
def nojs_page(browser, live_server):
    yield from _browser_page(browser, live_server, timeout=None, java_script_enabled=False)


def axe_violations(page) -> list[dict]:
    """Runs axe-core (WCAG 2.0/2.1 A and AA) on the current page; returns the violations, summarized.

    axe is injected as an inline script, so these contexts bypass CSP; tests/e2e/test_security.py checks CSP itself.
    """
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]
    ]


@pytest.fixture
def axe():
    return axe_violations


def html_errors(page, base_url: str, paths: dict[str, str], folder: Path) -> list[tuple]:
    """Runs the Nu HTML checker (vnu-jar) on these pages ({file name: path}); returns its errors (skips the test
    when java or vnu-jar is missing)."""
    if not shutil.which("java") or not VNU_JAR.exists():
        pytest.skip("java or vnu-jar (npm) missing")
    files = []
    for name, path in paths.items():
        target = folder / f"{name}.html"
        target.write_text(page.request.get(base_url + path).text(), encoding="utf-8")
        files.append(str(target))
    run = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(run.stderr or '{"messages": []}')["messages"]
    return [(Path(m["url"]).name, m.get("lastLine"), m["message"]) for m in messages]
