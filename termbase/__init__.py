"""termbase: concept-oriented terminology with morphology-aware recognition."""
