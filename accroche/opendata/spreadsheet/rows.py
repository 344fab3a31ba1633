"""Checks each spreadsheet row and turns it into clean values; every problem is a row-numbered error."""

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accroche.directory.choices import Scope, Vocabulary
from accroche.geo.models import Commune, PostalCode
from accroche.geo.selectors import plateforme_for_label, plateforme_slugs
from accroche.imports.parsers import LINES, MANDATES, SCOPES, TRISTATES, VocabularyWords, choice_key
from accroche.imports.report import RowError

AGE_RANGE = re.compile(r"^\s*([0-9]{1,2})\s*(?:-|–|à|a)\s*([0-9]{1,2})")
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,119}")
_url = URLValidator(schemes=["http", "https"])


@dataclass
class CleanRow:
    row: int
    external_id: str
    values: dict  # Service fields
    organization: str
    street: str
    postal: PostalCode | None
    commune: Commune | None
    locality: str
    phones: list[str]
    terms: list = field(default_factory=list)


class Lookups:
    """Everything rows are checked against, loaded once (postal codes, communes, vocabularies)."""

    def __init__(self):
        self.postal_codes: dict[str, PostalCode] = {}
        for p in PostalCode.objects.select_related("commune").order_by("code", "commune_id"):
            if p.code not in self.postal_codes or (self.postal_codes[p.code].commune is None and p.commune):
                self.postal_codes[p.code] = p
        self.communes = {c.slug: c for c in Commune.objects.all()}
        self.localities = {}
        for p in self.postal_codes.values():
            self.localities.setdefault(slugify(p.locality), p)
        self.vocabulary = VocabularyWords()

    def term(self, vocabulary: str, word: str):
        return self.vocabulary.term(vocabulary, word)


def _split(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;,\n]", text or "") if p.strip()]


def _date(text: str) -> date | None:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError


def clean_row(*, values: dict, number: int, lookups: Lookups) -> tuple[CleanRow | None, list[RowError]]:
    """Checks one row (our column keys → text); returns the clean row or its errors."""
    from accroche.directory.vocabularies import TYPE_NEEDS

    errors: list[RowError] = []

    def err(column, message):
        errors.append(RowError(number, column, message))

    name = values.get("nom", "")
    if not name:
        err("nom", _("nom du service manquant"))
    elif len(name) > 255:
        err("nom", _("nom trop long (255 caractères au plus)"))
    service_type = lookups.term(Vocabulary.SERVICE_TYPE, values.get("type", ""))
    if not values.get("type", ""):
        err("type", _("type de service manquant (voir la liste « Types » du modèle)"))
    elif service_type is None:
        err(
            "type",
            _("type de service inconnu « %(value)s » (voir la liste « Types » du modèle)")
            % {"value": values.get("type", "")},
        )
    audiences = []
    for word in _split(values.get("publics", "")):
        term = lookups.term(Vocabulary.AUDIENCE, word)
        audiences.append(term) if term else err("publics", _("public inconnu « %(value)s »") % {"value": word})
    needs = []
    for word in _split(values.get("besoins", "")):
        term = lookups.term(Vocabulary.NEED, word)
        needs.append(term) if term else err("besoins", _("besoin inconnu « %(value)s »") % {"value": word})
    if not needs and service_type is not None:
        needs = [
            t
            for code in TYPE_NEEDS.get(service_type.code, [])
            if (t := lookups.term(Vocabulary.NEED, code)) is not None
        ]
    postal = None
    code = values.get("code_postal", "").replace(" ", "")
    if code:
        postal = lookups.postal_codes.get(code)
        if postal is None:
            err("code_postal", _("code postal belge inconnu « %(value)s »") % {"value": code})
    commune = postal.commune if postal else None
    locality = values.get("commune", "")
    if locality:
        found = lookups.communes.get(slugify(locality))
        by_locality = lookups.localities.get(slugify(locality))
        if found is None and by_locality is not None:
            found, postal = by_locality.commune, postal or by_locality
        if found is None and postal is None:
            err("commune", _("commune ou localité inconnue « %(value)s »") % {"value": locality})
        commune = found or commune
    plateforme_text = slugify(values.get("plateforme", ""))
    plateforme = plateforme_for_label(plateforme_text)
    if plateforme_text and not plateforme:
        err(
            "plateforme",
            _("plateforme inconnue « %(value)s » (%(known)s)")
            % {"value": values["plateforme"], "known": ", ".join(plateforme_slugs())},
        )
    if not plateforme and commune is not None:
        plateforme = commune.plateforme
    scope = SCOPES.get(slugify(values.get("territoire", "")).replace("-", ""), None)
    if scope is None:
        err("territoire", _("valeur attendue : local, plateforme, province ou fwb"))
    elif scope in (Scope.LOCAL, Scope.PLATEFORME) and not plateforme and not errors:
        err(
            "code_postal",
            _(
                "indiquez un code postal, une commune ou une plateforme (sinon le service n'est "
                "sur aucune carte ni dans aucun répertoire)"
            ),
        )
    facts = {}
    for column, table in (("gratuit", TRISTATES), ("anonyme", TRISTATES), ("mandat", MANDATES), ("ligne", LINES)):
        key = choice_key(values.get(column, ""))
        if key not in table:
            allowed = ", ".join(k for k in table if k)
            err(
                column,
                _("valeur inconnue « %(value)s » (valeurs possibles : %(allowed)s)")
                % {"value": values.get(column), "allowed": allowed},
            )
        facts[column] = table.get(key, "")
    for column in ("site_web", "source"):
        if values.get(column):
            try:
                _url(values[column])
            except ValidationError:
                err(column, _("adresse web invalide (elle doit commencer par https:// ou http://)"))
    if values.get("email"):
        try:
            validate_email(values["email"])
        except ValidationError:
            err("email", _("adresse e-mail invalide"))
    minimum = maximum = None
    if values.get("ages"):
        match = AGE_RANGE.match(values["ages"])
        if match and int(match.group(1)) <= int(match.group(2)):
            minimum, maximum = int(match.group(1)), int(match.group(2))
        elif not match:
            err("ages", _("tranche d'âge attendue sous la forme « 12-18 »"))
        else:
            err("ages", _("l'âge minimum dépasse l'âge maximum"))
    assured = None
    if values.get("verifie_le"):
        try:
            assured = _date(values["verifie_le"])
        except ValueError:
            err("verifie_le", _("date attendue sous la forme JJ/MM/AAAA"))
    external_id = values.get("identifiant", "").strip().lower()
    if external_id and not ID_PATTERN.fullmatch(external_id):
        err("identifiant", _("minuscules, chiffres et tirets uniquement"))
    if not external_id and name:
        external_id = slugify(f"{name} {commune.name if commune else plateforme}")[:120] or f"service-{number}"
    if errors:
        return None, errors
    service_values = {
        "name": name,
        "alternate_name": "",
        "description": values.get("description", ""),
        "url": values.get("site_web", ""),
        "email": values.get("email", ""),
        "line": facts["ligne"],
        "free": facts["gratuit"],
        "anonymous": facts["anonyme"],
        "mandate": facts["mandat"],
        "plateforme": plateforme,
        "scope": scope,
        "minimum_age": minimum,
        "maximum_age": maximum,
        "age_description": values.get("ages", ""),
        "source_url": values.get("source", ""),
        "assured_date": assured,
        "is_helpline": service_type.code == "ligne_ecoute",
    }
    clean = CleanRow(
        number,
        external_id,
        service_values,
        values.get("organisation", "") or name,
        values.get("adresse", ""),
        postal,
        commune,
        locality,
        _split(values.get("telephone", "")),
    )
    clean.terms = [service_type, *needs, *audiences]
    return clean, []
