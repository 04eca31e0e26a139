"""Use cases. The only code that opens sessions; everything returned is a frozen DTO."""
