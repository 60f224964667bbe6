"""The default templates. A package only so that they ship inside briefgen\x27s wheel."""
