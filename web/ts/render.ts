import type { Diagnostic, Message, ParseResult, Part, Span } from "./api";
import type { Mark, Problem } from "./editor";
import { h, visible } from "./dom";

// The parts of a start line, in order, with their labels and colour classes.
const requestParts = [
  ["method", "Method", "tok-method"],
  ["target", "Request target", "tok-target"],
  ["version", "HTTP version", "tok-version"],
] as const;
const responseParts = [
  ["version", "HTTP version", "tok-version"],
  ["code", "Status code", "tok-status"],
  ["reason", "Reason phrase", "tok-reason"],
] as const;

function partsOf(m: Message) {
  return m.kind === "response" ? responseParts : requestParts;
}

type PartKey = "method" | "target" | "version" | "code" | "reason";

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
      if (p) marks.push({ from: p.span.start, to: p.span.end, cls, title: label });
    }
    for (const f of [...(m.fields ?? []), ...(m.trailers ?? [])]) {
      mark(marks, f.nameSpan, "tok-field-name", "Field name");
      mark(marks, f.valueSpan, "tok-field-value", "Field value");
    }
    if (m.chunks?.length) {
      for (const c of m.chunks) {
        mark(marks, c.sizeSpan, "tok-chunk-size", "Chunk size");
        mark(marks, c.extSpan, "tok-chunk-ext", "Chunk extensions");
        mark(marks, c.dataSpan, "tok-body", "Chunk data");
      }
    } else {
      mark(marks, m.body?.span, "tok-body", "Body");
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

// renderParsed fills the parsed pane: one card per message.
export function renderParsed(target: Element, res: ParseResult): void {
  const cards = res.messages.map((m, i) => messageCard(m, i, res.messages.length));
  if (cards.length === 0) cards.push(h("p", { class: "placeholder" }, "Type a request: a method, a target and a version on the first line."));
  target.replaceChildren(...cards);
}

function messageCard(m: Message, i: number, n: number): HTMLElement {
  const title = `${m.kind === "response" ? "Response" : "Request"}${n > 1 ? ` ${i + 1}` : ""}`;
  const start = h(
    "dl",
    { class: "start-line", "data-testid": "start-line" },
    ...partsOf(m).flatMap(([key, label, cls]) => {
      const p = startPart(m, key);
      return [h("dt", {}, label), h("dd", { class: cls, "data-part": key }, p ? visible(p.text) : "—")];
    }),
  );
  const fields = (m.fields ?? []).map((f) =>
    h(
      "li",
      { class: "field", "data-testid": "field" },
      h("span", { class: "tok-field-name" }, visible(f.name)),
      h("span", { class: "colon" }, ": "),
      h("span", { class: "tok-field-value" }, visible(f.value)),
    ),
  );
  const status = m.complete
    ? h("p", { class: "complete" }, "Complete message.")
    : h("p", { class: "waiting", "data-testid": "waiting" }, m.waiting?.message ?? "Waiting for more input.");
  const bodyText = m.body?.text ?? "";
  return h(
    "article",
    { class: `message message-${m.kind}`, "data-testid": "message" },
    h("h3", {}, title),
    start,
    h("h4", {}, `Header fields (${fields.length})`),
    fields.length ? h("ul", { class: "fields" }, ...fields) : h("p", { class: "placeholder" }, "No header fields."),
    bodyText ? h("h4", {}, "Body") : null,
    bodyText ? h("pre", { class: "body tok-body" }, bodyText) : null,
    status,
  );
}

// renderDiagnostics lists every diagnostic; clicking one selects its bytes.
export function renderDiagnostics(target: Element, diags: Diagnostic[], select: (s: Span) => void): void {
  target.replaceChildren(
    ...diags.map((d) => {
      const btn = h(
        "button",
        { type: "button", class: `diag diag-${d.severity}`, "data-code": d.code },
        h("span", { class: "sev" }, d.severity),
        " ",
        d.message,
        d.status ? h("span", { class: "diag-status" }, ` → ${d.status}`) : null,
        d.spec ? h("span", { class: "diag-spec" }, ` (${d.spec})`) : null,
      );
      btn.addEventListener("click", () => {
        if (d.span) select(d.span);
      });
      return h("li", {}, btn);
    }),
  );
}
