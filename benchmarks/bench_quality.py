"""Front-end quality of the key pages: Nu HTML checker errors and Lighthouse mobile scores (headless Chromium).

Starts gunicorn on 127.0.0.1 with production settings (static files compressed by whitenoise) on a throwaway SQLite
database loaded with the demo data, then checks the home, search, service, pathway and library pages.
Run: `.venv/bin/python -m benchmarks.run quality` (needs Java 17, npm `vnu-jar` and `lighthouse`, /usr/bin/chromium).
"""

import datetime
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
PAGES = {
    "accueil": "/",
    "recherche (annuaire)": "/annuaire/?q=phobie+scolaire",
    "recherche (site)": "/recherche/?q=certificat",
    "fiche service": None,  # first service of the sitemap
    "parcours médecins": "/orientation/medecins/",
    "parcours (résultat)": "/orientation/medecins/etape/?r=1.3.3.4&cp=4800",
    "carte": "/carte/",
    "outils": "/outils/",
    "système de design": "/design/",
    "écoles (recherche)": "/ecoles/?q=amay",
    "école": "/ecoles/3478/",  # a site of the bundled FASE list (issue 15)
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run(args, env, **kwargs):
    return subprocess.run(args, env=env, cwd=ROOT, check=True, capture_output=True, text=True, **kwargs)


def _wait(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"le serveur ne répond pas : {url}")


def _fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read().decode("utf-8")


def _exists(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=30)
    except urllib.error.HTTPError:
        return False
    return True


def _vnu_errors(html_by_name: dict[str, str], workdir: Path) -> dict[str, list[str]]:
    files = {}
    for index, (name, html) in enumerate(html_by_name.items()):
        path = workdir / f"page{index}.html"
        path.write_text(html, encoding="utf-8")
        files[path.name] = name
    run = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *(str(workdir / f) for f in files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors: dict[str, list[str]] = {name: [] for name in html_by_name}
    for message in json.loads(run.stderr or '{"messages": []}')["messages"]:
        errors[files[Path(message["url"]).name]].append(f"l.{message.get('lastLine')}: {message['message']}")
    return errors


def _lighthouse(url: str, workdir: Path) -> dict[str, float]:
    output = workdir / "lh.json"
    env = {**os.environ, "CHROME_PATH": CHROME}
    for attempt in (1, 2):  # Chromium sometimes fails to start on a busy machine: one retry, then the error
        run = subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--only-categories=performance,accessibility",
                "--output=json",
                f"--output-path={output}",
                "--form-factor=mobile",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
            ],
            env=env,
            cwd=ROOT,
            check=False,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if run.returncode == 0:
            break
        sys.stdout.write(f"  lighthouse {url} (essai {attempt}) : {run.stderr.strip()[-600:]}\n")
    else:
        raise RuntimeError(f"Lighthouse a échoué sur {url}")
    report = json.loads(output.read_text())
    audits = report["audits"]
    return {
        "performance": round(report["categories"]["performance"]["score"] * 100),
        "accessibility": round(report["categories"]["accessibility"]["score"] * 100),
        "fcp_ms": round(audits["first-contentful-paint"]["numericValue"]),
        "lcp_ms": round(audits["largest-contentful-paint"]["numericValue"]),
        "cls": round(audits["cumulative-layout-shift"]["numericValue"], 3),
        "tbt_ms": round(audits["total-blocking-time"]["numericValue"]),
    }


def main() -> None:
    for tool, path in (
        ("java", shutil.which("java")),
        ("vnu-jar", VNU_JAR.exists()),
        ("lighthouse", LIGHTHOUSE.exists()),
        ("chromium", Path(CHROME).exists()),
    ):
        if not path:
            sys.stdout.write(f"{tool} manquant : benchmark ignoré\n")
            return
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="bench-quality-") as tmp:
        workdir = Path(tmp)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "accroche.settings.production",
            "SECRET_KEY": "bench-only-key",
            "SECURE_SSL_REDIRECT": "False",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_URL": base,
            "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
            "STATIC_ROOT": str(workdir / "static"),
            "MEDIA_ROOT": str(workdir / "media"),
            "LOG_LEVEL": "WARNING",
        }
        started = time.monotonic()
        _run([PYTHON, "manage.py", "migrate", "--noinput"], env)
        # The network's real reference content and the schools list, as `make run` loads them (decision 0112: the
        # production settings refuse invented examples).
        _run([PYTHON, "manage.py", "load_geo"], env)
        _run([PYTHON, "manage.py", "load_reference_content"], env)
        _run([PYTHON, "manage.py", "import_schools"], env)
        _run([PYTHON, "manage.py", "update_index"], env)
        _run([PYTHON, "manage.py", "collectstatic", "--noinput"], env)
        server = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "accroche.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait(base + "/sante/")
            sys.stdout.write(f"serveur prêt en {time.monotonic() - started:.0f} s ({base})\n")
            sitemap = _fetch(base + "/sitemap.xml")
            service = re.search(r"<loc>https?://[^/]+(/annuaire/(?!organisations/)[^<]+/)</loc>", sitemap)
            pages = {name: (path or (service.group(1) if service else "/annuaire/")) for name, path in PAGES.items()}
            missing = [path for path in pages.values() if not _exists(base + path)]
            if missing:
                raise RuntimeError(f"pages introuvables : {', '.join(missing)}")
            html = {name: _fetch(base + path) for name, path in pages.items()}
            errors = _vnu_errors(html, workdir)
            rows = []
            for name, path in pages.items():
                scores = _lighthouse(base + path, workdir)
                rows.append((name, path, len(errors[name]), scores))
                for line in errors[name][:5]:
                    sys.stdout.write(f"  vnu {name}: {line}\n")
        finally:
            server.terminate()
            server.wait(timeout=20)
    sys.stdout.write(
        f"\nMesuré le {datetime.date.today():%Y-%m-%d}, Lighthouse mobile (throttling simulé), "
        "Chromium headless, 2 workers gunicorn\n\n"
    )
    sys.stdout.write(
        "| page | adresse | erreurs vnu | performance | accessibilité | FCP ms | LCP ms | CLS | TBT ms |\n"
    )
    sys.stdout.write("|---|---|---|---|---|---|---|---|---|\n")
    for name, path, vnu, s in rows:
        sys.stdout.write(
            f"| {name} | `{path}` | {vnu} | {s['performance']} | {s['accessibility']} | {s['fcp_ms']} | "
            f"{s['lcp_ms']} | {s['cls']} | {s['tbt_ms']} |\n"
        )
