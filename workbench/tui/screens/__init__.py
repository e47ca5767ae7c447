"""Screens of the workbench: each coordinates its widgets and talks to the core."""
