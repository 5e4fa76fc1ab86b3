#!/usr/bin/env python3
"""The run part of tests/perf/measure.sh: starts the release app and the reference in turn,
reads their `perf ...` lines and their memory, and prints the table of figures and budgets.

Start: from spawning the process to its `perf ready` line (the app: the wizard's connection
points step shown and interactive; the reference: its page shown). Memory: PSS (proportional
set size: shared pages divided among their users, as WebKit shares many) of the process and all
its descendants (WebKitWebProcess, WebKitNetworkProcess), read 3 s after ready while idle.
Autosave: the app's own timing of field edits through the IPC to a committed, fsynced write.

Where it goes: the app's start in phases (its `perf main` line, the page's time origin and its
marks, see ui/src/lib/perf.ts), and each app's memory by process and by kind of mapping (its
binary, WebKit's libraries, software GL, heap), as medians. Both apps also report when the frame
showing their content was produced (`painted`): the reference reports `ready` before its first
frame, the app only after its start screen's.
"""
import argparse
import json
import os
import selectors
import signal
import statistics
import subprocess
import tempfile
import time


# What a mapping is, for the memory's breakdown (first match wins; `exe` is the app's binary).
KINDS = (
    ("the binary", lambda path, exe: path == exe),
    ("WebKit and JavaScriptCore", lambda path, exe: "libwebkit2gtk" in path or "libjavascriptcoregtk" in path),
    ("software GL (llvmpipe)", lambda path, exe: "libLLVM" in path or "/dri/" in path or path.startswith("/dev/dri")),
    ("other libraries", lambda path, exe: ".so" in path),
    ("heap and anonymous", lambda path, exe: True),
)


def pss_kib(root_pid):
    """PSS in KiB of the process and its descendants: by process name, and by kind of mapping
    (KINDS) over all of them."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(") ", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    by_name, by_kind, stack, seen = {}, {}, [root_pid], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            with open(f"/proc/{pid}/comm") as f:
                name = f.read().strip()
            exe = os.readlink(f"/proc/{pid}/exe").removesuffix(" (deleted)")
            with open(f"/proc/{pid}/smaps") as f:
                kind = None
                for line in f:
                    fields = line.split()
                    if line[0] in "0123456789abcdef" and "-" in fields[0]:
                        path = fields[5] if len(fields) > 5 else ""
                        kind = next(k for k, matches in KINDS if matches(path, exe))
                    elif fields[0] == "Pss:":
                        by_name[name] = by_name.get(name, 0) + int(fields[1])
                        by_kind[kind] = by_kind.get(kind, 0) + int(fields[1])
        except OSError:
            pass
        stack.extend(children.get(pid, []))
    return by_name, by_kind


def run(command, env, wait_for_autosave, timeout=90):
    """One start: (ms to ready, PSS KiB by process when idle, autosave (p50, p99) or None,
    phases: ms since the spawn by name (with `first-screen-read`: the first screen interactive),
    PSS KiB by kind of mapping, steps (p50, p95, n) or None)."""
    started, spawned = time.monotonic(), time.time() * 1000
    # Unbuffered, split into lines here: a buffered readline could take two lines from the pipe
    # and leave the second unseen until more output came (the reference prints nothing more).
    proc = subprocess.Popen([command], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            bufsize=0, start_new_session=True)
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    ready_ms = memory = autosave = painted_at = first_ms = steps = None
    phases, pending, lines = {}, b"", []
    # Everything this start must report before it ends (the app's `painted` is among its phases).
    complete = lambda: (memory is not None and "page.origin" in phases
                        and ("painted" in phases or painted_at is not None)
                        and ((autosave is not None and steps is not None) or not wait_for_autosave))
    try:
        while time.monotonic() - started < timeout and not complete():
            if ready_ms is not None and memory is None and time.monotonic() - ready_at >= 3:
                memory = pss_kib(proc.pid)
                continue
            if not lines:
                if not selector.select(timeout=0.05):
                    if proc.poll() is not None:
                        raise SystemExit(f"{command} ended early ({proc.returncode})")
                    continue
                pending += os.read(proc.stdout.fileno(), 65536)
                *whole, pending = pending.split(b"\n")
                lines.extend(part.decode(errors="replace") for part in whole)
                continue
            line = lines.pop(0)
            if line.startswith("perf ready") and ready_ms is None:
                ready_at = time.monotonic()
                ready_ms = (ready_at - started) * 1000
            elif line.startswith("perf first-screen"):
                first_ms = (time.monotonic() - started) * 1000
            elif line.startswith("perf steps "):
                fields = dict(part.split("=") for part in line.split()[2:])
                steps = (float(fields["p50"]), float(fields["p95"]), int(fields["n"]))
            elif line.startswith("perf main "):
                phases["main"] = float(line.split("=")[1]) - spawned
            elif line.startswith("perf phases "):
                fields = dict(part.split("=") for part in line.split()[2:])
                origin = float(fields.pop("origin")) - spawned
                phases["page.origin"] = origin
                phases.update({name: origin + float(ms) for name, ms in fields.items()})
            elif line.startswith("perf painted "):
                # The reference's first frame, in ms after its page's origin (from its phases).
                painted_at = float(line.split("=")[1])
            elif line.startswith("perf autosave"):
                fields = dict(part.split("=") for part in line.split()[2:])
                autosave = (float(fields["p50"]), float(fields["p99"]))
        if not complete():
            raise SystemExit(f"{command}: no complete report within {timeout} s")
        if painted_at is not None:
            phases["painted"] = phases["page.origin"] + painted_at
        by_process, by_kind = memory
        # The app's first screen (the start screen) interactive; the reference has one screen.
        phases["first-screen-read"] = first_ms if first_ms is not None else ready_ms
        return ready_ms, by_process, autosave, phases, by_kind, steps
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def criterion_median_ms(directory, name):
    path = os.path.join(directory, name, "new", "estimates.json")
    with open(path) as f:
        return json.load(f)["median"]["point_estimate"] / 1e6


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--reference", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--binary-bytes", type=int, required=True)
    parser.add_argument("--reference-bytes", type=int, required=True)
    parser.add_argument("--deb-bytes", type=int, default=0)
    parser.add_argument("--criterion", required=True)
    args = parser.parse_args()

    data = tempfile.mkdtemp(prefix="kanta-perf-")
    env = dict(os.environ, KANTA_EXTRANET_PERF="1", KANTA_EXTRANET_DATA_DIR=data, LC_ALL="fi_FI.UTF-8")
    # One start each first: the app's first start creates its database and key; the figures are
    # of starts on an installed app, as a user's every day is.
    run(args.app, env, wait_for_autosave=False)
    run(args.reference, env, wait_for_autosave=False)
    app, ref = [], []
    for _ in range(args.runs):
        app.append(run(args.app, env, wait_for_autosave=True))
        ref.append(run(args.reference, env, wait_for_autosave=False))

    median = statistics.median
    app_start, ref_start = median(r[0] for r in app), median(r[0] for r in ref)
    app_mem, ref_mem = median(sum(r[1].values()) for r in app) / 1024, median(sum(r[1].values()) for r in ref) / 1024
    p50, p99 = median(r[2][0] for r in app), median(r[2][1] for r in app)
    crit = lambda name: criterion_median_ms(args.criterion, name)
    pdf_ms = crit("commitment PDF (fi)")
    drafts_ms = crit("start screen over 10,000 drafts")
    validate_ms = crit("validate a large application (40 points, 200 contacts)")
    autosave_core_ms = crit("autosave one field edit (crash-safe write)")
    binary_mb, deb_mb = args.binary_bytes / 1e6, args.deb_bytes / 1e6

    def row(figure, measured, budget, met):
        print(f"| {figure} | {measured} | {budget} | {'' if met is None else 'met' if met else 'MISSED'} |")

    print(f"\n{args.runs} runs each, medians; {os.cpu_count()} cores, {os.uname().release}\n")
    print("| figure | measured | budget | |")
    print("|---|---|---|---|")
    row("start to the wizard interactive", f"{app_start:.0f} ms vs reference {ref_start:.0f} ms: {app_start / ref_start:.2f}×",
        "≤ 1.2× the reference", app_start <= 1.2 * ref_start)
    row("memory idle on a wizard step (PSS, app + WebKit)", f"{app_mem:.0f} MiB vs reference {ref_mem:.0f} MiB: {app_mem / ref_mem:.2f}×",
        "≤ 1.2× the reference", app_mem <= 1.2 * ref_mem)
    app_first, ref_first = (median(r[3]["first-screen-read"] for r in runs) for runs in (app, ref))
    row("start to the first screen interactive (the start screen; the reference's page)",
        f"{app_first:.0f} ms vs reference {ref_first:.0f} ms: {app_first / ref_first:.2f}×", "≤ 1.2× the reference",
        app_first <= 1.2 * ref_first)
    step_p50, step_p95 = median(r[5][0] for r in app), median(r[5][1] for r in app)
    row(f"a click on a step action to the next step painted ({app[0][5][2]} steps, median of runs)",
        f"p50 {step_p50:.0f} ms, p95 {step_p95:.0f} ms", "none set", None)
    row("field edit to crash-safe in SQLite, through the IPC", f"p50 {p50:.2f} ms, p99 {p99:.2f} ms", "p99 ≤ 5 ms", p99 <= 5)
    row("commitment PDF (criterion median)", f"{pdf_ms:.2f} ms", "≤ 30 ms", pdf_ms <= 30)
    row("drafts list over 10,000 drafts (criterion median)", f"{drafts_ms:.1f} ms", "≤ 50 ms", drafts_ms <= 50)
    row("stripped release binary", f"{binary_mb:.1f} MB (reference {args.reference_bytes / 1e6:.1f} MB)", "≤ 12 MB",
        binary_mb <= 12)
    if args.deb_bytes:
        row("Linux .deb", f"{deb_mb:.1f} MB", "≤ 6 MB", deb_mb <= 6)
    else:
        print("| Linux .deb | not built (the Tauri CLI could not be installed from npm) | ≤ 6 MB | |")
    print(f"\nAlso (criterion medians): validating a large application {validate_ms:.2f} ms; "
          f"one autosave in the core {autosave_core_ms:.2f} ms.")
    # The same milestone for both: the frame showing the page (the reference's) or the wizard (the
    # app's) produced. The reference reports `ready` before its first frame, the app after its
    # start screen's; this says what WebKit's frames add.
    app_painted, ref_painted = (median(r[3]["painted"] for r in runs) for runs in (app, ref))
    print(f"To the first frame with the wizard (app) or the page (reference) produced: {app_painted:.0f} ms vs "
          f"{ref_painted:.0f} ms: {app_painted / ref_painted:.2f}×.")

    # Where it goes: the start in phases (ms since the spawn); memory by process and by kind of
    # mapping (MiB).
    for label, runs in (("app", app), ("reference", ref)):
        names = sorted({name for r in runs for name in r[3]}, key=lambda n: median(r[3].get(n, 0) for r in runs))
        print(f"The {label}'s start, ms since the spawn (medians): " +
              ", ".join(f"{name} {median(r[3][name] for r in runs if name in r[3]):.0f}" for name in names) +
              f"; `perf ready` read at {median(r[0] for r in runs):.0f}")
    for index, by in ((1, "process"), (4, "kind of mapping, all processes")):
        for label, runs in (("app", app), ("reference", ref)):
            parts = sorted({part for r in runs for part in r[index]})
            print(f"PSS of the {label} by {by}, MiB (medians): " +
                  ", ".join(f"{part} {median(r[index].get(part, 0) for r in runs) / 1024:.0f}" for part in parts))


if __name__ == "__main__":
    main()
