#!/usr/bin/env bash
# Dependency audit (docs/decisions/0158): Python offline from the dated PyPA advisory snapshot kept in security/,
# npm through the registry's audit service where it answers. Fails on any known vulnerability of a pinned version,
# and when the Python snapshot is older than 90 days (refresh: make audit-refresh).
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
.venv/bin/python scripts/advisories.py audit || status=$?
mkdir -p var
if npm audit --audit-level=high --omit=dev >var/npm-audit.log 2>&1; then
  echo "Audit npm (paquets servis au navigateur) : aucune vulnérabilité haute ou critique."
elif grep -q "audit endpoint returned an error\|ENOTFOUND\|EAI_AGAIN\|ECONNREFUSED\|405" var/npm-audit.log; then
  echo "Audit npm : service d'audit du registre injoignable depuis cette machine, et pas d'instantané hors ligne"
  echo "  des avis npm (la base GitHub des avis est trop volumineuse pour être copiée ici) — audit npm non effectué."
else
  cat var/npm-audit.log; status=1
fi
exit $status
