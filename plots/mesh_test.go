package plots_test

import (
	"fmt"
	"image"
	"log"
	"math"
	"sort"
	"testing"

	"github.com/gradplay/gradplay/plots"
)

// GPU limits of the page (wasm/layers.go): texture side, cells as quads.
const (
	maxTexture = 2048
	maxQuads   = 1 << 16
)

// meshSplit returns the fast layers at 640×480 of sin(x)*exp(-y**2) on an
// nx×ny grid over [-3,3]×[-2,2]: uniform, or with nodes crowded towards
// the low ends (spacing growing linearly) so that many cells are narrower
// than a pixel.
func meshSplit(t testing.TB, nx, ny int, uniform bool) *plots.Split {
	t.Helper()
	coords := func(a, b float64, n int) []float64 {
		c := linspace(0, 1, n)
		for i, u := range c {
			if !uniform {
				u *= u
			}
			c[i] = a + (b-a)*u
		}
		return c
	}
	f := plots.TestField("sin(x)*exp(-y**2)", []string{"x", "y"},
		[][]float64{coords(-3, 3, nx), coords(-2, 2, ny)},
		func(p []float64) float64 { return math.Sin(p[0]) * math.Exp(-p[1]*p[1]) },
		func(p []float64) []float64 {
			e := math.Exp(-p[1] * p[1])
			return []float64{math.Cos(p[0]) * e, -2 * p[1] * math.Sin(p[0]) * e}
		})
	fg, err := plots.New(f, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := fg.Fast(640, 480, 1)
	if s.Uniform != uniform {
		t.Fatalf("%d×%d grid: Uniform = %v, want %v", nx, ny, s.Uniform, uniform)
	}
	return s
}

// checkChunks checks the chunks' limits: whole triangles, at most
// MaxChunkVertices vertices, every index naming a vertex of its chunk.
func checkChunks(t *testing.T, m plots.Mesh) {
	t.Helper()
	for k, c := range m.Chunks {
		if len(c.Vertices) > plots.MaxChunkVertices {
			t.Errorf("chunk %d has %d vertices, more than %d", k, len(c.Vertices), plots.MaxChunkVertices)
		}
		if len(c.Indices)%3 != 0 {
			t.Errorf("chunk %d has %d indices, not whole triangles", k, len(c.Indices))
		}
		for _, i := range c.Indices {
			if int(i) >= len(c.Vertices) {
				t.Fatalf("chunk %d: index %d of %d vertices", k, i, len(c.Vertices))
			}
		}
	}
}

// checkCellsCovered rasterizes m at the centre of every cell of s and
// checks that some triangle covers it and samples the cell's texel of Heat
// there: no gap, no misplaced quad.
func checkCellsCovered(t *testing.T, m plots.Mesh, s *plots.Split) {
	t.Helper()
	nx, ny := len(s.CellX)-1, len(s.CellY)-1
	mid := func(b []float64) []float64 {
		c := make([]float64, len(b)-1)
		for k := range c {
			c[k] = (b[k] + b[k+1]) / 2
		}
		return c
	}
	mx, my := mid(s.CellX), mid(s.CellY)
	covered := make([]bool, nx*ny)
	for _, c := range m.Chunks {
		for t3 := 0; t3+2 < len(c.Indices); t3 += 3 {
			a, b, d := c.Vertices[c.Indices[t3]], c.Vertices[c.Indices[t3+1]], c.Vertices[c.Indices[t3+2]]
			i0 := sort.SearchFloat64s(mx, float64(min(a.DstX, b.DstX, d.DstX))-1e-3)
			j0 := sort.SearchFloat64s(my, float64(min(a.DstY, b.DstY, d.DstY))-1e-3)
			for i := i0; i < nx && mx[i] <= float64(max(a.DstX, b.DstX, d.DstX))+1e-3; i++ {
				for j := j0; j < ny && my[j] <= float64(max(a.DstY, b.DstY, d.DstY))+1e-3; j++ {
					u, v, ok := sample(a, b, d, mx[i], my[j])
					if ok && u >= float64(i) && u <= float64(i+1) && v >= float64(j) && v <= float64(j+1) {
						covered[i*ny+j] = true
					}
				}
			}
		}
	}
	for k, ok := range covered {
		if !ok {
			t.Fatalf("cell (%d, %d) of %d×%d is not covered by its texel", k/ny, k%ny, nx, ny)
		}
	}
}

// sample returns the source point that triangle abd samples at (x, y), and
// whether (x, y) is in the triangle (its edges included, give or take
// float32 rounding).
func sample(a, b, d plots.Vertex, x, y float64) (u, v float64, ok bool) {
	ax, ay := float64(a.DstX), float64(a.DstY)
	e1x, e1y := float64(b.DstX)-ax, float64(b.DstY)-ay
	e2x, e2y := float64(d.DstX)-ax, float64(d.DstY)-ay
	det := e1x*e2y - e1y*e2x
	if det == 0 {
		return 0, 0, false
	}
	px, py := x-ax, y-ay
	l1 := (px*e2y - py*e2x) / det
	l2 := (e1x*py - e1y*px) / det
	const eps = 1e-4
	if l1 < -eps || l2 < -eps || l1+l2 > 1+eps {
		return 0, 0, false
	}
	l0 := 1 - l1 - l2
	u = l0*float64(a.SrcX) + l1*float64(b.SrcX) + l2*float64(d.SrcX)
	v = l0*float64(a.SrcY) + l1*float64(b.SrcY) + l2*float64(d.SrcY)
	return u, v, true
}

// checkResampled checks the resampled image img placed by m: one quad,
// texel for pixel, over the pixels whose centres lie in the cells; every
// pixel opaque (no blank band) and coloured as the Heat cell holding its
// centre.
func checkResampled(t *testing.T, img *image.RGBA, m plots.Mesh, s *plots.Split) {
	t.Helper()
	if img.Rect.Min != (image.Point{}) {
		t.Fatalf("image bounds %v, want them at (0, 0)", img.Rect)
	}
	nx, ny := len(s.CellX)-1, len(s.CellY)-1
	first := func(v float64) int { return int(math.Ceil(v - 0.5)) }
	r := image.Rect(first(s.CellX[0]), first(s.CellY[0]), first(s.CellX[nx]), first(s.CellY[ny]))
	if img.Rect.Size() != r.Size() {
		t.Fatalf("image %v, want the size of the pixels %v", img.Rect, r)
	}
	vs := m.Chunks[0].Vertices
	if len(m.Chunks) != 1 || len(vs) != 4 {
		t.Fatalf("%d chunks, %d vertices: want one quad", len(m.Chunks), len(vs))
	}
	for _, v := range vs {
		if v.DstX-v.SrcX != float32(r.Min.X) || v.DstY-v.SrcY != float32(r.Min.Y) {
			t.Fatalf("vertex %+v does not place texel (0, 0) at pixel %v", v, r.Min)
		}
	}
	// cell returns the cell of b holding p: the last k with b[k] <= p.
	cell := func(b []float64, p float64) int {
		return min(max(sort.Search(len(b), func(k int) bool { return b[k] > p })-1, 0), len(b)-2)
	}
	for py := range r.Dy() {
		j := cell(s.CellY, float64(r.Min.Y+py)+0.5)
		for px := range r.Dx() {
			i := cell(s.CellX, float64(r.Min.X+px)+0.5)
			got, want := img.RGBAAt(px, py), s.Heat.RGBAAt(i, j)
			if got.A == 0 {
				t.Fatalf("pixel (%d, %d) of %v is blank", px, py, img.Rect)
			}
			if got != want {
				t.Fatalf("pixel (%d, %d) is %v, want %v of cell (%d, %d)", px, py, got, want, i, j)
			}
		}
	}
}

func TestHeatMesh(t *testing.T) {
	for _, tc := range []struct {
		nx, ny     int
		uniform    bool
		maxTexture int
		maxQuads   int
		quads      int // quads in the mesh
		chunks     int
		resampled  bool
	}{
		{nx: 21, ny: 21, uniform: true, maxTexture: maxTexture, maxQuads: maxQuads, quads: 1, chunks: 1},
		{nx: 300, ny: 300, uniform: true, maxTexture: maxTexture, maxQuads: maxQuads, quads: 1, chunks: 1},
		{nx: 30, ny: 20, uniform: false, maxTexture: maxTexture, maxQuads: maxQuads, quads: 600, chunks: 1},
		// Over 16,384 quads: more than one chunk of 16-bit indices.
		{nx: 200, ny: 200, uniform: false, maxTexture: maxTexture, maxQuads: maxQuads, quads: 40000, chunks: 3},
		{nx: 300, ny: 300, uniform: false, maxTexture: maxTexture, maxQuads: 1 << 20, quads: 90000, chunks: 6},
		// Too many cells for quads, or too large a texture: resampled.
		{nx: 300, ny: 300, uniform: false, maxTexture: maxTexture, maxQuads: maxQuads, quads: 1, chunks: 1, resampled: true},
		{nx: 300, ny: 300, uniform: true, maxTexture: 256, maxQuads: maxQuads, quads: 1, chunks: 1, resampled: true},
	} {
		name := fmt.Sprintf("%dx%d_uniform=%v_maxTexture=%d_maxQuads=%d", tc.nx, tc.ny, tc.uniform, tc.maxTexture, tc.maxQuads)
		t.Run(name, func(t *testing.T) {
			s := meshSplit(t, tc.nx, tc.ny, tc.uniform)
			img, m := s.HeatMesh(tc.maxTexture, tc.maxQuads)
			checkChunks(t, m)
			if got := m.Triangles(); got != 2*tc.quads {
				t.Errorf("%d triangles, want %d", got, 2*tc.quads)
			}
			if got := m.Vertices(); got != 4*tc.quads {
				t.Errorf("%d vertices, want %d", got, 4*tc.quads)
			}
			if len(m.Chunks) != tc.chunks {
				t.Errorf("%d chunks, want %d", len(m.Chunks), tc.chunks)
			}
			if tc.resampled {
				if img == s.Heat {
					t.Fatal("got Heat, want a resampled image")
				}
				checkResampled(t, img, m, s)
				return
			}
			if img != s.Heat {
				t.Fatal("got a new image, want Heat")
			}
			checkCellsCovered(t, m, s)
		})
	}
}

func TestHeatMeshOff(t *testing.T) {
	img, m := (&plots.Split{}).HeatMesh(maxTexture, maxQuads)
	if img != nil || len(m.Chunks) != 0 {
		t.Errorf("no heatmap: got %v and %d chunks", img, len(m.Chunks))
	}
}

// testArrows returns n arrows in a row, each of its own colour; every
// tenth has a shaft of zero length (a head only).
func testArrows(n int) *plots.Arrows {
	a := &plots.Arrows{Width: 2}
	for k := range n {
		x := float32(k % 1000)
		y := float32(k / 1000)
		l := float32(k%10) * 0.5
		a.Shafts = append(a.Shafts, x, y, x+l, y)
		a.Heads = append(a.Heads, x+l+1, y, x+l, y-1, x+l, y+1)
		a.Colors = append(a.Colors, uint8(k), uint8(k>>8), uint8(k>>16), uint8(255-k%7))
	}
	return a
}

func TestArrowsMeshEmpty(t *testing.T) {
	if m := (&plots.Arrows{}).Mesh(); len(m.Chunks) != 0 {
		t.Errorf("no arrows: %d chunks", len(m.Chunks))
	}
}

// BenchmarkHeatMesh measures the heat mesh of a non-uniform grid at
// 640×480: 200×200 cells as 40,000 quads, 300×300 resampled at the plot
// area's pixels.
func BenchmarkHeatMesh(b *testing.B) {
	for _, n := range []int{200, 300} {
		s := meshSplit(b, n, n, false)
		b.Run(fmt.Sprintf("%dx%d", n, n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.HeatMesh(maxTexture, maxQuads)
			}
		})
	}
}

// BenchmarkArrowsMesh measures the triangles of 20,000 arrows.
func BenchmarkArrowsMesh(b *testing.B) {
	a := testArrows(20000)
	b.ReportAllocs()
	for b.Loop() {
		a.Mesh()
	}
}

// ExampleSplit_HeatMesh places the heatmap of a figure's fast layers on a
// GPU: a uniform grid is one texture of a texel per cell on one quad.
func ExampleSplit_HeatMesh() {
	f := plots.TestField("x*y", []string{"x", "y"},
		[][]float64{linspace(-1, 1, 21), linspace(-1, 1, 21)},
		func(p []float64) float64 { return p[0] * p[1] },
		func(p []float64) []float64 { return []float64{p[1], p[0]} })
	fg, err := plots.New(f, nil)
	if err != nil {
		log.Fatal(err)
	}
	s := fg.Fast(640, 480, 1)
	img, m := s.HeatMesh(2048, 1<<16)
	fmt.Printf("texture %v, %d chunk of %d triangles\n", img.Bounds().Size(), len(m.Chunks), m.Triangles())
	// Output:
	// texture (21,21), 1 chunk of 2 triangles
}
