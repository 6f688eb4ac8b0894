// viewparts.js writes the view's parts that Go resolves and the page only
// shows: the read-out strip (gradplay.readoutStrip's lines of parts) and,
// with controls=min, a slider per held variable and the edge_order radios
// (gradplay.resolve's sliders and display). Text enters the DOM as text.

/**
 * writeStrip writes the read-out strip into box: Go's lines of parts, each
 * {text, class?, full?} (a compact number with its exact value), or hint
 * when there are none; the focus stays on the same number. A hover that
 * moves to another node changes the numbers, not the strip's shape: the
 * strip's elements are kept and only their texts set, so that the page
 * neither styles new elements nor loses the focus.
 */
export function writeStrip(box, lines, hint) {
  const shape = lines.length ? lines.map((parts) => parts.map((p) => p.class).join(",")).join(";") : "hint";
  if (box.dataset.shape !== shape) {
    const nums = [...box.querySelectorAll(".num")];
    const focused = nums.indexOf(document.activeElement);
    box.replaceChildren(...(lines.length ? lines.map(line) : [hintPart()]));
    box.dataset.shape = shape;
    if (focused >= 0) {
      const again = box.querySelectorAll(".num[tabindex]")[focused] || box.querySelector(".num[tabindex]");
      if (again) again.focus();
    }
  }
  if (!lines.length) {
    const s = box.firstChild;
    setText(s, hint);
    if (s.title !== hint) s.title = hint; // cut to one line in a small frame
    return;
  }
  lines.forEach((parts, i) => {
    const spans = box.children[i].children;
    parts.forEach((p, k) => {
      const s = spans[k];
      if (p.class !== "num") {
        setText(s, p.text);
        return;
      }
      // A number's exact value, when its text is not: the title, the
      // screen readers' text (for which the compact text is hidden) and a
      // tab stop.
      const [shown, exact] = s.children;
      if (p.full) {
        if (s.title !== p.full) s.title = p.full;
        if (s.tabIndex !== 0) s.tabIndex = 0;
        if (!shown.hasAttribute("aria-hidden")) shown.setAttribute("aria-hidden", "true");
      } else if (s.hasAttribute("title")) {
        s.removeAttribute("title");
        s.removeAttribute("tabindex");
        shown.removeAttribute("aria-hidden");
      }
      setText(shown, p.text);
      setText(exact, p.full || "");
    });
  });
}

/** setText sets el's text, unless it is the same. */
function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}

/** hintPart is the strip's hint, its text set by writeStrip. */
function hintPart() {
  const s = document.createElement("span");
  s.className = "hint";
  return s;
}

/** line is one line of the strip: a span per part, their texts set by writeStrip. */
function line(parts) {
  const l = document.createElement("div");
  l.className = "line";
  l.append(...parts.map(part));
  return l;
}

/**
 * part is one span of the strip, its text set by writeStrip: a number
 * shows its compact text, and its title and screen-reader text are its
 * exact value.
 */
function part(p) {
  const s = document.createElement("span");
  if (p.class) s.className = p.class;
  if (p.class !== "num") return s;
  const shown = document.createElement("span");
  const exact = document.createElement("span");
  exact.className = "sr-only";
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
