"""The desktop app (PySide6). The only package that imports Qt; it reaches the journal only
through `hrjournal.services`."""
