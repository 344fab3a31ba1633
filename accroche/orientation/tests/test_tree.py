"""The tree validator: dead ends, unreachable nodes and cycles are found and named."""

from hypothesis import given, settings
from hypothesis import strategies as st

from accroche.orientation.selectors import walk
from accroche.orientation.tree import all_paths, validate_tree

from .factories import info, out, q

VALID = [q("N1", "N2", "O1"), info("N2", "N3"), q("N3", "O1", "O2"), out("O1"), out("O2")]


def codes(problems):
    return {(p.code, p.key) for p in problems}


def test_valid_tree_has_no_problem():
    assert validate_tree(VALID) == []


def test_question_without_answer_is_a_dead_end_named():
    problems = validate_tree([q("N1", "N2"), q("N2"), out("O1")])
    assert ("dead_end", "N2") in codes(problems)
    assert any("N2" in p.message for p in problems)


def test_answer_to_a_missing_node_is_a_dead_end():
    problems = validate_tree([q("N1", "O1", "N9"), out("O1")])
    assert ("unknown_target", "N1") in codes(problems)
    assert any("N9" in p.message and "N1" in p.message for p in problems)


def test_information_step_leading_nowhere_is_a_dead_end():
    assert ("dead_end", "I1") in codes(validate_tree([q("N1", "I1", "O1"), info("I1", ""), out("O1")]))


def test_unreachable_node_is_named():
    problems = validate_tree([*VALID, out("O9")])
    assert ("unreachable", "O9") in codes(problems)
    assert any("O9" in p.message for p in problems if p.code == "unreachable")


def test_cycle_is_named():
    problems = validate_tree([q("N1", "N2"), q("N2", "N3", "O1"), info("N3", "N1"), out("O1")])
    assert ("cycle", "N3") in codes(problems)
    assert any("N3" in p.message for p in problems if p.code == "cycle")


def test_duplicate_key_and_empty_tree():
    assert ("duplicate", "O1") in codes(validate_tree([q("N1", "O1"), out("O1"), out("O1")]))
    assert validate_tree([])[0].code == "empty"


def test_all_paths_end_at_outcomes():
    assert sorted(all_paths(VALID)) == [[1, 1, 1], [1, 1, 2], [2]]


@st.composite
def dags(draw):
    """Random valid trees: node i may only point to nodes after it; every non-outcome has >= 1 target."""
    size = draw(st.integers(min_value=2, max_value=14))
    kinds = [draw(st.sampled_from(["q", "i", "o"])) for _ in range(size - 1)] + ["o"]
    nodes = []
    for i, kind in enumerate(kinds):
        later = list(range(i + 1, size))
        if kind == "o" or not later:
            nodes.append(out(f"K{i}"))
        elif kind == "i":
            nodes.append(info(f"K{i}", f"K{draw(st.sampled_from(later))}"))
        else:
            targets = draw(st.lists(st.sampled_from(later), min_size=1, max_size=4))
            nodes.append(q(f"K{i}", *[f"K{t}" for t in targets]))
    # keep only what the entry reaches, so the generated tree is valid by construction
    reachable, stack = set(), ["K0"]
    by_key = {n.key: n for n in nodes}
    while stack:
        key = stack.pop()
        if key not in reachable:
            reachable.add(key)
            stack.extend(by_key[key].targets())
    return [n for n in nodes if n.key in reachable]


@settings(max_examples=150, deadline=None)
@given(dags(), st.data())
def test_property_valid_trees_pass_and_each_defect_is_named(nodes, data):
    assert validate_tree(nodes) == []
    for path in all_paths(nodes):  # every enumerated path, replayed as a URL would be, ends at an outcome
        walked = walk(nodes, path)
        assert walked.current.is_outcome and not walked.error
    non_outcomes = [n for n in nodes if not n.is_outcome]
    # an orphan node is reported as unreachable, by name
    assert ("unreachable", "ORPHAN") in codes(validate_tree([*nodes, out("ORPHAN")]))
    if non_outcomes:
        source = data.draw(st.sampled_from(non_outcomes))
        # pointing one edge back to the entry closes a cycle, reported on a node of that cycle
        looped = [info(n.key, nodes[0].key) if n is source else n for n in nodes]
        problems = validate_tree(looped)
        assert any(p.code == "cycle" for p in problems)
        # pointing it to a missing node is a dead end named after the source node
        broken = [info(n.key, "MISSING") if n is source else n for n in nodes]
        assert ("unknown_target", source.key) in codes(validate_tree(broken))
