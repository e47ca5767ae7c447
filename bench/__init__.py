"""Benchmarks: one module per area, each exposing run() -> rows; `python -m bench` runs them all."""
