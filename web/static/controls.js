// controls.js shows the plot and display controls of a view (from
// gradplay.resolve): the axis selectors, a slider per other variable with
// Go's position and labels, and the display panel with the defaults
// filled in.
import { $, elementID } from "./page.js";

/**
 * renderAxes fills the axis selectors and the sliders of view. onSlide(v, i)
 * is called when the slider of v moves to index i.
 */
export function renderAxes(view, onSlide) {
  const names = view.vars.map((vv) => vv.name);
  const fill = (sel, value) => {
    sel.replaceChildren(...names.map((v) => new Option(v, v)));
    sel.value = value;
    sel.disabled = !value; // no variable for this axis
  };
  fill($("xvar"), view.x);
  fill($("yvar"), view.y);
  const box = $("sliders");
  box.replaceChildren();
  for (const s of view.sliders) {
    const id = elementID("at-", s.var);
    const label = document.createElement("label");
    label.htmlFor = id;
    label.className = "slider";
    const name = document.createElement("span");
    name.className = "mono";
    name.textContent = s.var + " = ";
    const out = document.createElement("output");
    out.className = "mono";
    const range = document.createElement("input");
    range.type = "range";
    range.id = id;
    range.min = String(s.min);
    range.max = String(s.max);
    range.value = String(s.at);
    const show = () => {
      out.textContent = (s.labels && s.labels[Number(range.value)]) || `#${range.value}`; // no labels past Go's MaxSliderLabels
      range.setAttribute("aria-valuetext", `${s.var} = ${out.textContent}`);
    };
    show();
    range.addEventListener("input", () => { show(); onSlide(s.var, Number(range.value)); });
    label.append(name, out, range);
    box.append(label);
  }
}

/**
 * moreDisplay adds (once) the display controls built here rather than in
 * index.html: the figure's view (the field, or one heatmap per ∂f/∂v), the
 * arrows' pivot, and the raw mode's scale.
 */
function moreDisplay() {
  if ($("panels")) return;
  const row = document.createElement("div");
  row.className = "row2";
  const select = (id, label, options) => {
    const l = document.createElement("label");
    const s = document.createElement("select");
    s.id = id;
    for (const [v, text] of options) s.append(new Option(text, v));
    l.append(label + " ", s);
    row.append(l);
  };
  select("panels", "show", [["field", "f and ∇f"], ["partials", "each ∂f/∂v"]]);
  select("pivot", "pivot", [["tail", "tail"], ["middle", "middle"], ["tip", "tip"]]);
  const l = document.createElement("label");
  l.id = "scale-label";
  const n = document.createElement("input");
  n.type = "number";
  n.id = "scale";
  n.min = "0";
  n.step = "any";
  n.className = "mono num";
  n.placeholder = "auto";
  n.setAttribute("aria-describedby", "scale-help");
  const help = document.createElement("span");
  help.id = "scale-help";
  help.className = "info";
  help.textContent = "raw arrows: length per unit of |∇f| (empty: chosen)";
  l.append("scale ", n, " ", help);
  $("display").append(row, l);
}

/** renderDisplay sets the display panel from a view's display options. */
export function renderDisplay(d) {
  moreDisplay();
  $("panels").value = d.panels;
  $("pivot").value = d.pivot;
  if (document.activeElement !== $("scale")) $("scale").value = d.scale ? String(d.scale) : "";
  $("scale-label").hidden = d.mode !== "raw";
  // A function of one variable gets the line plot: no heatmap, contours or
  // arrows to set.
  $("display").hidden = !d.applies;
  for (const el of document.querySelectorAll('input[name="edge"]')) el.checked = Number(el.value) === d.edgeOrder;
  for (const l of d.layers) $("show-" + l.name).checked = l.on;
  $("mode").value = d.mode;
  $("palette").value = d.palette;
  $("errmap").value = d.error;
  $("density").value = String(d.density);
  $("density-out").textContent = $("density").value;
}
