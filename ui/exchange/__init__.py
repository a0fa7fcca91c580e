"""The exchange room of the window (issue 17): the import template, the import wizard and exporting lists to Excel."""
