"""Other tools' result files <-> score records (CSV, JSON, model-index, lm-eval, inspect, EEE, ...)."""
