"""Shared set-up of the in-process benchmarks: a throw-away test database holding the geo reference and the seed
directory (104 services), removed at the end."""

from contextlib import contextmanager


@contextmanager
def seed_test_database():
    """Creates a throw-away test database with the geo reference and the seed directory; destroys it afterwards."""
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    from accroche.directory.importers.services_csv import DEMO_FILE, import_services_csv
    from accroche.geo.services import geo_load_reference
    from accroche.search.indexing import rebuild_search_index

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        geo_load_reference()
        import_services_csv(path=DEMO_FILE)
        rebuild_search_index()  # what the task worker would do after the import
        yield
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
