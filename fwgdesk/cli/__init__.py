"""The command line: headless use of the same services the window uses."""
