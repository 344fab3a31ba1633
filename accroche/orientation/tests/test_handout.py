"""The family's handout: one A4 page, the chosen services, a QR code to the same list, nothing about the patient."""

import io
import re
from html import unescape

import pypdf
import segno

from accroche.orientation.handout import QR_BORDER, QR_SCALE

OUTCOME = {"r": "0.4.1", "cp": "4800"}  # doctors: no danger, nothing objectifiable, anxiety → L4


def pdf_reader(content: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(content))


def decode_qr_modules(image) -> list[list[bool]]:
    """Reads the dark/light modules of a segno PNG (known scale and border) from the image embedded in the PDF."""
    image = image.convert("L")
    size = image.width // QR_SCALE - 2 * QR_BORDER
    return [
        [
            image.getpixel(((QR_BORDER + x) * QR_SCALE + QR_SCALE // 2, (QR_BORDER + y) * QR_SCALE + QR_SCALE // 2))
            < 128
            for x in range(size)
        ]
        for y in range(size)
    ]


TICKED = re.compile(r'name="s" value="([0-9a-f-]{36})" id="[^"]+" checked')
NAMES = re.compile(r'<h3 class="orientation-service__name">(?:<a[^>]*>)?([^<]+)<')
OFFERED = re.compile(r'<input type="checkbox" name="s" value="([0-9a-f-]{36})"')


def test_pdf_lists_the_chosen_services_and_a_qr_code_of_a_short_address(client, pathways):
    outcome_html = client.get("/orientation/medecins/etape/", OUTCOME).content.decode()
    offered = OFFERED.findall(outcome_html)
    assert len(offered) >= 3
    from accroche.directory.models import Service

    names = {str(s.id): s.name for s in Service.objects.filter(id__in=offered)}
    chosen = offered[:2]
    response = client.get("/orientation/medecins/fiche.pdf", {**OUTCOME, "s": chosen})
    assert response["Content-Type"] == "application/pdf"
    reader = pdf_reader(response.content)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert abs(float(page.mediabox.width) - 595) < 2 and abs(float(page.mediabox.height) - 842) < 2  # A4
    text = " ".join(page.extract_text().split())
    assert names[chosen[0]] in text and names[chosen[1]] in text
    assert names[offered[2]] not in text  # only the services the doctor ticked
    assert "Les prochaines étapes" in text and "Préparée le" in text
    # the QR code encodes a short address (≤ 40 characters after the host) of exactly these services
    html = client.get("/orientation/medecins/fiche/", {**OUTCOME, "s": chosen}).content.decode()
    short = re.search(r'<span class="handout__url">http://testserver(/f/[^<]+)</span>', html).group(1)
    assert len(short) <= 40 and "4800" not in short and "r=" not in short
    images = page.images
    assert len(images) == 1
    assert decode_qr_modules(images[0].image) == [
        [bool(m) for m in row] for row in segno.make("http://testserver" + short, error="m", micro=False).matrix
    ]
    online = unescape(client.get(short).content.decode())
    assert names[chosen[0]] in online and names[chosen[1]] in online and names[offered[2]] not in online


def test_six_services_still_fit_the_short_address(client, pathways):
    from accroche.directory.models import Service
    from accroche.orientation.shortlinks import codes_for

    services = list(Service.objects.public()[:6])
    path = f"/f/{codes_for(s.id for s in services)}"
    assert len(path) <= 40
    html = unescape(client.get(path).content.decode())
    assert all(s.name in html for s in services)


def test_nothing_about_the_patient_is_printed(client, pathways):
    response = client.get("/orientation/medecins/fiche.pdf", OUTCOME)
    text = " ".join(pdf_reader(response.content).pages[0].extract_text().split())
    for private in ("Refus scolaire anxieux", "Anxiété liée à l'école", "danger immédiat ?", "4800&", "r=0.4"):
        assert private not in text
    assert "aucune information sur l’enfant" in text


def test_default_handout_has_the_ticked_services_tappable_and_a_print_page(client, pathways):
    outcome_html = client.get("/orientation/medecins/etape/", OUTCOME).content.decode()
    html = client.get("/orientation/medecins/fiche/", OUTCOME).content.decode()
    assert html.count('class="handout__service"') == len(TICKED.findall(outcome_html)) >= 1
    assert 'class="handout__tel" href="tel:' in html  # numbers large and tappable on screen
    assert 'src="data:image/png;base64,' in html
    assert "orientation-print.css" in html and 'media="print"' in html
    assert "/orientation/medecins/fiche.pdf?" in html


def test_urgent_handout_starts_with_emergency_numbers_and_fits_one_page(client, pathways):
    html = client.get("/orientation/medecins/fiche/", {"r": "1", "cp": "4000"}).content.decode()
    assert html.index("0800 32 123") < html.index("Les prochaines étapes")
    outcome = client.get("/orientation/medecins/etape/", {"r": "1", "cp": "4000"}).content.decode()
    every = OFFERED.findall(outcome)
    pdf = client.get("/orientation/medecins/fiche.pdf", {"r": "1", "cp": "4000", "s": every})  # capped at 6
    reader = pdf_reader(pdf.content)
    assert len(reader.pages) == 1  # the longest sheet still fits one A4 page
    assert "0800 32 123" in reader.pages[0].extract_text()


def test_maltreatment_gives_a_professional_sheet_and_an_optional_youth_sheet_never_the_familys(client, pathways):
    query = {"r": "2", "cp": "4800"}
    pro = client.get("/orientation/medecins/fiche/", {**query, "fiche": "pro"}).content.decode()
    assert "Fiche pour le professionnel" in pro and "458bis" in pro and "Sources" in pro
    youth = client.get("/orientation/medecins/fiche/", {**query, "fiche": "jeune"}).content.decode()
    assert "Pour toi" in youth and "103" in youth and "[S" not in youth
    family = client.get("/orientation/medecins/fiche/", {**query, "fiche": "famille"}).content.decode()
    assert "Fiche d’orientation pour la famille" not in family


def test_handout_only_exists_for_an_outcome(client, seed_pathways):
    assert client.get("/orientation/medecins/fiche.pdf", {"r": "0"}).status_code == 404


def test_a_sheet_combining_every_observation_still_fits_one_page(client, pathways):
    query = {"r": "0.4.1,2,3,4,5,6,7", "cp": "4000"}
    reader = pdf_reader(client.get("/orientation/medecins/fiche.pdf", query).content)
    assert len(reader.pages) == 1
    html = client.get("/orientation/medecins/fiche/", query).content.decode()
    steps = html[html.index('class="handout__steps"') : html.index('class="handout__services"')]
    assert steps.count("centre PMS de l'école est gratuit") == 1  # a shared item once, not once per part
