"""Logs and error reports without personal data: no query strings (search text, postcodes, pathway steps), no IPs.

- `PrivacyFilter` (production LOGGING): Django attaches the request to error records; formatters that dump every
  attribute (JSON) would print its full URL. The filter replaces it with the path alone.
- `scrub_event` (Sentry before_send): removes the query string, cookies, headers, IP and form data.
"""

import logging


class PrivacyFilter(logging.Filter):
    def filter(self, record):
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "path"):
            record.request = f"{request.method} {request.path}"
        return True


def scrub_event(event, hint):
    request = event.get("request") or {}
    for key in ("query_string", "cookies", "data", "headers", "env"):
        request.pop(key, None)
    if "url" in request:
        request["url"] = request["url"].split("?", 1)[0]
    event.pop("user", None)
    for crumb in (event.get("breadcrumbs") or {}).get("values", []):
        data = crumb.get("data") or {}
        if "url" in data:
            data["url"] = str(data["url"]).split("?", 1)[0]
    return event
