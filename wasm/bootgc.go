//go:build js && wasm

package main

import (
	"math"
	"runtime/debug"
)

// bootHeap is the heap the start may grow to before Go collects it. Until
// the first frame, Go's default target (twice the live heap, 4 MB at
// first) made the start collect three times, each a few to 30 ms and the
// first to run Go's collector in WebAssembly compiled lazily on the main
// thread; a start needs about 10 MB. A large first grid still collects
// when its heap reaches the limit.
const bootHeap = 64 << 20

// startBoot turns Go's collection by heap growth off until endBoot, but at
// bootHeap.
func startBoot() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(bootHeap)
}

// endBoot, at the first frame, gives Go back its default collection.
func endBoot() {
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(math.MaxInt64)
}
