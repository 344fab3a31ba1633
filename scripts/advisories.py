#!/usr/bin/env python3
"""Offline dependency audit from dated advisory snapshots kept in the repository (docs/decisions/0158, 0197).

    python3 scripts/advisories.py audit                     # requirements/*.txt and package-lock.json, offline
    python3 scripts/advisories.py refresh [--from DIR]      # PyPI: the PyPA advisory database (git clone or copy)
    python3 scripts/advisories.py refresh-npm [--from DIR]  # npm: OSV's npm export (or a folder of OSV JSON files)

Each snapshot keeps only the advisories of the packages the project locks (small repository). `audit` checks every
locked version (Python runtime and dev sets, every package of package-lock.json), prints each known vulnerability,
or « aucune vulnérabilité connue dans l'instantané du … », and only then judges the snapshots' age: older than
MAX_AGE_DAYS (or an npm snapshot that holds no data) fails, because an old snapshot proves nothing about recent
advisories — unless AUDIT_ALLOW_STALE=1 (CI), which reports it without failing.
Exit status: 0 clean, 1 vulnerable, 2 no snapshot, 3 clean but stale.
Standard library only, plus `packaging` (pip's own) for Python versions — and PyYAML only for `refresh`.
Data: PyPA advisory database and GitHub Advisory Database (through OSV), CC-BY 4.0 (security/advisories/README.md).
"""

import argparse
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = ROOT / "security" / "advisories"
LOCKS = [ROOT / "requirements" / "base.txt", ROOT / "requirements" / "dev.txt"]
NPM_LOCK = ROOT / "package-lock.json"
SOURCE = "https://github.com/pypa/advisory-database"
NPM_SOURCE = "https://osv-vulnerabilities.storage.googleapis.com/npm/all.zip"
MAX_AGE_DAYS = 90
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.M)
FIELDS = ("id", "aliases", "affected", "modified", "withdrawn", "summary")


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned() -> dict[str, str]:
    pins = {}
    for lock in LOCKS:
        if lock.exists():
            for name, version in PIN.findall(lock.read_text()):
                pins[normalise(name)] = version
    return pins


def npm_locked(lock: Path = NPM_LOCK) -> dict[str, tuple[str, bool]]:
    """{package: (version, served_to_browsers)} from package-lock.json (lockfile v2/v3 `packages`)."""
    if not lock.exists():
        return {}
    locked = {}
    for path, entry in json.loads(lock.read_text()).get("packages", {}).items():
        if not path or "version" not in entry:
            continue
        name = entry.get("name") or path.rsplit("node_modules/", 1)[-1]
        runtime = not entry.get("dev") and not entry.get("devOptional")
        previous = locked.get(name)
        # several copies of one package may be locked at different versions: each is checked (key suffixed by path)
        key = name if previous is None or previous[0] == entry["version"] else f"{name} ({path})"
        locked[key] = (entry["version"], runtime or bool(key == name and previous and previous[1]))
    return locked


def npm_file(name: str) -> str:
    return name.replace("/", "+") + ".json"  # @scope/name → @scope+name.json


# --- Version ranges (OSV "affected"): events are evaluated in version order, whatever their order in the file ---


def _pypi_key(version: str):
    from packaging.version import InvalidVersion, Version

    try:
        return Version(version)
    except InvalidVersion:
        return None


def _semver_key(version: str):
    match = re.match(r"^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$", version.strip())
    if not match:
        return None
    major, minor, patch, pre = match.groups()
    # a pre-release sorts before its release: (…, 0, parts) < (…, 1, ())
    pre_key = (0, tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split("."))) if pre else (1, ())
    return (int(major), int(minor or 0), int(patch or 0), pre_key)


def affected(version: str, entry: dict, key=_pypi_key) -> bool:
    """True when `version` falls in one of the entry's versions or ECOSYSTEM/SEMVER ranges."""
    if version in entry.get("versions", []):
        return True
    current = key(version)
    if current is None:
        return False
    for rng in entry.get("ranges", []):
        if rng.get("type") not in ("ECOSYSTEM", "SEMVER"):
            continue
        events = []
        for event in rng.get("events", []):
            for kind in ("introduced", "fixed", "last_affected"):
                if kind in event:
                    at = None if event[kind] == "0" else key(event[kind])
                    if at is not None or event[kind] == "0":
                        events.append((at, kind))
        inside = False
        for at, kind in sorted(events, key=lambda e: (e[0] is not None, e[0] if e[0] is not None else 0)):
            if kind == "introduced" and (at is None or current >= at):
                inside = True
            elif kind == "fixed" and current >= at:
                inside = False
            elif kind == "last_affected" and current > at:
                inside = False
        if inside:
            return True
    return False


def _findings(advisories: list, name: str, version: str, ecosystem: str, key) -> list:
    found = []
    for advisory in advisories:
        if advisory.get("withdrawn"):
            continue  # retracted by its authors (e.g. PYSEC-2023-73: a Redis server crash filed against redis-py)
        for entry in advisory.get("affected", []):
            package = entry.get("package", {})
            if package.get("ecosystem", ecosystem) != ecosystem:
                continue
            same = (normalise(package.get("name", "")) == name) if ecosystem == "PyPI" else package.get("name") == name
            if same and affected(version, entry, key):
                found.append((advisory["id"], advisory.get("aliases", []), advisory.get("summary", "")))
                break
    return found


def _age(meta: dict) -> tuple[dt.date, int]:
    date = dt.date.fromisoformat(meta["date"][:10])
    return date, (dt.date.today() - date).days


def audit_python(snapshot: Path = SNAPSHOT) -> tuple[int, list[str]]:
    """(status, stale reasons): checks every pinned Python version against the PyPA snapshot."""
    meta_file = snapshot / "SNAPSHOT.json"
    if not meta_file.exists():
        print("Audit Python : aucun instantané de la base d'avis (security/advisories/) : lancez `make audit-refresh`.")
        return 2, []
    meta = json.loads(meta_file.read_text())
    pins = pinned()
    date, age = _age(meta)
    print(f"Audit Python : {len(pins)} paquets figés (requirements/base.txt et dev.txt), base d'avis PyPA du {date}.")
    found = []
    for name, version in sorted(pins.items()):
        path = snapshot / "pypi" / f"{name}.json"
        if path.exists():
            for ident, aliases, _summary in _findings(json.loads(path.read_text()), name, version, "PyPI", _pypi_key):
                found.append((name, version, ident, aliases))
    for name, version, ident, aliases in found:
        print(f"  VULNÉRABLE {name}=={version} : {ident} {' '.join(aliases)}")
    if not found:
        print(f"  Aucune vulnérabilité connue dans l'instantané du {date} pour les versions figées.")
    stale = [f"instantané PyPI du {date} ({age} jours)"] if age > MAX_AGE_DAYS else []
    return (1 if found else 0), stale


def audit_npm(snapshot: Path = SNAPSHOT, lock: Path = NPM_LOCK) -> tuple[int, list[str]]:
    """(status, stale reasons): every package of package-lock.json against the npm snapshot; a finding fails when
    the package is served to browsers (dependencies), and is reported for development tools (devDependencies)."""
    meta_file = snapshot / "npm" / "SNAPSHOT.json"
    if not meta_file.exists():
        print("Audit npm : aucun instantané des avis npm (security/advisories/npm/) : lancez `make audit-refresh`.")
        return 2, []
    meta = json.loads(meta_file.read_text())
    locked = npm_locked(lock)
    date, age = _age(meta)
    served = sorted(n for n, (_v, runtime) in locked.items() if runtime)
    print(
        f"Audit npm : {len(locked)} paquets verrouillés (package-lock.json), dont {len(served)} servis au navigateur "
        f"({', '.join(served)}), avis du {date} ({meta.get('advisories', 0)} avis)."
    )
    status, found = 0, 0
    for key_name, (version, runtime) in sorted(locked.items()):
        name = key_name.split(" (", 1)[0]
        path = snapshot / "npm" / npm_file(name)
        if not path.exists():
            continue
        for ident, aliases, summary in _findings(json.loads(path.read_text()), name, version, "npm", _semver_key):
            found += 1
            where = "servi au navigateur" if runtime else "outil de développement"
            print(f"  VULNÉRABLE {name}@{version} ({where}) : {ident} {' '.join(aliases)} {summary}".rstrip())
            if runtime:
                status = 1
    stale = []
    if not found and meta.get("complete", True):
        print(f"  Aucune vulnérabilité connue dans l'instantané du {date} pour les versions verrouillées.")
    if not meta.get("complete", True):
        print(f"  Attention : cet instantané est VIDE — {meta.get('note', 'aucune donnée d’avis')}")
        stale.append("instantané npm vide (aucune donnée d'avis)")
    elif age > MAX_AGE_DAYS:
        stale.append(f"instantané npm du {date} ({age} jours)")
    return status, stale


def audit() -> int:
    py_status, py_stale = audit_python()
    npm_status, npm_stale = audit_npm()
    status = max(py_status, npm_status)
    stale = py_stale + npm_stale
    if stale:
        print(
            f"Audit : {' ; '.join(stale)} — plus de {MAX_AGE_DAYS} jours ou sans données, il ne dit rien des avis "
            "récents. Mettez à jour là où Internet répond : `make audit-refresh`, puis committez security/advisories/."
        )
        if os.environ.get("AUDIT_ALLOW_STALE") == "1":
            print("  (AUDIT_ALLOW_STALE=1 : instantané périmé signalé sans échec — voir .ci/run.)")
        else:
            status = status or 3
    return status


# --- Refresh (needs the internet, or a local copy) ---


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
                advisories.append({k: data[k] for k in FIELDS if k in data})
            (out / f"{name}.json").write_text(json.dumps(advisories, indent=1, ensure_ascii=False, default=str) + "\n")
            kept += len(advisories)
        meta = {"source": SOURCE, "commit": commit, "date": date, "licence": "CC-BY-4.0", "advisories": kept}
        (SNAPSHOT / "SNAPSHOT.json").write_text(json.dumps(meta, indent=1) + "\n")
    print(f"Instantané PyPI mis à jour : {kept} avis, base du {date[:10]} (commit {commit[:12]}).")
    return 0


def _osv_documents(source: str | None):
    """Yields OSV JSON documents: from OSV's npm export (download), a zip of it, or a folder of JSON files (e.g. a
    clone of github/advisory-database: advisories/**/GHSA-*.json)."""
    if source and Path(source).is_dir():
        for file in sorted(Path(source).rglob("*.json")):
            yield json.loads(file.read_text())
        return
    if source:
        data = Path(source).read_bytes()
    else:
        with urllib.request.urlopen(NPM_SOURCE, timeout=300) as response:  # noqa: S310 (fixed https address)
            data = response.read()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for member in archive.namelist():
            if member.endswith(".json"):
                yield json.loads(archive.read(member))


def refresh_npm(source: str | None, *, snapshot: Path = SNAPSHOT, lock: Path = NPM_LOCK) -> int:
    names = {key.split(" (", 1)[0] for key in npm_locked(lock)}
    kept: dict[str, list] = {}
    for document in _osv_documents(source):
        hits = {
            entry.get("package", {}).get("name")
            for entry in document.get("affected", [])
            if entry.get("package", {}).get("ecosystem") == "npm"
        } & names
        for name in hits:
            kept.setdefault(name, []).append({k: document[k] for k in FIELDS if k in document})
    out = snapshot / "npm"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.json"):
        if old.name != "SNAPSHOT.json":
            old.unlink()
    for name, advisories in sorted(kept.items()):
        advisories.sort(key=lambda a: a["id"])
        (out / npm_file(name)).write_text(json.dumps(advisories, indent=1, ensure_ascii=False) + "\n")
    total = sum(len(a) for a in kept.values())
    meta = {
        "source": source if source and Path(source).is_dir() else NPM_SOURCE,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "licence": "CC-BY-4.0 (GHSA-… from the GitHub Advisory Database); MAL-… from OpenSSF, Apache-2.0",
        "packages": len(names),
        "advisories": total,
        "complete": True,
    }
    (out / "SNAPSHOT.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n")
    print(f"Instantané npm mis à jour : {total} avis pour {len(kept)} des {len(names)} paquets verrouillés.")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("audit")
    for command in ("refresh", "refresh-npm"):
        sub_parser = sub.add_parser(command)
        sub_parser.add_argument("--from", dest="source", help="a local copy (folder, git dir or zip) of the data")
    args = parser.parse_args()
    if args.command == "audit":
        return audit()
    return refresh(args.source) if args.command == "refresh" else refresh_npm(args.source)


if __name__ == "__main__":
    sys.exit(main())
