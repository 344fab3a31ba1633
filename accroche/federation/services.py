"""Harvesting another instance's HSDS API: plan (what would change), then apply page by page (resumable)."""

from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from django.db import transaction
from django.utils import timezone

from .client import HarvestError, HsdsClient
from .models import HarvestedService, HarvestSource

PER_PAGE = 100  # the API's maximum (settings.HSDS_API_MAX_PER_PAGE)
DAILY_JOB = "harvest-daily"
DAILY_HOUR = 5  # Europe/Brussels, before the freshness run (06:00)


@dataclass
class HarvestReport:
    source: str
    dry_run: bool
    read: int = 0  # services listed at the source
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)  # ids of local services not from this source
    partial: bool = False  # stopped after --max-pages: the next run resumes

    def summary(self) -> str:
        verb = "créerait, mettrait à jour, retirerait" if self.dry_run else "créées, mises à jour, retirées"
        return (
            f"{self.source} : {self.read} fiches lues ; {verb} : {len(self.created)}, {len(self.updated)}, "
            f"{len(self.withdrawn)} ; inchangées : {self.unchanged}"
            + (f" ; ignorées (fiches locales de même id) : {len(self.skipped)}" if self.skipped else "")
            + (" ; arrêt après le nombre de pages demandé : la suite au prochain passage" if self.partial else "")
        )


def source_for(base_url: str, *, name: str = "", create: bool = True) -> HarvestSource:
    """Returns the source of this API URL (created unless `create` is False: then unsaved)."""
    base_url = base_url if base_url.endswith("/") else base_url + "/"
    found = HarvestSource.objects.filter(base_url=base_url).first()
    if found is not None:
        return found
    parts = urlsplit(base_url)
    source = HarvestSource(base_url=base_url, name=name or parts.netloc, site_url=f"{parts.scheme}://{parts.netloc}/")
    if create:
        source.save()
    return source


def _remote_ids(client: HsdsClient) -> dict[str, str]:
    """Returns {id: modified date} of every public service of the source."""
    remote = {}
    # Without per_page the API sends every id in one answer (decision 0021): one request instead of one per 100
    for _page, items in client.pages("services", minimal="true"):
        for item in items:
            remote[str(item["id"])] = item.get("modified_date", "")
    return remote


def _local(source: HarvestSource) -> dict[str, str]:
    if source.pk is None:
        return {}
    return {str(k): v for k, v in source.services.values_list("service_id", "remote_modified")}


def _apply(source: HarvestSource, data: dict, report: HarvestReport, local: dict, foreign: set) -> None:
    from .mapping import upsert_service

    pk = str(data["id"])
    if pk in foreign:
        report.skipped.append(pk)
        return
    modified = data.get("last_modified", "")
    if pk in local and local[pk] == modified:
        report.unchanged += 1
        return
    (report.updated if pk in local else report.created).append(pk)
    if report.dry_run:
        return
    with transaction.atomic():
        service, _created = upsert_service(data)
        HarvestedService.objects.update_or_create(
            service=service, defaults={"source": source, "remote_modified": modified}
        )
    local[pk] = modified


def harvest(
    source: HarvestSource,
    *,
    dry_run: bool = False,
    client: HsdsClient | None = None,
    per_page: int = PER_PAGE,
    max_pages: int | None = None,
) -> HarvestReport:
    """Copies what changed at the source since the cursor, withdraws what the source no longer publishes.

    Resumable: the page reached is stored after each page, and the next run starts there. The minimal listing
    (every id with its date) catches what the incremental pages missed and tells what was withdrawn. With
    `max_pages`, the run stops after that many pages (nothing withdrawn); the next run goes on from there.
    """
    from accroche.directory.models import Service

    client = client or HsdsClient(source.base_url)
    report = HarvestReport(source=str(source), dry_run=dry_run)
    remote = _remote_ids(client)
    report.read = len(remote)
    local = _local(source)
    same_ids = Service.objects.filter(id__in=list(remote))
    if source.pk is not None:
        same_ids = same_ids.exclude(harvest_record__source=source)
    foreign = {str(pk) for pk in same_ids.values_list("id", flat=True)}  # local listings, or another source's
    seen = set()
    for page, items in client.pages(
        "services",
        start=source.cursor_page or 1,
        full="true",
        per_page=per_page,
        modified_after=source.cursor_modified_after,
    ):
        for data in items:
            seen.add(str(data["id"]))
            _apply(source, data, report, local, foreign)
        if not dry_run:
            HarvestSource.objects.filter(pk=source.pk).update(cursor_page=page + 1)
        if max_pages and page - (source.cursor_page or 1) + 1 >= max_pages:
            report.partial = True
            if not dry_run:
                _mark_search_dirty([*report.created, *report.updated])
            return report
    for pk, modified in remote.items():  # listed but not in the incremental pages: new here, or changed back
        if pk in seen or pk in foreign or (pk in local and local[pk] == modified):
            if pk not in seen and pk in local and local[pk] == modified:
                report.unchanged += 1
            continue
        if dry_run:
            (report.updated if pk in local else report.created).append(pk)
            continue
        _apply(source, client.get(f"services/{pk}"), report, local, foreign)
    gone = [pk for pk in local if pk not in remote]
    report.withdrawn = gone
    if not dry_run:
        withdraw(source, gone)
        newest = max((m for m in remote.values() if m), default=source.cursor_modified_after)
        source.cursor_modified_after = newest
        source.cursor_page = 1
        source.last_run_at = timezone.now()
        source.last_report = report.summary()
        source.save(update_fields=["cursor_modified_after", "cursor_page", "last_run_at", "last_report"])
        _mark_search_dirty([*report.created, *report.updated, *gone])
    return report


@transaction.atomic
def withdraw(source: HarvestSource, service_ids: list[str]) -> int:
    """Deletes the copies the source no longer publishes (and their organizations left without services)."""
    from accroche.directory.models import Organization, Service

    services = Service.objects.filter(id__in=service_ids, harvest_record__source=source)
    org_ids = set(services.values_list("organization_id", flat=True))
    count = 0
    for service in services:
        service.delete()
        count += 1
    Organization.objects.filter(id__in=org_ids, services__isnull=True).delete()
    return count


def _mark_search_dirty(ids: list) -> None:
    from accroche.search.indexing import mark_dirty

    if ids:
        mark_dirty(ids)


def harvest_all(*, dry_run: bool = False) -> list[HarvestReport]:
    """Harvests every active source; a source that cannot be read is reported and the others go on."""
    reports = []
    for source in HarvestSource.objects.filter(active=True):
        try:
            reports.append(harvest(source, dry_run=dry_run))
        except HarvestError as exc:
            HarvestSource.objects.filter(pk=source.pk).update(last_report=f"Erreur : {exc}", last_run_at=timezone.now())
            reports.append(HarvestReport(source=f"{source} — erreur : {exc}", dry_run=dry_run))
    return reports


def schedule_daily(*, now: datetime | None = None) -> datetime | None:
    """Queues the next daily harvest once (None when the task backend cannot defer) — as decision 0074."""
    from accroche.network.services.scheduling import schedule_daily_job

    from .tasks import harvest_daily_task

    return schedule_daily_job(name=DAILY_JOB, task=harvest_daily_task, hour=DAILY_HOUR, now=now)


def run_daily() -> list[str]:
    """Body of the daily task: harvest every source once, then schedule tomorrow's run."""
    from accroche.network.services.scheduling import daily_job_started

    now = daily_job_started(name=DAILY_JOB)
    summaries = [r.summary() for r in harvest_all()]
    schedule_daily(now=now)
    return summaries
