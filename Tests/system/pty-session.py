#!/usr/bin/env python3
"""Runs a command on a real pty and drives it like a user at a terminal.

usage: pty-session.py STEP... -- COMMAND...
steps: expect:TEXT (wait up to 20 s for TEXT in the output), send:TEXT
(TEXT with \\r, \\n, \\x10-style escapes). Prints everything the command
wrote; exits with its exit code, or 99 when an expectation was not met.
"""
import os, pty, select, signal, sys, time

split = sys.argv.index("--")
steps, command = sys.argv[1:split], sys.argv[split + 1:]
pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)

output = b""

def pump(timeout):
    global output
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return True
    try:
        data = os.read(fd, 65536)
    except OSError:
        return False
    if not data:
        return False
    output += data
    return True

status = 0
for step in steps:
    kind, _, text = step.partition(":")
    raw = text.encode().decode("unicode_escape").encode("latin-1")
    if kind == "send":
        os.write(fd, raw)
    elif kind == "expect":
        deadline = time.time() + 20
        while raw not in output and time.time() < deadline:
            if not pump(0.1):
                break
        if raw not in output:
            sys.stdout.write(output.decode(errors="replace"))
            sys.stdout.write("\n[pty-session: never saw %r]\n" % text)
            os.kill(pid, signal.SIGKILL)
            sys.exit(99)

deadline = time.time() + 20
while time.time() < deadline:
    done, code = os.waitpid(pid, os.WNOHANG)
    if done:
        while pump(0.05):
            pass
        status = os.waitstatus_to_exitcode(code)
        break
    pump(0.1)
else:
    os.kill(pid, signal.SIGKILL)
    sys.stdout.write(output.decode(errors="replace"))
    sys.stdout.write("\n[pty-session: command did not end]\n")
    sys.exit(99)
sys.stdout.write(output.decode(errors="replace"))
sys.exit(status if status >= 0 else 128 - status)
