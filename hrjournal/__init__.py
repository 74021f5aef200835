"""HR Journal: an offline, encrypted journal for human rights defenders."""

__version__ = "0.1.0"
# The desktop's name for the program: its .desktop and AppStream files, the macOS bundle
# identifier, and the app id its windows carry.
APP_ID = "org.hrjournal.HRJournal"
