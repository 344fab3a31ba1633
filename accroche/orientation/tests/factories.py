"""Small trees for the tests (plain nodes and StreamField data)."""

from accroche.orientation.choices import NodeKind
from accroche.orientation.tree import Answer, Node


def q(key, *targets):
    return Node(
        key=key,
        kind=NodeKind.QUESTION,
        title=f"Question {key}",
        answers=tuple(Answer(f"Réponse vers {t}", t) for t in targets),
    )


def info(key, target):
    return Node(key=key, kind=NodeKind.INFORMATION, title=f"Info {key}", next=target)


def out(key):
    return Node(key=key, kind=NodeKind.OUTCOME, title=f"Issue {key}")


def stream(nodes):
    """Returns StreamField raw data for plain nodes (for models and admin tests)."""
    data = []
    for n in nodes:
        value = {"key": n.key, "title": n.title, "body": "", "sources": [], "reviewed_on": None, "reviewer": ""}
        if n.kind == NodeKind.QUESTION:
            value["answers"] = [{"label": a.label, "next": a.next} for a in n.answers]
        elif n.kind == NodeKind.INFORMATION:
            value["next"] = n.next
        else:
            value.update(
                urgent=False,
                certificate="",
                contacts="",
                consent="",
                family_steps="",
                query={
                    "types": ["cpms"],
                    "needs": [],
                    "audiences": [],
                    "free": False,
                    "anonymous": False,
                    "no_mandate": False,
                },
            )
        data.append({"type": n.kind, "value": value})
    return data
