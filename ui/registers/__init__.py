"""The registers room of the window (issue 16)."""
