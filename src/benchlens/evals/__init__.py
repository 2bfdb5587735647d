"""Targeted evaluations on the user's own data against OpenAI-compatible endpoints."""
