"""Prints 300 distinct /annuaire/ URLs (everyday words × places × filters) for the uncached load test."""

import itertools
import sys
from urllib.parse import urlencode

WORDS = [
    "harcelement",
    "psy",
    "phobie scolaire",
    "decrochage",
    "amo",
    "cpms",
    "ecoute",
    "aide jeunesse",
    "ado",
    "mon fils ne veut plus aller a l'ecole",
    "drogue",
    "planning",
    "sante mentale",
    "droit des jeunes",
    "mediation",
]
PLACES = ["", "4800", "4000", "huy", "verviers"]
FILTERS = [{}, {"gratuit": "1"}, {"public": "jeunes"}, {"plateforme": "liege"}]


def urls(count: int = 300) -> list[str]:
    combos = itertools.product(WORDS, PLACES, FILTERS)
    out = []
    for word, place, extra in itertools.islice(combos, count):
        params = {"q": word, **({"lieu": place} if place else {}), **extra}
        out.append("/annuaire/?" + urlencode(params))
    return out


if __name__ == "__main__":
    sys.stdout.write("\n".join(urls()) + "\n")
