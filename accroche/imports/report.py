"""The one report of every import: counts by kind of record, row-numbered errors, warnings, planned actions."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

ERROR, WARNING = "error", "warning"


@dataclass
class RowError:
    """One problem of an input file: row 0 is the whole file, 1 the header line, 2 the first record."""

    row: int
    column: str
    message: str
    file: str = ""  # the member of a package (HSDS), empty for a single file
    severity: str = ERROR
    kind: str = "value"  # header | value | required | unique | foreign-key | limit

    @property
    def field(self) -> str:
        return self.column

    def __str__(self):
        if self.file:
            where = f"{self.file}, ligne {self.row}" if self.row else self.file
        else:
            where = f"ligne {self.row}" if self.row else "fichier"
        column = f", colonne « {self.column} »" if self.column else ""
        return f"{where}{column} : {self.message}"


@dataclass
class RowAction:
    """What a row will do (listed by the dry run of the coordinators' spreadsheet)."""

    row: int
    action: str  # "create" | "update"
    name: str
    place: str


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    withdrawn: int = 0
    removed: int = 0


# Words of the summary, per counter (French; the masculine plural agrees with « service(s) », « lien(s) »…).
COUNTER_WORDS = {
    "created": _("créé(s)"),
    "updated": _("mis à jour"),
    "unchanged": _("inchangé(s)"),
    "withdrawn": _("retiré(s) (absents du fichier)"),
    "removed": _("supprimé(s)"),
}
ALWAYS_SHOWN = ("created", "updated")


@dataclass
class ImportReport:
    """`subject` names the main records (« services », « implantations », « liens »): `created`… count those."""

    subject: str = "services"
    dry_run: bool = False
    version: str = ""  # the input format's version when it has several (HSDS 3.0 / 1.1)
    rows: int = 0
    counts: dict[str, Counts] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    actions: list[RowAction] = field(default_factory=list)

    def count(self, kind: str, counter: str, n: int = 1) -> None:
        counts = self.counts.setdefault(kind, Counts())
        setattr(counts, counter, getattr(counts, counter) + n)

    def _main(self, counter: str) -> int:
        return getattr(self.counts.get(self.subject, Counts()), counter)

    created = property(lambda self: self._main("created"))
    updated = property(lambda self: self._main("updated"))
    unchanged = property(lambda self: self._main("unchanged"))
    withdrawn = property(lambda self: self._main("withdrawn"))
    removed = property(lambda self: self._main("removed"))

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        """« services : 2 créé(s), 0 mis à jour » (every kind of record written, the main one first)."""
        kinds = sorted(self.counts, key=lambda k: (k != self.subject, k)) or [self.subject]
        parts = []
        for kind in kinds:
            counts = self.counts.get(kind, Counts())
            words = [
                f"{getattr(counts, c)} {w}" for c, w in COUNTER_WORDS.items() if c in ALWAYS_SHOWN or getattr(counts, c)
            ]
            parts.append(f"{kind} : {', '.join(words)}")
        return " ; ".join(parts)
