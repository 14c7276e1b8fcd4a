"""Static files with content hashes in their names, pre-compressed (gzip, Brotli), so WhiteNoise
can let browsers keep them for a year: a changed file gets a new name.

The names come from the manifest ``collectstatic`` writes. Before that step has run (a fresh
checkout, the test suite), a file keeps its plain name and WhiteNoise serves it from the static
folders, as it did before hashing: a missing step costs caching, never a broken page.
"""

from __future__ import annotations

from whitenoise.storage import CompressedManifestStaticFilesStorage


class HashedStaticFiles(CompressedManifestStaticFilesStorage):
    manifest_strict = False

    def stored_name(self, name: str) -> str:
        try:
            return super().stored_name(name)
        except ValueError:  # not collected yet: hashing would need the collected copy
            return name
