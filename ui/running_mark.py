"""The mark that Dossier Desk is running, for the Windows installer and uninstaller.

On Windows the program holds the named mutex ``Local\\DossierDesk.Running`` for as long as it runs; the setup and the
uninstaller (installer/windows/dossier-desk.nsi) look for it and ask the clerk to close the program before they
replace or remove its files, which Windows would refuse (or half do) while they are in use. ``Local\\`` is the
signed-in session's namespace: one clerk's program is seen by a setup in the same session. The handle is never
closed on purpose: Windows closes it when the process ends, however it ends, so the mark cannot outlive the program.
Elsewhere nothing is needed (no installer replaces files under a running program), and nothing is done.
"""

from __future__ import annotations

import sys

MUTEX_NAME = "Local\\DossierDesk.Running"  # the installer's RUNNING_MUTEX


def hold_running_mark() -> object | None:
    """Create the mutex on Windows and return its handle (keep it referenced); None elsewhere or if it failed."""
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    create_mutex = ctypes.windll.kernel32.CreateMutexW  # type: ignore[attr-defined]  # Windows only
    create_mutex.argtypes = [ctypes.c_void_p, wintypes.BOOL, wintypes.LPCWSTR]
    create_mutex.restype = wintypes.HANDLE
    # A second window of the same user opens the same mutex (a handle all the same): each keeps it while it runs.
    handle = create_mutex(None, False, MUTEX_NAME)
    return handle or None  # no mark is no reason not to run: the installer then just cannot warn
