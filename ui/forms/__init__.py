"""The forms room of the window (issue 16)."""
