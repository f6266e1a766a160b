"""Time expressions: a token grammar (``grammar``), its vocabulary (``lexicon``) and
their resolution to ISO 8601 against the publication date (``resolve``)."""
