#!/usr/bin/env python3
"""The house, crate by crate (crates/*/src; docs/architecture.md): lists the imports
between each crate's top-level modules and fails on a circle, or on an import that
points up a floor; then, in every crate, the same between files: no two files
(modules) import each other, directly or round a circle (a module's own submodules
reaching back to it with `super::` are its parts, not a circle). Between crates, Cargo
itself keeps imports pointing one way (folio-web and folio-cli use folio-core, never the
reverse).

Reads every `crate::NAME` in a crate, grouped imports `crate::{a::x, b}` included, and
`super::NAME` where it leaves a top-level module.
Usage: python3 scripts/imports.py [--quiet]
"""
import re
import sys
from pathlib import Path

CRATES = Path(__file__).resolve().parent.parent / "crates"

# Each top-level module's floor, per crate: a module may import only from lower floors.
# folio-cli's modules are each one job, over `disk` (how every file is written) and
# `check` (the contract's rules): the indexes over the checks, then the jobs that write
# (import, images, publish), then the command line.
FLOORS_OF = {
    "folio-core": {
        "content": 0,
        "i18n": 1,
        "share": 2,
        "embed": 2,
        "browser": 3,
        "listing": 3,
        "components": 4,
    },
    "folio-web": {
        "context": 3,
        "pages": 5,
        "app": 6,
    },
    "folio-cli": {
        "disk": 0,
        "check": 1,
        "index": 2,
        "images": 3,
        "import": 3,
        "publish": 3,
        "cli": 4,
    },
}
SRC = CRATES
FLOORS = {}

PATH = re.compile(r"\bcrate::(\{[^}]*\}|[a-z_][a-z0-9_]*)")


def module_of(path: Path):
    """The top-level module a file belongs to, and its depth below src/<module>/."""
    parts = path.relative_to(SRC).parts
    if len(parts) == 1:
        name = parts[0][:-3]
        return (None if name in ("lib", "main") else name), 0
    if parts[0] == "bin":
        return None, 0
    if parts[-1] == "main.rs" and len(parts) == 1:
        return None, 0
    depth = len(parts) - 1 if parts[-1] != "mod.rs" else len(parts) - 2
    return parts[0], depth


def strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def targets(text: str, depth: int):
    found = set()
    for m in PATH.finditer(text):
        group = m.group(1)
        if group.startswith("{"):
            found.update(re.findall(r"(?:^|[{,])\s*([a-z_][a-z0-9_]*)", group))
        else:
            found.add(group)
    # `super::` chains longer than the file's depth climb out of its top-level module.
    for m in re.finditer(r"\b((?:super::)+)([a-z_][a-z0-9_]*)", text):
        if m.group(1).count("super::") > depth:
            found.add(m.group(2))
    return found


def edges():
    result = {}
    for path in sorted(SRC.rglob("*.rs")):
        module, depth = module_of(path)
        text = strip_comments(path.read_text(encoding="utf-8"))
        for target in targets(text, depth):
            if target in FLOORS and module is not None and target != module:
                result.setdefault((module, target), []).append(str(path.relative_to(SRC.parent)))
    return result


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


# ---- between files ----

PATHS = re.compile(r"\b((?:crate|super|self)(?:::[a-z_][a-z0-9_]*)+)(?:::\{([^}]*)\})?")


def file_module(path: Path):
    """The module path of a file: `publish/check_media.rs` is ("publish", "check_media")."""
    parts = list(path.relative_to(SRC).parts)
    if parts[-1] in ("mod.rs", "lib.rs", "main.rs"):
        parts = parts[:-1]
    else:
        parts[-1] = parts[-1][:-3]
    return tuple(parts)


def file_edges():
    """Which file imports which: each path resolved to the longest module it names."""
    files = sorted(SRC.rglob("*.rs"))
    modules = {file_module(p) for p in files}

    def resolve(here, segments):
        head, rest = segments[0], segments[1:]
        if head == "crate":
            base = []
        elif head == "self":
            base = list(here)
        else:
            base = list(here)
            while rest and rest[0] == "super":
                rest = rest[1:]
                base = base[:-1]
            base = base[:-1]
        full = base + rest
        for n in range(len(full), -1, -1):
            if tuple(full[:n]) in modules:
                return tuple(full[:n])
        return None

    graph = {}
    for path in files:
        here = file_module(path)
        text = strip_comments(path.read_text(encoding="utf-8"))
        # A file's own unit tests are part of it.
        text = re.split(r"#\[cfg\(test\)\]\s*mod tests\s*\{", text)[0]
        for m in PATHS.finditer(text):
            segments = m.group(1).split("::")
            names = re.findall(r"(?:^|[{,])\s*([a-z_][a-z0-9_]*)", m.group(2) or "")
            for target in [resolve(here, segments)] + [resolve(here, segments + [n]) for n in names]:
                # A submodule using its parent (`super::`) is part of it.
                if target and target != here and here[: len(target)] != target:
                    graph.setdefault(here, set()).add(target)
    return graph


def main():
    global SRC, FLOORS
    problems_all, lines = [], []
    for crate, floors in FLOORS_OF.items():
        SRC = CRATES / crate / "src"
        FLOORS = floors or {}
        problems, summary = check_crate(crate, floors)
        problems_all += problems
        lines += summary
    for p in problems_all:
        print(f"error: {p}", file=sys.stderr)
    if problems_all:
        sys.exit(1)
    for line in lines:
        print(line)


def check_crate(crate, floors):
    found = edges() if floors else {}
    unknown = sorted({m for m, _ in found} - FLOORS.keys())
    graph = {}
    for (a, b) in found:
        graph.setdefault(a, set()).add(b)
    problems = []
    if floors and unknown:
        problems.append(f"modules without a floor in scripts/imports.py: {', '.join(unknown)}")
    for circle in cycles(graph):
        problems.append(f"import circle: {' <-> '.join(circle)}")
    for (a, b), files in sorted(found.items()):
        if a in FLOORS and FLOORS[b] >= FLOORS[a]:
            problems.append(f"{a} (floor {FLOORS[a]}) reaches up to {b} (floor {FLOORS[b]}): {', '.join(sorted(set(files)))}")
    if "--quiet" not in sys.argv and floors:
        for name in sorted(FLOORS, key=lambda n: (-FLOORS[n], n)):
            below = sorted(graph.get(name, ()), key=lambda n: (-FLOORS[n], n))
            print(f"{crate}: floor {FLOORS[name]}  {name:<11} -> {', '.join(below) or '(nothing)'}")
    files = file_edges()
    for circle in cycles(files):
        problems.append(f"{crate}: import circle between files: {' <-> '.join('/'.join(m) + '.rs' for m in circle)}")
    problems = [p if p.startswith(crate) else f"{crate}: {p}" for p in problems]
    count = sum(len(t) for t in files.values())
    summary = []
    if floors:
        summary.append(f"{crate}: {len(found)} imports between {len(graph)} modules: no circle, none up a floor")
    summary.append(f"{crate}: {count} imports between {len(files)} files: no circle")
    return problems, summary


if __name__ == "__main__":
    main()
