#!/usr/bin/python3
"""Walks Cramp Diary's real AT-SPI tree, as a screen reader sees it.

Run by CTest inside dbus-run-session and xvfb-run (see CMakeLists.txt) with the app
already started. It visits every page of the window and the dialogs opened from the
window's buttons and menus, and fails when:
  - an interactive object on screen has no name,
  - Tab, pressed as a user does (xdotool), stops on something with no name, on any page
    or dialog, or walks Insights' guidance links without telling the screen reader,
  - a quick log target (severity, leg, muscle) does not say its key,
  - Home's last two weeks are not read night by night, newest first,
  - a drop-down has no label (on Linux its name is its value; Orca says its label),
  - a Home figure cannot be read as text (its name must be what the card says).
Usage: atspi_walk.py APP_NAME
"""
import subprocess
import sys
import time

import pyatspi
from gi.repository import Atspi, GLib

INTERACTIVE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "spin button",
    "text", "password text", "entry", "slider", "link", "page tab", "list", "table",
    "tree", "tree table", "menu item", "check menu item", "radio menu item", "calendar",
}
# Children that belong to their view and are read through it (cells, rows, options).
ITEM_ROLES = {"table cell", "list item", "tree item", "table row", "table column header",
              "table row header", "column header", "row header"}
# Dialogs opened from the window: the section to show first, and the button or menu item.
DIALOG_OPENERS = [
    ("Home", "push button", "Log a cramp"),
    ("Home", "push button", "Evening check-in"),
    ("Home", "menu item", "Add a cramp with details\u2026"),
    ("Home", "menu item", "Medicines\u2026"),
    ("Home", "menu item", "My factors\u2026"),
    ("Home", "menu item", "Settings\u2026"),
    ("Diary", "push button", "Mark nights as not tracked"),
    ("Self-experiment", "push button", "Plan a self-experiment\u2026"),
]
CLOSERS = ("Cancel", "Close", "Start my diary", "Done")  # name starts with one

problems = []
checked = 0

# What a screen reader hears as Tab moves: focus changes, and the caret moving onto a link.
focus_events = []
caret_events = []
_focus_listener = Atspi.EventListener.new(lambda e: e.detail1 and focus_events.append(e.source))
_caret_listener = Atspi.EventListener.new(lambda e: caret_events.append(e.source))


def listen():
    """Asks for the events. Qt's bridge sends only the kinds that someone listens to, and
    learns of listeners from the registry while it runs, so this comes after it started."""
    _focus_listener.register("object:state-changed:focused")
    _caret_listener.register("object:text-caret-moved")
    pump(1.0)


def pump(seconds):
    """Lets the events of the last key arrive."""
    context = GLib.MainContext.default()
    end = time.time() + seconds
    while time.time() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def focus_window(title):
    """Gives the X keyboard focus to the window whose title starts with `title`, or with no
    title to the newest window (the dialog just opened). There is no window manager to do it."""
    for _ in range(50):
        ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title or '.'}"],
                             capture_output=True, text=True).stdout.split()
        if ids:
            newest = max(ids, key=int)
            subprocess.run(["xdotool", "windowfocus", "--sync", newest], check=False)
            now = subprocess.run(["xdotool", "getwindowfocus"], capture_output=True, text=True).stdout.strip()
            if now == newest:
                return True
        time.sleep(0.2)
    problems.append(f"cannot give the keyboard focus to the window {title!r}")
    return False


def stop_key(node):
    """Tells Tab stops apart: role, name and place among the parents' children."""
    place, up = [], node
    for _ in range(4):
        if up is None:
            break
        place.append(up.getIndexInParent())
        up = up.parent
    return (node.getRoleName(), node.name or "", tuple(place))


def tab_walk(where, title):
    """Presses Tab until the focus comes round again; every stop must say what it is.
    Returns how often Tab moved the caret within a stop (onto a link in a text)."""
    if not focus_window(title):
        return 0
    pump(0.3)
    focus_events.clear()
    caret_events.clear()
    stops, carets = [], 0
    for _ in range(90):
        subprocess.run(["xdotool", "key", "Tab"], check=True)
        pump(0.15)
        if not focus_events:  # Tab moved within a stop: a link inside a text
            carets += len(caret_events) > 0
            caret_events.clear()
            continue
        stop = focus_events[-1]
        focus_events.clear()
        caret_events.clear()
        key = stop_key(stop)
        if stops and key == stops[0]:
            break
        stops.append(key)
        if not key[1].strip():
            problems.append(f"{where}: Tab stops on a {key[0]} with no name "
                            f"(description {stop.description!r}, parent {stop.parent.name!r})")
    else:
        problems.append(f"{where}: Tab never came round to its first stop: {[k[1] for k in stops]}")
    print(f"{where}: Tab walks {len(stops)} stops, all named" if all(k[1].strip() for k in stops)
          else f"{where}: Tab walks {len(stops)} stops")
    return carets


def wait_for(what, timeout=20.0):
    end = time.time() + timeout
    while time.time() < end:
        found = what()
        if found:
            return found
        time.sleep(0.2)
    return None


def find_app(name):
    def look():
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        return None
    return wait_for(look)


def showing(node):
    states = node.getState()
    return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


def children(node):
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield child


def label_of(node):
    """The text of the label a control is labelled by (a buddy label), or ''."""
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                text = (relation.getTarget(i).name or "").strip()
                if text:
                    return text
    return ""


def check_tree(node, where, depth=0):
    """Checks every interactive object on screen under node."""
    global checked
    if depth > 60 or not showing(node):
        return
    role = node.getRoleName()
    clickable = role in ("push button", "toggle button", "check box", "link")
    if role in INTERACTIVE and (clickable or node.getState().contains(pyatspi.STATE_FOCUSABLE)):
        checked += 1
        name = (node.name or "").strip()
        if not name:
            problems.append(f"{where}: a {role} has no name (description: {node.description!r})")
        if role == "combo box" and not label_of(node):
            # On Linux a drop-down's name is its value; Orca says what it is from its label.
            problems.append(f"{where}: the drop-down showing {name!r} has no label")
    if role in ("combo box", "table", "tree", "tree table"):
        return  # its items are read through it
    for child in children(node):
        if child.getRoleName() in ITEM_ROLES:
            continue
        check_tree(child, where, depth + 1)


def find(node, role, name, depth=0):
    if depth > 60:
        return None
    if node.getRoleName() == role and (node.name or "").replace("&", "") == name:
        return node
    if node.getRoleName() in ("table", "tree", "tree table"):
        return None
    for child in children(node):
        hit = find(child, role, name, depth + 1)
        if hit:
            return hit
    return None


def find_all(node, predicate, depth=0, found=None):
    found = [] if found is None else found
    if depth > 60:
        return found
    if predicate(node):
        found.append(node)
    if node.getRoleName() not in ("table", "tree", "tree table"):
        for child in children(node):
            find_all(child, predicate, depth + 1, found)
    return found


def act(node):
    """Does the node's main action. A menu item that opens a modal dialog answers only when
    the dialog closes, so the call gives up waiting after a moment (the dialog is open)."""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    index = next((i for i, n in enumerate(names) if n in ("Press", "press", "click", "activate", "Toggle")), 0)
    Atspi.set_timeout(1500, -1)
    try:
        action.doAction(index)
    except GLib.GError:
        pass
    finally:
        Atspi.set_timeout(25000, -1)


def check_home_figures(frame):
    """Each Home card says its figure in its name; what the card is, is its description."""
    home = find(frame, "filler", "Home")
    cards = find_all(home, lambda n: n.getRoleName() == "label" and n.description and showing(n))
    if len(cards) < 3:
        problems.append(f"Home: expected the figure cards, found {len(cards)} described labels")
    for card in cards:
        name = (card.name or "").strip()
        if not name or name == card.description.strip():
            problems.append(f"Home: the card {card.description!r} is read as {name!r}, not as what it says")
        print(f"  {card.description}: {name[:70]!r}")
    print(f"Home: {len(cards)} figure cards read as text")


def check_quick_log_keys(dialog):
    """Each target of the quick log says the key that chooses it, in its name or description."""
    # Checkable buttons: Qt's bridge gives them the check box role.
    targets = find_all(dialog, lambda n: n.getRoleName() in ("push button", "toggle button", "check box")
                       and (n.name or "").startswith(("Severity", "Leg:", "Muscle:")))
    if len(targets) < 11 + 3 + 6:
        problems.append(f"quick log: expected 20 targets, found {len(targets)}")
    for target in targets:
        said = f"{target.name} {target.description or ''}"
        if "key" not in said.lower():
            problems.append(f"quick log: {target.name!r} does not say its key ({said!r})")
    print(f"quick log: {len(targets)} targets say their key")


def check_recent_nights(frame):
    """Home's last two weeks: a named group whose nights are read in order, newest first."""
    group = find_all(frame, lambda n: (n.name or "").startswith("The last two weeks") and n.getRoleName() != "label")
    if not group:
        problems.append("Home: the last two weeks are not a named group")
        return
    # Each night's words are described by their night ("Night of Sat 5 Dec").
    days = [n.description[len("Night of "):] for n in find_all(
        group[0], lambda n: n.getRoleName() == "label" and (n.description or "").startswith("Night of "))]
    numbers = [int(next(word for word in day.split() if word.isdigit())) for day in days]
    for newer, older in zip(numbers, numbers[1:]):
        if not (newer - older == 1 or (newer == 1 and older >= 28)):
            problems.append(f"Home: the last two weeks are read out of order: {days}")
            break
    if len(numbers) != 14:
        problems.append(f"Home: the last two weeks read {len(numbers)} nights, not 14: {days}")
    print(f"Home: the last two weeks read newest first: {days[:3]} ... {days[-1:]}")


def open_dialogs(app):
    return [w for w in children(app) if w.getRoleName() == "dialog" and showing(w)]


def walk_dialog(app, dialog):
    time.sleep(0.4)
    before = checked
    check_tree(dialog, f"dialog {dialog.name!r}")
    if dialog.name == "Quick cramp log":
        check_quick_log_keys(dialog)
    tab_walk(f"dialog {dialog.name!r}", None)
    print(f"dialog {dialog.name!r}: {checked - before} interactive objects checked")
    closer = next(iter(find_all(dialog, lambda n: n.getRoleName() == "push button"
                                and (n.name or "").replace("&", "").startswith(CLOSERS))), None)
    if closer is None:
        buttons = [b.name for b in find_all(dialog, lambda n: n.getRoleName() == "push button")]
        problems.append(f"dialog {dialog.name!r}: no Cancel or Close button among {buttons}")
        sys.exit("\n".join(problems))  # the dialog would block every later step
    act(closer)
    wait_for(lambda: not open_dialogs(app), 10)


def main():
    global checked
    app = find_app(sys.argv[1])
    if app is None:
        sys.exit("the app never appeared on the accessibility bus")
    listen()
    frame = wait_for(lambda: next((w for w in children(app) if w.getRoleName() == "frame"), None))
    welcome = wait_for(lambda: next((w for w in children(app) if w.getRoleName() == "dialog"), None), 5)
    if welcome is not None:  # the first start greets a new diary
        walk_dialog(app, welcome)
    sections = wait_for(lambda: find(frame, "list", "Sections"))
    if sections is None:
        sys.exit("no 'Sections' list in the window")
    items = list(children(sections))
    for item in items:
        page = item.name
        act(item)  # a list item's "Toggle" selects it, which shows its page
        time.sleep(0.6)
        before = checked
        check_tree(frame, page)
        # A search field's clear button shows once something is typed.
        for field in find_all(frame, lambda n: n.getRoleName() == "text" and showing(n)
                              and (n.name or "").startswith("Search")):
            field.queryEditableText().setTextContents("calf")
            time.sleep(0.3)
            check_tree(field, f"{page}, {field.name!r} with text in it")
            field.queryEditableText().setTextContents("")
        print(f"{page}: {checked - before} interactive objects checked")
        carets = tab_walk(page, "Cramp Diary")
        if page == "Insights":  # the findings' words link the guidance; Tab reads each link
            print(f"Insights: Tab reads {carets} guidance links in the findings")
            if carets < 3:
                problems.append(f"Insights: Tab moved onto only {carets} guidance links with the caret told")
        if page == "Home":
            check_home_figures(frame)
            check_recent_nights(frame)

    act(items[0])
    time.sleep(0.5)
    # The toolbar's overflow button shows only in a narrow window; it needs its name then.
    toolbar = next(w for w in children(frame) if w.getRoleName() == "tool bar")
    for button in find_all(toolbar, lambda n: n.getRoleName() == "push button"):
        checked += 1
        if not (button.name or "").strip():
            problems.append(f"toolbar: a button has no name (description: {button.description!r})")
    for page, role, name in DIALOG_OPENERS:
        act(next(item for item in items if item.name == page))
        time.sleep(0.5)
        opener = find(frame, role, name)
        if opener is None:
            problems.append(f"cannot find the {role} {name!r}")
            continue
        act(opener)
        dialog = wait_for(lambda: next(iter(open_dialogs(app)), None), 10)
        if dialog is None:
            problems.append(f"{name}: no dialog opened")
            continue
        walk_dialog(app, dialog)

    print(f"{checked} interactive objects checked in all")
    if problems:
        print("\n".join(problems))
        sys.exit(1)


main()
