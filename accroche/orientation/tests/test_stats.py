"""Anonymous statistics: counts per node, month and plateforme; no postal code, no answers, no free text."""

from django.urls import reverse
from django.utils import timezone

from accroche.orientation.models import PathwayStat
from accroche.orientation.selectors import stats_by_node


def stat(slug, key, plateforme):
    return PathwayStat.objects.get(
        pathway_slug=slug, node_key=key, plateforme=plateforme, month=timezone.localdate().replace(day=1)
    )


def test_steps_are_counted_per_plateforme_without_the_postal_code(client, seed_pathways, geo):
    client.get("/orientation/medecins/etape/", {"cp": "4800"})  # N1
    client.get("/orientation/medecins/etape/", {"cp": "4800", "r": "0"})  # N2
    client.get("/orientation/medecins/etape/", {"cp": "4800", "r": "0.1"})  # L2 (outcome)
    client.get("/orientation/medecins/etape/", {"cp": "4000", "r": "0"})  # N2 from Liège, then abandoned
    client.get("/orientation/medecins/etape/", {"r": "0"})  # no postal code
    assert stat("medecins", "N2", "verviers").views == 1 and stat("medecins", "N2", "verviers").continued == 1
    assert stat("medecins", "L2", "verviers").views == 1 and stat("medecins", "L2", "verviers").is_outcome
    assert stat("medecins", "N2", "liege").abandoned == 1
    assert stat("medecins", "N2", "inconnue").views == 1
    totals = stats_by_node(pathway_slug="medecins")
    assert totals["L2"]["reached"] == 1 and totals["N2"]["abandoned"] == 2
    stored = [str(v) for row in PathwayStat.objects.values() for v in row.values()]
    assert not any("4800" in v or "4000" in v for v in stored)  # the postal code is never kept
    assert set(PathwayStat.objects.values_list("plateforme", flat=True)) <= {"verviers", "liege", "inconnue"}


def test_postal_code_outside_the_province_counts_as_outside(client, seed_pathways, geo):
    client.get("/orientation/medecins/etape/", {"cp": "1000", "r": "0"})
    assert PathwayStat.objects.filter(plateforme="hors-province", node_key="N2").exists()


def test_stale_links_and_handouts_are_not_counted(client, seed_pathways):
    client.get("/orientation/medecins/etape/", {"r": "0.9"})
    client.get("/orientation/medecins/fiche/", {"r": "0.1"})
    assert not PathwayStat.objects.exists()


def test_stats_page_in_the_admin_for_coordinators_only(client, admin_client, seed_pathways):
    admin_client.get("/orientation/medecins/etape/", {"r": "0.1"})
    html = admin_client.get(reverse("orientation_stats")).content.decode()
    from accroche.orientation.models import Pathway

    l2 = next(n for n in Pathway.objects.get(slug="medecins").tree() if n.key == "L2")
    assert "Statistiques des parcours" in html and "<td>L2</td>" not in html  # steps named by their title
    assert f"<td>{l2.title}</td>" in html or f"<td>{l2.title} <span" in html
    assert "On me demande un certificat" in html and "<td>Inconnue</td>" in html
    assert client.get(reverse("orientation_stats")).status_code == 302  # anonymous → login


def test_a_combined_outcome_is_counted_within_the_columns_size(client, seed_pathways):
    client.get("/orientation/medecins/etape/", {"r": "0.4.1,2,3,4,5,6,7"})
    keys = list(PathwayStat.objects.filter(is_outcome=True).values_list("node_key", flat=True))
    assert keys and all(len(k) <= 20 and k.startswith("L4+L5") for k in keys)
