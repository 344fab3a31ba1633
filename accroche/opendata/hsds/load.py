"""Adapter of the import pipeline for HSDS data packages (3.0, or 1.1 through the documented mapping).

`run_import`: read the package (bounded: accroche/imports/limits.py) and validate its tables → build every record
(row-numbered errors, file by file) → write all of it or nothing, in one transaction and one directory version.
"""

import logging
import uuid
from pathlib import Path

from django.core.exceptions import ValidationError

from accroche.directory.models import details
from accroche.directory.models.core import Location, Organization, Service, ServiceAtLocation
from accroche.directory.services import directory_changed
from accroche.imports.pipeline import Adapter, ImportRefused, run_import
from accroche.imports.report import ImportReport

from . import records, spec
from .package import PackageError, RawPackage, read_package, read_zip, v3_tables
from .taxonomies import TaxonomyPlan
from .validate import ERROR, WARNING, Issue, validate_tables

logger = logging.getLogger(__name__)

# resource, model, builder; in write order (references first)
STEPS = [
    ("organization", Organization, records.organization),
    ("location", Location, records.location),
    ("service", Service, records.service),
    ("service_at_location", ServiceAtLocation, records.service_at_location),
    ("address", details.Address, records.address),
    ("contact", details.Contact, records.contact),
    ("phone", details.Phone, records.phone),
    ("schedule", details.Schedule, records.schedules),
    ("language", details.Language, records.language),
    ("accessibility", details.Accessibility, records.accessibility),
    ("cost_option", details.CostOption, records.cost_option),
    ("service_area", details.ServiceArea, records.service_area),
]
UNMAPPED_RESOURCES = {
    "program",
    "funding",
    "required_document",
    "organization_identifier",
    "metadata",
    "meta_table_description",
}
ORDER_PARENT = {
    "address": "location_id",
    "phone": "service_id",
    "contact": "service_id",
    "schedule": "service_id",
    "language": "service_id",
    "accessibility": "location_id",
    "cost_option": "service_id",
    "service_area": "service_id",
}
# References whose target must exist (the others are dropped with a warning when dangling).
REQUIRED_REFERENCES = {
    ("service", "organization_id"),
    ("service_at_location", "service_id"),
    ("service_at_location", "location_id"),
    ("cost_option", "service_id"),
}


def _split_issues(issues: list[Issue], report: ImportReport) -> None:
    for issue in issues:
        resource = next((n for n, r in spec.resources().items() if r["path"] == issue.file), "")
        if issue.kind == "foreign-key" and (resource, issue.field) not in REQUIRED_REFERENCES:
            continue  # reported (and dropped) where the record is built
        (report.errors if issue.severity == ERROR else report.warnings).append(issue)


def _warn_unmapped(tables, report: ImportReport) -> None:
    for name, table in tables.items():
        if name in UNMAPPED_RESOURCES and table.rows:
            report.warnings.append(
                Issue(
                    table.path,
                    0,
                    "",
                    f"{len(table.rows)} ligne(s) non reprises : l'annuaire ne gère pas ce type d'information",
                    WARNING,
                )
            )


def _clean(model, values: dict, file: str, line: int, report: ImportReport):
    """Returns an unsaved instance from values after full_clean (errors become row-numbered issues)."""
    instance = model(**values)
    fk_fields = [f.name for f in model._meta.concrete_fields if f.is_relation]
    try:
        instance.full_clean(exclude=fk_fields, validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            column = "" if name == "__all__" else name
            for message in messages:
                report.errors.append(Issue(file, line, column, str(message)))
    return instance


def _restore_last_modified(tables) -> None:
    """Keeps each service's HSDS last_modified (the model field is auto_now, so save() would overwrite it)."""
    for row in tables["service"].rows if "service" in tables else []:
        if row.get("last_modified"):
            Service.objects.filter(id=row["id"]).update(modified_at=records.moment(row["last_modified"]))


def _write(built, plan, report) -> None:
    plan.write_taxonomies(report)
    for name, model, _ in STEPS:
        file = spec.resources()[name]["path"]
        ids = [values["id"] for values, _ in built[name]]
        existing = model.objects.in_bulk([uuid.UUID(str(i)) for i in ids])
        parents = {}
        for values, line in built[name]:
            if name == "organization":
                parents[values["id"]] = plan.parent_organizations.get(values["id"])
            if name == "contact" and values["id"] in plan.contact_phones:
                values["phone"] = plan.contact_phones[values["id"]]
            instance = _clean(model, values, file, line, report)
            old = existing.get(uuid.UUID(str(values["id"])))
            if old is not None:
                instance._state.adding = False
                for keep in ("created_at", "internal_notes", "hidden_at", "assurer_email", "synonyms"):
                    if hasattr(old, keep) and keep not in values:
                        setattr(instance, keep, getattr(old, keep))
            if report.errors:
                continue
            instance.save()
            report.count(name, "updated" if old is not None else "created")
        if name == "organization":
            for org_id, parent_id in parents.items():
                if parent_id:
                    Organization.objects.filter(id=org_id).update(parent_organization_id=parent_id)
        if report.errors:
            return  # the pipeline rolls everything back
    plan.write_links(report)


def _existing_ids(tables) -> dict[str, set]:
    out = {}
    for name, model in (("organization", Organization), ("location", Location), ("service", Service)):
        out[name] = set(model.objects.values_list("id", flat=True))
    return out


class HsdsAdapter(Adapter):
    """An HSDS package: its rows are the records of every table, built in write order (references first)."""

    subject = "service"

    def __init__(self, *, raw: RawPackage | None = None, path: Path | None = None, fileobj=None):
        self.raw, self.path, self.fileobj = raw, path, fileobj
        self.orders: dict[str, dict] = {}

    def new_report(self, dry_run: bool) -> ImportReport:
        return ImportReport(subject=self.subject, dry_run=dry_run, version="3.0")

    def read(self, report: ImportReport) -> list[tuple]:
        from . import v1

        raw = self.raw
        if raw is None:
            try:
                raw = read_zip(self.fileobj) if self.fileobj is not None else read_package(Path(self.path))
            except PackageError as exc:
                report.warnings += [i for i in exc.issues if i.severity == WARNING]
                raise ImportRefused([i for i in exc.issues if i.severity == ERROR]) from None
        if raw.is_v1:
            report.version = "1.1"
            self.tables = tables = v1.to_v3(raw)
        else:
            self.tables = tables = v3_tables(raw)
        report.warnings += [i for i in raw.issues if i.severity == WARNING]
        report.errors += [i for i in raw.issues if i.severity == ERROR]
        _split_issues(validate_tables(tables), report)
        _warn_unmapped(tables, report)
        if report.errors:
            raise ImportRefused(report.errors)
        self.ctx = records.Context(tables=tables, existing_ids=_existing_ids(tables), slugs={})
        self.plan = TaxonomyPlan(tables=tables, ctx=self.ctx)
        self.plan.prepare(report)
        return [
            (name, builder, tables[name].path, row, line)
            for name, _model, builder in STEPS
            if name in tables
            for row, line in zip(tables[name].rows, tables[name].line_numbers, strict=True)
        ]

    def clean(self, item: tuple) -> tuple[list | None, list]:
        name, builder, path, row, line = item
        if (
            name == "phone"
            and row.get("contact_id")
            and not any(row.get(k) for k in ("service_id", "organization_id", "location_id", "service_at_location_id"))
        ):
            self.plan.contact_phones.setdefault(row["contact_id"], row.get("number", ""))
            return None, []
        try:
            produced = builder(row, self.ctx, line)
        except ValueError as exc:
            return None, [Issue(path, line, "", f"valeur illisible ({exc})")]
        built = []
        orders = self.orders.setdefault(name, {})
        for values in produced if isinstance(produced, list) else [produced] if produced else []:
            if name in ORDER_PARENT:
                parent = values.get(ORDER_PARENT[name]) or values.get("location_id") or values.get("organization_id")
                values["sort_order"] = orders[parent] = orders.get(parent, -1) + 1
            built.append((name, values, line))
        return built, []

    def check(self, cleaned: list[list], report: ImportReport) -> None:
        if not hasattr(self, "plan"):
            return
        self.built: dict[str, list] = {name: [] for name, _, _ in STEPS}
        for records_of_row in cleaned:
            for name, values, line in records_of_row:
                self.built[name].append((values, line))
        self.plan.apply_attributes(self.built, report)
        self.plan.assign_slugs(self.built)
        report.warnings += self.ctx.warnings

    def write(self, cleaned: list, report: ImportReport) -> None:
        _write(self.built, self.plan, report)
        if report.errors:
            return
        _restore_last_modified(self.tables)
        directory_changed(everything=True)  # bulk writes send no signals
        logger.info("HSDS import (%s, dry_run=%s): %s", report.version, report.dry_run, report.summary())


def import_package(*, raw: RawPackage, dry_run: bool = False) -> ImportReport:
    """Imports a read package (3.0, or 1.1 through the documented mapping); writes nothing on any error."""
    return run_import(HsdsAdapter(raw=raw), dry_run=dry_run)


def import_hsds(*, path: Path | None = None, fileobj=None, dry_run: bool = False) -> ImportReport:
    """Reads a package (zip or folder path, or an uploaded zip file object) and imports it."""
    return run_import(HsdsAdapter(path=path, fileobj=fileobj), dry_run=dry_run)
