"""``python -m indsigt`` and the ``indsigt`` command.

When a command has finished, the process exits as the interpreter would (other threads joined,
the ``atexit`` functions run, the database connections closed, the output flushed) but without
freeing every object one by one: after an import that is a fifth of a second of its end-to-end
time (issue 14). An uncaught exception ends the process the ordinary way (with its traceback).
The command line's code is loaded with the cyclic garbage collector paused
(:mod:`indsigt.startup`).
"""

from __future__ import annotations

import sys


def main() -> None:
    from indsigt.startup import loading

    with loading():  # the code of every command: without the cyclic collector's walks
        from indsigt.cli import app
    try:
        app(prog_name="indsigt")
    except SystemExit as exc:
        _exit(exc.code)
    _exit(0)


def _exit(code: object) -> None:
    import atexit
    import contextlib
    import os
    import threading

    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)  # what SystemExit("message") prints
        code = 1
    # the interpreter's own first step at exit: threading's exit hooks (which tell idle
    # executor threads to stop), then every non-daemon thread joined
    shutdown = getattr(threading, "_shutdown", None)
    if shutdown is not None:
        shutdown()
    else:  # pragma: no cover - every CPython has it
        for t in threading.enumerate():
            if t is not threading.main_thread() and not t.daemon:
                t.join()
    db = sys.modules.get("indsigt.db")
    if db is not None:
        db.dispose_engines()  # SQLite checkpoints its WAL when the last connection closes
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing to flush to
            stream.flush()
    os._exit(code or 0)


if __name__ == "__main__":
    main()
