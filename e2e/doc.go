// Package e2e tests gradplay's page in a real headless Chromium, driven by
// chromedp: the JS API against numpy's reference cases (bit for bit), the
// playground (typing a function, the error caret, the hover read-out),
// hostile URL state, the Content-Security-Policy, and browser benchmarks
// (BenchmarkFigure); a corpus of bad inputs typed into the real controls
// (TestCorpus, testdata/corpus.txt from gen_corpus.go), script injection
// through every way in (TestXSS) and a soak of 500 state changes with the
// memory measured (TestSoak).
//
// The site comes from $GRADPLAY_SITE when set, else the tests build it with
// ../build.sh site into a temporary directory (brotli at quality 5: the
// shipped 11 takes most of a minute). It is served in-process by
// web/server on 127.0.0.1 and a free port. Chromium is /usr/bin/chromium
// (./build.sh test installs it); without it the tests skip, or fail when
// CI=true. WebGL2 comes from SwiftShader (software rendering).
//
// Tests that depend on no timing (the numeric API cases, exports, themes,
// the embed host, static hosts, looks, the teaching flow, the panel of
// uses) call t.Parallel: go test runs them two at a time on two cores,
// after the sequential tests, which run alone: those with freeze and
// latency checks (the corpus, the soak, the large grid, the playground) and
// those that wait fixed times for the page (script injection, the embedded
// view). The tests' Chromium rasterizes the page's HTML in software (through
// SwiftShader it took most of the machine: the suite ran 331 s, now 252 s);
// the canvas keeps WebGL2 on SwiftShader, and the benchmarks run Chromium as
// it chooses.
package e2e
