// The map: a bundled world outline (Natural Earth via world-atlas, no tile server)
// with a circle per event location, sized by its number of events.
"use strict";
let WORLD = null;

async function world() {
  if (!WORLD) {
    const topo = await H.json("/static/vendor/world-atlas/countries-110m.json");
    WORLD = topojson.feature(topo, topo.objects.countries).features;
  }
  return WORLD;
}

// A ring that crosses the antimeridian (Russia, Fiji) is unwrapped so that it stays
// one shape running past the map's edge, instead of a stripe across the whole map.
function ringPath(ring, proj) {
  let shift = 0, prev = null;
  return ring.map((pt, i) => {
    let lon = pt[0] + shift;
    if (prev !== null && lon - prev > 180) { shift -= 360; lon -= 360; }
    else if (prev !== null && lon - prev < -180) { shift += 360; lon += 360; }
    prev = lon;
    const [x, y] = proj(lon, pt[1]);
    return (i ? "L" : "M") + x.toFixed(1) + " " + y.toFixed(1);
  }).join("") + "Z";
}

function featurePath(geom, proj) {
  if (!geom) return "";
  const polys = geom.type === "Polygon" ? [geom.coordinates] : geom.type === "MultiPolygon"
    ? geom.coordinates : [];
  return polys.map((poly) => poly.map((ring) => ringPath(ring, proj)).join("")).join("");
}

Views.map = async function (arg, filters, params) {
  const url = "/api/places" + H.qs(filters);
  setJsonLink(url);
  const [features, data] = await Promise.all([world(), H.json(url)]);
  const places = data.places;
  const root = H.el("div", { id: "map" });
  root.append(H.el("h2", { text: `${places.length} event location(s)` }));
  // fit the view to the places (at least a 40° x 25° window), else the whole world
  let [x0, x1, y0, y1] = [-180, 180, -60, 85];
  if (places.length) {
    const lons = places.map((p) => p.lon), lats = places.map((p) => p.lat);
    const mx = (Math.min(...lons) + Math.max(...lons)) / 2;
    const my = (Math.min(...lats) + Math.max(...lats)) / 2;
    const w = Math.max(40, (Math.max(...lons) - Math.min(...lons)) * 1.4);
    const h = Math.max(25, (Math.max(...lats) - Math.min(...lats)) * 1.4, w * 0.5);
    [x0, x1, y0, y1] = [mx - w / 2, mx + w / 2, my - h / 2, my + h / 2];
  }
  const W = 900, Hh = Math.round(900 * (y1 - y0) / (x1 - x0));
  const proj = (lon, lat) => [((lon - x0) / (x1 - x0)) * W, ((y1 - lat) / (y1 - y0)) * Hh];
  const svg = H.svg("svg", { viewBox: `0 0 ${W} ${Hh}`, class: "chart map", role: "img" });
  svg.append(H.svg("rect", { x: 0, y: 0, width: W, height: Hh, class: "sea" }));
  for (const f of features) {
    const p = H.svg("path", { class: "country", d: featurePath(f.geometry, proj) });
    p.append(H.svg("title", { text: (f.properties && f.properties.name) || "" }));
    svg.append(p);
  }
  const max = Math.max(1, ...places.map((p) => p.events));
  for (const p of places) {
    const [x, y] = proj(p.lon, p.lat);
    const link = H.svg("a", { href: "#/events" + H.qs({ ...filters, place: p.name_en || p.name }) });
    const c = H.svg("circle", { class: "place", cx: x, cy: y, r: 4 + 16 * Math.sqrt(p.events / max) });
    c.append(H.svg("title", { text: `${p.name_en || p.name} (${p.country || "?"}): ${p.events} event(s)` }));
    link.append(c, H.svg("text", { x: x + 6, y: y - 6, class: "label", text: p.name_en || p.name }));
    svg.append(link);
  }
  root.append(svg);
  const list = H.el("ol", { class: "panel-list" }, places.slice(0, 20).map((p) =>
    H.el("li", { text: `${p.name_en || p.name} [${p.country || "?"}] — ${p.events}` })));
  root.append(list);
  return root;
};
