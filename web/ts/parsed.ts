import type { Chunk, Diagnostic, FieldInfo, FieldLine, Message, ParseResult, Part, Span, ValuePart } from "./api";
import type { Mark, Problem } from "./editor";
import { h, link, patch, visible } from "./dom";
import { lang, t, type Key } from "./i18n";

// Lookup is what the parsed view asks the knowledge base about the start
// line; the Playground answers from the browser module.
export interface Lookup {
  method(name: string): { summary: string; spec?: { text: string; url?: string }; registered: boolean; guess?: string } | undefined;
  status(code: number): { summary: string; className?: string; spec?: { text: string; url?: string } } | undefined;
}

// A Linked element shows the bytes [from, to) of the editor's text; the
// Playground lights one side when the other is hovered or focused.
export interface Linked {
  from: number;
  to: number;
  el: HTMLElement;
}

// Cached is a field item kept between renders: its element, the offset of
// its field when built and the linked parts inside it.
export interface Cached {
  el: HTMLElement;
  base: number;
  linked: Linked[];
}

// Out collects what a render produced: the linked elements, in document
// order, and whether spans point into the editor's text.
// Kept is what a render leaves for the next one: the elements it built, by
// what they show (several when the same thing shows more than once).
export type Kept = Map<string, Cached[]>;

export class Out {
  readonly linked: Linked[] = [];
  // cache holds the elements of the previous render by what they show and
  // where their parts sit within them: typing elsewhere in the message
  // moves them (their offsets are shifted) rather than rebuilding them.
  private next: Kept = new Map();
  text = ""; // the text spans point into
  constructor(
    readonly linkable: boolean,
    private readonly cache: Kept = new Map(),
  ) {}

  // reuse returns an element built for key last time and not yet reused in
  // this render, moved to base (or builds one).
  reuse(key: string, base: number, build: () => HTMLElement): HTMLElement {
    let kept = this.cache.get(key)?.shift();
    if (kept) {
      const delta = base - kept.base;
      if (delta !== 0) {
        for (const l of kept.linked) {
          l.from += delta;
          l.to += delta;
          l.el.dataset.from = String(l.from);
          l.el.dataset.to = String(l.to);
        }
        kept.base = base;
      }
      this.linked.push(...kept.linked);
    } else {
      const before = this.linked.length;
      const el = build();
      kept = { el, base, linked: this.linked.slice(before) };
    }
    const same = this.next.get(key);
    if (same) same.push(kept);
    else this.next.set(key, [kept]);
    return kept.el;
  }

  // box returns the container built for key last time, or a new one: its
  // children are patched by the caller, so what did not change stays put.
  box<E extends HTMLElement>(key: string, build: () => E): E {
    return this.reuse("\u0001" + key, 0, build) as E;
  }

  // kept is the cache for the next render.
  kept(): Kept {
    return this.next;
  }

  // tie marks el as showing span (when spans point into the editor).
  tie<E extends HTMLElement>(el: E, span: Span | null | undefined, offset = 0): E {
    if (!this.linkable || !span) return el;
    const from = span.start + offset;
    const to = span.end + offset;
    el.dataset.from = String(from);
    el.dataset.to = String(to);
    el.classList.add("linked");
    this.linked.push({ from, to, el });
    return el;
  }
}

type PartKey = "method" | "target" | "version" | "code" | "reason";

// The parts of a start line, in order, with their labels and colour classes.
const requestParts: [PartKey, Key, string][] = [
  ["method", "part.method", "tok-method"],
  ["target", "part.target", "tok-target"],
  ["version", "part.version", "tok-version"],
];
const responseParts: [PartKey, Key, string][] = [
  ["version", "part.version", "tok-version"],
  ["code", "part.code", "tok-status"],
  ["reason", "part.reason", "tok-reason"],
];

function partsOf(m: Message) {
  return m.kind === "response" ? responseParts : requestParts;
}

function startPart(m: Message, key: PartKey): Part | undefined {
  const p = m.startLine?.[key];
  return p && p.span && p.span.end > p.span.start ? p : undefined;
}

function mark(marks: Mark[], s: Span | null | undefined, cls: string, title: string): void {
  if (s && s.end > s.start) marks.push({ from: s.start, to: s.end, cls, title });
}

// marksFor lists the colour marks for every part of every message.
export function marksFor(res: ParseResult): Mark[] {
  const marks: Mark[] = [];
  for (const m of res.messages) {
    for (const [key, label, cls] of partsOf(m)) {
      const p = startPart(m, key);
      if (p) marks.push({ from: p.span.start, to: p.span.end, cls, title: t(label) });
    }
    for (const f of [...(m.fields ?? []), ...(m.trailers ?? [])]) {
      const odd = f.info && (!f.info.known || f.info.match === "misspelled");
      mark(marks, f.nameSpan, odd ? "tok-field-name tok-unknown" : "tok-field-name", odd && f.info?.note ? f.info.note : t("part.fieldName"));
      mark(marks, f.valueSpan, "tok-field-value", t("part.fieldValue"));
    }
    if (m.chunks?.length) {
      for (const c of m.chunks) {
        mark(marks, c.sizeSpan, "tok-chunk-size", t("part.chunkSize"));
        mark(marks, c.extSpan, "tok-chunk-ext", t("part.chunkExt"));
        mark(marks, c.dataSpan, "tok-body", t("part.chunkData"));
      }
    } else {
      mark(marks, m.body?.span, "tok-body", t("part.body"));
    }
  }
  return marks;
}

export function problemsFor(res: ParseResult): Problem[] {
  return res.diagnostics.map((d) => ({
    from: d.span?.start ?? 0,
    to: d.span?.end ?? 0,
    severity: d.severity === "note" ? "info" : d.severity,
    message: d.message,
  }));
}

// renderParsed fills target with one card per message, keeping every part
// whose content did not change where it is (see patch).
export function renderParsed(target: Element, res: ParseResult, out: Out, lookup: Lookup, kind: "request" | "response"): void {
  const cards = res.messages.map((m, i) => messageCard(m, i, res.messages.length, out, lookup));
  if (cards.length === 0) {
    const key: Key = kind === "response" ? "parsed.emptyResponse" : "parsed.empty";
    cards.push(out.reuse(`empty ${lang()} ${key}`, 0, () => h("p", { class: "placeholder" }, t(key))));
  }
  patch(target, cards);
}

// messageCard shows one message; scope keeps its parts apart from other
// cards' in out's cache (the response pane shows several).
export function messageCard(m: Message, i: number, n: number, out: Out, lookup: Lookup, why?: Map<number, string>, heading?: string, scope = ""): HTMLElement {
  const title = heading ?? (m.kind === "response" ? t("msg.response") : t("msg.request")) + (n > 1 ? ` ${i + 1}` : "");
  const fields = m.fields ?? [];
  const trailers = m.trailers ?? [];
  const text = (tag: "h3" | "h4", s: string) => out.reuse(`${scope}${tag} ${s}`, 0, () => h(tag, {}, s));
  let list: HTMLElement;
  if (fields.length) {
    list = out.box(`${scope}fields ${i}`, () => h("ul", { class: "fields" }));
    patch(
      list,
      fields.map((f, j) => {
        const w = why?.get(j);
        return out.reuse(`${scope}${fieldKey(f)}\u0000${w ?? ""}`, f.span?.start ?? 0, () => fieldItem(f, out, w));
      }),
    );
  } else {
    list = out.reuse(`nofields ${lang()}`, 0, () => h("p", { class: "placeholder" }, t("msg.noFields")));
  }
  const status = m.complete ? `✓ ${t("msg.complete")}` : `⏳ ${m.waiting?.message ?? t("msg.waiting")}`;
  const card = out.box(`${scope}card ${i} ${m.kind}`, () => h("article", { class: `message message-${m.kind}`, "data-testid": "message" }));
  const parts: (HTMLElement | null)[] = [
    text("h3", title),
    startLine(m, out, lookup, scope),
    text("h4", t("msg.fields", fields.length)),
    list,
    emptyLine(m, out, scope),
    body(m, out, scope),
    trailers.length ? h("h4", {}, t("msg.trailers", trailers.length)) : null,
    trailers.length ? h("ul", { class: "fields trailers" }, ...trailers.map((f) => fieldItem(f, out))) : null,
    out.reuse(`${scope}status ${status}`, 0, () =>
      m.complete
        ? h("p", { class: "complete", "data-testid": "complete" }, t("msg.complete"))
        : h("p", { class: "waiting", "data-testid": "waiting", role: "status" }, `⏳ ${m.waiting?.message ?? t("msg.waiting")}`),
    ),
  ];
  patch(card, parts.filter((p): p is HTMLElement => p !== null));
  return card;
}

// rel writes a span relative to base, for keys that must not change when
// typing elsewhere moves the part.
function rel(sp: Span | null | undefined, base: number): string {
  return sp ? `${sp.start - base}-${sp.end - base}` : "";
}

function startLine(m: Message, out: Out, lookup: Lookup, scope: string): HTMLElement {
  const base = m.startLine?.span?.start ?? m.span?.start ?? 0;
  const key = [
    "start",
    lang(),
    m.kind,
    ...partsOf(m).map(([k]) => {
      const p = startPart(m, k);
      return p ? `${p.text}@${rel(p.span, base)}` : "";
    }),
    m.method,
    m.status,
    m.version,
    m.targetForm,
    m.path?.text,
    m.query?.text,
  ].join("\u0000");
  return out.reuse(scope + key, base, () => buildStartLine(m, out, lookup));
}

function buildStartLine(m: Message, out: Out, lookup: Lookup): HTMLElement {
  const rows = partsOf(m).flatMap(([key, label, cls]) => {
    const p = startPart(m, key);
    const dd = h("dd", { class: "part", tabindex: p ? "0" : undefined }, h("code", { class: cls, "data-part": key }, p ? visible(p.text) : "—"));
    if (p) {
      out.tie(dd, p.span);
      const note = explainPart(m, key, lookup);
      if (note) dd.append(note);
    }
    return [h("dt", {}, t(label)), dd];
  });
  const dl = h("dl", { class: "start-line", "data-testid": "start-line" }, ...rows);
  return dl;
}

function explainPart(m: Message, key: PartKey, lookup: Lookup): HTMLElement | null {
  switch (key) {
    case "method": {
      const info = lookup.method(m.method);
      if (!info) return null;
      return h(
        "div",
        { class: "explain" },
        !info.registered && info.guess ? h("p", { class: "note" }, t("explain.methodGuess", m.method, info.guess)) : null,
        !info.registered && !info.guess ? h("p", { class: "note" }, t("explain.methodUnknown", m.method)) : null,
        info.registered || info.guess ? h("p", {}, info.summary, " ", info.spec ? link(info.spec.text, info.spec.url) : null) : null,
      );
    }
    case "target": {
      const form = m.targetForm && m.targetForm !== "none" ? m.targetForm : "";
      return h(
        "div",
        { class: "explain" },
        form ? h("p", {}, t(("form." + form) as Key)) : null,
        m.path ? h("p", { class: "sub" }, t("explain.path"), " ", h("code", {}, visible(m.path.text))) : null,
        m.query ? h("p", { class: "sub" }, t("explain.query"), " ", h("code", {}, visible(m.query.text))) : null,
      );
    }
    case "version":
      return h("div", { class: "explain" }, h("p", {}, m.version === "HTTP/1.1" ? t("explain.version11") : t("explain.version", m.version)));
    case "code": {
      const info = lookup.status(m.status);
      if (!info) return null;
      return h("div", { class: "explain" }, h("p", {}, info.className ? `${info.className}: ` : "", info.summary, " ", info.spec ? link(info.spec.text, info.spec.url) : null));
    }
    case "reason":
      return h("div", { class: "explain" }, h("p", {}, t("explain.reason")));
  }
}

// fieldKey says what a field item shows, with its spans relative to the
// field's start, so the same line typed further down reuses its item.
function fieldKey(f: FieldLine): string {
  const base = f.span?.start ?? 0;
  return [lang(), f.name, f.value, rel(f.span, base), rel(f.nameSpan, base), rel(f.colonSpan, base), rel(f.valueSpan, base), f.folded, JSON.stringify(f.info ?? null)].join("\u0000");
}

function fieldItem(f: FieldLine, out: Out, why?: string): HTMLElement {
  const info = f.info;
  const head = h(
    "div",
    { class: "field-line" },
    h("code", { class: "tok-field-name" }, visible(f.name)),
    h("span", { class: "colon" }, ": "),
    h("code", { class: "tok-field-value" }, visible(f.value)),
  );
  const li = h("li", { class: "field", "data-testid": "field", tabindex: "0" }, head);
  out.tie(li, f.span);
  if (why) li.append(h("p", { class: "why" }, t("explain.why"), " ", why));
  // In a response the server's reason comes first; what the field means in
  // general is one click away, so three answers stay readable.
  if (info && why) li.append(h("details", { class: "field-more" }, h("summary", {}, t("explain.more")), explainField(f, info, out)));
  else if (info) li.append(explainField(f, info, out));
  return li;
}

function explainField(f: FieldLine, info: FieldInfo, out: Out): HTMLElement {
  const badges: string[] = [];
  if (info.category) badges.push(t(("cat." + info.category) as Key));
  if (info.status && info.status !== "permanent") badges.push(statusWord(info.status));
  if (!info.known) badges.push(t("explain.unknownField"));
  const off = f.valueSpan?.start;
  const parts = info.value?.parts ?? [];
  const notes = info.value?.notes ?? [];
  return h(
    "div",
    { class: "explain" },
    info.note ? h("p", { class: "note", "data-testid": "field-note" }, info.note) : null,
    h(
      "p",
      {},
      ...badges.map((b) => h("span", { class: "badge" }, b)),
      badges.length ? " " : "",
      info.summary || (info.known ? "" : t("explain.unknownFieldText")),
      " ",
      info.spec ? link(info.spec.text, info.spec.url) : null,
    ),
    parts.length ? valueDetails(parts, out, off) : null,
    ...notes.map((n) =>
      h("p", { class: `value-note sev-${n.severity}` }, h("span", { class: "sev" }, t(sevKey(n.severity))), " ", n.text, " ", n.spec ? link(n.spec.text, n.spec.url) : null),
    ),
  );
}

// valueDetails lists the value's parts; open in the parsed view (where they
// link to the editor), folded in the response, which is long enough.
function valueDetails(parts: ValuePart[], out: Out, off: number | undefined): HTMLElement {
  const d = h(
    "details",
    { class: "value-details" },
    h("summary", {}, t("explain.valueParts", parts.length)),
    h("ul", { class: "value-parts" }, ...parts.map((p) => valuePart(p, out, off))),
  );
  d.open = out.linkable;
  return d;
}

function valuePart(p: ValuePart, out: Out, off: number | undefined): HTMLElement {
  const li = h(
    "li",
    { class: "value-part" },
    h("code", {}, visible(p.value)),
    " ",
    h("span", { class: "role" }, p.role),
    " ",
    p.text,
    p.children?.length ? h("ul", { class: "value-parts" }, ...p.children.map((c) => valuePart(c, out, off))) : null,
  );
  if (off !== undefined) out.tie(li, p.span, off);
  return li;
}

function emptyLine(m: Message, out: Out, scope: string): HTMLElement | null {
  const span = m.emptyLine;
  if (!span) return null;
  return out.reuse(`${scope}empty-line ${lang()} ${rel(span, span.start)}`, span.start, () =>
    out.tie(h("p", { class: "empty-line", "data-testid": "empty-line", tabindex: "0" }, h("code", { class: "crlf" }, "␍␊"), " ", t("msg.emptyLine")), span),
  );
}

function body(m: Message, out: Out, scope: string): HTMLElement | null {
  const chunks = m.chunks ?? [];
  const text = m.body?.text ?? "";
  if (!chunks.length && !text && m.framing === "none") return null;
  const base = m.body?.span?.start ?? chunks[0]?.span?.start ?? 0;
  const key = ["body", lang(), m.framing, m.body?.length, rel(m.body?.span, base), ...chunks.map((c) => `${c.size}:${rel(c.span, base)}:${c.extSpan ? out.text.slice(c.extSpan.start, c.extSpan.end) : ""}`), text].join("\u0000");
  return out.reuse(scope + key, base, () => buildBody(m, out));
}

function buildBody(m: Message, out: Out): HTMLElement {
  const chunks = m.chunks ?? [];
  const text = m.body?.text ?? "";
  const framing = m.framing && m.framing !== "none" ? t(("framing." + m.framing) as Key) : "";
  return h(
    "section",
    { class: "body-part", "data-testid": "body" },
    h("h4", {}, t("msg.body", m.body?.length ?? 0)),
    framing ? h("p", { class: "sub" }, framing) : null,
    chunks.length ? h("ol", { class: "chunks", "data-testid": "chunks" }, ...chunks.map((c) => chunkItem(c, out))) : null,
    text ? h("p", { class: "sub" }, chunks.length ? t("msg.decoded") : "") : null,
    text ? out.tie(h("pre", { class: "body tok-body", tabindex: "0" }, text), chunks.length ? null : m.body?.span) : null,
  );
}

function chunkItem(c: Chunk, out: Out): HTMLElement {
  return out.tie(
    h(
      "li",
      { class: "chunk", tabindex: "0" },
      c.size === 0 ? t("msg.lastChunk") : t("msg.chunk", c.size),
      c.extSpan && c.extSpan.end > c.extSpan.start && out.text ? h("code", { class: "tok-chunk-ext" }, " ", t("msg.chunkExt", visible(out.text.slice(c.extSpan.start, c.extSpan.end)))) : null,
    ),
    c.span,
  );
}

function statusWord(status: string): string {
  const key = ("fstatus." + status) as Key;
  const word = t(key);
  return word === key ? status : word;
}

function sevKey(sev: string): Key {
  return sev === "error" ? "sev.error" : sev === "warning" ? "sev.warning" : "sev.note";
}

// renderDiagnostics lists every diagnostic; clicking one selects its bytes.
export function renderDiagnostics(target: Element, diags: Diagnostic[], select: (s: Span) => void, light: (s: Span | null) => void = () => {}): void {
  target.replaceChildren(
    ...diags.map((d) => {
      const btn = h(
        "button",
        { type: "button", class: `diag diag-${d.severity}`, "data-code": d.code },
        h("span", { class: "sev" }, t(sevKey(d.severity))),
        " ",
        d.message,
        d.status ? h("span", { class: "diag-status" }, ` → ${d.status}`) : null,
        d.spec ? h("span", { class: "diag-spec" }, ` (${d.spec})`) : null,
      );
      btn.addEventListener("click", () => {
        if (d.span) select(d.span);
      });
      // Pointing at a diagnostic lights its bytes, as the parsed parts do.
      for (const ev of ["pointerenter", "focus"]) btn.addEventListener(ev, () => light(d.span));
      for (const ev of ["pointerleave", "blur"]) btn.addEventListener(ev, () => light(null));
      return h("li", {}, btn);
    }),
  );
}
