"""Benchmark scripts: each prints figures; run from the checkout as `python -m benchmarks.NAME`."""
