from django.db import migrations


def load(apps, schema_editor):
    from documents.provinces import sync_provinces

    sync_provinces(apps.get_model("documents", "Province"))


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
