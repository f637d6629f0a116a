"""The calendar page: day, week and month views, the event dialog, held → contact."""
