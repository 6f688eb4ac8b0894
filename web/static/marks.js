// marks.js draws the marks Go resolves over the figure (the "marks"
// event, api.MarkView: CSS pixels): the hover's crosshair as bars, rings
// about the hovered, pinned and neighbouring nodes, the pin's dot. They
// are small elements over ebiten's canvas, each its own layer moved by a
// transform, so that a hover never makes the WebGL canvas draw a frame
// (software WebGL spends tens of milliseconds on one) and the compositor
// redraws no layer of the canvas's size.

const svgNS = "http://www.w3.org/2000/svg";

/** marksLayer returns a function that shows the marks in box (replacing the last ones). */
export function marksLayer(box) {
  const bars = [], rings = [];
  // take returns the next element of a pool, made when missing, shown.
  const take = (pool, k, make) => {
    let el = pool[k];
    if (!el) {
      el = make();
      box.append(el);
      pool.push(el);
    }
    el.removeAttribute("visibility");
    el.hidden = false;
    return el;
  };
  const bar = () => document.createElement("div");
  // A ring is a small SVG: the circle's stroke (and the pin's dot) at the
  // exact radius and width Go gives, its centre's fraction of a pixel in
  // the circles and the whole pixels in the transform (layers placed on
  // whole pixels are drawn as they were rasterized).
  const ring = () => {
    const s = document.createElementNS(svgNS, "svg");
    for (const cls of ["stroke", "dot"]) {
      const c = document.createElementNS(svgNS, "circle");
      c.setAttribute("class", cls);
      s.append(c);
    }
    return s;
  };
  const setKind = (el, cls) => { if (el.getAttribute("class") !== cls) el.setAttribute("class", cls); };
  return (marks) => {
    let nb = 0, nr = 0;
    for (const m of marks || []) {
      for (const [x, y, w, h] of m.bars || []) {
        const el = take(bars, nb++, bar);
        setKind(el, `mark bar ${m.kind}`);
        el.style.width = `${w}px`;
        el.style.height = `${h}px`;
        el.style.transform = `translate(${x}px, ${y}px)`;
      }
      const half = Math.ceil(Math.max(m.radius + m.width / 2, m.dot)) + 1;
      for (const [cx, cy] of m.rings || []) {
        const el = take(rings, nr++, ring), x0 = Math.floor(cx) - half, y0 = Math.floor(cy) - half;
        setKind(el, `mark ring ${m.kind}`);
        el.setAttribute("width", 2 * half + 1);
        el.setAttribute("height", 2 * half + 1);
        el.style.transform = `translate(${x0}px, ${y0}px)`;
        const [stroke, dot] = el.children;
        for (const c of [stroke, dot]) {
          c.setAttribute("cx", cx - x0);
          c.setAttribute("cy", cy - y0);
        }
        stroke.setAttribute("r", m.radius);
        stroke.setAttribute("stroke-width", m.width);
        dot.setAttribute("r", m.dot);
      }
    }
    for (let k = nb; k < bars.length; k++) bars[k].hidden = true;
    for (let k = nr; k < rings.length; k++) rings[k].setAttribute("visibility", "hidden");
  };
}
