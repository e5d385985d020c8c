import type { Exchange, Span, TimelineEvent, Waterfall } from "./api";
import { h, s } from "./dom";
import { t } from "./i18n";

// Geometry of the sequence diagram (SVG user units).
const W = 420;
const clientX = 70;
const serverX = 350;
const rowH = 34;
const top = 40;
// diagrams numbers the arrow markers: ids must be unique on a page that
// holds several playgrounds.
let diagrams = 0;

// timeline draws one connection as a sequence diagram: the client's and
// the server's lifelines, an arrow for each request and response, the
// connection opened, kept alive or closed, and a numbered note for each
// moment explaining it.
export function timeline(events: TimelineEvent[], exchanges: Exchange[], select: (s: Span) => void): HTMLElement {
  const height = top + events.length * rowH + 20;
  const marker = `arrow-${++diagrams}`;
  const svg = s(
    "svg",
    { viewBox: `0 0 ${W} ${height}`, class: "timeline-svg", role: "img" },
    s("title", {}, t("session.title")),
    s("defs", {}, s("marker", { id: marker, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" }, s("path", { d: "M0,0 L10,5 L0,10 z", class: "arrow-head" }))),
    s("text", { x: clientX, y: 20, "text-anchor": "middle", class: "lane-label" }, t("session.client")),
    s("text", { x: serverX, y: 20, "text-anchor": "middle", class: "lane-label" }, t("session.server")),
    s("line", { x1: clientX, y1: 28, x2: clientX, y2: height - 10, class: "lifeline" }),
    s("line", { x1: serverX, y1: 28, x2: serverX, y2: height - 10, class: "lifeline" }),
  );
  events.forEach((e, i) => {
    const y = top + i * rowH + rowH / 2;
    svg.append(...row(e, i, y, exchanges, marker));
  });
  const notes = h(
    "ol",
    { class: "timeline-notes" },
    ...events.map((e) => {
      const li = h("li", { class: `ev ev-${e.kind}`, "data-kind": e.kind }, h("span", { class: "ev-kind" }, kindLabel(e.kind)), " ", e.note);
      if (e.span && e.span.end > e.span.start) {
        const b = h("button", { type: "button", class: "show-bytes" }, t("resp.showBytes"));
        const span = e.span;
        b.addEventListener("click", () => select(span));
        li.append(" ", b);
      }
      return li;
    }),
  );
  return h("figure", { class: "timeline", "data-testid": "timeline" }, svg, h("figcaption", {}, notes));
}

function kindLabel(kind: string): string {
  switch (kind) {
    case "connect": return t("ev.connect");
    case "request": return t("ev.request");
    case "continue": return t("ev.continue");
    case "response": return t("ev.response");
    case "close": return t("ev.close");
    case "idle": return t("ev.idle");
    case "unread": return t("ev.unread");
    case "waiting": return t("ev.waiting");
    default: return kind;
  }
}

function row(e: TimelineEvent, i: number, y: number, exchanges: Exchange[], marker: string): SVGElement[] {
  const arrow = (x1: number, x2: number, yy: number, kind: string) => arrowLine(x1, x2, yy, kind, marker);
  const n = `${i + 1}`;
  const num = s("text", { x: 12, y: y + 4, class: "ev-num" }, n);
  const mid = (clientX + serverX) / 2;
  const ex = e.exchange >= 0 ? exchanges[e.exchange] : undefined;
  switch (e.kind) {
    case "connect":
      return [num, arrow(clientX, serverX, y, "connect"), label(mid, y - 5, t("ev.connect"))];
    case "request": {
      const line = ex ? `${ex.request.method} ${ex.request.target}` : t("ev.request");
      return [num, arrow(clientX, serverX, y, "request"), label(mid, y - 5, `${clip(line)} (${e.bytes} B)`)];
    }
    case "continue":
      return [num, arrow(serverX, clientX, y, "continue"), label(mid, y - 5, "100 Continue")];
    case "response": {
      const line = ex ? `${ex.response.status} ${ex.response.reason}` : t("ev.response");
      return [num, arrow(serverX, clientX, y, "response"), label(mid, y - 5, `${clip(line)} (${e.bytes} B)`)];
    }
    case "close":
      return [num, s("line", { x1: clientX, y1: y, x2: serverX, y2: y, class: "ev-close" }), label(mid, y - 5, t("ev.close")), cross(clientX, y), cross(serverX, y)];
    case "idle":
      return [num, s("line", { x1: clientX, y1: y, x2: serverX, y2: y, class: "ev-idle" }), label(mid, y - 5, t("ev.idle"))];
    default:
      return [num, s("circle", { cx: e.kind === "unread" ? clientX : serverX, cy: y, r: 5, class: `ev-dot ev-${e.kind}` }), label(mid, y - 5, kindLabel(e.kind))];
  }
}

function clip(text: string): string {
  return text.length > 34 ? text.slice(0, 33) + "…" : text;
}

function arrowLine(x1: number, x2: number, y: number, kind: string, marker: string): SVGElement {
  const pad = x2 > x1 ? -4 : 4;
  return s("line", { x1, y1: y, x2: x2 + pad, y2: y, class: `ev-arrow ev-${kind}`, "marker-end": `url(#${marker})` });
}

function label(x: number, y: number, text: string): SVGElement {
  return s("text", { x, y, "text-anchor": "middle", class: "ev-label" }, text);
}

function cross(x: number, y: number): SVGElement {
  return s("path", { d: `M${x - 5},${y - 5} L${x + 5},${y + 5} M${x + 5},${y - 5} L${x - 5},${y + 5}`, class: "ev-cross" });
}

// waterfall draws a page load: one bar per request, placed on a shared
// time axis, queued time lighter than the exchange itself, each row
// saying which connection carried it and why.
export function waterfall(w: Waterfall): HTMLElement {
  const fetches = w.fetches ?? [];
  if (w.error || !fetches.length) return h("p", { class: "placeholder" }, w.error?.message ?? t("session.none"));
  const end = Math.max(1, ...fetches.map((f) => f.end));
  const rows = fetches.map((f) => {
    const queued = h("span", { class: "bar-queued" });
    const active = h("span", { class: `bar-active conn-${((f.conn - 1) % 6) + 1}` });
    queued.style.left = pct(f.queued, end);
    queued.style.width = pct(Math.max(0, f.start - f.queued), end);
    active.style.left = pct(f.start, end);
    active.style.width = pct(Math.max(1, f.end - f.start), end);
    return h(
      "li",
      { class: "wf-row", "data-testid": "waterfall-row", tabindex: "0" },
      h("span", { class: "wf-path" }, h("code", {}, f.path), f.load > 1 ? h("span", { class: "badge" }, t("wf.reload")) : null),
      h("span", { class: "wf-meta" }, `${f.status} · ${t("wf.conn", f.conn)}${f.newConn ? " · " + t("wf.new") : ""} · ${f.start}–${f.end} ms`),
      h("span", { class: "wf-track", "aria-hidden": "true" }, queued, active),
      h("span", { class: "wf-why" }, f.found, " ", f.why),
    );
  });
  return h(
    "figure",
    { class: "waterfall", "data-testid": "waterfall" },
    h("ol", { class: "wf-rows" }, ...rows),
    h(
      "figcaption",
      {},
      t("wf.caption", fetches.length, (w.connections ?? []).length, end),
      h("span", { class: "wf-legend" }, h("span", { class: "swatch bar-queued" }), " ", t("wf.legendWait"), " ", h("span", { class: "swatch bar-active" }), " ", t("wf.legendActive")),
    ),
  );
}

function pct(v: number, total: number): string {
  return `${((100 * v) / total).toFixed(2)}%`;
}
