"""Imports: reading spreadsheets (xlsx, CSV) safely and mapping their columns to register fields.

Pure functions of files and domain objects, like ``exports``; ``services.imports`` runs them
against a vault. Nothing here touches the database or Qt.
"""
