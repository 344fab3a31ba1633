"""Runs a benchmark's `--worker` half in a child process on a throwaway SQLite database; returns its result."""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_worker(module: str, extra_env: dict | None = None) -> dict | None:
    """Runs `python -m <module> --worker` and returns the JSON of its last `BENCH_RESULT` line (None on failure)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "DJANGO_SETTINGS_MODULE": "accroche.settings.dev",
            "DEBUG": "false",
            "LOG_LEVEL": "WARNING",
            **(extra_env or {}),
        }
        completed = subprocess.run(
            [sys.executable, "-m", module, "--worker"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
    lines = [line for line in completed.stdout.splitlines() if line.startswith("BENCH_RESULT ")]
    if completed.returncode != 0 or not lines:
        sys.stdout.write(f"échec :\n{completed.stderr[-3000:]}\n")
        return None
    return json.loads(lines[-1].removeprefix("BENCH_RESULT "))
