"""Backup and restore of the whole site: every table (portable JSON, any database engine) and the media files."""

import gzip
import io
import json
import tarfile
from datetime import datetime
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import management, serializers
from django.db import transaction

# Derived or transient data: rebuilt after a restore, never worth restoring.
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "admin.logentry",
    "wagtailsearch.indexentry",
    "wagtailcore.referenceindex",
    "django_tasks_db",
    "axes",
]


def _excluded_labels() -> list[str]:
    installed = {a.label for a in apps.get_app_configs()}
    return [label for label in EXCLUDED if label.split(".")[0] in installed]


def _models_to_dump() -> list:
    """Returns every model to back up, in the order natural keys need (as dumpdata does)."""
    excluded = set(_excluded_labels())
    app_list = {config: None for config in apps.get_app_configs() if config.label not in excluded}
    return [
        model
        for model in serializers.sort_dependencies(app_list.items(), allow_cycles=True)
        if model._meta.label_lower not in excluded and model._meta.managed and not model._meta.proxy
    ]


def _objects():
    from wagtail.models import Page, PageLogEntry

    for model in _models_to_dump():
        queryset = model._default_manager.order_by(model._meta.pk.name)
        if model is PageLogEntry:
            # Entries about pages deleted since (e.g. "deleted the welcome page") point nowhere: their natural key
            # cannot be written. The pages that exist keep their whole history.
            queryset = queryset.filter(page_id__in=Page.objects.values("pk"))
        yield from queryset.iterator()


def backup_create(*, output_dir: Path) -> Path:
    """Writes `accroche-backup-<timestamp>.tar.gz` (data.json.gz + media/) and returns its path."""
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / f"accroche-backup-{datetime.now():%Y%m%d-%H%M%S}.tar.gz"
    buffer = io.StringIO()
    serializers.serialize("json", _objects(), use_natural_foreign_keys=True, stream=buffer)
    data = gzip.compress(buffer.getvalue().encode())
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("data.json.gz")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
        media = Path(settings.MEDIA_ROOT)
        if media.is_dir():
            tar.add(media, arcname="media")
    return path


def backup_restore(*, path: Path) -> int:
    """Replaces every table with the backup's content (all or nothing) and restores media; returns object count."""
    with tarfile.open(path, "r:gz") as tar:
        members = {m.name: m for m in tar.getmembers()}
        if "data.json.gz" not in members:
            raise ValueError("Ce fichier n'est pas une sauvegarde de la plateforme (data.json.gz absent).")
        raw = gzip.decompress(tar.extractfile(members["data.json.gz"]).read())
        objects = json.loads(raw)
        fixture = Path(settings.BASE_DIR) / "var" / "restore-data.json"
        fixture.parent.mkdir(parents=True, exist_ok=True)
        fixture.write_bytes(raw)
        try:
            with transaction.atomic():
                management.call_command("flush", interactive=False, verbosity=0)
                management.call_command("loaddata", str(fixture), verbosity=0)
        finally:
            fixture.unlink(missing_ok=True)
        media_members = [m for m in tar.getmembers() if m.name.startswith("media/") and m.isfile()]
        media_root = Path(settings.MEDIA_ROOT)
        for member in media_members:
            target = media_root / Path(member.name).relative_to("media")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(tar.extractfile(member).read())
    for command in ("rebuild_references_index", "rebuild_search_index"):
        try:
            management.call_command(command, verbosity=0)
        except management.CommandError:
            continue
    return len(objects)
