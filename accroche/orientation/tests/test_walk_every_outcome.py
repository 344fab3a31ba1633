"""Issue 13 « done when »: every pathway listed at /orientation/, walked without JavaScript like a browser, for six
postal codes: no step that asks nothing, a median of at most 3 answers after the first question (none above 5), no
ticked service without a phone or an e-mail, no maltreatment outcome ticking anything for the family."""

import re
import statistics
from html import unescape
from urllib.parse import parse_qsl, urlencode

from accroche.directory.models import Service

POSTCODES = ["4000", "4100", "4300", "4500", "4800", "4960"]
LINK = re.compile(r'<a class="orientation-choice" href="([^"]+)">')
BUTTON = re.compile(r'<button class="orientation-choice" type="submit" name="r" value="(\d+)">')
CHECK = re.compile(r'<input type="checkbox" name="a" value="(\d+)"')
NONE = re.compile(r'<button class="button button--secondary orientation-none" type="submit" name="a" value="0">')
TICKED = re.compile(r'name="s" value="([0-9a-f-]{36})" id="[^"]+" checked')
SHEET = re.compile(r'name="fiche" value="([a-z]+)"')
PATHWAY = re.compile(r'<h2><a href="(/orientation/[a-z-]+/)">')


def _get(client, url, params=None):
    response = client.get(url, params or {}, follow=True)
    assert response.status_code == 200, url
    return response


def _next_requests(response, postal_code):
    """The requests a person can make from this page without JavaScript (links, buttons, checkboxes one by one)."""
    html = response.content.decode()
    page = response.request["PATH_INFO"]
    query = dict(parse_qsl(response.request.get("QUERY_STRING", "")))
    step_url = page if "/etape/" in page else page + "etape/"
    requests = [(unescape(href), None) for href in LINK.findall(html)]
    requests += [(step_url, {"cp": postal_code, "r": value}) for value in BUTTON.findall(html)]
    answered = {"r": query.get("r", "")} if query.get("r") else {}
    requests += [(step_url, {**answered, "cp": postal_code, "a": value}) for value in CHECK.findall(html)]
    if NONE.search(html):
        requests.append((step_url, {**answered, "cp": postal_code, "a": "0"}))
    return requests


def _is_outcome(html):
    return "Orientation proposée" in html


def _reachable(ids):
    services = Service.objects.filter(id__in=ids).prefetch_related("phones")
    return {str(s.id): bool(s.email or list(s.phones.all())) for s in services}


def test_walk_every_outcome_of_every_pathway(client, pathways):
    for postal_code in POSTCODES:
        _walk_all(client, postal_code)


def _walk_all(client, postal_code):
    index = _get(client, "/orientation/").content.decode()
    slugs = PATHWAY.findall(index)
    assert len(slugs) == 4
    lengths, outcomes = [], 0
    for start in slugs:
        stack = [(_get(client, start, {"cp": postal_code}), 0)]
        seen = set()
        while stack:
            response, answers = stack.pop()
            html = response.content.decode()
            if _is_outcome(html):
                outcomes += 1
                lengths.append(answers - 1)  # answers after the first question
                ticked = TICKED.findall(html)
                assert all(_reachable(ticked).values()), f"{start} {postal_code}: ticked service without contact"
                sheets = SHEET.findall(html)
                if "Maltraitance" in html and "orientation-safety" in html:
                    assert not ticked and "famille" not in sheets
                continue
            requests = _next_requests(response, postal_code)
            assert requests, f"{response.request['PATH_INFO']}?{response.request['QUERY_STRING']} asks nothing"
            for url, params in requests:
                key = url + "?" + urlencode(sorted((params or {}).items()))
                if key in seen:
                    continue
                seen.add(key)
                stack.append((_get(client, url, params), answers + 1))
    assert outcomes >= 30
    assert statistics.median(lengths) <= 3
    assert max(lengths) <= 5


def test_maltreatment_outcomes_tick_nothing_and_offer_no_family_sheet(client, pathways):
    for slug, steps in [("medecins", "2"), ("parents", "2"), ("professionnels", "2"), ("jeunes", "2")]:
        html = client.get(f"/orientation/{slug}/etape/", {"r": steps, "cp": "4800"}).content.decode()
        assert "orientation-safety" in html
        assert not TICKED.findall(html)
        assert "famille" not in SHEET.findall(html)
        handout = client.get(f"/orientation/{slug}/fiche/", {"r": steps, "cp": "4800", "fiche": "famille"})
        assert "Fiche d’orientation pour la famille" not in handout.content.decode()
