"""Secure transports: requests, planning, the board, safety rules, run sheets."""
