"""The demo championship: realistic, deterministic content for newcomers, tests and benchmarks."""
