"""Everything Qt. Depends on services and DTOs only, never on models or db."""
