"""Parses calendars with python3-icalendar and checks iTIP rules with libical (ICalGLib restriction check).

Usage: /usr/bin/python3 check_ical.py FILE...  Prints one JSON result per file (a list).
"""
import json
import sys

import gi
import icalendar

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402


def check(path):
    text = open(path, "rb").read()
    result = {"file": path}
    try:
        calendar = icalendar.Calendar.from_ical(text)
        result["method"] = str(calendar.get("METHOD"))
        events = []
        for event in calendar.walk("VEVENT"):
            start = event.decoded("DTSTART")
            events.append({
                "uid": str(event.get("UID")),
                "sequence": int(event.get("SEQUENCE", -1)),
                "summary": str(event.get("SUMMARY")),
                "location": str(event.get("LOCATION")) if event.get("LOCATION") is not None else None,
                "description": str(event.get("DESCRIPTION")) if event.get("DESCRIPTION") is not None else None,
                "start": start.isoformat(),
                "attendees": [str(a) for a in (event.get("ATTENDEE") if isinstance(event.get("ATTENDEE"), list) else [event.get("ATTENDEE")] if event.get("ATTENDEE") is not None else [])],
                "attendeeNames": [str(a.params.get("CN")) for a in (event.get("ATTENDEE") if isinstance(event.get("ATTENDEE"), list) else [event.get("ATTENDEE")] if event.get("ATTENDEE") is not None else [])],
            })
        result["events"] = events
        result["pythonOk"] = True
    except Exception as error:  # the test reports what failed
        result["pythonOk"] = False
        result["pythonError"] = repr(error)

    component = ICalGLib.Component.new_from_string(text.decode("utf-8"))
    if component is None:
        result["libicalOk"] = False
        result["libicalErrors"] = ["not parsed"]
    else:
        restriction = bool(ICalGLib.restriction_check(component))
        errors = [line for line in component.as_ical_string().splitlines() if "X-LIC-ERROR" in line]
        result["libicalOk"] = restriction and not errors
        result["libicalErrors"] = errors
    return result


print(json.dumps([check(path) for path in sys.argv[1:]]))
