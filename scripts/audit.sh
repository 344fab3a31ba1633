#!/usr/bin/env bash
# Dependency audit (docs/decisions/0158, 0197): offline, from the dated advisory snapshots kept in security/ — every
# pinned Python package (requirements/base.txt, dev.txt) and every package of package-lock.json. Prints what it finds,
# then fails on a known vulnerability, and on a snapshot older than 90 days or without data (refresh:
# make audit-refresh; AUDIT_ALLOW_STALE=1 only reports the age). Where the npm registry's audit service answers,
# `npm audit` is run as well, as a second opinion.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
.venv/bin/python scripts/advisories.py audit || status=$?
mkdir -p var
if timeout 60 npm audit --audit-level=high --omit=dev >var/npm-audit.log 2>&1; then
  echo "npm audit (en ligne, paquets servis au navigateur) : aucune vulnérabilité haute ou critique."
elif grep -q "audit endpoint returned an error\|ENOTFOUND\|EAI_AGAIN\|ECONNREFUSED\|ETIMEDOUT\|405" var/npm-audit.log \
  || [ ! -s var/npm-audit.log ]; then
  echo "npm audit (en ligne) : service d'audit du registre injoignable d'ici — seul l'instantané hors ligne ci-dessus compte."
else
  cat var/npm-audit.log; status=${status/#0/1}
fi
exit $status
