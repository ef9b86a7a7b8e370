"""The update format (spec v1): reading, validating, previewing, applying, undoing and
writing Secretariat updates in JSON, XLSX and CSV. No Qt here."""
