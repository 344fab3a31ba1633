"""Adapter of the import pipeline for a mapped spreadsheet (bulk writes: 10,000 rows in seconds)."""

import logging
import uuid

from django.utils.text import slugify
from django.utils.translation import gettext as _

from accroche.directory.choices import GeoPrecision, LocationType, Scope, Vocabulary
from accroche.directory.models.core import Location, Organization, Service, ServiceAtLocation
from accroche.directory.models.details import Address, Phone, ServiceArea
from accroche.directory.services import directory_changed
from accroche.geo.models import Commune
from accroche.imports.pipeline import Adapter, ImportRefused, run_import
from accroche.imports.report import ImportReport, RowAction, RowError

from .columns import COLUMNS, REQUIRED
from .reader import Sheet
from .rows import CleanRow, Lookups, clean_row

logger = logging.getLogger(__name__)
LOCATION_PREFIX = "tableur:"
ID_NAMESPACE = uuid.UUID("3c9b7a4e-52d1-4f0a-8e6b-0d2f4a1c9e57")
BATCH = 500


def check_mapping(*, headers: list[str], mapping: dict[str, str]) -> list[RowError]:
    """Checks the column mapping: required columns chosen, chosen headers present in the file."""
    errors = []
    labels = {c.key: c.label for c in COLUMNS}
    for key in REQUIRED:
        if not mapping.get(key):
            errors.append(
                RowError(1, labels[key], _("colonne obligatoire : choisissez la colonne du fichier qui la contient"))
            )
    for key, header in mapping.items():
        if header and header not in headers:
            errors.append(
                RowError(
                    1,
                    labels.get(key, key),
                    _("la colonne « %(header)s » n'existe pas dans le fichier") % {"header": header},
                )
            )
    return errors


class SpreadsheetAdapter(Adapter):
    """A coordinator's spreadsheet, its columns mapped to ours; `plateformes`: the ones a coordinator may write
    (None: an administrator, no limit)."""

    def __init__(self, *, sheet: Sheet, mapping: dict[str, str], plateformes: frozenset | None = None):
        self.sheet, self.mapping, self.plateformes = sheet, mapping, plateformes
        self.seen: dict[str, int] = {}

    def read(self, report: ImportReport) -> list[tuple[int, dict]]:
        errors = check_mapping(headers=self.sheet.headers, mapping=self.mapping)
        if errors:
            raise ImportRefused(errors)
        self.lookups = Lookups()
        positions = {key: self.sheet.headers.index(header) for key, header in self.mapping.items() if header}
        return [
            (number, {key: cells[i] for key, i in positions.items()})
            for cells, number in zip(self.sheet.rows, self.sheet.line_numbers, strict=True)
        ]

    def clean(self, numbered: tuple[int, dict]) -> tuple[CleanRow | None, list[RowError]]:
        number, values = numbered
        clean, errors = clean_row(values=values, number=number, lookups=self.lookups)
        if clean is not None and clean.external_id in self.seen:
            errors.append(
                RowError(
                    number,
                    "identifiant",
                    _("même service que la ligne %(line)s (« %(id)s »)")
                    % {"line": self.seen[clean.external_id], "id": clean.external_id},
                )
            )
        if clean is not None:
            self.seen.setdefault(clean.external_id, number)
        return clean, errors

    def check(self, cleaned: list[CleanRow], report: ImportReport) -> None:
        if self.plateformes is not None and not report.errors:
            report.errors += _out_of_scope(cleaned, self.plateformes)

    def write(self, cleaned: list[CleanRow], report: ImportReport) -> None:
        existing = dict(
            Service.objects.filter(external_id__in=[c.external_id for c in cleaned]).values_list("external_id", "id")
        )
        for c in cleaned:
            place = c.commune.name if c.commune else (c.postal.locality if c.postal else c.values["plateforme"])
            action = "update" if c.external_id in existing else "create"
            report.actions.append(RowAction(c.row, action, c.values["name"], place))
            report.count("services", "updated" if action == "update" else "created")
        _write(cleaned, existing)
        if not report.dry_run:
            logger.info("Spreadsheet import: %s created, %s updated", report.created, report.updated)


def import_sheet(
    *, sheet: Sheet, mapping: dict[str, str], dry_run: bool = True, plateformes: frozenset | None = None
) -> ImportReport:
    """Checks every row; the dry run (the same writes, rolled back) lists what would be created or updated; a commit
    writes all rows or none."""
    return run_import(SpreadsheetAdapter(sheet=sheet, mapping=mapping, plateformes=plateformes), dry_run=dry_run)


def _out_of_scope(cleaned: list[CleanRow], plateformes: frozenset) -> list[RowError]:
    """Row-numbered errors for rows a coordinator may not write (another plateforme's, now or before)."""
    keys = [c.external_id for c in cleaned]
    current = dict(Service.objects.filter(external_id__in=keys).values_list("external_id", "plateforme"))
    errors = []
    for c in cleaned:
        for plateforme in {c.values["plateforme"], current.get(c.external_id, "")} - {""}:
            if plateforme not in plateformes:
                message = _("ce service est dans la plateforme « %(p)s », que vous ne coordonnez pas")
                errors.append(RowError(c.row, "plateforme", message % {"p": plateforme}))
    return errors


def _unique_slug(wanted: str, taken: set) -> str:
    base = (slugify(wanted) or "service")[:110]
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def stable_id(kind: str, key: str) -> uuid.UUID:
    """Returns the id of a record the import owns: the same row gives the same ids on every re-import."""
    return uuid.uuid5(ID_NAMESPACE, f"{kind}:{key}")


def _upsert(model, rows: list, fields: list[str]) -> None:
    """Inserts the rows, or updates these fields when the id exists (SQLite and PostgreSQL: ON CONFLICT)."""
    if rows:
        model.objects.bulk_create(
            rows, batch_size=BATCH, update_conflicts=True, unique_fields=["id"], update_fields=fields
        )


def _organizations(cleaned) -> dict[str, uuid.UUID]:
    wanted = {slugify(c.organization)[:120] or "organisation": c.organization for c in cleaned}
    known = dict(Organization.objects.filter(slug__in=wanted).values_list("slug", "id"))
    new = [
        Organization(id=stable_id("organization", slug), slug=slug, name=name[:255])
        for slug, name in wanted.items()
        if slug not in known
    ]
    for org in new:
        org.full_clean(validate_unique=False, validate_constraints=False)
    Organization.objects.bulk_create(new, batch_size=BATCH)
    known.update({o.slug: o.id for o in new})
    return {c.organization: known[slugify(c.organization)[:120] or "organisation"] for c in cleaned}


def _write(cleaned: list[CleanRow], existing: dict) -> None:
    if not cleaned:
        return
    organizations = _organizations(cleaned)
    slugs = dict(Service.objects.filter(external_id__in=existing).values_list("external_id", "slug"))
    taken = set(Service.objects.values_list("slug", flat=True))
    services = {}
    for c in cleaned:
        service = Service(
            id=existing.get(c.external_id) or stable_id("service", c.external_id),
            external_id=c.external_id,
            organization_id=organizations[c.organization],
            slug=slugs.get(c.external_id) or _unique_slug(c.external_id, taken),
            **c.values,
        )
        service.full_clean(exclude=["organization", "terms"], validate_unique=False, validate_constraints=False)
        services[c.external_id] = service
    _upsert(Service, list(services.values()), [*cleaned[0].values, "organization", "modified_at"])
    ids = [s.id for s in services.values()]
    _write_children(cleaned, services)
    through = Service.terms.through
    through.objects.filter(service_id__in=ids).exclude(taxonomyterm__taxonomy__vocabulary=Vocabulary.FACT).delete()
    through.objects.bulk_create(
        [
            through(service_id=services[c.external_id].id, taxonomyterm_id=t.id)
            for c in cleaned
            for t in dict.fromkeys(c.terms)
        ],
        batch_size=BATCH,
    )
    _mark_search_dirty(ids)


def _write_children(cleaned: list[CleanRow], services: dict) -> None:
    """Writes each row's place, address, phones and areas with stable ids; removes the ones the row no longer has."""
    communes_by_plateforme: dict[str, list] = {}
    for commune in Commune.objects.filter(german_speaking=False):
        communes_by_plateforme.setdefault(commune.plateforme, []).append(commune)
    locations, addresses, links, phones, areas, placeless = [], [], [], [], [], []
    for c in cleaned:
        service, key = services[c.external_id], c.external_id
        if c.postal or c.commune or c.street:
            point = c.postal or c.commune
            location = Location(
                id=stable_id("location", key),
                organization_id=service.organization_id,
                name=service.name[:255],
                location_type=LocationType.PHYSICAL,
                commune=c.commune,
                latitude=point.latitude if point else None,
                longitude=point.longitude if point else None,
                geo_precision=(GeoPrecision.POSTAL_CODE if c.postal else GeoPrecision.COMMUNE) if point else "",
                external_identifier=LOCATION_PREFIX + key,
                external_identifier_type="tableur",
            )
            locations.append(location)
            # The locality as the spreadsheet gives it (« Theux » stays Theux although 4910 also covers La Reid).
            city = c.locality or (c.postal.locality if c.postal else (c.commune.name if c.commune else ""))
            addresses.append(
                Address(
                    id=stable_id("address", key),
                    location=location,
                    address_1=c.street[:255],
                    postal_code=c.postal.code if c.postal else "",
                    city=city[:100],
                )
            )
            links.append(
                ServiceAtLocation(id=stable_id("service_at_location", key), service=service, location=location)
            )
        else:
            placeless.append(LOCATION_PREFIX + key)
        phones += [
            Phone(id=stable_id("phone", f"{key}:{i}"), service=service, number=n[:40], sort_order=i)
            for i, n in enumerate(c.phones)
        ]
        if service.scope == Scope.LOCAL and c.commune:
            covered = [c.commune]
        elif service.scope == Scope.PLATEFORME:
            covered = communes_by_plateforme.get(service.plateforme, [])
        else:
            covered = []
        areas += [
            ServiceArea(
                id=stable_id("service_area", f"{key}:{m.nis_code}"),
                service=service,
                commune=m,
                name=m.name,
                sort_order=i,
            )
            for i, m in enumerate(covered)
        ]
        if service.scope in (Scope.PROVINCE, Scope.FWB):
            areas.append(
                ServiceArea(
                    id=stable_id("service_area", f"{key}:scope"), service=service, name=str(service.get_scope_display())
                )
            )
    ids = [s.id for s in services.values()]
    # What a row no longer has goes; the rest is updated in place (no delete-and-recreate of 10,000 rows).
    Location.objects.filter(external_identifier__in=placeless).delete()
    Phone.objects.filter(service_id__in=ids).exclude(id__in=[p.id for p in phones]).delete()
    ServiceArea.objects.filter(service_id__in=ids).exclude(id__in=[a.id for a in areas]).delete()
    _upsert(Location, locations, ["organization", "name", "commune", "latitude", "longitude", "geo_precision"])
    _upsert(Address, addresses, ["address_1", "postal_code", "city"])
    _upsert(ServiceAtLocation, links, ["description"])
    _upsert(Phone, phones, ["number", "sort_order"])
    _upsert(ServiceArea, areas, ["name", "sort_order"])


def _mark_search_dirty(ids: list) -> None:
    """Enters the directory's write path (bulk writes send no signals): new version, services queued for the index."""
    directory_changed(service_ids=ids) if len(ids) <= 1000 else directory_changed(everything=True)
