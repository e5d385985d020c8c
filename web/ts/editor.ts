import { Compartment, EditorState, StateEffect, StateField, type Extension, type Range, type Text } from "@codemirror/state";
import {
  Decoration,
  type DecorationSet,
  EditorView,
  ViewPlugin,
  type ViewUpdate,
  WidgetType,
  drawSelection,
  highlightActiveLine,
  highlightSpecialChars,
  highlightWhitespace,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { lintGutter, setDiagnostics, type Diagnostic as CMDiagnostic } from "@codemirror/lint";

// A Mark colours one part of the message: [from, to) in wire offsets.
export interface Mark {
  from: number;
  to: number;
  cls: string;
  title?: string;
}

export interface Problem {
  from: number;
  to: number;
  severity: "error" | "warning" | "info";
  message: string;
}

export interface EditorOptions {
  text: string;
  readOnly: boolean;
  label: string;
  onChange: () => void; // the text changed (read it with text())
  // annotate, when set, reads each new text as it is typed and returns its
  // colours and problems (null when it cannot yet): they go into the same
  // transaction as the keystroke, so the editor redraws and syncs its
  // selection once a keystroke rather than twice.
  // It is given the new document and returns the text it read (wire form,
  // possibly only the start of a long document) with what it found.
  annotate?: (doc: Text) => { wire: string; marks: Mark[]; problems: Problem[] } | null;
  // onPoint reports the wire offset under the pointer or at the caret
  // (null when the pointer leaves), so the parsed view can light it up.
  onPoint: (offset: number | null) => void;
}

const setMarks = StateEffect.define<Range<Decoration>[]>();
const setLit = StateEffect.define<{ from: number; to: number } | null>();

const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setMarks)) deco = Decoration.set(e.value, true);
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const litMark = Decoration.mark({ class: "cm-lit" });
const litField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setLit)) continue;
      deco = e.value && e.value.to > e.value.from ? Decoration.set([litMark.range(e.value.from, e.value.to)]) : Decoration.none;
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// EOL shows the CRLF that ends each line, when whitespace is made visible.
class EOL extends WidgetType {
  toDOM(): HTMLElement {
    const el = document.createElement("span");
    el.className = "cm-eol";
    el.textContent = "␍␊";
    el.setAttribute("aria-hidden", "true");
    return el;
  }
  eq(): boolean {
    return true;
  }
}
const eolWidget = Decoration.widget({ widget: new EOL(), side: 1 });

const showEOL = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = build(view);
    }
    update(u: ViewUpdate) {
      if (u.docChanged || u.viewportChanged) this.decorations = build(u.view);
    }
  },
  { decorations: (v) => v.decorations },
);

function build(view: EditorView): DecorationSet {
  const out: Range<Decoration>[] = [];
  const doc = view.state.doc;
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = doc.lineAt(pos);
      if (line.number < doc.lines) out.push(eolWidget.range(line.to));
      pos = line.to + 1;
    }
  }
  return Decoration.set(out);
}

const whitespace: Extension = [highlightWhitespace(), showEOL];

// The editor stores the message exactly as it goes on the wire: lines are
// separated by CRLF only, so Enter writes CRLF, and a bare LF or CR that is
// typed or pasted stays in the text, shown as a visible special character.
export class MessageEditor {
  readonly view: EditorView;
  private ws = new Compartment();
  private ro = new Compartment();
  private attrs = new Compartment();
  private lastProblems = "";

  constructor(parent: Element, o: EditorOptions) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: o.text,
        extensions: [
          EditorState.lineSeparator.of("\r\n"),
          lineNumbers(),
          highlightSpecialChars({ addSpecialChars: /[\r\n\t]/ }),
          history(),
          drawSelection(),
          highlightActiveLine(),
          lintGutter(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          marksField,
          litField,
          this.ws.of([]),
          this.ro.of(readOnly(o.readOnly)),
          this.attrs.of(label(o.label)),
          EditorView.lineWrapping,
          EditorState.transactionExtender.of((tr) => {
            if (!tr.docChanged || !o.annotate) return null;
            const a = o.annotate(tr.newDoc);
            return a ? { effects: this.effects(tr.startState, a.wire, tr.newDoc, a.marks, a.problems) } : null;
          }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) o.onChange();
            else if (u.selectionSet && u.view.hasFocus) o.onPoint(this.wireOffset(u.state.selection.main.head));
          }),
          EditorView.domEventHandlers({
            mousemove: (e, view) => {
              const pos = view.posAtCoords({ x: e.clientX, y: e.clientY }, false);
              o.onPoint(pos === null ? null : this.wireOffset(pos));
            },
            mouseleave: () => o.onPoint(null),
          }),
        ],
      }),
    });
  }

  // text is the message as wire bytes would carry it (CRLF line breaks),
  // or its first limit code units.
  text(limit = Infinity): string {
    return wireOf(this.view.state.doc, limit);
  }

  // wireLength is text().length, without building the text.
  wireLength(): number {
    const doc = this.view.state.doc;
    return doc.length + doc.lines - 1;
  }

  setText(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  showWhitespace(on: boolean): void {
    this.view.dispatch({ effects: this.ws.reconfigure(on ? whitespace : []) });
  }

  setReadOnly(on: boolean): void {
    this.view.dispatch({ effects: this.ro.reconfigure(readOnly(on)) });
  }

  setLabel(text: string): void {
    this.view.dispatch({ effects: this.attrs.reconfigure(label(text)) });
  }

  // wireOffset converts a document position to a wire offset: each line
  // break before it is two bytes on the wire (CRLF) but one position.
  wireOffset(pos: number): number {
    return pos + this.view.state.doc.lineAt(pos).number - 1;
  }

  // show replaces the colour marks and the underlined problems.
  show(wire: string, marks: Mark[], problems: Problem[]): void {
    this.view.dispatch({ effects: this.effects(this.view.state, wire, this.view.state.doc, marks, problems) });
  }

  // effects are the state effects that show marks and problems of wire in
  // doc (the document they will apply to).
  private effects(state: EditorState, wire: string, doc: Text, marks: Mark[], problems: Problem[]): StateEffect<unknown>[] {
    const conv = positions(wire, doc.length);
    const ranges: Range<Decoration>[] = [];
    for (const m of marks) {
      const from = conv(m.from);
      const to = conv(m.to);
      if (to <= from) continue;
      const attrs: Record<string, string> = { class: m.cls };
      if (m.title) attrs.title = m.title;
      ranges.push(Decoration.mark({ attributes: attrs }).range(from, to));
    }
    const diags: CMDiagnostic[] = problems.map((p) => {
      const from = conv(p.from);
      let to = conv(p.to);
      if (to <= from) to = Math.min(from + 1, doc.length);
      return { from: Math.min(from, to), to, severity: p.severity, message: p.message };
    });
    // The lint state is rebuilt only when the problems change: typing
    // inside a field usually leaves them as they were.
    const key = JSON.stringify(diags);
    if (key === this.lastProblems) return [setMarks.of(ranges)];
    this.lastProblems = key;
    const lint = setDiagnostics(state, diags).effects;
    return [...(Array.isArray(lint) ? lint : lint ? [lint] : []), setMarks.of(ranges)];
  }

  // light highlights [from, to) in wire offsets (null clears it).
  light(from: number | null, to = 0): void {
    if (from === null) {
      this.view.dispatch({ effects: setLit.of(null) });
      return;
    }
    const conv = positions(this.text(), this.view.state.doc.length);
    this.view.dispatch({ effects: setLit.of({ from: conv(from), to: conv(to) }) });
  }

  select(from: number, to: number): void {
    const conv = positions(this.text(), this.view.state.doc.length);
    this.view.dispatch({ selection: { anchor: conv(from), head: conv(to) }, scrollIntoView: true });
    this.view.focus();
  }
}

function readOnly(on: boolean): Extension {
  return [EditorState.readOnly.of(on), EditorView.editable.of(!on)];
}

function label(text: string): Extension {
  return EditorView.contentAttributes.of({ "aria-label": text, spellcheck: "false", autocapitalize: "off", autocorrect: "off" });
}

// wireOf is doc in wire form (each line break CRLF), or its first limit
// code units: a 1 MB paste is not copied whole on every keystroke. Each
// document position gives at least one code unit, so limit positions are
// enough.
export function wireOf(doc: Text, limit = Infinity): string {
  const text = doc.sliceString(0, Math.min(doc.length, limit), "\r\n");
  return text.length > limit ? text.slice(0, limit) : text;
}

// positions returns a converter from wire offsets to document positions,
// precomputed once per update (each CRLF is one document position).
export function positions(wire: string, docLength: number): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = wire.indexOf("\r\n"); i >= 0; i = wire.indexOf("\r\n", i + 2)) breaks.push(i);
  return (offset: number) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] + 1 < offset) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, Math.min(offset - lo, docLength));
  };
}
