#!/usr/bin/env bash
# Alternate the engines in one script, so that each comparison is within the same stretch of this shared machine:
# two rounds on the dev texts × 24 (3,984 articles), then two × 12. One JSON line per run (bench_ray.py).
cd "$(dirname "$0")/../.."
run() { PYTHONPATH=src .venv/bin/python benchmarks/ray/bench_ray.py "$@" 2>/dev/null | tail -1; }
for round in 1 2; do
  run embedded 1 24
  run ray 1 24 16
  run ray 2 24 16
  run embedded 2 24
done
for round in 1 2; do
  run embedded 1 12
  run ray 1 12 16
  run ray 2 12 16
done
