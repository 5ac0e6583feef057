"""Saved pages and feed files: main text and metadata, nothing fetched, broken entries rejected."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest

from newsledger.ingest.feeds import html_to_text

PARAGRAPH = (
    "Russian President Vladimir Putin is not expected to attend peace talks in Istanbul on Thursday, "
    "despite Ukrainian President Volodymyr Zelensky expressing readiness to meet him in person."
)
PAGE = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="{{charset}}">
<title>Talks in Istanbul | Example News</title>
<meta name="author" content="Jane Roe">
<link rel="canonical" href="https://news.example/talks">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-05-14T08:00:00Z">
<script>document.write("tracking script")</script>
<link rel="stylesheet" href="http://127.0.0.1:9/never.css"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Talks in Istanbul</h1><p>{PARAGRAPH}</p>
<p>According to the Kremlin, Russia will be represented by aide Vladimir Medinsky. \u201cSo far, the signals
are unconvincing,\u201d Zelensky said in Genève.</p><img src="http://127.0.0.1:9/pixel.gif"></article>
<footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0"><channel><title>Example Wire</title><language>en-us</language>
<item><title>First &amp; foremost</title><link>https://wire.example/1</link>
<pubDate>Wed, 14 May 2025 10:00:00 +0200</pubDate><author>ed@wire.example (Ed)</author>
<description>&lt;p&gt;Leaders met in Genève.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;Talks went on.&lt;/p&gt;</description></item>
<item><title>No body</title><link>https://wire.example/2</link></item>
<item><title>Bad date</title><guid isPermaLink="false">wire-3</guid><pubDate>someday</pubDate>
<description>Plain summary text.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id>
<updated>2025-05-14T12:00:00Z</updated>
<entry><title type="html">Ceasefire &lt;em&gt;talks&lt;/em&gt;</title><id>urn:desk:1</id>
<link href="https://desk.example/a"/><updated>2025-05-14T12:00:00Z</updated>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;The full text of the story, much longer than the summary.&lt;/p&gt;</content></entry>
</feed>"""


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("ingest tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1"])
def test_saved_page_main_text_and_metadata(raw: Path, ingest_all, no_network, charset: str) -> None:
    html = PAGE.replace("{charset}", charset)
    (raw / "talks.html").write_bytes(html.encode(charset, errors="xmlcharrefreplace"))
    [article] = ingest_all().articles
    assert PARAGRAPH in article.text
    assert "Genève" in article.text
    assert "tracking script" not in article.text and "Copyright" not in article.text and "Home" not in article.text
    assert article.title == "Talks in Istanbul"
    assert article.url == "https://news.example/talks"
    assert article.source == "Example News"
    assert article.author == "Jane Roe"
    assert article.published_at == dt.datetime(2025, 5, 14)
    assert article.language == "en"


def test_pages_without_main_text_or_text_at_all(raw: Path, ingest_all, no_network) -> None:
    (raw / "blank.htm").write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    (raw / "empty.html").write_text("  \n", encoding="utf-8")
    (raw / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = ingest_all()
    assert [(r.raw_path, r.reason) for r in result.rejects] == [
        ("blank.htm", "missing_text"),
        ("empty.html", "empty_file"),
        ("image.html", "binary_file"),
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "iso-8859-1"])
def test_rss_entries_become_articles_and_broken_entries_rejects(raw: Path, ingest_all, no_network, encoding) -> None:
    (raw / "wire.rss").write_bytes(RSS.replace("{encoding}", encoding).encode(encoding))
    result = ingest_all()
    first, third = result.articles
    assert first.text == "Leaders met in Genève.\nTalks went on."
    assert (first.title, first.url, first.source, first.language) == (
        "First & foremost",
        "https://wire.example/1",
        "Example Wire",
        "en",
    )
    assert first.published_at == dt.datetime(2025, 5, 14, 8, 0)
    assert (first.line, third.line) == (1, 3)
    assert third.article_id == "wire-3" and third.published_at is None
    assert [w.reason for w in third.warnings] == ["invalid_date"]
    [reject] = result.rejects
    assert (reject.line, reject.reason) == (2, "missing_text")
    assert reject.detail.startswith("'wire.rss' entry 2:")


def test_atom_prefers_full_content_and_strips_html_titles(raw: Path, ingest_all, no_network) -> None:
    (raw / "desk.atom").write_text(ATOM, encoding="utf-8")
    [article] = ingest_all().articles
    assert article.text == "The full text of the story, much longer than the summary."
    assert article.title == "Ceasefire talks"
    assert article.published_at == dt.datetime(2025, 5, 14, 12, 0)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<?xml version='1.0'?><sitemap><url>x</url></sitemap>", "not_a_feed"),
        (b"<rss version='2.0'><channel><title>t</title></channel></rss>", "empty_file"),
        (b"<rss version='2.0'><channel><title>cut", "invalid_feed"),
        (b"<rss version='2.0'><channel><item><title>cut", "missing_text"),
        (b"\x00\x01\x02\x03binary", "binary_file"),
        (b"/etc/passwd", "invalid_feed"),  # content, never a file name to open
        (b"<rss version='2.0'><channel><item><title>&#xD800;</title></item></channel></rss>", "invalid_feed"),
    ],
)
def test_broken_feeds(raw: Path, ingest_all, no_network, content: bytes, reason: str) -> None:
    (raw / "f.xml").write_bytes(content)
    [reject] = ingest_all().rejects
    assert reject.reason == reason
    assert "root:" not in reject.detail


def test_feed_with_external_entity_is_not_resolved(tmp_path: Path, raw: Path, ingest_all, no_network) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    xxe = f"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><title>t</title><item><title>x</title>
<description>before &xxe; after</description></item></channel></rss>"""
    (raw / "xxe.rss").write_text(xxe, encoding="utf-8")
    for item in ingest_all().items:
        assert "TOP SECRET" not in repr(item)


def test_html_to_text_keeps_blocks_drops_scripts() -> None:
    markup = "<p>One <b>two</b><script>bad()</script></p><!-- note -->three<ul><li>a</li><li>b &amp; c</li></ul>"
    assert html_to_text(markup) == "One two\nthree\na\nb & c"
