"""A small threaded HTTP server on loopback for provider API fakes, with fault injection.

Subclasses register routes; every request passes the fault queue first, so a test can make the
server throttle, fail, stall or drop the connection exactly as the real provider would.

    server = SomeFake()            # binds 127.0.0.1:<free port>
    server.start(); server.base_url  # "http://127.0.0.1:PORT"
    server.inject(Fault.status(429, body, headers={"Retry-After": "1"}, times=3, path="/v1.0/users"))
    server.inject(Fault.drop_after(times=1, path="/v1.0/users", method="POST"))   # processed, then no reply
    server.inject(Fault.status_after(500, body, path="/v1.0/users", method="POST"))  # processed, then a 500
    server.inject(Fault.stall(seconds=5, times=1))                                 # client times out
    server.stop()
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str                      # without the query string
    query: dict[str, list[str]]
    headers: dict[str, str]        # lower-case names
    body: bytes
    params: dict[str, str] = field(default_factory=dict)  # from the route pattern
    received: float = field(default_factory=time.monotonic)

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8")) if self.body else None

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode("utf-8")).items()}

    def arg(self, name: str, default: str | None = None) -> str | None:
        return self.query.get(name, [default])[0]

    @property
    def bearer(self) -> str | None:
        value = self.headers.get("authorization", "")
        return value[7:] if value.lower().startswith("bearer ") else None


@dataclass
class Response:
    status: int = 200
    body: Any = None               # dict/list → JSON; str/bytes sent as is
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Fault:
    """Applied to the next ``times`` requests matching ``path`` (regex, searched) and ``method``."""

    kind: str                      # "status" | "status_after" | "drop_after" | "drop_before" | "stall"
    times: int = 1
    path: str = ""
    method: str | None = None
    response: Response | None = None
    seconds: float = 0.0

    @classmethod
    def status(cls, status: int, body: Any = None, *, headers: dict[str, str] | None = None, times: int = 1,
               path: str = "", method: str | None = None) -> Fault:
        return cls("status", times, path, method, Response(status, body, headers or {}))

    @classmethod
    def status_after(cls, status: int, body: Any = None, *, headers: dict[str, str] | None = None, times: int = 1,
                     path: str = "", method: str | None = None) -> Fault:
        """The request is processed (state changes), then answered with this status instead (a server error after
        the work was done)."""
        return cls("status_after", times, path, method, Response(status, body, headers or {}))

    @classmethod
    def drop_after(cls, *, times: int = 1, path: str = "", method: str | None = None) -> Fault:
        """The request is processed (state changes), then the connection closes with no reply."""
        return cls("drop_after", times, path, method)

    @classmethod
    def drop_before(cls, *, times: int = 1, path: str = "", method: str | None = None) -> Fault:
        return cls("drop_before", times, path, method)

    @classmethod
    def stall(cls, seconds: float, *, times: int = 1, path: str = "", method: str | None = None) -> Fault:
        return cls("stall", times, path, method, seconds=seconds)

    def matches(self, request: Request) -> bool:
        return self.times > 0 and (self.method is None or self.method == request.method) and \
            bool(re.search(self.path, request.path))


Handler = Callable[[Request], Response]


class FakeHttpServer:
    def __init__(self) -> None:
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self._faults: list[Fault] = []
        self.latency = 0.0                      # seconds added to every answer (a distant server)
        self.limit_per_second: int | None = None  # more requests than this in one second → ``throttled()``
        self._window: list[float] = []
        self.lock = threading.RLock()
        self.requests: list[Request] = []
        fake = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # answers go out at once, as a real server's do: with Nagle's wait, a keep-alive answer written in two
            # parts sat ~40 ms behind the client's delayed ACK
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _serve(self) -> None:
                fake._dispatch(self)

            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _serve

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def route(self, method: str, pattern: str, handler: Handler) -> None:
        """``pattern``: a path with ``{name}`` segments, e.g. "/v1.0/domains/{id}/verify"."""
        regex = "^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern) + "$"
        self._routes.append((method, re.compile(regex), handler))

    def inject(self, fault: Fault) -> None:
        with self.lock:
            self._faults.append(fault)

    def start(self) -> FakeHttpServer:
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeHttpServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- request handling --------------------------------------------------------------
    def _dispatch(self, h: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(h.path)
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        request = Request(h.command, parts.path, parse_qs(parts.query),
                          {k.lower(): v for k, v in h.headers.items()}, body)
        with self.lock:
            self.requests.append(request)
            fault = next((f for f in self._faults if f.matches(request)), None)
            if fault is not None:
                fault.times -= 1
        if self.latency:
            time.sleep(self.latency)
        if self.limit_per_second is not None and fault is None:
            with self.lock:
                now = time.monotonic()
                self._window = [t for t in self._window if now - t < 1.0]
                over = len(self._window) >= self.limit_per_second
                if not over:
                    self._window.append(now)
            if over:
                self.throttled_count = getattr(self, "throttled_count", 0) + 1
                self._send(h, self.throttled())
                return
        if fault is not None and fault.kind == "stall":
            time.sleep(fault.seconds)
        if fault is not None and fault.kind == "drop_before":
            h.close_connection = True
            h.connection.close()
            return
        if fault is not None and fault.kind == "status":
            self._send(h, fault.response)
            return
        response = self._handle(request)
        if fault is not None and fault.kind == "status_after":
            self._send(h, fault.response)
            return
        if fault is not None and fault.kind == "drop_after":
            h.close_connection = True
            h.connection.close()
            return
        self._send(h, response)

    def _handle(self, request: Request) -> Response:
        for method, regex, handler in self._routes:
            match = regex.match(request.path)
            if match and method == request.method:
                request.params = match.groupdict()
                with self.lock:
                    return handler(request)
        return self.not_found(request)

    def throttled(self) -> Response:
        """The answer past ``limit_per_second``; subclasses send their provider's own."""
        return Response(429, {"error": {"code": 429, "message": "Too many requests"}}, {"Retry-After": "1"})

    def not_found(self, request: Request) -> Response:
        return Response(404, {"error": {"code": 404, "message": f"No route for {request.method} {request.path}"}})

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, response: Response) -> None:
        body = response.body
        headers = dict(response.headers)
        if isinstance(body, dict | list):
            payload = json.dumps(body).encode("utf-8")
            headers.setdefault("Content-Type", "application/json; charset=UTF-8")
        elif isinstance(body, str):
            payload = body.encode("utf-8")
            headers.setdefault("Content-Type", "text/html; charset=UTF-8")
        else:
            payload = body or b""
        h.send_response(response.status)
        for name, value in headers.items():
            h.send_header(name, value)
        h.send_header("Content-Length", str(len(payload)))
        h.end_headers()
        h.wfile.write(payload)
