#!/usr/bin/env python3
"""Prints which top-level folders of src/CutoverBot.Core use which others, and the loops among them.

A folder uses another when one of its files names a type declared there (through a using directive, its own
namespace or a fully qualified name). Comments and string literals are ignored. Run from the repository root:
    python3 tools/core-dependencies.py [--edges] [--why FROM TO]
"""
import os
import re
import sys
from collections import defaultdict

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "CutoverBot.Core")
PREFIX = "CutoverBot.Core."

COMMENT_OR_STRING = re.compile(r'//[^\n]*|/\*.*?\*/|\$@?"(?:\\.|[^"\\\n])*"|@"(?:[^"]|"")*"|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\])\'', re.S)
DECL = re.compile(r'\b(?:class|record|struct|interface|enum)\s+(?:struct\s+|class\s+)?([A-Z]\w*)')
NAMESPACE = re.compile(r'^namespace\s+([\w.]+)\s*;', re.M)
USING = re.compile(r'^using\s+(?:static\s+)?([\w.]+)\s*;', re.M)
QUALIFIED = re.compile(r'\bCutoverBot\.Core\.([\w.]+)')
# Doc comments name types in cref attributes; the compiler checks those too, so they count.
CREF = re.compile(r'cref="([^"]+)"')
IDENT = re.compile(r'\b[A-Z]\w*')


def keep_interpolations(match):
    # An interpolated string's holes are code ($"{UkFormat.Date(d)}"); its literal parts add harmless words.
    text = match.group(0)
    return text if text.startswith("$") else " "


def folder_of(namespace):
    rest = namespace[len(PREFIX):] if namespace.startswith(PREFIX) else ""
    return rest.split(".")[0] if rest else "(root)"


def read_files():
    for dirpath, _, names in os.walk(ROOT):
        if os.sep + "obj" in dirpath or os.sep + "bin" in dirpath:
            continue
        for name in names:
            if name.endswith(".cs"):
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                crefs = ' '.join(CREF.findall(text))
                yield path, COMMENT_OR_STRING.sub(keep_interpolations, text) + '\n' + crefs


def main():
    files = list(read_files())
    types_by_namespace = defaultdict(set)
    parsed = []
    for path, code in files:
        ns = NAMESPACE.search(code)
        ns = ns.group(1) if ns else ""
        for t in DECL.findall(code):
            types_by_namespace[ns].add(t)
        parsed.append((path, ns, code))

    edges = defaultdict(set)
    why = defaultdict(set)  # (from, to) -> "File uses Type"
    folders = set()
    for path, ns, code in parsed:
        mine = folder_of(ns)
        folders.add(mine)
        visible = {u for u in USING.findall(code) if u.startswith(PREFIX)}
        # A file also sees its own namespace and every enclosing one.
        parts = ns.split(".")
        visible.update(".".join(parts[:i]) for i in range(3, len(parts) + 1))
        idents = set(IDENT.findall(code))
        for v in visible:
            other = folder_of(v)
            used = idents & types_by_namespace.get(v, set())
            if other != mine and used:
                edges[mine].add(other)
                why[(mine, other)].update(f"{os.path.basename(path)} uses {t}" for t in used)
        for q in QUALIFIED.findall(code):
            segs = q.split(".")
            for i in range(len(segs), 0, -1):
                candidate = PREFIX + ".".join(segs[:i - 1]) if i > 1 else None
                if candidate and segs[i - 1] in types_by_namespace.get(candidate, set()):
                    other = folder_of(candidate)
                    if other != mine:
                        edges[mine].add(other)
                        why[(mine, other)].add(f"{os.path.basename(path)} uses {segs[i - 1]}")
                    break

    edge_count = sum(len(v) for v in edges.values())
    print(f"folders: {len(folders)}  edges: {edge_count}")
    if "--edges" in sys.argv:
        for a in sorted(edges):
            print(f"  {a} -> {', '.join(sorted(edges[a]))}")
    if "--why" in sys.argv:
        # --why A B: which files of folder A use which types of folder B
        a, b = sys.argv[sys.argv.index("--why") + 1:][:2]
        for line in sorted(why[(a, b)]):
            print(f"  {line}")

    loops = [c for c in strongly_connected(sorted(folders), edges) if len(c) > 1]
    print(f"loops: {len(loops)}")
    for loop in loops:
        print(f"  {len(loop)} folders: {', '.join(sorted(loop))}")


def strongly_connected(nodes, edges):
    index, low, stack, on_stack, result = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            result.append(component)

    for n in nodes:
        if n not in index:
            visit(n)
    return result


if __name__ == "__main__":
    main()
