"""Backup and restore of the whole site: every table (portable JSON, any database engine) and the media files."""

import gzip
import io
import re
import shutil
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


class UnsafeBackup(ValueError):
    """The archive holds a member that a restore must not write (outside its folder, a link, a device…)."""


def _checked_members(tar: tarfile.TarFile, media_root: Path) -> tuple[tarfile.TarInfo, list]:
    """Checks every member BEFORE anything is touched; returns data.json.gz and the media files with their targets.

    Refused: absolute names, `..`, links (symbolic or hard), devices and FIFOs, and any media path that resolves
    outside MEDIA_ROOT. Other members are ignored (never extracted).
    """
    data = None
    media = []
    root = media_root.resolve()
    for member in tar.getmembers():
        name = member.name
        parts = Path(name).parts
        if name.startswith(("/", "\\")) or ".." in parts or "\\" in name or "\x00" in name:
            raise UnsafeBackup(f"Sauvegarde refusée : chemin dangereux dans l’archive ({name[:200]!r}).")
        if member.issym() or member.islnk():
            raise UnsafeBackup(f"Sauvegarde refusée : lien dans l’archive ({name[:200]!r}).")
        if not (member.isfile() or member.isdir()):
            raise UnsafeBackup(f"Sauvegarde refusée : fichier spécial dans l’archive ({name[:200]!r}).")
        if name == "data.json.gz" and member.isfile():
            data = member
        elif parts and parts[0] == "media":
            if member.isfile():
                target = (root / Path(*parts[1:])).resolve()
                if not target.is_relative_to(root) or target == root:
                    raise UnsafeBackup(f"Sauvegarde refusée : fichier hors du dossier des médias ({name[:200]!r}).")
                media.append((member, target))
        # Anything else is never extracted (read nowhere, written nowhere).
    if data is None:
        raise ValueError("Ce fichier n'est pas une sauvegarde de la plateforme (data.json.gz absent).")
    return data, media


def backup_restore(*, path: Path) -> int:
    """Replaces every table with the backup's content (all or nothing) and restores media; returns object count.

    Every member is checked before the database is touched (a tampered archive is refused whole); data and media
    are streamed to disk, never held in memory.
    """
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(path, "r:gz") as tar:
        data_member, media_members = _checked_members(tar, media_root)
        fixture = Path(settings.BASE_DIR) / "var" / "restore-data.json"
        fixture.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(tar.extractfile(data_member)) as source, open(fixture, "wb") as target:
            shutil.copyfileobj(source, target, length=1024 * 1024)
        output = io.StringIO()
        try:
            with transaction.atomic():
                management.call_command("flush", interactive=False, verbosity=0)
                management.call_command("loaddata", str(fixture), verbosity=1, stdout=output)
        finally:
            fixture.unlink(missing_ok=True)
        installed = re.search(r"Installed (\d+) object", output.getvalue())
        for member, target in media_members:
            target.parent.mkdir(parents=True, exist_ok=True)
            with tar.extractfile(member) as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out, length=1024 * 1024)
    for command in ("rebuild_references_index", "rebuild_search_index"):
        try:
            management.call_command(command, verbosity=0)
        except management.CommandError:
            continue
    return int(installed[1]) if installed else 0
