#!/usr/bin/env python3
"""Writes hull's man pages from its command tree.

The tree comes from `hull --experimental-dump-help` (swift-argument-parser's
description of every command, option and argument); EXAMPLES and the exit
codes that differ from the usual ones come from scripts/man-pages.txt, which
must have an entry for every visible command, so a new verb cannot ship
without examples.

Pages are named as Podman names them, so Podman users find them where they
look: hull.1, hull-run.1, hull-container-ls.1, hull-volume-create.1. A
grouped command that is the same command as a top-level verb (`container
run` and `run`) gets a one-line `.so` page pointing at the verb's page, as
Podman's podman-container-run.1 does. Hidden internal verbs get no page.

usage: generate-man.py HULL_BINARY EXTRAS_FILE OUTPUT_DIR DATE
"""
import json
import os
import subprocess
import sys

USUAL_EXIT = [("0", "Success."), ("125", "hull itself failed: a bad flag or value, an unknown object, an I/O error.")]


def roff(text):
    """Escapes text for roff: backslashes, leading dots and quotes, hyphens."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def read_extras(path):
    """Parses the EXAMPLES/EXIT STATUS file: `## command path`, then
    `$ command` example lines (an optional `# what it does` line before
    each), and `exit CODE text` lines."""
    extras, current = {}, None
    pending_comment = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("## "):
                current = extras.setdefault(line[3:].strip(), {"examples": [], "exit": []})
                pending_comment = None
            elif current is None or not line.strip():
                continue
            elif line.startswith("# "):
                pending_comment = line[2:].strip()
            elif line.startswith("$ "):
                current["examples"].append((pending_comment, line[2:]))
                pending_comment = None
            elif line.startswith("exit "):
                code, _, text = line[5:].partition(" ")
                current["exit"].append((code, text.strip()))
            else:
                raise SystemExit(f"{path}: cannot read line: {line!r}")
    return extras


def option_names(arg):
    names = []
    for n in arg.get("names", []):
        prefix = "-" if n["kind"] == "short" else "--"
        names.append(prefix + n["name"])
    names.sort(key=lambda s: (s.startswith("--"), s))
    return names


def signature(cmd):
    """What makes two commands the same command: abstract and arguments."""
    return (cmd.get("abstract"), tuple(tuple(option_names(a)) + (a.get("valueName"),) for a in cmd.get("arguments", [])))


class Generator:
    def __init__(self, tree, extras, out_dir, date):
        self.root = tree["command"]
        self.extras = extras
        self.out_dir = out_dir
        self.date = date
        self.global_names = {tuple(option_names(a)) for a in self.root["arguments"] if a["kind"] != "positional"}
        # Options every command takes, named once on each page (the root
        # page describes them); --help and --version are not among them.
        self.global_long = [n for a in self.root["arguments"] if a["kind"] != "positional"
                            for n in option_names(a) if n.startswith("--") and n not in ("--help", "--version")]
        self.top_level = {}
        for sub in self.visible(self.root):
            self.top_level[signature(sub)] = sub["commandName"]
        self.used_extras = set()

    @staticmethod
    def visible(cmd):
        return [s for s in cmd.get("subcommands", []) if s.get("shouldDisplay", True) and s["commandName"] != "help"]

    def page_name(self, path):
        return "-".join(["hull"] + path)

    def write(self, path, text):
        with open(os.path.join(self.out_dir, path), "w", encoding="utf-8") as f:
            f.write(text)

    def run(self):
        self.write_page(self.root, [])
        for sub in self.visible(self.root):
            self.walk(sub, [sub["commandName"]])
        unused = set(self.extras) - self.used_extras
        if unused:
            raise SystemExit(f"man-pages.txt names commands hull does not have: {', '.join(sorted(unused))}")

    def walk(self, cmd, path):
        if len(path) > 1 and signature(cmd) in self.top_level and not self.visible(cmd):
            target = self.page_name([self.top_level[signature(cmd)]])
            self.write(self.page_name(path) + ".1", f".so man1/{target}.1\n")
        else:
            self.write_page(cmd, path)
        for sub in self.visible(cmd):
            self.walk(sub, path + [sub["commandName"]])

    def write_page(self, cmd, path):
        key = " ".join(path) if path else "hull"
        extra = self.extras.get(key)
        if extra is None or not extra["examples"]:
            raise SystemExit(f"man-pages.txt has no examples for `{key}`: add a `## {key}` entry")
        self.used_extras.add(key)
        name = self.page_name(path)
        title = name.upper()
        out = [f'.TH "{title}" "1" "{self.date}" "hull" "User Commands"', ".SH NAME",
               f"{roff(name)} \\- {roff(cmd.get('abstract', ''))}", ".SH SYNOPSIS"]
        out.append(self.synopsis(cmd, path))
        discussion = cmd.get("discussion") or ""
        out += [".SH DESCRIPTION", roff(cmd.get("abstract", ""))]
        if discussion:
            out += [".PP", roff(discussion)]
        options = [a for a in cmd.get("arguments", []) if a.get("shouldDisplay", True)
                   and (not path or tuple(option_names(a)) not in self.global_names or a["kind"] == "positional")]
        if options:
            out.append(".SH OPTIONS")
            for a in options:
                out += self.option_item(a)
        if path:
            names = ", ".join(f"\\fB{roff(n)}\\fR" for n in self.global_long)
            out += [".PP", f"Global options ({names}) are described in \\fBhull\\fR(1)."]
        subs = self.visible(cmd)
        if subs:
            out.append(".SH COMMANDS")
            for s in subs:
                out += [".TP", f"\\fB{roff(self.page_name(path + [s['commandName']]))}\\fR(1)", roff(s.get("abstract", ""))]
        out.append(".SH EXAMPLES")
        for comment, example in extra["examples"]:
            if comment:
                out += [".PP", roff(comment)]
            out += [".PP", ".RS 4", ".nf", roff(example), ".fi", ".RE"]
        out.append(".SH EXIT STATUS")
        codes = dict(USUAL_EXIT)
        order = [c for c, _ in USUAL_EXIT]
        for code, text in extra["exit"]:
            if code not in codes:
                order.append(code)
            codes[code] = text
        for code in order:
            out += [".TP", f"\\fB{roff(code)}\\fR", roff(codes[code])]
        out.append(".SH SEE ALSO")
        see = ["hull(1)"] if path else []
        if len(path) > 1:
            see.append(self.page_name(path[:-1]) + "(1)")
        see += [self.page_name(path + [s["commandName"]]) + "(1)" for s in subs]
        if not see:
            see = [self.page_name([s["commandName"]]) + "(1)" for s in self.visible(self.root)]
        out.append(", ".join(f"\\fB{roff(s.split('(')[0])}\\fR({s.split('(')[1]}" for s in see))
        self.write(name + ".1", "\n".join(out) + "\n")

    def synopsis(self, cmd, path):
        parts = [f"\\fB{roff(' '.join(['hull'] + path))}\\fR"]
        if self.visible(cmd) and not any(a["kind"] == "positional" for a in cmd.get("arguments", [])):
            parts.append("\\fIcommand\\fR")
        else:
            parts.append("[\\fIoptions\\fR]")
        for a in cmd.get("arguments", []):
            if a["kind"] != "positional" or not a.get("shouldDisplay", True):
                continue
            word = f"\\fI{roff(a['valueName'])}\\fR" + (" ..." if a.get("isRepeating") else "")
            parts.append(f"[{word}]" if a.get("isOptional") else word)
        return " ".join(parts)

    def option_item(self, a):
        if a["kind"] == "positional":
            head = f"\\fI{roff(a['valueName'])}\\fR"
        else:
            names = ", ".join(f"\\fB{roff(n)}\\fR" for n in option_names(a))
            head = names + (f" \\fI{roff(a['valueName'])}\\fR" if a["kind"] == "option" else "")
        text = a.get("abstract", "")
        if a.get("discussion"):
            text += " " + (a["discussion"] if isinstance(a["discussion"], str) else "")
        if a.get("defaultValue") not in (None, "", "false") and a["kind"] == "option":
            text += f" (default: {a['defaultValue']})"
        if a.get("isRepeating") and a["kind"] == "option":
            text += " Can be given more than once."
        return [".TP", head, roff(text.strip())]


def main():
    hull, extras_path, out_dir, date = sys.argv[1:5]
    tree = json.loads(subprocess.run([hull, "--experimental-dump-help"], check=True,
                                     capture_output=True, text=True).stdout)
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        if f.endswith(".1"):
            os.remove(os.path.join(out_dir, f))
    Generator(tree, read_extras(extras_path), out_dir, date).run()


if __name__ == "__main__":
    main()
