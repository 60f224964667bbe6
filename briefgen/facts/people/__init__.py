"""People: mentions, offices, romanization and resolution to the gazetteer."""
