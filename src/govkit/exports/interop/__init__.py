"""Exports in other organisations' formats: the UK ATRS record, the Dutch algorithm register."""
