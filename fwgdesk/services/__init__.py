"""Use cases: each function opens its own session and returns plain records. No Qt here."""
