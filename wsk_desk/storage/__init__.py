"""The championship file: one SQLite database, through sqlite-utils. The only layer with SQL."""
