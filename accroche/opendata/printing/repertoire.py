"""The printable répertoire: the live services of one plateforme for one audience, grouped by type, as a PDF."""

from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accroche.directory.choices import Mandate, Tristate
from accroche.directory.models import Service, TaxonomyTerm
from accroche.directory.selectors import filter_terms
from accroche.geo.selectors import plateforme_label, plateforme_slugs, territory_label
from accroche.search.params import SearchParams

from ..selectors import services_of_search
from .render import absolute_url, qr_data_uri, render_pdf


class RepertoireError(ValueError):
    """Raised for an unknown plateforme or audience (French message)."""


@dataclass
class Group:
    term: TaxonomyTerm | None
    services: list = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.term.name if self.term else _("Autres services")

    @property
    def anchor(self) -> str:
        return f"type-{self.term.code if self.term else 'autres'}"


def audience_terms() -> dict[str, str]:
    return filter_terms()["public"]


def repertoire_title(*, plateforme: str, audience: str) -> str:
    """Returns « Répertoire pour les médecins — Verviers » (or the whole-province / all-audiences forms)."""
    audiences = audience_terms()
    who = audiences[audience].lower() if audience in audiences else ""
    where = plateforme_label(plateforme) if plateforme else territory_label()
    return (
        _("Répertoire pour les %(who)s — %(where)s") % {"who": who, "where": where}
        if who
        else _("Répertoire des services — %(where)s") % {"where": where}
    )


def check_choice(*, plateforme: str, audience: str) -> None:
    if plateforme and plateforme not in plateforme_slugs():
        raise RepertoireError(_("Plateforme inconnue : « %(p)s ».") % {"p": plateforme})
    if audience and audience not in audience_terms():
        raise RepertoireError(_("Public inconnu : « %(a)s ».") % {"a": audience})


def repertoire_services(*, plateforme: str, audience: str) -> list[Service]:
    """Returns the public services of the plateforme (and province-wide ones) for the audience, from the search."""
    params = SearchParams(plateforme=plateforme, public=[audience] if audience else [], tri="name")
    return sorted(services_of_search(params), key=lambda s: (s.name.lower(), str(s.id)))


def group_by_type(services: list[Service]) -> list[Group]:
    """Groups services under their first service type, in the vocabulary's order (untyped ones last)."""
    groups: dict = {}
    for service in services:
        types = sorted(service.service_types, key=lambda t: (t.sort_order, t.name))
        term = types[0] if types else None
        groups.setdefault(term.id if term else None, Group(term)).services.append(service)
    return sorted(groups.values(), key=lambda g: (g.term is None, g.term.sort_order if g.term else 0, g.title))


def service_card(service: Service) -> dict:
    """Returns what the répertoire prints for one service (contact details, facts, source, QR code)."""
    url = absolute_url(service.get_absolute_url())
    addresses = []
    for sal in service.service_at_locations.all():
        for address in sal.location.addresses.all():
            addresses.append(address.one_line())
        if not sal.location.addresses.all() and sal.location.commune:
            addresses.append(sal.location.commune.name)
    facts = []
    if service.free == Tristate.YES:
        facts.append(_("gratuit"))
    if service.anonymous == Tristate.YES:
        facts.append(_("anonyme"))
    if service.mandate == Mandate.FREE_ACCESS:
        facts.append(_("sans mandat"))
    if service.age_description:
        facts.append(_("âges : %(a)s") % {"a": service.age_description})
    return {
        "service": service,
        "url": url,
        "qr": qr_data_uri(url),
        "addresses": addresses,
        "phones": [p.number for p in service.phones.all()],
        "facts": facts,
        "verified": service.assured_date,
    }


def build_repertoire(*, plateforme: str = "", audience: str = "") -> tuple[str, bytes]:
    """Returns (file name, PDF bytes) of the répertoire for this plateforme and audience, from live data."""
    check_choice(plateforme=plateforme, audience=audience)
    title = repertoire_title(plateforme=plateforme, audience=audience)
    groups = group_by_type(repertoire_services(plateforme=plateforme, audience=audience))
    for group in groups:
        group.services = [service_card(s) for s in group.services]
    now = timezone.localtime()
    pdf = render_pdf(
        template="opendata/pdf/repertoire.html",
        context={
            "title": title,
            "groups": groups,
            "generated_at": now,
            "count": sum(len(g.services) for g in groups),
            "site_url": absolute_url("/"),
            "directory_url": absolute_url(reverse("search:directory")),
        },
    )
    return f"{slugify(title)}-{now:%Y-%m-%d}.pdf", pdf
