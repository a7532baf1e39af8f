// locus page: shows a document's places, uncertainty regions, borders and
// checked constraints on a Leaflet map beside the document text.
// Loaded with defer after leaflet.js; no inline script anywhere (CSP).
(function () {
  'use strict';

  var MAX_BYTES = 1 << 20; // the server's body limit
  var RESOLVE_TIMEOUT_MS = 60000;
  var PASTED = 'pasted';

  var $ = function (id) { return document.getElementById(id); };
  var ui = {
    status: $('status'),
    error: $('error'),
    errorText: $('error-text'),
    errorClose: $('error-close'),
    title: $('doc-title'),
    text: $('text'),
    table: document.querySelector('#constraints tbody'),
    noConstraints: $('no-constraints'),
    pickerWrap: $('picker-wrap'),
    picker: $('doc-picker'),
    download: $('download'),
    form: $('paste-form'),
    paste: $('paste'),
    pasteGo: $('paste-go'),
    progress: $('paste-progress')
  };

  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  // ---------- text helpers ----------

  // el creates an element with a class and optional text, never via HTML.
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // utf8Len returns the UTF-8 byte length of s.
  function utf8Len(s) {
    return new TextEncoder().encode(s).length;
  }

  // byteToIndex maps every UTF-8 byte offset of text (0..bytes) to the
  // JavaScript (UTF-16) string index of the character holding that byte.
  // The server's offsets are byte offsets; an offset inside a multi-byte
  // character maps to that character's start.
  function byteToIndex(text) {
    var map = new Uint32Array(utf8Len(text) + 1);
    var b = 0;
    for (var i = 0; i < text.length;) {
      var cp = text.codePointAt(i);
      var units = cp > 0xffff ? 2 : 1;
      var n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      for (var k = 0; k < n; k++) { map[b + k] = i; }
      b += n;
      i += units;
    }
    map[b] = text.length;
    return map;
  }

  function fmtKm(v) {
    if (typeof v !== 'number' || !isFinite(v)) { return ''; }
    if (v >= 100) { return Math.round(v) + ' km'; }
    if (v >= 10) { return (Math.round(v * 10) / 10) + ' km'; }
    return (Math.round(v * 100) / 100) + ' km';
  }
  function fmtDeg(v) {
    return (typeof v === 'number' && isFinite(v)) ? Math.round(v) + '°' : '';
  }
  function range(min, max) {
    var a = typeof min === 'number', b = typeof max === 'number';
    if (a && b) {
      if (Math.abs(min - max) < 1e-9) { return fmtKm(min); }
      return fmtKm(min).replace(' km', '') + '–' + fmtKm(max);
    }
    if (a) { return '≥ ' + fmtKm(min); }
    if (b) { return '≤ ' + fmtKm(max); }
    return '';
  }
  // statedText describes a constraint's stated value: "about 80 km east".
  function statedText(p) {
    var s = p.stated || {};
    if (p.other) {
      // "between A and B", "midway between A and B", "on the road between".
      return (p.relation === 'midway' ? 'midway ' : s.road ? 'on the road ' : '') +
        'between ' + nameOf(p.object) + ' and ' + nameOf(p.other);
    }
    var parts = [];
    var r = range(s.min_km, s.max_km);
    if (r) { parts.push(r); }
    if (s.direction) { parts.push(String(s.direction)); }
    else if (typeof s.bearing_deg === 'number') { parts.push('bearing ' + fmtDeg(s.bearing_deg)); }
    var out = parts.join(' ');
    if (s.hedge && out) { out = s.hedge + ' ' + out; }
    if (!out) { out = p.relation === 'in' ? 'inside' : String(p.relation || ''); }
    return out;
  }
  // measuredText describes what the geodesics gave: "80.1 km at 98°", or
  // for containment "inside" or "29.7 km outside".
  function measuredText(p) {
    var m = p.measured || {};
    if (p.relation === 'between' && typeof m.km === 'number') {
      // The way from one place by the subject to the other, against the
      // straight line between them (the allowed minimum).
      var direct = (p.allowed || {}).min_km;
      return fmtKm(m.km) + ' by way of it' + (typeof direct === 'number' ? ' (direct ' + fmtKm(direct) + ')' : '');
    }
    if (p.relation === 'midway' && typeof m.km === 'number') {
      return fmtKm(m.km) + ' from the midpoint';
    }
    if (p.relation === 'in' && typeof m.km === 'number') {
      // A region (admin1) is measured to the hull of its known places.
      var obj = current && current.items[p.object];
      if (obj && (obj.feature.properties || {}).feature === 'region') {
        return m.km > 0 ? fmtKm(m.km) + ' from its known places' : 'among its known places';
      }
      return m.km > 0 ? fmtKm(m.km) + ' outside' : 'inside';
    }
    var parts = [];
    if (typeof m.km === 'number') { parts.push(fmtKm(m.km)); }
    if (typeof m.bearing_deg === 'number') { parts.push('at ' + fmtDeg(m.bearing_deg)); }
    return parts.join(' ') || '—';
  }

  // verdictOf returns the engine's verdict on a constraint, its status
  // property: 'holds', 'contradicted' or 'not measured'. The page never
  // decides it again; anything else reads as not measured, never as holding.
  var VERDICTS = { 'holds': 'ok', 'contradicted': 'bad', 'not measured': 'nm' };
  function verdictOf(p) {
    return Object.prototype.hasOwnProperty.call(VERDICTS, p && p.status) ? p.status : 'not measured';
  }
  // verdictClass is the CSS class of a verdict: ok, bad or nm.
  function verdictClass(p) { return VERDICTS[verdictOf(p)]; }
  // isContainment reports whether a constraint says a place lies in an
  // area ("in Mali"): shown in the popup and the table, not on the map.
  function isContainment(p) { return p && p.kind === 'constraint' && p.relation === 'in'; }

  // ---------- messages ----------

  function setStatus(msg) { ui.status.textContent = msg; }
  function showError(msg) {
    ui.errorText.textContent = msg;
    ui.error.hidden = false;
  }
  function clearError() { ui.error.hidden = true; ui.errorText.textContent = ''; }
  ui.errorClose.addEventListener('click', clearError);

  // fetchJSON fetches url and returns its JSON, or throws an Error whose
  // message is the server's {"error"} message.
  function fetchJSON(url, init) {
    return fetch(url, init).then(function (res) {
      return res.text().then(function (body) {
        var data = null;
        try { data = body ? JSON.parse(body) : null; } catch (e) { data = null; }
        if (!res.ok) {
          var msg = (data && data.error) ? data.error : ('HTTP ' + res.status);
          var err = new Error(msg + ' (HTTP ' + res.status + ')');
          err.status = res.status;
          throw err;
        }
        if (data === null) { throw new Error('the server sent no JSON'); }
        return data;
      });
    });
  }

  // ---------- map ----------

  // Asked for less motion, the map jumps instead of animating its zooms.
  var map = L.map('map', {
    worldCopyJump: true, zoomSnap: 0.5, keyboard: true,
    zoomAnimation: !reduceMotion, fadeAnimation: !reduceMotion, markerZoomAnimation: !reduceMotion
  });
  map.getContainer().setAttribute('aria-label', 'Map of the places in the document');
  [['basemap', 150], ['areas', 350], ['extents', 355], ['regions', 360], ['borders', 420], ['constraints', 430], ['places', 450]]
    .forEach(function (p) { map.createPane(p[0]).style.zIndex = String(p[1]); });
  map.getPane('basemap').style.pointerEvents = 'none';

  map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
  map.attributionControl.addAttribution('Places © <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)');
  map.attributionControl.addAttribution('Shapes © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a> (ODbL)');
  // On a phone the attribution takes the whole bottom edge: the scale bar
  // goes to the top left, under the zoom buttons, so neither hides the other.
  var narrow = window.matchMedia && window.matchMedia('(max-width: 800px)').matches;
  L.control.scale({ metric: true, imperial: false, maxWidth: narrow ? 110 : 160, position: narrow ? 'topleft' : 'bottomleft' }).addTo(map);

  var offline = L.layerGroup();
  var tiles = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 19,
    attribution: 'Tiles © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>'
  });
  offline.addTo(map);
  map.on('baselayerchange', function (e) {
    map.getContainer().classList.toggle('locus-tiles', e.layer === tiles);
  });

  var groups = {
    places: L.featureGroup().addTo(map),
    extents: L.featureGroup().addTo(map),
    regions: L.featureGroup().addTo(map),
    borders: L.featureGroup().addTo(map),
    constraints: L.featureGroup().addTo(map)
  };
  L.control.layers(
    { 'Countries (offline)': offline, 'OpenStreetMap tiles (online)': tiles },
    {
      'Places': groups.places,
      'Town extents (gazetteer)': groups.extents,
      'Uncertainty regions': groups.regions,
      'Borders and areas': groups.borders,
      'Constraints': groups.constraints
    },
    { collapsed: true }
  ).addTo(map);

  // The legend, built with DOM calls and classes only.
  var Legend = L.Control.extend({
    options: { position: 'bottomright' },
    onAdd: function () {
      var box = el('div', 'locus-legend');
      var toggle = el('button', 'legend-toggle', 'Legend');
      toggle.type = 'button';
      toggle.setAttribute('aria-expanded', 'false');
      box.appendChild(el('h3', null, 'Legend'));
      box.appendChild(toggle);
      var list = el('ul');
      [['gazetteer', 'Place from the gazetteer'], ['derived', 'Place derived from the text'],
        ['contradicted', 'Place whose statements are contradicted'],
        ['extent', 'Town extent (gazetteer)'], ['region', 'Uncertainty region (derived)'],
        ['border', 'Border'], ['coast', 'Sea coast (measured)'], ['area', 'Country or area'],
        ['ok', 'Constraint holds'], ['bad', 'Constraint contradicted'],
        ['nm', 'Constraint not measured (listed only)']].forEach(function (item) {
        var li = el('li');
        li.appendChild(el('span', 'sw ' + item[0]));
        li.appendChild(el('span', null, item[1]));
        list.appendChild(li);
      });
      box.appendChild(list);
      if (window.matchMedia && window.matchMedia('(max-width: 800px)').matches) { list.hidden = true; }
      toggle.addEventListener('click', function () {
        list.hidden = !list.hidden;
        toggle.setAttribute('aria-expanded', String(!list.hidden));
      });
      L.DomEvent.disableClickPropagation(box);
      return box;
    }
  });
  new Legend().addTo(map);
  map.setView([20, 0], 2);

  // loadBasemap draws the server's simplified country shapes (offline basemap).
  function loadBasemap() {
    return fetchJSON('/api/basemap').then(function (fc) {
      var renderer = L.canvas({ pane: 'basemap', padding: 0.5 });
      L.geoJSON(fc, {
        pane: 'basemap',
        renderer: renderer,
        interactive: false,
        style: function () {
          return { color: '#a39e93', weight: 0.7, fillColor: '#f3f0e8', fillOpacity: 1, renderer: renderer, interactive: false };
        }
      }).addTo(offline);
    }).catch(function (err) {
      showError('The offline basemap did not load: ' + err.message + '. The places are still shown.');
    });
  }

  // ---------- document state ----------

  var docs = [];        // summaries from /api/documents (+ the pasted text)
  var current = null;   // {id, title, text, fc, items, spans, constraints}
  var selected = null;  // feature id
  var pending = null;   // hash state to apply after loading

  function styleFor(f) {
    var p = f.properties || {};
    var bad = p.status === 'contradicted';
    var id = ' locus-id-' + f.id;
    switch (p.kind) {
      case 'region':
        if (isExtent(f)) {
          // A known town's extent: lighter, below the derived regions.
          return { pane: 'extents', color: '#1d5fbf', weight: 0.8, opacity: 0.5, fillColor: '#1d5fbf', fillOpacity: 0.06, className: 'locus-region locus-extent' + id };
        }
        return { pane: 'regions', color: '#d9480f', weight: 1, dashArray: '4 3', fillColor: '#d9480f', fillOpacity: 0.18, className: 'locus-region locus-uncertainty' + id };
      case 'constraint':
        var vc = verdictClass(p);
        var colour = { ok: '#2b8a3e', bad: '#c92a2a', nm: '#868e96' }[vc];
        if (f.geometry && f.geometry.type === 'Point') {
          // Object and subject coincide (0 km): a ring at the place.
          return { pane: 'constraints', radius: 11, color: colour, weight: 2, fill: false, dashArray: vc === 'ok' ? null : '3 3', className: 'locus-constraint ' + vc + id };
        }
        return { pane: 'constraints', color: colour, weight: 3, opacity: 0.9, dashArray: vc === 'ok' ? null : '6 4', className: 'locus-constraint ' + vc + id };
      default:
        break;
    }
    var geom = f.geometry && f.geometry.type;
    if ((geom === 'LineString' || geom === 'MultiLineString') && p.feature === 'coast') {
      return { pane: 'borders', color: '#0077b6', weight: 3, className: 'locus-place locus-coast' + id };
    }
    if (geom === 'LineString' || geom === 'MultiLineString') {
      return { pane: 'borders', color: '#7b2cbf', weight: 3, dashArray: '8 5', className: 'locus-place locus-border' + id };
    }
    if (geom === 'Polygon' || geom === 'MultiPolygon') {
      return { pane: 'areas', color: '#495057', weight: 1.5, fill: false, className: 'locus-place locus-area' + id };
    }
    var derived = p.source === 'derived';
    if (bad) {
      // Contradicted: a hollow red ring, unlike any located place.
      return {
        pane: 'places', radius: 8, weight: 3.5, color: '#c92a2a', fillColor: '#ffffff', fillOpacity: 0.95,
        className: 'locus-place locus-contradicted locus-' + (derived ? 'derived' : 'gazetteer') + id
      };
    }
    return {
      pane: 'places', radius: derived ? 8 : 7, weight: 2,
      color: '#ffffff', dashArray: derived ? '3 2' : null,
      fillColor: derived ? '#d9480f' : '#1d5fbf', fillOpacity: 0.95,
      className: 'locus-place locus-' + (derived ? 'derived' : 'gazetteer') + id
    };
  }

  // isExtent reports whether a region feature is a known town's extent (its
  // place comes from the gazetteer) rather than a derived place's
  // uncertainty region.
  function isExtent(f) {
    var p = f.properties || {};
    var owner = current && current.items[p.place];
    return p.kind === 'region' && !!owner && (owner.feature.properties || {}).source === 'gazetteer';
  }

  function groupFor(f) {
    var p = f.properties || {};
    if (p.kind === 'region') { return isExtent(f) ? groups.extents : groups.regions; }
    if (p.kind === 'constraint') { return groups.constraints; }
    var g = f.geometry && f.geometry.type;
    if (g && g !== 'Point' && g !== 'MultiPoint') { return groups.borders; }
    return groups.places;
  }

  function dl(rows) {
    var d = el('dl');
    rows.forEach(function (r) {
      if (r[1] === undefined || r[1] === null || r[1] === '') { return; }
      d.appendChild(el('dt', null, r[0]));
      var dd = el('dd');
      if (r[1] instanceof Node) { dd.appendChild(r[1]); } else { dd.textContent = String(r[1]); }
      d.appendChild(dd);
    });
    return d;
  }

  function placePopup(f, latlng) {
    var p = f.properties || {};
    var box = el('div', 'pop');
    var h = el('h3', null, p.name || f.id);
    box.appendChild(h);
    box.appendChild(el('span', 'pill ' + (p.source || 'unresolved'), p.source || 'place'));
    var gid = null;
    if (p.gazetteer_id) {
      gid = el('a', null, String(p.gazetteer_id));
      gid.href = 'https://www.geonames.org/' + encodeURIComponent(String(p.gazetteer_id));
      gid.target = '_blank';
      gid.rel = 'noopener';
    }
    var region = current && current.items['r-' + f.id];
    box.appendChild(dl([
      ['feature', p.feature], ['country', p.country], ['status', p.status],
      ['GeoNames', gid],
      ['lat, lon', latlng ? latlng.lat.toFixed(5) + ', ' + latlng.lng.toFixed(5) : ''],
      ['region', region && typeof region.feature.properties.area_km2 === 'number' ? Math.round(region.feature.properties.area_km2) + ' km²' : ''],
      ['mentions', Array.isArray(p.mentions) ? String(p.mentions.length) : '']
    ]));
    // Why it is unplaced, or what a reader of its region should know
    // ("placed from directions alone ... and is wide").
    if (p.note) { box.appendChild(el('p', 'note', p.note)); }
    // Where the text puts it ("in Mali"), with the engine's verdict.
    var ins = containmentsOf(f.id);
    if (ins.length) {
      var ul = el('ul', 'within');
      ins.forEach(function (c) {
        var cp = c.properties;
        var li = el('li', verdictClass(cp));
        li.appendChild(document.createTextNode('in ' + nameOf(cp.object) + ': '));
        li.appendChild(el('span', 'verdict ' + verdictClass(cp), verdictOf(cp)));
        ul.appendChild(li);
      });
      box.appendChild(el('h4', null, 'Contained in'));
      box.appendChild(ul);
    }
    return box;
  }

  // containmentsOf returns the containment constraints whose subject is id.
  function containmentsOf(id) {
    var out = [];
    ((current && current.fc && current.fc.features) || []).forEach(function (c) {
      var cp = c.properties || {};
      if (isContainment(cp) && cp.subject === id) { out.push(c); }
    });
    return out;
  }

  function nameOf(id) {
    var it = current && current.items[id];
    return it ? (it.feature.properties.name || id) : id;
  }

  // allowedText describes what the vagueness model accepts: for "between",
  // the way by the place against the direct distance; for "midway", the
  // distance from the midpoint; else bounds(p.allowed).
  function allowedText(p, bounds) {
    var a = p.allowed || {};
    if (p.relation === 'between' && typeof a.max_km === 'number') {
      return 'by way of it ≤ ' + fmtKm(a.max_km) + ' (direct ' + fmtKm(a.min_km) + ')';
    }
    if (p.relation === 'midway' && typeof a.max_km === 'number') {
      return '≤ ' + fmtKm(a.max_km) + ' from the midpoint';
    }
    return bounds(a);
  }

  function constraintPopup(f) {
    var p = f.properties || {};
    var box = el('div', 'pop');
    box.appendChild(el('h3', null, '“' + (p.phrase || p.relation || f.id) + '”'));
    box.appendChild(el('span', 'pill ' + verdictClass(p), verdictOf(p)));
    var bounds = function (a) {
      a = a || {};
      var t = range(a.min_km, a.max_km);
      if (typeof a.bearing_deg === 'number') {
        t += (t ? ', ' : '') + fmtDeg(a.bearing_deg) + (typeof a.half_width_deg === 'number' ? ' ± ' + fmtDeg(a.half_width_deg) : '');
      }
      return t;
    };
    var names = function (id) { var it = current && current.items[id]; return it ? (it.feature.properties.name || id) : id; };
    box.appendChild(dl([
      ['relation', p.relation],
      ['from', p.other ? names(p.object) + ' and ' + names(p.other) : names(p.object)], ['to', names(p.subject)],
      ['stated', statedText(p)], ['allowed', allowedText(p, bounds)],
      ['as written', p.strict ? bounds(p.strict) : ''],
      ['measured', measuredText(p)],
      ['off by', typeof p.residual_km === 'number' && p.residual_km > 0 ? fmtKm(p.residual_km) : '']
    ]));
    if (verdictOf(p) === 'not measured' && !p.note) {
      box.appendChild(el('p', 'note', 'Not measured: ' + names(p.subject) + ' or ' + names(p.object) + ' has no position.'));
    }
    if (p.note) { box.appendChild(el('p', 'note', p.note)); }
    return box;
  }

  function regionPopup(f) {
    var p = f.properties || {};
    var box = el('div', 'pop');
    var owner = current && current.items[p.place];
    var ownerName = owner ? owner.feature.properties.name : p.place;
    box.appendChild(el('h3', null, isExtent(f) ? 'Extent of ' + ownerName : 'Where ' + ownerName + ' can be'));
    if (isExtent(f)) {
      box.appendChild(el('p', 'note', 'The usual extent of a town of its size (gazetteer), not an uncertainty region.'));
    }
    box.appendChild(dl([['area', typeof p.area_km2 === 'number' ? Math.round(p.area_km2) + ' km²' : '']]));
    return box;
  }

  // anchorOf returns where a feature's popup opens.
  function anchorOf(layer) {
    if (layer.getLatLng) { return layer.getLatLng(); }
    var lls = layer.getLatLngs && layer.getLatLngs();
    if (layer instanceof L.Polyline && !(layer instanceof L.Polygon) && lls) {
      var flat = L.LineUtil.isFlat(lls) ? lls : lls[0];
      if (flat && flat.length) {
        return flat.length === 2 ? L.latLngBounds(flat).getCenter() : flat[Math.floor(flat.length / 2)];
      }
    }
    return layer.getBounds ? layer.getBounds().getCenter() : map.getCenter();
  }

  function clearDoc() {
    Object.keys(groups).forEach(function (k) { groups[k].clearLayers(); });
    map.closePopup();
    ui.text.textContent = '';
    ui.table.textContent = '';
    selected = null;
  }

  // showDoc draws doc ({id, title, text, fc}) on the map and in the panel.
  function showDoc(doc, opts) {
    opts = opts || {};
    clearDoc();
    current = { id: doc.id, title: doc.title, text: doc.text, fc: doc.fc, items: {}, spans: {}, rows: {} };
    ui.title.textContent = doc.title || doc.id;
    ui.download.disabled = false;

    var features = (doc.fc && Array.isArray(doc.fc.features)) ? doc.fc.features : [];
    features.forEach(function (f) {
      if (!f || f.id === undefined || f.id === null) { return; }
      var item = { feature: f, layer: null };
      current.items[f.id] = item;
      // Containment ("in Mali") is shown in the subject's popup and the
      // table; a line to a country would only cross the map.
      if (!f.geometry || isContainment(f.properties)) { return; }
      // geometryToLayer passes the options to the layer's constructor,
      // which is the only time Leaflet reads pane and className.
      var st = styleFor(f);
      var layer;
      try {
        layer = L.GeoJSON.geometryToLayer(f, L.extend({}, st, {
          pointToLayer: function (feat, ll) { return L.circleMarker(ll, st); }
        }));
      } catch (e) {
        return; // a geometry Leaflet cannot draw: the text still lists it
      }
      layer.feature = f;
      item.layer = layer;
      var kind = (f.properties || {}).kind;
      layer.bindPopup(function () {
        if (kind === 'constraint') { return constraintPopup(f); }
        if (kind === 'region') { return regionPopup(f); }
        return placePopup(f, layer.getLatLng ? layer.getLatLng() : null);
      }, {
        // On a phone the scale bar sits under the zoom buttons: popups
        // open below both.
        maxWidth: 300, autoPanPadding: [24, 24], autoPanPaddingTopLeft: narrow ? [24, 120] : null
      });
      layer.on('click', function () { select(f.id, { fromMap: true }); });
      if (kind === 'constraint' && f.geometry.type !== 'Point') {
        layer.bindTooltip(statedText(f.properties) + ' → ' + measuredText(f.properties), {
          permanent: true, direction: 'center', className: 'locus-label ' + verdictClass(f.properties), opacity: 1
        });
      } else if (kind === 'place' && layer.getLatLng) {
        layer.bindTooltip(f.properties.name || String(f.id), { permanent: true, direction: 'right', offset: [8, 0], className: 'locus-name', opacity: 1 });
      }
      // A label hidden to declutter the map shows while the pointer is on
      // its feature.
      layer.on('mouseover', function () {
        if (item.labelHidden && layer.getTooltip()) { layer.openTooltip(); layer.getTooltip().getElement().classList.add('locus-hover'); }
      });
      layer.on('mouseout', function () {
        if (item.labelHidden && layer.isTooltipOpen && layer.isTooltipOpen()) { layer.closeTooltip(); }
      });
      groupFor(f).addLayer(layer);
    });

    renderText();
    renderConstraints();
    updatePicker();
    updateLabels();

    var n = summarize(features);
    setStatus(n);

    var view = opts.view;
    if (view) {
      map.setView([view.lat, view.lng], view.zoom, { animate: false });
    } else {
      fitAll();
    }
    if (opts.select && current.items[opts.select]) {
      select(opts.select, { fly: !view, fromHash: true });
    }
    writeHash();
  }

  // updateLabels shows a constraint's label only when its line is long
  // enough on screen to carry it, and place names only from zoom 5 on, so
  // that a zoomed-out map is not a pile of labels. Then it declutters: by
  // rank (labelRank), a place name goes right of its marker, or left of it
  // when that side overlaps a higher-ranked label or a map control or is
  // cut at the map's edge (a constraint's label: on its line, or above or
  // below it); a label that fits nowhere is hidden (it shows on hover).
  function updateLabels() {
    if (!current) { return; }
    var z = map.getZoom();
    var shown = [];
    Object.keys(current.items).forEach(function (id) {
      var it = current.items[id];
      var l = it.layer;
      if (!l || !l.getTooltip || !l.getTooltip() || !map.hasLayer(l)) { return; }
      var show;
      if (it.feature.properties.kind === 'constraint') {
        var lls = l.getLatLngs();
        var flat = L.LineUtil.isFlat(lls) ? lls : lls[0];
        show = flat.length > 1 &&
          map.latLngToContainerPoint(flat[0]).distanceTo(map.latLngToContainerPoint(flat[flat.length - 1])) >= 120;
      } else {
        show = z >= 5;
      }
      it.labelHidden = false;
      if (show && !l.isTooltipOpen()) { l.openTooltip(); }
      if (!show && l.isTooltipOpen()) { l.closeTooltip(); }
      if (show) { shown.push(it); }
    });
    shown.sort(function (a, b) { return labelRank(b) - labelRank(a); });
    var box = map.getContainer().getBoundingClientRect();
    // The map's controls hide what is under them: labels there count as
    // overlapping.
    var kept = [];
    document.querySelectorAll('#map .leaflet-control').forEach(function (c) {
      var r = c.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) { kept.push(r); }
    });
    var fits = function (r) {
      var inside = r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
      return inside && !kept.some(function (k) {
        return r.left < k.right + 2 && k.left < r.right + 2 && r.top < k.bottom + 1 && k.top < r.bottom + 1;
      });
    };
    shown.forEach(function (it) {
      var tt = it.layer.getTooltip();
      var e = tt.getElement();
      // A place name goes right of its marker, else left of it; a
      // constraint's label on its line's middle, else just above or below.
      var sides = e.classList.contains('locus-name') ? ['right', 'left'] : ['center', 'top', 'bottom'];
      var offsets = { right: [8, 0], left: [-8, 0], center: [0, 0], top: [0, -4], bottom: [0, 4] };
      var placed = sides.some(function (side) {
        if (tt.options.direction !== side) {
          tt.options.direction = side;
          tt.options.offset = L.point(offsets[side]);
          tt.update();
        }
        var r = e.getBoundingClientRect();
        if (!fits(r)) { return false; }
        kept.push(r);
        return true;
      });
      if (placed) {
        e.classList.remove('locus-hover');
      } else {
        it.layer.closeTooltip();
        it.labelHidden = true;
      }
    });
  }
  map.on('zoomend moveend resize', updateLabels);

  // labelRank orders labels for decluttering, highest kept first: the
  // selected feature, contradictions, derived places (the story), the
  // measurements, known places by population, then areas.
  function labelRank(it) {
    var p = it.feature.properties || {};
    if (it.feature.id === selected) { return 1000; }
    if (p.kind === 'constraint') { return verdictClass(p) === 'bad' ? 600 : 400; }
    if (p.status === 'contradicted') { return 550; }
    if (p.feature === 'area') { return 100; }
    if (p.source === 'derived') { return 500; }
    var pop = typeof p.population === 'number' && p.population > 0 ? p.population : 1;
    return 200 + Math.min(Math.log10(pop), 9) * 10;
  }

  function summarize(features) {
    var places = 0, derived = 0, unresolved = 0, cons = 0, holds = 0, bad = 0, nm = 0;
    features.forEach(function (f) {
      var p = f.properties || {};
      if (p.kind === 'place') {
        places++;
        if (p.source === 'derived') { derived++; }
        if (!f.geometry || p.status === 'unresolved') { unresolved++; }
      } else if (p.kind === 'constraint') {
        cons++;
        var v = verdictOf(p);
        if (v === 'holds') { holds++; } else if (v === 'contradicted') { bad++; } else { nm++; }
      }
    });
    var s = places + (places === 1 ? ' place' : ' places');
    if (derived) { s += ' (' + derived + ' derived)'; }
    if (unresolved) { s += ', ' + unresolved + ' not located'; }
    s += ', ' + cons + (cons === 1 ? ' constraint' : ' constraints');
    if (cons && holds === cons) {
      s += cons === 1 ? ' (it holds)' : ' (all hold)';
    } else if (cons) {
      var parts = [];
      if (holds) { parts.push(holds + (holds === 1 ? ' holds' : ' hold')); }
      if (bad) { parts.push(bad + ' contradicted'); }
      if (nm) { parts.push(nm + ' not measured'); }
      s += ' (' + parts.join(', ') + ')';
    }
    return s + '.';
  }

  // fitAll fits the map to the story: the points and uncertainty regions;
  // lines and areas (borders, countries, containment lines to them) only
  // when there is nothing else.
  function fitAll() {
    var b = L.latLngBounds([]);
    var extend = function (l) {
      if (l.getLatLng) { b.extend(l.getLatLng()); } else if (l.getBounds) { b.extend(l.getBounds()); }
    };
    groups.places.eachLayer(extend);
    groups.regions.eachLayer(extend);
    groups.extents.eachLayer(extend);
    if (!b.isValid()) { groups.constraints.eachLayer(extend); }
    if (!b.isValid()) { groups.borders.eachLayer(extend); }
    if (b.isValid()) {
      // Keep the story clear of the legend in the bottom right corner.
      var legend = document.querySelector('.locus-legend');
      var lw = legend ? legend.offsetWidth : 0;
      var mapW = map.getSize().x;
      var right = lw && lw < mapW / 2 ? lw + 10 : 10;
      map.fitBounds(b.pad(0.1), { maxZoom: 9, animate: false, paddingTopLeft: [20, 20], paddingBottomRight: [right, 20] });
    } else {
      map.setView([20, 0], 2, { animate: false });
    }
  }

  // ---------- text panel ----------

  function renderText() {
    var text = current.text || '';
    var idx = byteToIndex(text);
    var bytes = idx.length - 1;
    var spans = [];
    var features = current.fc && current.fc.features || [];
    features.forEach(function (f) {
      var p = f.properties || {};
      if (p.kind === 'place' && Array.isArray(p.mentions)) {
        p.mentions.forEach(function (m) {
          spans.push({ start: m.start, end: m.end, id: f.id, kind: 'place', f: f, rank: 1 });
        });
      } else if (p.kind === 'constraint') {
        spans.push({ start: p.start, end: p.end, id: f.id, kind: 'relation', f: f, rank: 0 });
      }
    });
    spans = spans.filter(function (s) {
      return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= bytes && s.start < s.end;
    });
    // Outer phrases first: by start, then longer, then relations before places.
    spans.sort(function (a, b) { return a.start - b.start || b.end - a.end || a.rank - b.rank; });

    var root = { end: Infinity, children: [] };
    var stack = [root];
    spans.forEach(function (s) {
      while (stack.length > 1 && stack[stack.length - 1].end <= s.start) { stack.pop(); }
      var parent = stack[stack.length - 1];
      if (s.end > parent.end) {
        // Crossing phrases cannot nest: keep the part inside the parent.
        s.end = parent.end;
        s.clipped = true;
        if (s.end <= s.start) { return; }
      }
      s.children = [];
      parent.children.push(s);
      stack.push(s);
    });

    var frag = document.createDocumentFragment();
    emit(frag, 0, bytes, root.children);
    ui.text.appendChild(frag);

    function emit(parent, from, to, children) {
      var at = from;
      children.forEach(function (s) {
        if (s.start > at) { parent.appendChild(document.createTextNode(text.slice(idx[at], idx[s.start]))); }
        var span = phraseElement(s);
        emit(span, s.start, s.end, s.children);
        parent.appendChild(span);
        at = s.end;
      });
      if (to > at) { parent.appendChild(document.createTextNode(text.slice(idx[at], idx[to]))); }
    }
  }

  function phraseElement(s) {
    var p = s.f.properties || {};
    var cls = 'phrase ' + s.kind;
    var title;
    if (s.kind === 'place') {
      var src = (!s.f.geometry || p.status === 'unresolved') ? 'unresolved' : (p.source || 'gazetteer');
      cls += ' ' + src;
      if (p.status === 'contradicted') { cls += ' contradicted'; }
      title = (p.name || s.id) + ': ' + (src === 'unresolved' ? 'not located' : src + (p.feature ? ' ' + p.feature : ''));
    } else {
      var vc = verdictClass(p);
      if (vc !== 'ok') { cls += ' ' + vc; }
      title = (p.relation || 'relation') + ': stated ' + statedText(p) + ', ' +
        (vc === 'nm' ? 'not measured' : 'measured ' + measuredText(p) + ', ' + verdictOf(p));
    }
    var span = el('span', cls);
    span.tabIndex = 0;
    span.setAttribute('role', 'button');
    span.title = title;
    span.dataset.feature = String(s.id);
    span.dataset.start = String(s.start);
    span.dataset.end = String(s.end);
    if (s.clipped) { span.dataset.clipped = 'true'; }
    (current.spans[s.id] = current.spans[s.id] || []).push(span);
    return span;
  }

  // Clicks and Enter/Space on phrases, delegated; the innermost phrase wins.
  ui.text.addEventListener('click', function (e) {
    var span = e.target.closest && e.target.closest('.phrase');
    if (span) { select(span.dataset.feature, { fly: true, from: span }); }
  });
  ui.text.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') { return; }
    var span = e.target.closest && e.target.closest('.phrase');
    if (!span || span !== e.target) { return; }
    e.preventDefault();
    select(span.dataset.feature, { fly: true, from: span });
  });

  // ---------- constraints table ----------

  function renderConstraints() {
    var rows = 0;
    var features = current.fc && current.fc.features || [];
    features.forEach(function (f) {
      var p = f.properties || {};
      if (p.kind !== 'constraint') { return; }
      rows++;
      var vc = verdictClass(p);
      var tr = el('tr', vc);
      var td = el('td');
      var b = el('button', 'linkish', p.phrase || p.relation || f.id);
      b.type = 'button';
      b.addEventListener('click', function () { select(f.id, { fly: true }); });
      td.appendChild(b);
      tr.appendChild(td);
      tr.appendChild(el('td', null, statedText(p)));
      tr.appendChild(el('td', null, vc === 'nm' ? '—' : measuredText(p)));
      var okc = el('td', 'ok-cell ' + vc, { ok: '✓ holds', bad: '✗ contradicted', nm: '– not measured' }[vc]);
      if (vc === 'bad' && typeof p.residual_km === 'number') { okc.title = 'off by ' + fmtKm(p.residual_km); }
      if (vc === 'nm') { okc.title = 'a place it relates has no position'; }
      tr.appendChild(okc);
      current.rows[f.id] = tr;
      ui.table.appendChild(tr);
    });
    ui.noConstraints.hidden = rows > 0;
  }

  // ---------- selection ----------

  // select marks feature id (a place, region or constraint) in the text,
  // the table and on the map; with opts.fly it also moves the map to the
  // feature and opens its popup.
  function select(id, opts) {
    opts = opts || {};
    if (!current) { return; }
    var item = current.items[id];
    if (!item) { return; }
    var p = item.feature.properties || {};
    var phraseId = p.kind === 'region' ? p.place : id;

    document.querySelectorAll('.phrase.active').forEach(function (s) { s.classList.remove('active'); });
    document.querySelectorAll('#constraints tr.active').forEach(function (r) { r.classList.remove('active'); });
    var spans = current.spans[phraseId] || [];
    spans.forEach(function (s) { s.classList.add('active'); });
    if (current.rows[id]) { current.rows[id].classList.add('active'); }
    selected = id;

    if (opts.fromMap && spans.length) {
      spans[0].scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
      setStatus(spans.length + (spans.length === 1 ? ' phrase' : ' phrases') + ' for ' + (p.name || p.phrase || id) + ' highlighted in the text.');
    }
    var target = item.layer;
    if (!target && p.kind === 'constraint') {
      // Containment and unmeasured constraints are not drawn: show the
      // place they are about, whose popup lists its containment.
      var sub = current.items[p.subject];
      target = sub && sub.layer;
      if (verdictOf(p) === 'not measured' && !p.note) {
        setStatus('“' + (p.phrase || id) + '” was not measured: ' + nameOf(p.subject) + ' or ' + nameOf(p.object) + ' has no position.');
      }
    }
    if (!target && p.kind === 'place') {
      setStatus((p.name || id) + ' could not be located from the text.');
    }
    if (opts.fly && target) { flyTo(target); }
    writeHash();
  }

  // flyTo moves the map to layer, then opens its popup.
  function flyTo(layer) {
    var anchor = anchorOf(layer);
    var center, zoom;
    if (layer.getLatLng) {
      center = layer.getLatLng();
      zoom = Math.max(map.getZoom(), 9);
    } else {
      var b = layer.getBounds();
      zoom = Math.min(map.getBoundsZoom(b.pad(0.25)), 11);
      center = b.getCenter();
    }
    var open = function () { layer.openPopup(anchor); };
    var here = map.getCenter().distanceTo(center) < 1 && Math.abs(map.getZoom() - zoom) < 0.01;
    if (here || reduceMotion) {
      if (!here) { map.setView(center, zoom, { animate: false }); }
      open();
      return;
    }
    map.once('moveend', open);
    map.flyTo(center, zoom, { duration: 0.6 });
  }

  // ---------- permalink ----------

  function readHash() {
    var out = {};
    var h = window.location.hash.replace(/^#/, '');
    h.split('&').forEach(function (kv) {
      if (!kv) { return; }
      var i = kv.indexOf('=');
      var k = i < 0 ? kv : kv.slice(0, i);
      var v = i < 0 ? '' : kv.slice(i + 1);
      try { out[decodeURIComponent(k)] = decodeURIComponent(v); } catch (e) { /* ignore a malformed part */ }
    });
    var view = null;
    if (out.map) {
      var m = out.map.split('/').map(Number);
      if (m.length === 3 && m.every(isFinite) && Math.abs(m[1]) <= 90) {
        view = { zoom: m[0], lat: m[1], lng: m[2] };
      }
    }
    return { doc: out.doc || null, view: view, select: out.sel || null };
  }

  function writeHash() {
    if (!current) { return; }
    var c = map.getCenter();
    var z = map.getZoom();
    var parts = [];
    if (current.id !== PASTED) { parts.push('doc=' + encodeURIComponent(current.id)); }
    parts.push('map=' + (Math.round(z * 2) / 2) + '/' + c.lat.toFixed(4) + '/' + L.Util.wrapNum(c.lng, [-180, 180], true).toFixed(4));
    if (selected !== null && current.id !== PASTED) { parts.push('sel=' + encodeURIComponent(selected)); }
    var h = '#' + parts.join('&');
    if (window.location.hash !== h) { history.replaceState(null, '', h); }
  }
  map.on('moveend', writeHash);
  window.addEventListener('hashchange', function () {
    var st = readHash();
    if (st.doc && (!current || st.doc !== current.id)) {
      openDoc(st.doc, st);
    } else if (current) {
      if (st.view) { map.setView([st.view.lat, st.view.lng], st.view.zoom); }
      if (st.select && st.select !== selected) { select(st.select, { fly: !st.view }); }
    }
  });

  // ---------- documents ----------

  function updatePicker() {
    ui.picker.textContent = '';
    docs.forEach(function (d) {
      var o = el('option', null, d.title || d.id);
      o.value = d.id;
      if (current && d.id === current.id) { o.selected = true; }
      ui.picker.appendChild(o);
    });
    ui.pickerWrap.hidden = docs.length < 2;
    refreshDelete();
  }
  ui.picker.addEventListener('change', function () {
    if (ui.picker.value === PASTED && pastedDoc) { clearError(); showDoc(pastedDoc); return; }
    openDoc(ui.picker.value, {});
  });

  var pastedDoc = null;

  // openDoc fetches a server document and shows it.
  function openDoc(id, st) {
    clearError();
    setStatus('Loading the document…');
    return fetchJSON('/api/documents/' + encodeURIComponent(id)).then(function (d) {
      showDoc({ id: d.id, title: d.title, text: d.text, fc: d.features }, { view: st.view, select: st.select });
    }).catch(function (err) {
      setStatus('');
      showError('Could not load the document “' + id + '”: ' + err.message);
    });
  }

  ui.download.addEventListener('click', function () {
    if (!current) { return; }
    var blob = new Blob([JSON.stringify(current.fc, null, 1)], { type: 'application/geo+json' });
    var url = URL.createObjectURL(blob);
    var a = el('a');
    a.href = url;
    a.download = (current.id || 'locus') + '.geojson';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  });

  // ---------- paste box ----------

  // pastedText returns the paste box's text, or null after saying why it
  // cannot be sent: empty, or over the server's 1 MiB limit.
  function pastedText() {
    var text = ui.paste.value;
    if (!text.trim()) {
      showError('Paste some text first: the box is empty.');
      ui.paste.focus();
      return null;
    }
    var size = utf8Len(text);
    if (size > MAX_BYTES) {
      showError('The text is ' + (size / 1048576).toFixed(1) + ' MiB; the limit is 1 MiB. Paste a shorter part.');
      return null;
    }
    return text;
  }

  ui.form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearError();
    var text = pastedText();
    if (text === null) return;
    var size = utf8Len(text);
    ui.pasteGo.disabled = true;
    ui.progress.hidden = false;
    var started = Date.now();
    setStatus('Reading ' + (size < 1024 ? size + ' bytes' : (size / 1024).toFixed(1) + ' KiB') + ' of text and solving for its places…');
    var ctl = new AbortController();
    var timer = setTimeout(function () { ctl.abort(); }, RESOLVE_TIMEOUT_MS);
    fetchJSON('/api/resolve', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: text,
      signal: ctl.signal
    }).then(function (fc) {
      pastedDoc = { id: PASTED, title: 'Your text', text: text, fc: fc };
      docs = docs.filter(function (d) { return d.id !== PASTED; });
      docs.push({ id: PASTED, title: 'Your text (pasted)' });
      showDoc(pastedDoc);
      setStatus('Mapped in ' + ((Date.now() - started) / 1000).toFixed(1) + ' s: ' + summarize(fc.features || []));
    }).catch(function (err) {
      setStatus('');
      var msg = err.name === 'AbortError' ? 'the server took longer than ' + (RESOLVE_TIMEOUT_MS / 1000) + ' s' : err.message;
      showError('Could not map the text: ' + msg);
    }).finally(function () {
      clearTimeout(timer);
      ui.pasteGo.disabled = false;
      ui.progress.hidden = true;
    });
  });

  // ---------- saved documents ----------

  var saveButton = $('paste-save');
  var deleteButton = $('delete-doc');

  // savedDoc returns the summary of the document shown when it was saved
  // through the API (and so may be deleted), else null.
  function savedDoc() {
    if (!current) { return null; }
    var d = docs.filter(function (x) { return x.id === current.id; })[0];
    return d && d.saved ? d : null;
  }

  // refreshDelete offers the delete button only for a saved document.
  function refreshDelete() { deleteButton.hidden = !savedDoc(); }

  // Save: POST /api/documents resolves the pasted text and keeps it; the
  // saved document joins the picker and is shown.
  saveButton.addEventListener('click', function () {
    clearError();
    var text = pastedText();
    if (text === null) return;
    saveButton.disabled = true;
    ui.pasteGo.disabled = true;
    ui.progress.hidden = false;
    setStatus('Mapping and saving the text…');
    var ctl = new AbortController();
    var timer = setTimeout(function () { ctl.abort(); }, RESOLVE_TIMEOUT_MS);
    fetchJSON('/api/documents', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      body: text,
      signal: ctl.signal
    }).then(function (sum) {
      docs = docs.filter(function (d) { return d.id !== sum.id; });
      docs.push({ id: sum.id, title: sum.title, saved: true });
      ui.paste.value = '';
      return openDoc(sum.id, {}).then(function () {
        // Keep the verdicts' summary that showDoc gave: saving must not
        // hide what holds, what is contradicted and what was not measured.
        var n = current && current.id === sum.id ? ' ' + summarize((current.fc && current.fc.features) || []) : '';
        setStatus('Saved as “' + sum.title + '”; it is now in the document list.' + n);
      });
    }).catch(function (err) {
      setStatus('');
      var msg = err.name === 'AbortError' ? 'the server took longer than ' + (RESOLVE_TIMEOUT_MS / 1000) + ' s' : err.message;
      showError('Could not save the text: ' + msg);
    }).finally(function () {
      clearTimeout(timer);
      saveButton.disabled = false;
      ui.pasteGo.disabled = false;
      ui.progress.hidden = true;
    });
  });

  // Delete: after a confirmation, DELETE /api/documents/ID and show the
  // first remaining document.
  deleteButton.addEventListener('click', function () {
    var d = savedDoc();
    if (!d || !window.confirm('Delete the saved document “' + d.title + '” from the server? This cannot be undone.')) { return; }
    clearError();
    deleteButton.disabled = true;
    fetch('/api/documents/' + encodeURIComponent(d.id), { method: 'DELETE' }).then(function (res) {
      if (res.status !== 204) {
        return res.json().catch(function () { return null; }).then(function (data) {
          throw new Error(((data && data.error) || 'HTTP ' + res.status) + ' (HTTP ' + res.status + ')');
        });
      }
      docs = docs.filter(function (x) { return x.id !== d.id; });
      var next = docs.filter(function (x) { return x.id !== PASTED; })[0];
      var done = function () { setStatus('Deleted “' + d.title + '”.'); };
      if (next) { return openDoc(next.id, {}).then(done); }
      clearDoc();
      current = null;
      updatePicker();
      done();
    }).catch(function (err) {
      showError('Could not delete the document: ' + err.message);
    }).finally(function () {
      deleteButton.disabled = false;
    });
  });

  // ---------- start ----------

  loadBasemap();
  fetchJSON('/api/documents').then(function (list) {
    docs = (list.documents || []).map(function (d) { return { id: d.id, title: d.title, saved: !!d.saved }; });
    updatePicker();
    if (!docs.length) {
      setStatus('No documents on this server: paste one below.');
      return;
    }
    var st = readHash();
    var id = st.doc && docs.some(function (d) { return d.id === st.doc; }) ? st.doc : docs[0].id;
    return openDoc(id, st);
  }).catch(function (err) {
    setStatus('');
    showError('Could not list the documents: ' + err.message);
  });
}());
