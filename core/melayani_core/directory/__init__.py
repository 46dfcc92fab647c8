"""The directory domain: organizations, services, contacts, and their import/export formats."""
