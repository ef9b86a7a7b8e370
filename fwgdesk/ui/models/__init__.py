"""Qt models of the window."""
