"""The project: a folder with `project.toml` and a SQLite database.

Owns opening and creating projects, the database schema and its
migrations, the domain values (segments, statuses) and exporting a
project's pairs to interchange files. Other packages use the names this
package exports; its modules are its own.
"""

import lazy_loader

# Names load on first use (see __init__.pyi), so a light command pays for none of them.
__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
