"""The offline dependency audit (scripts/advisories.py, decisions 0158 and 0197): version ranges read as OSV means
them, the snapshot in the repository covers what we lock, npm checked against package-lock.json, and the age rule."""

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("advisories", ROOT / "scripts" / "advisories.py")
advisories = importlib.util.module_from_spec(spec)
spec.loader.exec_module(advisories)

# PYSEC-2024-68 (CVE-2024-41990, Django), as the PyPA database has it — events NOT in version order — without its
# explicit list of versions, so that only the range decides. Data: PyPA advisory database, CC-BY 4.0.
DJANGO_RANGE = {
    "package": {"ecosystem": "PyPI", "name": "django"},
    "ranges": [
        {
            "type": "ECOSYSTEM",
            "events": [{"introduced": "5.0"}, {"fixed": "5.0.8"}, {"introduced": "4.2"}, {"fixed": "4.2.15"}],
        }
    ],
}


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("4.2.10", True),
        ("5.0.3", True),
        ("5.0", True),
        ("4.2.15", False),
        ("5.0.8", False),
        ("4.1.9", False),
        ("6.1.3", False),
    ],
)
def test_a_known_django_advisory_matches_the_old_versions_only(version, expected):
    assert advisories.affected(version, DJANGO_RANGE) is expected


def test_the_snapshot_in_the_repository_flags_an_old_django_and_not_ours():
    entries = json.loads((ROOT / "security" / "advisories" / "pypi" / "django.json").read_text())
    assert "PYSEC-2024-68" in {e["id"] for e in entries}
    old = advisories._findings(entries, "django", "4.2.14", "PyPI", advisories._pypi_key)
    assert "PYSEC-2024-68" in {ident for ident, _aliases, _summary in old}
    ours = advisories.pinned()["django"]
    assert advisories._findings(entries, "django", ours, "PyPI", advisories._pypi_key) == []


def test_every_pinned_package_the_database_knows_has_its_file():
    meta = json.loads((ROOT / "security" / "advisories" / "SNAPSHOT.json").read_text())
    assert meta["licence"] == "CC-BY-4.0" and meta["commit"] and meta["date"]
    files = {p.stem for p in (ROOT / "security" / "advisories" / "pypi").glob("*.json")}
    assert files <= set(advisories.pinned())  # no stale file for a package we no longer lock
    assert {"django", "wagtail", "pillow", "requests"} <= files


def _npm_world(tmp_path, *, date, complete=True):
    tmp_path.mkdir(parents=True, exist_ok=True)
    lock = tmp_path / "package-lock.json"
    lock.write_text(
        json.dumps(
            {
                "lockfileVersion": 3,
                "packages": {
                    "": {"name": "x"},
                    "node_modules/mapkit": {"version": "1.2.0"},
                    "node_modules/@tools/lint": {"version": "0.9.0", "dev": True},
                },
            }
        )
    )
    source = tmp_path / "osv"
    source.mkdir()
    for ident, name, fixed in (("TEST-0001", "mapkit", "1.3.0"), ("TEST-0002", "@tools/lint", "1.0.0")):
        (source / f"{ident}.json").write_text(
            json.dumps(
                {
                    "id": ident,
                    "summary": "test fixture",
                    "affected": [
                        {
                            "package": {"ecosystem": "npm", "name": name},
                            "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": fixed}]}],
                        }
                    ],
                }
            )
        )
    snapshot = tmp_path / "snapshot"
    advisories.refresh_npm(str(source), snapshot=snapshot, lock=lock)
    meta_file = snapshot / "npm" / "SNAPSHOT.json"
    meta = json.loads(meta_file.read_text())
    meta.update(date=date, complete=complete)
    meta_file.write_text(json.dumps(meta))
    return snapshot, lock


def test_npm_packages_are_checked_offline_against_the_lockfile(tmp_path, capsys):
    snapshot, lock = _npm_world(tmp_path, date=dt.date.today().isoformat())
    assert sorted(p.name for p in (snapshot / "npm").glob("*.json")) == [
        "@tools+lint.json",
        "SNAPSHOT.json",
        "mapkit.json",
    ]
    status, stale = advisories.audit_npm(snapshot, lock)
    out = capsys.readouterr().out
    assert status == 1 and stale == []  # the package served to browsers fails the audit
    assert "VULNÉRABLE mapkit@1.2.0 (servi au navigateur) : TEST-0001" in out
    assert "VULNÉRABLE @tools/lint@0.9.0 (outil de développement) : TEST-0002" in out


def test_an_old_or_empty_npm_snapshot_is_reported_as_stale(tmp_path, capsys):
    snapshot, lock = _npm_world(tmp_path, date="2020-01-01")
    assert advisories.audit_npm(snapshot, lock)[1] == [
        "instantané npm du 2020-01-01 (" + str((dt.date.today() - dt.date(2020, 1, 1)).days) + " jours)"
    ]
    snapshot, lock = _npm_world(tmp_path / "empty", date=dt.date.today().isoformat(), complete=False)
    status, stale = advisories.audit_npm(snapshot, lock)
    assert stale and "VIDE" in capsys.readouterr().out


def test_audit_prints_its_result_then_fails_on_age_unless_allowed(monkeypatch, capsys):
    monkeypatch.setattr(advisories, "audit_python", lambda: (0, ["instantané PyPI du 2024-10-10 (782 jours)"]))
    monkeypatch.setattr(advisories, "audit_npm", lambda: (0, []))
    monkeypatch.delenv("AUDIT_ALLOW_STALE", raising=False)
    assert advisories.audit() == 3
    assert "make audit-refresh" in capsys.readouterr().out
    monkeypatch.setenv("AUDIT_ALLOW_STALE", "1")
    assert advisories.audit() == 0
    monkeypatch.setattr(advisories, "audit_npm", lambda: (1, []))
    assert advisories.audit() == 1  # a vulnerability fails even with AUDIT_ALLOW_STALE
