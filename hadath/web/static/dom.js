// Safe DOM building: every piece of data goes in as textContent or an attribute,
// never as HTML. Article text is untrusted input.
"use strict";
const H = {
  el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = String(v);
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  },
  svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "text") node.textContent = String(v);
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) if (c) node.append(c);
    return node;
  },
  // query string from an object, skipping empty values
  qs(params) {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== "" && v != null) u.set(k, v);
    const s = u.toString();
    return s ? "?" + s : "";
  },
  async json(url) {
    const r = await fetch(url);
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  },
  actor(a) {
    if (!a) return "—";
    const key = a.key || a.country || a.org || "?";
    const name = a.name_en || a.text;
    return name ? `${name} [${key}]` : key;
  },
  // one distinct colour per PLOVER type (grouped: cooperation greens/blues, conflict reds);
  // other keys (actors) get a stable colour from a hash
  TYPE_COLORS: {
    AGREE: "#2ca02c", CONSULT: "#1f77b4", SUPPORT: "#17becf", CONCEDE: "#98df8a",
    COOPERATE: "#aec7e8", AID: "#9467bd", RETREAT: "#c5b0d5", REQUEST: "#bcbd22",
    ACCUSE: "#ff7f0e", REJECT: "#ffbb78", THREATEN: "#e377c2", PROTEST: "#8c564b",
    SANCTION: "#7f7f7f", MOBILIZE: "#c49c94", COERCE: "#ff9896", ASSAULT: "#d62728",
  },
  color(key) {
    if (H.TYPE_COLORS[key]) return H.TYPE_COLORS[key];
    const palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
                     "#e377c2", "#17becf", "#bcbd22", "#7f7f7f"];
    let h = 0;
    for (const ch of String(key)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return palette[h % palette.length];
  },
};
const Views = {};
