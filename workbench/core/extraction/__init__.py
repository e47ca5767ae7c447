"""Term extraction: candidates from a project's aligned pairs, with their likely equivalents.

Reads one side into term-shaped phrases (English noun phrases by pattern, Russian agreeing
groups through pymorphy3), counts them by lemma, ranks them by C-value and termhood against
wordfreq, pairs each with the other side's phrases that keep it company, and adds the ones a
terminologist accepts to the project's termbase. Other packages use the names this package
exports; its modules are its own.
"""

import lazy_loader

# Names load on first use (see __init__.pyi), so a light command pays for none of them.
__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
