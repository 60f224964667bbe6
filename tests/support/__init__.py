"""Builders of real test fixtures that several suites share (and bench/ reuses)."""
