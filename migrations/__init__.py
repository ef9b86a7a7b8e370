"""Alembic's environment and revisions, installed as the package ``fwgdesk.migrations``.

Found at run time through ``importlib.resources`` by ``fwgdesk.paths.migrations_dir()``.
"""
