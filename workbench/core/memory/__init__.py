"""Translation memory: units stored in SQLite, fuzzy lookup, concordance.

Owns the memory database and its schema, the candidate search and scoring
that local and team memories share, and the concordance over memory units.
Other packages use the names this package exports; its modules are its own.
"""

import lazy_loader

# Names load on first use (see __init__.pyi), so a light command pays for none of them.
__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
