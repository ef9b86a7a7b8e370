"""Allow ``python -m fwgdesk``."""

from fwgdesk.cli.main import main

raise SystemExit(main())
