"""No route path written by hand: templates use {% url %}, Python uses reverse() (or accroche.core.paths).

The scan reads every template and Python module of the project (tests and migrations aside) and fails on a quoted
string that starts with one of the site's own routes (« "/annuaire/ », « '/espace-partenaires/ »…), the list of
routes being read from the URL configuration itself, so a new app's paths are covered without editing this test.
"""

import re
import sys
from pathlib import Path

from django.urls import URLResolver, get_resolver

from accroche.core.paths import route_prefix

ROOT = Path(__file__).resolve().parents[2]  # accroche/
SKIPPED_FOLDERS = {"tests", "migrations", "__pycache__"}

# (file relative to accroche/, text of the line) of the paths that stay written by hand, each with its reason.
ALLOWED = {
    # none today: add a pair here only with a comment saying why reverse() cannot serve
}


def _first_segments(patterns, prefix="") -> set[str]:
    """The literal first segment of every Django route (« annuaire », « carte », « sitemap.xml »…)."""
    segments = set()
    for pattern in patterns:
        route = prefix + str(pattern.pattern).lstrip("^")
        if isinstance(pattern, URLResolver) and not route:
            segments |= _first_segments(pattern.url_patterns, prefix)
            continue
        head = route.split("/", 1)[0]
        if head and not re.search(r"[<(\[\\?*+$]", head):
            segments.add(head)
    return segments


def route_segments() -> set[str]:
    return _first_segments(get_resolver().url_patterns)


def hardcoded_paths() -> list[str]:
    alternatives = "|".join(sorted((re.escape(s) for s in route_segments()), key=len, reverse=True))
    # a quoted path (« "/annuaire/ ») or one glued to the site's address (« {{ site_url }}/annuaire/ »)
    quoted_route = re.compile(rf"""[}}"'](/(?:{alternatives})(?:/|["'?#]|$))""")
    found = []
    for path in sorted(ROOT.rglob("*")):
        if path.suffix not in {".py", ".html", ".txt", ".xml"} or SKIPPED_FOLDERS & set(path.parts):
            continue
        relative = path.relative_to(ROOT).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if quoted_route.search(line) and (relative, line.strip()) not in ALLOWED:
                found.append(f"{relative}:{number}: {line.strip()}")
    return found


def test_the_scan_knows_the_sites_routes():
    segments = route_segments()
    assert {"annuaire", "carte", "orientation", "espace-partenaires", "admin", "donnees", "api", "outils"} <= segments
    assert route_prefix("network:password_reset_confirm", "uidb64", "token") == "/espace-partenaires/mot-de-passe/"


def test_the_scan_finds_a_hardcoded_path(tmp_path, monkeypatch):
    (tmp_path / "views.py").write_text('LINK = "/annuaire/?public=parents"\nOK = reverse("search:directory")\n')
    (tmp_path / "page.html").write_text("<a href='/carte/'>Carte</a>\n<a href=\"{% url 'maps:map' %}\">Carte</a>\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert hardcoded_paths() == [
        "page.html:1: <a href='/carte/'>Carte</a>",
        'views.py:1: LINK = "/annuaire/?public=parents"',
    ]


def test_no_route_path_is_written_by_hand():
    found = hardcoded_paths()
    assert not found, "Use reverse() / {% url %} instead of these paths:\n" + "\n".join(found)


def test_the_server_error_page_links_without_touching_the_database(rf):
    """500.html reverses its links from the URL configuration only: no query (database access is blocked here)."""
    from django.urls import reverse

    from accroche.core.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert f'href="{reverse("search:directory")}"' in response.content.decode()
