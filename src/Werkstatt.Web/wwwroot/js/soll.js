// Live to-be modelling (SOLL): the facilitator's bpmn-js modeler sends every change (debounced, the whole XML) to
// the SignalR hub; everyone else's viewer imports what arrives. Unsent changes live in localStorage and are sent again
// after a reconnect, so nothing typed is lost when the connection drops.
(function () {
  'use strict';
  var root = document.getElementById('soll-live');
  if (!root || !window.signalR || !window.BpmnJS) { return; }
  root.hidden = false;
  var werkstatt = root.dataset.werkstatt, processId = root.dataset.process, edit = root.dataset.edit === 'true';
  var storeKey = 'werkstatt.soll.' + werkstatt + '.' + processId;
  var api = '/api/v1/werkstaetten/' + werkstatt + '/processes/' + processId + '/soll';
  var statusLine = document.getElementById('soll-status');
  var EMPTY = '<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ' +
    'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="Definitions_soll" ' +
    'targetNamespace="http://bpmn.io/schema/bpmn"><bpmn:process id="Process_soll" isExecutable="false"><bpmn:startEvent id="StartEvent_1" name="Start"/></bpmn:process>' +
    '<bpmndi:BPMNDiagram id="Diagram_soll"><bpmndi:BPMNPlane id="Plane_soll" bpmnElement="Process_soll"><bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">' +
    '<dc:Bounds x="180" y="160" width="36" height="36"/></bpmndi:BPMNShape></bpmndi:BPMNPlane></bpmndi:BPMNDiagram></bpmn:definitions>';

  var bpmn = new window.BpmnJS({ container: '#soll-canvas' });
  var revision = 0, importing = false, shown = false, timer = null, pending = null, basis = null;
  var version = parseInt(root.dataset.version, 10) || 0, latest = parseInt(root.dataset.latest, 10) || 0;
  window.werkstattSoll = { bpmn: bpmn, revision: function () { return revision; } };

  function say(text) { statusLine.textContent = text; }
  function stored() { try { return JSON.parse(localStorage.getItem(storeKey) || 'null'); } catch (e) { return null; } }
  function store(xml, unsent) { try { localStorage.setItem(storeKey, JSON.stringify({ xml: xml, unsent: unsent, basis: basis })); } catch (e) { /* private mode: live only */ } }

  async function show(xml) {
    importing = true;
    var canvas = bpmn.get('canvas');
    var box = shown ? canvas.viewbox() : null;
    try {
      await bpmn.importXML(xml);
      if (box) { canvas.viewbox(box); } else { canvas.zoom('fit-viewport', 'auto'); }
      shown = true;
    } finally { importing = false; }
  }

  var connection = new window.signalR.HubConnectionBuilder()
    .withUrl('/hubs/soll?werkstatt=' + encodeURIComponent(werkstatt))
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: function (ctx) { return Math.min(1000 * (ctx.previousRetryCount + 1), 10000); } })
    .build();

  connection.on('Changed', async function (change) {
    if (change.revision <= revision) { return; }
    revision = change.revision;
    if (edit && pending) { return; } // our own unsent change wins; it is sent next
    await show(change.xml);
    root.dataset.revision = String(revision);
    say('Live: Stand ' + revision + ' von ' + change.by + '.');
  });
  connection.on('Saved', function (saved) {
    version = saved.version; latest = saved.number;
    say('Version ' + saved.number + ' gespeichert von ' + saved.by + ' (' + saved.findings.length + ' Befunde).');
    var list = document.getElementById('soll-findings');
    list.textContent = '';
    saved.findings.forEach(function (f) { var li = document.createElement('li'); li.textContent = f; list.appendChild(li); });
  });
  connection.on('Commented', function (c) {
    var li = document.createElement('li');
    var who = document.createElement('strong'); who.textContent = c.by;
    li.appendChild(who);
    li.appendChild(document.createTextNode((c.elementId ? ' zu Element ' + c.elementId : '') + ': ' + c.text));
    document.getElementById('soll-comments').appendChild(li);
    var none = document.getElementById('soll-no-comments'); if (none) { none.remove(); }
  });
  connection.on('Pointed', function (p) {
    if (!p.elementId || !bpmn.get('elementRegistry').get(p.elementId)) { return; }
    var canvas = bpmn.get('canvas');
    canvas.addMarker(p.elementId, 'soll-pointed');
    say(p.by + ' zeigt auf ein Element.');
    setTimeout(function () { try { canvas.removeMarker(p.elementId, 'soll-pointed'); } catch (e) { /* re-imported */ } }, 4000);
  });

  async function send() {
    if (!pending || connection.state !== 'Connected') { return; }
    var xml = pending;
    try {
      var rev = await connection.invoke('Change', werkstatt, processId, xml, performance.timeOrigin + performance.now());
      revision = Math.max(revision, rev);
      root.dataset.revision = String(revision);
      if (pending === xml) { pending = null; store(xml, false); say('Live: Stand ' + revision + ' an alle gesendet.'); }
    } catch (e) { say('Änderung nicht übernommen: ' + (e && e.message ? e.message.replace(/^.*HubException: /, '') : e)); }
  }

  async function changed() {
    if (importing) { return; }
    var result = await bpmn.saveXML({ format: false });
    pending = result.xml;
    store(pending, true);
    await send();
  }

  async function load(choice) {
    var xml = EMPTY;
    if (choice.indexOf('version:') === 0) {
      xml = await (await fetch(api + '/versions/' + choice.substring(8))).text();
      basis = { basis: 'PreviousVersion', version: parseInt(choice.substring(8), 10) };
    } else if (choice.indexOf('member:') === 0) {
      xml = await (await fetch(api + '/asis/' + choice.substring(7))).text();
      basis = { basis: 'AsIsOfMember', member: choice.substring(7) };
    } else if (choice === 'draft') {
      var draft = await connection.invoke('Join', werkstatt, processId);
      if (draft) { xml = draft.xml; }
    } else { basis = { basis: 'Empty' }; }
    shown = false; // a new starting point is fitted to the canvas
    await show(xml);
    await changed();
  }

  async function join() {
    var draft = await connection.invoke('Join', werkstatt, processId);
    var local = edit ? stored() : null;
    if (local && local.basis) { basis = local.basis; }
    if (local && local.unsent) {
      await show(local.xml); pending = local.xml;
      say('Ungesendete Änderungen werden nachgereicht …');
      await send();
    } else if (draft && draft.revision > revision) {
      revision = draft.revision; root.dataset.revision = String(revision);
      await show(draft.xml);
      say('Live: Stand ' + revision + '.');
    } else if (!draft && !shown) {
      if (edit) { await load(document.getElementById('soll-start').value); }
      else if (latest > 0) { await show(await (await fetch(api + '/versions/' + latest)).text()); say('Noch keine Live-Zeichnung; gezeigt wird Version ' + latest + '.'); }
      else { say('Die Moderation hat noch nicht begonnen zu zeichnen.'); }
    } else { say('Live verbunden.'); }
  }

  async function start() {
    try { await connection.start(); await join(); } catch (e) { say('Keine Verbindung – neuer Versuch in 5 Sekunden.'); setTimeout(start, 5000); }
  }
  connection.onreconnecting(function () { say('Verbindung unterbrochen – Ihre Änderungen bleiben in diesem Browser gespeichert.'); });
  connection.onreconnected(function () { join(); });
  connection.onclose(function () { setTimeout(start, 5000); });

  bpmn.on('element.click', function (event) {
    var id = event.element && event.element.id;
    var field = document.getElementById('ElementId');
    if (field && id && event.element.type !== 'bpmn:Process') { field.value = id; }
    if (connection.state === 'Connected') { connection.invoke('Point', werkstatt, processId, id).catch(function () { /* pointing is best effort */ }); }
  });

  var form = document.getElementById('soll-comment-form');
  if (form) {
    form.addEventListener('submit', async function (event) {
      if (connection.state !== 'Connected') { return; } // the form posts as without JavaScript
      event.preventDefault();
      var text = document.getElementById('Text');
      try {
        await connection.invoke('Comment', werkstatt, processId, document.getElementById('ElementId').value || null, text.value);
        text.value = '';
        say('Kommentar gesendet.');
      } catch (e) { say('Kommentar nicht gespeichert: ' + (e && e.message ? e.message.replace(/^.*HubException: /, '') : e)); }
    });
  }

  if (edit) {
    bpmn.on('commandStack.changed', function () { clearTimeout(timer); timer = setTimeout(changed, 100); });
    document.getElementById('soll-load').addEventListener('click', function () { load(document.getElementById('soll-start').value); });
    document.getElementById('soll-save').addEventListener('click', async function () {
      try {
        var result = await bpmn.saveXML({ format: true });
        var b = basis || (latest > 0 ? { basis: 'PreviousVersion', version: latest } : { basis: 'Empty' });
        var saved = await connection.invoke('Save', werkstatt, processId, result.xml, b.basis, b.member || null, b.version || null, version);
        basis = { basis: 'PreviousVersion', version: saved.number };
        store(result.xml, !!pending);
      } catch (e) { say('Nicht gespeichert: ' + (e && e.message ? e.message.replace(/^.*HubException: /, '') : e)); }
    });
  }
  start();
}());
