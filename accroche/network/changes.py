"""What partners may change on a listing: snapshots of the published version, diffs and labels."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from accroche.directory.choices import GeoPrecision, ServiceStatus, Weekday
from accroche.directory.models import Contact, Organization, Schedule, Service

SERVICE_SCALARS = {
    "name": _("Nom du service"),
    "alternate_name": _("Sigle ou autre nom"),
    "status": _("Statut"),
    "description": _("Ce que fait le service"),
    "eligibility_description": _("Pour qui"),
    "age_description": _("Âges (texte)"),
    "minimum_age": _("Âge minimum"),
    "maximum_age": _("Âge maximum"),
    "application_process": _("Comment s'adresser au service"),
    "fees_description": _("Coût"),
    "alert": _("Avis temporaire"),
    "url": _("Site web"),
    "email": _("E-mail"),
}
SERVICE_EXTRAS = {
    "phone": _("Téléphone"),
    "address_1": _("Rue et numéro"),
    "postal_code": _("Code postal"),
    "city": _("Localité"),
    "point": _("Position exacte sur la carte (latitude, longitude)"),
    "hours": _("Heures d'ouverture"),
    "contacts": _("Personnes de contact"),
    "sites": _("Autres lieux (adresse, téléphone, horaires)"),
}
# One row per other site: [name, street, postal code, locality, phone, hours and details] (docs/decisions/0128).
SITE_KEYS = ("name", "address_1", "postal_code", "city", "phone", "hours")
ORGANIZATION_FIELDS = {
    "name": _("Nom de l'organisation"),
    "alternate_name": _("Autre nom ou sigle"),
    "description": _("Description"),
    "email": _("E-mail"),
    "website": _("Site web"),
}
REPORT_FIELDS = {"message": _("Erreur signalée ou modification proposée")}
DAYS = [d.value for d in Weekday]


def _first_address(service: Service):
    sal = service.service_at_locations.select_related("location").order_by("location__name").first()
    if not sal:
        return None, None
    return sal.location, sal.location.addresses.order_by("sort_order").first()


def other_sites(service: Service) -> list:
    """The service's places other than the main one (the first by name), in order."""
    if not service.pk:
        return []
    sals = list(service.service_at_locations.select_related("location").order_by("location__name"))
    return sals[1:]


def site_row(sal) -> list[str]:
    location = sal.location
    address = location.addresses.order_by("sort_order").first()
    phone = location.phones.filter(service_id=sal.service_id).order_by("sort_order").first()
    prefix = f"{sal.service.name} — "
    name = location.name[len(prefix) :] if location.name.startswith(prefix) else location.name
    return [
        name,
        address.address_1 if address else "",
        address.postal_code if address else "",
        address.city if address else "",
        phone.number if phone else "",
        sal.description,
    ]


def service_snapshot(service: Service) -> dict:
    """The editable content of the published version of a service, as JSON-ready values."""
    data = {key: getattr(service, key) for key in SERVICE_SCALARS}
    phone = service.phones.filter(location__isnull=True).order_by("sort_order").first() if service.pk else None
    data["phone"] = phone.number if phone else ""
    _location, address = _first_address(service)
    data["address_1"] = address.address_1 if address else ""
    data["postal_code"] = address.postal_code if address else ""
    data["city"] = address.city if address else ""
    location = _location
    exact = location is not None and location.has_position and location.geo_precision == GeoPrecision.ADDRESS
    data["point"] = f"{location.latitude:.6f}, {location.longitude:.6f}" if exact else ""
    data["hours"] = [
        [
            s.byday,
            s.opens_at.strftime("%H:%M") if s.opens_at else "",
            s.closes_at.strftime("%H:%M") if s.closes_at else "",
            s.description,
        ]
        for s in sorted(
            Schedule.objects.filter(service=service),
            key=lambda s: (DAYS.index(s.byday), s.opens_at.isoformat() if s.opens_at else ""),
        )
    ]
    data["sites"] = [site_row(sal) for sal in other_sites(service)]
    data["contacts"] = [
        [c.name, c.title, c.email, c.phone] for c in Contact.objects.filter(service=service).order_by("sort_order")
    ]
    return data


def organization_snapshot(organization: Organization) -> dict:
    return {key: getattr(organization, key) for key in ORGANIZATION_FIELDS}


def labels_for(kind: str) -> dict:
    if kind == "service":
        return {**SERVICE_SCALARS, **SERVICE_EXTRAS}
    if kind == "organization":
        return ORGANIZATION_FIELDS
    return REPORT_FIELDS


def display_value(key: str, value) -> str:
    """A readable French rendering of one value (hours and contacts one per line)."""
    if value in (None, "", []):
        return ""
    if key == "hours":
        days = dict(Weekday.choices)
        return "\n".join(
            f"{days.get(d, d)} {o}–{c}{' (' + n + ')' if n else ''}" if o and c else f"{days.get(d, d)} {n}".strip()
            for d, o, c, n in value
        )
    if key in ("contacts", "sites"):
        return "\n".join(" — ".join(p for p in row if p) for row in value)
    if key == "status":
        return str(dict(ServiceStatus.choices).get(value, value))
    return str(value)


@dataclass
class FieldDiff:
    key: str
    label: str
    published: str
    proposed: str
    conflict: bool  # the published value changed since the partner's proposal was made


def changed_keys(*, snapshot: dict, payload: dict) -> list[str]:
    """Keys the proposer changed relative to the version they saw."""
    # A key older snapshots lack (« sites ») counts as unchanged while the proposal leaves it empty.
    return [k for k in payload if payload.get(k) != snapshot.get(k) and (k in snapshot or payload.get(k))]


def diff(*, kind: str, snapshot: dict, payload: dict, current: dict) -> list[FieldDiff]:
    """Field-by-field diff of a proposal against the current published version."""
    labels = labels_for(kind)
    rows = []
    for key in changed_keys(snapshot=snapshot, payload=payload):
        rows.append(
            FieldDiff(
                key=key,
                label=str(labels.get(key, key)),
                published=display_value(key, current.get(key)),
                proposed=display_value(key, payload.get(key)),
                conflict=current.get(key) != snapshot.get(key),
            )
        )
    return rows
