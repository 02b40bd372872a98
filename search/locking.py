"""One writer at a time per index folder, across processes.

Whoosh has its own write lock, but an update is more than a Whoosh write: it compares files against the
store, writes Whoosh, then writes the store. The whole of that runs under this lock, so a second ukr-tui
waits, then sees the first one's work and finds little left to do. The OS drops the lock when its holder
dies (even by SIGKILL), so a crash never leaves the folder locked.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

WAITING_MESSAGE = "waiting for another ukr-tui to finish writing the index"

# Lock descriptors this process holds. A forked child (extraction workers, Whoosh's parallel sub-writers)
# inherits them, and an flock lives as long as any descriptor of it is open: children left blocked on a pipe
# by a SIGKILLed parent would hold the lock forever and every later run would wait. Children close their
# copies at once, so the lock dies with the process that took it.
_HELD: set[int] = set()


def _close_inherited_locks() -> None:
    for fd in list(_HELD):
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_inherited_locks)

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class LockTimeout(Exception):
    """Another process held the lock for longer than we were willing to wait."""


class UpdateLock:
    """An exclusive lock on `path`, waited for with retries and reported through `on_wait`."""

    def __init__(
        self,
        path: Path,
        on_wait: Callable[[str], None] | None = None,
        timeout: float | None = None,
        cancel: Callable[[], bool] | None = None,
        delay: float = 0.2,
    ) -> None:
        self.path = path
        self.on_wait = on_wait
        self.timeout = timeout
        self.cancel = cancel
        self.delay = delay
        self._fd: int | None = None

    def acquire(self) -> None:
        if self.path.is_dir() and not self.path.is_symlink():
            # Damage seen by hand: a folder where the lock file belongs. An empty one is ours to replace.
            try:
                self.path.rmdir()
            except OSError:
                raise IsADirectoryError(
                    f"cannot lock the index: {self.path} is a folder, not ukr-tui's lock file; remove it"
                ) from None
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        started = time.monotonic()
        told = 0.0
        while not _try_lock(fd):
            now = time.monotonic()
            if self.timeout is not None and now - started > self.timeout:
                os.close(fd)
                raise LockTimeout(f"another ukr-tui kept the index locked for {self.timeout:.0f} s")
            if self.cancel is not None and self.cancel():
                os.close(fd)
                raise LockTimeout("cancelled while waiting for the index lock")
            if self.on_wait is not None and now - told >= 1.0:
                self.on_wait(WAITING_MESSAGE)
                told = now
            time.sleep(self.delay)
        self._fd = fd
        _HELD.add(fd)

    def release(self) -> None:
        if self._fd is not None:
            _HELD.discard(self._fd)
            try:
                _unlock(self._fd)
            finally:
                os.close(self._fd)
                self._fd = None

    def __enter__(self) -> UpdateLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
