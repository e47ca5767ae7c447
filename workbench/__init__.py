"""workbench: a terminal translation and terminology workbench."""
