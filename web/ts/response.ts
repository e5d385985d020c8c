import type { Exchange, SimulateResult, Span, Step } from "./api";
import { h, link } from "./dom";
import { t } from "./i18n";
import { Out, messageCard, type Lookup } from "./parsed";
import { timeline } from "./session";

// renderResponse fills target with the simulated server's answers: each
// response annotated like the parsed view, with why the server set each
// field, and the decision trace as a path of steps. Response spans point
// into the server's bytes, not the editor, so they are not linked; trace
// steps point into the request and select its bytes when clicked.
export function renderResponse(target: Element, res: SimulateResult, lookup: Lookup, select: (s: Span) => void): void {
  const exchanges = res.exchanges ?? [];
  if (res.error) {
    target.replaceChildren(h("p", { class: "note" }, t("resp.error", res.error.message)));
    return;
  }
  if (!exchanges.length) {
    target.replaceChildren(h("p", { class: "placeholder" }, t("resp.none")));
    return;
  }
  // With several answers, the last is open (it is the one a learner just
  // typed); the others fold to their status line.
  target.replaceChildren(
    ...exchanges.map((ex, i) => {
      const card = exchangeCard(ex, i, exchanges.length, lookup, select);
      if (exchanges.length === 1) return card;
      const d = h("details", { class: "exchange-fold" }, h("summary", {}, t("resp.answerN", i + 1, `${ex.response.status} ${ex.response.reason}`)), card);
      d.open = i === exchanges.length - 1;
      return d;
    }),
  );
}

function exchangeCard(ex: Exchange, i: number, n: number, lookup: Lookup, select: (s: Span) => void): HTMLElement {
  const why = new Map<number, string>();
  const fields = ex.response.fields ?? [];
  for (const fw of ex.fields ?? []) {
    const j = fields.findIndex((f, k) => !why.has(k) && f.name.toLowerCase() === fw.name.toLowerCase());
    if (j >= 0) why.set(j, fw.why);
  }
  const heading = n > 1 ? t("resp.answerN", i + 1, `${ex.response.status} ${ex.response.reason}`) : t("resp.answer", `${ex.response.status} ${ex.response.reason}`);
  const card = messageCard(ex.response, 0, 1, new Out(false), lookup, why, heading);
  card.classList.add("exchange");
  card.dataset.status = String(ex.status);
  return h(
    "div",
    { class: "exchange-wrap", "data-testid": "exchange" },
    h(
      "details",
      { class: "trace-box", open: "" },
      h("summary", {}, t("resp.trace", ex.status)),
      trace(ex.trace ?? [], select),
    ),
    card,
    h("details", { class: "raw" }, h("summary", {}, t("resp.raw", ex.raw.length)), h("pre", { class: "raw-bytes" }, visibleWire(ex.raw))),
  );
}

// trace is the path through the server's decisions: one step per question,
// its answer, the RFC section it rests on and the request bytes it read.
function trace(steps: Step[], select: (s: Span) => void): HTMLElement {
  return h(
    "ol",
    { class: "trace", "data-testid": "trace" },
    ...steps.map((st) => {
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
    }),
  );
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

