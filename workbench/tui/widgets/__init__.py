"""Widgets of the workbench: each draws one thing and posts messages about it upward."""
