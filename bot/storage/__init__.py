"""Subscriptions and their delivery state, in SQLite or PostgreSQL through SQLAlchemy."""
