"""Confirmed school links in HSDS 3.0: each one is a service_area of the service (decision 0135).

HSDS has no « school » object; a service's service_area is « a geographic area where the service is available »,
and a school a CPMS or PSE service works with is exactly that. Only confirmed links are exported (never candidates).
"""

import uuid
from dataclasses import dataclass

from django.conf import settings

from .models import SchoolServiceLink

SCHOOL_AREA_NS = uuid.UUID("0e6a4f1c-2b7d-4c59-9a63-5f1e2d8c7b40")


@dataclass
class SchoolArea:
    """Duck-types directory.ServiceArea for the API serializer and the tabular export."""

    id: uuid.UUID
    service_id: uuid.UUID
    name: str
    description: str
    uri: str
    extent: str = ""
    extent_type: str = ""
    commune = None


def school_areas(service_ids) -> dict:
    """{service_id: [SchoolArea]} of the confirmed links of these services, in a stable order."""
    out: dict = {}
    links = (
        SchoolServiceLink.objects.filter(service_id__in=list(service_ids))
        .select_related("site")
        .order_by("service_id", "site_id", "role")
    )
    for link in links:
        site = link.site
        out.setdefault(link.service_id, []).append(
            SchoolArea(
                id=uuid.uuid5(SCHOOL_AREA_NS, f"{link.service_id}:{site.fase}:{link.role}"),
                service_id=link.service_id,
                name=f"École : {site.name} ({site.locality_label}), FASE {site.fase}",
                description=(
                    f"Implantation scolaire {site.address}, {site.postal_code} {site.locality_label} "
                    f"({site.reseau}). {link.get_role_display()} de l'école, lien confirmé le "
                    f"{link.confirmed_at.isoformat()} ({link.get_source_display().lower()})."
                ),
                uri=f"{settings.SITE_URL}{site.get_absolute_url()}",
            )
        )
    return out


def export_school_areas(tables: dict, service_ids, make_row) -> None:
    """Appends the confirmed links to the tabular export's service_area table (`make_row(resource, **values)`)."""
    for areas in school_areas(service_ids).values():
        for area in areas:
            tables["service_area"].append(
                make_row(
                    "service_area",
                    id=area.id,
                    service_id=area.service_id,
                    name=area.name,
                    description=area.description,
                    uri=area.uri,
                )
            )
