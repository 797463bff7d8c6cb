// marsad dashboard. Report text is untrusted: it is only ever put into the page
// with textContent / createTextNode, never as HTML.
"use strict";

const TYPES = ["battles", "explosions_remote_violence", "violence_against_civilians", "strategic_developments", "protests", "riots"];
const COLORS = { battles: "#d62728", explosions_remote_violence: "#ff7f0e", violence_against_civilians: "#9467bd", strategic_developments: "#2ca02c", protests: "#1f77b4", riots: "#8c564b" };
const PARTIES = ["isis", "sdf", "coalition", "regime", "civilians", "russia", "turkey", "turkish_backed_factions", "opposition", "hts", "iran_backed", "israel", "tribal", "unknown"];

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c ?? "")));
  return e;
}

async function api(path) {
  const r = await fetch(path);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

// ---- filters <-> URL ----
const form = document.getElementById("filters");
function filtersFromUrl() {
  const p = new URLSearchParams(location.search);
  for (const k of ["since", "until", "admin1", "party", "type", "min_fatalities"]) if (form.elements[k]) form.elements[k].value = p.get(k) || "";
  return p;
}
function currentQuery() {
  const p = new URLSearchParams();
  for (const k of ["since", "until", "admin1", "party", "type", "min_fatalities"]) {
    const v = form.elements[k].value;
    if (v) p.set(k, v);
  }
  return p;
}
function pushFilters() {
  const q = currentQuery();
  const ev = new URLSearchParams(location.search).get("event");
  if (ev) q.set("event", ev);
  history.replaceState(null, "", "?" + q.toString() + location.hash);
}

// ---- map ----
const map = L.map("map", { zoomSnap: 0.25, attributionControl: true }).setView([35.0, 38.5], 6.5);
map.attributionControl.addAttribution("Natural Earth; OCHA; GeoNames");
const points = L.layerGroup().addTo(map);
fetch("/assets/vendor/syria.geojson").then(r => r.json()).then(g => {
  L.geoJSON(g, { style: f => f.properties.name === "Syria" ? { color: "#333", weight: 1.5, fillColor: "#fafaf5", fillOpacity: 1 } : { color: "#999", weight: 0.8, fillColor: "#e8e8e2", fillOpacity: 1 } }).addTo(map).bringToBack();
});

async function loadGovernorates() {
  const govs = await api("/api/governorates");
  const sel = form.elements.admin1;
  for (const g of govs.sort((a, b) => a.name.localeCompare(b.name))) {
    sel.append(el("option", { value: g.pcode }, g.name));
    L.marker([g.lat, g.lon], { icon: L.divIcon({ className: "gov-label", html: "", iconSize: [0, 0] }), interactive: false })
      .bindTooltip(g.name, { permanent: true, direction: "center", className: "gov-label" }).addTo(map);
  }
}
for (const p of PARTIES) form.elements.party.append(el("option", { value: p }, p));
for (const t of TYPES) form.elements.type.append(el("option", { value: t }, t.replaceAll("_", " ")));

// ---- timeline ----
let plot = null;
function drawTimeline(events) {
  const byDay = new Map();
  for (const e of events) {
    if (!e.date_start) continue;
    const t = Date.parse(e.date_start + "T00:00:00Z") / 1000;
    const d = byDay.get(t) || { n: 0, f: 0, parties: {} };
    d.n += 1; d.f += e.fatalities;
    for (const p of e.parties) d.parties[p] = (d.parties[p] || 0) + e.fatalities;
    byDay.set(t, d);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const top = Object.entries(events.reduce((acc, e) => { for (const p of e.parties) acc[p] = (acc[p] || 0) + e.fatalities; return acc; }, {}))
    .sort((a, b) => b[1] - a[1]).slice(0, 4).map(x => x[0]);
  const data = [days, days.map(d => byDay.get(d).n), days.map(d => byDay.get(d).f), ...top.map(p => days.map(d => byDay.get(d).parties[p] || 0))];
  const palette = ["#555", "#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#8c564b"];
  const opts = {
    width: document.getElementById("timeline").clientWidth - 10, height: 170,
    cursor: { drag: { x: true, y: false } },
    series: [{}, { label: "events", stroke: palette[0] }, { label: "deaths", stroke: palette[1], width: 2 },
      ...top.map((p, i) => ({ label: "deaths: " + p, stroke: palette[2 + i] }))],
    axes: [{}, {}],
    hooks: { setSelect: [u => {
      if (u.select.width < 2) return;
      const a = u.posToVal(u.select.left, "x"), b = u.posToVal(u.select.left + u.select.width, "x");
      form.elements.since.value = new Date(a * 1000).toISOString().slice(0, 10);
      form.elements.until.value = new Date(b * 1000).toISOString().slice(0, 10);
      pushFilters(); load();
    }] },
  };
  if (plot) plot.destroy();
  plot = days.length ? new uPlot(opts, data, document.getElementById("timeline")) : null;
}

// ---- events ----
let current = [];
async function load() {
  const q = currentQuery();
  q.set("limit", "5000");
  let res;
  try { res = await api("/api/events?" + q.toString()); } catch (err) {
    document.getElementById("summary").replaceChildren(el("span", { class: "err" }, err.message)); return;
  }
  current = res.events;
  points.clearLayers();
  for (const e of current) {
    if (e.lat == null) continue;
    L.circleMarker([e.lat, e.lon], { radius: 4 + Math.sqrt(e.fatalities) * 2, color: COLORS[e.event_type] || "#333", weight: 1, fillOpacity: 0.6 })
      .bindTooltip(`${e.date_start || "?"} ${e.sub_event_type.replaceAll("_", " ")} — ${e.location_name || ""} (${e.fatalities} deaths)`)
      .on("click", () => openEvent(e.id)).addTo(points);
  }
  const deaths = current.reduce((s, e) => s + e.fatalities, 0);
  document.getElementById("summary").replaceChildren(`${current.length} events, ${deaths} deaths (ACLED's conservative count)`);
  const body = document.querySelector("#event-list tbody");
  body.replaceChildren(...current.slice(0, 500).map(e => el("tr", { "data-id": e.id, onclick: () => openEvent(e.id) },
    el("td", {}, e.date_start || "?"), el("td", {}, e.sub_event_type.replaceAll("_", " ")), el("td", {}, `${e.location_name || "-"}, ${e.admin1 || ""}`),
    el("td", {}, e.parties.join(", ")), el("td", {}, e.fatalities), el("td", {}, e.mentions))));
  drawTimeline(current);
  document.body.dataset.loads = String(Number(document.body.dataset.loads || 0) + 1);
}

function highlighted(text, spans, active) {
  // The report with its evidence marked: pieces of text nodes and <mark>s.
  const box = el("div", { class: "report" });
  const cuts = spans.map(s => ({ s: s[0], e: s[1], cls: "evidence" }));
  if (active) cuts.push({ s: active[0], e: active[1], cls: "figure-evidence" });
  cuts.sort((a, b) => a.s - b.s || b.e - a.e);
  const enc = new TextEncoder(), dec = new TextDecoder();
  const bytes = enc.encode(text);
  let pos = 0;
  const flat = [];
  for (const c of cuts) { if (c.s >= pos) { flat.push(c); pos = c.e; } else if (c.cls === "figure-evidence") { flat.push(c); } }
  // Figure spans lie inside evidence spans: split so the figure is its own <mark>.
  const marks = [];
  for (const c of flat.filter(c => c.cls === "evidence")) {
    if (active && active[0] >= c.s && active[1] <= c.e) {
      marks.push({ s: c.s, e: active[0], cls: "evidence" }, { s: active[0], e: active[1], cls: "figure" }, { s: active[1], e: c.e, cls: "evidence" });
    } else marks.push(c);
  }
  if (active && !marks.some(m => m.cls === "figure")) marks.push({ s: active[0], e: active[1], cls: "figure" });
  marks.sort((a, b) => a.s - b.s);
  pos = 0;
  for (const m of marks) {
    if (m.s < pos || m.e <= m.s) continue;
    box.append(document.createTextNode(dec.decode(bytes.slice(pos, m.s))));
    const mk = el("mark", { class: m.cls === "figure" ? "figure-mark" : "evidence" });
    mk.textContent = dec.decode(bytes.slice(m.s, m.e));
    box.append(mk);
    pos = m.e;
  }
  box.append(document.createTextNode(dec.decode(bytes.slice(pos))));
  return box;
}

async function openEvent(id) {
  const pane = document.getElementById("event");
  let d;
  try { d = await api("/api/events/" + id); } catch (err) { pane.replaceChildren(el("p", { class: "err" }, err.message)); return; }
  const q = new URLSearchParams(location.search); q.set("event", id); history.replaceState(null, "", "?" + q.toString());
  document.querySelectorAll("#event-list tr").forEach(tr => tr.classList.toggle("sel", tr.dataset.id == String(id)));
  const e = d.event;
  const fields = el("dl", {},
    el("dt", {}, "Type"), el("dd", { id: "ev-type" }, `${e.event_type} / ${e.sub_event_type}`),
    el("dt", {}, "Date"), el("dd", {}, `${e.date_start || "?"}${e.date_end && e.date_end !== e.date_start ? " – " + e.date_end : ""} (${e.date_precision || "?"})`),
    el("dt", {}, "Place"), el("dd", { id: "ev-place" }, `${e.location_name || "-"} ${e.pcode ? "[" + e.pcode + "]" : ""}, ${e.admin1 || ""} (precision ${e.geo_precision ?? "?"})`),
    el("dt", {}, "Parties"), el("dd", {}, e.parties.join(", ")),
    el("dt", {}, "Deaths"), el("dd", { id: "ev-deaths" }, `${e.fatalities} (reports say ${e.fatalities_low}–${e.fatalities_high})`));
  pane.replaceChildren(el("h2", {}, `Event ${e.id}`), fields, el("h3", {}, `${d.mentions.length} mention(s) in ${new Set(d.mentions.map(m => m.document_id)).size} report(s)`));
  for (const m of d.mentions) {
    const doc = await api("/api/documents/" + m.document_id);
    const holder = el("div", { class: "mention" });
    const show = active => holder.replaceChildren(highlighted(doc.text, m.record.spans, active));
    const figs = el("div", { class: "figures" });
    for (const c of m.record.casualties) {
      const n = c.count.best ?? "?";
      const b = el("span", { class: "figure", onclick: ev => {
        figs.querySelectorAll(".figure").forEach(x => x.classList.remove("on")); ev.currentTarget.classList.add("on"); show(c.span);
        holder.querySelector("mark.figure-mark")?.scrollIntoView({ block: "center" });
      } }, `${c.outcome} ${n}${c.count.qualifier !== "exact" ? " (" + c.count.qualifier.replace("_", " ") + ")" : ""} ${c.party}${c.subgroup ? " · " + c.subgroup : ""}`);
      figs.append(b);
    }
    pane.append(el("h4", {}, `${doc.title || m.document} — ${doc.published || "undated"}`), el("p", { class: "why" }, m.link_reason), figs, holder);
    show(null);
  }
}

// ---- tallies ----
async function loadTallies() {
  const list = document.getElementById("tally-list");
  const series = await api("/api/tallies");
  list.replaceChildren(...series.map(s => {
    const box = el("div", { class: "tally" }, el("h3", {}, `${s.party} ${s.outcome}${s.since ? " since " + s.since : ""}${s.regions.length ? " — " + s.regions.join(", ") : ""}`));
    for (const f of s.flags) box.append(el("p", { class: "flag" }, "⚠ " + f));
    box.append(el("ul", {}, ...s.points.map(p => el("li", {}, `${p.reported || "?"}: ${p.count ?? "?"} (${p.qualifier}) — ${p.document}`))));
    const pts = s.points.filter(p => p.reported && p.count != null);
    if (pts.length >= 2) {
      const div = el("div");
      box.append(div);
      setTimeout(() => new uPlot({ width: Math.min(700, list.clientWidth - 30), height: 150, series: [{}, { label: "total", stroke: "#d62728", points: { show: true } }] },
        [pts.map(p => Date.parse(p.reported + "T00:00:00Z") / 1000), pts.map(p => p.count)], div));
    }
    return box;
  }));
  if (!series.length) list.replaceChildren(el("p", {}, "No running tallies stored yet."));
}

// ---- wiring ----
function tab(which) {
  document.getElementById("events-view").hidden = which !== "events";
  document.getElementById("tallies-view").hidden = which !== "tallies";
  document.getElementById("tab-events").classList.toggle("on", which === "events");
  document.getElementById("tab-tallies").classList.toggle("on", which === "tallies");
  location.hash = which === "tallies" ? "tallies" : "";
  if (which === "tallies") loadTallies(); else map.invalidateSize();
}
document.getElementById("tab-events").addEventListener("click", e => { e.preventDefault(); tab("events"); });
document.getElementById("tab-tallies").addEventListener("click", e => { e.preventDefault(); tab("tallies"); });
form.addEventListener("submit", e => { e.preventDefault(); pushFilters(); load(); });
document.getElementById("reset").addEventListener("click", () => { form.reset(); pushFilters(); load(); });

(async () => {
  await loadGovernorates();
  const p = filtersFromUrl();
  await load();
  if (p.get("event")) openEvent(p.get("event"));
  if (location.hash === "#tallies") tab("tallies");
  document.body.dataset.ready = "1";
})();
