package plots

import (
	"math"
	"testing"
)

// TestNaNField draws fields with NaN and ±Inf in f and in the gradients,
// and fields that are entirely NaN or constant, through every output.
func TestNaNField(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	base := func() *Field { return sinExp(11) }
	cases := map[string]func(f *Field){
		"some":     func(f *Field) { f.F[3], f.F[50], f.Grad[0][7], f.Grad[1][8], f.F[9] = nan, inf, nan, -inf, -inf },
		"all":      func(f *Field) { fill(f.F, nan); fill(f.Grad[0], nan); fill(f.Grad[1], nan) },
		"constant": func(f *Field) { fill(f.F, 2); fill(f.Grad[0], 0); fill(f.Grad[1], 0) },
		"nograd":   func(f *Field) { f.Grad, f.Exact = nil, nil },
	}
	for name, mod := range cases {
		for _, o := range []*Options{nil, {Mode: Normalized}, {Mode: Log, Error: ErrorNorm}, {Error: ErrorX, Palette: Diverging}} {
			f := base()
			mod(f)
			fg, err := New(f, o)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			_ = fg.RGBA(200, 150, 1)
			if _, err := fg.SVG(200, 150); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			s := fg.Fast(200, 150, 1.5)
			_ = fg.SplitArrows(200, 150, 1.5)
			_ = fg.AltText()
			if name == "some" && o == nil {
				hole := fg.hmap.nan
				// f.F[3] is node (0, 3): image column 0, row ny-1-3.
				if got := s.Heat.RGBAAt(0, 11-1-3); got != hole {
					t.Errorf("NaN cell has colour %v, want %v", got, hole)
				}
				for _, c := range s.Arrows.Shafts {
					if math.IsNaN(float64(c)) || math.IsInf(float64(c), 0) {
						t.Fatal("non-finite arrow coordinate")
					}
				}
			}
		}
	}
}

func fill(v []float64, x float64) {
	for i := range v {
		v[i] = x
	}
}

func TestLineNaN(t *testing.T) {
	f := &Field{Expr: "1/x", Vars: []string{"x"}, Coords: [][]float64{linspace(-1, 1, 5)},
		F: []float64{-1, -2, math.Inf(1), 2, 1}, Grad: [][]float64{{-1, math.NaN(), math.NaN(), math.NaN(), -1}}}
	fg, err := New(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	_ = fg.RGBA(300, 200, 1)
	if fg.SplitArrows(300, 200, 1) != nil || fg.Fast(300, 200, 1) != nil {
		t.Error("SplitArrows or Fast of a line plot is not nil")
	}
}

func TestBadField(t *testing.T) {
	for name, f := range map[string]*Field{
		"novars":  {},
		"short F": {Vars: []string{"x"}, Coords: [][]float64{{0, 1}}, F: []float64{1}},
		"grad":    {Vars: []string{"x"}, Coords: [][]float64{{0, 1}}, F: []float64{1, 2}, Grad: [][]float64{{1}}},
	} {
		if _, err := New(f, nil); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestMapping checks the pixel ↔ data round trip and nearest nodes.
func TestMapping(t *testing.T) {
	fg, _ := New(sinExp(11), nil)
	for _, scale := range []float64{1, 2} {
		m, ok := fg.Mapping(640, 480, scale)
		if !ok {
			t.Fatal("no mapping")
		}
		px, py := m.ToPixel(0.6, -0.4)
		x, y := m.ToData(px, py)
		if math.Abs(x-0.6) > 1e-9 || math.Abs(y+0.4) > 1e-9 {
			t.Errorf("round trip gives %v, %v", x, y)
		}
		i, j, ok := m.Nearest(px, py)
		if !ok || i != 6 || j != 4 {
			t.Errorf("Nearest = %d, %d, %v; want 6, 4", i, j, ok)
		}
		if _, _, ok := m.Nearest(0, 0); ok {
			t.Error("Nearest outside the plot area is ok")
		}
		s := fg.Fast(640, 480, scale)
		if s.CellX[0] != m.Plot.X0 || s.CellX[11] != m.Plot.X1 || s.CellY[0] != m.Plot.Y0 || s.CellY[11] != m.Plot.Y1 {
			t.Errorf("cells %v..%v %v..%v do not span the plot %v", s.CellX[0], s.CellX[11], s.CellY[0], s.CellY[11], m.Plot)
		}
	}
}
