// Parses calendars with ical.js (Mozilla's parser, behind Thunderbird) and prints what it understood as JSON.
// Usage: node check_ical.cjs FILE...  (one calendar per file; several files per launch keep the tests fast)
'use strict';
const fs = require('fs');
const ICAL = require('ical.js');

const results = process.argv.slice(2).map((file) => {
  try {
    const root = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
    for (const zone of root.getAllSubcomponents('vtimezone')) {
      ICAL.TimezoneService.register(zone);
    }
    const events = root.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const dtstart = component.getFirstProperty('dtstart');
      return {
        uid: event.uid,
        sequence: event.sequence,
        summary: event.summary,
        location: event.location,
        description: event.description,
        status: component.getFirstPropertyValue('status'),
        url: component.getFirstPropertyValue('url'),
        start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
        end: event.endDate.isDate ? event.endDate.toString() : event.endDate.toJSDate().toISOString(),
        tzid: dtstart.getParameter('tzid') || null,
        organizer: component.getFirstPropertyValue('organizer'),
        attendees: component.getAllProperties('attendee').map((p) => ({
          value: p.getFirstValue(),
          cn: p.getParameter('cn') || null,
          role: p.getParameter('role') || null,
          partstat: p.getParameter('partstat') || null,
          rsvp: p.getParameter('rsvp') || null,
        })),
        propertyNames: component.getAllProperties().map((p) => p.name),
      };
    });
    return { file, ok: true, method: root.getFirstPropertyValue('method'), version: root.getFirstPropertyValue('version'), events };
  } catch (error) {
    return { file, ok: false, error: String(error) };
  }
});
process.stdout.write(JSON.stringify(results));
