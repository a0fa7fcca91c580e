"""The PostgreSQL-only pieces of the schema: triggers in PL/pgSQL and the audit chain's advisory lock."""
