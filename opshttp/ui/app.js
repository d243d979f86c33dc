// The live page of the flows: polls /ui/state.json every second, turns
// the cumulative counts into rates between two polls, and draws them.
// Everything is built with DOM calls and textContent: field paths come
// from events, so nothing here is ever parsed as HTML.
"use strict";

const POLL_MS = 1000;
const SVG = "http://www.w3.org/2000/svg";
const PROJ_ORDER = ["full", "pseudonymized", "redacted", "quarantine"];
const MAX_REGIONS = 12;

let prev = null;        // the previous state
const rates = {};       // route key -> smoothed routes per second
let inRate = 0;         // smoothed input events per second
let quarRate = 0;

function el(tag, attrs, ...kids) {
  const e = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.setAttribute("class", v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  return e;
}

function fmt(n) {
  if (n >= 1e9) return (n / 1e9).toFixed(1) + "G";
  if (n >= 1e6) return (n / 1e6).toFixed(1) + "M";
  if (n >= 1e4) return (n / 1e3).toFixed(1) + "k";
  return Math.round(n).toLocaleString("en-US");
}
function fmtRate(r) { return r >= 100 ? Math.round(r).toString() : r.toFixed(1); }
function setText(id, s) { document.getElementById(id).textContent = s; }
function smooth(old, cur) { return old === undefined ? cur : old * 0.4 + cur * 0.6; }
function sum(o) { return Object.values(o).reduce((a, b) => a + b, 0); }

function update(st) {
  const t = Date.parse(st.time) / 1000;
  const routes = {};
  for (const r of st.routes) routes[r.region + "\u0000" + r.projection] = r.count;
  const quarTotal = sum(st.outcomes) - (st.outcomes.ok || 0);
  if (prev) {
    const dt = Math.max(t - prev.t, 0.001);
    for (const [k, c] of Object.entries(routes)) rates[k] = smooth(rates[k], Math.max(c - (prev.routes[k] || 0), 0) / dt);
    inRate = smooth(inRate, Math.max(st.consumed - prev.consumed, 0) / dt);
    quarRate = smooth(quarRate, Math.max(quarTotal - prev.quarTotal, 0) / dt);
  }
  prev = { t, routes, consumed: st.consumed, quarTotal };

  setText("ruleset", st.ruleset || "none");
  const sh = document.getElementById("shadow-chip");
  sh.hidden = !st.shadow;
  setText("shadow", st.shadow || "");
  const rl = document.getElementById("reload");
  const failed = st.reloads.failed || 0;
  rl.textContent = st.reload_error
    ? "last reload failed · previous rules in force"
    : "reloads " + (st.reloads.ok || 0) + " ok" + (failed ? " · " + failed + " failed" : "");
  rl.className = "chip " + (st.reload_error ? "bad" : "ok");
  setText("clock", "updated " + new Date(st.time).toLocaleTimeString("en-GB"));

  setText("k-rate", fmtRate(inRate));
  setText("k-consumed", fmt(st.consumed));
  setText("k-quar", fmt(quarTotal));
  const decided = sum(st.outcomes);
  setText("k-quar-share", decided ? (100 * quarTotal / decided).toFixed(1) + "% of decisions · " + fmtRate(quarRate) + "/s" : "of decisions");
  setText("k-lag", fmt(st.lag.reduce((a, l) => a + l.records, 0)));
  setText("k-retries", fmt(st.write_retries));

  drawSankey(st, routes);
  drawBars("reasons", Object.entries(st.quarantine).map(([k, v]) => [k, v]), "", "no quarantined events");
  drawBars("lag", st.lag.map(l => [l.topic + "/" + l.partition, l.records]), "lag", "no partitions assigned yet", true);
  drawRecent(st.recent);
}

// drawSankey draws input -> regions, one band per region and projection,
// its width following the current rate (the totals since start while
// nothing flows, so an idle service still shows where events went).
function drawSankey(st, totals) {
  const svg = document.getElementById("sankey");
  svg.replaceChildren();
  let val = rates, basis = "band width follows the rate of routes per region and projection";
  if (sum(rates) < 0.05) { val = totals; basis = "nothing flowing now: band width follows the totals since start"; }
  setText("flow-basis", basis);

  // Regions by volume; the smallest are folded into "other".
  const byRegion = {};
  for (const [k, v] of Object.entries(val)) {
    const [region, proj] = k.split("\u0000");
    if (!(v > 0)) continue;
    const r = byRegion[region] || (byRegion[region] = { name: region, total: 0, parts: {} });
    r.total += v;
    r.parts[proj] = (r.parts[proj] || 0) + v;
  }
  let regions = Object.values(byRegion).filter(r => r.name !== "quarantine").sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  if (regions.length > MAX_REGIONS) {
    const rest = regions.slice(MAX_REGIONS - 1);
    const other = { name: "other (" + rest.length + ")", total: 0, parts: {} };
    for (const r of rest) { other.total += r.total; for (const [p, v] of Object.entries(r.parts)) other.parts[p] = (other.parts[p] || 0) + v; }
    regions = regions.slice(0, MAX_REGIONS - 1).concat([other]);
  }
  if (byRegion.quarantine) regions.push(byRegion.quarantine);
  const total = regions.reduce((a, r) => a + r.total, 0);
  if (!(total > 0)) {
    svg.append(el("svg:text", { x: 450, y: 230, "text-anchor": "middle", class: "empty" }, "waiting for the first events…"));
    return;
  }

  const W = 900, H = 460, top = 14, gap = 7;
  const x0 = 130, nodeW = 14, x1 = 620;
  const minH = 2, slot = 17; // a region's label needs a slot even when its band is thin
  const avail = H - 2 * top - gap * (regions.length - 1);
  let scale = avail / total;
  const extra = regions.reduce((a, r) => a + Math.max(0, slot - r.total * scale), 0);
  scale = Math.max(avail - extra, avail * 0.3) / total;
  // Right nodes.
  let y = top;
  const segs = [];
  for (const r of regions) {
    const h = Math.max(r.total * scale, minH);
    let sy = y;
    for (const p of PROJ_ORDER) {
      const v = r.parts[p];
      if (!v) continue;
      const sh = Math.max(v * scale, 1);
      segs.push({ region: r.name, proj: p, v, ry: sy, h: sh });
      svg.append(el("svg:rect", { x: x1, y: sy, width: nodeW, height: sh, class: p }));
      sy += sh;
    }
    const rateText = val === rates ? fmtRate(r.total) + "/s" : fmt(r.total);
    svg.append(el("svg:text", { x: x1 + nodeW + 8, y: y + h / 2 + 4 }, r.name, el("svg:tspan", { dx: 8, class: "rate" }, rateText)));
    y += Math.max(h, slot) + gap;
  }
  // Left node: the sum of the bands, centred.
  const inH = segs.reduce((a, s) => a + s.h, 0);
  let ly = Math.max(top, (H - inH) / 2);
  svg.append(el("svg:rect", { x: x0 - nodeW, y: ly, width: nodeW, height: inH, class: "node input", rx: 2 }));
  svg.append(el("svg:text", { x: x0 - nodeW - 10, y: ly + inH / 2 - 4, "text-anchor": "end" }, "input"));
  svg.append(el("svg:text", { x: x0 - nodeW - 10, y: ly + inH / 2 + 14, "text-anchor": "end", class: "rate" },
    val === rates ? fmtRate(inRate) + " ev/s" : fmt(st.consumed) + " ev"));
  // Bands, drawn under the nodes.
  const mx = (x0 + x1) / 2;
  const bands = [];
  for (const s of segs) {
    const a0 = ly, a1 = ly + s.h, b0 = s.ry, b1 = s.ry + s.h;
    const d = `M${x0},${a0} C${mx},${a0} ${mx},${b0} ${x1},${b0} L${x1},${b1} C${mx},${b1} ${mx},${a1} ${x0},${a1} Z`;
    const path = el("svg:path", { d, class: "band " + s.proj });
    path.append(el("svg:title", {}, s.region + " · " + s.proj + " · " + (val === rates ? fmtRate(s.v) + " routes/s" : fmt(s.v) + " routes")));
    bands.push(path);
    ly += s.h;
  }
  svg.prepend(...bands);
}

function drawBars(id, rows, cls, empty, keepOrder) {
  const box = document.getElementById(id);
  box.replaceChildren();
  if (!keepOrder) rows.sort((a, b) => b[1] - a[1]);
  if (!rows.length) { box.append(el("div", { class: "none" }, empty)); return; }
  const max = Math.max(1, ...rows.map(r => r[1]));
  for (const [name, v] of rows.slice(0, 12)) {
    const fill = el("div", { class: "fill " + cls });
    fill.style.width = Math.max(v > 0 ? 2 : 0, 100 * v / max) + "%";
    box.append(el("div", { class: "bar" }, el("span", { class: "name", title: name }, name), el("div", { class: "track" }, fill), el("span", { class: "num" }, fmt(v))));
  }
}

function drawRecent(recent) {
  const body = document.getElementById("recent");
  body.replaceChildren();
  if (!recent.length) {
    body.append(el("tr", {}, el("td", { colspan: 6, class: "none" }, "no decisions yet")));
    return;
  }
  for (const d of recent.slice(0, 10)) {
    const outcome = d.outcome === "ok" ? el("span", { class: "tag ok" }, "ok") : el("span", { class: "tag reason" }, d.outcome);
    const countries = el("td", {}, ...(d.countries || []).map(c => el("span", { class: "tag country" }, c)));
    if (d.minor) countries.append(el("span", { class: "tag reason" }, "minor"));
    const routes = el("td", {}, ...(d.routes || []).map(r => el("span", { class: "tag " + r.projection, title: r.reason || r.projection }, r.region === r.projection ? r.region : r.region + " · " + r.projection)));
    const fields = el("details", { class: "paths" },
      el("summary", {}, d.field_count + " fields · " + d.personal + " personal · " + d.sensitive + " sensitive"));
    for (const f of d.fields || []) {
      fields.append(el("div", {}, el("code", {}, f.path), " ", el("span", { class: f.personal ? "personal" : "cat" }, f.category),
        f.detected_by ? " (" + f.detected_by + ")" : ""));
    }
    body.append(el("tr", {},
      el("td", { class: "mono" }, new Date(d.at).toLocaleTimeString("en-GB")),
      el("td", { class: "mono" }, "p" + d.partition + " @" + d.offset),
      el("td", {}, outcome), countries, routes, el("td", {}, fields)));
  }
}

async function poll() {
  const pulse = document.getElementById("pulse");
  try {
    const resp = await fetch("/ui/state.json", { cache: "no-store", credentials: "same-origin" });
    if (!resp.ok) throw new Error("state.json: HTTP " + resp.status);
    update(await resp.json());
    pulse.className = "pulse live";
  } catch (e) {
    pulse.className = "pulse down";
    setText("clock", "disconnected: " + e.message);
  }
  setTimeout(poll, POLL_MS);
}

poll();
