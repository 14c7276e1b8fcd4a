"""haystack's update_index (also run by rebuild_index), its output in one language.

Its messages are English and name the model by its verbose name, which is Vietnamese in the
interface's default language: "Indexing 10000 văn bản". The portal's commands speak English
to the operator, so the model's name is given in English too. This command takes haystack's
place because the documents app comes before haystack in INSTALLED_APPS.
"""

from django.utils import translation
from haystack.management.commands import update_index


class Command(update_index.Command):
    def handle(self, **options):
        with translation.override("en"):
            return super().handle(**options)
