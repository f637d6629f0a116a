"""The Excel sheet: reading untrusted workbooks, the import and the template."""
