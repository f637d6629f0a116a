"""Shared by every capability: who acts, access and secrecy, protection, audit, time."""
