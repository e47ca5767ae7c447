"""Data files the workbench ships with (see README.md here for where each comes from)."""
