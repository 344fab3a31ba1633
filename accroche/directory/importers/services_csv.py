"""Adapter of the import pipeline for the network's seed CSV (../shared/data/services-liege.csv format).

`run_import` (accroche/imports/pipeline.py) reads, cleans every row, then writes all of them in one transaction (or
none); a re-run updates the same services (keyed by the `id` column) with the same stable ids.
"""

import csv
import io
import re
import uuid
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.text import slugify
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from accroche.geo.models import Commune, PostalCode
from accroche.geo.selectors import plateforme_for_label
from accroche.imports.parsers import LINES, TRISTATES, ascii_int
from accroche.imports.pipeline import Adapter, ImportRefused, run_import
from accroche.imports.report import ImportReport, RowError

from ..choices import GeoPrecision, LocationType, Mandate, Scope, Tristate, Vocabulary
from ..models import Address, Location, Organization, Phone, Service, ServiceArea, ServiceAtLocation
from ..vocabularies import AUDIENCE_ALIASES, SERVICE_TYPES, TYPE_NEEDS

DEMO_FILE = Path(__file__).resolve().parent.parent / "data" / "services-liege.csv"
REQUIRED_HEADERS = [
    "id",
    "name",
    "type",
    "line",
    "postal_code",
    "locality",
    "arrondissement",
    "description_fr",
    "audiences",
    "free",
    "mandated",
    "source_url",
    "confidence",
]
SCOPES = {"province-wide": Scope.PROVINCE, "FWB-wide": Scope.FWB}
GEO_PRECISIONS = {
    "localite": GeoPrecision.POSTAL_CODE,
    "commune": GeoPrecision.COMMUNE,
    "adresse": GeoPrecision.ADDRESS,
    "": GeoPrecision.NONE,
}
# Services whose legal mission covers the whole plateforme (arrondissement), not only their own commune.
PLATEFORME_WIDE_TYPES = {
    "saj",
    "spj",
    "plateforme_concertation",
    "sas",
    "equipe_mobile",
    "mediation_scolaire",
    "maison_ado",
    "reseau_sante_mentale",
}
# Anonymity is claimed only when the sourced description says so (docs/decisions/0012-anonymity-only-when-sourced.md):
# AMO are confidential by law, which is not the same as anonymous.
ANONYMOUS_WORDS = re.compile(r"\banonym", re.IGNORECASE)
# Namespace of the stable ids: the same CSV row gets the same HSDS ids on every machine and every re-import.
ID_NAMESPACE = uuid.UUID("6f0c1d2e-5a7b-4c8d-9e0f-1a2b3c4d5e6f")
# SAJ: voluntary help negotiated with the family; SPJ: help imposed by the youth court (domain-facts.md §2.3).
MANDATE_BY_TYPE = {"saj": Mandate.CONSENTED, "spj": Mandate.CONSTRAINED}
AGE_RANGES = re.compile(r"(\d{1,2})\s*[-–]\s*(\d{1,2})")
AGE_UP_TO = re.compile(r"jusqu['’]à\s*(\d{1,2})")
AGE_UNDER = re.compile(r"moins de\s*(\d{1,2})")
AGE_MINORS = re.compile(r"\bmineurs?\b")
DOUBT = re.compile(
    r"à (re)?vérifier|à confirmer|non confirmée?|\bvérifier (si|l['’]|les?\b)|^nommée?\b|appellation",
    re.IGNORECASE | re.MULTILINE,
)
ABOUT_EXISTENCE_NAME_CONTACT = re.compile(
    r"existence|fonctionne encore|\bnomm|appellation|coordonnées|adresse|téléphone|numéro|e-mail|contacts?\b",
    re.IGNORECASE,
)
_url = URLValidator(schemes=["http", "https"])


def read_rows(*, text: str) -> tuple[list[str], list[dict]]:
    """Returns the header and the rows of a CSV text (comma or semicolon separated)."""
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    rows = [{(k or "").strip(): (v or "").strip() for k, v in row.items()} for row in reader]
    return [h.strip() for h in (reader.fieldnames or [])], rows


def check_headers(*, headers: list[str]) -> list[RowError]:
    missing = [h for h in REQUIRED_HEADERS if h not in headers]
    return [RowError(1, h, "colonne obligatoire absente") for h in missing]


def clean_row(*, row: dict, number: int, postal_codes: dict, communes: dict) -> tuple[dict, list[RowError]]:
    """Validates one row and returns the cleaned values (or the row-numbered errors)."""
    errors: list[RowError] = []

    def err(column, message):
        errors.append(RowError(number, column, message))

    clean = {"id": row.get("id", ""), "name": row.get("name", "")}
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,119}", clean["id"]):
        err("id", "identifiant manquant ou invalide (minuscules, chiffres et tirets)")
    if not clean["name"]:
        err("name", "nom manquant")
    if row.get("type") not in SERVICE_TYPES:
        err("type", f"type inconnu « {row.get('type')} »")
    if not row.get("line") or row["line"] not in LINES:
        err("line", f"valeur inconnue « {row.get('line')} » (premiere_ligne, deuxieme_ligne ou mixed)")
    for column in ("free",):
        if row.get(column, "") not in TRISTATES:
            err(column, f"valeur inconnue « {row.get(column)} » (oui, non, partiel ou inconnu)")
    if row.get("mandated", "") not in {"oui", "non", "mixte", "inconnu", ""}:
        err("mandated", f"valeur inconnue « {row.get('mandated')} » (oui, non, mixte ou inconnu)")
    arrondissement = row.get("arrondissement", "")
    if arrondissement not in SCOPES and not plateforme_for_label(arrondissement):
        err("arrondissement", f"valeur inconnue « {arrondissement} »")
    if row.get("confidence", "") not in {"high", "medium", "low"}:
        err("confidence", "valeur attendue : high, medium ou low")
    audiences = [a.strip() for a in row.get("audiences", "").split(";") if a.strip()]
    unknown = [a for a in audiences if a not in AUDIENCE_ALIASES]
    if unknown:
        err("audiences", f"public inconnu : {', '.join(unknown)}")
    clean["audiences"] = [AUDIENCE_ALIASES[a] for a in audiences if a in AUDIENCE_ALIASES]
    for column in ("website", "source_url"):
        if row.get(column):
            try:
                _url(row[column])
            except ValidationError:
                err(column, "adresse web invalide")
    if row.get("email"):
        try:
            validate_email(row["email"])
        except ValidationError:
            err("email", "adresse e-mail invalide")
    postal = row.get("postal_code", "")
    if postal and postal not in postal_codes:
        err("postal_code", f"code postal belge inconnu « {postal} »")
    commune_name = row.get("commune", "")
    if commune_name and slugify(commune_name) not in communes and arrondissement not in SCOPES:
        err("commune", f"commune inconnue « {commune_name} »")
    lat, lon = row.get("latitude", ""), row.get("longitude", "")
    clean["latitude"] = clean["longitude"] = None
    if lat or lon:
        try:
            clean["latitude"], clean["longitude"] = float(lat), float(lon)
            if not (49 <= clean["latitude"] <= 52 and 2 <= clean["longitude"] <= 7):
                err("latitude", "coordonnées hors de Belgique")
        except ValueError:
            err("latitude", "latitude et longitude doivent être des nombres")
    if row.get("geo_precision", "") not in GEO_PRECISIONS:
        err("geo_precision", "valeur attendue : localite, commune, adresse ou vide")
    year = row.get("source_year", "")
    if year and not (ascii_int(year, max_digits=4) and 1990 <= int(year) <= 2100):
        err("source_year", "année invalide")
    clean["row"] = row
    return clean, errors


def _mandate(row: dict) -> str:
    """Returns the mandate: fixed by law for SAJ and SPJ (docs/decisions/0013-mandate-from-law.md), else the CSV's."""
    if row["type"] in MANDATE_BY_TYPE:
        return MANDATE_BY_TYPE[row["type"]]
    value = row.get("mandated", "")
    if value == "non":
        return Mandate.FREE_ACCESS
    if value == "mixte":
        return Mandate.MIXED
    if value == "oui":
        # « mandated=oui »: the service acts on a mandate of an authority (youth court, SPJ), e.g. ARPEGE's
        # alternative measures for minors. That is help imposed on the family, not consented help
        # (docs/decisions/0120-seed-csv-mapping-corrections.md).
        return Mandate.CONSTRAINED
    return Mandate.UNKNOWN


def _ages(text: str) -> tuple[int | None, int | None]:
    """Returns the widest bounds the age text states, so nobody the service may take is filtered out.

    « 0-18 (jusqu'à 22 ans selon le service) » → (0, 22); « 12-18 (12-20 selon la presse) » → (12, 20);
    « J and Co : 16-25 » → (16, 25); « jusqu'à 23 ans » → (None, 23); « moins de 25 ans » → (None, 24);
    « mineurs » → (None, 17); « élèves », « tous âges » → (None, None). The text itself is kept for the page.
    """
    text = (text or "").lower()
    lows, highs = [], []
    for low, high in AGE_RANGES.findall(text):
        if int(low) <= int(high):
            lows.append(int(low))
            highs.append(int(high))
    highs += [int(n) for n in AGE_UP_TO.findall(text)]
    highs += [int(n) - 1 for n in AGE_UNDER.findall(text)]
    if AGE_MINORS.search(text):
        highs.append(17)
    low = min(lows) if lows else None
    high = max(highs) if highs else None
    if low is not None and high is not None and low > high:
        return None, None
    return low, high


def public_note(notes: str) -> str:
    """Returns the CSV note when it doubts the service's existence, name or contacts (shown as « À vérifier : … »).

    Rule (docs/decisions/0121-public-notes-a-verifier.md): a note is public when it says a fact must still be
    checked (« à vérifier », « à revérifier », « à confirmer », « non confirmée », « vérifier si/l'… ») or names the
    service differently (« Nommée… », « Appellation… »), AND it is about the service's existence, name or
    contacts. Other notes (sources, coverage details, missing data the page already shows as missing) stay internal.
    """
    if DOUBT.search(notes or "") and ABOUT_EXISTENCE_NAME_CONTACT.search(notes or ""):
        return notes.strip()
    return ""


def stable_id(kind: str, key: str) -> uuid.UUID:
    """Returns the deterministic UUID of one imported record (kind: service, organization, location, phone…)."""
    return uuid.uuid5(ID_NAMESPACE, f"{kind}:{key}")


def _anonymous(row: dict) -> str:
    return Tristate.YES if ANONYMOUS_WORDS.search(row.get("description_fr", "")) else Tristate.UNKNOWN


def load_row(
    *, clean: dict, terms: dict, postal_codes: dict, communes: dict, communes_by_plateforme: dict
) -> tuple[Service, bool]:
    """Writes one cleaned row (organization, service, location, phone, areas, terms); returns (service, created)."""
    row = clean["row"]
    key = clean["id"]
    org_values = {
        "name": row["name"],
        "alternate_name": row.get("acronym", ""),
        "description": row["description_fr"],
        "email": row.get("email", ""),
        "website": row.get("website", ""),
    }
    organization, _ = Organization.objects.update_or_create(
        slug=key[:120],
        defaults=org_values,
        create_defaults={**org_values, "id": stable_id("organization", key), "slug": key[:120]},
    )
    plateforme = plateforme_for_label(row["arrondissement"])
    minimum_age, maximum_age = _ages(row.get("age_range", ""))
    defaults = {
        "organization": organization,
        "name": row["name"],
        "slug": clean["id"][:120],
        "alternate_name": row.get("acronym", ""),
        "description": row["description_fr"],
        "url": row.get("website", ""),
        "email": row.get("email", ""),
        "line": LINES[row["line"]],
        "free": TRISTATES[row.get("free", "")],
        "mandate": _mandate(row),
        "anonymous": _anonymous(row),
        "plateforme": plateforme,
        "scope": SCOPES.get(row["arrondissement"], Scope.LOCAL),
        "is_helpline": row["type"] == "ligne_ecoute",
        "minimum_age": minimum_age,
        "maximum_age": maximum_age,
        "age_description": row.get("age_range", ""),
        "source_url": row.get("source_url", ""),
        "extra_sources": row.get("extra_sources", ""),
        "source_year": int(row["source_year"]) if row.get("source_year") else None,
        "confidence": row["confidence"],
        "internal_notes": row.get("notes", ""),
        "public_note": public_note(row.get("notes", "")),
        "is_demo": True,
    }
    before = Service.objects.filter(external_id=key).values(*[f for f in defaults if f != "organization"]).first()
    service, created = Service.objects.update_or_create(
        external_id=key,
        defaults=defaults,
        create_defaults={**defaults, "id": stable_id("service", key), "external_id": key},
    )
    # Children are owned by the import: replace them (with the same stable ids) so a re-run never duplicates.
    service.phones.filter(location__isnull=True).delete()  # phones of other places (partners) are kept
    service.service_areas.all().delete()
    for order, number in enumerate(p.strip() for p in re.split(r"[;/]| ou ", row.get("phone", "")) if p.strip()):
        Phone.objects.create(id=stable_id("phone", f"{key}:{order}"), service=service, number=number, sort_order=order)
    commune = communes.get(slugify(row.get("commune", "")))
    postal = postal_codes.get(row.get("postal_code", ""))
    if postal and commune is None:
        commune = postal.commune
    if row.get("postal_code") or row.get("street_address") or commune:
        latitude, longitude = clean["latitude"], clean["longitude"]
        precision = GEO_PRECISIONS[row.get("geo_precision", "")]
        if latitude is None and postal:
            latitude, longitude, precision = postal.latitude, postal.longitude, GeoPrecision.POSTAL_CODE
        elif latitude is None and commune:
            latitude, longitude, precision = commune.latitude, commune.longitude, GeoPrecision.COMMUNE
        place = {
            "organization": organization,
            "name": row["name"],
            "location_type": LocationType.PHYSICAL,
            "latitude": latitude,
            "longitude": longitude,
            "commune": commune,
            "geo_precision": precision if latitude is not None else "",
            "external_identifier_type": "import",
        }
        location, _ = Location.objects.update_or_create(
            external_identifier=f"import:{key}",
            defaults=place,
            create_defaults={**place, "id": stable_id("location", key), "external_identifier": f"import:{key}"},
        )
        Address.objects.update_or_create(
            id=stable_id("address", key),
            defaults={
                "location": location,
                "address_1": row.get("street_address", ""),
                "postal_code": row.get("postal_code", ""),
                "city": row.get("locality") or (commune.name if commune else ""),
            },
        )
        ServiceAtLocation.objects.get_or_create(
            service=service, location=location, defaults={"id": stable_id("service_at_location", key)}
        )
    else:
        Location.objects.filter(external_identifier=f"import:{key}").delete()
    # Service area: the communes covered (the whole plateforme for arrondissement-level services).
    if service.scope == Scope.LOCAL:
        covered = (
            communes_by_plateforme.get(plateforme, [])
            if row["type"] in PLATEFORME_WIDE_TYPES
            else ([commune] if commune else [])
        )
        ServiceArea.objects.bulk_create(
            ServiceArea(
                id=stable_id("service_area", f"{key}:{c.slug}"),
                service=service,
                commune=c,
                name=c.name,
                sort_order=order,
            )
            for order, c in enumerate(covered)
        )
    else:
        ServiceArea.objects.create(
            id=stable_id("service_area", f"{key}:{service.scope}"), service=service, name=service.get_scope_display()
        )
    service_terms = [terms[Vocabulary.SERVICE_TYPE][row["type"]]]
    service_terms += [terms[Vocabulary.NEED][code] for code in TYPE_NEEDS.get(row["type"], [])]
    service_terms += [terms[Vocabulary.AUDIENCE][code] for code in clean["audiences"]]
    service.terms.set(service_terms)
    service.terms.commit()  # ParentalManyToManyField defers writes until commit (else no service has terms)
    after = {f: getattr(service, f) for f in (before or {})}
    if created or before != after:  # a revision records what the import wrote, only when it changed something
        service.save_revision(log_action=False)
    return service, created


class SeedCsvAdapter(Adapter):
    """The seed CSV: rows keyed by `id`; services, their organization, place, phones, areas and terms."""

    def __init__(self, *, path: Path | None = None, text: str | None = None):
        self.path, self.text = path, text
        self.seen: set[str] = set()

    def read(self, report: ImportReport) -> list[tuple[int, dict]]:
        text = self.text
        if text is None:
            try:
                text = Path(self.path).read_bytes().decode("utf-8-sig")
            except UnicodeDecodeError:
                raise ImportRefused(
                    [RowError(0, "", "encodage non reconnu : enregistrez le fichier en UTF-8")]
                ) from None
        headers, rows = read_rows(text=text)
        errors = check_headers(headers=headers)
        if errors:
            raise ImportRefused(errors)
        self.postal_codes = {}
        for p in PostalCode.objects.select_related("commune").order_by("code", "-commune_id"):
            self.postal_codes.setdefault(p.code, p)
        self.communes = {c.slug: c for c in Commune.objects.all()}
        self.communes_by_plateforme: dict[str, list] = {}
        for c in self.communes.values():
            if not c.german_speaking:  # FWB services do not cover the German-speaking Community
                self.communes_by_plateforme.setdefault(c.plateforme, []).append(c)
        return list(enumerate(rows, start=2))  # row 1 is the header

    def clean(self, numbered: tuple[int, dict]) -> tuple[dict, list[RowError]]:
        number, row = numbered
        clean, errors = clean_row(row=row, number=number, postal_codes=self.postal_codes, communes=self.communes)
        if clean["id"] in self.seen:
            errors.append(RowError(number, "id", f"identifiant en double « {clean['id']} »"))
        self.seen.add(clean["id"])
        return clean, errors

    def write(self, cleaned: list[dict], report: ImportReport) -> None:
        from ..services import taxonomy_ensure_vocabularies

        # Wagtail's reference index is updated once per service at the end, not on each of the ~1 200 saves.
        with disable_reference_index_auto_update():
            terms = taxonomy_ensure_vocabularies()
            services = []
            for clean in cleaned:
                service, created = load_row(
                    clean=clean,
                    terms=terms,
                    postal_codes=self.postal_codes,
                    communes=self.communes,
                    communes_by_plateforme=self.communes_by_plateforme,
                )
                services.append(service)
                report.count("services", "created" if created else "updated")
        if not report.dry_run:
            for service in services:
                ReferenceIndex.create_or_update_for_object(service)


def import_services_csv(*, path: Path | None = None, text: str | None = None, dry_run: bool = False) -> ImportReport:
    """Validates every row, then imports all of them in one transaction (or none); `dry_run` writes nothing."""
    return run_import(SeedCsvAdapter(path=path, text=text), dry_run=dry_run)
