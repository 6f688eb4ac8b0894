// viewparts.js writes the view's parts that Go resolves and the page only
// shows: the read-out strip (gradplay.readoutStrip's lines of parts) and,
// with controls=min, a slider per held variable and the edge_order radios
// (gradplay.resolve's sliders and display). Text enters the DOM as text.

/**
 * writeStrip writes the read-out strip into box: Go's lines of parts, each
 * {text, class?, full?} (a compact number with its exact value), or hint
 * when there are none; the focus stays on the same number.
 */
export function writeStrip(box, lines, hint) {
  const nums = [...box.querySelectorAll(".num")];
  const focused = nums.indexOf(document.activeElement);
  box.replaceChildren();
  if (!lines.length) {
    const s = document.createElement("span");
    s.className = "hint";
    s.textContent = hint;
    s.title = hint; // cut to one line in a small frame
    box.append(s);
    return;
  }
  for (const parts of lines) {
    const line = document.createElement("div");
    line.className = "line";
    for (const p of parts) line.append(part(p));
    box.append(line);
  }
  if (focused >= 0) {
    const again = box.querySelectorAll(".num[tabindex]")[focused] || box.querySelector(".num[tabindex]");
    if (again) again.focus();
  }
}

/** part is one span of the strip: a compact number shows its text, its title and screen-reader text are the exact value. */
function part(p) {
  const s = document.createElement("span");
  if (p.class) s.className = p.class;
  if (!p.full) {
    s.textContent = p.text;
    return s;
  }
  s.title = p.full;
  s.tabIndex = 0;
  const shown = document.createElement("span");
  shown.setAttribute("aria-hidden", "true");
  shown.textContent = p.text;
  const exact = document.createElement("span");
  exact.className = "sr-only";
  exact.textContent = p.full;
  s.append(shown, exact);
  return s;
}

let controlsKey = "";

const label = (s, i) => (s.labels && s.labels[i]) || `#${i}`;

/**
 * writeMinControls writes into box a slider per held variable of the
 * resolved view v and the edge_order radios, or only moves them when the
 * sliders are the same ones; on.at(variable, index) and on.edgeOrder(n)
 * are called when the user moves them.
 */
export function writeMinControls(box, v, on) {
  const key = v.sliders.map((s) => `${s.var}:${s.max}`).join(",");
  if (key === controlsKey) {
    for (const s of v.sliders) {
      const input = box.querySelector(`input[data-var="${CSS.escape(s.var)}"]`);
      if (!input) continue;
      if (document.activeElement !== input) input.value = String(s.at);
      input.nextElementSibling.textContent = label(s, s.at);
    }
    for (const r of box.querySelectorAll('input[name="edge"]')) r.checked = Number(r.value) === v.display.edgeOrder;
    return;
  }
  controlsKey = key;
  box.replaceChildren();
  for (const s of v.sliders) {
    const l = document.createElement("label");
    const input = document.createElement("input");
    input.type = "range";
    input.min = String(s.min);
    input.max = String(s.max);
    input.value = String(s.at);
    input.dataset.var = s.var;
    const out = document.createElement("output");
    out.textContent = label(s, s.at);
    input.addEventListener("input", () => {
      out.textContent = label(s, Number(input.value));
      on.at(s.var, Number(input.value));
    });
    l.append(s.var + " = ", input, out);
    box.append(l);
  }
  const fs = document.createElement("fieldset");
  const lg = document.createElement("legend");
  lg.textContent = "edge_order";
  fs.append(lg);
  for (const n of [1, 2]) {
    const l = document.createElement("label");
    const r = document.createElement("input");
    r.type = "radio";
    r.name = "edge";
    r.value = String(n);
    r.checked = v.display.edgeOrder === n;
    r.addEventListener("change", () => on.edgeOrder(n));
    l.append(r, String(n));
    fs.append(l);
  }
  box.append(fs);
}
