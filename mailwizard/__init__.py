"""MailWizard: sets up company email with a hosted provider, step by step."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mailwizard")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
