"""The panic wipe. Imports quickly: no Qt, no reportlab, no cryptography."""
