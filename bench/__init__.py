"""Benchmarks: each prints a figure next to a limit measured in the same run."""
