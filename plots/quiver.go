package plots

import (
	"image/color"
	"math"
	"sync"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Quiver draws a 2-D vector field as arrows with filled arrowheads. Arrows
// are defined in data units (the arrow of node p runs from p to p + d, up to
// the pivot), so their length can be read against the axes and against the
// key, whatever the aspect ratio. In Normalized mode they are drawn in
// screen space instead, all of one length, coloured by magnitude.
type Quiver struct {
	// X and Y are the node coordinates.
	X, Y []float64
	// U and V are the vector components of node (i, j) at index i*len(Y)+j.
	U, V []float64
	// W, if not nil, is the out-of-plane component at each node (index as
	// U), drawn by Markers on the arrows' scale: Fit fits the largest of
	// the arrows and the markers to a cell, and the key's value and Log's
	// reference count |W| as a magnitude.
	W []float64
	// C, if not nil, colours the arrows through CMap (index as U).
	C    []float64
	CMap *colorMap
	// Mode, Pivot and Scale are as in Options.
	Mode  ArrowMode
	Pivot Pivot
	Scale float64
	// EveryX and EveryY are the strides between drawn arrows (at least 1).
	EveryX, EveryY int
	// Color is the colour of arrows when C is nil (nil means Light's Arrow).
	Color color.Color
	// Halo draws a contrasting outline under each arrow (see Options.Halo).
	Halo bool
	// Width is the shaft width.
	Width vg.Length

	s, g0, maxMag float64 // data scale, log reference, largest |v| drawn

	// raster, when it has an image, is the raster under the canvas: the
	// arrows are painted into it.
	raster pixels
}

// newQuiver returns a quiver over the given data (w, the out-of-plane
// component, may be nil) with its scale computed.
func newQuiver(x, y, u, v, w []float64, o *Options) *Quiver {
	q := &Quiver{X: x, Y: y, U: u, V: v, W: w, Mode: o.Mode, Pivot: o.Pivot, Scale: o.Scale,
		Color: o.ArrowColor, Halo: o.Halo, Width: 1}
	if q.Scale == 0 {
		q.Scale = 1
	}
	q.EveryX, q.EveryY = stride(len(x), o), stride(len(y), o)
	q.setScale()
	return q
}

// stride returns the arrow stride along an axis of n nodes.
func stride(n int, o *Options) int {
	if o.Every > 0 {
		return o.Every
	}
	target := o.Arrows
	if target <= 0 {
		target = 21
	}
	if target < 2 || n <= target {
		return max(1, (n-1)/max(target-1, 1))
	}
	return (n - 1 + target - 2) / (target - 1)
}

// first returns the index of the first drawn node along an axis of n nodes,
// centring the drawn nodes.
func first(n, k int) int { return ((n - 1) % k) / 2 }

// setScale computes the data scale of the arrows from the drawn vectors.
func (q *Quiver) setScale() {
	ny := len(q.Y)
	cx := q.cell(q.X, q.EveryX)
	cy := q.cell(q.Y, q.EveryY)
	q.maxMag = 0
	// The magnitudes of the drawn nodes in the order each visits them, for
	// both loops (math.Hypot is no assembly in WebAssembly).
	mags := make([]float64, 0, q.count())
	q.each(func(i, j int) {
		m := math.Hypot(q.U[i*ny+j], q.V[i*ny+j])
		mags = append(mags, m)
		if !math.IsInf(m, 0) && m > q.maxMag {
			q.maxMag = m
		}
		if q.W != nil {
			if w := math.Abs(q.W[i*ny+j]); !math.IsInf(w, 0) && w > q.maxMag {
				q.maxMag = w
			}
		}
	})
	q.g0 = q.maxMag / 100
	switch q.Mode {
	case Raw:
		q.s = q.Scale
	case Fit, Log:
		ext := 0.0 // largest extent of an arrow in cells, at s = 1
		k := 0
		q.each(func(i, j int) {
			u, v := q.U[i*ny+j], q.V[i*ny+j]
			m := mags[k]
			k++
			if m == 0 || math.IsNaN(m) || math.IsInf(m, 0) {
				return
			}
			l := q.lengthAt1(m) / m
			ext = math.Max(ext, math.Max(math.Abs(u*l)/cx, math.Abs(v*l)/cy))
		})
		if q.W != nil { // a marker's diameter in cells, along either axis
			q.each(func(i, j int) {
				if w := math.Abs(q.W[i*ny+j]); w > 0 && !math.IsInf(w, 0) {
					ext = math.Max(ext, q.lengthAt1(w)/math.Min(cx, cy))
				}
			})
		}
		q.s = q.Scale
		if ext > 0 {
			q.s = 0.9 * q.Scale / ext
		}
	}
}

// cell returns the mean distance between drawn nodes along an axis.
func (q *Quiver) cell(c []float64, k int) float64 {
	if len(c) < 2 {
		return 1
	}
	return (c[len(c)-1] - c[0]) / float64(len(c)-1) * float64(k)
}

// each calls fn for every drawn node.
func (q *Quiver) each(fn func(i, j int)) {
	for i := first(len(q.X), q.EveryX); i < len(q.X); i += q.EveryX {
		for j := first(len(q.Y), q.EveryY); j < len(q.Y); j += q.EveryY {
			fn(i, j)
		}
	}
}

// count returns how many nodes each visits.
func (q *Quiver) count() int {
	along := func(n, k int) int {
		if n == 0 {
			return 0
		}
		return (n - 1 - first(n, k) + k) / k
	}
	return along(len(q.X), q.EveryX) * along(len(q.Y), q.EveryY)
}

// lengthAt1 is the data length of an arrow of magnitude m at unit scale.
func (q *Quiver) lengthAt1(m float64) float64 {
	if q.Mode == Log {
		return math.Log10(1 + m/q.g0)
	}
	return m
}

// DataLength returns the length in data units of the arrow of a vector of
// magnitude m (not meaningful in Normalized mode).
func (q *Quiver) DataLength(m float64) float64 { return q.s * q.lengthAt1(m) }

// appendArrows appends the geometry of the drawn arrows, in canvas
// coordinates, to out.
func (q *Quiver) appendArrows(out []arrow, trX, trY func(float64) vg.Length) []arrow {
	ny := len(q.Y)
	var screen vg.Length // on-screen length in Normalized mode
	if q.Mode == Normalized {
		cx := math.Abs(float64(trX(q.X[0]+q.cell(q.X, q.EveryX)) - trX(q.X[0])))
		cy := math.Abs(float64(trY(q.Y[0]+q.cell(q.Y, q.EveryY)) - trY(q.Y[0])))
		screen = vg.Length(0.85 * math.Min(cx, cy))
	}
	f := [...]float64{Tail: 0, Middle: 0.5, Tip: 1}[q.Pivot]
	q.each(func(i, j int) {
		u, v := q.U[i*ny+j], q.V[i*ny+j]
		m := math.Hypot(u, v)
		if m == 0 || math.IsNaN(m) || math.IsInf(m, 0) {
			return
		}
		var tail, tip vg.Point
		if q.Mode == Normalized {
			p := vg.Point{X: trX(q.X[i]), Y: trY(q.Y[j])}
			ux, uy := float64(trX(q.X[i]+u)-p.X), float64(trY(q.Y[j]+v)-p.Y)
			h := math.Hypot(ux, uy)
			d := vg.Point{X: vg.Length(ux/h) * screen, Y: vg.Length(uy/h) * screen}
			tail = p.Sub(d.Scale(vg.Length(f)))
			tip = tail.Add(d)
		} else {
			l := q.DataLength(m) / m
			dx, dy := u*l, v*l
			x0, y0 := q.X[i]-f*dx, q.Y[j]-f*dy
			tail = vg.Point{X: trX(x0), Y: trY(y0)}
			tip = vg.Point{X: trX(x0 + dx), Y: trY(y0 + dy)}
		}
		a, ok := q.head(tail, tip)
		if !ok {
			return
		}
		a.Color = q.color()
		if q.C != nil && q.CMap != nil {
			a.Color = q.CMap.at(q.C[i*ny+j])
		}
		if q.Halo || q.C != nil {
			a.Halo = haloOf(a.Color)
		}
		out = append(out, a)
	})
	return out
}

// color returns the colour of uncoloured arrows.
func (q *Quiver) color() color.Color {
	if q.Color == nil {
		return Light.Arrow
	}
	return q.Color
}

// in returns the quiver drawn in theme th: its arrows in th.Arrow unless
// Options.ArrowColor set a colour, with halos if th asks for them. q is
// unchanged.
func (q *Quiver) in(th Theme, o *Options) *Quiver {
	c := *q
	if o.ArrowColor == nil {
		c.Color = th.Arrow
	}
	c.Halo = q.Halo || th.ArrowHalo
	return &c
}

// Plot implements plot.Plotter. The arrows are clipped to the plot area
// (the canvas c), so that arrows near the border do not overhang the axes.
func (q *Quiver) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := transforms(plt, &c)
	as := q.pooledArrows(trX, trY)
	drawArrows(c, *as, q.Width, &c.Rectangle, q.raster)
	putArrows(as)
}

// arrowBufs keeps arrow buffers between renders (*[]arrow): a render
// needs its arrows only until they are drawn or flattened, and the page
// renders a new figure for every state.
var arrowBufs sync.Pool

// pooledArrows returns the drawn arrows' geometry (appendArrows) in a
// buffer from arrowBufs, for putArrows once they are used.
func (q *Quiver) pooledArrows(trX, trY func(float64) vg.Length) *[]arrow {
	as, _ := arrowBufs.Get().(*[]arrow)
	if as == nil || cap(*as) < q.count() {
		as = new([]arrow)
		*as = make([]arrow, 0, q.count())
	}
	*as = q.appendArrows((*as)[:0], trX, trY)
	return as
}

// putArrows clears as (its arrows hold colours) and returns it to arrowBufs.
func putArrows(as *[]arrow) {
	clear(*as)
	arrowBufs.Put(as)
}

// DataRange implements plot.DataRanger.
func (q *Quiver) DataRange() (xmin, xmax, ymin, ymax float64) {
	return q.X[0], q.X[len(q.X)-1], q.Y[0], q.Y[len(q.Y)-1]
}

// niceBelow returns the largest number of the form {1, 2, 5}×10^k not above v.
func niceBelow(v float64) float64 {
	if !(v > 0) || math.IsInf(v, 0) {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{5, 2, 1} {
		if m*p <= v*(1+1e-9) {
			return m * p
		}
	}
	return p
}
