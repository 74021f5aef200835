"""Pure data: incidents, contacts, safety plans, vocabularies and their validation. No I/O."""
