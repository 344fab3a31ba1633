"""French text analysis: accents, case, stemming, synonym phrases (no database)."""

from accroche.search.synonyms import CURATED_GROUPS, GLOSSARY_ACRONYMS, build_thesaurus
from accroche.search.text import find_phrases, fold, stem, stems


def test_fold_removes_case_accents_and_ligatures():
    assert fold("Harcèlement À L'ÉCOLE — cœur") == "harcelement a l'ecole — coeur"


def test_stemming_meets_plural_feminine_and_verb_forms():
    assert stem("scolaires") == stem("scolaire")
    assert stem("harcelée") == stem("harcèlement") == stem("harcelee") == stem("harceler")
    assert stem("psychologues") == stem("psychologue")


def test_stop_words_do_not_count():
    assert stems("mon fils ne veut plus aller à l'école") == stems("fils veut aller ecole")


def test_every_glossary_acronym_meets_its_full_name():
    thesaurus = build_thesaurus([])
    for acronyms, full_name in GLOSSARY_ACRONYMS:
        concept = f"~g:{acronyms[0]}"
        for text in (acronyms[0], full_name):
            sequence = stems(text)
            found = {
                c
                for start, end, concepts in find_phrases(sequence, thesaurus.phrases)
                if (start, end) == (0, len(sequence))
                for c in concepts
            }
            assert concept in found, (text, concept)


def test_curated_synonyms_are_one_concept():
    thesaurus = build_thesaurus([])

    def concepts(text):
        sequence = stems(text)
        return {c for s, e, cs in find_phrases(sequence, thesaurus.phrases) if (s, e) == (0, len(sequence)) for c in cs}

    assert concepts("phobie scolaire") & concepts("refus scolaire anxieux")
    assert concepts("psy") & concepts("psychologue")
    assert concepts("ado") & concepts("adolescent")
    assert len(CURATED_GROUPS) > 20


def test_a_lone_letter_phrase_does_not_swallow_a_common_word():
    thesaurus = build_thesaurus([])
    thesaurus.add("~test", ["centre j"])
    assert not any("~test" in cs for _s, _e, cs in find_phrases(stems("centre"), thesaurus.phrases))
