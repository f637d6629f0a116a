"""IGOR Desk: case work for joint police and social-services teams."""

__version__ = "0.1.0"
APP_NAME = "IGOR Desk"
