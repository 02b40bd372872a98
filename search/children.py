"""Worker processes that die with the process that forked them.

An update forks extraction workers and Whoosh's parallel sub-writers. If the parent is killed (SIGKILL, the
terminal closed), they would wait on their pipes forever, holding memory and Whoosh's write lock. On Linux
the kernel can send them SIGKILL when their parent goes; elsewhere the lock side is handled by
`locking` and a stale Whoosh lock is broken by the updater.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def install() -> None:
    """From now on, every child this process forks is killed when its parent dies (Linux only)."""
    global _installed
    if _installed or not sys.platform.startswith("linux") or not hasattr(os, "register_at_fork"):
        return
    os.register_at_fork(after_in_child=_die_with_parent)
    _installed = True


_installed = False
