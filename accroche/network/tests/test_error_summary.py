"""The shared error summary (issue 18) on the partner-space forms."""

import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_partner_forms_share_the_error_summary(client, world):
    client.force_login(world.partner_a)
    url = f"/espace-partenaires/organisations/{world.org_a.pk}/modifier/"
    response = client.post(url, {"name": ""})
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert re.search(r'<a href="#id_name">[^<]+ : ', html)
