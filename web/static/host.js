// host.js speaks with the page that embeds the view (web/README.md,
// "Embedding"): it hands every message the host posts to Go
// (gradplay.hostMessage), which checks its shape and carries it out, and
// posts back what Go answers; it tells the host of the view's events in the
// messages Go writes (gradplay.hostEvent) and asks for the height Go
// computes (gradplay.hostResize) in Embedly's, Canvas's and H5P's forms.
// Nothing a host sends is evaluated. Everything posted is public (the
// state, which is in the link anyway), so it goes to any origin: a
// sandboxed frame cannot know its host's.

/** framed reports whether the view runs in a frame. */
export const framed = (() => { try { return window.parent !== window; } catch { return true; } })();

/** post sends msg to win (the parent by default), never throwing. */
function post(msg, win = window.parent) {
  if (!msg || !win) return;
  try { win.postMessage(msg, "*"); } catch (e) { console.warn("gradplay: postMessage failed:", e); }
}

/**
 * listen starts the protocol with the host once g (window.gradplay) is
 * ready. Messages that arrive before are kept and handled then, in order.
 * measure() returns {width, chrome}: the view's width and the height of its
 * strip and controls in CSS pixels.
 */
export function listen(g, measure) {
  const early = [];
  let ready = false;
  const handle = (ev) => {
    let act;
    try {
      act = g.hostMessage(ev.data);
    } catch (e) {
      console.warn("gradplay: hostMessage failed:", e);
      return;
    }
    if (act.action === "reply") post(act.reply, ev.source || window.parent);
    else if (act.action === "resize") resize(true);
  };
  window.addEventListener("message", (ev) => {
    if (ready) handle(ev); else if (early.length < 100) early.push(ev);
  });

  let lastHeight = -1;
  /** resize posts the wanted height when it changed (or always with force). */
  function resize(force) {
    if (!framed || !ready) return;
    const { width, chrome } = measure();
    let r;
    try { r = g.hostResize(width, chrome, location.href); } catch (e) { console.warn(e); return; }
    if (!force && r.height === lastHeight) return;
    lastHeight = r.height;
    for (const m of r.messages) post(m);
  }

  return {
    /** start: the API is ready and the link's state applied. */
    start() {
      ready = true;
      if (framed) {
        post(g.hostEvent("hello")); // H5P's resizer answers it with "hello"
        post(g.hostEvent("ready"));
        resize(true);
      }
      for (const ev of early.splice(0)) handle(ev);
      if (!framed) return;
      g.on("frame", (n) => post(g.hostEvent("frame", n)));
      // "pin" follows the "readout" that carries the pinned node.
      let last = null;
      g.on("readout", (ro) => { last = ro; });
      g.on("pin", () => post(g.hostEvent("pin", last)));
      new ResizeObserver(() => resize(false)).observe(document.getElementById("chrome"));
      window.addEventListener("resize", () => resize(false));
    },
    /** changed tells the host that the reader moved a control. */
    changed() { if (framed && ready) post(g.hostEvent("state")); },
  };
}
