"""govkit: an offline data-governance toolkit for local government."""

__version__ = "0.1.0"
APP_NAME = "govkit"
