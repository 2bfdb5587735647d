"""Rendering of analysis results: terminal tables, charts (PNG/SVG) and the self-contained HTML report."""
