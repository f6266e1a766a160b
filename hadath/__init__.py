"""hadath (حدث): Arabic news to political event data.

    >>> from hadath import extract
    >>> article = extract("قال وزير الخارجية الروسي سيرغي لافروف ...", published="2017-05-13")
    >>> article.to_dict()["events"]
"""
__version__ = "0.1.0"


def extract(text, published=None, doc_id="doc", source=None):
    from hadath.pipeline import extract as _extract
    return _extract(text, published=published, doc_id=doc_id, source=source)
