"""Files in and out: marking schemes, people lists and marks (openpyxl; no Qt, no SQL).

Readers return domain objects plus warnings, or raise `InputError` naming the file,
sheet, row and column, so that an import lands whole or not at all.
"""
