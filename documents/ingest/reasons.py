"""Why a file was not ingested: a Vietnamese message id and its values, translated where shown.

The pure steps (finding, reading, preparing files) run without Django, in worker processes, so
they cannot translate; they name the message and the layer that shows it translates it into the
reader's language (``Reason.translated``). The message is kept as it is in the database, so an
upload's report follows the language of whoever reads it, not of whoever uploaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def gettext_noop(message: str) -> str:
    """Marks ``message`` for makemessages (which looks for this name) without translating it."""
    return message


NO_SUCH_PATH = gettext_noop("không có tệp hoặc thư mục này")
CANNOT_LIST = gettext_noop("không liệt kê được thư mục: %(error)s")
TOO_LARGE = gettext_noop("tệp nặng %(size)s MB, vượt giới hạn %(limit)s MB (PORTAL_MAX_UPLOAD_MB)")
GREW_TOO_LARGE = gettext_noop("tệp lớn lên quá giới hạn %(limit)s MB trong lúc đọc")
CANNOT_READ = gettext_noop("không đọc được tệp: %(error)s")
EMPTY = gettext_noop("tệp rỗng")
NO_TEXT = gettext_noop("không có chữ nào trong tệp")
WORKER_DIED = gettext_noop(
    "tiến trình xử lý tệp này dừng đột ngột (bị dừng, chẳng hạn vì dùng quá nhiều bộ nhớ, "
    "hoặc bị lỗi); các tệp khác không bị ảnh hưởng"
)
WORKER_KILLED = gettext_noop(
    "tiến trình xử lý tệp này dừng đột ngột %(attempts)s lần (bị dừng, hết bộ nhớ hoặc máy khởi động "
    "lại) nên tệp không được nạp; các tệp khác không bị ảnh hưởng"
)
UNEXPECTED = gettext_noop("lỗi ngoài dự kiến: %(error)s")
UPLOAD_TOO_LARGE = gettext_noop("tệp lớn hơn giới hạn %(limit)s MB")
UPLOAD_LOST = gettext_noop("tệp tải lên không còn trong thư mục chờ (đã bị xóa?)")


@dataclass(frozen=True)
class Reason:
    message: str  # a Vietnamese msgid, with %(name)s placeholders for ``params``
    params: dict[str, str] = field(default_factory=dict)

    def render(self, translate=lambda message: message) -> str:
        text = translate(self.message)
        return text % self.params if self.params else text

    def translated(self) -> str:
        """In the active language (Django's gettext: only where Django runs)."""
        from django.utils.translation import gettext

        return self.render(gettext)

    def __str__(self) -> str:
        return self.render()


class FileRefused(Exception):
    """The file cannot be ingested; ``reason`` says why (the caller names the file)."""

    def __init__(self, message: str, **params: object):
        self.reason = Reason(message, {key: str(value) for key, value in params.items()})
        super().__init__(str(self.reason))
