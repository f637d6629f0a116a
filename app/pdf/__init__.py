"""PDF machinery shared by letters, forms, run sheets and reports (reportlab, no Qt)."""
