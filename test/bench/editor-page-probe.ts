/**
 * Timing code injected into the page (as plain JavaScript text, so no transpiler helper leaks into
 * the browser). It defines `window.__editorBench`:
 * - afterPaint(cb): calls cb(now) in the first task after the frame that shows the current DOM.
 * - armOpen(title): resolves with ms from the next pointerdown to the first painted frame with the
 *   title, editable text, stripes (when `withStripes`) and registered highlights.
 * - armApply(): resolves with ms from the next Alt+1 keydown to the painted frame with the new
 *   stripe of the committed row, with the parts: ms to the core's answer (committedMs) and to the
 *   first painted frame with any new stripe, pending or not (firstDrawnMs).
 * - startKeys()/waitKeys(n)/stopKeys(): per-key main-thread work as docs/editor.md defines it
 *   (key event to the end of the editor's update, plus the frame after it from its start to the
 *   task after its paint) and the browser's Event Timing duration for each keydown.
 */
export const EDITOR_PAGE_PROBE = String.raw`
(() => {
  let inFrame = false;
  const afterFrame = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    inFrame = false;
    const now = performance.now();
    for (const cb of afterFrame.splice(0)) cb(now);
  };
  const frameDone = () => { if (afterFrame.length) channel.port2.postMessage(0); };
  // Whether script runs inside a frame's rendering update (rAF callbacks, before the paint).
  const trackFrames = () => requestAnimationFrame(() => { inFrame = true; channel.port2.postMessage(0); trackFrames(); });
  trackFrames();
  function afterPaint(cb) {
    afterFrame.push(cb);
    if (!inFrame) requestAnimationFrame(frameDone);
  }
  const stripeGroup = () => document.querySelector('[role="group"][aria-label="Coding stripes"]');
  const stripeIds = () => [...(stripeGroup()?.querySelectorAll('[data-coding-id]') ?? [])].map((el) => el.dataset.codingId);
  const highlightRanges = () => { let n = 0; for (const h of CSS.highlights.values()) n += h.size; return n; };

  function armOpen(title, withStripes) {
    return new Promise((resolve) => {
      let start = null;
      const onDown = () => { if (start === null) start = performance.now(); };
      window.addEventListener('pointerdown', onDown, true);
      const ready = () => {
        const root = document.querySelector('.doc__content');
        return document.querySelector('.doc__title')?.textContent === title &&
          root?.getAttribute('contenteditable') === 'true' && root.querySelector('.tp__text') !== null &&
          (!withStripes || (stripeIds().length > 0 && highlightRanges() > 0));
      };
      const check = () => {
        if (start === null || !ready()) return;
        observer.disconnect();
        window.removeEventListener('pointerdown', onDown, true);
        afterPaint((now) => resolve(now - start));
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      // Highlights are registered without DOM mutations: look at every frame as well.
      const poll = () => { if (start === null || !ready()) requestAnimationFrame(poll); else check(); };
      requestAnimationFrame(poll);
    });
  }

  // A stripe drawn before the core answered carries data-pending; it counts as the committed row
  // only once that attribute is gone (the row's own id then names it).
  const committedStripeIds = () => [...(stripeGroup()?.querySelectorAll('[data-coding-id]:not([data-pending])') ?? [])].map((el) => el.dataset.codingId);

  function armApply() {
    const before = new Set(stripeIds());
    return new Promise((resolve) => {
      let start = null;
      let firstDrawnMs = null;
      const onKey = (event) => { if (event.altKey && event.code === 'Digit1' && start === null) start = performance.now(); };
      window.addEventListener('keydown', onKey, true);
      // When the core answered applyCode: the end of that request's response, as the page saw it.
      const committedAt = () => {
        const entries = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/api/applyCode') && entry.startTime >= start);
        return entries.length ? entries[entries.length - 1].responseEnd - start : NaN;
      };
      const observer = new MutationObserver(() => {
        if (start === null) return;
        if (firstDrawnMs === null && stripeIds().some((id) => !before.has(id))) {
          firstDrawnMs = -1;
          afterPaint((now) => { firstDrawnMs = now - start; });
        }
        const added = committedStripeIds().find((id) => !before.has(id));
        if (!added) return;
        observer.disconnect();
        window.removeEventListener('keydown', onKey, true);
        afterPaint((now) => {
          const ms = now - start;
          performance.measure('bench:apply', { start, end: now });
          resolve({ ms, codingId: added, committedMs: committedAt(), firstDrawnMs: firstDrawnMs > 0 ? firstDrawnMs : ms });
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-coding-id', 'data-pending'] });
    });
  }

  let keys = null;
  function startKeys() {
    // The source document's editor (other panes may hold Lexical editors too).
    const editor = document.querySelector('.doc__content[data-lexical-editor]').__lexicalEditor;
    const state = { work: [], events: [], pending: null };
    const onKey = (event) => { if (!event.altKey && !event.ctrlKey) state.pending = { start: performance.now(), updated: null }; };
    const unregister = editor.registerUpdateListener(({ dirtyLeaves }) => {
      const key = state.pending;
      if (!key || dirtyLeaves.size === 0) return;
      const first = key.updated === null;
      key.updated = performance.now();
      if (!first) return;
      requestAnimationFrame((frameStart) => {
        const paintFrom = Math.max(frameStart, key.updated);
        afterFrame.push((now) => {
          state.work.push({ start: key.start, ms: key.updated - key.start + (now - paintFrom) });
          // The two parts of the key's work, for traces (the idle wait between them is left out).
          performance.measure('bench:key', { start: key.start, end: key.updated });
          performance.measure('bench:key', { start: paintFrom, end: now });
          if (state.pending === key) state.pending = null;
        });
        frameDone();
      });
    });
    const events = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') state.events.push({ start: entry.startTime, ms: entry.duration });
    });
    events.observe({ type: 'event', durationThreshold: 16 });
    window.addEventListener('keydown', onKey, true);
    keys = { state, stop: () => { unregister(); events.disconnect(); window.removeEventListener('keydown', onKey, true); } };
  }
  // Resolves once n keys are measured (checked after every frame).
  const waitKeys = (n) => new Promise((resolve) => {
    const check = () => (keys.state.work.length >= n ? resolve() : afterPaint(check));
    check();
  });
  function stopKeys() {
    const { state, stop } = keys;
    stop();
    keys = null;
    return { work: state.work, events: state.events };
  }

  window.__editorBench = { afterPaint, armOpen, armApply, startKeys, waitKeys, stopKeys };
})();
`;
