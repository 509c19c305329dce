#!/usr/bin/env python3
"""normalise.py CALLS_DIR ENGINE [PATH=NAME ...]

Prints the transcript of one engine's run of one case: for every compared
call (CALLS_DIR/NNNN/{args,rc,out,err}, in order) its command line, exit
code, stdout and stderr, with what legitimately differs between two engines
and two runs replaced by placeholders:

  - the engine's name (hull/podman, any case) -> ENGINE
  - each PATH given on the command line -> <NAME> (store roots, temp dirs)
  - 64-hex ids and their 12-hex (or longer) prefixes -> <ID1>, <ID2>, ... in
    order of first appearance, so "the id printed by create is the one ps
    shows" still has to hold; sha256 digests the same way
  - timestamps (RFC 3339, Go's time.String(), Unix seconds in JSON) -> <TIME>
  - relative times and durations ("3 seconds ago", "Up About a minute") ->
    <AGO> / <DURATION>
  - sizes ("1.2 MB", "4.1kB (virtual 5 MB)", "12 B") -> <SIZE>
  - runs of two or more spaces -> two spaces (table columns widen with the
    values above, which were just made equal)
  - logrus' two renderings of one message: podman writes
    `time="..." level=warning msg="text"` when stderr is not a terminal,
    hull always `WARN[0000] text`; both become `WARN text` (likewise ERRO,
    INFO, DEBU): the harness compares what is said, not the logger's dress
"""
import os
import re
import sys

calls_dir, engine = sys.argv[1], sys.argv[2]
paths = [a.split("=", 1) for a in sys.argv[3:]]
# Longest first: a store root lies inside the case dir.
paths.sort(key=lambda p: -len(p[0]))

ids = {}


def id_token(hexstr):
    h = hexstr.lower()
    for full, token in ids.items():
        if full.startswith(h) or h.startswith(full):
            return token
    token = f"<ID{len(ids) + 1}>"
    ids[h] = token
    return token


HEX = re.compile(r"(?<![0-9a-zA-Z])([0-9a-f]{64}|[0-9a-f]{12,63})(?![0-9a-zA-Z])")
TIMES = [
    # Go's time.String(): 2026-12-08 01:02:03.123456789 +0000 UTC (m=+0.01)
    re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? [+-]\d{4} [A-Z]{2,5}( m=[+-]\d+\.\d+)?"),
    # RFC 3339 (any fraction, Z or offset)
    re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)"),
    # Unix seconds or nanoseconds as JSON numbers (Created, StartedAt...)
    re.compile(r'(?<=": )\d{10}(\d{9})?(?=[,\n}])'),
]
AGO = re.compile(
    r"(Less than a second|About an? (second|minute|hour)|\d+ (seconds?|minutes?|hours?|days?|weeks?|months?|years?)) ago"
)
UP = re.compile(
    r"\bUp (Less than a second|About an? (second|minute|hour)|\d+ (seconds?|minutes?|hours?|days?|weeks?|months?|years?))"
)
SIZE = re.compile(r"(?<![\w.])\d+(\.\d+)? ?(B|kB|KB|KiB|MB|MiB|GB|GiB)\b( \(virtual <SIZE>\))?")
ENGINE = re.compile(r"\b(hull|podman)\b", re.IGNORECASE)
SPACES = re.compile(r" {2,}")
LOGRUS_TEXT = re.compile(r'^time="[^"]*" level=(\w+) msg="((?:[^"\\]|\\.)*)"$', re.MULTILINE)
LOGRUS_TTY = re.compile(r"^(WARN|ERRO|INFO|DEBU|TRAC|FATA|PANI)\[\d+\] ", re.MULTILINE)
LEVELS = {"warning": "WARN", "error": "ERRO", "info": "INFO", "debug": "DEBU", "trace": "TRAC", "fatal": "FATA", "panic": "PANI"}


def logrus(m):
    text = re.sub(r'\\(.)', r"\1", m.group(2))
    return f"{LEVELS.get(m.group(1), m.group(1).upper())} {text}"


def normalise(text):
    text = LOGRUS_TEXT.sub(logrus, text)
    text = LOGRUS_TTY.sub(r"\1 ", text)
    for path, name in paths:
        text = text.replace(path, f"<{name}>")
    for t in TIMES:
        text = t.sub("<TIME>", text)
    text = HEX.sub(lambda m: id_token(m.group(1)), text)
    text = UP.sub("Up <DURATION>", text)
    text = AGO.sub("<AGO>", text)
    text = SIZE.sub("<SIZE>", text)
    text = SIZE.sub("<SIZE>", text)  # the "(virtual ...)" part, now a <SIZE>
    text = ENGINE.sub("ENGINE", text)
    text = SPACES.sub("  ", text)
    return text


def block(label, data):
    text = data.decode("utf-8", "backslashreplace")
    if not text:
        return f"{label}: (empty)\n"
    end = "" if text.endswith("\n") else "\n(no newline at end)\n"
    return f"{label}:\n" + normalise(text) + end


out = []
for call in sorted(os.listdir(calls_dir)):
    d = os.path.join(calls_dir, call)
    read = lambda n: open(os.path.join(d, n), "rb").read()
    args = read("args").decode("utf-8", "backslashreplace").rstrip("\n")
    out.append(f"$ E {normalise(args)}\n")
    rc = read("rc").decode().strip()
    out.append(f"exit: {rc}\n" + ("(timed out)\n" if rc == "124" else ""))
    out.append(block("stdout", read("out")))
    out.append(block("stderr", read("err")))
sys.stdout.write("".join(out))
