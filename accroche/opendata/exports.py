"""The search and map exports: CSV (one row per service) and GeoJSON (one point per place)."""

import csv
import io

from accroche.directory.models import Service

from .printing.render import absolute_url

CSV_COLUMNS = [
    "nom",
    "organisation",
    "types",
    "publics",
    "besoins",
    "adresse",
    "code_postal",
    "commune",
    "plateforme",
    "telephone",
    "email",
    "site_web",
    "ages",
    "gratuit",
    "mandat",
    "latitude",
    "longitude",
    "position_approximative",
    "fiche",
    "source",
    "verifie_le",
    "identifiant_hsds",
]


def _safe(value) -> str:
    """Returns the cell text, defused against spreadsheet formulas (=, +, -, @ at the start)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _places(service: Service) -> list[tuple]:
    """Returns (address, postal code, commune, latitude, longitude, approximate) for each place of the service."""
    places = []
    for sal in service.service_at_locations.all():
        location = sal.location
        address = next(iter(location.addresses.all()), None)
        places.append(
            (
                address.address_1 if address else "",
                address.postal_code if address else "",
                location.commune.name if location.commune else (address.city if address else ""),
                location.latitude,
                location.longitude,
                location.is_approximate,
            )
        )
    return places


def services_csv(services: list[Service]) -> str:
    """Returns the CSV text (UTF-8 with BOM added by the view) of the services."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for s in services:
        places = _places(s) or [("", "", "", None, None, False)]
        street, postal, commune, lat, lon, approximate = places[0]
        writer.writerow(
            [
                _safe(v)
                for v in (
                    s.name,
                    s.organization.name,
                    " ; ".join(t.name for t in s.service_types),
                    " ; ".join(t.name for t in s.audiences),
                    " ; ".join(t.name for t in s.needs),
                    street,
                    postal,
                    commune,
                    s.get_plateforme_display(),
                    " ; ".join(p.number for p in s.phones.all()),
                    s.email,
                    s.url,
                    s.age_description,
                    s.get_free_display(),
                    s.get_mandate_display(),
                    lat if lat is not None else "",
                    lon if lon is not None else "",
                    "oui" if approximate else "non",
                    absolute_url(s.get_absolute_url()),
                    s.source_url,
                    s.assured_date.isoformat() if s.assured_date else "à vérifier",
                    s.id,
                )
            ]
        )
    return out.getvalue()


def services_geojson(services: list[Service]) -> dict:
    """Returns a GeoJSON FeatureCollection: one Point per located place of each service (WGS 84)."""
    features = []
    for s in services:
        for street, postal, commune, lat, lon, approximate in _places(s):
            if lat is None or lon is None:
                continue
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
                    "properties": {
                        "id": str(s.id),
                        "nom": s.name,
                        "types": [t.name for t in s.service_types],
                        "adresse": " ".join(p for p in (street, postal, commune) if p).strip(),
                        "telephone": [p.number for p in s.phones.all()],
                        "fiche": absolute_url(s.get_absolute_url()),
                        "position_approximative": approximate,
                        "source": s.source_url,
                        "verifie_le": s.assured_date.isoformat() if s.assured_date else None,
                    },
                }
            )
    return {"type": "FeatureCollection", "features": features}
