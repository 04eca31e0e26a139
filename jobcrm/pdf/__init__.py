"""reportlab documents built from DTOs. No Qt, no sessions. (The printed forms arrive with their issues.)"""
