#!/usr/bin/env bash
# gradplay's one entry point. Usage:
#
#   ./build.sh serve [-host H] [-port P]  build the page and serve it on http://127.0.0.1:8080
#   ./build.sh test                       every check CI runs (gofmt, vet, staticcheck, tests
#                                         natively and under WebAssembly, browser tests)
#   ./build.sh dist DIR                   write a static site folder for any web host
#   ./build.sh bench                      print the benchmark figures, one "name seconds" line each
#   ./build.sh site DIR                   build the site into DIR (what serve and dist use)
#   ./build.sh fuzz [DURATION]            run every fuzz target for DURATION each (default 2m),
#                                         one after another; print "name duration new-corpus-entries"
#
# On a fresh machine it installs what it needs: Go modules through the module
# proxy, and Debian packages (chromium, brotli, nodejs, python3-numpy) with
# apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

log() { printf '>> %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

command -v go >/dev/null || die "Go is not installed (need Go 1.26 or later on PATH)"
GOROOT_WASM="$(go env GOROOT)/lib/wasm"

# need_apt PKG... installs the Debian packages that are not installed yet.
apt_updated=""
need_apt() {
	local missing=()
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	local sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	log "installing ${missing[*]} with apt-get"
	if [ -z "$apt_updated" ]; then
		$sudo apt-get update -qq >&2 || die "apt-get update failed"
		apt_updated=1
	fi
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 ||
		die "apt-get install ${missing[*]} failed"
}

need_node() { command -v node >/dev/null || need_apt nodejs; }
need_chromium() { [ -x /usr/bin/chromium ] || need_apt chromium; }
need_brotli() { command -v brotli >/dev/null || need_apt brotli; }

# wasm_env runs a command with GOOS=js GOARCH=wasm and Go's wasm runner on PATH.
wasm_env() { PATH="$PATH:$GOROOT_WASM" GOOS=js GOARCH=wasm "$@"; }

# Packages whose every file is js/wasm only (the adapter), vetted and checked for js/wasm.
wasm_pkgs() { wasm_env go list ./wasm/... 2>/dev/null || true; }
# Pure Go packages whose tests also run under WebAssembly.
pure_pkgs() { go list ./core/... ./plots/... ./web/state/... ./web/session/... ./web/api/... ./web/explain/... 2>/dev/null; }

# ---------------------------------------------------------------- site
# build_site DIR: the static site: web/static/* as is, the .wasm, wasm_exec.js
# from this Go toolchain, and precompressed .gz and .br files beside them.
# The tag minimal drops gonum/plot's PDF, EPS and TeX backends; the fonts are
# cut to Liberation Sans by the replace in go.mod (plots/fontsubset).
# -gcflags=P=-l turns inlining off in the packages that only ebiten's Kage
# shader compiler runs (go/..., math/big through go/constant, regexp,
# text/template; each shader is compiled once, at start): -69 kB brotli,
# -131 kB raw; ebiten's shader tests (30 runs under WebAssembly) took 13.5-15.6 s
# against 13.7-15.3 s with inlining, the same within noise.
build_site() {
	local out=$1 p noinline=()
	need_brotli
	mkdir -p "$out"
	log "building the site in $out"
	cp -R web/static/. "$out/"
	for p in go/... math/big regexp/... text/template/... github.com/hajimehoshi/ebiten/v2/internal/shader \
		github.com/hajimehoshi/ebiten/v2/internal/shaderir/glsl github.com/hajimehoshi/ebiten/v2/internal/builtinshader; do
		noinline+=("-gcflags=$p=-l")
	done
	wasm_env go build -trimpath -tags minimal "${noinline[@]}" -ldflags='-s -w' -o "$out/gradplay.wasm" ./wasm
	cp "$GOROOT_WASM/wasm_exec.js" "$out/wasm_exec.js"
	find "$out" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' -o -name '*.json' \) |
		while read -r f; do precompress "$f"; done
	# The sizes of the .wasm raw and gzipped, for the page's progress bar
	# (the server may send it compressed, so Content-Length cannot tell)
	# and for the loader's choice of file on a host that does not compress;
	# and the evidence behind the page's promise: how many numpy reference
	# cases this build's core/fd reproduces bit for bit (a failing case
	# fails the build).
	local cases
	cases=$(numpy_cases)
	printf '{"wasmBytes": %s, "wasmGzBytes": %s, "numpyCases": %s}\n' \
		"$(stat -c %s "$out/gradplay.wasm")" "$(stat -c %s "$out/gradplay.wasm.gz")" "$cases" >"$out/build.json"
	precompress "$out/build.json"
}

# precompress FILE writes FILE.gz and FILE.br beside it. Brotli's quality is
# 11 (the smallest files: 54 s for the .wasm on 2 cores) unless
# GRADPLAY_BROTLI_QUALITY says otherwise: the browser tests build their own
# site with 5 (1 s, 19 % larger), as the files' format is the same.
precompress() {
	gzip -9 -n -k -f "$1"
	brotli -q "${GRADPLAY_BROTLI_QUALITY:-11}" -f -o "$1.br" "$1"
}

# numpy_cases runs the numpy reference cases natively and prints
# {"passed": N, "total": N}; it fails when any case does.
numpy_cases() {
	local out n
	out=$(go test -count=1 -run '^TestNumpyCases$' -v ./core/fd 2>&1) ||
		die "core/fd does not reproduce every numpy reference case: $(printf '%s' "$out" | grep -m3 -E 'FAIL|Error|passed')"
	n=$(printf '%s' "$out" | sed -n 's/.*numpy cases: \([0-9]*\) passed.*/\1/p' | head -1)
	[ -n "$n" ] || die "the numpy case test printed no count"
	printf '{"passed": %s, "total": %s}' "$n" "$n"
}

size_report() {
	local w=$1/gradplay.wasm
	printf 'gradplay.wasm: %s bytes raw, %s gzip, %s brotli\n' \
		"$(stat -c %s "$w")" "$(stat -c %s "$w.gz")" "$(stat -c %s "$w.br")"
}

cmd_site() {
	[ $# -eq 1 ] || die "usage: ./build.sh site DIR"
	build_site "$1"
}

cmd_dist() {
	[ $# -eq 1 ] || die "usage: ./build.sh dist DIR"
	local out=$1
	if [ -d "$out" ] && [ -n "$(ls -A "$out")" ] && [ ! -f "$out/gradplay.wasm" ]; then
		die "$out is not empty and holds no gradplay site: refusing to replace it (name a new or empty folder)"
	fi
	rm -rf "$out"
	build_site "$out"
	size_report "$out"
	log "static site written to $out: copy the folder to any web host"
}

cmd_serve() {
	local out=$ROOT/out/site
	rm -rf "$out"
	build_site "$out"
	size_report "$out"
	exec go run ./web/serve -dir "$out" "$@"
}

# ---------------------------------------------------------------- test
cmd_test() {
	need_node
	need_chromium
	need_brotli
	# web/explain's tests run the generated NumPy programs.
	need_apt python3-numpy python3-matplotlib
	log "gofmt"
	local unformatted
	unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
	[ -z "$unformatted" ] || die "gofmt would change: $unformatted"
	log "JavaScript syntax (the page's ES modules, with Node)"
	local js
	for js in web/static/*.js; do
		node --input-type=module --check <"$js" || die "syntax error in $js"
	done
	log "go vet (native and js/wasm)"
	go vet ./...
	local wp
	wp=$(wasm_pkgs)
	[ -z "$wp" ] || wasm_env go vet $wp
	log "the adapter is thin: wasm imports web/..., the standard library, syscall/js and ebiten only"
	local deep
	deep=$(wasm_env go list -f '{{join .Imports "\n"}}' ./wasm | grep -E '/gradplay/(core|plots|internal)' || true)
	[ -z "$deep" ] || die "wasm imports $deep: go through web/session or web/api"
	log "staticcheck (native and js/wasm)"
	go tool staticcheck ./...
	if [ -n "$wp" ]; then
		# The checker runs natively and analyses the js/wasm build: "go tool"
		# under wasm_env would build the checker itself for js/wasm.
		local sc
		sc=$(mktemp -d)/staticcheck
		go build -o "$sc" honnef.co/go/tools/cmd/staticcheck
		GOOS=js GOARCH=wasm "$sc" $wp
	fi
	log "no fused multiply-add in the bit-exact packages (arm64 assembly, GOAMD64=v3 run)"
	local fma
	fma=$(GOARCH=arm64 go build -gcflags='github.com/gradplay/gradplay/core/fd=-S' -gcflags='github.com/gradplay/gradplay/core/grid=-S' \
		./core/fd ./core/grid 2>&1 | grep -ciE '[[:space:]](FMADD|FMSUB|FNMADD|FNMSUB)D?[[:space:]]' || true)
	[ "$fma" = 0 ] || die "core/fd or core/grid: the arm64 build fuses $fma multiply-adds: round products with float64()"
	if grep -qw fma /proc/cpuinfo && grep -qw avx2 /proc/cpuinfo; then
		GOAMD64=v3 go test -count=1 ./core/fd ./core/grid
	fi
	log "go test (native)"
	go test -shuffle=on $(go list ./... | grep -v '/e2e$')
	# The browser tests alone, after the rest: beside other packages' tests
	# (web/explain runs Python) the suite took 278-337 s, alone 268 s, and
	# its freeze and latency checks need the machine.
	log "go test (browser, e2e)"
	go test -shuffle=on ./e2e
	log "go test (WebAssembly in Node)"
	wasm_env go test -shuffle=on $(pure_pkgs)
}

# ---------------------------------------------------------------- bench
# figure_pkgs DIRS: the packages under DIRS that have a BenchmarkFigure.
figure_pkgs() {
	grep -rl --include='*_test.go' '^func BenchmarkFigure(' "$@" 2>/dev/null | xargs -r -n1 dirname | sort -u | sed 's|^|./|'
}

# figures RUN PKGS...: go test's lines for every BenchmarkFigure of PKGS, 5
# runs of 3 iterations each, run by RUN (env natively, or wasm_env).
figures() {
	local run=$1
	shift
	$run go test -run '^$' -bench '^BenchmarkFigure$' -count 5 -benchtime 3x "$@"
}

# AWK_MEDIAN is an awk function for the programs below: median(k) sorts the
# values v[k, 1..n[k]] into S[1..n[k]] and returns their median.
AWK_MEDIAN='
function median(k,   m, a, b, t) {
	m = n[k]
	for (a = 1; a <= m; a++) S[a] = v[k, a] + 0
	for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (S[b] < S[a]) { t = S[a]; S[a] = S[b]; S[b] = t }
	return (m % 2) ? S[(m + 1) / 2] : (S[m / 2] + S[m / 2 + 1]) / 2
}'

# AWK_FIGURE is an awk pattern-action for go test's lines: it collects the
# ns/op of each BenchmarkFigure sub-benchmark in v[name, i], the names in
# order[1..k]. A first field before the benchmark's ("native", "wasm") is
# put before the name, with SUBSEP.
AWK_FIGURE='
{ tag = ""; if ($1 !~ /^Benchmark/) { tag = $1 SUBSEP; $0 = substr($0, length($1) + 2) } }
$1 ~ /^BenchmarkFigure\// && $4 == "ns/op" {
	name = $1; sub(/^BenchmarkFigure\//, "", name); sub(/-[0-9]+$/, "", name)
	if (!(name in seen)) { order[++k] = name; seen[name] = 1 }
	v[tag name, ++n[tag name]] = $3
}'

# bench_go PREFIX DIRS [RUN]: runs every BenchmarkFigure in DIRS and prints
# the median of 5 runs of each sub-benchmark as "PREFIXname seconds".
bench_go() {
	local prefix=$1 dirs=$2 pkgs
	shift 2
	pkgs=$(figure_pkgs $dirs)
	[ -n "$pkgs" ] || return 0
	figures "${1:-env}" $pkgs | awk -v prefix="$prefix" "$AWK_MEDIAN$AWK_FIGURE"'
		END { for (i = 1; i <= k; i++) printf "%s%s %.6g\n", prefix, order[i], median(order[i]) / 1e9 }'
}

cmd_bench() {
	need_node
	need_apt python3-numpy
	need_chromium
	# The .wasm's size, in bytes rather than seconds: raw, gzip, brotli.
	local site
	site=$(mktemp -d)
	build_site "$site" >/dev/null 2>&1 || die "building the site for the size lines failed"
	printf 'wasm_bytes_raw %s\nwasm_bytes_gzip %s\nwasm_bytes_brotli %s\n' "$(stat -c %s "$site/gradplay.wasm")" \
		"$(stat -c %s "$site/gradplay.wasm.gz")" "$(stat -c %s "$site/gradplay.wasm.br")"
	GRADPLAY_SITE=$site bench_go "" "core plots e2e"
	bench_go "wasm_" "core plots" wasm_env
	local script
	for script in $(find core plots -path '*/testdata/numpy_bench.py' | sort); do
		/usr/bin/python3 "$script"
	done
}

# cmd_ratios [ROUNDS]: the WebAssembly/native ratio of each figure of core
# and plots, timed in pairs (the native run, then at once the WebAssembly
# one, each a median of 5) so that both halves see the same machine; prints
# "name median min max" of the ratio over ROUNDS (default 5) rounds.
cmd_ratios() {
	need_node
	local rounds=${1:-5} r p
	for r in $(seq "$rounds"); do
		for p in $(figure_pkgs core plots); do
			figures env "$p" | sed 's/^/native /'
			figures wasm_env "$p" | sed 's/^/wasm /'
		done | awk "$AWK_MEDIAN$AWK_FIGURE"'
			END { for (i = 1; i <= k; i++) printf "%s %.4f\n", order[i], median("wasm" SUBSEP order[i]) / median("native" SUBSEP order[i]) }'
	done | awk "$AWK_MEDIAN"'
		{ if (!($1 in seen)) { order[++k] = $1; seen[$1] = 1 }; v[$1, ++n[$1]] = $2 }
		END { for (i = 1; i <= k; i++) { m = median(order[i]); printf "%s %.2f %.2f %.2f\n", order[i], m, S[1], S[n[order[i]]] } }' | sort
}

# ---------------------------------------------------------------- fuzz
# cmd_fuzz [DURATION]: every fuzz target of the module (each "func FuzzX(" of
# a *_test.go file, so new targets are picked up), one after another, for
# DURATION each (go test's -fuzztime: 2m, 30s, 10000x). Prints one line per
# target, "package.FuzzX seconds new-corpus-entries" (the inputs go test
# found interesting and cached, from its last progress line). A failing
# input is left by go test in the package's testdata/fuzz/FuzzX/, a
# regression case from then on; the run goes on to the next target and
# exits non-zero at the end.
cmd_fuzz() {
	local dur=${1:-2m} file pkg name log start secs found failed=""
	log=$(mktemp)
	trap "rm -f '$log'" EXIT
	for file in $(grep -rl --include='*_test.go' --exclude-dir=.git --exclude-dir=out --exclude-dir=testdata \
		-E '^func Fuzz[A-Za-z0-9_]*\(' . | sort); do
		pkg=$(dirname "$file")
		for name in $(sed -nE 's/^func (Fuzz[A-Za-z0-9_]*)\(.*/\1/p' "$file"); do
			log "fuzzing $pkg $name for $dur"
			start=$(date +%s)
			if go test -run '^$' -fuzz "^$name\$" -fuzztime "$dur" "$pkg" >"$log" 2>&1; then
				found=$(grep -oE 'new interesting: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+$' || true)
			else
				cat "$log" >&2
				found=FAIL
				failed="$failed $pkg.$name"
			fi
			secs=$(($(date +%s) - start))
			printf '%s.%s %ss %s\n' "${pkg#./}" "$name" "$secs" "${found:-0}"
		done
	done
	[ -z "$failed" ] || die "fuzzing found failures in$failed: the inputs are in testdata/fuzz"
}

# ---------------------------------------------------------------- main
cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
serve) cmd_serve "$@" ;;
test) cmd_test "$@" ;;
dist) cmd_dist "$@" ;;
bench) cmd_bench "$@" ;;
ratios) cmd_ratios "$@" ;;
site) cmd_site "$@" ;;
fuzz) cmd_fuzz "$@" ;;
*) die "usage: ./build.sh serve|test|dist DIR|bench|ratios [ROUNDS]|fuzz [DURATION]" ;;
esac
