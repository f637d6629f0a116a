"""The team's statistics: figures, contact totals, tables and exports."""
