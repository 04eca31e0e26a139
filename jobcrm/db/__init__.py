"""Engine, session factory and the migration runner."""
