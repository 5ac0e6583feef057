"""Feeds listed in `sources.toml`, fetched from a local HTTP server on loopback: good feeds load,
summary-only entries get their page's text, and every failure (timeout, 404, broken entry, too
large, bad scheme, bad config) is a reject naming its place; nothing raises, nothing else is fetched."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsledger import __version__
from newsledger.ids import stable_id
from newsledger.ingest import IngestItem, IngestReject, RawArticle, ingest, ingest_sources

STORY = (
    "Foreign ministers from twelve countries met in Vienna on Tuesday to discuss the stalled nuclear talks, "
    "and officials said the meeting ended without an agreement on the next round. "
)
LONG_STORY = STORY * 8  # over the summary limit: an entry carrying it is read as full text


@dataclass
class Route:
    """What the server answers for one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    fail_first: int = 0  # answer 503 this many times before the real answer
    stream: int = 0  # send this many bytes without a Content-Length instead of `body`
    drip: float = 0.0  # with `stream`: seconds between single bytes


class LocalWeb:
    """A threaded HTTP server on 127.0.0.1 (a free port) serving `routes`, recording requests."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, str | None]] = []  # (path, User-Agent)
        self.release = threading.Event()  # set at teardown so sleeping handlers end at once
        handler = type("Handler", (_Handler,), {"web": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


class _Handler(BaseHTTPRequestHandler):
    web: LocalWeb

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        web = self.web
        web.requests.append((self.path, self.headers.get("User-Agent")))
        route = web.routes.get(self.path, Route(b"<html><body>Not here</body></html>", status=404))
        if route.delay:
            web.release.wait(route.delay)
        try:
            if route.fail_first and self.web.paths().count(self.path) <= route.fail_first:
                self._answer(503, "text/plain", b"busy", {})
            elif route.stream:
                self._stream(route)
            else:
                self._answer(route.status, route.content_type, route.body, route.headers)
        except (ConnectionError, TimeoutError):
            pass  # the client gave up, as it should

    def _answer(self, status: int, content_type: str, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _stream(self, route: Route) -> None:
        self.send_response(200)
        self.send_header("Content-Type", route.content_type)
        self.end_headers()
        sent = 0
        while sent < route.stream and not self.web.release.is_set():
            piece = b"x" if route.drip else b"<!-- filler -->" * 4096
            self.wfile.write(piece)
            self.wfile.flush()
            sent += len(piece)
            if route.drip:
                time.sleep(route.drip)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        pass


@pytest.fixture
def web() -> Iterator[LocalWeb]:
    server = LocalWeb()
    server.thread.start()
    yield server
    server.release.set()
    server.server.shutdown()
    server.server.server_close()


def write_sources(path: Path, feeds: list[tuple[str, str | None]], **fetch: object) -> Path:
    """A sources.toml listing `feeds` (url, name) with test-friendly fetch settings."""
    settings = {"timeout": 1, "retries": 0, "backoff": 0.01, "contact": "mailto:data@example.org", **fetch}
    lines = ["[fetch]"] + [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
    for url, name in feeds:
        lines += ["", "[[feeds]]", f"url = {json.dumps(url)}"] + ([f"name = {json.dumps(name)}"] if name else [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(path: Path, **kwargs: object) -> tuple[list[RawArticle], list[IngestReject]]:
    items: list[IngestItem] = list(ingest_sources(path, **kwargs))
    return [i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, IngestReject)]


def rss(*items: str, title: str = "Example Wire") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>{title}</title><link>https://wire.example/</link><language>en-gb</language>
{"".join(items)}</channel></rss>""".encode()


def item(title: str, link: str | None = None, description: str | None = None, content: str | None = None) -> str:
    parts = [f"<item><title>{title}</title><pubDate>Tue, 13 May 2025 09:30:00 GMT</pubDate>"]
    if link:
        parts.append(f"<link>{link}</link>")
    if description:
        parts.append(f"<description>{description}</description>")
    if content:
        parts.append(f"<content:encoded><![CDATA[<p>{content}</p>]]></content:encoded>")
    return "".join(parts) + "</item>\n"


def page(web: LocalWeb, path: str, paragraphs: str) -> bytes:
    """A news page with boilerplate and resources on the local server, which must never be fetched."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Vienna talks | Wire</title>
<link rel="canonical" href="{web.url(path)}"><meta name="author" content="Ann Writer">
<link rel="stylesheet" href="{web.url('/style.css')}"><script src="{web.url('/track.js')}"></script>
<meta property="article:published_time" content="2025-05-13T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Vienna talks end without a deal</h1><p>{paragraphs}</p>
<p>\u201cWe will meet again,\u201d the Austrian foreign minister said.</p>
<img src="{web.url('/pixel.gif')}"><iframe src="{web.url('/frame.html')}"></iframe></article>
<footer>Copyright 2025 Wire. All rights reserved.</footer></body></html>""".encode()


RESOURCES = {"/style.css", "/track.js", "/pixel.gif", "/frame.html"}
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id>
<updated>2025-05-14T12:00:00Z</updated>
<entry><title>Desk story</title><id>urn:desk:1</id><link href="https://desk.example/a"/>
<updated>2025-05-14T12:00:00Z</updated><summary>Short.</summary>
<content type="html">&lt;p&gt;{STORY}&lt;/p&gt;</content></entry>
</feed>""".encode()


def test_rss_and_atom_feeds_load_with_a_polite_user_agent(tmp_path: Path, web: LocalWeb) -> None:
    web.routes["/wire.rss"] = Route(
        rss(
            item("Full content", "https://wire.example/1", "Teaser.", content=STORY),
            item("Long description", "https://wire.example/2", LONG_STORY),
        ),
        content_type="application/rss+xml",
    )
    web.routes["/desk.atom"] = Route(ATOM)
    config = write_sources(tmp_path / "sources.toml", [(web.url("/wire.rss"), None), (web.url("/desk.atom"), "The Desk")])
    articles, rejects = run(config)
    assert rejects == []
    first, second, desk = articles
    assert not any(a.warnings for a in articles)  # text/html for a feed is common, not a fault
    assert first.text == STORY.strip() and second.text == LONG_STORY.strip()
    assert (first.raw_path, first.line, second.line) == (web.url("/wire.rss"), 1, 2)
    assert first.article_id == stable_id("url", "https://wire.example/1")  # same id as a saved page with that URL
    assert (first.title, first.source, first.language) == ("Full content", "Example Wire", "en")
    assert (desk.source, desk.raw_path, desk.text) == ("The Desk", web.url("/desk.atom"), STORY.strip())
    assert web.paths() == ["/wire.rss", "/desk.atom"]  # full text in the feed: no page fetched
    assert {agent for _, agent in web.requests} == {f"newsledger/{__version__} (+mailto:data@example.org)"}


def test_summary_only_entries_get_their_pages_main_text(tmp_path: Path, web: LocalWeb) -> None:
    web.routes["/story/1.html"] = Route(page(web, "/story/1.html", LONG_STORY))
    web.routes["/story/2.html"] = Route(page(web, "/story/2.html", STORY))
    web.routes["/empty.html"] = Route(b"<html><body><script>app()</script></body></html>")
    web.routes["/teasers.rss"] = Route(
        rss(
            item("Vienna talks end", web.url("/story/1.html"), "Ministers met in Vienna."),
            item("Only a title", web.url("/story/2.html")),
            item("Gone", web.url("/gone.html"), "This page was removed."),
            item("Not http", "file:///etc/passwd", "A link to a local file."),
            item("Nothing there", web.url("/empty.html"), "A page without text."),
        )
    )
    config = write_sources(tmp_path / "sources.toml", [(web.url("/teasers.rss"), None)])
    articles, rejects = run(config)
    first, second = articles
    assert STORY.strip() in first.text and "We will meet again" in first.text
    assert "Copyright" not in first.text and "Home" not in first.text
    assert (first.title, first.url, first.author) == ("Vienna talks end", web.url("/story/1.html"), "Ann Writer")
    assert first.article_id == stable_id("url", web.url("/story/1.html"))
    assert (second.line, second.title) == (2, "Only a title") and STORY.strip() in second.text
    assert [(r.line, r.reason) for r in rejects] == [(3, "http_error"), (4, "unsupported_scheme"), (5, "missing_text")]
    assert rejects[0].detail == (
        f"'{web.url('/teasers.rss')}' entry 3: its page {web.url('/gone.html')} answered HTTP 404 (Not Found)"
    )
    assert "scheme 'file'" in rejects[1].detail
    assert not RESOURCES & set(web.paths())  # nothing the pages reference was fetched


def test_saved_page_and_fetched_entry_of_the_same_article_share_id_and_text(tmp_path: Path, web: LocalWeb) -> None:
    html = page(web, "/story/1.html", LONG_STORY)
    web.routes["/story/1.html"] = Route(html)
    web.routes["/teasers.rss"] = Route(rss(item("Vienna talks end", web.url("/story/1.html"), "Teaser.")))
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "saved.html").write_bytes(html)
    write_sources(tmp_path / "sources.toml", [(web.url("/teasers.rss"), None)])  # beside raw: found
    saved, fetched = list(ingest(raw))
    assert isinstance(saved, RawArticle) and isinstance(fetched, RawArticle)
    assert (saved.raw_path, fetched.raw_path) == ("saved.html", web.url("/teasers.rss"))
    assert saved.article_id == fetched.article_id and saved.text_hash == fetched.text_hash


def test_ingest_finds_sources_beside_raw_or_from_env_or_not_at_all(tmp_path: Path, web: LocalWeb, monkeypatch) -> None:
    web.routes["/desk.atom"] = Route(ATOM)
    raw = tmp_path / "raw"
    raw.mkdir()
    assert list(ingest(raw)) == []  # no sources file: nothing fetched
    write_sources(tmp_path / "sources.toml", [(web.url("/desk.atom"), None)])
    assert [type(i) for i in ingest(raw)] == [RawArticle]
    assert list(ingest(raw, sources=None)) == []
    monkeypatch.setenv("NEWSLEDGER_SOURCES", str(tmp_path / "elsewhere.toml"))
    [reject] = ingest(raw)
    assert isinstance(reject, IngestReject) and reject.reason == "missing"
    write_sources(tmp_path / "elsewhere.toml", [(web.url("/desk.atom"), None)])
    assert [type(i) for i in ingest(raw)] == [RawArticle]
    assert len(web.paths()) == 2


def test_feed_that_times_out_is_retried_then_rejected(tmp_path: Path, web: LocalWeb) -> None:
    web.routes["/slow.rss"] = Route(rss(item("Late", "https://wire.example/late", LONG_STORY)), delay=5)
    web.routes["/drip.rss"] = Route(stream=10_000, drip=0.05)
    config = write_sources(
        tmp_path / "sources.toml",
        [(web.url("/slow.rss"), None), (web.url("/drip.rss"), None)],
        timeout=0.5,
        deadline=0.6,
        retries=1,
    )
    started = time.monotonic()
    articles, rejects = run(config)
    assert time.monotonic() - started < 4
    assert articles == []
    slow, drip = rejects
    assert (slow.raw_path, slow.line, slow.reason) == (web.url("/slow.rss"), None, "timeout")
    assert slow.detail == f"'{web.url('/slow.rss')}': did not answer within 0.5 s (tried 2 times)"
    assert (drip.reason, drip.detail) == ("timeout", f"'{web.url('/drip.rss')}': took over 0.6 s to send its response")
    assert web.paths() == ["/slow.rss", "/slow.rss", "/drip.rss"]  # a dripping server is not asked twice


def test_http_errors_404_is_final_503_is_retried(tmp_path: Path, web: LocalWeb) -> None:
    web.routes["/busy.rss"] = Route(rss(item("Busy", "https://wire.example/busy", LONG_STORY)), fail_first=1)
    web.routes["/down.rss"] = Route(b"oops", status=500, content_type="text/plain")
    config = write_sources(
        tmp_path / "sources.toml",
        [(web.url("/missing.rss"), None), (web.url("/busy.rss"), None), (web.url("/down.rss"), None)],
        retries=2,
    )
    articles, rejects = run(config)
    assert [a.url for a in articles] == ["https://wire.example/busy"]
    assert [(r.raw_path, r.reason) for r in rejects] == [
        (web.url("/missing.rss"), "http_error"),
        (web.url("/down.rss"), "http_error"),
    ]
    assert rejects[0].detail.endswith("answered HTTP 404 (Not Found)")
    assert rejects[1].detail.endswith("answered HTTP 500 (Internal Server Error) (tried 3 times)")
    assert web.paths().count("/missing.rss") == 1 and web.paths().count("/busy.rss") == 2


def test_broken_entries_and_broken_feeds_are_rejects(tmp_path: Path, web: LocalWeb) -> None:
    web.routes["/mixed.rss"] = Route(
        rss(
            item("Good", "https://wire.example/good", LONG_STORY),
            item("No text and no link"),
            item("Link to an image", web.url("/photo.png"), "See the photo."),
            item("Good too", "https://wire.example/good2", LONG_STORY + " More."),
        )
    )
    web.routes["/photo.png"] = Route(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", content_type="image/png")
    web.routes["/cut.rss"] = Route(b"<?xml version='1.0'?><rss version='2.0'><channel><title>cut")
    web.routes["/page.html"] = Route(page(web, "/page.html", STORY))  # a page where a feed should be
    config = write_sources(
        tmp_path / "sources.toml",
        [(web.url("/mixed.rss"), None), (web.url("/cut.rss"), None), (web.url("/page.html"), None)],
    )
    articles, rejects = run(config)
    assert [a.line for a in articles] == [1, 4]
    assert [(r.raw_path.rsplit("/", 1)[1], r.line, r.reason) for r in rejects] == [
        ("mixed.rss", 2, "missing_text"),
        ("mixed.rss", 3, "binary_file"),
        ("cut.rss", None, "invalid_feed"),
        ("page.html", None, "invalid_feed"),
    ]
    assert rejects[0].detail.startswith(f"'{web.url('/mixed.rss')}' entry 2:")


def test_oversized_responses_are_rejected_without_reading_them_whole(tmp_path: Path, web: LocalWeb) -> None:
    limit = 64 * 1024
    web.routes["/big.rss"] = Route(rss(item("Big", "https://wire.example/big", "word " * 40_000)))
    web.routes["/endless.rss"] = Route(stream=200 * 1024 * 1024)  # no Content-Length: stops past the limit
    web.routes["/teaser.rss"] = Route(rss(item("Big page", web.url("/big.html"), "Teaser.")))
    web.routes["/big.html"] = Route(page(web, "/big.html", LONG_STORY * 100))
    config = write_sources(
        tmp_path / "sources.toml",
        [(web.url(p), None) for p in ("/big.rss", "/endless.rss", "/teaser.rss")],
        max_bytes=limit,
    )
    started = time.monotonic()
    articles, rejects = run(config)
    assert time.monotonic() - started < 3
    assert articles == []
    assert [(r.line, r.reason) for r in rejects] == [(None, "too_large"), (None, "too_large"), (1, "too_large")]
    assert "over the limit of 65,536" in rejects[0].detail and "stopped reading" in rejects[1].detail
    assert f"its page {web.url('/big.html')} is " in rejects[2].detail


def test_run_limit_applies_when_config_sets_none(tmp_path: Path, web: LocalWeb) -> None:
    web.routes["/desk.atom"] = Route(ATOM)
    config = write_sources(tmp_path / "sources.toml", [(web.url("/desk.atom"), None)])
    assert [r.reason for r in run(config, max_bytes=100)[1]] == ["too_large"]


def test_only_http_and_https_are_fetched_redirects_included(tmp_path: Path, web: LocalWeb) -> None:
    web.routes["/moved.rss"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    web.routes["/ftp.rss"] = Route(status=301, headers={"Location": "ftp://127.0.0.1/feed.rss"})
    web.routes["/desk.atom"] = Route(ATOM)
    web.routes["/hop.rss"] = Route(status=302, headers={"Location": "/desk.atom"})
    feeds = ["file:///etc/passwd", "ftp://127.0.0.1/x.rss", "javascript:alert(1)", "127.0.0.1/no-scheme.rss"]
    feeds += [web.url("/moved.rss"), web.url("/ftp.rss"), web.url("/hop.rss")]
    config = write_sources(tmp_path / "sources.toml", [(url, None) for url in feeds])
    articles, rejects = run(config)
    assert [a.raw_path for a in articles] == [web.url("/hop.rss")]  # http redirects are followed
    assert [(r.raw_path, r.reason) for r in rejects] == [(url, "unsupported_scheme") for url in feeds[:-1]]
    assert "redirects to scheme 'file'" in rejects[4].detail
    assert "root:" not in repr(rejects)


@pytest.mark.parametrize(
    ("toml", "reason", "fragment"),
    [
        ("[[feeds]\nurl = 1", "invalid_config", "is not valid TOML"),
        ("[fetch]\nretries = 'two'\n", "invalid_config", "retries = 'two' must be a whole number >= 0"),
        ("[fetch]\ntimeout = -1\n", "invalid_config", "timeout = -1 must be a number >= 0"),
        ("[fetch]\ntimout = 3\n", "invalid_config", "unknown setting 'timout'"),
        ("[[feed]]\nurl = 'http://x.example/'\n", "invalid_config", "unknown keys ['feed']"),
        ("feeds = 'http://x.example/'\n", "invalid_config", "not an array of tables"),
        (b"\xff\xfe[[feeds]]", "invalid_config", "is not valid TOML"),
    ],
)
def test_unusable_config_is_one_reject(tmp_path: Path, toml: str | bytes, reason: str, fragment: str) -> None:
    config = tmp_path / "sources.toml"
    config.write_bytes(toml if isinstance(toml, bytes) else toml.encode())
    articles, [reject] = run(config)
    assert articles == [] and (reject.raw_path, reject.reason) == (config.as_posix(), reason)
    assert fragment in reject.detail


def test_bad_feed_entries_in_config_cost_only_themselves(tmp_path: Path, web: LocalWeb) -> None:
    web.routes["/desk.atom"] = Route(ATOM)
    config = tmp_path / "sources.toml"
    config.write_text(
        f"""[[feeds]]\nname = "no url"\n\n[[feeds]]\nurl = "{web.url('/desk.atom')}"\n
[[feeds]]\nurl = "http://x.example/"\nname = 3\n\n[[feeds]]\nurl = "http://x.example/"\nlink = "?"\n""",
        encoding="utf-8",
    )
    articles, rejects = run(config)
    assert len(articles) == 1
    assert [(r.line, r.reason) for r in rejects] == [(1, "invalid_config"), (3, "invalid_config"), (4, "invalid_config")]
    assert rejects[0].detail == f"'{config.as_posix()}' feed 1: has no 'url' string"


def test_unreachable_host_is_a_reject(tmp_path: Path) -> None:
    with ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler) as closed:
        port = closed.server_port  # bound, then closed: nothing listens there
    config = write_sources(tmp_path / "sources.toml", [(f"http://127.0.0.1:{port}/feed.rss", None)])
    [reject] = run(config)[1]
    assert reject.reason == "unreachable" and "cannot be reached" in reject.detail
