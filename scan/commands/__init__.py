"""The command groups of the CLI, one module each, each with ``register(app)``."""
