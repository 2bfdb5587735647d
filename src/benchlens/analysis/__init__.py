"""Analysis: pairing, normalisation, paired deltas with uncertainty, the audit and the verdict.

Reads score records and returns plain data; prints nothing and draws nothing.
"""
