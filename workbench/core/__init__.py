"""The headless core: projects, import, segmentation, alignment, checks, memory.

Nothing under this package imports the TUI, the CLI or textual; the faces call
into it, never the other way round.
"""
