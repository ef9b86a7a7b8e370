"""Persistence: the ORM model, engines, migrations, backups and search. No Qt here."""
