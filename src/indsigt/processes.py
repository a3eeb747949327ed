"""Is a process of this machine still running?"""

from __future__ import annotations

import os
from pathlib import Path


def alive(pid: int) -> bool:
    """Does process ``pid`` still run? Another user's process counts as running. A killed process
    that its parent has not reaped yet is a zombie: ``os.kill(pid, 0)`` still finds it, but it
    will never release or clean up anything again (a CI run left a killed worker's upload behind,
    as its replacement started before the reaping), so it does not count."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:  # no /proc here, or it ended just now: as os.kill said
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]  # "pid (name) state ..."


__all__ = ["alive"]
