"""Qt views of the window."""
