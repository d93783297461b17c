"""Reusable widgets of the register views (field editors, tables of parts, indicators)."""
