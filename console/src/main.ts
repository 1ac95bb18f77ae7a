import './app';

// The app shell from a cache when the link is slow or gone (public/sw.js); the console works without it too.
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => { void navigator.serviceWorker.register('/sw.js').catch(() => undefined); });
}
