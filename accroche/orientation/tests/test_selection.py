"""Which services an outcome proposes: service areas that really cover the commune, a contact, fallbacks said."""

from accroche.directory.choices import Scope
from accroche.directory.models import Phone, Service
from accroche.geo.selectors import place_from_text
from accroche.orientation.selection import FWB, LOCAL, select_services


def offered(entries):
    return [o for e in entries for o in e.offers + e.incomplete]


def test_a_citys_own_cpms_is_never_proposed_elsewhere(demo_directory):
    city_cpms = Service.objects.get(external_id="cpms-ville-de-liege")
    Phone.objects.create(service=city_cpms, number="04 000 00 00")  # even reachable, it serves only Liège
    for code in ("4500", "4100"):  # Huy, Seraing
        assert city_cpms not in [
            o.service for o in offered(select_services(["cpms"], place=place_from_text(text=code)))
        ]
    liege = select_services(["cpms"], place=place_from_text(text="4000"))[0]
    assert liege.offers[0].service == city_cpms and liege.offers[0].ticked and liege.offers[0].tier == LOCAL


def test_a_service_without_contact_is_never_ticked_but_shown_to_complete(demo_directory):
    entry = select_services(["info_jeunes"], place=place_from_text(text="4800"))[0]
    assert "Infor Jeunes Verviers" in [o.service.name for o in entry.incomplete]  # in the family's own commune
    assert all(not o.ticked for o in entry.incomplete)
    assert all(o.reachable for o in entry.offers)


def test_when_nothing_local_can_be_reached_the_fallback_is_said(demo_directory):
    entry = select_services(["cpms"], place=place_from_text(text="4500"))[0]  # no CPMS of Huy has a contact yet
    assert entry.incomplete and not any(o.ticked for o in entry.incomplete)
    assert "ne couvre encore Huy" in entry.note
    assert entry.offers and entry.offers[0].reachable  # the helpline, said plainly
    assert "ligne d'écoute" in entry.note


def test_federation_services_do_not_cover_german_speaking_communes(demo_directory):
    eupen = place_from_text(text="4700")
    assert eupen.commune.german_speaking
    for entry in select_services(["ecoute", "droit", "equipe_mobile"], place=eupen):
        assert all(o.tier != FWB for o in entry.offers + entry.incomplete)
        assert all(o.service.scope != Scope.FWB for o in entry.offers)
    verviers = select_services(["ecoute"], place=place_from_text(text="4800"))[0]
    assert any(o.tier == FWB for o in verviers.offers)


def test_nothing_is_ticked_when_asked_not_to(demo_directory):
    entries = select_services(["maltraitance", "saj", "ecoute"], place=place_from_text(text="4800"), tick=False)
    assert not any(o.ticked for o in offered(entries))


def test_each_service_appears_once_across_kinds(demo_directory):
    entries = select_services(["sante_mentale", "crise", "ecoute"], place=place_from_text(text="4000"))
    ids = [o.service.pk for o in offered(entries)]
    assert len(ids) == len(set(ids))


def test_bullying_outcome_lists_103(client, pathways):
    html = client.get("/orientation/medecins/etape/", {"r": "0.4.3", "cp": "4300"}).content.decode()
    assert "Écoute-Enfants" in html or "103" in html
    assert "<legend>Médiation scolaire</legend>" in html
