// print.js makes a page with the figure printable: a WebGL canvas prints
// blank, so the figure is kept as an <img> (gradplay.printImage: an SVG,
// sharp at any print resolution and made in a fraction of the time of a
// 2× PNG), with its
// description, the live link as text and the link's QR code
// (gradplay.qrCode), for the print stylesheet to show.
const $ = (id) => document.getElementById(id);

/**
 * printable keeps #print-figure, #print-caption and #qr up to date, shortly
 * after the figure changes and again when the page is printed
 * (beforeprint), when #print-link gets the link. g is window.gradplay
 * (ready); link() returns the live link.
 */
export function printable(g, link, { width = 640, height = 480 } = {}) {
  const urls = new Map();
  const show = (img, bytes, type) => {
    const old = urls.get(img);
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    urls.set(img, url);
    img.src = url;
    if (old) setTimeout(() => URL.revokeObjectURL(old), 1000);
  };
  let qrFor = "", figureFor = -1;
  function refresh() {
    try {
      // A frame that only moved the hover or the pin leaves the figure:
      // no second export of it.
      const v = g.figureVersion();
      if (v !== figureFor) {
        show($("print-figure"), g.printImage(width, height), "image/svg+xml");
        figureFor = v;
      }
      const alt = g.altText();
      $("print-figure").alt = alt;
      $("print-caption").textContent = alt;
    } catch { /* no figure yet */ }
    const href = link();
    if (href === qrFor) return;
    qrFor = href;
    try {
      show($("qr"), g.qrCode(href).png, "image/png");
      $("qr").hidden = false;
    } catch {
      $("qr").hidden = true; // a link too long for a QR code: the text stays
    }
  }
  // The link is text only while printing: a page holding its own link as
  // text confuses tools that search the page's text (and its readers).
  const printing = (on) => {
    if (on) refresh();
    const a = $("print-link");
    a.textContent = on ? link() : "";
    if (on) a.href = link(); else a.removeAttribute("href");
  };
  // The export takes a moment (hundreds of milliseconds for a large grid):
  // only once the figure has been still for a while, when the page is idle.
  let timer = 0;
  const idle = window.requestIdleCallback || ((fn) => setTimeout(fn, 0));
  g.on("frame", () => { clearTimeout(timer); timer = setTimeout(() => idle(refresh, { timeout: 5000 }), 2500); });
  window.addEventListener("beforeprint", () => printing(true));
  window.addEventListener("afterprint", () => printing(false));
  matchMedia("print").addEventListener("change", (e) => printing(e.matches));
  return refresh;
}
