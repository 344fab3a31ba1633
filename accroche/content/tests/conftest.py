import io

import pytest


@pytest.fixture
def content_site(db, settings, tmp_path):
    """The reference site (pages and the seed's real tools), with uploaded files in a temporary media folder."""
    from accroche.content.demo import load_demo

    settings.MEDIA_ROOT = tmp_path
    load_demo(stdout=io.StringIO())


@pytest.fixture
def content_examples(content_site):
    """The reference site plus the invented examples (news, example tools with placeholder PDFs), loaded explicitly."""
    from accroche.content.demo import load_examples

    load_examples(stdout=io.StringIO())
