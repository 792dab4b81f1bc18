"""A real SMTP server on loopback for the tests (Debian's python3-aiosmtpd).

Every accepted message is written to DIR as <n>.json: envelope recipients, decoded headers, text and HTML body, an iCalendar part
(with its method parameter), attachment names (their bytes as <n>.<i>.bin) and the MIME structure.
Recipients whose address contains "refuse" are rejected with 550. Prints "ready" once it listens.
Usage: python3 smtp_sink.py PORT DIR, or python3 smtp_sink.py --parse FILE.eml OUT (writes OUT.json and OUT.<i>.bin)
"""
import email
import email.policy
import json
import os
import signal
import sys
import threading
import time

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if "refuse" in address:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content or envelope.content
        with self.lock:
            self.count += 1
            name = os.path.join(self.directory, "%d-%d" % (time.time_ns(), self.count))
        write(describe(data, name, envelope.mail_from, envelope.rcpt_tos), name)
        return "250 Message accepted for delivery"


def describe(data, name, mail_from, rcpt_tos):
    """The record of one message; attachment bytes are written next to it as NAME.N.bin."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    calendar = next((p for p in message.walk() if p.get_content_type() == "text/calendar"), None)
    attached = [p for p in message.walk() if p.get_filename()]
    files = []
    for i, part in enumerate(attached):
        path = "%s.%d.bin" % (name, i)
        with open(path, "wb") as f:
            f.write(part.get_payload(decode=True) or b"")
        files.append(path)
    return {
        "envelopeFrom": mail_from,
        "envelopeTo": rcpt_tos,
        "to": str(message["To"] or ""),
        "from": str(message["From"] or ""),
        "subject": str(message["Subject"] or ""),
        "messageId": str(message["Message-ID"] or ""),
        "autoSubmitted": str(message["Auto-Submitted"] or ""),
        "contentType": message.get_content_type(),
        "text": text.get_content() if text is not None else None,
        "html": html.get_content() if html is not None else None,
        "calendar": calendar.get_content() if calendar is not None else None,
        "calendarMethod": calendar.get_param("method") if calendar is not None else None,
        "attachments": [p.get_filename() for p in attached],
        "attachmentFiles": files,
        "parts": [p.get_content_type() for p in message.walk()],
    }


def write(record, name):
    with open(name + ".json.tmp", "w", encoding="utf-8") as f:
        json.dump(record, f)
    os.rename(name + ".json.tmp", name + ".json")


def main():
    if sys.argv[1] == "--parse":
        # python3 smtp_sink.py --parse FILE.eml OUT: the same record for a message written to disk (pickup directory).
        with open(sys.argv[2], "rb") as f:
            write(describe(f.read(), sys.argv[3], "", []), sys.argv[3])
        return
    port = int(sys.argv[1])
    directory = sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    try:
        while not stop.is_set() and sys.stdin.readline() != "":
            pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
