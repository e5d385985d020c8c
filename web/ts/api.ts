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
  info?: FieldInfo;
}

export interface SpecRef {
  text: string;
  url?: string;
}

// FieldInfo is what the knowledge base says about one field line
// (httpcore/api/knowledge_fields.go, FieldLineInfo).
export interface FieldInfo {
  name: string;
  known: boolean;
  status?: string;
  category?: string;
  summary: string;
  spec?: SpecRef;
  match?: string;
  note?: string;
  value?: FieldValue;
}

export interface FieldValue {
  field: string;
  kind: string;
  ok: boolean;
  parts: ValuePart[] | null;
  notes: ValueNote[] | null;
}

// ValuePart spans are offsets into the field value, not into the message.
export interface ValuePart {
  role: string;
  span: Span;
  value: string;
  text: string;
  children?: ValuePart[];
}

export interface ValueNote {
  code: string;
  severity: string;
  span: Span;
  text: string;
  spec?: SpecRef;
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
  path: Part | null;
  query: Part | null;
  leadingEmpty: Span | null;
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

export interface Step {
  id: string;
  question: string;
  answer: boolean;
  note: string;
  span: Span | null;
  spec: SpecRef;
  status?: number;
}

export interface FieldWhy {
  name: string;
  value: string;
  why: string;
  spec: SpecRef;
}

export interface Exchange {
  request: Message;
  response: Message;
  interim: Message | null;
  raw: string;
  status: number;
  fields: FieldWhy[] | null;
  trace: Step[] | null;
  close: boolean;
}

export interface TimelineEvent {
  kind: "connect" | "waiting" | "request" | "continue" | "response" | "close" | "unread" | "idle" | string;
  exchange: number;
  span: Span | null;
  bytes: number;
  note: string;
}

export interface SimulateResult {
  exchanges: Exchange[] | null;
  timeline: TimelineEvent[] | null;
  error?: { code: string; message: string };
}

export interface SimulateOptions {
  scenario?: unknown;
  lang?: string;
  mode?: "strict" | "lenient";
  now?: string;
}

export interface Fetch {
  index: number;
  load: number;
  path: string;
  initiator: string;
  found: string;
  conn: number;
  newConn: boolean;
  why: string;
  queued: number;
  start: number;
  end: number;
  status: number;
  bytes: number;
  request: string;
}

export interface Waterfall {
  fetches: Fetch[] | null;
  connections: { id: number; opened: number; closed: boolean; requests: number[] }[] | null;
  error?: { code: string; message: string };
}

export interface PageLoadOptions {
  lang?: string;
  reload?: boolean;
  maxConnections?: number;
  scenario?: unknown;
}

export interface HttpPlayground {
  version: string;
  functions: string[];
  parse(text: string, options?: ParseOptions): ParseResult;
  method?(name: string, lang?: string): unknown;
  status?(code: number, lang?: string): unknown;
  simulate?(text: string, options?: SimulateOptions): SimulateResult;
  pageLoad?(options?: PageLoadOptions): Waterfall;
  scenario?(): unknown;
  // canonical(text, options) → {text}: the serializer's output, when the
  // module exposes it.
  canonical?(text: string, options?: ParseOptions): { text?: string; error?: { message: string } };
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
