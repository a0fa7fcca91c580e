"""Tests that measure the window's responsiveness run in a process of their own, as the program runs.

A test process that has run two thousand tests before holds their objects, threads and Qt state: one full garbage
collection of that heap, or a worker thread some earlier test left waiting, is a pause of the test suite, not of the
window, and made these measurements fail at random in one long run. ``tests/ui/test_never_freeze.py`` runs each
module marked ``in_a_fresh_process`` with pytest in a new process; in the long run they are skipped.
"""

from __future__ import annotations

import os

import pytest

FRESH_ENV = "DOSSIER_DESK_FRESH_PROCESS"

in_a_fresh_process = pytest.mark.skipif(
    os.environ.get(FRESH_ENV) != "1", reason="measured in a process of its own by tests/ui/test_never_freeze.py"
)
