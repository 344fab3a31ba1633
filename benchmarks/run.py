"""Runs every benchmark module (benchmarks/bench_*.py, each with a `main()`); `make bench`.

Benchmarks are not tests: they print figures that docs/performance.md records, with this command.
"""

import importlib
import os
import pkgutil
import sys
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accroche.settings.dev")


def main() -> None:
    only = sys.argv[1:]
    package_dir = Path(__file__).resolve().parent
    for module in sorted(m.name for m in pkgutil.iter_modules([str(package_dir)]) if m.name.startswith("bench_")):
        if only and module.removeprefix("bench_") not in only:
            continue
        sys.stdout.write(f"\n=== {module} ===\n")
        importlib.import_module(f"benchmarks.{module}").main()


if __name__ == "__main__":
    main()
