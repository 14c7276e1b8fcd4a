"""Who is working on a file or a run: a process's identity (host, pid and the process's start
time, so a recycled pid is not mistaken for the worker) and whether the work it claimed is
abandoned (see recovery.py)."""

from __future__ import annotations

import datetime as dt
import os
import socket

from django.conf import settings


def _start_time(pid: int) -> str:
    """The process's start time in clock ticks since boot (Linux), "" where unknown."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            # The command name (field 2) is in parentheses and may hold spaces.
            return handle.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return ""


def worker_identity(pid: int | None = None) -> str:
    pid = os.getpid() if pid is None else pid
    return f"{socket.gethostname()}:{pid}:{_start_time(pid)}"


def is_identity(value: str) -> bool:
    """Whether ``value`` was written by worker_identity (another program's worker id is not)."""
    parts = value.rsplit(":", 2)
    return len(parts) == 3 and bool(parts[0]) and parts[1].isdigit() and (parts[2].isdigit() or not parts[2])


def process_alive(identity: str) -> bool | None:
    """True or False for a process of this host, None for another host's (it cannot be asked)."""
    try:
        host, pid, started = identity.rsplit(":", 2)
        pid = int(pid)
    except ValueError:
        return False  # not written by worker_identity: nobody can be working on it
    if host != socket.gethostname():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, under another user
        return True
    return not started or _start_time(pid) == started


def stale_after() -> dt.timedelta:
    return dt.timedelta(minutes=settings.PORTAL_INGEST_STALE_MINUTES)


def abandoned(identity: str, heartbeat: dt.datetime | None, now: dt.datetime) -> bool:
    alive = process_alive(identity)
    if alive is not None:
        return not alive
    return heartbeat is None or now - heartbeat > stale_after()
