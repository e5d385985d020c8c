import { EditorState, StateEffect, StateField, type Range } from "@codemirror/state";
import {
  Decoration,
  type DecorationSet,
  EditorView,
  drawSelection,
  highlightActiveLine,
  highlightSpecialChars,
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

const setMarks = StateEffect.define<Range<Decoration>[]>();

const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) if (e.is(setMarks)) deco = Decoration.set(e.value, true);
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// The editor stores the message exactly as it goes on the wire: lines are
// separated by CRLF only, so Enter writes CRLF, and a bare LF or CR that is
// typed or pasted stays in the text, shown as a visible special character.
export class MessageEditor {
  readonly view: EditorView;

  constructor(parent: Element, text: string, onChange: (wire: string) => void) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: text,
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
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ "aria-label": "Raw HTTP message", spellcheck: "false" }),
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChange(this.text());
          }),
        ],
      }),
    });
  }

  // text is the message as wire bytes would carry it (CRLF line breaks).
  text(): string {
    return this.view.state.sliceDoc();
  }

  // show replaces the colour marks and the underlined problems.
  show(wire: string, marks: Mark[], problems: Problem[]): void {
    const conv = positions(wire, this.view.state.doc.length);
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
      if (to <= from) to = Math.min(from + 1, this.view.state.doc.length);
      return { from, to, severity: p.severity, message: p.message };
    });
    this.view.dispatch(setDiagnostics(this.view.state, diags), { effects: setMarks.of(ranges) });
  }

  select(wire: string, from: number, to: number): void {
    const conv = positions(wire, this.view.state.doc.length);
    const anchor = conv(from);
    const head = conv(to);
    this.view.dispatch({ selection: { anchor, head }, scrollIntoView: true });
    this.view.focus();
  }
}

// positions returns a converter from wire offsets to document positions,
// precomputed once per update (each CRLF is one document position).
function positions(wire: string, docLength: number): (offset: number) => number {
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
