#!/usr/bin/env bash
# Load test (make loadtest): production settings on PostgreSQL, gunicorn on 127.0.0.1 only, wrk with 100 connections
# for 60 s on each URL (DURATION / CONNECTIONS to change), compared with a static file served by the same server.
# Bounded: each wrk run stops after DURATION; the server and the database are stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-100}
PORT=${PORT:-8765}
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

DATABASE_URL=$(scripts/pg-temp.sh start 5434)
export DATABASE_URL DJANGO_SETTINGS_MODULE=accroche.settings.production SECRET_KEY=loadtest-only-not-secret-0123456789abcdef
export ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=False SECURE_HSTS_SECONDS=0 LOG_LEVEL=WARNING API_RATE_LIMIT=0
export STATIC_ROOT=var/loadtest-static
PY=.venv/bin/python
$PY manage.py migrate --noinput -v0
# The throwaway database holds the invented demo directory on purpose: it is loaded with the development settings
# (the production ones refuse examples, decision 0112); the server below runs with the production settings.
DJANGO_SETTINGS_MODULE=accroche.settings.dev $PY manage.py load_demo_data -v0 >/dev/null
$PY manage.py collectstatic --noinput -v0
.venv/bin/gunicorn accroche.wsgi -w "${WORKERS:-4}" -b "127.0.0.1:$PORT" --access-logfile /dev/null \
  --error-logfile var/loadtest-gunicorn.log &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; scripts/pg-temp.sh stop 5434; }
trap cleanup EXIT
for _ in $(seq 1 60); do curl -fs "$BASE/sante/" >/dev/null && break; sleep 1; done

slug=$($PY manage.py shell -c "from accroche.directory.models import Service; print(Service.objects.public().order_by('slug').first().slug)" 2>/dev/null | tail -n 1)
declare -A urls=(
  [static]="/static/core/main.css"
  [accueil]="/"
  [recherche]="/annuaire/?q=harcelement&lieu=4800"
  [service]="/annuaire/$slug/"
  [carte-donnees]="/carte/donnees.geojson"
)
order=(static accueil recherche service carte-donnees)
report=var/loadtest.md
mkdir -p var
printf '| URL | requêtes/s | p99 | erreurs | %% du fichier statique |\n|---|---|---|---|---|\n' >"$report"
static_rps=""
for name in "${order[@]}"; do
  url="$BASE${urls[$name]}"
  status=$(curl -s -o /dev/null -w "%{http_code}" "$url")
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  [ "$name" = static ] && static_rps=$rps
  ratio=$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  printf '| `%s` (%s, HTTP %s) | %s | %s | %s | %s |\n' "${urls[$name]}" "$name" "$status" "$rps" "$p99" "${errors:-0}" "$ratio" >>"$report"
done

# Uncached searches (issue 16): the page cache off, 300 distinct queries in turn, beside the static file on the same
# server in the same run. Target: at least 10 % of the static rate.
kill "$server"; wait "$server" 2>/dev/null || true
PAGE_CACHE_SECONDS=0 .venv/bin/gunicorn accroche.wsgi -w "${WORKERS:-4}" -b "127.0.0.1:$PORT" --access-logfile /dev/null \
  --error-logfile var/loadtest-gunicorn.log &
server=$!
for _ in $(seq 1 60); do curl -fs "$BASE/sante/" >/dev/null && break; sleep 1; done
export SEARCH_MIX_FILE=var/loadtest-search-mix.txt
$PY scripts/search_mix.py >"$SEARCH_MIX_FILE"
for _ in 1 2; do while read -r path; do curl -s -o /dev/null "$BASE$path"; done <"$SEARCH_MIX_FILE"; done  # warm: index loaded
printf '\n| sans cache de pages | requêtes/s | p99 | erreurs | %% du fichier statique |\n|---|---|---|---|---|\n' >>"$report"
static_out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/static/core/main.css")
static_nocache=$(awk '/Requests\/sec/ {print $2}' <<<"$static_out")
printf '| `/static/core/main.css` | %s | %s | %s | 100 %% |\n' "$static_nocache" "$(awk '$1=="99%" {print $2}' <<<"$static_out")" \
  "$(awk '/Non-2xx|Socket errors/ {print}' <<<"$static_out" | tr '\n' ' ')" >>"$report"
out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/search-mix.lua "$BASE/annuaire/")
rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
printf '| 300 recherches distinctes (`scripts/search_mix.py`) | %s | %s | %s | %s |\n' "$rps" \
  "$(awk '$1=="99%" {print $2}' <<<"$out")" "$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')" \
  "$(awk -v a="$rps" -v b="$static_nocache" 'BEGIN { printf "%.1f %%", 100 * a / b }')" >>"$report"
cat "$report"
