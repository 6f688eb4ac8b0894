// print.js makes a page with the figure printable: a WebGL canvas prints
// blank, so the figure is kept as an <img> (gradplay.exportImage), with its
// description, the live link as text and the link's QR code
// (gradplay.qrCode), for the print stylesheet to show.
const $ = (id) => document.getElementById(id);

/**
 * printable keeps #print-figure, #print-caption, #print-link and #qr up to
 * date: shortly after the figure changes, and again when the page is
 * printed. g is window.gradplay (ready); link() returns the live link.
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
  let qrFor = "";
  function refresh() {
    try {
      show($("print-figure"), g.exportImage("png", width, height), "image/png");
      const alt = g.altText();
      $("print-figure").alt = alt;
      $("print-caption").textContent = alt;
    } catch { /* no figure yet */ }
    const href = link();
    const a = $("print-link");
    a.textContent = a.href = href;
    if (href === qrFor) return;
    qrFor = href;
    try {
      show($("qr"), g.qrCode(href).png, "image/png");
      $("qr").hidden = false;
    } catch {
      $("qr").hidden = true; // a link too long for a QR code: the text stays
    }
  }
  let timer = 0;
  g.on("frame", () => { clearTimeout(timer); timer = setTimeout(refresh, 1200); });
  window.addEventListener("beforeprint", refresh);
  matchMedia("print").addEventListener("change", (e) => { if (e.matches) refresh(); });
  refresh();
  return refresh;
}
