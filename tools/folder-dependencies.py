#!/usr/bin/env python3
"""Prints the folder-to-folder dependencies of one C# project and the loops among them.

Usage: tools/folder-dependencies.py src/CutoverBot [--root-namespace CutoverBot] [--why]

A folder is the first level under the project (files at the top sit in "(root)"). A file depends on a folder
when it names that folder's namespace in a using directive or a qualified name, or uses a public type declared
there (files in one namespace see each other without a using, so type names are matched as whole words).
"""
import os
import re
import sys
from collections import defaultdict


def first_folder(project, path):
    rel = os.path.relpath(path, project)
    parts = rel.split(os.sep)
    return parts[0] if len(parts) > 1 else "(root)"


def read_sources(project):
    for dirpath, dirnames, filenames in os.walk(project):
        dirnames[:] = [d for d in dirnames if d not in ("bin", "obj")]
        for name in filenames:
            if name.endswith(".cs"):
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8") as f:
                    yield path, f.read()


TYPE_DECL = re.compile(r"\b(?:class|record|struct|interface|enum)\s+([A-Z][A-Za-z0-9_]*)")
COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
STRING = re.compile(r'"(?:\\.|[^"\\])*"')


def strip(text):
    return STRING.sub('""', COMMENT.sub("", text))


def edges(project, root_ns):
    sources = [(p, strip(t)) for p, t in read_sources(project)]
    owner = defaultdict(set)
    for path, text in sources:
        for name in TYPE_DECL.findall(text):
            owner[name].add(first_folder(project, path))
    result = defaultdict(set)
    why = defaultdict(set)
    folders = set()
    for path, text in sources:
        here = first_folder(project, path)
        folders.add(here)
        for ns in re.findall(r"\b" + re.escape(root_ns) + r"\.([A-Z][A-Za-z0-9_]*)", text):
            if os.path.isdir(os.path.join(project, ns)) and ns != here:
                result[here].add(ns)
                why[(here, ns)].add(f"{os.path.relpath(path, project)}: {root_ns}.{ns}")
        body = re.sub(r"^\s*(using|namespace)[^\n]*$", "", text, flags=re.M)
        for word in set(re.findall(r"\b[A-Z][A-Za-z0-9_]*\b", body)):
            there = owner.get(word, set())
            # a name declared in this folder too (each folder's own Log class) is this folder's
            if here in there:
                continue
            for folder in there:
                result[here].add(folder)
                why[(here, folder)].add(f"{os.path.relpath(path, project)}: {word}")
    return folders, result, why


def loops(folders, result):
    """Strongly connected components with more than one folder (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(result.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(folders):
        if v not in index:
            visit(v)
    return out


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    project = args[0].rstrip("/")
    root_ns = os.path.basename(project)
    if "--root-namespace" in args:
        root_ns = args[args.index("--root-namespace") + 1]
    folders, result, why = edges(project, root_ns)
    count = 0
    for f in sorted(folders):
        deps = sorted(result.get(f, ()))
        count += len(deps)
        print(f"{f} -> {', '.join(deps) if deps else '(nothing)'}")
        if "--why" in args:
            for d in deps:
                for reason in sorted(why[(f, d)]):
                    print(f"    {d}: {reason}")
    two_way = sorted({tuple(sorted((a, b))) for a in result for b in result[a] if a in result.get(b, ())})
    found = loops(folders, result)
    print(f"\n{len(folders)} folders, {count} edges, {len(two_way)} two-way pairs, {len(found)} loops")
    for a, b in two_way:
        print(f"  two-way: {a} <-> {b}")
    for comp in found:
        print(f"  loop of {len(comp)}: {', '.join(comp)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
