import type { Message } from "./api";

// shellQuote quotes s for a POSIX shell: inside single quotes nothing is
// special except the single quote itself, written as '\''.
export function shellQuote(s: string): string {
  return "'" + s.replace(/'/g, "'\\''") + "'";
}

// A request as export needs it: its URL, method, fields (without the ones
// the client computes) and body.
interface Req {
  method: string;
  url: string;
  headers: [string, string][];
  body: string;
}

const computed = new Set(["host", "content-length", "transfer-encoding", "connection"]);

function request(m: Message): Req | undefined {
  if (m.kind !== "request" || !m.method) return undefined;
  const fields = m.fields ?? [];
  const host = fields.find((f) => f.name.toLowerCase() === "host")?.value.trim() || "example.com";
  let url: string;
  if (m.targetForm === "absolute-form") url = m.target;
  else if (m.targetForm === "asterisk-form" || m.targetForm === "authority-form") url = `http://${host}/`;
  else url = `http://${host}${m.target.startsWith("/") ? m.target : "/" + m.target}`;
  const headers = fields.filter((f) => !computed.has(f.name.toLowerCase())).map((f): [string, string] => [f.name, f.value]);
  return { method: m.method, url, headers, body: m.body?.text ?? "" };
}

// curl writes the request as a curl command line.
export function curl(m: Message): string | undefined {
  const r = request(m);
  if (!r) return undefined;
  const args = ["curl"];
  if (r.method === "HEAD") args.push("--head");
  else if (r.method !== "GET" || r.body) args.push("-X", shellQuote(r.method));
  for (const [k, v] of r.headers) args.push("-H", shellQuote(`${k}: ${v}`));
  if (r.body) args.push("--data-binary", shellQuote(r.body));
  args.push(shellQuote(r.url));
  return args.join(" \\\n  ");
}

// fetchCall writes the request as a JavaScript fetch call; every string is
// a JSON string literal, which is also a valid JavaScript one.
export function fetchCall(m: Message): string | undefined {
  const r = request(m);
  if (!r) return undefined;
  const lines = [`  method: ${JSON.stringify(r.method)},`];
  if (r.headers.length) {
    lines.push("  headers: {");
    for (const [k, v] of r.headers) lines.push(`    ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
    lines.push("  },");
  }
  if (r.body) lines.push(`  body: ${JSON.stringify(r.body)},`);
  return `await fetch(${JSON.stringify(r.url)}, {\n${lines.join("\n")}\n});`;
}
