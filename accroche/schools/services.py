"""Writes of the schools app: partners' proposals (moderated), their approval, the coordinators' link import."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accroche.core.pagecache import invalidate_pages
from accroche.directory.models import Service
from accroche.imports.parsers import ascii_int
from accroche.imports.pipeline import Adapter, ImportRefused, run_import
from accroche.imports.report import ImportReport, RowError
from accroche.opendata.spreadsheet.reader import Sheet

from .choices import LinkRole, LinkSource, ProposalStatus
from .models import LinkProposal, SchoolServiceLink, SchoolSite
from .selectors import role_of


def person_name(user) -> str:
    """The name shown for a confirmation: the account's full name, else its e-mail (never empty)."""
    return (user.get_full_name() or user.email or user.get_username())[:200]


@transaction.atomic
def proposal_submit(*, service: Service, add: list[int], remove: list[int], user, message: str = "") -> LinkProposal:
    """Files a partner's « these are (not) our schools »; nothing public changes before a coordinator approves."""
    role = role_of(service)
    confirmed = set(SchoolServiceLink.objects.filter(service=service, role=role).values_list("site_id", flat=True))
    add = sorted(set(add) - confirmed)
    remove = sorted(set(remove) & confirmed)
    unknown = sorted(set(add) - set(SchoolSite.objects.filter(fase__in=add).values_list("fase", flat=True)))
    if unknown:
        raise ValidationError(
            _("Numéro(s) FASE inconnu(s) : %(n)s.") % {"n": ", ".join(str(n) for n in unknown)}, code="unknown"
        )
    if not add and not remove:
        raise ValidationError(_("Aucune modification : cochez des écoles à confirmer ou à retirer."), code="empty")
    proposal = LinkProposal.objects.create(
        service=service,
        role=role,
        add=add,
        remove=remove,
        message=message.strip(),
        submitted_by=user,
        submitted_by_name=person_name(user),
    )
    transaction.on_commit(lambda: _notify_coordinators(proposal.pk))
    return proposal


def _notify_coordinators(proposal_id: int) -> None:
    from accroche.network.emails import send_templated
    from accroche.network.selectors import coordinator_emails

    proposal = LinkProposal.objects.select_related("service").get(pk=proposal_id)
    send_templated(
        template="school_links_new", to=coordinator_emails(proposal.service.plateforme), context={"proposal": proposal}
    )


@transaction.atomic
def proposal_approve(*, proposal: LinkProposal, reviewer, comment: str = "") -> LinkProposal:
    """Applies the proposal: links confirmed by the partner who made it (named, dated), removed links deleted."""
    proposal = LinkProposal.objects.select_for_update().get(pk=proposal.pk)
    if not proposal.is_pending:
        raise ValidationError(_("Cette proposition a déjà été traitée."))
    confirmed_at = timezone.localdate(proposal.created_at)
    for fase in proposal.add:
        SchoolServiceLink.objects.update_or_create(
            site_id=fase,
            service_id=proposal.service_id,
            role=proposal.role,
            defaults={
                "source": LinkSource.PARTNER,
                "source_detail": proposal.service.name[:255],
                "confirmed_by": proposal.submitted_by,
                "confirmed_by_name": proposal.submitted_by_name,
                "confirmed_at": confirmed_at,
                "recorded_by": reviewer,
                "recorded_at": timezone.now(),
            },
        )
    SchoolServiceLink.objects.filter(
        service_id=proposal.service_id, role=proposal.role, site_id__in=proposal.remove
    ).delete()
    return _close(proposal, ProposalStatus.APPROVED, reviewer, comment)


@transaction.atomic
def proposal_reject(*, proposal: LinkProposal, reviewer, comment: str) -> LinkProposal:
    proposal = LinkProposal.objects.select_for_update().get(pk=proposal.pk)
    if not proposal.is_pending:
        raise ValidationError(_("Cette proposition a déjà été traitée."))
    if not comment.strip():
        raise ValidationError(_("Expliquez au partenaire pourquoi la proposition est refusée."))
    return _close(proposal, ProposalStatus.REJECTED, reviewer, comment)


def _close(proposal: LinkProposal, status: str, reviewer, comment: str) -> LinkProposal:
    proposal.status = status
    proposal.reviewed_by = reviewer
    proposal.reviewed_at = timezone.now()
    proposal.review_comment = comment.strip()
    proposal.save()
    return proposal


# ---- The coordinators' spreadsheet of links -------------------------------------------------------------------

LINK_COLUMNS = [
    ("fase_implantation", True, "N° FASE de l'implantation (ex. 3478), tel qu'il figure sur la page /ecoles/<n°>/"),
    ("service", True, "adresse de la fiche du service (ex. cpms-libre-huy-1 pour /annuaire/cpms-libre-huy-1/)"),
    ("role", False, "cpms, pse ou autre ; vide = d'après le type du service"),
    ("confirme_par", True, "nom de la personne qui a confirmé le lien (directeur du centre, direction d'école…)"),
    ("confirme_le", True, "date de la confirmation, AAAA-MM-JJ"),
    ("source", False, "d'où vient l'information (ex. « liste des écoles du centre, 2026-2027 »)"),
    ("action", False, "ajouter (défaut) ou retirer"),
]
ROLES = {"cpms": LinkRole.CPMS, "pse": LinkRole.PSE, "autre": LinkRole.OTHER}
ACTIONS = ("ajouter", "retirer")
UPDATED_LINK_FIELDS = [
    "source",
    "source_detail",
    "confirmed_by",
    "confirmed_by_name",
    "confirmed_at",
    "recorded_by",
    "recorded_at",
]


def template_csv() -> bytes:
    """The links template: header line (UTF-8 with BOM, « ; » separated, as Excel expects in Belgium)."""
    return ("\ufeff" + ";".join(name for name, _req, _help in LINK_COLUMNS) + "\r\n").encode("utf-8")


class LinksAdapter(Adapter):
    """The coordinators' spreadsheet of school–service links (decision 0134); `plateformes`: a coordinator's."""

    subject = "liens"
    writes_directory = False

    def __init__(self, *, sheet: Sheet, user, plateformes=None):
        self.sheet, self.user, self.plateformes = sheet, user, plateformes
        self.seen: set = set()

    def read(self, report: ImportReport) -> list[tuple[int, list[str]]]:
        sheet = self.sheet
        missing = [name for name, required, _help in LINK_COLUMNS if required and name not in sheet.headers]
        if missing:
            raise ImportRefused([RowError(1, c, _("colonne obligatoire absente")) for c in missing])
        self.index = index = {h: i for i, h in enumerate(sheet.headers)}
        fases = {r[index["fase_implantation"]] for r in sheet.rows}
        numbers = [n for f in fases if (n := ascii_int(f)) is not None]
        self.sites = {str(s.fase): s for s in SchoolSite.objects.filter(fase__in=numbers).select_related("commune")}
        keys = {r[index["service"]].strip().rstrip("/").rsplit("/", 1)[-1] for r in sheet.rows}
        self.services = {}
        for service in Service.objects.filter(Q(slug__in=keys) | Q(external_id__in=keys)).prefetch_related(
            "terms__taxonomy"
        ):
            self.services[service.slug] = self.services[service.external_id or service.slug] = service
        return list(zip(sheet.line_numbers, sheet.rows, strict=True))

    def clean(self, numbered: tuple[int, list[str]]) -> tuple[dict | None, list[RowError]]:
        line, cells = numbered
        errors = []

        def cell(name):
            return cells[self.index[name]].strip() if name in self.index else ""

        def err(column, message):
            errors.append(RowError(line, column, message))

        site = self.sites.get(cell("fase_implantation"))
        if site is None:
            err("fase_implantation", _("N° FASE d'implantation inconnu « %(v)s »") % {"v": cell("fase_implantation")})
        elif self.plateformes is not None and (site.commune is None or site.commune.plateforme not in self.plateformes):
            message = _("l'implantation %(v)s n'est pas dans une plateforme que vous coordonnez")
            err("fase_implantation", message % {"v": site.fase})
        service = self.services.get(cell("service").rstrip("/").rsplit("/", 1)[-1])
        if service is None:
            err(
                "service", _("service inconnu « %(v)s » (adresse de sa fiche dans l'annuaire)") % {"v": cell("service")}
            )
        role = cell("role").lower()
        if role and role not in ROLES:
            err("role", _("rôle inconnu « %(v)s » (cpms, pse ou autre)") % {"v": role})
        action = cell("action").lower() or "ajouter"
        if action not in ACTIONS:
            err("action", _("action inconnue « %(v)s » (ajouter ou retirer)") % {"v": action})
        name = cell("confirme_par")
        if action == "ajouter" and not name:
            err("confirme_par", _("« confirme_par » manquant : un lien n'est confirmé que par une personne nommée"))
        confirmed_at = None
        try:
            confirmed_at = date.fromisoformat(cell("confirme_le"))
            if confirmed_at > timezone.localdate():
                err("confirme_le", _("date de confirmation dans le futur"))
        except ValueError:
            if action == "ajouter":
                message = _("date de confirmation invalide « %(v)s » (AAAA-MM-JJ)")
                err("confirme_le", message % {"v": cell("confirme_le")})
        if errors:
            return None, errors
        role = ROLES[role] if role else role_of(service)
        key = (site.fase, service.pk, role)
        if key in self.seen:
            return None, [RowError(line, "", _("ligne en double (même implantation, même service, même rôle)"))]
        self.seen.add(key)
        row = {
            "site": site,
            "service": service,
            "role": role,
            "action": action,
            "name": name[:200],
            "confirmed_at": confirmed_at,
            "source": cell("source")[:255],
        }
        return row, []

    def write(self, rows: list[dict], report: ImportReport) -> None:
        existing = {
            (link.site_id, link.service_id, link.role): link
            for link in SchoolServiceLink.objects.filter(site__in=[r["site"] for r in rows])
        }
        to_create, to_update, to_delete = [], [], []
        now = timezone.now()
        for row in rows:
            link = existing.get((row["site"].fase, row["service"].pk, row["role"]))
            if row["action"] == "retirer":
                if link is not None:
                    to_delete.append(link.pk)
                continue
            values = {
                "source": LinkSource.IMPORT,
                "source_detail": row["source"],
                "confirmed_by": None,
                "confirmed_by_name": row["name"],
                "confirmed_at": row["confirmed_at"],
                "recorded_by": self.user,
                "recorded_at": now,
            }
            if link is None:
                to_create.append(
                    SchoolServiceLink(site=row["site"], service=row["service"], role=row["role"], **values)
                )
            else:
                for key, value in values.items():
                    setattr(link, key, value)
                to_update.append(link)
        report.count("liens", "created", len(to_create))
        report.count("liens", "updated", len(to_update))
        report.count("liens", "removed", len(to_delete))
        SchoolServiceLink.objects.bulk_create(to_create, batch_size=500)
        if to_update:
            SchoolServiceLink.objects.bulk_update(to_update, UPDATED_LINK_FIELDS, batch_size=100)
        SchoolServiceLink.objects.filter(pk__in=to_delete).delete()
        transaction.on_commit(invalidate_pages)  # bulk writes send no signal


def links_import(*, sheet: Sheet, user, plateformes=None, dry_run: bool = False) -> ImportReport:
    """Validates every row, then writes all the links in one transaction (or none); `dry_run` writes nothing."""
    return run_import(LinksAdapter(sheet=sheet, user=user, plateformes=plateformes), dry_run=dry_run)
