"""`hronika serve`: the API key by file or environment, trusted hosts and pool options, and a real server process whose
timed-out analysis is killed and whose body limit holds for a chunked body."""

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from hronika.api import MAX_BODY_BYTES
from hronika.cli import app

runner = CliRunner()
TEXT = "Ministre Evika Siliņa sacīja, ka budžets tiks pieņemts."
SAMPLE = (Path(__file__).resolve().parents[1] / "samples" / "p3739.txt").read_text(encoding="utf-8")
STARTUP = 60  # seconds a server process may take to import, load the pipeline and listen


@pytest.fixture
def served(monkeypatch, tmp_path):
    """Run `hronika serve` with these arguments; the app it would have served, not served."""
    apps = []
    monkeypatch.setattr(uvicorn, "run", lambda app_, **_: apps.append(app_))
    monkeypatch.delenv("HRONIKA_API_KEY", raising=False)

    def serve(*args: str, env: dict | None = None):
        result = runner.invoke(app, ["serve", "--db", str(tmp_path / "api.duckdb"), *args], env=env)
        return result, (apps.pop() if apps else None)

    return serve


def key_works(app_, key: str) -> bool:
    """Whether the write endpoint takes this key (an empty text answers 422 once past the key, without analysis)."""
    client = TestClient(app_, base_url="http://127.0.0.1")
    assert client.post("/documents", json={"text": ""}, headers={"X-API-Key": "wrong"}).status_code == 401
    return client.post("/documents", json={"text": ""}, headers={"X-API-Key": key}).status_code == 422


def test_the_api_key_from_a_file_or_the_environment(served, tmp_path):
    key_file = tmp_path / "key"
    key_file.write_text("from-a-file\n", encoding="utf-8")
    result, from_file = served("--api-key-file", str(key_file))
    assert result.exit_code == 0, result.output
    assert key_works(from_file, "from-a-file")
    result, from_env = served(env={"HRONIKA_API_KEY": "from-the-environment"})
    assert result.exit_code == 0, result.output
    assert key_works(from_env, "from-the-environment")


def test_an_empty_or_doubly_given_key_stops_the_start(served, tmp_path):
    blank = tmp_path / "blank"
    blank.write_text(" \n", encoding="utf-8")
    for args in (["--api-key", ""], ["--api-key-file", str(blank)]):
        result, started = served(*args)
        assert result.exit_code == 2 and started is None
        assert "API key is empty" in result.output
    result, started = served("--api-key", "one", "--api-key-file", str(blank))
    assert result.exit_code == 2 and started is None and "one way" in result.output


def test_hosts_and_the_analysis_pool_are_options(served):
    result, app_ = served("--host", "127.0.0.2", "--allowed-host", "hronika.example", "--max-analyses", "3",
                          "--analysis-queue", "1", "--analysis-timeout", "2.5")
    assert result.exit_code == 0, result.output
    for base, status in (("http://hronika.example", 200), ("http://127.0.0.2:8000", 200), ("http://localhost", 200),
                         ("http://other.example", 400)):
        assert TestClient(app_, base_url=base).get("/documents").status_code == status, base
    pool = app_.state.analyses
    assert (pool.capacity, pool.timeout) == (4, 2.5)


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def children(pid: int) -> set[int]:
    """Processes whose parent is `pid` (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`hronika serve` on 127.0.0.1 with one analysis at a time and a 1 s timeout, as a process of its own."""
    port = free_port()
    db = tmp_path_factory.mktemp("serve") / "api.duckdb"
    command = [sys.executable, "-m", "hronika", "serve", "--db", str(db), "--port", str(port),
               "--max-analyses", "1", "--analysis-queue", "0", "--analysis-timeout", "1"]
    log = db.with_name("serve.log")
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP
    while process.poll() is None and time.monotonic() < deadline:
        try:
            httpx.get(f"{base}/documents", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"hronika serve did not start:\n{log.read_text(errors='replace')}")
    try:
        yield process.pid, base
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_real_server_kills_a_timed_out_analysis(server):
    pid, base = server
    assert httpx.post(f"{base}/analyze", json={"text": TEXT}, timeout=30).status_code == 200
    [worker] = children(pid)
    timed_out = httpx.post(f"{base}/analyze", json={"text": SAMPLE * 30}, timeout=30)
    assert timed_out.status_code == 504 and timed_out.headers["content-type"] == "application/json"
    assert httpx.post(f"{base}/analyze", json={"text": TEXT}, timeout=30).status_code == 200
    [replacement] = children(pid)
    assert replacement != worker and not Path(f"/proc/{worker}").exists()


def test_a_real_server_limits_a_chunked_body(server):
    _, base = server

    def chunks():
        """3 MB with no Content-Length: sent chunked."""
        for _ in range(30):
            yield b" " * 100_000

    response = httpx.post(f"{base}/analyze", content=chunks(), headers={"content-type": "application/json"},
                          timeout=30)
    assert response.status_code == 413 and str(MAX_BODY_BYTES) in response.json()["detail"].replace(",", "")
    assert httpx.get(f"{base}/documents", headers={"host": "rebound.example"}, timeout=30).status_code == 400
