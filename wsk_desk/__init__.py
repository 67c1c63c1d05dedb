"""WSK Desk: the scoring desk for WorldSkills-style skills championships."""

__version__ = "0.1.0"
