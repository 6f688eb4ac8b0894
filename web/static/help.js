// help.js builds the help panel from gradplay.builtins(), the expression
// language's own table of functions and constants.

/** Returns a <table> listing the builtins (name/signature, meaning, derivative). */
export function helpTable(builtins) {
  const table = document.createElement("table");
  table.className = "help-table";
  const head = table.createTHead().insertRow();
  for (const h of ["function", "meaning", "derivative"]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  for (const b of builtins) {
    const tr = body.insertRow();
    const sig = tr.insertCell();
    const code = document.createElement("code");
    code.textContent = b.signature;
    sig.append(code);
    if (b.aliases && b.aliases.length) {
      const al = document.createElement("div");
      al.className = "aliases";
      al.textContent = "also " + b.aliases.join(", ");
      sig.append(al);
    }
    tr.insertCell().textContent = b.doc;
    const d = tr.insertCell();
    if (b.derivatives && b.derivatives.length) {
      const dc = document.createElement("code");
      dc.textContent = b.derivatives.join("; ");
      d.append(dc);
    }
  }
  const wrap = document.createElement("div");
  const p = document.createElement("p");
  p.className = "info";
  p.textContent = "Operators: + − * / and ** (or ^), Python's precedence (-y**2 is -(y**2)); 2x means 2*x; np.sin(x) works too.";
  wrap.append(p, table);
  return wrap;
}
