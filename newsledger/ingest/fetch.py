"""Fetch one feed or page over HTTP(S) for ingest, politely and within limits: a user agent
naming newsledger, a timeout on every connect and read plus a deadline on the whole response,
a few retries with backoff for failures that may pass, a size limit enforced while streaming,
and only http/https (redirects included). Every failure raises `FetchFailed` with a reject
reason, so the caller turns it into an `IngestReject`."""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import IO, Any
from urllib.parse import urljoin, urlsplit

from newsledger import __version__
from newsledger.ingest.reading import FileRejected
from newsledger.ingest.records import DEFAULT_MAX_BYTES

SCHEMES = ("http", "https")
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchLimits:
    """How patient and how greedy fetching is; `sources.toml`'s `[fetch]` table sets them."""

    timeout: float = 10.0  # seconds for each connect or read
    deadline: float = 60.0  # seconds for a whole response, so a server dripping bytes cannot hold a run
    retries: int = 2  # further attempts after a timeout, a connection error, HTTP 429 or 5xx
    backoff: float = 0.5  # seconds before the first retry, doubled for each next one
    max_bytes: int = DEFAULT_MAX_BYTES
    contact: str | None = None  # URL or mailto: for the User-Agent, so a site owner can reach us

    @property
    def user_agent(self) -> str:
        agent = f"newsledger/{__version__}"
        return f"{agent} (+{self.contact})" if self.contact else agent


@dataclass(frozen=True)
class Fetched:
    """A response body within the limits."""

    url: str  # after redirects: the base for relative links
    data: bytes
    content_type: str | None
    charset: str | None


class FetchFailed(FileRejected):
    """A fetch that did not give a usable response; `retry` when trying again may help."""

    def __init__(self, reason: str, detail: str, *, retry: bool = False) -> None:
        super().__init__(reason, detail)
        self.retry = retry


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http/https only (urllib alone would also follow ftp://)."""

    def http_error_302(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: http.client.HTTPMessage
    ) -> Any:
        location = headers.get("location") or headers.get("uri")
        if location:
            try:
                check_scheme(urljoin(req.full_url, location), "redirects to")
            except FetchFailed:
                fp.close()
                raise
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


# Only the handlers HTTP needs: file:, ftp: and data: URLs have no handler and cannot be opened.
_OPENER = urllib.request.OpenerDirector()
for _handler in (
    urllib.request.ProxyHandler(),
    urllib.request.UnknownHandler(),
    urllib.request.HTTPHandler(),
    urllib.request.HTTPSHandler(),
    urllib.request.HTTPDefaultErrorHandler(),
    _HttpOnlyRedirects(),
    urllib.request.HTTPErrorProcessor(),
):
    _OPENER.add_handler(_handler)


def check_scheme(url: str, verb: str = "uses") -> None:
    """Raise `FetchFailed` unless `url` is an http or https URL."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in SCHEMES:
        shown = f"scheme '{scheme}'" if scheme else "no scheme"
        raise FetchFailed("unsupported_scheme", f"{verb} {shown}; only http and https are fetched")


def fetch(url: str, limits: FetchLimits, accept: str = "*/*") -> Fetched:
    """The body at `url`, retried with backoff while the failure may pass; raises `FetchFailed`."""
    check_scheme(url)
    attempt = 0
    while True:
        try:
            return _fetch_once(url, limits, accept)
        except FetchFailed as exc:
            if not exc.retry or attempt == limits.retries:
                tries = f" (tried {attempt + 1} times)" if attempt else ""
                raise FetchFailed(exc.reason, exc.detail + tries) from exc
        time.sleep(limits.backoff * 2**attempt)
        attempt += 1


def _fetch_once(url: str, limits: FetchLimits, accept: str) -> Fetched:
    request = urllib.request.Request(url, headers={"User-Agent": limits.user_agent, "Accept": accept})
    try:
        with _OPENER.open(request, timeout=limits.timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limits.max_bytes:
                raise FetchFailed("too_large", f"is {int(length):,} bytes, over the limit of {limits.max_bytes:,}")
            data = _read_bounded(response, limits)
            return Fetched(response.geturl(), data, response.headers.get("Content-Type"),
                           response.headers.get_content_charset())
    except urllib.error.HTTPError as exc:
        exc.close()
        retry = exc.code == 429 or exc.code >= 500
        raise FetchFailed("http_error", f"answered HTTP {exc.code} ({exc.reason})", retry=retry) from exc
    except TimeoutError as exc:
        raise FetchFailed("timeout", f"did not answer within {limits.timeout:g} s", retry=True) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FetchFailed("timeout", f"did not answer within {limits.timeout:g} s", retry=True) from exc
        raise FetchFailed("unreachable", f"cannot be reached ({exc.reason})", retry=True) from exc
    except (http.client.HTTPException, OSError) as exc:
        raise FetchFailed("unreachable", f"broke off the connection ({type(exc).__name__}: {exc})", retry=True) from exc
    except ValueError as exc:  # http.client.InvalidURL and friends: nothing was sent
        raise FetchFailed("invalid_url", f"is not a valid URL ({exc})") from exc


def _read_bounded(response: http.client.HTTPResponse, limits: FetchLimits) -> bytes:
    """The body, streamed: stops as soon as it passes `max_bytes` or the deadline."""
    deadline = time.monotonic() + limits.deadline
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > limits.max_bytes:
            raise FetchFailed("too_large", f"is over the limit of {limits.max_bytes:,} bytes; stopped reading")
        if time.monotonic() > deadline:
            raise FetchFailed("timeout", f"took over {limits.deadline:g} s to send its response")
        chunks.append(chunk)
    return b"".join(chunks)
