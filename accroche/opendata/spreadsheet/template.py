"""The spreadsheet template coordinators download (XLSX with a help sheet and the lists, or CSV)."""

import io

from accroche.directory.choices import Vocabulary
from accroche.directory.models import TaxonomyTerm
from accroche.geo.selectors import plateforme_slugs

from .columns import COLUMNS


def template_csv() -> bytes:
    """Returns the CSV template: one header line (UTF-8 with BOM, « ; » separated, as Excel expects in Belgium)."""
    return ("\ufeff" + ";".join(c.key for c in COLUMNS) + "\r\n").encode("utf-8")


def template_xlsx() -> bytes:
    """Returns the XLSX template: the « Services » sheet to fill, a « Mode d'emploi » sheet and the lists."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Services"
    sheet.append([c.key for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="0B5F63")
    for index, column in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(14, len(column.key) + 4)
    sheet.freeze_panes = "A2"
    help_sheet = workbook.create_sheet("Mode d'emploi")
    help_sheet.append(["Colonne", "Signification", "Obligatoire"])
    for column in COLUMNS:
        help_sheet.append([column.key, f"{column.label} — {column.help}", "oui" if column.required else ""])
    help_sheet.column_dimensions["A"].width = 16
    help_sheet.column_dimensions["B"].width = 110
    terms = TaxonomyTerm.objects.select_related("taxonomy").order_by("taxonomy__vocabulary", "sort_order", "name")
    for vocabulary, title in (
        (Vocabulary.SERVICE_TYPE, "Types"),
        (Vocabulary.AUDIENCE, "Publics"),
        (Vocabulary.NEED, "Besoins"),
    ):
        listing = workbook.create_sheet(title)
        listing.append(["code", "nom"])
        for term in terms:
            if term.taxonomy.vocabulary == vocabulary:
                listing.append([term.code, term.name])
        listing.column_dimensions["A"].width = 28
        listing.column_dimensions["B"].width = 70
    column_of = {c.key: sheet.cell(1, i).column_letter for i, c in enumerate(COLUMNS, start=1)}
    type_rows = workbook["Types"].max_row
    choices = DataValidation(type="list", formula1=f"=Types!$A$2:$A${type_rows}", allow_blank=True)
    choices.error, choices.errorTitle = "Choisissez un code de la liste « Types ».", "Type inconnu"
    sheet.add_data_validation(choices)
    choices.add(f"{column_of['type']}2:{column_of['type']}5000")
    for key, values in (
        ("gratuit", "oui,non,partiel,inconnu"),
        ("anonyme", "oui,non,partiel,inconnu"),
        ("ligne", "premiere_ligne,deuxieme_ligne,mixte"),
        ("plateforme", ",".join(plateforme_slugs())),
        ("territoire", "local,plateforme,province,fwb"),
        ("mandat", "libre_acces,aide_consentie,aide_contrainte,mixte,inconnu"),
    ):
        validation = DataValidation(type="list", formula1=f'"{values}"', allow_blank=True)
        sheet.add_data_validation(validation)
        validation.add(f"{column_of[key]}2:{column_of[key]}5000")
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
