"""Backup then restore into an emptied database gives back every listing, pathway and page."""

import tarfile

import pytest
from django.apps import apps
from django.core.management import call_command

from accroche.core.backup import _excluded_labels, backup_create, backup_restore


def _counts() -> dict[str, int]:
    excluded = set(_excluded_labels())
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label not in excluded
        and model._meta.label_lower not in excluded
        and model._meta.managed
        and not model._meta.proxy
    }


@pytest.mark.django_db(transaction=True)
def test_backup_restore_round_trip(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media" / "documents").mkdir(parents=True)
    (tmp_path / "media" / "documents" / "affiche.pdf").write_bytes(b"%PDF-1.4 test")
    call_command("load_demo_data", verbosity=0)
    before = _counts()
    # Log entries about pages deleted before the backup (the demo deletes Wagtail's welcome page) are not kept.
    from wagtail.models import Page, PageLogEntry

    before["wagtailcore.PageLogEntry"] = PageLogEntry.objects.filter(page_id__in=Page.objects.values("pk")).count()
    from accroche.directory.models import Service

    names = sorted(Service.objects.values_list("name", flat=True))
    assert len(names) == 104

    archive = backup_create(output_dir=tmp_path / "backups")
    call_command("flush", interactive=False, verbosity=0)
    (tmp_path / "media" / "documents" / "affiche.pdf").unlink()
    assert Service.objects.count() == 0

    restored = backup_restore(path=archive)

    assert restored > 104
    assert _counts() == before
    assert sorted(Service.objects.values_list("name", flat=True)) == names
    assert (tmp_path / "media" / "documents" / "affiche.pdf").read_bytes() == b"%PDF-1.4 test"


@pytest.mark.django_db
def test_restore_refuses_a_foreign_archive_and_keeps_data(tmp_path, demo_directory):
    from accroche.directory.models import Service

    bogus = tmp_path / "autre.tar.gz"
    with tarfile.open(bogus, "w:gz") as tar:
        tar.add(__file__, arcname="readme.txt")
    with pytest.raises(ValueError, match="data.json.gz"):
        backup_restore(path=bogus)
    assert Service.objects.count() == 104


def _tampered(path, member: tarfile.TarInfo, content: bytes = b"x"):
    """A real backup with one hostile member added."""
    import gzip
    import io

    data = gzip.compress(b"[]")
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("data.json.gz")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
        member.size = len(content) if member.isfile() else 0
        tar.addfile(member, io.BytesIO(content) if member.isfile() else None)
    return path


def _link(name, target, kind):
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = target
    return info


@pytest.mark.django_db
@pytest.mark.parametrize(
    "member",
    [
        tarfile.TarInfo("media/../../evil.txt"),
        tarfile.TarInfo("/tmp/evil.txt"),
        tarfile.TarInfo("media/documents/../../../evil.txt"),
        _link("media/lien", "/etc/passwd", tarfile.SYMTYPE),
        _link("media/dur", "data.json.gz", tarfile.LNKTYPE),
    ],
    ids=["dotdot", "absolute", "nested-dotdot", "symlink", "hardlink"],
)
def test_a_tampered_backup_is_refused_before_anything_is_touched(tmp_path, settings, demo_directory, member):
    from accroche.core.backup import UnsafeBackup
    from accroche.directory.models import Service

    settings.MEDIA_ROOT = tmp_path / "site" / "media"
    archive = _tampered(tmp_path / "piege.tar.gz", member)
    with pytest.raises(UnsafeBackup, match="Sauvegarde refusée"):
        backup_restore(path=archive)
    assert Service.objects.count() == 104  # the database was not flushed
    assert not list(tmp_path.rglob("evil.txt"))
