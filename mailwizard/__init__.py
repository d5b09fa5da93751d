"""MailWizard: sets up company email with a hosted provider, step by step."""

# Kept in step with pyproject.toml by tests/unit/test_architecture.py: reading the installed
# metadata instead costs ~45 ms at start-up.
__version__ = "0.1.0"
