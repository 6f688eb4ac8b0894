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
    el.removeAttribute("hidden");
    return el;
  };
  const bar = () => document.createElement("div");
  // A ring is a small SVG in the box Go gives (whole device pixels: the
  // layer is drawn as it was rasterized), its circles at the exact centre,
  // radius and width: the stroke, and the pin's dot.
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
      for (const [x, y, w, h] of m.bars) {
        const el = take(bars, nb++, bar);
        setKind(el, `mark bar ${m.kind}`);
        el.style.width = `${w}px`;
        el.style.height = `${h}px`;
        el.style.transform = `translate(${x}px, ${y}px)`;
      }
      m.rings.forEach(([cx, cy], i) => {
        const [x, y, w, h] = m.boxes[i], el = take(rings, nr++, ring);
        setKind(el, `mark ring ${m.kind}`);
        el.setAttribute("width", w);
        el.setAttribute("height", h);
        el.style.transform = `translate(${x}px, ${y}px)`;
        const [stroke, dot] = el.children;
        for (const c of [stroke, dot]) {
          c.setAttribute("cx", cx - x);
          c.setAttribute("cy", cy - y);
        }
        stroke.setAttribute("r", m.radius);
        stroke.setAttribute("stroke-width", m.width);
        dot.setAttribute("r", m.dot);
      });
    }
    for (const [pool, n] of [[bars, nb], [rings, nr]]) {
      for (let k = n; k < pool.length; k++) pool[k].setAttribute("hidden", "");
    }
  };
}
