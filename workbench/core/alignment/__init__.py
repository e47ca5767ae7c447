"""Alignment: which source sentences translate which target sentences.

Owns the aligner (length, anchors, lexicon, dictionary and meaning signals
scored in a banded search), the per-bead confidence, and `bitext`, which
aligns a project's stored sentences and writes the pairs back. Other
packages use the names this package exports; its modules are its own.
"""

import lazy_loader

# Names load on first use (see __init__.pyi), so a light command pays for none of them.
__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
