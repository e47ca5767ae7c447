"""Navigation: finding one's way through a project's segments.

Owns the segment filters (status, findings, text in any inflected form,
terms, confidence, comments), the history of jumps (go to N and back) and
the concordance over the project's own segments. Other packages use the
names this package exports; its modules are its own.
"""

import lazy_loader

# Names load on first use (see __init__.pyi), so a light command pays for none of them.
__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
