"""The family's handout: one A4 page, the chosen services, a QR code to the same list, nothing about the patient."""

import io
import re
from html import unescape

import pypdf
import segno

from accroche.orientation.handout import QR_BORDER, QR_SCALE

OUTCOME = {"r": "1.4.3.3.1", "cp": "4800"}  # doctors: no danger, current period, not incapable, anxiety → L4


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


def test_pdf_lists_the_chosen_services_and_a_qr_code_of_the_same_list(client, pathways):
    outcome_html = client.get("/orientation/medecins/etape/", OUTCOME).content.decode()
    ticked = re.findall(r'name="s" value="([0-9a-f-]{36})" id="s-\d+" checked', outcome_html)
    names = [
        unescape(n) for n in re.findall(r'<h3 class="orientation-service__name">(?:<a[^>]*>)?([^<]+)<', outcome_html)
    ]
    assert len(ticked) == 4 and len(names) >= 4
    chosen = ticked[:2]
    response = client.get("/orientation/medecins/fiche.pdf", {**OUTCOME, "s": chosen})
    assert response["Content-Type"] == "application/pdf"
    reader = pdf_reader(response.content)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert abs(float(page.mediabox.width) - 595) < 2 and abs(float(page.mediabox.height) - 842) < 2  # A4
    text = " ".join(page.extract_text().split())
    assert names[0] in text and names[1] in text
    assert names[2] not in text  # only the services the doctor ticked
    assert "Les prochaines étapes" in text and "Remise le" in text
    # the QR code is an image in the PDF and encodes the online list of exactly these services
    expected_url = f"http://testserver/orientation/services/?s={chosen[0]}&s={chosen[1]}"
    assert "/orientation/services/?s=" in text.replace(" ", "")
    images = page.images
    assert len(images) == 1
    assert decode_qr_modules(images[0].image) == [
        [bool(m) for m in row] for row in segno.make(expected_url, error="m", micro=False).matrix
    ]
    online = client.get(expected_url.removeprefix("http://testserver")).content.decode()
    assert names[0] in unescape(online) and names[1] in unescape(online)


def test_nothing_about_the_patient_is_printed(client, pathways):
    response = client.get("/orientation/medecins/fiche.pdf", OUTCOME)
    text = " ".join(pdf_reader(response.content).pages[0].extract_text().split())
    for private in ("Refus scolaire anxieux", "Anxiété liée à l'école", "danger immédiat ?", "4800&", "r=1.4"):
        assert private not in text
    assert "aucune information sur votre enfant" in text


def test_default_handout_has_the_nearest_services_and_print_page(client, pathways):
    html = client.get("/orientation/medecins/fiche/", OUTCOME).content.decode()
    assert html.count('class="handout__service"') == 4
    assert 'src="data:image/png;base64,' in html
    assert "orientation-print.css" in html and 'media="print"' in html
    assert "/orientation/medecins/fiche.pdf?" in html


def test_urgent_handout_starts_with_emergency_numbers_and_fits_one_page(client, pathways):
    html = client.get("/orientation/medecins/fiche/", {"r": "1.1", "cp": "4000"}).content.decode()
    assert html.index("0800 32 123") < html.index("Les prochaines étapes")
    outcome = client.get("/orientation/medecins/etape/", {"r": "1.1", "cp": "4000"}).content.decode()
    every = re.findall(r'name="s" value="([0-9a-f-]{36})"', outcome)
    assert len(every) >= 6
    pdf = client.get("/orientation/medecins/fiche.pdf", {"r": "1.1", "cp": "4000", "s": every})  # capped at 6
    reader = pdf_reader(pdf.content)
    assert len(reader.pages) == 1  # the longest sheet still fits one A4 page
    assert "0800 32 123" in reader.pages[0].extract_text()


def test_handout_only_exists_for_an_outcome(client, seed_pathways):
    assert client.get("/orientation/medecins/fiche.pdf", {"r": "1"}).status_code == 404
