"""The tabs of a State's page."""
