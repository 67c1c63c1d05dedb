from tests.storage.conftest import champ as champ_tiny  # noqa: F401  (the tiny championship fixture)
