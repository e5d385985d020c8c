import type { Exchange, SimulateResult, Span, Step } from "./api";
import { h, link, patch } from "./dom";
import { lang, t } from "./i18n";
import { Out, messageCard, type Lookup } from "./parsed";
import { timeline } from "./session";

// renderResponse fills target with the simulated server's answers: each
// response annotated like the parsed view, with why the server set each
// field, and the decision trace as a path of steps. Response spans point
// into the server's bytes, not the editor, so they are not linked; trace
// steps point into the request and select its bytes when clicked.
//
// out keeps the elements of the last render: what did not change stays in
// place (see patch), and a fold the learner opened stays open.
export function renderResponse(target: Element, res: SimulateResult, lookup: Lookup, select: (s: Span) => void, out = new Out(false)): void {
  const exchanges = res.exchanges ?? [];
  if (res.error) {
    const msg = t("resp.error", res.error.message);
    patch(target, [out.reuse(`error ${msg}`, 0, () => h("p", { class: "note" }, msg))]);
    return;
  }
  if (!exchanges.length) {
    const msg = t("resp.none");
    patch(target, [out.reuse(`none ${msg}`, 0, () => h("p", { class: "placeholder" }, msg))]);
    return;
  }
  // With several answers, the last is open (it is the one a learner just
  // typed); the others fold to their status line.
  const n = exchanges.length;
  patch(
    target,
    exchanges.map((ex, i) => {
      const card = exchangeCard(ex, i, n, lookup, select, out);
      if (n === 1) return card;
      const d = out.box(`fold ${i} of ${n}`, () => {
        const d = h("details", { class: "exchange-fold" });
        d.open = i === n - 1;
        return d;
      });
      const title = t("resp.answerN", i + 1, `${ex.response.status} ${ex.response.reason}`);
      patch(d, [out.reuse(`fold-summary ${i} ${title}`, 0, () => h("summary", {}, title)), card]);
      return d;
    }),
  );
}

function exchangeCard(ex: Exchange, i: number, n: number, lookup: Lookup, select: (s: Span) => void, out: Out): HTMLElement {
  const why = new Map<number, string>();
  const fields = ex.response.fields ?? [];
  for (const fw of ex.fields ?? []) {
    const j = fields.findIndex((f, k) => !why.has(k) && f.name.toLowerCase() === fw.name.toLowerCase());
    if (j >= 0) why.set(j, fw.why);
  }
  const heading = n > 1 ? t("resp.answerN", i + 1, `${ex.response.status} ${ex.response.reason}`) : t("resp.answer", `${ex.response.status} ${ex.response.reason}`);
  const scope = `ex${i} `;
  const card = messageCard(ex.response, 0, 1, out, lookup, why, heading, scope);
  card.classList.add("exchange");
  if (card.dataset.status !== String(ex.status)) card.dataset.status = String(ex.status);
  const traceBox = out.box(`${scope}trace-box`, () => h("details", { class: "trace-box", open: "" }));
  const traceTitle = t("resp.trace", ex.status);
  patch(traceBox, [out.reuse(`${scope}trace-summary ${traceTitle}`, 0, () => h("summary", {}, traceTitle)), trace(ex.trace ?? [], select, out, scope)]);
  const raw = out.box(`${scope}raw`, () => h("details", { class: "raw" }));
  const rawTitle = t("resp.raw", ex.raw.length);
  patch(raw, [
    out.reuse(`${scope}raw-summary ${rawTitle}`, 0, () => h("summary", {}, rawTitle)),
    out.reuse(`${scope}raw-bytes ${ex.raw}`, 0, () => h("pre", { class: "raw-bytes" }, visibleWire(ex.raw))),
  ]);
  const wrap = out.box(`${scope}exchange`, () => h("div", { class: "exchange-wrap", "data-testid": "exchange" }));
  patch(wrap, [traceBox, card, raw]);
  return wrap;
}

// trace is the path through the server's decisions: one step per question,
// its answer, the RFC section it rests on and the request bytes it read.
function trace(steps: Step[], select: (s: Span) => void, out: Out, scope: string): HTMLElement {
  const ol = out.box(`${scope}trace`, () => h("ol", { class: "trace", "data-testid": "trace" }));
  patch(
    ol,
    steps.map((st) => out.reuse(`${scope}step ${lang()} ${JSON.stringify(st)}`, 0, () => step(st, select))),
  );
  return ol;
}

function step(st: Step, select: (s: Span) => void): HTMLElement {
  const li = h(
    "li",
    { class: `step ${st.answer ? "yes" : "no"}${st.status ? " decides" : ""}`, "data-step": st.id },
    h("span", { class: "answer", "aria-label": st.answer ? t("resp.yes") : t("resp.no") }, st.answer ? "✓" : "✗"),
    " ",
    h("strong", {}, st.question),
    " ",
    h("span", { class: "answer-word" }, st.answer ? t("resp.yes") : t("resp.no")),
    st.status ? h("span", { class: "step-status" }, ` → ${st.status}`) : null,
    h("br"),
    h("span", { class: "step-note" }, st.note),
    " ",
    st.spec?.text ? link(st.spec.text, st.spec.url) : null,
  );
  if (st.span && st.span.end >= st.span.start) {
    const b = h("button", { type: "button", class: "show-bytes" }, t("resp.showBytes"));
    const span = st.span;
    b.addEventListener("click", () => select(span));
    li.append(" ", b);
  }
  return li;
}

// visibleWire shows CR and LF as symbols and keeps the line breaks.
export function visibleWire(raw: string): string {
  return raw.replace(/\r\n/g, "␍␊\n").replace(/\r(?!\n)/g, "␍").replace(/(^|[^\n])\n/g, (m) => m.replace("\n", "␊\n"));
}

// renderSession draws the connection's timeline for the typed requests.
export function renderSession(target: Element, res: SimulateResult, select: (s: Span) => void): void {
  const events = res.timeline ?? [];
  if (res.error || !events.length) {
    target.replaceChildren(h("p", { class: "placeholder" }, t("session.none")));
    return;
  }
  target.replaceChildren(timeline(events, res.exchanges ?? [], select));
}

