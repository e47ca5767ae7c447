"""Statistics: the numbers a project is planned and paid by.

Owns word and character counts by a stated rule, counts per status and per
document, the translation-memory analysis in the bands CAT tools use, and
the project summary `workbench status` prints. Other packages use the names
this package exports; its modules are its own.
"""

import lazy_loader

# Names load on first use (see __init__.pyi), so a light command pays for none of them.
__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
