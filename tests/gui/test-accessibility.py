#!/usr/bin/python3
# SPDX-License-Identifier: EUPL-1.2
"""Walks the AT-SPI tree of the running app, as a screen reader sees it, and
fails on controls without an accessible name. It opens the case list, a new
case and an existing case through their buttons (AT-SPI actions, as assistive
technology would), checking each view. Prints TAP.

Run under xvfb-run + dbus-run-session (see tests/meson.build)."""

import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_SLIDER, pyatspi.ROLE_SWITCH if hasattr(pyatspi, "ROLE_SWITCH") else -1,
    pyatspi.ROLE_MENU_ITEM,
}

results = []
# TAP goes to fd 3 when the runner opened it (tests/gui/run-gui-test.sh);
# stdout is shared with the D-Bus services.
try:
    tap = os.fdopen(3, "w")
except OSError:
    tap = sys.stdout


def report(ok, text):
    results.append((ok, text))
    print(("ok" if ok else "not ok"), len(results), "-", text, file=tap, flush=True)


# The bound of every wait: far above what any step takes on a loaded machine.
TIMEOUT = 30


def wait_until(condition, timeout=TIMEOUT):
    """Polls @condition until it returns something true, and returns that;
    None once @timeout seconds have passed. No wait lasts longer than the
    condition needs."""
    end = time.monotonic() + timeout
    while True:
        try:
            value = condition()
        except Exception:
            # A node can go away while the tree changes under us.
            value = None
        if value:
            return value
        if time.monotonic() >= end:
            return None
        time.sleep(0.05)


def app_on_bus(name):
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == name:
            return app
    return None


def find_app(name):
    return wait_until(lambda: app_on_bus(name))


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    for child in node:
        yield from walk(child, depth + 1)


def showing(node):
    try:
        # GTK 4.8 reports "visible" but never "showing".
        return node.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def inside_combo_popup(node):
    # GTK 4.8 gives the rows of a drop-down's popup no name of their own;
    # their label is read from the row's text. Those rows are GTK's, not ours.
    p = node.parent
    while p is not None:
        if p.getRole() == pyatspi.ROLE_COMBO_BOX:
            return True
        p = p.parent
    return False


def unnamed_controls(root):
    bad = []
    for node in walk(root):
        try:
            role = node.getRole()
        except Exception:
            continue
        if (role in INTERACTIVE and showing(node) and not (node.name or "").strip()
                and not inside_combo_popup(node)):
            path = []
            p = node
            while p is not None and len(path) < 6:
                path.append(p.getRoleName())
                p = p.parent
            bad.append(" < ".join(path))
    return bad


def find_by_name(root, name, roles=(pyatspi.ROLE_PUSH_BUTTON,)):
    for node in walk(root):
        try:
            if (roles is None or node.getRole() in roles) and node.name == name and showing(node):
                return node
        except Exception:
            pass
    return None


def click(node):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "activate", "press"):
            action.doAction(i)
            return True
    return False


def check_view(app, label):
    bad = unnamed_controls(app)
    report(not bad, "%s: every visible control has an accessible name%s"
           % (label, "" if not bad else " (unnamed: %s)" % "; ".join(bad[:8])))


SWITCH_ROLES = (pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON,
                pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_RADIO_BUTTON)


def switched_on(node):
    state = node.getState()
    return any(state.contains(s) for s in (pyatspi.STATE_CHECKED, pyatspi.STATE_PRESSED,
                                           pyatspi.STATE_SELECTED))


def open_view(switch):
    """Clicks a view switcher's button and waits until it is on: the app
    switches the view in the same step. False when it is not within the
    bound. (Looking for a control of the view instead walks the whole
    tree, which takes seconds, on every try.)"""
    click(switch)
    return bool(wait_until(lambda: switched_on(switch)))


def find_any(app, names):
    for name in names:
        node = find_by_name(app, name, roles=SWITCH_ROLES)
        if node is not None:
            return node
    return None


def check_planning(app):
    # The planning page (issue 6) and its three views: offers, week, demand.
    switch = find_any(app, ("Planning",))
    report(switch is not None, "the Planning page is reachable from the view switcher")
    if switch is None:
        return
    report(open_view(switch), "the Planning page opens")
    check_view(app, "planning page")
    for label, names in (("planning week view", ("Week",)),
                         ("planning demand view", ("Demand and Supply", "Vraag en aanbod")),
                         ("planning offers view", ("Offers", "Aanbod"))):
        view = find_any(app, names)
        report(view is not None, "the %s is reachable by its name" % label)
        if view is not None:
            report(open_view(view), "the %s opens" % label)
            check_view(app, label)


def main():
    builddir = sys.argv[1]
    tmp = tempfile.mkdtemp(prefix="bw-a11y-")
    env = dict(os.environ)
    env["GSETTINGS_SCHEMA_DIR"] = os.path.join(builddir, "data")
    env["GSETTINGS_BACKEND"] = "memory"
    env.pop("GTK_A11Y", None)
    env["G_DEBUG"] = "fatal-criticals"
    argv = [os.path.join(builddir, "src", "app", "buurtwerk"), "--database", os.path.join(tmp, "cases.db")]
    proc = subprocess.Popen(argv, env=env)
    print("TAP version 13", file=tap, flush=True)
    try:
        # Xvfb can still be coming up when the first client connects; an app
        # that could not open the display exits, and is started again.
        app = None
        for _ in range(3):
            found = wait_until(lambda: proc.poll() is not None or app_on_bus("buurtwerk"))
            if proc.poll() is None:
                app = found or None
                break
            proc = subprocess.Popen(argv, env=env)
        else:
            app = find_app("buurtwerk")
        report(app is not None, "the app appears on the accessibility bus")
        if app is None:
            return
        # The case list is the first view: its header bar's + button shows.
        new_case = wait_until(lambda: find_by_name(app, "New case"))
        check_view(app, "case list")

        report(new_case is not None, "the New case button is found by its name")
        if new_case is not None:
            click(new_case)
            report(bool(wait_until(lambda: find_by_name(app, "Case menu", roles=None))),
                   "the new case page opens")
            check_view(app, "new case page")

        # The map page, through the view switcher as a keyboard or screen
        # reader user would reach it.
        switch = None
        for name in ("Map", "Kaart"):
            switch = find_by_name(app, name, roles=(pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON,
                                                     pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_RADIO_BUTTON))
            if switch is not None:
                break
        report(switch is not None, "the Map page is reachable from the view switcher")
        if switch is not None:
            report(open_view(switch), "the Map page opens")
            check_view(app, "map page")
            check_planning(app)
            back = None
            for name in ("Cases", "Casussen"):
                back = find_by_name(app, name, roles=(pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON,
                                                       pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_RADIO_BUTTON))
                if back is not None:
                    break
            if back is not None:
                click(back)

        def case_rows():
            return [n for n in walk(app) if n.getRole() == pyatspi.ROLE_LIST_ITEM and showing(n)
                    and "last contact" in (n.name or "")]
        rows = wait_until(case_rows) or []
        report(len(rows) > 0, "case rows say name, status and last contact to a screen reader")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        # Its database holds demo residents: nothing stays behind.
        shutil.rmtree(tmp, ignore_errors=True)
    print("1..%d" % len(results), file=tap, flush=True)
    sys.exit(0 if all(ok for ok, _ in results) else 1)


if __name__ == "__main__":
    main()
