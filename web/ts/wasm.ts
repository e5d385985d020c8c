import type { HttpPlayground } from "./api";

let loading: Promise<HttpPlayground> | undefined;

// loadPlayground starts the Go module once and resolves with its API. Every
// caller on the page (the main playground, each embed) shares one instance.
export function loadPlayground(url: string): Promise<HttpPlayground> {
  if (!loading) loading = start(url);
  return loading;
}

async function start(url: string): Promise<HttpPlayground> {
  performance.mark("pg-wasm-fetch");
  const go = new Go();
  const response = fetch(url);
  let instance: WebAssembly.Instance;
  try {
    ({ instance } = await WebAssembly.instantiateStreaming(response, go.importObject));
  } catch {
    // A server that sends the module without application/wasm defeats
    // streaming compilation; fall back to compiling the bytes.
    const bytes = await (await fetch(url)).arrayBuffer();
    ({ instance } = await WebAssembly.instantiate(bytes, go.importObject));
  }
  performance.mark("pg-wasm-instantiated");
  // go.run executes main until it blocks; by then the API object is set.
  void go.run(instance);
  performance.mark("pg-go-started");
  const api = globalThis.httpPlayground;
  if (!api) throw new Error("the browser module started but did not expose httpPlayground");
  return api;
}
