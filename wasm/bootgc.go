//go:build js && wasm

package main

import (
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// bootHeap is the heap the start may grow to before Go collects it. Until
// the first frame, Go's default target (twice the live heap, 4 MB at
// first) made the start collect three times, each a few to 30 ms and the
// first to run Go's collector in WebAssembly compiled lazily on the main
// thread; a start needs about 10 MB.
const bootHeap = 64 << 20

// bootWait is how long the start may go without collecting at all: a
// start that draws no frame (a link whose function has a mistake, a tab in
// the background) gets Go's collection back then.
const bootWait = 5 * time.Second

var (
	bootOver  atomic.Bool // endBoot has run
	bootGOGC  int         // the settings startBoot replaced
	bootLimit int64
)

// startBoot turns Go's collection by heap growth off until endBoot, but at
// bootHeap.
func startBoot() {
	bootGOGC = debug.SetGCPercent(-1)
	bootLimit = debug.SetMemoryLimit(bootHeap)
	time.AfterFunc(bootWait, endBoot)
}

// endBoot gives Go back its collection as it was: at the first frame, at
// a build's progress once the heap holds half of bootHeap (boot, below: a
// large grid's arrays would reach bootHeap and make Go collect at every
// allocation), or after bootWait, whichever comes first.
func endBoot() {
	if bootOver.CompareAndSwap(false, true) {
		debug.SetGCPercent(bootGOGC)
		debug.SetMemoryLimit(bootLimit)
	}
}

// heapSample reads the bytes of the heap's objects.
var heapSample = []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}

// boot is called at a build's progress during the start: it ends the start
// once the heap holds half of bootHeap.
func boot() {
	if bootOver.Load() {
		return
	}
	metrics.Read(heapSample)
	if v := heapSample[0].Value; v.Kind() == metrics.KindUint64 && v.Uint64() >= bootHeap/2 {
		endBoot()
	}
}
