"""Dry run and all-or-nothing commit of a mapped spreadsheet (bulk writes: 10,000 rows in seconds)."""

import logging
import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.text import slugify

from accroche.directory.choices import GeoPrecision, LocationType, Scope, Vocabulary
from accroche.directory.models import (
    Address,
    Location,
    Organization,
    Phone,
    Service,
    ServiceArea,
    ServiceAtLocation,
)
from accroche.geo.models import Commune

from .columns import COLUMNS, REQUIRED
from .reader import Sheet
from .rows import CleanRow, Lookups, RowError, clean_row

logger = logging.getLogger(__name__)
LOCATION_PREFIX = "tableur:"


@dataclass
class RowAction:
    row: int
    action: str  # "create" | "update"
    name: str
    place: str


@dataclass
class SpreadsheetReport:
    errors: list[RowError] = field(default_factory=list)
    actions: list[RowAction] = field(default_factory=list)
    dry_run: bool = True

    @property
    def created(self) -> int:
        return sum(a.action == "create" for a in self.actions)

    @property
    def updated(self) -> int:
        return sum(a.action == "update" for a in self.actions)


def check_mapping(*, headers: list[str], mapping: dict[str, str]) -> list[RowError]:
    """Checks the column mapping: required columns chosen, chosen headers present in the file."""
    errors = []
    labels = {c.key: c.label for c in COLUMNS}
    for key in REQUIRED:
        if not mapping.get(key):
            errors.append(
                RowError(1, labels[key], "colonne obligatoire : choisissez la colonne du fichier qui la contient")
            )
    for key, header in mapping.items():
        if header and header not in headers:
            errors.append(RowError(1, labels.get(key, key), f"la colonne « {header} » n'existe pas dans le fichier"))
    return errors


def clean_sheet(*, sheet: Sheet, mapping: dict[str, str]) -> tuple[list[CleanRow], list[RowError]]:
    """Returns the clean rows, or every row-numbered error of the file."""
    errors = check_mapping(headers=sheet.headers, mapping=mapping)
    if errors:
        return [], errors
    lookups = Lookups()
    positions = {key: sheet.headers.index(header) for key, header in mapping.items() if header}
    cleaned, seen = [], {}
    for cells, number in zip(sheet.rows, sheet.line_numbers, strict=True):
        values = {key: cells[i] for key, i in positions.items()}
        clean, row_errors = clean_row(values=values, number=number, lookups=lookups)
        if clean is not None and clean.external_id in seen:
            row_errors.append(
                RowError(
                    number,
                    "identifiant",
                    f"même service que la ligne {seen[clean.external_id]} (« {clean.external_id} »)",
                )
            )
        if clean is not None:
            seen.setdefault(clean.external_id, number)
        errors += row_errors
        cleaned.append(clean)
    return cleaned, errors


def import_sheet(*, sheet: Sheet, mapping: dict[str, str], dry_run: bool = True) -> SpreadsheetReport:
    """Checks every row; the dry run lists what would be created or updated; a commit writes all rows or none."""
    report = SpreadsheetReport(dry_run=dry_run)
    cleaned, report.errors = clean_sheet(sheet=sheet, mapping=mapping)
    if report.errors:
        return report
    existing = dict(
        Service.objects.filter(external_id__in=[c.external_id for c in cleaned]).values_list("external_id", "id")
    )
    for c in cleaned:
        place = c.commune.name if c.commune else (c.postal.locality if c.postal else c.values["plateforme"])
        report.actions.append(
            RowAction(c.row, "update" if c.external_id in existing else "create", c.values["name"], place)
        )
    if not dry_run:
        _write(cleaned, existing)
        logger.info("Spreadsheet import: %s created, %s updated", report.created, report.updated)
    return report


def _unique_slug(wanted: str, taken: set) -> str:
    base = (slugify(wanted) or "service")[:110]
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _organizations(cleaned) -> dict[str, uuid.UUID]:
    wanted = {slugify(c.organization)[:120] or "organisation": c.organization for c in cleaned}
    known = dict(Organization.objects.filter(slug__in=wanted).values_list("slug", "id"))
    new = [
        Organization(id=uuid.uuid4(), slug=slug, name=name[:255]) for slug, name in wanted.items() if slug not in known
    ]
    for org in new:
        org.full_clean(validate_unique=False, validate_constraints=False)
    Organization.objects.bulk_create(new)
    known.update({o.slug: o.id for o in new})
    return {c.organization: known[slugify(c.organization)[:120] or "organisation"] for c in cleaned}


@transaction.atomic
def _write(cleaned: list[CleanRow], existing: dict) -> None:
    organizations = _organizations(cleaned)
    updated = {s.external_id: s for s in Service.objects.filter(id__in=existing.values())}
    slugs = set(Service.objects.values_list("slug", flat=True))
    new_services, services = [], {}
    fields = list(cleaned[0].values) + ["organization"] if cleaned else []
    for c in cleaned:
        service = updated.get(c.external_id) or Service(
            id=uuid.uuid4(), external_id=c.external_id, slug=_unique_slug(c.external_id, slugs)
        )
        for name, value in c.values.items():
            setattr(service, name, value)
        service.organization_id = organizations[c.organization]
        service.full_clean(exclude=["organization", "terms"], validate_unique=False, validate_constraints=False)
        services[c.external_id] = service
        if c.external_id not in updated:
            new_services.append(service)
    Service.objects.bulk_create(new_services)
    Service.objects.bulk_update(list(updated.values()), fields, batch_size=500)
    ids = [s.id for s in services.values()]
    # The children are owned by the import: replaced, never duplicated.
    Phone.objects.filter(service_id__in=ids).delete()
    ServiceArea.objects.filter(service_id__in=ids).delete()
    Location.objects.filter(external_identifier__in=[LOCATION_PREFIX + c.external_id for c in cleaned]).delete()
    _write_children(cleaned, services)
    through = Service.terms.through
    through.objects.filter(service_id__in=ids).exclude(taxonomyterm__taxonomy__vocabulary=Vocabulary.FACT).delete()
    through.objects.bulk_create(
        [
            through(service_id=services[c.external_id].id, taxonomyterm_id=t.id)
            for c in cleaned
            for t in dict.fromkeys(c.terms)
        ],
        batch_size=2000,
    )
    _mark_search_dirty(ids)


def _write_children(cleaned: list[CleanRow], services: dict) -> None:
    communes_by_plateforme: dict[str, list] = {}
    for commune in Commune.objects.filter(german_speaking=False):
        communes_by_plateforme.setdefault(commune.plateforme, []).append(commune)
    locations, addresses, links, phones, areas = [], [], [], [], []
    for c in cleaned:
        service = services[c.external_id]
        if c.postal or c.commune or c.street:
            point = c.postal or c.commune
            location = Location(
                id=uuid.uuid4(),
                organization_id=service.organization_id,
                name=service.name[:255],
                location_type=LocationType.PHYSICAL,
                commune=c.commune,
                latitude=point.latitude if point else None,
                longitude=point.longitude if point else None,
                geo_precision=(GeoPrecision.POSTAL_CODE if c.postal else GeoPrecision.COMMUNE) if point else "",
                external_identifier=LOCATION_PREFIX + c.external_id,
                external_identifier_type="tableur",
            )
            locations.append(location)
            city = c.postal.locality if c.postal else (c.commune.name if c.commune else c.locality)
            addresses.append(
                Address(
                    id=uuid.uuid4(),
                    location=location,
                    address_1=c.street[:255],
                    postal_code=c.postal.code if c.postal else "",
                    city=city[:100],
                )
            )
            links.append(ServiceAtLocation(id=uuid.uuid4(), service=service, location=location))
        phones += [Phone(id=uuid.uuid4(), service=service, number=n[:40], sort_order=i) for i, n in enumerate(c.phones)]
        scope = service.scope
        if scope == Scope.LOCAL and c.commune:
            covered = [c.commune]
        elif scope == Scope.PLATEFORME:
            covered = communes_by_plateforme.get(service.plateforme, [])
        else:
            covered = []
        areas += [
            ServiceArea(id=uuid.uuid4(), service=service, commune=m, name=m.name, sort_order=i)
            for i, m in enumerate(covered)
        ]
        if scope in (Scope.PROVINCE, Scope.FWB):
            areas.append(ServiceArea(id=uuid.uuid4(), service=service, name=str(service.get_scope_display())))
    for model, rows in (
        (Location, locations),
        (Address, addresses),
        (ServiceAtLocation, links),
        (Phone, phones),
        (ServiceArea, areas),
    ):
        model.objects.bulk_create(rows, batch_size=2000)


def _mark_search_dirty(ids: list) -> None:
    """Tells the search index these services changed (bulk writes send no signals)."""
    from accroche.search.indexing import mark_all_dirty, mark_dirty

    mark_dirty(ids) if len(ids) <= 1000 else mark_all_dirty()
