"""Statistical named-entity recognition: a CRF token tagger (PER, ORG, LOC, MISC in BIO).

``features`` turns a sentence of tokens into CRF features, ``resources`` loads the
word lists and clusters those features read, ``tagger`` runs a trained model,
``train`` trains one, ``conll`` reads and writes token-per-line files.
"""
