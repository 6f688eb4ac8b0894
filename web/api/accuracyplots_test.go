package api_test

import (
	"bytes"
	"image/png"
	"testing"

	"github.com/gradplay/gradplay/web/state"
)

// pngSize decodes b as PNG and returns its size in pixels.
func pngSize(t *testing.T, b []byte) (w, h int) {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Fatalf("not a PNG: % x", b[:min(len(b), 8)])
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img.Bounds().Dx(), img.Bounds().Dy()
}

// TestStepPlotEntry checks that gradplay.stepPlot returns a PNG of the size
// asked for, and its refusals.
func TestStepPlotEntry(t *testing.T) {
	a, _ := newAPI()
	pt := map[string]any{"x": 1.0, "y": 2.0}
	b := call(t, a, "stepPlot", "exp(x)*y", pt, "x").([]byte)
	if w, h := pngSize(t, b); w != 960 || h != 640 {
		t.Errorf("default size %d×%d pixels, want 960×640 (480×320 at scale 2)", w, h)
	}
	b = call(t, a, "stepPlot", "exp(x)*y", pt, "y", map[string]any{"width": 640.0, "height": 400.0, "scale": 1.0}).([]byte)
	if w, h := pngSize(t, b); w != 640 || h != 400 {
		t.Errorf("size %d×%d pixels, want 640×400", w, h)
	}
	for _, o := range []map[string]any{
		{"width": 63.0}, {"height": 4097.0}, {"width": "480"}, {"width": 480.5},
		{"scale": 0.5}, {"scale": 5.0}, {"scale": "2"},
	} {
		fails(t, a, state.CodeInvalidArgument, "stepPlot", "exp(x)*y", pt, "x", o)
	}
	fails(t, a, state.CodeInvalidArgument, "stepPlot", "exp(x)*y", pt, 3.0)
	fails(t, a, state.CodeInvalidArgument, "stepPlot", "x", "here", "x")
	fails(t, a, state.CodeInvalidArgument, "stepPlot", 1.0, pt, "x")
	fails(t, a, state.CodeMissingValue, "stepPlot", "x*y", map[string]any{"x": 1.0}, "x")
	fails(t, a, state.CodeMissingValue, "stepPlot", "x*y", pt, "z")
	fails(t, a, state.CodeSyntax, "stepPlot", "x +", map[string]any{"x": 1.0}, "x")
}

// TestConvergencePlotEntry checks that gradplay.convergencePlot returns a
// PNG of the size asked for, and its refusals.
func TestConvergencePlotEntry(t *testing.T) {
	a, _ := newAPI()
	grid := map[string]any{"x": "-2:2:21j", "y": "-1:1.5:15j"}
	b := call(t, a, "convergencePlot", "sin(x)*exp(-y**2)", grid).([]byte)
	if w, h := pngSize(t, b); w != 960 || h != 640 {
		t.Errorf("default size %d×%d pixels, want 960×640", w, h)
	}
	b = call(t, a, "convergencePlot", "sin(x)*exp(-y**2)", grid,
		map[string]any{"edgeOrder": 2.0, "levels": 4.0, "width": 300.0, "height": 200.0, "scale": 1.5}).([]byte)
	if w, h := pngSize(t, b); w != 450 || h != 300 {
		t.Errorf("size %d×%d pixels, want 450×300", w, h)
	}
	for _, o := range []map[string]any{
		{"levels": 1.0}, {"levels": 9.0}, {"levels": "3"}, {"width": 5000.0}, {"height": 10.0}, {"scale": 4.5},
	} {
		fails(t, a, state.CodeInvalidArgument, "convergencePlot", "x*y", grid, o)
	}
	fails(t, a, state.CodeEdgeOrderUnsupported, "convergencePlot", "x*y", grid, map[string]any{"edgeOrder": 3.0})
	fails(t, a, state.CodeInvalidArgument, "convergencePlot", "x*y", map[string]any{"x": 1.0, "y": "0:1:5j"})
	fails(t, a, state.CodeMissingGrid, "convergencePlot", "x*y", map[string]any{"x": "0:1:5j"})
	fails(t, a, state.CodeGridSyntax, "convergencePlot", "x*y", map[string]any{"x": "0:1:5j", "y": "zz"})
	fails(t, a, state.CodeTooLarge, "convergencePlot", "x*y", map[string]any{"x": "0:1:2001j", "y": "0:1:2001j"},
		map[string]any{"levels": 8.0})
}
