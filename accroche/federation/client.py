"""A small HTTP client for another instance's HSDS API (urllib: no dependency)."""

import json
import urllib.error
import urllib.parse
import urllib.request

USER_AGENT = "accroche-harvest/1 (+HSDS 3.0)"
TIMEOUT_SECONDS = 30


class HarvestError(Exception):
    """The source could not be read (network, HTTP status, not JSON)."""


class HsdsClient:
    def __init__(self, base_url: str, *, opener=None):
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.opener = opener or urllib.request.build_opener()

    def get(self, path: str, **params) -> dict:
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v not in (None, "")})
        url = urllib.parse.urljoin(self.base_url, path) + (f"?{query}" if query else "")
        request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": USER_AGENT})
        try:
            with self.opener.open(request, timeout=TIMEOUT_SECONDS) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            raise HarvestError(f"{url} : HTTP {exc.code}") from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise HarvestError(f"{url} : {getattr(exc, 'reason', exc)}") from exc
        except ValueError as exc:
            raise HarvestError(f"{url} : réponse qui n’est pas du JSON") from exc

    def pages(self, path: str, *, start: int = 1, **params):
        """Yields (page number, items) from `start` to the last page."""
        page = start
        while True:
            data = self.get(path, page=page, **params)
            yield page, data.get("contents") or []
            if data.get("last_page", True) or page >= int(data.get("total_pages") or 1) or not data.get("contents"):
                return
            page += 1
