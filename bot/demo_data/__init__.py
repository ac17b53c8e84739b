"""Files for the demo: a job centre's calendar (Outlook export) to import on a family's page."""
