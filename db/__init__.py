"""Persistence: SQLAlchemy models, engine, migrations, attachment storage."""
