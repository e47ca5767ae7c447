"""Editing: every change to a project's pairs and targets, and its undo.

Owns the segment edits (set a target or status, merge, split, move a
sentence, lock pairs) and the undo journal they write, and the tools that
change many targets as one undo step: search and replace, pre-translation
from memory, and the tracked changes an editor's edits leave for review.
Other packages use the names this package exports; its modules are its own.
"""

import lazy_loader

# Names load on first use (see __init__.pyi), so a light command pays for none of them.
__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
