// registerOffline installs the service worker (served by the site handler at
// /sw.js) that keeps the playground working without a network once it has
// loaded. Failure is harmless: the page simply needs the network next time.
export function registerOffline(): void {
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
  navigator.serviceWorker.register("/sw.js").catch(() => {
    /* private mode or an old browser: the page works online as before */
  });
}
