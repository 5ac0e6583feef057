"""Serve `newsledger_run` as a Prefect deployment on a schedule.

Prefect's ephemeral server does not run schedules, so when no API is configured we start a real
`prefect server start` (SQLite under the project-local PREFECT_HOME, loopback only, analytics
off) for as long as we serve, and stop it on the way out, whether by Ctrl-C or SIGTERM."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import httpx

DEPLOYMENT_NAME = "newsledger"
LOOPBACK = "127.0.0.1"
SERVER_LOG = "server.log"


class ServerStartError(RuntimeError):
    """The local Prefect server exited or did not answer its health check in time."""


def free_port(host: str = LOOPBACK) -> int:
    """A port nothing listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _server_env(home: Path) -> dict[str, str]:
    """The server's own settings win over the caller's: project-local state, no telemetry."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_API_HOST=LOOPBACK,
               PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1")
    return env


def _wait_healthy(proc: subprocess.Popen[bytes], api_url: str, timeout: float, log_path: Path) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0) as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                tail = log_path.read_text(encoding="utf-8", errors="replace")[-2000:]
                raise ServerStartError(f"prefect server exited with {proc.returncode}; {log_path}:\n{tail}")
            with contextlib.suppress(httpx.HTTPError):
                if client.get(f"{api_url}/health").status_code == 200:
                    return
            time.sleep(0.25)
    raise ServerStartError(f"prefect server did not answer {api_url}/health within {timeout:.0f}s; see {log_path}")


def _stop(proc: subprocess.Popen[bytes], *, group: bool, grace: float = 15.0) -> None:
    """SIGTERM the server (its process group when it leads one; uvicorn shuts down cleanly),
    SIGKILL if it lingers."""
    if proc.poll() is not None:
        return

    def send(sig: signal.Signals) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig) if group else proc.send_signal(sig)

    send(signal.SIGTERM)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        send(signal.SIGKILL)
        proc.wait()


@dataclass
class LocalServer:
    """A `prefect server start` on loopback with its state under a Prefect home, started without
    waiting for it so it can boot (about 3.5 s, in its own process) while the caller works."""

    proc: subprocess.Popen[bytes]
    api_url: str
    log_path: Path
    own_session: bool

    @classmethod
    def start(cls, home: Path, *, port: int | None = None, own_session: bool = True) -> LocalServer:
        """`own_session` keeps a Ctrl-C in the terminal from reaching the server (serving pauses
        its schedule on the server before stopping it); without it the server shares the
        caller's process group, so whatever stops the group stops the server too."""
        home.mkdir(parents=True, exist_ok=True)
        port = port or free_port()
        log_path = home / SERVER_LOG
        with log_path.open("ab") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "prefect", "server", "start", "--host", LOOPBACK, "--port", str(port),
                 "--analytics-off"],
                env=_server_env(home), stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=own_session)
        return cls(proc, f"http://{LOOPBACK}:{port}/api", log_path, own_session)

    def wait_healthy(self, timeout: float = 120.0) -> str:
        """The API URL once the server answers its health check; ServerStartError otherwise."""
        _wait_healthy(self.proc, self.api_url, timeout, self.log_path)
        return self.api_url

    def stop(self) -> None:
        _stop(self.proc, group=self.own_session)


@contextlib.contextmanager
def local_server(home: Path, *, port: int | None = None, startup_timeout: float = 120.0) -> Iterator[str]:
    """Run `prefect server start` on loopback, in its own session, and yield its API URL."""
    server = LocalServer.start(home, port=port)
    try:
        yield server.wait_healthy(startup_timeout)
    finally:
        server.stop()


@contextlib.contextmanager
def prefect_api(home: Path) -> Iterator[str]:
    """The API to serve against: the configured PREFECT_API_URL (environment or profile), else a
    local server started here and pointed at for the duration of the block."""
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    configured = get_current_settings().api.url
    if configured:
        yield configured
        return
    with local_server(home) as api_url, temporary_settings({PREFECT_API_URL: api_url}):
        yield api_url


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    """Until Prefect's runner installs its own handler, SIGTERM unwinds the stack so the local
    server is stopped by `local_server`'s cleanup."""
    raise SystemExit(128 + signum)


def serve(*, parameters: dict[str, Any], interval: float | None = None, cron: str | None = None,
          name: str = DEPLOYMENT_NAME) -> None:
    """Serve the flow until interrupted; one run at a time, since runs share the warehouse file."""
    from prefect.settings import get_current_settings
    from prefect.types.entrypoint import EntrypointType

    from flows.pipeline import newsledger_run

    if (interval is None) == (cron is None):
        raise ValueError("give exactly one of interval or cron")
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    home = Path(get_current_settings().home)
    with prefect_api(home) as api_url:
        print(f"Prefect API: {api_url}", flush=True)
        print(f"Prefect UI:  {get_current_settings().ui_url or api_url.removesuffix('/api')}", flush=True)
        newsledger_run.serve(name=name, interval=interval, cron=cron, parameters=parameters, limit=1,
                             entrypoint_type=EntrypointType.MODULE_PATH)
