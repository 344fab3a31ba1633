"""Import of an HSDS data package into the directory: validate everything, then write all of it or nothing."""

import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from accroche.directory.models import details
from accroche.directory.models.core import Location, Organization, Service, ServiceAtLocation
from accroche.directory.services import directory_batch, directory_changed

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


class Rollback(Exception):
    """Raised inside the transaction to undo a dry run."""


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    dry_run: bool = False
    version: str = "3.0"

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        parts = [
            f"{name} : {self.created.get(name, 0)} créé(s), {self.updated.get(name, 0)} mis à jour"
            for name in sorted(set(self.created) | set(self.updated))
        ]
        return " ; ".join(parts) or "rien à importer"


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


def _build(tables, ctx, plan, report) -> dict[str, list]:
    built: dict[str, list] = {name: [] for name, _, _ in STEPS}
    for name, _model, builder in STEPS:
        if name not in tables:
            continue
        table = tables[name]
        orders: dict = {}
        for row, line in zip(table.rows, table.line_numbers, strict=True):
            if (
                name == "phone"
                and row.get("contact_id")
                and not any(
                    row.get(k) for k in ("service_id", "organization_id", "location_id", "service_at_location_id")
                )
            ):
                plan.contact_phones.setdefault(row["contact_id"], row.get("number", ""))
                continue
            try:
                produced = builder(row, ctx, line)
            except ValueError as exc:
                report.errors.append(Issue(table.path, line, "", f"valeur illisible ({exc})"))
                continue
            for values in produced if isinstance(produced, list) else [produced] if produced else []:
                if name in ORDER_PARENT:
                    parent = (
                        values.get(ORDER_PARENT[name]) or values.get("location_id") or values.get("organization_id")
                    )
                    values["sort_order"] = orders[parent] = orders.get(parent, -1) + 1
                built[name].append((values, line))
    return built


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
            counter = report.updated if old is not None else report.created
            counter[name] = counter.get(name, 0) + 1
        if name == "organization":
            for org_id, parent_id in parents.items():
                if parent_id:
                    Organization.objects.filter(id=org_id).update(parent_organization_id=parent_id)
        if report.errors:
            raise Rollback
    plan.write_links(report)


def import_package(*, raw: RawPackage, dry_run: bool = False) -> ImportReport:
    """Imports a read package (3.0, or 1.1 through the documented mapping); writes nothing on any error."""
    from . import v1

    report = ImportReport(dry_run=dry_run)
    if raw.is_v1:
        report.version = "1.1"
        tables = v1.to_v3(raw)
    else:
        tables = v3_tables(raw)
    report.warnings += [i for i in raw.issues if i.severity == WARNING]
    report.errors += [i for i in raw.issues if i.severity == ERROR]
    _split_issues(validate_tables(tables), report)
    _warn_unmapped(tables, report)
    if report.errors:
        return report
    ctx = records.Context(tables=tables, existing_ids=_existing_ids(tables), slugs={})
    plan = TaxonomyPlan(tables=tables, ctx=ctx)
    plan.prepare(report)
    built = _build(tables, ctx, plan, report)
    plan.apply_attributes(built, report)
    plan.assign_slugs(built)
    report.warnings += ctx.warnings
    if report.errors:
        return report
    try:
        with transaction.atomic(), directory_batch():
            _write(built, plan, report)
            _restore_last_modified(tables)
            directory_changed(everything=True)  # bulk writes send no signals
            if dry_run:
                raise Rollback
    except Rollback:
        pass
    if report.errors:
        report.created, report.updated = {}, {}
    logger.info("HSDS import (%s, dry_run=%s): %s", report.version, dry_run, report.summary())
    return report


def _existing_ids(tables) -> dict[str, set]:
    out = {}
    for name, model in (("organization", Organization), ("location", Location), ("service", Service)):
        out[name] = set(model.objects.values_list("id", flat=True))
    return out


def import_hsds(*, path: Path | None = None, fileobj=None, dry_run: bool = False) -> ImportReport:
    """Reads a package (zip or folder path, or an uploaded zip file object) and imports it."""
    try:
        raw = read_zip(fileobj) if fileobj is not None else read_package(Path(path))
    except PackageError as exc:
        return ImportReport(errors=exc.issues, dry_run=dry_run)
    return import_package(raw=raw, dry_run=dry_run)
