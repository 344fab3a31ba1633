#!/usr/bin/env python3
"""Offline dependency audit from a dated snapshot of the PyPA advisory database kept in the repository.

    python3 scripts/advisories.py audit                # checks requirements/*.txt against security/advisories/
    python3 scripts/advisories.py refresh [--from DIR] # rewrites the snapshot (git clone where the internet answers)

The snapshot keeps only the advisories of the packages the project pins (small repository). `audit` prints every
known vulnerability of a pinned version and fails on any; it also fails when the snapshot is older than
MAX_AGE_DAYS (an old snapshot proves nothing about recent advisories). Standard library only, plus `packaging`
(pip's own) for version ranges — and PyYAML only for `refresh`.
Data: PyPA advisory database, https://github.com/pypa/advisory-database, CC-BY 4.0 (security/advisories/README.md).
"""

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "security" / "advisories"
LOCKS = [ROOT / "requirements" / "base.txt", ROOT / "requirements" / "dev.txt"]
SOURCE = "https://github.com/pypa/advisory-database"
MAX_AGE_DAYS = 90
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.M)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned() -> dict[str, str]:
    pins = {}
    for lock in LOCKS:
        if lock.exists():
            for name, version in PIN.findall(lock.read_text()):
                pins[normalise(name)] = version
    return pins


def _affected(version: str, affected: dict) -> bool:
    from packaging.version import InvalidVersion, Version

    if version in affected.get("versions", []):
        return True
    try:
        current = Version(version)
    except InvalidVersion:
        return False
    for rng in affected.get("ranges", []):
        if rng.get("type") != "ECOSYSTEM":
            continue
        inside = False
        for event in rng.get("events", []):
            try:
                if "introduced" in event:
                    inside = event["introduced"] == "0" or current >= Version(event["introduced"])
                elif "fixed" in event and inside and current >= Version(event["fixed"]):
                    inside = False
                elif "last_affected" in event and inside and current > Version(event["last_affected"]):
                    inside = False
            except InvalidVersion:
                continue
        if inside:
            return True
    return False


def audit() -> int:
    meta_file = SNAPSHOT / "SNAPSHOT.json"
    if not meta_file.exists():
        print("Audit : aucun instantané de la base d'avis (security/advisories/) : lancez `make audit-refresh`.")
        return 2
    meta = json.loads(meta_file.read_text())
    pins = pinned()
    found = []
    for name, version in sorted(pins.items()):
        path = SNAPSHOT / "pypi" / f"{name}.json"
        if not path.exists():
            continue
        for advisory in json.loads(path.read_text()):
            if advisory.get("withdrawn"):
                continue  # retracted by its authors (e.g. PYSEC-2023-73: a Redis server crash filed against redis-py)
            for affected in advisory.get("affected", []):
                if normalise(affected.get("package", {}).get("name", "")) == name and _affected(version, affected):
                    found.append((name, version, advisory["id"], advisory.get("aliases", [])))
    date = dt.date.fromisoformat(meta["date"][:10])
    age = (dt.date.today() - date).days
    print(
        f"Audit Python : {len(pins)} paquets figés, base d'avis PyPA du {date} ({age} jours, commit {meta['commit'][:12]})."
    )
    for name, version, ident, aliases in found:
        print(f"  VULNÉRABLE {name}=={version} : {ident} {' '.join(aliases)}")
    if not found:
        print("  Aucune vulnérabilité connue de cet instantané pour les versions figées.")
    status = 1 if found else 0
    if age > MAX_AGE_DAYS:
        print(
            f"Audit : l'instantané a plus de {MAX_AGE_DAYS} jours : il ne dit rien des avis récents. "
            "Mettez-le à jour là où Internet répond : `make audit-refresh`, puis committez security/advisories/."
        )
        if os.environ.get("AUDIT_ALLOW_STALE") == "1":
            print("  (AUDIT_ALLOW_STALE=1 : instantané périmé signalé sans échec — voir .ci/run.)")
        else:
            status = status or 3
    return status


def refresh(source: str | None) -> int:
    import yaml

    with tempfile.TemporaryDirectory() as tmp:
        if source and (Path(source) / "HEAD").exists() and not (Path(source) / "vulns").exists():
            repo = Path(tmp) / "db"  # a bare git directory (mirror): check out its tree
            subprocess.run(["git", "clone", "--quiet", "--depth=1", f"file://{source}", str(repo)], check=True)
        elif source:
            repo = Path(source)
        else:
            repo = Path(tmp) / "db"
            subprocess.run(["git", "clone", "--quiet", "--depth=1", SOURCE + ".git", str(repo)], check=True)
        commit, date = subprocess.run(
            ["git", "-C", str(repo), "log", "-1", "--format=%H %cI"], check=True, capture_output=True, text=True
        ).stdout.split()
        out = SNAPSHOT / "pypi"
        if out.exists():
            for old in out.glob("*.json"):
                old.unlink()
        out.mkdir(parents=True, exist_ok=True)
        folders = {normalise(p.name): p for p in (repo / "vulns").iterdir() if p.is_dir()}
        kept = 0
        for name in sorted(pinned()):
            folder = folders.get(name)
            if folder is None:
                continue
            advisories = []
            for file in sorted(folder.glob("*.yaml")):
                data = yaml.safe_load(file.read_text())
                advisories.append(
                    {k: data[k] for k in ("id", "aliases", "affected", "modified", "withdrawn", "summary") if k in data}
                )
            (out / f"{name}.json").write_text(json.dumps(advisories, indent=1, ensure_ascii=False, default=str) + "\n")
            kept += len(advisories)
        meta = {"source": SOURCE, "commit": commit, "date": date, "licence": "CC-BY-4.0", "advisories": kept}
        (SNAPSHOT / "SNAPSHOT.json").write_text(json.dumps(meta, indent=1) + "\n")
    print(f"Instantané mis à jour : {kept} avis, base du {date[:10]} (commit {commit[:12]}).")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("audit")
    refresh_parser = sub.add_parser("refresh")
    refresh_parser.add_argument("--from", dest="source", help="a local copy of the advisory database (or its git dir)")
    args = parser.parse_args()
    return audit() if args.command == "audit" else refresh(args.source)


if __name__ == "__main__":
    sys.exit(main())
