// check.js writes this build's count of numpy reference cases (build.json,
// written by ./build.sh site after running them) into check.html.
fetch("build.json", { cache: "no-cache" }).then((r) => (r.ok ? r.json() : null)).then((b) => {
  const c = b && b.numpyCases;
  if (c) document.getElementById("evidence-count").textContent = `${c.passed} of ${c.total} reference cases`;
}).catch(() => { /* the page still says what to run */ });
