"""The Statistik page: the team's figures for a period, charts and exports."""
