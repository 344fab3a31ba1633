import pytest


@pytest.fixture
def pathways(demo_directory):
    """The demo directory and the three seed pathways, published."""
    from accroche.orientation.demo import load_demo
    from accroche.orientation.models import Pathway

    load_demo()
    return {p.slug: p for p in Pathway.objects.all()}


@pytest.fixture
def seed_pathways(db):
    """Only the three seed pathways (no directory): for tests that do not list services."""
    from accroche.orientation.demo import load_demo
    from accroche.orientation.models import Pathway

    load_demo()
    return {p.slug: p for p in Pathway.objects.all()}
