#!/usr/bin/env bash
# Dependency audit: pip-audit (PyPI advisory data) and npm audit; fails on known high/critical vulnerabilities.
# Where the advisory services cannot be reached (a closed network), says so and skips instead of failing.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
# The per-version JSON API carries the advisories; a mirror that lacks it cannot audit anything.
if curl -fsS -m 10 https://pypi.org/pypi/django/6.1.3/json 2>/dev/null | grep -q '"vulnerabilities"'; then
  test -x var/audit-venv/bin/pip-audit || { python3.12 -m venv var/audit-venv && var/audit-venv/bin/pip install --quiet pip-audit; }
  var/audit-venv/bin/pip-audit --requirement requirements.txt --disable-pip --no-deps --progress-spinner off || status=1
else
  echo "pip-audit : base d'avis de sécurité PyPI injoignable depuis cette machine — audit Python non effectué."
fi
if npm audit --audit-level=high --omit=dev >var/npm-audit.log 2>&1; then
  echo "npm audit : aucune vulnérabilité haute ou critique."
elif grep -q "audit endpoint returned an error\|ENOTFOUND\|EAI_AGAIN" var/npm-audit.log; then
  echo "npm audit : service d'audit du registre injoignable depuis cette machine — audit npm non effectué."
else
  cat var/npm-audit.log; status=1
fi
exit $status
