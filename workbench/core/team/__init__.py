"""Team projects: a shared memory and termbase on a PostgreSQL server.

Owns the `[team]` settings and the connection, the server schema, the
shared store, the local cache and offline queue, and the session that
routes a project's memory and termbase calls to the server or the cache.
Other packages use the names this package exports; its modules are its own.
"""

import lazy_loader

# Names load on first use (see __init__.pyi), so a light command pays for none of them.
__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
