"""briefgen: a static-site generator for bilingual briefing pages."""

__version__ = "0.1.0"
