#!/usr/bin/python3
"""A stand-in for the desktop's notification service, on a private session bus.

Records every Notify call as one JSON line in the log file given as the first argument.
With a second argument (an action key), it invokes that action right after each Notify,
as a person clicking the notification's button would.
"""
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, log_path, click):
        super().__init__(bus, PATH)
        self.log_path = log_path
        self.click = click
        self.next_id = 0

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        self.next_id += 1
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps({"app": str(app), "summary": str(summary), "body": str(body),
                                  "actions": [str(a) for a in actions],
                                  "urgency": int(hints.get("urgency", -1)), "timeout": int(timeout)}) + "\n")
        if self.click:
            GLib.timeout_add(200, self.ActionInvoked, dbus.UInt32(self.next_id), self.click)
        return dbus.UInt32(self.next_id)

    @dbus.service.method(NAME, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["actions", "body"]

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, notification_id):
        self.NotificationClosed(notification_id, dbus.UInt32(3))

    @dbus.service.method(NAME, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("fake", "cramp-diary-tests", "1", "1.2")

    @dbus.service.signal(NAME, signature="us")
    def ActionInvoked(self, notification_id, action_key):
        return False  # for GLib.timeout_add: run once

    @dbus.service.signal(NAME, signature="uu")
    def NotificationClosed(self, notification_id, reason):
        pass


def main():
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(NAME, bus)
    server = Server(bus, sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "")
    print("ready", flush=True)
    GLib.MainLoop().run()
    del name, server


if __name__ == "__main__":
    main()
