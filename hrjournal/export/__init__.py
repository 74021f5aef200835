"""PDF documents, redaction profiles and interchange formats."""
