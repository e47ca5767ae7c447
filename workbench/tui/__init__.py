"""The Textual face of the workbench: `make_app` builds it, `run_app` runs it in a terminal."""
