#!/usr/bin/env python3
"""Warm latency of one article through `./hechos serve`: a few warm-up requests, then N timed ones.

    ./hechos serve --port 8765 &
    python3 benchmarks/serve_latency.py seeds/articles/000_ea613a74159e4926.txt   # URL and N optional
"""
import statistics
import sys
import time
import urllib.request


def extract(url, body):
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "text/plain; charset=utf-8"})
    with urllib.request.urlopen(request) as response:
        return response.read()


def main():
    path = sys.argv[1]
    url = sys.argv[2] if len(sys.argv) > 2 else "http://127.0.0.1:8765/extract"
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    with open(path, "rb") as f:
        body = f.read()
    for _ in range(5):
        extract(url, body)
    millis = []
    for _ in range(n):
        start = time.perf_counter()
        extract(url, body)
        millis.append((time.perf_counter() - start) * 1000)
    print(f"{path}: {len(body)} bytes, {n} requests: median {statistics.median(millis):.1f} ms, "
          f"min {min(millis):.1f} ms, max {max(millis):.1f} ms")


if __name__ == "__main__":
    main()
