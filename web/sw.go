package web

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"sort"
	"strings"
)

// serviceWorkerJS is the service worker that keeps the playground working
// offline once it has loaded: it stores the page and every fingerprinted
// asset at install, answers assets from that store (their names never change
// meaning), and answers page loads from the network, falling back to the
// stored page when there is none. /sim/ is never stored: it is live.
const serviceWorkerJS = `"use strict";
const VERSION = %VERSION%;
const ASSETS = %ASSETS%;
self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(VERSION).then((c) => c.addAll(["/", ...ASSETS])).then(() => self.skipWaiting()));
});
self.addEventListener("activate", (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener("fetch", (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/sim/")) return;
  if (url.pathname.startsWith("/assets/")) {
    e.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
  } else if (req.mode === "navigate") {
    e.respondWith(fetch(req).catch(() => caches.match("/", { ignoreSearch: true })
      .then((hit) => hit || Response.error())));
  }
});
`

// serviceWorker renders the worker for the assets of m. Its version is a
// hash of the manifest, so a new build replaces the old store.
func serviceWorker(m Manifest) []byte {
	urls := make([]string, 0, len(m))
	for logical := range m {
		urls = append(urls, m.URL(logical))
	}
	sort.Strings(urls)
	assets, _ := json.Marshal(urls)
	sum := sha256.Sum256([]byte(m.Encode()))
	version, _ := json.Marshal("playground-" + hex.EncodeToString(sum[:6]))
	r := strings.NewReplacer("%VERSION%", string(version), "%ASSETS%", string(assets))
	return []byte(r.Replace(serviceWorkerJS))
}

func serveServiceWorker(body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/javascript; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		if r.Method != http.MethodHead {
			w.Write(body)
		}
	}
}
