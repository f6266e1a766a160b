// The timeline (stacked bars of event counts by type) and the actor network.
"use strict";

function legend(series) {
  return H.el("div", { class: "legend" }, series.map((s) =>
    H.el("span", { class: "key" },
      H.el("i", { style: `background:${H.color(s.key)}` }), `${s.key} (${s.total})`)));
}

Views.timeline = async function (arg, filters, params) {
  const interval = params.get("interval") || "month";
  const by = params.get("by") === "actor" ? "actor" : "type";
  const url = "/api/timeseries" + H.qs({ ...filters, by, interval });
  setJsonLink(url);
  const ts = await H.json(url);
  const root = H.el("div", { id: "timeline" });
  const pick = H.el("div", { class: "intervals" },
    ["day", "month", "year"].map((i) =>
      H.el("a", { href: "#/timeline" + H.qs({ ...filters, by, interval: i }),
                  class: i === interval ? "active" : null, text: i })),
    " · by ",
    ["type", "actor"].map((b) =>
      H.el("a", { href: "#/timeline" + H.qs({ ...filters, by: b, interval }),
                  class: b === by ? "active" : null, text: b === "type" ? "event type" : "source actor" })));
  root.append(H.el("h2", { text: `Events by ${by === "type" ? "type" : "source actor"} per ${interval}` }), pick);
  root.append(...timelineChart(ts));
  return root;
};

// Stacked bars, one colour per series; returns the nodes to show.
function timelineChart(ts) {
  if (!ts.periods.length) return [H.el("p", { text: "No dated events match." })];
  const W = 900, Hh = 320, padL = 40, padB = 60, padT = 10;
  const totals = ts.periods.map((_, i) => ts.series.reduce((a, s) => a + s.counts[i], 0));
  const max = Math.max(1, ...totals);
  const bw = (W - padL) / ts.periods.length;
  const y = (v) => padT + (Hh - padT - padB) * (1 - v / max);
  const svg = H.svg("svg", { viewBox: `0 0 ${W} ${Hh}`, class: "chart", role: "img" });
  for (const tick of [0, Math.round(max / 2), max]) {
    svg.append(H.svg("line", { x1: padL, x2: W, y1: y(tick), y2: y(tick), class: "grid" }),
               H.svg("text", { x: padL - 6, y: y(tick) + 4, "text-anchor": "end", text: tick }));
  }
  ts.periods.forEach((p, i) => {
    let base = 0;
    for (const s of ts.series) {
      const n = s.counts[i];
      if (!n) continue;
      const bar = H.svg("rect", { class: "bar", x: padL + i * bw + 1, width: Math.max(1, bw - 2),
                                  y: y(base + n), height: y(base) - y(base + n),
                                  fill: H.color(s.key), "data-key": s.key });
      bar.append(H.svg("title", { text: `${p} ${s.key}: ${n}` }));
      svg.append(bar);
      base += n;
    }
    const every = Math.ceil(ts.periods.length / 16);
    if (i % every === 0)
      svg.append(H.svg("text", { x: padL + i * bw + bw / 2, y: Hh - padB + 16,
                                 "text-anchor": "middle", class: "tick", text: p }));
  });
  return [svg, legend(ts.series)];
}

Views.actor = async function (key, filters, params) {
  const url = "/api/actors/" + encodeURIComponent(key) + H.qs({ ...filters, actor: "" });
  setJsonLink(url);
  const a = await H.json(url);
  const root = H.el("div", { id: "actor" });
  root.append(
    H.el("h2", { text: `${a.key}: ${a.events} event(s)` }),
    H.el("p", { class: "meta", text: "also named: " +
      (a.names.map((n) => `${n.name_en} (${n.count})`).join(", ") || "—") }),
    H.el("p", {}, H.el("a", { href: "#/events" + H.qs({ ...filters, actor: a.key }),
                             text: `list the events of ${a.key}` })),
    H.el("h3", { text: "Events over time, by type" }), ...timelineChart(a.timeline),
    H.el("h3", { text: "Deals most with" }),
    H.el("ol", { class: "panel-list" }, a.partners.map((p) => H.el("li", {},
      H.el("a", { href: "#/actor/" + encodeURIComponent(p.key), text: p.key }),
      ` as ${p.role}: ${p.events}`))));
  return root;
};


Views.network = async function (arg, filters, params) {
  const url = "/api/network" + H.qs({ ...filters, limit: 60 });
  setJsonLink(url);
  const net = await H.json(url);
  const root = H.el("div", { id: "network" });
  root.append(H.el("h2", { text: "Who acts on whom (edge width = events)" }));
  if (!net.nodes.length) { root.append(H.el("p", { text: "No events with both actors match." })); return root; }
  const W = 900, Hh = 560, cx = W / 2, cy = Hh / 2, R = Math.min(W, Hh) / 2 - 50;
  const pos = {};
  net.nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / net.nodes.length - Math.PI / 2;
    pos[n.key] = [cx + R * Math.cos(a), cy + R * Math.sin(a)];
  });
  const maxW = Math.max(1, ...net.edges.map((e) => e.weight));
  const maxN = Math.max(1, ...net.nodes.map((n) => n.events));
  const svg = H.svg("svg", { viewBox: `0 0 ${W} ${Hh}`, class: "chart", role: "img" });
  svg.append(H.svg("defs", {}, H.svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10,
    refY: 5, markerWidth: 12, markerHeight: 12, markerUnits: "userSpaceOnUse",
    orient: "auto-start-reverse" },
    H.svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#555" }))));
  for (const e of net.edges) {
    const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
    const r2 = 6 + 14 * Math.sqrt(net.nodes.find((n) => n.key === e.target).events / maxN);
    const d = Math.hypot(x2 - x1, y2 - y1) || 1;
    const line = H.svg("line", { class: "edge", x1, y1, x2: x2 - ((x2 - x1) * r2) / d,
                                 y2: y2 - ((y2 - y1) * r2) / d,
                                 "stroke-width": 1 + 7 * (e.weight / maxW),
                                 "marker-end": "url(#arrow)" });
    line.append(H.svg("title", { text: `${e.source} → ${e.target}: ${e.weight} event(s)` }));
    svg.append(line);
  }
  for (const n of net.nodes) {
    const [x, y] = pos[n.key];
    const r = 6 + 14 * Math.sqrt(n.events / maxN);
    const g = H.svg("g", { class: "node-group" });
    const link = H.svg("a", { href: "#/actor/" + encodeURIComponent(n.key) + H.qs(filters) });
    const circle = H.svg("circle", { class: "node", cx: x, cy: y, r, fill: H.color(n.key) });
    circle.append(H.svg("title", { text: `${n.key}: ${n.events} event(s)` }));
    link.append(circle, H.svg("text", { x, y: y - r - 4, "text-anchor": "middle",
                                        class: "label", text: n.key }));
    g.append(link);
    svg.append(g);
  }
  root.append(svg);
  return root;
};
