"""Domain exceptions. Messages are Danish (the product's language); `field` names the form field."""

from __future__ import annotations


class JobCRMError(Exception):
    """Base class: a problem the user can understand and act on."""


class ValidationError(JobCRMError):
    """One or more fields are invalid. `errors` maps field name -> Danish message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(self.errors.values()))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        return cls({field: message})


class NotFound(JobCRMError):
    pass


class Conflict(JobCRMError):
    """The action clashes with existing data (e.g. a CVR that is already registered)."""

    def __init__(self, message: str, existing_id=None):
        self.existing_id = existing_id
        super().__init__(message)


class DatabaseProblem(JobCRMError):
    pass


class UsageError(JobCRMError):
    """Bad command-line arguments (exit code 2)."""


class NotAllowed(JobCRMError):
    """The current consultant's role does not allow the action (e.g. editing visit guides)."""
