"""HR Journal: an offline, encrypted journal for human rights defenders."""

__version__ = "0.1.0"
