"""Qt widgets of the window."""
