"""Writes during a load test: staff uploading files through /upload/ while readers search.

A writer is a thread with its own keep-alive connection and a staff session (made by the
command, tools/management/commands/loadtest.py); each upload is one small text file, new to the
portal, posted as the browser form does (multipart, CSRF token). The portal answers with a
redirect to the upload's status page and queues the file for the background worker.
"""

from __future__ import annotations

import dataclasses
import http.client
import itertools
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from urllib.parse import urlsplit

from .loadtest import Result, require_loopback

UPLOAD_PATH = "/upload/"


@dataclasses.dataclass(frozen=True)
class Writer:
    session_cookie: str  # "name=value" of a staff user's session
    texts: list[str]  # bodies to upload; each upload adds a line that makes it new
    run: str = dataclasses.field(default_factory=lambda: secrets.token_hex(4))  # new in every run

    def file_name(self, number: int) -> str:
        return f"{self.file_prefix}{number}.txt"

    @property
    def file_prefix(self) -> str:
        return f"load-{self.run}-"

    def form(self, number: int, csrf: str) -> tuple[bytes, str]:
        """(body, content type) of the upload form with one file, number ``number``."""
        boundary = uuid.uuid4().hex
        new_line = f"Văn bản tải lên khi thử tải, lượt {self.run}, số {number}."
        text = f"{self.texts[number % len(self.texts)]}\n{new_line}\n"
        name = self.file_name(number)
        parts = [
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n{csrf}\r\n',
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: text/plain; charset=utf-8\r\n\r\n",
        ]
        body = "".join(parts).encode() + text.encode() + f"\r\n--{boundary}--\r\n".encode()
        return body, f"multipart/form-data; boundary={boundary}"


def run_writes(
    urls: list[str],
    writer: Writer,
    result: Result,
    lock: threading.Lock,
    *,
    writers: int,
    seconds: float,
    interval: float,
    uploads_per_writer: int | None = None,
) -> Callable[[], int]:
    """Starts ``writers`` threads uploading one file each every ``interval`` seconds until
    ``seconds`` have passed (or after ``uploads_per_writer`` uploads), recording into ``result``
    (kind "upload"; anything but the redirect to the status page is an error). Returns a
    function that waits for them and gives the number of uploads accepted."""
    targets = [require_loopback(u) for u in urls]
    deadline = time.monotonic() + seconds
    accepted = [0]
    numbers = itertools.count()
    number_lock = threading.Lock()

    def write(index: int) -> None:
        host, port = targets[index % len(targets)]
        connection = http.client.HTTPConnection(host, port, timeout=60)
        # Django's CSRF check compares the cookie's secret with the form's: any 32 letters.
        csrf = secrets.token_hex(16)
        cookies = f"{writer.session_cookie}; csrftoken={csrf}"
        for _ in itertools.repeat(None) if uploads_per_writer is None else range(uploads_per_writer):
            if time.monotonic() >= deadline:
                break
            with number_lock:
                number = next(numbers)
            body, content_type = writer.form(number, csrf)
            headers = {
                "Cookie": cookies,
                "Content-Type": content_type,
                "Referer": f"http://{host}:{port}{UPLOAD_PATH}",
                "Accept-Language": "vi",
            }
            started = time.perf_counter()
            try:
                connection.request("POST", UPLOAD_PATH, body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                status = response.status
                # A redirect to the status page; the login page's redirect means no session.
                went = urlsplit(response.getheader("Location") or "").path
                reported = status == 302 and went.startswith(UPLOAD_PATH) and went != UPLOAD_PATH
                error = None if reported else f"{status} upload {number} ({went})"
            except (OSError, http.client.HTTPException) as problem:
                status, error = None, f"{type(problem).__name__}: {problem} (upload {number})"
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=60)
            with lock:
                result.record("upload", status, (time.perf_counter() - started) * 1000, error)
                accepted[0] += error is None
            time.sleep(max(0.0, min(interval, deadline - time.monotonic())))
        connection.close()

    threads = [threading.Thread(target=write, args=(n,), daemon=True) for n in range(writers)]
    for thread in threads:
        thread.start()

    def join() -> int:
        for thread in threads:
            thread.join(seconds + 120)
        return accepted[0]

    return join


# --- the command's side: a staff session, the background worker, the uploads settled ---------
WRITER_USERNAME = "loadtest-writer"


def staff_session(secret_key: str | None = None) -> tuple[str, Callable[[], None]]:
    """("name=value" session cookie of a staff user made for the run, the clean-up that removes
    both). The user has no usable password: the session is its only way in, and it goes.
    ``secret_key``: the servers' signing key, when it is not this process's."""
    from django.conf import settings
    from django.test import override_settings

    with override_settings(SECRET_KEY=secret_key or settings.SECRET_KEY):
        return _staff_session()


def _staff_session() -> tuple[str, Callable[[], None]]:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore

    user, created = get_user_model().objects.get_or_create(
        username=WRITER_USERNAME, defaults={"is_staff": True}
    )
    if created:
        user.set_unusable_password()
        user.save()
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()

    def clean_up() -> None:
        session.delete()
        if created:
            user.delete()

    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}", clean_up


def upload_texts(limit: int = 50) -> list[str]:
    """Bodies for the uploads: texts of the corpus being served (each upload makes its own new)."""
    from documents.models import Document

    return [t for t in Document.objects.values_list("text", flat=True)[:limit] if t] or [
        "Ban Thường vụ Tỉnh ủy họp bàn công tác cán bộ."
    ]


def wait_for_uploads(writer: Writer, timeout: float = 900) -> dict:
    """Waits until every file ``writer`` uploaded has its outcome (indexed or failed): counts by
    outcome, and whether it finished in ``timeout`` seconds."""
    from documents.models import IngestFile

    files = IngestFile.objects.filter(name__startswith=writer.file_prefix, run__origin="upload")
    settled = (IngestFile.Stage.INDEXED, IngestFile.Stage.FAILED)
    deadline = time.monotonic() + timeout
    while files.exclude(stage__in=settled).exists() and time.monotonic() < deadline:
        time.sleep(1)
    counts = {stage: files.filter(stage=stage).count() for stage in IngestFile.Stage.values}
    found = {stage: count for stage, count in counts.items() if count}
    return {"settled": not files.exclude(stage__in=settled).exists(), **found}
