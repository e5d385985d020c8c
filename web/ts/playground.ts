import type { HttpPlayground, ParseResult, SimulateResult, Span } from "./api";
import { dom } from "./config";
import { h } from "./dom";
import { MessageEditor, wireOf, type Mark, type Problem } from "./editor";
import { lang, setLang, t, type Key, type Lang } from "./i18n";
import { Out, type Kept, marksFor, problemsFor, renderDiagnostics, renderParsed, type Linked, type Lookup } from "./parsed";
import { renderResponse, renderSession } from "./response";
import { waterfall } from "./session";

export type Kind = "request" | "response";
export type Pane = "parsed" | "response" | "session";

// State is everything a learner chose: what a share link carries and what
// is saved as they type.
export interface State {
  text: string;
  kind: Kind;
  lenient: boolean;
  method: string; // the request a response answers (response mode)
  whitespace: boolean;
  scenario?: string; // the simulated site, as JSON; the default site when absent
}

export interface PlaygroundOptions extends Partial<State> {
  readOnly?: boolean;
  panes?: Pane[]; // which panes show; all when absent
  controls?: boolean; // show the mode, strictness and whitespace controls
  onChange?: () => void; // the state changed (read it with get())
}

// readLimit is how much of the text is read (UTF-16 code units): the
// parser and the panes keep up with typing up to here.
export const readLimit = 64 * 1024;

// simInline is the longest text (UTF-16 code units) the simulated server
// answers in the same task as the keystroke, so every pane shows the same
// text: a few KB, what learners type, take it a few milliseconds. For a
// longer text its answer waits for typing to pause.
export const simInline = 8 * 1024;

// Parsed is one reading of the editor's text, and whether the editor shows
// its colours and problems yet.
interface Parsed {
  wire: string;
  opts: string;
  res: ParseResult;
  shown: boolean;
}

const methods = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"];

// Playground is one editor with its panes, mounted on a root element: the
// main page has one, an embedding page may have many, all sharing the one
// browser module (wasm.ts).
export class Playground {
  private state: State;
  private readonly editor: MessageEditor;
  private api?: HttpPlayground;
  private readonly panes: Set<Pane>;
  private readonly labels: [HTMLElement, Key, "text" | "label"][] = [];
  private linked: Linked[] = [];
  private lit: HTMLElement[] = [];
  private simTimer = 0;
  private last?: ParseResult;
  private fieldCache: Kept = new Map();
  private parsedFor?: Parsed;
  private diagKey = "";
  private rev = 0;
  private respCache: Kept = new Map();
  private sessKey = "";
  private readonly el: {
    diagnostics: HTMLElement;
    parsed: HTMLElement;
    response?: HTMLElement;
    responseSection?: HTMLElement;
    session?: HTMLElement;
    pageLoad?: HTMLElement;
    cut: HTMLElement;
    kind: HTMLSelectElement;
    method: HTMLSelectElement;
    methodWrap: HTMLElement;
    lenient: HTMLSelectElement;
    whitespace: HTMLInputElement;
  };

  constructor(readonly root: HTMLElement, private readonly o: PlaygroundOptions, api: Promise<HttpPlayground>) {
    this.state = {
      text: o.text ?? "",
      kind: o.kind ?? "request",
      lenient: o.lenient ?? false,
      method: o.method ?? "GET",
      whitespace: o.whitespace ?? false,
      scenario: o.scenario,
    };
    this.panes = new Set(o.panes ?? ["parsed", "response", "session"]);

    const kind = this.chooser("ctl.kind", [["request", "kind.request"], ["response", "kind.response"]], "kind");
    const method = h("select", { "data-testid": "method" });
    for (const m of methods) method.append(h("option", { value: m }, m));
    const methodWrap = h("label", { class: "ctl ctl-method" }, this.text(h("span", {}), "ctl.method"), method);
    const lenient = this.chooser("ctl.parser", [["strict", "mode.strict"], ["lenient", "mode.lenient"]], "strictness");
    const whitespace = h("input", { type: "checkbox", "data-testid": "whitespace" });
    const controls = h(
      "div",
      { class: "pg-controls", "data-testid": "controls" },
      kind.wrap,
      methodWrap,
      lenient.wrap,
      h("label", { class: "ctl ctl-check" }, whitespace, this.text(h("span", {}), "ctl.whitespace")),
    );
    if (o.controls === false) controls.hidden = true;

    const diagnostics = h("ul", { class: "diagnostics", "data-testid": "diagnostics" });
    const cut = h("p", { class: "note cut", "data-testid": "cut", role: "status" });
    cut.hidden = true;
    this.label(diagnostics, "pane.diagnostics");
    const host = h("div", { class: "editor-host" });
    const editorPane = h(
      "section",
      { class: "pane pane-editor", "data-testid": "editor" },
      this.text(h("h2", {}), "pane.editor"),
      this.text(h("p", { class: "hint" }), "hint.editor"),
      host,
      cut,
      diagnostics,
    );
    const parsed = h("div", { class: "parsed-body", "aria-live": "off" });
    const parts: HTMLElement[] = [editorPane];
    if (this.panes.has("parsed")) {
      parts.push(h("section", { class: "pane pane-parsed", "data-testid": "parsed" }, this.text(h("h2", {}), "pane.parsed"), parsed));
    }
    let response: HTMLElement | undefined;
    let responseSection: HTMLElement | undefined;
    if (this.panes.has("response")) {
      response = h("div", { class: "response-body" }, h("p", { class: "placeholder" }, t("resp.loading")));
      responseSection = h(
        "section",
        { class: "pane pane-response", "data-testid": "response" },
        this.text(h("h2", {}), "pane.response"),
        this.scenarioEditor(),
        response,
      );
      parts.push(responseSection);
    }
    let session: HTMLElement | undefined;
    let pageLoad: HTMLElement | undefined;
    if (this.panes.has("session")) {
      session = h("div", { class: "session-body" });
      pageLoad = h("div", { class: "pageload-body" });
      const play = this.text(h("button", { type: "button", "data-testid": "play-pageload" }), "wf.play");
      const reload = h("input", { type: "checkbox", "data-testid": "pageload-reload" });
      play.addEventListener("click", () => this.playPageLoad(reload.checked));
      parts.push(
        h(
          "section",
          { class: "pane pane-session", "data-testid": "session" },
          this.text(h("h2", {}), "pane.session"),
          this.text(h("p", { class: "hint" }), "hint.session"),
          session,
          this.text(h("h3", {}), "wf.title"),
          this.text(h("p", { class: "hint" }), "hint.pageload"),
          h("div", { class: "pg-controls" }, play, h("label", { class: "ctl ctl-check" }, reload, this.text(h("span", {}), "wf.reloadLabel"))),
          pageLoad,
        ),
      );
    }
    root.replaceChildren(controls, h("div", { class: "panes" }, ...parts));
    root.classList.add("playground");

    this.el = { cut, diagnostics, parsed, response, responseSection, session, pageLoad, kind: kind.select, method, methodWrap, lenient: lenient.select, whitespace };
    kind.select.addEventListener("change", () => this.set({ kind: kind.select.value === "response" ? "response" : "request" }));
    method.addEventListener("change", () => this.set({ method: method.value }));
    lenient.select.addEventListener("change", () => this.set({ lenient: lenient.select.value === "lenient" }));
    whitespace.addEventListener("change", () => this.set({ whitespace: whitespace.checked }));

    // Hovering or focusing a linked part lights its bytes; leaving it goes
    // back to the focused part (a pointer crossing the pane must not undo
    // what the keyboard chose).
    parsed.addEventListener("pointerover", (e) => this.lightFrom(e.target) || this.lightFrom(document.activeElement) || this.editor.light(null));
    parsed.addEventListener("focusin", (e) => this.lightFrom(e.target));
    parsed.addEventListener("pointerleave", () => this.lightFrom(document.activeElement) || this.editor.light(null));

    this.editor = new MessageEditor(host, {
      text: this.state.text,
      readOnly: o.readOnly ?? false,
      label: t("editor.label"),
      onChange: () => {
        this.update();
        this.o.onChange?.();
      },
      annotate: (doc) => this.annotate(wireOf(doc, readLimit)),
      onPoint: (off) => this.lightParsed(off),
    });
    this.syncControls();
    this.editor.showWhitespace(this.state.whitespace);

    api.then(
      (a) => {
        this.api = a;
        // The first answer waits for the next task: the page can say it
        // parses (the parsed pane is there) while the server, whose first
        // call is slower than any after it, answers a moment later.
        this.update(false);
      },
      () => {
        parsed.replaceChildren(h("p", { class: "note" }, t("status.failed", "")));
      },
    );
  }

  // scenarioEditor lets a teacher change the simulated site (its pages,
  // redirects, rules) as JSON; the scenario travels in share links.
  private scenarioEditor(): HTMLElement {
    const area = h("textarea", { class: "scenario-text", "data-testid": "scenario", rows: "14", spellcheck: "false" });
    this.label(area, "sc.label");
    const apply = this.text(h("button", { type: "button", "data-testid": "scenario-apply" }), "sc.apply");
    const reset = this.text(h("button", { type: "button", "data-testid": "scenario-reset" }), "sc.reset");
    const box = h(
      "details",
      { class: "scenario-box" },
      this.text(h("summary", {}), "sc.title"),
      this.text(h("p", { class: "hint" }), "sc.hint"),
      area,
      h("div", { class: "pg-controls" }, apply, reset),
    );
    const fill = () => {
      if (this.state.scenario) area.value = this.state.scenario;
      else if (this.api && typeof this.api.scenario === "function") area.value = JSON.stringify(this.api.scenario(), null, 2);
    };
    box.addEventListener("toggle", () => {
      if (box.open && !area.value) fill();
    });
    apply.addEventListener("click", () => this.set({ scenario: area.value.trim() || undefined }));
    reset.addEventListener("click", () => {
      area.value = "";
      this.set({ scenario: undefined });
      fill();
    });
    this.scenarioBox = { box, area, fill };
    return box;
  }

  private scenarioBox?: { box: HTMLDetailsElement; area: HTMLTextAreaElement; fill: () => void };

  // get is the state now; the text is read from the editor, which holds it.
  get(): State {
    return { ...this.state, text: this.editor.text() };
  }

  // set changes part of the state (from a control, a preset or a link) and
  // updates every pane.
  set(p: Partial<State>): void {
    const before = this.state;
    this.state = { ...before, ...p };
    if (p.text !== undefined && p.text !== this.editor.text()) this.editor.setText(p.text); // calls update via onChange
    if (p.whitespace !== undefined) this.editor.showWhitespace(p.whitespace);
    const sb = this.scenarioBox;
    if ("scenario" in p && sb && sb.area.value !== (p.scenario ?? "")) {
      sb.area.value = "";
      if (sb.box.open) sb.fill();
    }
    this.syncControls();
    this.update();
    this.o.onChange?.();
  }

  setLang(l: Lang): void {
    setLang(l);
    this.root.lang = l;
    for (const [el, key, how] of this.labels) {
      if (how === "text") el.textContent = t(key);
      else el.setAttribute("aria-label", t(key));
    }
    this.editor.setLabel(t("editor.label"));
    this.update();
    if (this.el.pageLoad?.childElementCount) this.playPageLoad(false);
  }

  focus(): void {
    this.editor.view.focus();
  }

  // select selects bytes of the editor's text (wire offsets).
  select(s: Span): void {
    this.editor.select(s.start, s.end);
  }

  private text<E extends HTMLElement>(el: E, key: Key): E {
    el.textContent = t(key);
    this.labels.push([el, key, "text"]);
    return el;
  }

  private label<E extends HTMLElement>(el: E, key: Key): E {
    el.setAttribute("aria-label", t(key));
    this.labels.push([el, key, "label"]);
    return el;
  }

  private chooser(labelKey: Key, options: [string, Key][], testid: string) {
    const select = h("select", { "data-testid": testid });
    for (const [value, key] of options) select.append(this.text(h("option", { value }), key));
    const wrap = h("label", { class: "ctl" }, this.text(h("span", {}), labelKey), select);
    return { select, wrap };
  }

  private syncControls(): void {
    const s = this.state;
    this.el.kind.value = s.kind;
    this.el.method.value = methods.includes(s.method) ? s.method : "GET";
    this.el.methodWrap.hidden = s.kind !== "response";
    this.el.lenient.value = s.lenient ? "lenient" : "strict";
    this.el.whitespace.checked = s.whitespace;
    this.root.dataset.kind = s.kind;
    if (this.el.responseSection) this.el.responseSection.hidden = s.kind === "response";
  }

  private lookup(): Lookup {
    const api = this.api;
    const l = lang();
    const memo = this.memo;
    const once = <T>(key: string, f: () => T): T => {
      if (!memo.has(key)) memo.set(key, f());
      return memo.get(key) as T;
    };
    return {
      method: (name) => once(`m ${l} ${name}`, () => this.methodInfo(api, name, l)),
      status: (code) => once(`s ${l} ${code}`, () => this.statusInfo(api, code, l)),
    };
  }

  // memo keeps what the knowledge base said about methods and status codes.
  private memo = new Map<string, unknown>();

  private methodInfo(api: HttpPlayground | undefined, name: string, l: string): ReturnType<Lookup["method"]> {
    const r = api?.method?.(name, l) as
      | { registered?: boolean; method?: { name: string; summary: string; spec?: { text: string; url?: string } } }
      | undefined;
    if (!r || !r.method) return r ? { summary: "", registered: false } : undefined;
    return { summary: r.method.summary, spec: r.method.spec, registered: !!r.registered, guess: r.registered ? undefined : r.method.name };
  }

  private statusInfo(api: HttpPlayground | undefined, code: number, l: string): ReturnType<Lookup["status"]> {
    const r = api?.status?.(code, l) as { summary?: string; className?: string; spec?: { text: string; url?: string } } | undefined;
    return r && r.summary ? { summary: r.summary, className: r.className, spec: r.spec } : undefined;
  }

  // parse reads the text (up to readLimit) with the current options, once:
  // the editor's transaction asks first (annotate), then update renders the
  // panes from the same result.
  private parse(wire: string): Parsed | undefined {
    const api = this.api;
    if (!api) return undefined;
    const s = this.state;
    const opts = { kind: s.kind, mode: s.lenient ? ("lenient" as const) : ("strict" as const), lang: lang(), method: s.kind === "response" ? s.method : undefined };
    const key = JSON.stringify(opts);
    const last = this.parsedFor;
    if (last && last.wire === wire && last.opts === key) return last;
    performance.mark("pg-parse-start");
    const res = api.parse(wire, opts);
    performance.measure("pg-parse", "pg-parse-start");
    this.parsedFor = { wire, opts: key, res, shown: false };
    return this.parsedFor;
  }

  private annotate(wire: string): { wire: string; marks: Mark[]; problems: Problem[] } | null {
    const p = this.parse(wire);
    if (!p || p.res.error) return null;
    p.shown = true;
    return { wire, marks: marksFor(p.res), problems: problemsFor(p.res) };
  }

  // update renders every pane for the text at once (every keystroke): the
  // parsed message, its diagnostics and, up to simInline, the simulated
  // server's answer.
  private update(inline = true): void {
    if (!this.api) return;
    performance.mark("pg-update-start");
    const p = this.parse(this.editor.text(readLimit))!;
    const { wire, res } = p;
    // A huge paste is read up to a limit, so every keystroke stays quick;
    // the learner is told where the reading stopped.
    const length = this.editor.wireLength();
    const cut = length > readLimit;
    if (this.el.cut.hidden === cut) this.el.cut.hidden = !cut;
    if (cut) this.el.cut.textContent = t("editor.cut", length, readLimit);
    if (res.error) {
      this.el.parsed.replaceChildren(h("p", { class: "note" }, t("status.parserError", res.error.message)));
      return;
    }
    this.last = res;
    if (!p.shown) {
      performance.mark("pg-editor-start");
      this.editor.show(wire, marksFor(res), problemsFor(res));
      performance.measure("pg-editor", "pg-editor-start");
      p.shown = true;
    }
    // The response pane is stale from here until simulate has run.
    this.root.dataset.sim = "pending";
    performance.mark("pg-render-start");
    const out = new Out(true, this.fieldCache);
    out.text = wire;
    renderParsed(this.el.parsed, res, out, this.lookup(), this.state.kind);
    this.fieldCache = out.kept();
    this.linked = out.linked;
    for (const el of this.lit) el.classList.remove("lit");
    this.lit = [];
    const diagKey = lang() + JSON.stringify(res.diagnostics);
    if (diagKey !== this.diagKey) {
      this.diagKey = diagKey;
      renderDiagnostics(
        this.el.diagnostics,
        res.diagnostics,
        (sp) => this.editor.select(sp.start, sp.end),
        (sp) => (sp ? this.editor.light(sp.start, Math.max(sp.end, sp.start + 1)) : this.editor.light(null)),
      );
    }
    performance.measure("pg-render", "pg-render-start");
    // data-rev counts the texts the panes have been rendered for; with
    // data-sim, tests and benchmarks know when every pane shows a keystroke
    // (a pane whose content would not change is not touched, so watching
    // the panes themselves would not tell).
    this.root.dataset.rev = String(++this.rev);
    window.clearTimeout(this.simTimer);
    const wait = wire.length > simInline ? 60 : inline ? -1 : 0;
    if (wait < 0) this.simulate(wire);
    else this.simTimer = window.setTimeout(() => this.simulate(wire), wait);
    performance.measure("pg-update", "pg-update-start");
  }

  // simulate asks the simulated server about wire and shows its answer and
  // the connection; a pane whose content would not change is left alone.
  private simulate(wire: string): void {
    const api = this.api;
    const s = this.state;
    const done = () => {
      this.root.dataset.sim = "done";
    };
    if (!api || s.kind !== "request") {
      this.sessKey = "";
      if (this.el.session) this.el.session.replaceChildren(h("p", { class: "placeholder" }, t("session.requestsOnly")));
      return done();
    }
    if (!this.el.response && !this.el.session) return done();
    let res: SimulateResult;
    if (typeof api.simulate !== "function") {
      res = { exchanges: [], timeline: [], error: { code: "missing", message: t("resp.unavailable") } };
    } else {
      performance.mark("pg-sim-start");
      res = api.simulate(wire, { lang: lang(), mode: s.lenient ? "lenient" : "strict", scenario: s.scenario || undefined });
      performance.measure("pg-sim", "pg-sim-start");
    }
    const select = (sp: Span) => this.editor.select(sp.start, sp.end);
    if (this.el.response) {
      performance.mark("pg-resp-start");
      const out = new Out(false, this.respCache);
      renderResponse(this.el.response, res, this.lookup(), select, out);
      this.respCache = out.kept();
      performance.measure("pg-resp", "pg-resp-start");
    }
    const sessKey = [lang(), res.error?.message, JSON.stringify(res.timeline), ...(res.exchanges ?? []).map((e) => `${e.status} ${e.close}`)].join("\u0000");
    if (this.el.session && sessKey !== this.sessKey) {
      this.sessKey = sessKey;
      performance.mark("pg-sess-start");
      renderSession(this.el.session, res, select);
      performance.measure("pg-sess", "pg-sess-start");
    }
    done();
  }

  private playPageLoad(reload: boolean): void {
    const api = this.api;
    if (!api || !this.el.pageLoad) return;
    if (typeof api.pageLoad !== "function") {
      this.el.pageLoad.replaceChildren(h("p", { class: "note" }, t("resp.unavailable")));
      return;
    }
    const w = api.pageLoad({ lang: lang(), reload, scenario: this.state.scenario || undefined });
    this.el.pageLoad.replaceChildren(waterfall(w));
  }

  // lightFrom lights the editor's bytes for the parsed element under the
  // pointer or focused.
  private lightFrom(target: EventTarget | null): boolean {
    const el = target instanceof Element && this.el.parsed.contains(target) ? target.closest<HTMLElement>(dom.linked) : null;
    if (!el || !el.dataset.from) return false;
    this.editor.light(Number(el.dataset.from), Number(el.dataset.to));
    return true;
  }

  // lightParsed lights the smallest parsed element holding wire offset off.
  private lightParsed(off: number | null): void {
    for (const el of this.lit) el.classList.remove("lit");
    this.lit = [];
    if (off === null) return;
    let best: Linked | undefined;
    for (const l of this.linked) {
      if (off >= l.from && (off < l.to || (l.to === l.from && off === l.from))) {
        if (!best || l.to - l.from <= best.to - best.from) best = l;
      }
    }
    if (best) {
      best.el.classList.add("lit");
      this.lit.push(best.el);
    }
  }

  parsed(): ParseResult | undefined {
    return this.last;
  }
}
