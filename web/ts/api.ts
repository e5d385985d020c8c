// Types of the browser module's API, globalThis.httpPlayground (see
// wasm/README.md). Spans are UTF-16 offsets into the text passed in.

export interface Span {
  start: number;
  end: number;
}

export interface Diagnostic {
  code: string;
  severity: "error" | "warning" | "note";
  span: Span | null;
  message: string;
  status: number; // the status a strict server would answer; 0 for none
  spec: string; // "RFC 9112 §2.2"
}

export interface Part {
  text: string;
  span: Span;
}

export interface FieldLine {
  name: string;
  value: string;
  span: Span | null;
  nameSpan: Span | null;
  colonSpan: Span | null;
  valueSpan: Span | null;
  endSpan: Span | null;
  folded: boolean;
  info?: unknown;
}

export interface StartLine {
  span: Span | null;
  end: Span | null;
  method: Part | null;
  target: Part | null;
  version: Part | null;
  code: Part | null;
  reason: Part | null;
}

export interface Waiting {
  for: string;
  need: number;
  message: string;
}

export interface Chunk {
  span: Span | null;
  size: number;
  sizeSpan: Span | null;
  extSpan: Span | null;
  dataSpan: Span | null;
  dataEndSpan: Span | null;
}

export interface Message {
  kind: "request" | "response";
  span: Span | null;
  startLine: StartLine;
  method: string;
  target: string;
  version: string;
  reason: string;
  status: number;
  targetForm: string;
  http09: boolean;
  fields: FieldLine[] | null;
  emptyLine: Span | null;
  framing: string;
  body: { span: Span | null; text: string; length: number } | null;
  chunks: Chunk[] | null;
  trailers: FieldLine[] | null;
  complete: boolean;
  waiting: Waiting | null;
  diagnostics: Diagnostic[] | null;
}

export interface ParseResult {
  messages: Message[];
  diagnostics: Diagnostic[];
  error?: { code: string; message: string };
}

export interface ParseOptions {
  kind?: "request" | "response";
  mode?: "strict" | "lenient";
  method?: string;
  lang?: string;
}

export interface HttpPlayground {
  version: string;
  functions: string[];
  parse(text: string, options?: ParseOptions): ParseResult;
  [name: string]: unknown;
}

declare global {
  // Set by the Go module when it starts (wasm/browser).
  var httpPlayground: HttpPlayground | undefined;
  // Defined by wasm_exec.js from the Go installation.
  class Go {
    importObject: WebAssembly.Imports;
    run(instance: WebAssembly.Instance): Promise<void>;
  }
}
