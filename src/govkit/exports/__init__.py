"""Exports: pure functions of a register snapshot to files (xlsx, PDF, JSON, audit packs)."""
