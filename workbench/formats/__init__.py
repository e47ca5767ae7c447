"""Interchange formats: one module per format behind one small interface, and a registry."""
