"""The bundled program's entry point: the same `hrjournal` command as an installed package
(no command opens the app)."""

from hrjournal.cli import main

raise SystemExit(main())
