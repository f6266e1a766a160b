// One article, right to left, with entities, times, quotes and triggers highlighted.
// Each trigger links to its event in the side panel and back.
"use strict";

// Split the text at every span boundary; each piece knows the spans covering it.
function layers(doc) {
  const spans = [];
  for (const ent of doc.entities)
    for (const m of ent.mentions)
      spans.push({ start: m.start, end: m.end, kind: "ent", cls: "hl-ent ent-" + ent.type,
                   title: `${ent.type} ${ent.name_en || ent.name}` +
                          (ent.country || ent.org ? ` [${ent.country || ent.org}]` : ""),
                   entity: ent.id });
  for (const t of doc.times)
    spans.push({ start: t.start, end: t.end, kind: "time", cls: "hl-time",
                 title: `time ${t.value || "unresolved"}` });
  for (const q of doc.quotes) {
    spans.push({ start: q.start, end: q.end, kind: "quote", cls: "hl-quote", title: "quote" });
    if (q.cue) spans.push({ start: q.cue.start, end: q.cue.end, kind: "cue", cls: "hl-cue",
                            title: "speech cue" });
  }
  for (const e of doc.events)
    if (e.trigger) spans.push({ start: e.trigger.start, end: e.trigger.end, kind: "trigger",
                                cls: "hl-trigger", title: `${e.type} event`, event: e.id });
  const cuts = new Set([0, doc.text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= doc.text.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    pieces.push({ start: a, end: b, spans: spans.filter((s) => s.start <= a && s.end >= b) });
  }
  return pieces;
}

// the entity ids an event involves: its source, targets and location
function involved(e) {
  return [e.source && e.source.entity, ...e.target.map((t) => t.entity),
          e.location && e.location.entity].filter(Boolean);
}

function clearSelection(root) {
  for (const n of root.querySelectorAll(".selected, .involved"))
    n.classList.remove("selected", "involved");
}

function markEntities(root, ids) {
  for (const n of root.querySelectorAll("#article-text [data-entity]"))
    if (ids.includes(n.dataset.entity)) n.classList.add("involved");
}

// an event: its trigger, its line in the panel, and the mentions of its actors and place
function selectEvent(root, id) {
  clearSelection(root);
  for (const n of root.querySelectorAll(`[data-event="${Number(id)}"]`)) n.classList.add("selected");
  const ev = (root.events || []).find((e) => e.id === Number(id));
  if (ev) markEntities(root, involved(ev));
}

// an entity: its mentions and every event it takes part in
function selectEntity(root, entityId) {
  clearSelection(root);
  markEntities(root, [entityId]);
  for (const e of root.events || [])
    if (involved(e).includes(entityId))
      for (const n of root.querySelectorAll(`[data-event="${e.id}"]`)) n.classList.add("selected");
}

function renderText(doc, root) {
  const box = H.el("div", { id: "article-text", dir: "rtl", lang: "ar" });
  for (const piece of layers(doc)) {
    const text = doc.text.slice(piece.start, piece.end);
    if (!piece.spans.length) { box.append(document.createTextNode(text)); continue; }
    const node = H.el("span", { class: piece.spans.map((s) => s.cls).join(" "),
                                title: piece.spans.map((s) => s.title).join(" · "),
                                text });
    const trig = piece.spans.find((s) => s.kind === "trigger");
    if (trig) {
      node.dataset.event = trig.event;
      node.addEventListener("click", () => selectEvent(root, trig.event));
    }
    const ent = piece.spans.find((s) => s.kind === "ent");
    if (ent) {
      node.dataset.entity = ent.entity;
      if (!trig) node.addEventListener("click", () => selectEntity(root, ent.entity));
    }
    box.append(node);
  }
  return box;
}

function sentenceText(doc, i) {
  const s = doc.sentences[i];
  return s ? doc.text.slice(s.start, s.end) : "";
}

function eventPanel(doc, root) {
  const list = H.el("ol", { id: "article-events", class: "panel-list" });
  for (const e of doc.events) {
    list.append(H.el("li", { "data-event": e.id, onclick: () => selectEvent(root, e.id) },
      H.el("span", { class: "type", style: `background:${H.color(e.type)}`, text: e.type }),
      ` ${H.actor(e.source)} → ${e.target.map(H.actor).join(", ") || "—"}`,
      H.el("div", { class: "meta", text: [e.date || e.day, e.location && (e.location.name_en ||
                    e.location.name)].filter(Boolean).join(" · ") }),
      H.el("div", { class: "sentence", dir: "rtl", lang: "ar",
                    text: sentenceText(doc, e.sentence) })));
  }
  return list;
}

Views.article = async function (id, filters, params) {
  const url = "/api/articles/" + encodeURIComponent(id);
  setJsonLink(url);
  const doc = await H.json(url);
  const root = H.el("div", { class: "article-view" });
  root.events = doc.events;
  const head = H.el("div", { class: "article-head" },
    H.el("h2", { dir: "auto", text: doc.title || doc.id }),
    H.el("div", { class: "meta", text: [doc.id, doc.published, doc.source].filter(Boolean).join(" · ") }),
    H.el("div", { class: "legend" },
      H.el("span", { class: "hl-ent ent-PER", text: "person" }),
      H.el("span", { class: "hl-ent ent-ORG", text: "organization" }),
      H.el("span", { class: "hl-ent ent-LOC", text: "place" }),
      H.el("span", { class: "hl-time", text: "time" }),
      H.el("span", { class: "hl-quote", text: "quote" }),
      H.el("span", { class: "hl-trigger", text: "event trigger" })));
  const side = H.el("aside", {},
    H.el("h3", { text: `${doc.events.length} event(s)` }), eventPanel(doc, root),
    H.el("h3", { text: `${doc.entities.length} entities` }),
    H.el("ul", { class: "panel-list" }, doc.entities.map((e) =>
      H.el("li", {}, H.el("span", { class: "hl-ent ent-" + e.type, dir: "rtl", text: e.name }),
           ` ${e.name_en || ""} ${e.country || e.org ? "[" + (e.country || e.org) + "]" : ""}`))));
  root.append(head, H.el("div", { class: "article-body" }, renderText(doc, root), side));
  if (params.get("event")) selectEvent(root, params.get("event"));
  return root;
};
