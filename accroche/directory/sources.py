"""How a listing's sources are shown: the main source labelled as primary or secondary, and the other sources.

A source is « primary » when the facts were read on the service's own site or an official list (CSV confidence
`high`); otherwise it is « secondary » (press, directory, a copy of a document on a third-party site, a student's
repository, a school's page) and the page says so instead of presenting it as the listing's source
(docs/decisions/0122-secondary-sources-labelled.md).
"""

import re
from dataclasses import dataclass
from urllib.parse import urlparse

from django.utils.translation import gettext_lazy as _

from .choices import Confidence

# Hosts that only republish documents written by others (mirrors of PDFs, code hosting).
MIRROR_HOSTS = (
    "docslib.org",
    "docplayer.fr",
    "pdfslide.org",
    "vdocuments.net",
    "doczz.fr",
    "readkong.com",
    "fdocuments.fr",
    "yumpu.com",
    "calameo.com",
    "scribd.com",
)
CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org")
SPLIT = re.compile(r"\s*\|\s*|\s+(?=https?://)")


@dataclass(frozen=True)
class SourceLink:
    url: str
    host: str
    kind: str  # "primary", "secondary", "mirror", "code"

    @property
    def label(self) -> str:
        return str(SOURCE_KIND_LABELS[self.kind])


SOURCE_KIND_LABELS = {
    "primary": _("Site du service ou liste officielle"),
    "secondary": _("Source secondaire (presse, répertoire ou site tiers)"),
    "mirror": _("Source secondaire (copie d’un document sur un site tiers)"),
    "code": _("Source secondaire (dépôt de code : GitHub ou autre)"),
}


def _host(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


def source_link(*, url: str, primary: bool) -> SourceLink:
    """Classifies one source address (primary only when the listing's confidence says so and it is no copy)."""
    host = _host(url)
    if any(host == h or host.endswith("." + h) for h in CODE_HOSTS):
        kind = "code"
    elif any(host == h or host.endswith("." + h) for h in MIRROR_HOSTS):
        kind = "mirror"
    else:
        kind = "primary" if primary else "secondary"
    return SourceLink(url=url, host=host, kind=kind)


def service_sources(service) -> tuple[SourceLink | None, list[SourceLink]]:
    """Returns the main source and the other sources (`extra_sources`, separated by « | » or spaces)."""
    main = None
    if service.source_url:
        main = source_link(url=service.source_url, primary=service.confidence == Confidence.HIGH)
    extra = [
        source_link(url=u, primary=False)
        for u in SPLIT.split(service.extra_sources or "")
        if u.startswith(("http://", "https://"))
    ]
    return main, extra
