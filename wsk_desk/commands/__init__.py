"""Headless subcommands of `wsk-desk`, one module per area, each with `register(subparsers)`."""
