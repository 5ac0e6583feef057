"""A cheap language guess for articles that do not say: the writing system first, then counts of
very common words. No model download; it only needs to tell extraction which articles its English
model fits, so it answers None when unsure rather than guess."""

from __future__ import annotations

import re
import unicodedata

_STOPWORDS = {
    "en": "the and of to in is that for was on with as it he said by at from his have are be this",
    "de": "der die und das ist nicht ein eine zu den mit von sich auf für dem des im sie auch",
    "fr": "le la les et des est une un du que dans pour qui pas sur au avec il elle ce sont",
    "es": "el la los las de que y en un una por con para es se del al lo como más pero",
    "it": "il di che la non per una un sono della del gli le con si è ha anche alla nel",
    "pt": "de que não uma um para com os as do da em por se mais ao dos das foi está",
    "nl": "de het een en van is dat niet op te zijn met voor er maar ook als aan bij",
    "sv": "och att det som en på är av för med till den har inte om ett var jag",
    "pl": "i w nie na się z że do to jest jak o po ale tak za od przez był",
    "tr": "ve bir bu da de için ile olarak çok daha gibi en ama olan sonra kadar",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_TOKEN = re.compile(r"[^\W\d_]+")
_PAST_LATIN = re.compile("[\u0370-\U0010ffff]")  # every script of _SCRIPTS starts at Greek, U+0370
_SAMPLE = 4000
_SCRIPTS = (  # (prefix of the Unicode character name, language or None for "decide below")
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("HANGUL", "ko"),
    ("CJK", "zh"),
    ("ARABIC", "ar"),
    ("HEBREW", "he"),
    ("GREEK", "el"),
    ("DEVANAGARI", "hi"),
    ("THAI", "th"),
    ("CYRILLIC", None),
)


def normalise_language(value: str) -> str | None:
    """A given language tag as its primary subtag in lower case ("en-US" → "en")."""
    primary = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    return primary or None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the evidence is thin."""
    sample = text[:_SAMPLE]
    script = _dominant_script(sample)
    if script == "CYRILLIC":
        return "uk" if re.search("[іїєґІЇЄҐ]", sample) else "ru"
    if script is not None:
        return script
    tokens = _TOKEN.findall(sample.lower())
    if len(tokens) < 5:
        return None
    scores = sorted(((sum(t in words for t in tokens), lang) for lang, words in _WORDS.items()), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best >= max(3, len(tokens) // 20) and best >= 1.5 * second:
        return lang
    return None


def _dominant_script(sample: str) -> str | None:
    """The non-Latin script of most letters, or None when Latin letters dominate."""
    counts: dict[str, int] = {}
    letters = sum(map(str.isalpha, sample))
    for ch in _PAST_LATIN.findall(sample):  # Latin text, the common case, never gets here
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        for prefix, lang in _SCRIPTS:
            if name.startswith(prefix):
                key = lang or prefix
                counts[key] = counts.get(key, 0) + 1
                break
    if not counts or letters == 0:
        return None
    # Japanese mixes kana with CJK ideographs: any real share of kana means Japanese.
    if counts.get("ja", 0) >= 0.1 * letters:
        return "ja"
    key, count = max(counts.items(), key=lambda kv: kv[1])
    return key if count >= 0.5 * letters else None
