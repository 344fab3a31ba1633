from django.db import migrations

AUDIENCES = [("jeunes", "Jeunes"), ("familles", "Parents et familles"), ("ecoles", "Écoles"),
             ("medecins", "Médecins"), ("professionnels", "Professionnels")]


def create_audiences(apps, schema_editor):
    Audience = apps.get_model("content", "Audience")
    for position, (code, name) in enumerate(AUDIENCES):
        Audience.objects.update_or_create(code=code, defaults={"name": name, "position": position})


class Migration(migrations.Migration):
    dependencies = [("content", "0001_initial")]
    operations = [migrations.RunPython(create_audiences, migrations.RunPython.noop)]
