package session_test

import (
	"testing"

	"github.com/gradplay/gradplay/web/state"
)

// BenchmarkMarks is what every drawn frame asks of the session while a
// node is hovered and another pinned (3 variables, the stencil's
// neighbours marked too): the marks come from the read-outs made once
// per hover, not rebuilt per frame.
func BenchmarkMarks(b *testing.B) {
	s := built(b, state.State{Expr: "x*y*z", Grid: map[string]string{"x": "-1:1:21j", "y": "-1:1:21j", "z": "0:1:5j"}})
	x, y := pixel(b, s, 3, 4)
	s.Click(x/2, y/2)
	x, y = pixel(b, s, 10, 12)
	s.Hover(x/2, y/2, false)
	if len(s.Marks()) != 3 {
		b.Fatalf("marks %+v, want hover, pin and neighbours", s.Marks())
	}
	b.ReportAllocs()
	for b.Loop() {
		s.Marks()
	}
}
