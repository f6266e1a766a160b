// The dashboard: a hash router over the views; the search form sets the filters.
"use strict";
const FILTERS = ["q", "actor", "type", "country", "place", "since", "until"];
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
               "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
               "COERCE", "ASSAULT"];
const VIEWS = {
  events: (a, f, p) => Views.events(a, f, p),
  article: (a, f, p) => Views.article(a, f, p),
  timeline: (a, f, p) => Views.timeline(a, f, p),
  map: (a, f, p) => Views.map(a, f, p),
  network: (a, f, p) => Views.network(a, f, p),
  actor: (a, f, p) => Views.actor(a, f, p),
};

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query] = raw.split("?");
  const decode = (s) => { try { return decodeURIComponent(s); } catch (e) { return s; } };
  const parts = (path || "events").split("/").map(decode);
  return { view: parts[0] || "events", arg: parts.slice(1).join("/"),
           params: new URLSearchParams(query || "") };
}

function currentFilters() {
  const form = document.getElementById("search");
  const out = {};
  for (const name of FILTERS) out[name] = form.elements[name].value.trim();
  return out;
}

function fillForm(params) {
  const form = document.getElementById("search");
  for (const name of FILTERS) form.elements[name].value = params.get(name) || "";
}

function setJsonLink(url) {
  document.getElementById("json-link").setAttribute("href", url);
}

async function route() {
  const { view, arg, params } = parseHash();
  fillForm(params);
  for (const a of document.querySelectorAll("#tabs a")) {
    a.classList.toggle("active", a.dataset.view === view);
    a.setAttribute("href", "#/" + a.dataset.view + H.qs(currentFilters()));
  }
  const target = document.getElementById("view");
  target.replaceChildren(H.el("p", { class: "loading", text: "Loading…" }));
  try {
    const render = VIEWS[view] || VIEWS.events;
    const node = await render(arg, currentFilters(), params);
    target.replaceChildren(node);
  } catch (err) {
    target.replaceChildren(H.el("p", { class: "error", text: "Error: " + err.message }));
  }
}

function init() {
  const select = document.querySelector("#search select[name=type]");
  for (const t of TYPES) select.append(H.el("option", { value: t, text: t }));
  document.getElementById("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    let { view } = parseHash();
    if (view === "article" || view === "actor") view = "events";
    location.hash = "#/" + view + H.qs(currentFilters());
  });
  document.getElementById("clear").addEventListener("click", () => {
    location.hash = "#/" + parseHash().view.replace(/^(article|actor)$/, "events");
  });
  window.addEventListener("hashchange", route);
  H.json("/api/stats").then((s) => {
    document.getElementById("counts").textContent =
      `${s.counts.articles} articles · ${s.counts.events} events`;
  }).catch(() => {});
  route();
}

document.addEventListener("DOMContentLoaded", init);
