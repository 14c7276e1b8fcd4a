"""Where the portal keeps files (the originals): Django's storage API, so a deployment can put
them elsewhere (STORAGES in settings) and no code reads or writes them by path.

The default is the data dir's media/ folder through OriginalsFileSystemStorage.
"""

from __future__ import annotations

import os
import tempfile

from django.core.files.storage import FileSystemStorage
from django.core.files.utils import validate_file_name


class OriginalsFileSystemStorage(FileSystemStorage):
    """A file appears whole or not at all: written under a temporary name in its folder and
    renamed into place, so a reader (a download, a backup) never sees half of it.

    The name given is kept: the originals are named by their content hash, so a file already
    there under that name holds the same bytes and is replaced by an identical copy.
    """

    def get_available_name(self, name, max_length=None):
        validate_file_name(name, allow_relative_path=True)
        return str(name).replace("\\", "/")

    def _save(self, name, content):
        target = self.path(name)
        folder = os.path.dirname(target)
        os.makedirs(folder, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".partial-")
        try:
            with os.fdopen(handle, "wb") as out:
                for chunk in content.chunks():
                    out.write(chunk if isinstance(chunk, bytes) else chunk.encode())
            if self.file_permissions_mode is not None:
                os.chmod(temporary, self.file_permissions_mode)
            else:
                # mkstemp creates files readable by their owner only; a saved file gets the
                # permissions any new file gets here.
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(temporary, 0o666 & ~umask)
            os.replace(temporary, target)
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise
        return os.path.relpath(target, self.location).replace("\\", "/")
