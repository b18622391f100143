"""A bounded load run against a real `hronika serve` on 127.0.0.1: concurrent clients, analyses mixed with reads.

Usage: .venv/bin/python benchmarks/api/load.py [--clients 20] [--requests 600] [--seconds 120] [--json] [-- SERVE ARGS]

A temporary store gets the sample articles (`hronika ingest samples/*.txt`), `hronika serve` runs on a free port of
127.0.0.1 in a process of its own, and the clients (threads, one httpx connection each) send POST /analyze with a
paragraph of a sample article and GET /quotes, /entities, /search, /documents until the request count or the time
limit is reached. 503 (the analysis queue is full) is an answer the server may give under load: counted, not an error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
HOST = "127.0.0.1"  # load goes to this machine only
STARTUP = 120  # seconds the server may take to load the pipeline and listen
REQUEST_TIMEOUT = 180.0  # seconds one request may take: an analysis may wait behind the queue
# share of each kind of request: analyses are the costly part, reads the common one
MIX = {"analyze": 3, "quotes": 2, "entities": 2, "search": 2, "documents": 1}
SEARCH_WORDS = ["Latvija", "valdība", "Saeima", "uzņēmums", "prezidents", "Rīga", "miljoni", "ministrs"]
OK = (200, 503)


@dataclass
class Result:
    """One request: its kind, status (0 for no answer) and seconds."""

    kind: str
    status: int
    seconds: float


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def paragraphs() -> list[str]:
    """Paragraphs of the sample articles long enough to be news (a few sentences each)."""
    found = [p.strip() for path in SAMPLES for p in path.read_text(encoding="utf-8").split("\n\n")]
    return [p for p in found if len(p) >= 200]


def hronika(*args: str) -> list[str]:
    """The `hronika` command of this interpreter's environment."""
    return [sys.executable, "-m", "hronika", *args]


def start_server(db: Path, port: int, log: Path, extra: list[str]) -> subprocess.Popen:
    """`hronika serve` on 127.0.0.1:port, once it answers."""
    with log.open("wb") as out:
        process = subprocess.Popen(hronika("serve", "--db", str(db), "--host", HOST, "--port", str(port), *extra),
                                   stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + STARTUP
    while process.poll() is None and time.monotonic() < deadline:
        try:
            httpx.get(f"http://{HOST}:{port}/documents", timeout=2)
            return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    sys.exit(f"hronika serve did not start:\n{log.read_text(errors='replace')}")


def request(client: httpx.Client, kind: str, rng: random.Random, texts: list[str]) -> int:
    """Send one request of this kind; its status."""
    if kind == "analyze":
        return client.post("/analyze", json={"text": rng.choice(texts), "published": "2012-05-10"}).status_code
    params = {"quotes": {"limit": 20}, "entities": {"top": 20}, "documents": {"limit": 20},
              "search": {"q": rng.choice(SEARCH_WORDS), "limit": 10}}[kind]
    return client.get(f"/{kind}", params=params).status_code


def run_clients(base: str, clients: int, count: int, seconds: float, texts: list[str]) -> tuple[list[Result], float]:
    """`clients` threads sending requests until `count` are sent or `seconds` have passed; results and wall time."""
    kinds = [kind for kind, share in MIX.items() for _ in range(share)]
    tickets = itertools.count()
    lock = threading.Lock()
    results: list[Result] = []
    started = time.perf_counter()
    deadline = started + seconds

    def client_loop(seed: int) -> None:
        """One client: its own connection and random choices (seeded: runs compare)."""
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=REQUEST_TIMEOUT) as client:
            while time.perf_counter() < deadline:
                with lock:
                    ticket = next(tickets)
                if ticket >= count:
                    return
                kind = kinds[ticket % len(kinds)]
                sent = time.perf_counter()
                try:
                    status = request(client, kind, rng, texts)
                except httpx.HTTPError:
                    status = 0
                with lock:
                    results.append(Result(kind, status, time.perf_counter() - sent))

    threads = [threading.Thread(target=client_loop, args=(seed,)) for seed in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    """The value below which this share of the values lies (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def summary(results: list[Result], wall: float) -> dict:
    """Requests, errors (no answer, or a status other than 200 and 503), statuses, latency per kind, requests/s."""
    by_kind: dict[str, list[Result]] = defaultdict(list)
    for result in results:
        by_kind[result.kind].append(result)
    kinds = {}
    for kind in MIX:
        done = by_kind.get(kind, [])
        answered = [r.seconds for r in done if r.status == 200]
        kinds[kind] = {"requests": len(done), "statuses": dict(sorted(Counter(r.status for r in done).items())),
                       "p50_ms": round(1000 * percentile(answered, 0.5), 1) if answered else None,
                       "p95_ms": round(1000 * percentile(answered, 0.95), 1) if answered else None}
    return {"requests": len(results), "errors": sum(r.status not in OK for r in results),
            "statuses": dict(sorted(Counter(r.status for r in results).items())), "seconds": round(wall, 2),
            "requests_per_second": round(len(results) / wall, 1), "kinds": kinds}


def print_table(report: dict) -> None:
    """The summary as a Markdown table and a line of totals."""
    print("| kind | requests | statuses | p50 ms (200s) | p95 ms (200s) |")
    print("| --- | --- | --- | --- | --- |")
    for kind, row in report["kinds"].items():
        statuses = ", ".join(f"{status}: {n}" for status, n in row["statuses"].items())
        print(f"| {kind} | {row['requests']} | {statuses} | {row['p50_ms']} | {row['p95_ms']} |")
    statuses = ", ".join(f"{status}: {n}" for status, n in report["statuses"].items())
    print(f"\n{report['requests']} requests in {report['seconds']} s = {report['requests_per_second']} requests/s; "
          f"errors {report['errors']}; statuses {statuses}; {report['clients']} clients; "
          f"{report['machine']['cpus']} CPUs; {report['machine']['date']}")


def main() -> None:
    """Ingest the samples into a temporary store, serve it, load it, print the figures, stop the server."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=600, help="requests in all, at most")
    parser.add_argument("--seconds", type=float, default=120.0, help="time limit for sending requests")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("serve_options", nargs="*", help="after --: options for hronika serve (--max-analyses 2 …)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hronika-load-") as temporary:
        folder = Path(temporary)
        db = folder / "load.duckdb"
        subprocess.run(hronika("ingest", *map(str, SAMPLES), "--db", str(db)), check=True, capture_output=True)
        port = free_port()
        server = start_server(db, port, folder / "serve.log", args.serve_options)
        try:
            results, wall = run_clients(f"http://{HOST}:{port}", args.clients, args.requests, args.seconds,
                                        paragraphs())
        finally:
            server.terminate()
            server.wait(timeout=60)
    report = {**summary(results, wall), "clients": args.clients, "limits": {"requests": args.requests,
              "seconds": args.seconds}, "serve_options": args.serve_options,
              "machine": {"cpus": os.cpu_count(), "date": dt.date.today().isoformat()}}
    if args.json:
        json.dump(report, sys.stdout, indent=1)
        print()
    else:
        print_table(report)


if __name__ == "__main__":
    main()
