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


def test_the_familys_plateforme_comes_first_and_province_services_stay_in_their_province(demo_directory):
    """Decision 0200: two provinces on one instance; a Namur family is not sent to Liège's province-wide services."""
    from accroche.directory.models import ServiceArea
    from accroche.geo.models import Commune, Plateforme
    from accroche.geo.services import plateforme_set_communes
    from accroche.orientation.selection import PROVINCE

    namur = Plateforme.objects.create(slug="namur", name="Namur", province="Namur", sort_order=4)
    plateforme_set_communes(plateforme=namur, communes=Commune.objects.filter(province="Namur"))
    wide = list(Service.objects.public().filter(scope=Scope.PROVINCE, service_at_locations__isnull=False).distinct())
    assert wide, "the demo directory has province-wide services"
    place = place_from_text(text="5000")
    assert all(
        o.service not in wide
        for e in select_services(["sante_mentale", "ecoute", "droit"], place=place)
        for o in e.offers
    )
    liege = place_from_text(text="4000")
    assert any(o.tier == PROVINCE for e in select_services(["ecoute", "droit"], place=liege) for o in e.offers)

    # Andenne (Namur) borders Huy: a CPMS of Huy covers it, and so does one of the plateforme of Namur, farther away.
    huy = Service.objects.public().filter(terms__code="cpms", plateforme="huy-waremme").distinct().first()
    far = Service.objects.public().filter(terms__code="cpms", plateforme="liege").distinct().first()
    Service.objects.filter(pk=far.pk).update(plateforme="namur")  # stands for a CPMS of the plateforme of Namur
    andenne = Commune.objects.get(slug="andenne")
    for service in (huy, far):
        ServiceArea.objects.get_or_create(service=service, commune=andenne)
        Phone.objects.get_or_create(service=service, number="04 000 00 00")
    offers = select_services(["cpms"], place=place_from_text(text="Andenne"))[0].offers
    local = [o for o in offers if o.tier == LOCAL]
    assert [o.service.pk for o in local][:2] == [far.pk, huy.pk]
    assert local[0].distance_km > local[1].distance_km  # the family's plateforme first, though farther
