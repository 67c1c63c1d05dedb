"""Pure domain: dataclasses and rules. No Qt, no SQL, so it tests in milliseconds."""
