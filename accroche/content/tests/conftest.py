import io

import pytest


@pytest.fixture
def content_site(db, settings, tmp_path):
    """The demo site (pages and library), with uploaded files in a temporary media folder."""
    from accroche.content.demo import load_demo

    settings.MEDIA_ROOT = tmp_path
    load_demo(stdout=io.StringIO())
