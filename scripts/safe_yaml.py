"""YAML read safely: the one YAML reader of the project's data files.

PyYAML's safe loader, with three changes, because data files and front
matter come from pull requests and must not be able to stop a check:
- an alias (*name) may repeat a single value, never a list or a group of
  fields: aliases of aliases of lists grow exponentially ("billion laughs");
- a text longer than MAX_CHARACTERS, or whose aliases repeat more than that,
  is refused before it is used;
- dates stay text as written: 2026-02-30 is a wrong date to report, not a
  crash, and the schema says which text is a date (format: date).

read() returns the composed tree (nodes keep their line and column), the
data, and the keys written twice in a mapping (the last one counts, as in
PyYAML). Every problem is a YAMLError with a mark, so callers report a line;
what the reader refuses is a `Refused` with its `kind`.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

# The largest data file today is about 17,000 characters.
MAX_CHARACTERS = 1_000_000
TIMESTAMP = "tag:yaml.org,2002:timestamp"


class Refused(yaml.MarkedYAMLError):
    """What the safe reader refuses: an alias of a list or a group ("alias"), too much text ("too-large")."""

    def __init__(self, kind: str, problem: str, mark: yaml.Mark | None):
        super().__init__(None, None, problem, mark)
        self.kind = kind


class _Loader(yaml.SafeLoader):
    def __init__(self, stream: str):
        super().__init__(stream)
        self.repeated = 0  # characters that aliases repeat

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            node = self.anchors.get(event.anchor)
            if node is not None and not isinstance(node, yaml.ScalarNode):
                raise Refused("alias", f"the alias *{event.anchor} repeats a list or a group of fields",
                              event.start_mark)
            self.repeated += len(node.value) if node is not None else 0
            if self.repeated > MAX_CHARACTERS:
                raise Refused("too-large", f"aliases repeat more than {MAX_CHARACTERS:,} characters",
                              event.start_mark)
        return super().compose_node(parent, index)


# Dates are read as text: the schema says which text is a date (format: date).
_Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Read:
    tree: yaml.Node | None  # None for an empty text
    data: object
    repeated_keys: list[tuple[yaml.Node, yaml.Node]]  # (the key written again, where it was first)


def _loaded(text: str, construct: bool) -> Read:
    if len(text) > MAX_CHARACTERS:
        mark = yaml.Mark("", MAX_CHARACTERS, text.count("\n", 0, MAX_CHARACTERS), 0, None, None)
        raise Refused("too-large", f"longer than {MAX_CHARACTERS:,} characters", mark)
    loader = _Loader(text)
    try:
        tree = loader.get_single_node()
        if tree is None:
            return Read(None, None, [])
        return Read(tree, loader.construct_document(tree) if construct else None, repeated_keys(tree))
    except RecursionError:
        raise yaml.MarkedYAMLError(problem="nested too deeply") from None
    finally:
        loader.dispose()


def read(text: str) -> Read:
    """The tree and the data of a YAML text; raises yaml.YAMLError (with a mark where there is one)."""
    return _loaded(text, construct=True)


def compose(text: str) -> yaml.Node | None:
    """The tree of a YAML text, its data not built: for a tool's configuration whose tags only
    the tool knows (mkdocs.yml's !ENV). Bounded and refused as read() is."""
    return _loaded(text, construct=False).tree


def repeated_keys(tree: yaml.Node) -> list[tuple[yaml.Node, yaml.Node]]:
    """Each key written again in its mapping, with the first one, in the order of the text."""
    found, pending = [], [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, yaml.MappingNode):
            first: dict[str, yaml.Node] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in first:
                        found.append((key, first[key.value]))
                    first.setdefault(key.value, key)
                pending.append(value)
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(node.value)
    return sorted(found, key=lambda pair: pair[0].start_mark.index)


def load(text: str):
    """The data of a YAML text (for files that are no data file, such as message catalogs)."""
    return read(text).data
