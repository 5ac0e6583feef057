"""newsledger core: read raw articles, extract actors, statements and events, score them.

Nothing in this package imports Prefect; `flows/` wires these functions into a flow.
"""

__version__ = "0.1.0"
