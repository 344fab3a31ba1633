"""Wagtail creates its root page and root collection in English (« Root »); coordinators see them in the admin."""

from django.db import migrations

ROOT_PAGE_TITLE = "Racine du site"
ROOT_COLLECTION_NAME = "Racine"


def forwards(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Page.objects.filter(depth=1, title="Root").update(title=ROOT_PAGE_TITLE, draft_title=ROOT_PAGE_TITLE)
    Collection.objects.filter(depth=1, name="Root").update(name=ROOT_COLLECTION_NAME)


def backwards(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Page.objects.filter(depth=1, title=ROOT_PAGE_TITLE).update(title="Root", draft_title="Root")
    Collection.objects.filter(depth=1, name=ROOT_COLLECTION_NAME).update(name="Root")


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0002_audiences"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
