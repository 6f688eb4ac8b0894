// corpus.js is TestCorpus's runner (e2e/corpus_test.go), evaluated in the
// playground page: window.corpus.run(lines) types each line's input into
// the real control (the field's value, then an "input" event, as typing or
// pasting does; a link is opened by setting location.hash), waits until the
// page has sent the state to the view and the view has answered (its
// "status" event), checks what every message box, the figure and the state
// say, then types the good input and checks that everything clears. It
// returns a report: the failures, and the slowest step.
(() => {
  const $ = (id) => document.getElementById(id);
  const view = $("view").contentWindow;
  const vg = view.gradplay;
  const vdoc = view.document;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  // Every setState the page makes, what it threw, and the calls made
  // when the view's last status arrived.
  const rec = { calls: 0, last: null, thrown: null, statusAt: -1 };
  const setState = vg.setState;
  vg.setState = function (st) {
    rec.calls++;
    rec.callTime = performance.now();
    rec.last = JSON.parse(JSON.stringify(st));
    rec.thrown = null;
    try {
      return setState.apply(this, arguments);
    } catch (e) {
      rec.thrown = e;
      throw e;
    }
  };
  vg.on("status", () => { rec.statusAt = rec.calls; rec.statusTime = performance.now(); });

  // A heartbeat: the longest time the tab did not run a 16 ms timer.
  let beat = performance.now(), gap = 0;
  setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - beat);
    beat = now;
  }, 16);

  /** target returns a field's input and its error and note boxes. */
  function target(field) {
    if (field === "expr") return { input: $("expr"), error: $("expr-error"), note: $("expr-notes") };
    const row = [...document.querySelectorAll("#grids .grid-row")].find((r) => "grid." + r.dataset.var === field);
    if (!row) return null;
    return { input: row.querySelector("input.spec"), error: row.querySelector(".caret"), note: row.querySelector(".note") };
  }

  /** fields returns the targets of every field on the page. */
  function fields() {
    const out = { expr: target("expr") };
    for (const r of document.querySelectorAll("#grids .grid-row")) out["grid." + r.dataset.var] = target("grid." + r.dataset.var);
    return out;
  }

  const shown = (el) => !!el && !el.hidden && el.getClientRects().length > 0 && el.textContent.trim() !== "";

  /** type puts text into the field as a user does; returns the time the dispatch took. */
  function type(field, text) {
    const t0 = performance.now();
    if (field === "url") {
      // The same link again ("&" is an empty setting): a hashchange all the same.
      location.hash = location.hash === "#" + text ? "#" + text + "&" : "#" + text;
      return performance.now() - t0;
    }
    const t = target(field);
    t.input.focus();
    t.input.value = text;
    t.input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    return performance.now() - t0;
  }

  /**
   * settle waits until the page has sent the view a state made after mark
   * (with the field holding the text the field now has), and the view has
   * answered it; then until a new frame when frame is set.
   */
  async function settle(field, mark, frame) {
    const t0 = performance.now();
    const want = field === "url" ? null : target(field).input.value;
    const holds = (st) => want === null || (field === "expr" ? st.expr === want : (st.grid || {})[field.slice(5)] === want);
    while (!(rec.calls > mark.calls && holds(rec.last) && rec.statusAt >= rec.calls)) {
      if (performance.now() - t0 > 8000) return "the page sent no state for the input within 8 s";
      await sleep(2);
    }
    while (frame && vg.frames <= mark.frames) {
      if (performance.now() - t0 > 8000) return "no new frame within 8 s";
      await sleep(2);
    }
    await sleep(0); // the page's own listeners
    return "";
  }

  const mark = () => ({ calls: rec.calls, frames: vg.frames });

  /** check compares the page with what a line expects (ex: its parsed EXPECT); returns the failures. */
  function check(line, ex, good) {
    const bad = [];
    const fs = fields();
    const st = vg.getState();
    // One state: the controls hold what the view has.
    if (st.expr !== fs.expr.input.value) bad.push(`the view's expr ${JSON.stringify(st.expr).slice(0, 60)} is not the field's ${JSON.stringify(fs.expr.input.value).slice(0, 60)}`);
    for (const [f, t] of Object.entries(fs)) {
      if (f !== "expr" && (st.grid || {})[f.slice(5)] !== t.input.value) bad.push(`the view's ${f} ${JSON.stringify((st.grid || {})[f.slice(5)])} is not the row's ${JSON.stringify(t.input.value).slice(0, 60)}`);
    }
    // The messages: each expected one next to its input, no other.
    const texts = [];
    for (const [f, t] of Object.entries(fs)) {
      const want = ex.errors[f];
      const desc = (t.input.getAttribute("aria-describedby") || "").split(/\s+/);
      if (want) {
        if (!shown(t.error)) bad.push(`no error shown at ${f}`);
        else if (t.error.title !== "error code: " + want) bad.push(`the error at ${f} has ${JSON.stringify(t.error.title)}, want code ${want}: ${t.error.textContent.slice(0, 120)}`);
        if (t.error.getAttribute("role") !== "alert" || !desc.includes(t.error.id)) bad.push(`the error box of ${f} is not an alert described by its input`);
        if (t.input.getAttribute("aria-invalid") !== "true") bad.push(`${f} is not aria-invalid`);
        texts.push(t.error.textContent);
      } else if (shown(t.error) || !t.error.hidden) {
        bad.push(`an error is shown at ${f}: ${t.error.title} ${t.error.textContent.slice(0, 120)}`);
      }
      const note = ex.notes[f];
      if (note) {
        if (!shown(t.note)) bad.push(`no note shown at ${f}`);
        if (!["status", "alert"].includes(t.note.getAttribute("role")) || !desc.includes(t.note.id)) bad.push(`the note box of ${f} is not a status described by its input`);
        const codes = window.gradplay.inputNotes(st).filter((n) => n.field === f).map((n) => n.code);
        if (!codes.includes(note)) bad.push(`gradplay.inputNotes gives ${JSON.stringify(codes)} at ${f}, want ${note}`);
        texts.push(t.note.textContent);
      } else if (shown(t.note)) {
        bad.push(`a note is shown at ${f}: ${t.note.textContent.slice(0, 120)}`);
      }
    }
    // The figure: stale, with the mark and the notice, exactly when a field has an error.
    const stale = vdoc.body.dataset.stale || "";
    const notice = shown(vdoc.getElementById("notice")) ? vdoc.getElementById("notice").textContent : "";
    const wantStale = Object.keys(ex.errors).length > 0;
    if (wantStale && !stale) bad.push("the figure is not marked stale");
    if (!wantStale && stale) bad.push(`the figure is marked stale: ${stale}`);
    if (stale) {
      if (!notice.includes(`Not drawn: ${stale}.`)) bad.push(`the notice ${JSON.stringify(notice)} does not say why the figure is stale`);
      for (const c of vdoc.querySelectorAll("canvas")) if (c.dataset.stale !== stale) bad.push("a canvas is not marked stale");
      if (!Object.values(fs).some((t) => shown(t.error))) bad.push("the figure is stale and no field shows an error");
      const cv = vdoc.querySelector("canvas");
      if (cv && getComputedStyle(cv).filter === "none") bad.push("the stale figure is not dimmed");
      if (!wantStale) bad.push("stale without an expected error");
    } else if (notice.includes("Not drawn")) {
      bad.push(`the notice says ${JSON.stringify(notice)} but the figure is not stale`);
    }
    if (!wantStale && rec.thrown) bad.push(`setState threw ${rec.thrown.code}: ${rec.thrown.message}`);
    if (wantStale) {
      const code = Object.values(ex.errors)[0];
      if (!rec.thrown) bad.push("setState did not throw");
      else if (!Object.values(ex.errors).includes(rec.thrown.code)) bad.push(`setState threw ${rec.thrown.code}, want ${code}`);
      if (vg.getState().expr !== rec.last.expr) bad.push("setState did not keep the state it refused");
    }
    // The data notes, classed by the first (f's, when f is not finite somewhere).
    const first = notice.split("\n").find((l) => /^(f is|(numpy\.gradient's|the exact) .* is) .*(NaN|Inf) at/.test(l)) || "";
    for (const k of ["nan", "inf"]) {
      const says = (k === "nan" ? /NaN at \d+ of \d+ nodes \(the first at [^)]+\)/ : /Inf at \d+ of \d+ nodes \(the first at [^)]+\)/).test(first);
      if (ex.data[k] && !says) bad.push(`the notice ${JSON.stringify(notice.slice(0, 200))} does not count the ${k === "nan" ? "NaN" : "±Inf"} nodes`);
      if (!ex.data[k] && says && !stale && !good) bad.push(`the notice counts ${k} nodes: ${notice.slice(0, 200)}`);
    }
    if (ex.data.nan || ex.data.inf) texts.push(notice);
    const banner = shown($("banner")) ? $("banner").textContent : "";
    if (ex.banner && !banner) bad.push("no banner");
    if (!ex.banner && banner) bad.push(`a banner: ${banner.slice(0, 200)}`);
    texts.push(banner);
    if (line.text && !texts.join("\n").includes(line.text)) bad.push(`the messages ${JSON.stringify(texts.join(" | ").slice(0, 300))} lack ${JSON.stringify(line.text)}`);
    return bad;
  }

  /** parse turns a line's EXPECT into {errors: {field: code}, notes: {field: code}, data: {nan, inf}, banner}. */
  function parse(line) {
    const ex = { errors: {}, notes: {}, data: {}, banner: false };
    for (const e of line.expect) {
      const [kind, rest = ""] = e.split(":");
      const [code, f] = rest.split("@");
      if (kind === "error") ex.errors[f] = code;
      else if (kind === "note") ex.notes[f] = code;
      else if (kind === "notes") ex.data[code] = true;
      else if (kind === "banner") ex.banner = true;
    }
    return ex;
  }

  /** goodInput returns the base's value of a line's field. */
  function goodInput(line) {
    if (line.field === "url") return line.base;
    const { state } = vg.decodeState(line.base);
    return line.field === "expr" ? state.expr : state.grid[line.field.slice(5)];
  }

  let base = "";

  /** open opens a base link (unless it is open) and waits for its figure. */
  async function open(frag) {
    if (base === frag) return [];
    const m = mark();
    type("url", frag);
    const err = await settle("url", m, true);
    base = frag;
    const bad = check({ text: "" }, parse({ expect: [] }), true);
    return err ? [err, ...bad] : bad.map((b) => "the base link: " + b);
  }

  /** step types one input and checks the page; returns [failures, timings]. */
  async function step(line, input, ex, good) {
    const m = mark();
    gap = 0;
    beat = performance.now();
    const t0 = performance.now();
    const dispatch = type(line.field, input);
    // A new frame is due whenever the state can be drawn (not for the
    // same figure twice: a good input after an "ok" one may draw the same).
    const err = await settle(line.field, m, Object.keys(ex.errors).length === 0 && good);
    const total = performance.now() - t0;
    const bad = err ? [err] : check(good ? { text: "" } : line, ex, good);
    return [bad, { dispatch, total, gap: Math.max(gap, performance.now() - beat),
      phases: [rec.callTime - t0, rec.statusTime - rec.callTime, performance.now() - rec.statusTime].map(Math.round) }];
  }

  window.corpus = {
    /** run runs lines; returns {failures: [{line, input, good, problems}], slowest: {...}, steps}. */
    async run(lines) {
      const report = { failures: [], slowest: { line: 0, total: 0, gap: 0, dispatch: 0 }, steps: 0 };
      report.times = [];
      const note = (line, good, r) => {
        report.steps++;
        report.times.push([line.line, good ? 1 : 0, Math.round(r.total), Math.round(r.gap), ...r.phases]);
        for (const k of ["total", "gap", "dispatch"]) {
          if (r[k] > report.slowest[k]) Object.assign(report.slowest, { [k]: r[k], [k + "Line"]: line.line });
        }
      };
      for (const line of lines) {
        const b = await open(line.base);
        if (b.length) report.failures.push({ line: line.line, input: "base", problems: b });
        const [bad, r] = await step(line, line.input, parse(line), false);
        note(line, false, r);
        if (r.gap > 1000) bad.push(`the tab froze for ${Math.round(r.gap)} ms`);
        if (bad.length) report.failures.push({ line: line.line, input: line.input.slice(0, 80), problems: bad });
        const [bad2, r2] = await step(line, goodInput(line), parse({ expect: [] }), true);
        note(line, true, r2);
        if (r2.gap > 1000) bad2.push(`the tab froze for ${Math.round(r2.gap)} ms`);
        if (bad2.length) report.failures.push({ line: line.line, input: "(the good input after it)", problems: bad2 });
        if (line.field === "url") base = line.base;
      }
      return report;
    },
    /** prepare focuses a line's field and selects its text, for keyboard input; returns a mark. */
    prepare(line) {
      const t = target(line.field);
      t.input.focus();
      t.input.select();
      return mark();
    },
    /** after waits for the page after keyboard input (from mark m) and checks it against line. */
    async after(line, m) {
      const err = await settle(line.field, m, false);
      const bad = err ? [err] : check(line, parse(line), false);
      const [bad2] = await step(line, goodInput(line), parse({ expect: [] }), true);
      return [...bad, ...bad2.map((b) => "after the good input: " + b)];
    },
    open,
  };
})();
