"""Score records. Counts (not ratios) are stored so files can be micro-averaged by adding them."""

from __future__ import annotations

from dataclasses import dataclass, field

TABLES = ("actors", "statements", "events")
ATTRIBUTES = (
    "actor country",
    "actor type",
    "statement kind",
    "event location",
    "event date",
    "event negated",
)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass
class TableScore:
    """Matches for one table, with the unmatched items named so a developer sees what failed."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)  # gold items nothing matched
    spurious: list[str] = field(default_factory=list)  # predicted items matching no gold item

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: TableScore) -> TableScore:
        return TableScore(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.missed + other.missed,
            self.spurious + other.spurious,
        )


@dataclass
class AttributeScore:
    """Agreement on one attribute over matched items where the gold gives a value."""

    right: int = 0
    given: int = 0
    wrong: list[str] = field(default_factory=list)  # "item: gold X, predicted Y"

    @property
    def accuracy(self) -> float:
        return _ratio(self.right, self.given)

    def check(self, item: str, gold: object, predicted: object, agree: bool) -> None:
        """Count one comparison and remember the disagreement."""
        self.given += 1
        if agree:
            self.right += 1
        else:
            self.wrong.append(f"{item}: gold {gold}, predicted {predicted}")

    def __add__(self, other: AttributeScore) -> AttributeScore:
        return AttributeScore(
            self.right + other.right, self.given + other.given, self.wrong + other.wrong
        )


def _attributes() -> dict[str, AttributeScore]:
    return {name: AttributeScore() for name in ATTRIBUTES}


@dataclass
class GoldScore:
    """Scores of one gold file against the rows of its article."""

    name: str  # the gold article's file name
    article_id: str | None = None  # None when no article in the tables matched the gold
    actors: TableScore = field(default_factory=TableScore)
    statements: TableScore = field(default_factory=TableScore)
    events: TableScore = field(default_factory=TableScore)
    attributes: dict[str, AttributeScore] = field(default_factory=_attributes)

    def table(self, name: str) -> TableScore:
        return getattr(self, name)


@dataclass
class EvalReport:
    """Per-file scores and their micro-average (counts summed over files)."""

    files: list[GoldScore]
    total: GoldScore

    @classmethod
    def of(cls, files: list[GoldScore]) -> EvalReport:
        total = GoldScore(name="all")
        for score in files:
            for table in TABLES:
                setattr(total, table, total.table(table) + score.table(table))
            for attr in ATTRIBUTES:
                total.attributes[attr] = total.attributes[attr] + score.attributes[attr]
        return cls(files=files, total=total)
