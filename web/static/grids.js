// grids.js builds the playground's grid rows: per variable, start, stop and
// the number of points or the step (or, for explicit coordinates, the list)
// above the spec in numpy notation, which can also be edited directly.
// Go writes the spec from the fields, keeping its notation
// (gradplay.gridFromParts), converts a row between points, step and list
// (gradplay.convertGrid), and says what each row shows (the vars of
// gradplay.resolve: parts, info, error).
import { $, page, perFrame, showError, clearError, elementID } from "./page.js";

/** rowSpecs returns each row's spec as typed: [[variable, spec], ...]. */
export function rowSpecs() {
  return [...$("grids").children].map((r) => [r.dataset.var, r.querySelector("input.spec").value]);
}

/** clearRows removes every row (a new link or example rebuilds them). */
export function clearRows() {
  $("grids").replaceChildren();
}

/**
 * renderRows shows the rows of vars (a view's vars), in their order: a new
 * row starts with its spec, every row shows its parts, info or error, and
 * the rows of other variables go. The error of the variable named select
 * is selected. onEdit(v, select) is called when the row of v changes
 * (select: the user pressed Enter).
 */
export function renderRows(vars, select, onEdit) {
  const box = $("grids");
  const rows = new Map([...box.children].map((r) => [r.dataset.var, r]));
  const names = new Set(vars.map((vv) => vv.name));
  for (const [v, r] of rows) if (!names.has(v)) r.remove();
  let prev = null;
  for (const vv of vars) {
    const row = rows.get(vv.name) || gridRow(vv.name, vv.spec, onEdit);
    // Keep the order of the variables, moving a row only when it is out of
    // place (a moved row would lose the focus).
    const want = prev ? prev.nextSibling : box.firstChild;
    if (row !== want) box.insertBefore(row, want);
    prev = row;
    showRow(row, vv, select === vv.name);
  }
}

/** showRow shows the view vv of a row: its fields and info, or its error. */
function showRow(row, vv, select) {
  const input = row.querySelector("input.spec");
  const info = row.querySelector(".info");
  const err = row.querySelector(".caret");
  if (vv.error) {
    info.textContent = "";
    showError(input, err, vv.error, select);
    return;
  }
  clearError(input, err);
  info.textContent = vv.info;
  // The fields being typed in keep their text.
  const [start, stop, count] = row.querySelectorAll(".grid-parts input");
  const focused = row.contains(document.activeElement) && document.activeElement.classList.contains("num");
  row.querySelector("select").value = vv.parts.kind;
  if (!focused) [start.value, stop.value, count.value] = [vv.parts.start, vv.parts.stop, vv.parts.count];
  showParts(row);
}

/** showParts enables the start/stop/count fields unless the row is a list. */
function showParts(row) {
  const list = row.querySelector("select").value === "list";
  for (const el of row.querySelectorAll(".grid-parts input")) el.disabled = list;
}

/** gridRow builds the row of variable v, its spec field holding spec. */
function gridRow(v, spec, onEdit) {
  const row = document.createElement("div");
  row.className = "grid-row";
  row.dataset.var = v;
  const id = elementID("grid-", v);
  const label = document.createElement("label");
  label.htmlFor = id + "-start";
  label.className = "mono var";
  label.textContent = v;

  const parts = document.createElement("div");
  parts.className = "grid-parts";
  const field = (name, aria, size) => {
    const el = document.createElement("input");
    el.type = "text";
    el.inputMode = "decimal";
    el.className = "mono num";
    el.id = `${id}-${name}`;
    el.size = size;
    el.spellcheck = false;
    el.setAttribute("aria-label", `${v}: ${aria}`);
    return el;
  };
  const start = field("start", "start", 5), stop = field("stop", "stop", 5), count = field("count", "points or step", 4);
  const kind = document.createElement("select");
  kind.setAttribute("aria-label", `${v}: points, step or coordinates`);
  kind.append(new Option("points", "linspace"), new Option("step", "range"), new Option("list", "list"));
  const to = document.createElement("span");
  to.className = "lbl";
  to.textContent = "to";
  parts.append(start, to, stop, kind, count);

  const input = document.createElement("input");
  input.id = id;
  input.type = "text";
  input.className = "mono spec";
  input.spellcheck = false;
  input.value = spec;
  input.setAttribute("aria-label", `${v}: grid in numpy notation`);
  input.setAttribute("aria-describedby", `${id}-error ${id}-note ${id}-info`);
  const info = document.createElement("span");
  info.id = id + "-info";
  info.className = "info";
  const err = document.createElement("div");
  err.id = id + "-error";
  err.className = "caret";
  err.setAttribute("role", "alert");
  err.hidden = true;
  const note = document.createElement("p");
  note.id = id + "-note";
  note.className = "note";
  note.setAttribute("role", "status");
  note.hidden = true;
  row.append(label, parts, input, info, err, note);

  const changed = perFrame(() => onEdit(v, false));
  input.addEventListener("input", changed);
  input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); onEdit(v, true); } });
  const current = () => ({ kind: kind.value, start: start.value, stop: stop.value, count: count.value, spec: input.value });
  const rewrite = (text) => {
    input.value = text;
    showParts(row);
    changed();
  };
  for (const el of [start, stop, count]) el.addEventListener("input", () => rewrite(page.g.gridFromParts(current())));
  kind.addEventListener("change", () => {
    const p = page.g.convertGrid(current(), kind.value);
    [start.value, stop.value, count.value] = [p.start, p.stop, p.count];
    rewrite(p.spec);
  });
  return row;
}
