"""The dashboard room of the window (issue 16)."""
