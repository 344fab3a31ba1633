"""Everyday queries over the real demo directory: the expected services come in the first five results.

The expectations come from ../shared/reference/glossaire.md and domain-facts.md (who does what in the field).
"""

import pytest
from django.http import QueryDict

from accroche.search.engine import search_services
from accroche.search.params import params_from_querydict

pytestmark = pytest.mark.django_db


def top(query_string: str, n: int = 5):
    results = search_services(params_from_querydict(QueryDict(query_string)))
    return results, [h.service for h in results.hits[:n]]


def need_codes(service):
    return {t.code for t in service.needs}


def type_codes(service):
    return {t.code for t in service.service_types}


# (query string, slugs that must all be in the first five results)
EXPECTED_IN_TOP_FIVE = [
    ("q=harcelement", {"les-mots-de-tom"}),
    ("q=HARCÈLEMENT", {"les-mots-de-tom"}),
    ("q=harcelment", {"les-mots-de-tom"}),  # typo
    ("q=ma+fille+est+harcel%C3%A9e", {"les-mots-de-tom"}),  # stemming: harcelée → harcèlement
    ("q=harc%C3%A8lement&lieu=4800", {"amo-cap-verviers", "amo-oxyjeunes-verviers", "cpms-libres-verviers"}),
    ("q=phobie+scolaire&lieu=4500", {"cpms-wbe-huy", "cpms-libre-huy-1", "cpms-provincial-huy-1"}),
    ("q=psy+gratuit+ado+verviers", {"ppl-realism"}),
    ("q=psy+gratuit+ado&lieu=4020", {"ppl-realism", "mado-liege-centre-j", "openado-province"}),
    ("q=psycologue", {"ppl-realism"}),  # typo
    ("q=aide+jeunesse+huy", {"saj-huy"}),
    ("q=saj+verviers", {"saj-verviers"}),
    ("q=drogue", {"centre-alfa", "relia-liege", "relia-huy"}),
    ("q=cannabis", {"centre-alfa", "relia-liege"}),
    ("q=id%C3%A9es+suicidaires", {"prevention-suicide-0800"}),
    ("q=envie+de+mourir", {"prevention-suicide-0800"}),
    ("q=orientation+%C3%A9tudes", {"siep-liege"}),
    ("q=SIEP", {"siep-liege"}),
    ("q=service+d%27information+sur+les+%C3%A9tudes+et+les+professions", {"siep-liege"}),  # acronym ↔ full name
    ("q=sos+enfants", {"sos-enfants-chc-liege", "sos-enfants-verviers", "sos-enfants-ulg"}),
    ("q=maltraitance", {"sos-enfants-chc-liege", "sos-enfants-verviers", "sos-enfants-ulg"}),
    ("q=juge+de+la+jeunesse", {"spj-liege", "spj-huy", "spj-verviers"}),
    ("q=planning+familial+verviers", {"planning-soralia-verviers", "planning-inforcouple-verviers"}),
    ("q=cpas+jeunes+li%C3%A8ge", {"cpas-liege-antenne-jeunes"}),
    ("q=%C3%A9coute+enfants", {"ecoute-enfants-103"}),
    ("q=infor+jeunes+huy", {"infor-jeunes-huy"}),
    ("q=dyslexie", {"aedl", "edd-assisa", "edd-latitude-jeunes-liege"}),
    ("q=aide+aux+devoirs", {"aedl", "edd-assisa"}),
    ("q=equipes+mobiles", {"equipes-mobiles-fwb"}),
    ("q=m%C3%A9diateur+scolaire", {"mediation-scolaire-liege"}),
    ("q=openado", {"openado-province"}),
    ("q=amo&lieu=4650", {"amo-latitude-j-herve"}),
]

# (query string, need or type code every one of the first five results must have)
EXPECTED_NEED_IN_TOP_FIVE = [
    ("q=phobie+scolaire", "refus-scolaire-anxieux", need_codes),
    ("q=refus+scolaire+anxieux", "refus-scolaire-anxieux", need_codes),
    ("q=RSA", "refus-scolaire-anxieux", need_codes),
    ("q=mon+fils+ne+veut+plus+aller+%C3%A0+l%27%C3%A9cole", "refus-scolaire-anxieux", need_codes),
    ("q=pms", "cpms", type_codes),
    ("q=centre+psycho-m%C3%A9dico-social", "cpms", type_codes),
    ("q=exclu+de+l%27%C3%A9cole", "decrochage-scolaire", need_codes),
    ("q=d%C3%A9crochage+scolaire", "decrochage-scolaire", need_codes),
]


def test_everyday_queries_find_the_expected_services_first(demo_directory, subtests):
    for query_string, expected in EXPECTED_IN_TOP_FIVE:
        with subtests.test(query=query_string):
            _results, services = top(query_string)
            assert expected <= {s.slug for s in services}, [s.slug for s in services]
    for query_string, code, codes_of in EXPECTED_NEED_IN_TOP_FIVE:
        with subtests.test(query=query_string):
            _results, services = top(query_string)
            assert len(services) == 5
            assert all(code in codes_of(s) for s in services), [s.slug for s in services]


def test_synonyms_give_the_same_first_results(demo_directory):
    assert [s.pk for s in top("q=phobie+scolaire")[1]] == [s.pk for s in top("q=refus+scolaire+anxieux")[1]]
    assert [s.pk for s in top("q=ado+psy")[1]] == [s.pk for s in top("q=adolescent+psychologue")[1]]


def test_a_place_word_in_the_query_acts_as_the_place(demo_directory):
    results, services = top("q=aide+jeunesse+huy")
    assert results.place is not None and results.place.commune.name == "Huy"
    assert results.place_from_query
    assert services[0].slug in {"saj-huy", "caaj-huy", "plateforme-ea-huywaremme"}


def test_a_typo_gets_a_spelling_suggestion(demo_directory):
    results, _ = top("q=psycologue")
    assert results.suggestion == "psychologue"
    results, _ = top("q=harcelement")
    assert results.suggestion == ""


def test_nonsense_finds_nothing(demo_directory):
    results, _ = top("q=xqzwv")
    assert results.total == 0
