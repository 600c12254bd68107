#!/usr/bin/env python3
"""The size limits of STYLE.md as a check: no Swift file under Sources/ over 300 lines (except
the checker's walk, Sources/WaymarkCheck/Checker.swift), and no function, initializer,
subscript, accessor or closure-valued property whose body is over 60 lines.

Generated files (*.generated.swift) are exempt. What is over a limit today is listed in
Scripts/size-allowlist.txt (one `path` or `path:name` per line); the check fails on anything
over a limit that is not listed, and on a listed entry that is no longer over it (so the list
can only shrink). Prints `path:line: what` for each problem; exit status 1 when there is one.

A body's lines are the lines between its braces. Braces are matched on code only: comments
(nested block comments too), string literals (multi-line, raw, with interpolations) are skipped.

    Scripts/check-sizes.py              check Sources/ (run from the package root)
    Scripts/check-sizes.py --self-test  check the checker against made-up sources
"""
import os
import re
import sys

FILE_LIMIT = 300
BODY_LIMIT = 60
EXEMPT_FILES = {"Sources/WaymarkCheck/Checker.swift"}
ALLOWLIST = "Scripts/size-allowlist.txt"


def code_only(text):
    """The text with comments and string literals blanked (newlines kept), so braces can be matched."""
    out = []
    i, n = 0, len(text)

    def blank(segment):
        out.append(re.sub(r"[^\n]", " ", segment))

    def skip_string(i):
        """From a string literal's opening (hashes and quotes) to just past its end; returns the index."""
        hashes = 0
        while i < n and text[i] == "#":
            hashes += 1
            i += 1
        multiline = text.startswith('"""', i)
        quote = '"""' if multiline else '"'
        i += len(quote)
        closing = quote + "#" * hashes
        escape = "\\" + "#" * hashes
        while i < n:
            if text.startswith(escape, i):
                i += len(escape)
                if i < n and text[i] == "(":
                    i = skip_interpolation(i + 1)
                else:
                    i += 1
                continue
            if text.startswith(closing, i):
                return i + len(closing)
            if not multiline and text[i] == "\n":
                return i  # an unterminated one-line string ends at the line's end
            i += 1
        return i

    def skip_interpolation(i):
        """From just inside `\\(` to just past its `)`, skipping nested strings and parentheses."""
        depth = 1
        while i < n and depth:
            c = text[i]
            if c == '"' or (c == "#" and re.match(r'#+"', text[i:])):
                i = skip_string(i)
                continue
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            i += 1
        return i

    while i < n:
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            blank(text[i:end])
            i = end
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            blank(text[i:j])
            i = j
        elif text[i] == '"' or (text[i] == "#" and re.match(r'#+"', text[i:])):
            j = skip_string(i)
            blank(text[i:j])
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


FUNCTION = re.compile(r"\b(func\s+([^\s(<]+)|init[?!]?(?=\s*[(<])|deinit\b|subscript\b)")
ACCESSOR = re.compile(r"^(?:mutating\s+|nonmutating\s+)?(get|set|willSet|didSet|_read|_modify)(?:\s*\(\w+\))?(?:\s+(?:async|throws))*$")
PROPERTY = re.compile(r"^(?:@\w+(?:\([^)]*\))?\s+|\w+(?:\([^)]*\))?\s+)*?(?:let|var)\s+(\w+)(\s*:[^=]*?)?(\s*=)?\s*$")


def units(path, text):
    """(kind, name, line, body lines) of every function-like body in a Swift source."""
    code = code_only(text)
    found = []
    stack = []  # (open index, line, kind, name) per open brace; kind None for other blocks
    header_start = 0
    line = 1
    for i, c in enumerate(code):
        if c == "\n":
            line += 1
        elif c == "{":
            header = code[header_start:i]
            kind, name = classify(header, stack)
            stack.append((i, line, kind, name))
            header_start = i + 1
        elif c == "}":
            if stack:
                _, open_line, kind, name = stack.pop()
                if kind:
                    found.append((kind, name, open_line, max(0, line - open_line - 1)))
            header_start = i + 1
        elif c == ";":
            header_start = i + 1
    return found


def classify(header, stack):
    matches = list(FUNCTION.finditer(header))
    if matches:
        last = matches[-1]
        word = last.group(1)
        if word.startswith("func"):
            return "function", last.group(2)
        return "function", re.match(r"\w+", word).group(0)
    last_line = header.strip().split("\n")[-1].strip() if header.strip() else ""
    accessor = ACCESSOR.match(last_line)
    if accessor:
        owner = next((name for _, _, kind, name in reversed(stack) if kind == "property" or name == "subscript"), "?")
        return "accessor", f"{owner}.{accessor.group(1)}"
    prop = PROPERTY.match(last_line)
    if prop and not re.match(r"^(if|guard|while|for|case|switch|return|else)\b", last_line):
        typed, assigned = prop.group(2), prop.group(3)
        if assigned or typed:
            return "property", prop.group(1)
    return None, None


def check(root, allowlist_path):
    allowed = set()
    if os.path.exists(os.path.join(root, allowlist_path)):
        for raw in open(os.path.join(root, allowlist_path), encoding="utf-8"):
            entry = raw.split("#", 1)[0].strip()
            if entry:
                allowed.add(entry)
    problems, used = [], set()
    sources = os.path.join(root, "Sources")
    for folder, _, names in sorted(os.walk(sources)):
        for name in sorted(names):
            if not name.endswith(".swift") or name.endswith(".generated.swift"):
                continue
            full = os.path.join(folder, name)
            path = os.path.relpath(full, root).replace(os.sep, "/")
            text = open(full, encoding="utf-8").read()
            count = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
            if count > FILE_LIMIT and path not in EXEMPT_FILES:
                if path in allowed:
                    used.add(path)
                else:
                    problems.append(f"{path}:{FILE_LIMIT + 1}: the file has {count} lines, more than {FILE_LIMIT}; split it (Type+Concern.swift)")
            for kind, unit, line, body in units(path, text):
                if body <= BODY_LIMIT:
                    continue
                key = f"{path}:{unit}"
                if key in allowed:
                    used.add(key)
                else:
                    problems.append(f"{path}:{line}: the {kind} '{unit}' has a body of {body} lines, more than {BODY_LIMIT}; split it into named steps")
    for entry in sorted(allowed - used):
        problems.append(f"{allowlist_path}: '{entry}' is within the limits now (or no longer exists); remove it from the list")
    return problems


SELF_TESTS = [
    # (name, source, expected units over the limit as (name, body lines))
    ("a function of 61 lines fails", "func big() {\n" + "    x()\n" * 61 + "}\n", [("big", 61)]),
    ("a function of 60 lines passes", "func fits() {\n" + "    x()\n" * 60 + "}\n", []),
    (
        "braces in strings and comments do not count",
        'func f() {\n    let a = "}"\n    // }\n    /* } /* nested } */ } */\n    let b = #"}"#\n    let c = """\n    }\n    """\n'
        + "    y()\n" * 58
        + "}\n",
        [("f", 65)],
    ),
    (
        "an interpolation holding a string and a closure",
        'func g() {\n    let s = "\\(items.map { "}" + $0 }.joined())"\n' + "    y()\n" * 60 + "}\n",
        [("g", 61)],
    ),
    (
        "initializers, accessors and closure-valued properties",
        "struct S {\n    init(a: Int) {\n"
        + "        x()\n" * 61
        + "    }\n    var p: Int {\n        get {\n"
        + "            1\n" * 61
        + "        }\n    }\n    let q = {\n"
        + "        2\n" * 61
        + "    }()\n}\n",
        [("init", 61), ("p", 63), ("p.get", 61), ("q", 61)],
    ),
    ("an if-let block is not a unit", "func h() {\n    if let a = b {\n" + "        c()\n" * 61 + "    }\n}\n", [("h", 63)]),
]


def self_test():
    failures = 0
    for name, source, expected in SELF_TESTS:
        got = [(unit, body) for _, unit, _, body in units("test.swift", source) if body > BODY_LIMIT]
        if sorted(got) != sorted(expected):
            failures += 1
            print(f"self-test failed: {name}: expected {expected}, got {got}")
    print(f"check-sizes self-test: {len(SELF_TESTS) - failures} of {len(SELF_TESTS)} passed")
    return 1 if failures else 0


def main():
    if "--self-test" in sys.argv[1:]:
        return self_test()
    root = os.getcwd()
    problems = check(root, ALLOWLIST)
    for problem in problems:
        print(problem)
    if problems:
        print(f"check-sizes: {len(problems)} problem(s); limits: {FILE_LIMIT} lines a file, {BODY_LIMIT} lines a body (STYLE.md)")
        return 1
    print("check-sizes: every file and body is within the limits (or on the allowlist)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
