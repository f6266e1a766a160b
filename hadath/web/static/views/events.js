// Search results: the articles that match and the table of matching events.
"use strict";
// an actor's name, linking to its page when it has a key
function actorLink(a) {
  if (!a) return "—";
  const key = a.key || a.country || a.org;
  if (!key) return H.actor(a);
  return H.el("a", { class: "actor-link", href: "#/actor/" + encodeURIComponent(key),
                     text: H.actor(a) });
}

// the snippet with the words that matched the query marked (as text, never HTML)
function snippetNode(a) {
  const box = H.el("div", { class: "snippet", dir: "rtl", lang: "ar" });
  let at = 0;
  for (const [s, e] of a.snippet_marks || []) {
    if (s < at) continue;
    box.append(a.snippet.slice(at, s), H.el("mark", { text: a.snippet.slice(s, e) }));
    at = e;
  }
  box.append(a.snippet.slice(at));
  return box;
}

Views.events = async function (arg, filters, params) {
  const offset = Number(params.get("offset") || 0);
  const limit = 50;
  const evUrl = "/api/events" + H.qs({ ...filters, limit, offset });
  setJsonLink(evUrl);
  const [evs, arts] = await Promise.all([
    H.json(evUrl),
    H.json("/api/articles" + H.qs({ ...filters, limit: 10 })),
  ]);
  const root = H.el("div", { class: "events-view" });

  const artList = H.el("ol", { id: "article-hits", class: "hits" });
  for (const a of arts.articles) {
    artList.append(H.el("li", {},
      H.el("a", { href: "#/article/" + encodeURIComponent(a.id), class: "article-link",
                  dir: "auto", text: a.title || a.id }),
      H.el("span", { class: "meta" }, " ", H.el("bdi", { text: a.id }),
           ` · ${a.published || "undated"} · ${a.n_events} event(s)`),
      snippetNode(a)));
  }
  root.append(H.el("h2", { text: `${arts.total} article(s)` }), artList);

  const table = H.el("table", { id: "events-table" });
  table.append(H.el("thead", {}, H.el("tr", {},
    ["date", "type", "source", "target", "place", "trigger", "article"].map(
      (c) => H.el("th", { text: c })))));
  const body = H.el("tbody");
  for (const e of evs.events) {
    const link = "#/article/" + encodeURIComponent(e.article) + "?event=" + e.id;
    body.append(H.el("tr", { "data-event": e.id },
      H.el("td", { text: e.day || "" }),
      H.el("td", {}, H.el("span", { class: "type", style: `background:${H.color(e.type)}`,
                                    text: e.type })),
      H.el("td", {}, actorLink(e.source)),
      H.el("td", {}, e.target.length ? e.target.map(actorLink) : "—"),
      H.el("td", { text: e.location ? (e.location.name_en || e.location.name) : "" }),
      H.el("td", { dir: "rtl", lang: "ar", text: e.trigger ? e.trigger.text : "" }),
      H.el("td", {}, H.el("a", { href: link, text: e.article }))));
  }
  table.append(body);
  const pager = H.el("div", { class: "pager" });
  const page = (o) => "#/events" + H.qs({ ...filters, offset: o });
  if (offset > 0) pager.append(H.el("a", { href: page(Math.max(0, offset - limit)), text: "← newer" }));
  pager.append(H.el("span", { text: ` events ${evs.total ? offset + 1 : 0}–${offset + evs.events.length} of ${evs.total} ` }));
  if (offset + limit < evs.total) pager.append(H.el("a", { href: page(offset + limit), text: "older →" }));
  root.append(H.el("h2", { text: `${evs.total} event(s)` }), table, pager);
  return root;
};
