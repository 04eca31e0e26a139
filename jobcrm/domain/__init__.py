"""Pure rules: no database, no Qt. Working-day calendar, date phrases, validation, vocabularies."""
