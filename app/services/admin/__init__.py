"""Staff profiles, login roles, enrollment and the team's settings."""
