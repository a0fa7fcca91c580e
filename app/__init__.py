"""Dossier Desk application layer: every rule of PRODUCT.md, no Qt."""
