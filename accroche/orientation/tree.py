"""The pathway tree as plain data, and its validator (dead ends, unreachable nodes, cycles)."""

from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext as _

from .choices import NodeKind


@dataclass(frozen=True)
class Source:
    citation: str
    url: str = ""


@dataclass(frozen=True)
class Answer:
    label: str
    next: str


@dataclass(frozen=True)
class DirectoryQuery:
    types: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    free: bool = False
    anonymous: bool = False
    no_mandate: bool = False


@dataclass(frozen=True)
class Node:
    """One screen of a pathway: a question with answers, an information step or an outcome."""

    key: str
    kind: str
    title: str = ""
    body: str = ""  # rich text (HTML, already sanitised by Wagtail); on outcomes: « En savoir plus »
    answers: tuple[Answer, ...] = ()  # questions
    next: str = ""  # information steps; multiple-answer questions: where « none of these » leads; outcomes: follow-up
    sources: tuple[Source, ...] = ()
    reviewed_on: date | None = None  # the date the sources were consulted
    reviewer: str = ""  # a NAMED person who reviewed the step, or empty
    multiple: bool = False  # questions: several answers may be ticked together (their outcomes are combined)
    none_label: str = ""  # multiple-answer questions: the label of the « none of these » answer (leads to `next`)
    urgent: bool = False  # outcomes
    summary: str = ""  # outcomes: what to do, in at most ~120 words, shown first
    certificate: str = ""
    contacts: str = ""
    consent: str = ""
    family_steps: str = ""
    professional_steps: str = ""  # the professional's sheet (maltreatment: who to call, duty, shared secret)
    youth_steps: str = ""  # the young person's own sheet (helplines, keeping it private)
    safety: bool = False  # maltreatment possible: no family sheet, nothing ticked for the family
    emergency: str = ""  # orders the emergency block (choices.Emergency)
    kinds: tuple[str, ...] = ()  # kinds of help (choices.HELP_KINDS), in order of importance
    query: DirectoryQuery = field(default_factory=DirectoryQuery)

    @property
    def is_outcome(self) -> bool:
        return self.kind == NodeKind.OUTCOME

    @property
    def asks(self) -> bool:
        """True when the step asks something (a question); information steps ask nothing."""
        return self.kind == NodeKind.QUESTION and bool(self.answers)

    def targets(self) -> list[str]:
        """Returns the keys this node leads to, in answer order (then « none of these » / the follow-up)."""
        if self.kind == NodeKind.QUESTION:
            return [a.next for a in self.answers] + ([self.next] if self.multiple and self.next else [])
        if self.kind == NodeKind.INFORMATION:
            return [self.next]
        return [self.next] if self.next else []


@dataclass(frozen=True)
class TreeProblem:
    """One reason a tree cannot be published; `key` names the node at fault."""

    code: str  # empty | duplicate | dead_end | unknown_target | unreachable | cycle
    key: str
    message: str


def validate_tree(nodes: list[Node]) -> list[TreeProblem]:
    """Returns the problems of a tree whose first node is the entry: dead ends, unreachable nodes, cycles."""
    if not nodes:
        return [TreeProblem("empty", "", _("Le parcours ne contient aucune étape."))]
    problems: list[TreeProblem] = []
    by_key: dict[str, Node] = {}
    for node in nodes:
        if not node.key.strip():
            problems.append(
                TreeProblem(
                    "dead_end", node.key, _("L'étape « %(title)s » n'a pas d'identifiant.") % {"title": node.title}
                )
            )
        elif node.key in by_key:
            problems.append(
                TreeProblem(
                    "duplicate", node.key, _("L'identifiant « %(key)s » est utilisé deux fois.") % {"key": node.key}
                )
            )
        else:
            by_key[node.key] = node
    for node in by_key.values():
        if node.multiple:
            for answer in node.answers:
                if answer.next in by_key and not by_key[answer.next].is_outcome:
                    problems.append(
                        TreeProblem(
                            "multiple_target",
                            node.key,
                            _(
                                "La question à réponses multiples « %(key)s » doit mener à des issues "
                                "(« %(target)s » n'en est pas une)."
                            )
                            % {"key": node.key, "target": answer.next},
                        )
                    )
        if node.kind == NodeKind.QUESTION and not node.answers:
            problems.append(
                TreeProblem(
                    "dead_end", node.key, _("Impasse : la question « %(key)s » n'a aucune réponse.") % {"key": node.key}
                )
            )
        for target in node.targets():
            if not target.strip():
                problems.append(
                    TreeProblem(
                        "dead_end", node.key, _("Impasse : l'étape « %(key)s » ne mène nulle part.") % {"key": node.key}
                    )
                )
            elif target not in by_key:
                problems.append(
                    TreeProblem(
                        "unknown_target",
                        node.key,
                        _("Impasse : l'étape « %(key)s » renvoie vers « %(target)s », qui n'existe pas.")
                        % {"key": node.key, "target": target},
                    )
                )
    entry = nodes[0].key
    reachable = _reachable(entry, by_key)
    for key in by_key:
        if key not in reachable:
            problems.append(
                TreeProblem(
                    "unreachable", key, _("L'étape « %(key)s » n'est accessible depuis aucune réponse.") % {"key": key}
                )
            )
    for key in _cycle_nodes(entry, by_key):
        problems.append(
            TreeProblem(
                "cycle", key, _("Boucle : l'étape « %(key)s » ramène à une étape déjà parcourue.") % {"key": key}
            )
        )
    for node in by_key.values():
        if node.key in reachable and not _reaches_outcome(node.key, by_key):
            problems.append(
                TreeProblem(
                    "dead_end",
                    node.key,
                    _("Impasse : depuis l'étape « %(key)s », aucune issue n'est atteignable.") % {"key": node.key},
                )
            )
    return problems


def _reachable(entry: str, by_key: dict[str, Node]) -> set[str]:
    seen, stack = set(), [entry]
    while stack:
        key = stack.pop()
        if key in seen or key not in by_key:
            continue
        seen.add(key)
        stack.extend(by_key[key].targets())
    return seen


def _cycle_nodes(entry: str, by_key: dict[str, Node]) -> list[str]:
    """Returns the nodes whose edge closes a cycle (depth-first search, iterative), in discovery order."""
    white, grey, black = 0, 1, 2
    colour = dict.fromkeys(by_key, white)
    found: list[str] = []
    for start in [entry, *by_key]:
        if start not in by_key or colour[start] != white:
            continue
        stack = [(start, iter(by_key[start].targets()))]
        colour[start] = grey
        while stack:
            key, children = stack[-1]
            child = next(children, None)
            if child is None:
                colour[key] = black
                stack.pop()
            elif child in by_key:
                if colour[child] == grey and key not in found:
                    found.append(key)
                elif colour[child] == white:
                    colour[child] = grey
                    stack.append((child, iter(by_key[child].targets())))
    return found


def _reaches_outcome(key: str, by_key: dict[str, Node]) -> bool:
    return any(by_key[k].is_outcome for k in _reachable(key, by_key))


def all_paths(nodes: list[Node]) -> list[list[int]]:
    """Returns every single-answer path (1-based indexes) from the entry to the first outcome reached.

    On a multiple-answer question, index 0 is « none of these » (its `next`); combinations are not listed.
    """
    by_key = {n.key: n for n in nodes}
    paths: list[list[int]] = []
    stack: list[tuple[str, list[int]]] = [(nodes[0].key, [])]
    while stack:
        key, path = stack.pop()
        node = by_key[key]
        if node.is_outcome:
            paths.append(path)
            continue
        for index, answer in enumerate(node.answers, start=1):
            stack.append((answer.next, [*path, index]))
        if node.kind == NodeKind.INFORMATION:
            stack.append((node.next, [*path, 1]))
        elif node.multiple and node.next:
            stack.append((node.next, [*path, 0]))
    return paths
