//go:build js && wasm

package main

import (
	"syscall/js"

	"github.com/gradplay/gradplay/web/api"
	"github.com/gradplay/gradplay/web/session"
)

// pointer is where the pointer was last seen, in CSS pixels of the page,
// and what of the marks the page shows.
type pointer struct {
	x, y   float64
	seen   bool // a pointer event gave x, y
	out    bool // the pointer has left the page
	marked bool // the page shows marks (the last "marks" event had some)
	// raf is pending when a frame of the marks is waited for; at is the
	// count of frames when it was asked for.
	raf     js.Func
	pending bool
	at      int
	stopped bool // the game has stopped (the 2-D fallback took over)
}

// placed reports whether the session can be told where the pointer is:
// at x, y, or out of the page.
func (p *pointer) placed() bool { return p.seen || p.out }

// listenInput hands the pointer, clicks and keys to the session as they
// happen, not at the game's next tick: a hover changes the read-out and the
// marks, which the page draws over the canvas, and ebiten draws no frame
// for it (software WebGL spends tens of milliseconds on a frame of the
// canvas). A click or key press shorter than a tick would also be missed
// by polling. The listeners live as long as the program.
func listenInput(g *game) {
	doc := js.Global().Get("document")
	on := func(name string, fn func(ev js.Value)) {
		where := "the " + name + " listener"
		doc.Call("addEventListener", name, funcOf(func(this js.Value, args []js.Value) any {
			defer guard(where, nil)
			if len(args) > 0 && !g.ptr.stopped {
				fn(args[0])
			}
			return nil
		}))
	}
	g.ptr.raf = funcOf(func(js.Value, []js.Value) any {
		defer guard("the marks' frame", nil)
		g.marksFrame()
		return nil
	})
	// at moves the pointer to an event's position and reports whether the
	// event had one (synthetic events may have none); follow hands it to
	// the session.
	at := func(ev js.Value) bool {
		g.ptr.out = false
		x, y := ev.Get("clientX"), ev.Get("clientY")
		if x.Type() != js.TypeNumber || y.Type() != js.TypeNumber {
			return false
		}
		g.ptr.x, g.ptr.y, g.ptr.seen = x.Float(), y.Float(), true
		return true
	}
	follow := func(ev js.Value) {
		at(ev)
		g.hover()
	}
	on("pointermove", follow)
	on("pointerout", func(ev js.Value) {
		if r := ev.Get("relatedTarget"); r.IsNull() || r.IsUndefined() {
			g.ptr.out = true
			g.hover()
		}
	})
	on("pointerdown", func(ev js.Value) {
		// A press is where the pointer is (a tap has no move before it),
		// on the frame on screen: the hover moves there and the node is
		// pinned, with one read-out for both (a pin's read-out has the
		// hover's too).
		if !at(ev) || !g.current() {
			return
		}
		evs := g.s.Hover(g.ptr.x, g.ptr.y, false)
		if b := ev.Get("button"); b.Type() == js.TypeNumber && b.Int() == 0 {
			if pin := g.s.Click(g.ptr.x, g.ptr.y); len(pin) > 0 {
				evs = pin
			}
		}
		g.input(evs)
	})
	on("keydown", func(ev js.Value) {
		handled, evs := g.s.Key(ev.Get("key").String())
		if handled {
			ev.Call("preventDefault") // no scrolling of the embedding page
		}
		g.input(evs)
	})
}

// current reports whether the frame on screen is the session's last
// rendered one, the frame that the session maps the pointer on, at the
// screen's device pixel ratio (a new ratio shows the old frame until it is
// rendered again).
func (g *game) current() bool {
	return g.lay != nil && g.lay == g.shown && g.s.Scale() == g.scale && !g.ptr.stopped
}

// stop ends the input's effects and takes the marks away: the game has
// stopped, and the 2-D fallback maps no pointer.
func (g *game) stop() {
	g.hideMarks()
	g.ptr.stopped = true
}

// hover hands the pointer to the session, over the current frame only.
func (g *game) hover() {
	if g.current() && g.ptr.placed() {
		g.input(g.s.Hover(g.ptr.x, g.ptr.y, g.ptr.out))
	}
}

// input emits the events of a hover, a click or a key; any event means
// new marks, shown over the current frame (a new frame brings its own).
func (g *game) input(evs []session.Event) {
	if len(evs) == 0 {
		return
	}
	emit(evs...)
	if g.current() {
		g.showMarks()
	}
}

// newFrame follows a new frame's first draw: the node under the pointer
// is looked up on it, and its marks are shown with it.
func (g *game) newFrame() {
	if g.ptr.placed() {
		emit(g.s.Hover(g.ptr.x, g.ptr.y, g.ptr.out)...)
	}
	g.showMarks()
}

// showMarks emits the session's marks, which the page draws at once, and
// makes sure that a frame is counted for them: the next animation frame
// counts one unless the canvas counted one before it.
func (g *game) showMarks() {
	ms := api.Marks(g.s.Marks(), g.s.Scale())
	if len(ms) == 0 && !g.ptr.marked {
		return // none before, none now
	}
	g.ptr.marked = len(ms) > 0
	emit(marksEvent(ms))
	if !g.ptr.pending {
		g.ptr.pending, g.ptr.at = true, g.frame
		js.Global().Call("requestAnimationFrame", g.ptr.raf)
	}
}

// hideMarks takes the marks away while the frame shown is stale.
func (g *game) hideMarks() {
	if g.ptr.marked {
		g.ptr.marked = false
		emit(marksEvent(nil))
	}
}

// marksEvent is the "marks" event: the marks over the frame on screen, as
// the page draws them (none while the frame shown is stale).
func marksEvent(ms []api.MarkView) session.Event {
	if ms == nil {
		ms = []api.MarkView{}
	}
	return session.Event{Name: "marks", Data: ms}
}

// marksFrame is the animation frame that shows new marks: counted as a
// frame drawn, unless the canvas drew one since the marks changed (marks
// come after the canvas's first frame, which counts the start's end).
func (g *game) marksFrame() {
	g.ptr.pending = false
	if g.frame == g.ptr.at && g.frame > 0 {
		g.countFrame()
	}
}
