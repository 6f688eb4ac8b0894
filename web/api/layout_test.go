package api_test

import (
	"bytes"
	"image/png"
	"testing"

	"github.com/gradplay/gradplay/web/state"
)

// TestExportScale checks exportImage's scale: a PNG of width×height CSS
// pixels has scale times as many pixels each way, 2 by default.
func TestExportScale(t *testing.T) {
	a, s := newAPI()
	s.SetState(state.State{Expr: "x*y"})
	s.Update()
	for _, tc := range []struct {
		args []any
		w, h int
	}{
		{[]any{"png", 200.0, 100.0}, 400, 200},
		{[]any{"png", 200.0, 100.0, nil}, 400, 200},
		{[]any{"png", 200.0, 100.0, 1.0}, 200, 100},
		{[]any{"png", 200.0, 100.0, 3.0}, 600, 300},
		{[]any{"png", 201.0, 101.0, 1.5}, 302, 152}, // round(301.5), round(151.5)
	} {
		b := call(t, a, "exportImage", tc.args...).([]byte)
		cfg, err := png.DecodeConfig(bytes.NewReader(b))
		if err != nil || cfg.Width != tc.w || cfg.Height != tc.h {
			t.Errorf("exportImage%v: %d×%d (%v), want %d×%d", tc.args, cfg.Width, cfg.Height, err, tc.w, tc.h)
		}
	}
	for _, sc := range []any{0.5, 5.0, "2"} {
		fails(t, a, state.CodeInvalidArgument, "exportImage", "png", 200.0, 100.0, sc)
	}
}

func TestLayout(t *testing.T) {
	a, s := newAPI()
	fails(t, a, state.CodeNoFigure, "layout")
	s.SetState(state.State{Expr: "x*y"})
	s.Update()
	fails(t, a, state.CodeNoFigure, "layout") // no frame yet
	box := func(v any, k string) map[string]any { return v.(map[string]any)[k].(map[string]any) }
	lb := call(t, a, "layout", 640.0, 480.0)
	if c := box(lb, "canvas"); c["width"] != 640.0 || c["height"] != 480.0 {
		t.Errorf("layout(640, 480) canvas %v", c)
	}
	if p := box(lb, "plot"); !(p["width"].(float64) > 300) || box(box(lb, "colorbar"), "bar")["height"] == nil {
		t.Errorf("layout(640, 480) %v", lb)
	}
	s.Render(400, 300, 2)
	if c := box(call(t, a, "layout"), "canvas"); c["width"] != 400.0 || c["height"] != 300.0 {
		t.Errorf("layout() after a 400×300 frame: canvas %v", c)
	}
	fails(t, a, state.CodeInvalidArgument, "layout", 640.0)
	fails(t, a, state.CodeInvalidArgument, "layout", 640.0, 480.0, 9.0)
}
