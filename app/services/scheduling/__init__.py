"""The calendar: events, recurrence, clashes, day lists and .ics."""
