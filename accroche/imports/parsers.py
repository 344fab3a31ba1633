"""The value parsers every adapter shares: yes/no, lines, mandates, scopes, ASCII integers, postcodes, vocabulary.

The tables map what people type (French first, the seed file's and HSDS's English words too) to the directory's
choices (`accroche/directory/choices.py`); vocabulary words (types, needs, audiences) go through `TaxonomyTerm`, so
a term a coordinator adds in the admin is accepted at once.
"""

import re

from django.utils.text import slugify

from accroche.directory.choices import Line, Mandate, Scope, Tristate

TRISTATES = {
    "oui": Tristate.YES,
    "non": Tristate.NO,
    "partiel": Tristate.PARTIAL,
    "inconnu": Tristate.UNKNOWN,
    "": Tristate.UNKNOWN,
    "yes": Tristate.YES,
    "no": Tristate.NO,
    "partiellement": Tristate.PARTIAL,
}
MANDATES = {
    "libre_acces": Mandate.FREE_ACCESS,
    "sans_mandat": Mandate.FREE_ACCESS,
    "aide_consentie": Mandate.CONSENTED,
    "aide_contrainte": Mandate.CONSTRAINED,
    "mixte": Mandate.MIXED,
    "inconnu": Mandate.UNKNOWN,
    "": Mandate.UNKNOWN,
}
LINES = {
    "premiere_ligne": Line.FIRST,
    "1": Line.FIRST,
    "deuxieme_ligne": Line.SECOND,
    "2": Line.SECOND,
    "mixte": Line.MIXED,
    "mixed": Line.MIXED,
    "": "",
}
SCOPES = {
    "": Scope.LOCAL,
    "local": Scope.LOCAL,
    "plateforme": Scope.PLATEFORME,
    "province": Scope.PROVINCE,
    "fwb": Scope.FWB,
}
ASCII_DIGITS = re.compile(r"[0-9]{1,18}")
POSTCODE = re.compile(r"[0-9]{4}")


def choice_key(text: str) -> str:
    """« Première ligne », « premiere-ligne », « PREMIERE_LIGNE » → premiere_ligne."""
    return slugify(text or "").replace("-", "_")


def ascii_int(text: str, *, max_digits: int = 9) -> int | None:
    """The integer written with ASCII digits only (« ² » or « ٣ » are not numbers here), else None."""
    text = (text or "").strip()
    if len(text) > max_digits or not ASCII_DIGITS.fullmatch(text):
        return None
    return int(text)


def postcode(text: str) -> str | None:
    """A Belgian postcode: four ASCII digits (spaces ignored), else None."""
    text = (text or "").replace(" ", "")
    return text if POSTCODE.fullmatch(text) else None


class VocabularyWords:
    """The directory's vocabularies as people write them: a term's code, name or first synonyms (slugified)."""

    def __init__(self):
        from accroche.directory.models import TaxonomyTerm

        self.terms: dict[str, dict] = {}
        for term in TaxonomyTerm.objects.select_related("taxonomy"):
            words = self.terms.setdefault(term.taxonomy.vocabulary, {})
            for word in (term.code, term.name, *term.synonyms.splitlines()[:3]):
                words.setdefault(slugify(word), term)

    def term(self, vocabulary: str, word: str):
        return self.terms.get(vocabulary, {}).get(slugify(word))
