"""Use cases shared by the desktop app and the command line. Long work reports progress
through a plain callback, never a Qt signal."""
