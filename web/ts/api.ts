// Types of the browser module's API, globalThis.httpPlayground (see
// wasm/README.md). Spans are UTF-16 offsets into the text passed in.

export interface Span {
  start: number;
  end: number;
}

export interface Diagnostic {
  code: string;
  severity: "error" | "warning" | "note";
  span: Span;
  message: string;
  status?: number;
  spec?: string;
  specURL?: string;
}

export interface Part {
  text: string;
  span: Span;
}

export interface FieldLine {
  name: string;
  value: string;
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
  info?: unknown;
}

export interface Message {
  kind: "request" | "response";
  span: Span;
  complete: boolean;
  waiting?: string;
  startLine?: { [part: string]: Part | Span | undefined };
  fields?: FieldLine[];
  emptyLine?: Span;
  body?: { text?: string; span?: Span; [k: string]: unknown };
  diagnostics?: Diagnostic[];
  [k: string]: unknown;
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
