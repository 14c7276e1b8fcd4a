"""Who is working on a file or a run: a process's identity (host, pid and the process's start
time, so a recycled pid is not mistaken for the worker) and whether the work it claimed is
abandoned (see recovery.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
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


# The longest identity: django-tasks-db refuses a longer worker id, and the queue's worker is
# named by its identity (manage.py worker), or dead-job recovery could not find its jobs.
MAX_IDENTITY = 64
# What an identity keeps for the host: the rest holds the pid (Linux's pid_max has 7 digits),
# the start time (12 digits of clock ticks: centuries of uptime) and the two colons.
HOST_ROOM = MAX_IDENTITY - 7 - 12 - 2
HOST_HASH = 8


def host_label(host: str | None = None) -> str:
    """The host as identities name it: a name too long for HOST_ROOM is cut and ends with a
    short hash of the whole name, so two long names with the same beginning stay apart."""
    host = socket.gethostname() if host is None else host
    if len(host) <= HOST_ROOM:
        return host
    digest = hashlib.sha256(host.encode()).hexdigest()[:HOST_HASH]
    return f"{host[: HOST_ROOM - HOST_HASH - 1]}~{digest}"


def worker_identity(pid: int | None = None) -> str:
    """``host:pid:start``; at most MAX_IDENTITY characters (see host_label)."""
    pid = os.getpid() if pid is None else pid
    return f"{host_label()}:{pid}:{_start_time(pid)}"


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
    if host != host_label():
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
