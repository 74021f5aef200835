"""Repositories over the open journal: the only code that writes SQL for journal content."""
