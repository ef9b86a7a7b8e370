"""fwgdesk's bundled data, installed as the package ``fwgdesk.resources`` (see pyproject.toml).

Found at run time through ``importlib.resources`` by ``fwgdesk.paths.resources_dir()``.
"""
