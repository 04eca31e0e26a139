"""JobCRM: a desktop CRM for Danish job-centre company consultants."""

__version__ = "0.1.0"
APP_NAME = "JobCRM"
