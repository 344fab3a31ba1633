"""Import side of taxonomies, terms and attributes: our vocabularies are matched, facts go back to typed fields."""

import uuid

from django.utils.text import slugify

from accroche.directory.choices import Vocabulary
from accroche.directory.models import Attribute, Organization, Service, Taxonomy, TaxonomyTerm
from accroche.directory.vocabularies import TAXONOMIES
from accroche.geo.models import Commune

from .facts import FACTS_BY_TERM, FACTS_TAXONOMY_ID, SERVICE_FACT_FIELDS, parse_fact
from .validate import WARNING, Issue

VOCABULARY_NAMES = {str(label).lower(): value for value, label in Vocabulary.choices} | {
    name.lower(): value for value, (name, _) in TAXONOMIES.items()
}
ENTITY_RESOURCES = {
    "service": "service",
    "organization": "organization",
    "location": "location",
    "service_area": "service_area",
}


class TaxonomyPlan:
    """Maps the package's taxonomies and terms onto the directory's vocabularies, then writes them."""

    def __init__(self, *, tables, ctx):
        self.tables, self.ctx = tables, ctx
        self.taxonomy_map: dict[str, uuid.UUID] = {}  # package taxonomy id → database taxonomy id
        self.taxonomy_vocabulary: dict[str, str] = {}
        self.new_taxonomies: list[Taxonomy] = []
        self.term_map: dict[str, uuid.UUID] = {}  # package term id → database term id
        self.term_vocabulary: dict[str, str] = {}
        self.term_code: dict[str, str] = {}
        self.new_terms: list[tuple[TaxonomyTerm, str, int]] = []  # (term, package parent id, line)
        self.service_terms: dict[str, set] = {}
        self.attributes: list[Attribute] = []
        self.contact_phones: dict[str, str] = {}
        self.parent_organizations: dict[str, str] = {}

    def _rows(self, name):
        table = self.tables.get(name)
        return list(zip(table.rows, table.line_numbers, strict=True)) if table else []

    def prepare(self, report) -> None:
        """Decides, for each package taxonomy and term, which database row it is (existing or new)."""
        terms_by_taxonomy: dict[str, list] = {}
        for row, _ in self._rows("taxonomy_term"):
            terms_by_taxonomy.setdefault(row.get("taxonomy_id", ""), []).append(row)
        by_vocabulary = {t.vocabulary: t for t in Taxonomy.objects.all()}
        by_id = {str(t.id): t for t in by_vocabulary.values()}
        foreign = 0
        for row, _ in self._rows("taxonomy"):
            if row["id"] == str(FACTS_TAXONOMY_ID):
                continue
            vocabulary = by_id[row["id"]].vocabulary if row["id"] in by_id else self._vocabulary(row, terms_by_taxonomy)
            if not vocabulary:
                foreign += 1
                continue
            self.taxonomy_vocabulary[row["id"]] = vocabulary
            if vocabulary in by_vocabulary:
                self.taxonomy_map[row["id"]] = by_vocabulary[vocabulary].id
            else:
                taxonomy = Taxonomy(
                    id=row["id"],
                    vocabulary=vocabulary,
                    name=row.get("name", ""),
                    description=row.get("description", ""),
                    uri=row.get("uri", ""),
                    version=row.get("version", ""),
                )
                by_vocabulary[vocabulary] = taxonomy
                self.new_taxonomies.append(taxonomy)
                self.taxonomy_map[row["id"]] = taxonomy.id
        if foreign:
            report.warnings.append(
                Issue(
                    "taxonomies.csv",
                    0,
                    "",
                    f"{foreign} taxonomie(s) externe(s) non reprise(s) (l'annuaire utilise ses propres vocabulaires)",
                    WARNING,
                )
            )
        self._prepare_terms(report, by_vocabulary)
        for row, _ in self._rows("organization"):
            parent = row.get("parent_organization_id", "")
            if parent and self.ctx.known("organization", "organization", parent):
                self.parent_organizations[row["id"]] = parent

    @staticmethod
    def _vocabulary(row, terms_by_taxonomy) -> str:
        if row.get("name", "").strip().lower() in VOCABULARY_NAMES:
            return VOCABULARY_NAMES[row["name"].strip().lower()]
        codes = {t.get("taxonomy", "") for t in terms_by_taxonomy.get(row["id"], [])}
        known = codes & set(Vocabulary.values)
        return known.pop() if len(known) == 1 else ""

    def _prepare_terms(self, report, by_vocabulary) -> None:
        existing = {str(t.id): t for t in TaxonomyTerm.objects.select_related("taxonomy")}
        by_code = {(t.taxonomy.vocabulary, t.code): t for t in existing.values()}
        order: dict[str, int] = {}
        skipped = 0
        for row, line in self._rows("taxonomy_term"):
            if uuid.UUID(row["id"]) in FACTS_BY_TERM or row.get("taxonomy_id") == str(FACTS_TAXONOMY_ID):
                continue
            if row["id"] in existing:
                self.term_map[row["id"]] = existing[row["id"]].id
                self.term_vocabulary[row["id"]] = existing[row["id"]].taxonomy.vocabulary
                self.term_code[row["id"]] = existing[row["id"]].code
                continue
            vocabulary = self.taxonomy_vocabulary.get(row.get("taxonomy_id", "")) or (
                row.get("taxonomy") if row.get("taxonomy") in Vocabulary.values else ""
            )
            if not vocabulary or vocabulary not in by_vocabulary:
                skipped += 1
                continue
            code = row.get("code", "")
            code = slugify(code.split(":", 1)[1] if code.startswith(f"{vocabulary}:") else code or row["name"])[:60]
            self.term_vocabulary[row["id"]] = vocabulary
            self.term_code[row["id"]] = code
            if (vocabulary, code) in by_code:
                self.term_map[row["id"]] = by_code[(vocabulary, code)].id
                continue
            taxonomy = by_vocabulary[vocabulary]
            order[vocabulary] = order.get(vocabulary, -1) + 1
            term = TaxonomyTerm(
                id=row["id"],
                taxonomy_id=taxonomy.id,
                code=code,
                name=row.get("name", ""),
                description=row.get("description", ""),
                language=row.get("language", "") or "fr",
                term_uri=row.get("term_uri", ""),
                sort_order=order[vocabulary],
            )
            by_code[(vocabulary, code)] = term
            self.term_map[row["id"]] = term.id
            self.new_terms.append((term, row.get("parent_id", ""), line))
        if skipped:
            report.warnings.append(
                Issue("taxonomy_terms.csv", 0, "", f"{skipped} terme(s) de taxonomies externes non repris", WARNING)
            )

    def apply_attributes(self, built, report) -> None:
        """Puts fact attributes back into the built records; keeps service terms and other attributes for later."""
        index = {(name, str(values["id"])): values for name, rows in built.items() for values, _ in rows}
        unknown = 0
        for row, line in self._rows("attribute"):
            term_id, entity, link_id = row.get("taxonomy_term_id", ""), row.get("link_entity", ""), row.get("link_id")
            target = index.get((ENTITY_RESOURCES.get(entity, ""), link_id))
            fact = FACTS_BY_TERM.get(uuid.UUID(term_id)) if term_id else None
            vocabulary = self.term_vocabulary.get(term_id, "")
            try:
                if fact is not None and target is not None and fact.entity == entity:
                    self._set_fact(target, fact.field, fact.kind, row.get("value", ""), line, report)
                elif vocabulary == Vocabulary.FACT and target is not None and entity == "service":
                    code = self.term_code.get(term_id, "")
                    if code in SERVICE_FACT_FIELDS:
                        field, kind = SERVICE_FACT_FIELDS[code]
                        self._set_fact(target, field, kind, row.get("value", ""), line, report)
                elif vocabulary and entity == "service" and target is not None:
                    self.service_terms.setdefault(link_id, set()).add(self.term_map[term_id])
                elif term_id in self.term_map and link_id:
                    self.attributes.append(
                        Attribute(
                            id=row["id"],
                            link_entity=entity[:40],
                            link_id=link_id,
                            link_type=row.get("link_type", "")[:100],
                            taxonomy_term_id=self.term_map[term_id],
                            value=row.get("value", "")[:500],
                        )
                    )
                else:
                    unknown += 1
            except ValueError as exc:
                report.errors.append(Issue("attributes.csv", line, "value", str(exc)))
        if unknown:
            report.warnings.append(
                Issue(
                    "attributes.csv",
                    0,
                    "",
                    f"{unknown} attribut(s) liés à des termes ou des objets non repris : ignorés",
                    WARNING,
                )
            )

    @staticmethod
    def _set_fact(target: dict, field: str, kind: str, value: str, line: int, report) -> None:
        if kind == "fk":
            if Commune.objects.filter(nis_code=value).exists():
                target[f"{field}_id"] = value
            else:
                report.warnings.append(
                    Issue("attributes.csv", line, "value", f"code INS inconnu « {value} » : ignoré", WARNING)
                )
            return
        if kind == "bool" and value in ("oui", "non"):
            target[field] = value == "oui"
            return
        target[field] = parse_fact(kind, value)

    def assign_slugs(self, built) -> None:
        """Gives each organization and service a unique page address (its exported one when still free)."""
        for name, model in (("organization", Organization), ("service", Service)):
            owners = {slug: str(pk) for slug, pk in model.objects.values_list("slug", "id")}
            self.ctx.slugs[name] = set(owners)
            for values, _ in built[name]:
                values["slug"] = self.ctx.unique_slug(
                    name, values.get("slug", ""), values.get("name", ""), str(values["id"]), owners
                )
            if name == "service":
                taken = dict(Service.objects.exclude(external_id=None).values_list("external_id", "id"))
                for values, line in built[name]:
                    external_id = values.get("external_id") or None
                    owner = taken.get(external_id)
                    if external_id and owner is not None and str(owner) != str(values["id"]):
                        self.ctx.warnings.append(
                            Issue(
                                "attributes.csv",
                                line,
                                "value",
                                f"identifiant source « {external_id} » déjà pris par une autre fiche : ignoré",
                                WARNING,
                            )
                        )
                        external_id = None
                    if external_id:
                        taken[external_id] = values["id"]
                    values["external_id"] = external_id

    def write_taxonomies(self, report) -> None:
        for taxonomy in self.new_taxonomies:
            taxonomy.full_clean()
            taxonomy.save()
        for term, _, _ in self.new_terms:
            term.save()
        for term, parent, _ in self.new_terms:
            if parent and parent in self.term_map:
                TaxonomyTerm.objects.filter(id=term.id).update(parent_id=self.term_map[parent])
        if self.new_terms:
            report.count("taxonomy_term", "created", len(self.new_terms))

    def write_links(self, report) -> None:
        through = Service.terms.through
        services = list(self.service_terms)
        through.objects.filter(service_id__in=services).exclude(
            taxonomyterm__taxonomy__vocabulary=Vocabulary.FACT
        ).delete()
        through.objects.bulk_create(
            [
                through(service_id=s, taxonomyterm_id=t)
                for s, terms in self.service_terms.items()
                for t in sorted(terms, key=str)
            ]
        )
        for attribute in self.attributes:
            Attribute.objects.update_or_create(
                id=attribute.id,
                defaults={
                    f.attname: getattr(attribute, f.attname) for f in Attribute._meta.concrete_fields if f.name != "id"
                },
            )
        if self.attributes:
            report.count("attribute", "created", len(self.attributes))
