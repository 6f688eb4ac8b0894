package plots

import (
	"fmt"
	"math"
	"strings"
)

// AltText returns a plain-language description of the figure for screen
// readers and captions: the range of f and where it is reached, the largest
// gradient and where, approximate critical points, and the arrow scale. It
// is computed on the first call and remembered (a Figure does not change).
func (fg *Figure) AltText() string {
	fg.alt.once.Do(func() { fg.alt.text = fg.altText() })
	return fg.alt.text
}

// Label returns the figure's name for assistive technology (an image's
// accessible name, which AltText then describes): what kind of plot it is,
// of which function, with the layers it draws.
func (fg *Figure) Label() string {
	if d := fg.line; d != nil {
		if d.g != nil {
			return "Line plot of f = " + fg.title + " and of its derivative from the grid"
		}
		return "Line plot of f = " + fg.title
	}
	ly := fg.opt.Layers
	s := "Plot"
	switch {
	case !ly.NoHeatmap && !ly.NoContours:
		s = "Heatmap and contours"
	case !ly.NoHeatmap:
		s = "Heatmap"
	case !ly.NoContours:
		s = "Contours"
	}
	s += " of f = " + fg.title
	if !ly.NoArrows && fg.sl.gx != nil && fg.sl.gy != nil {
		s += " with arrows of its gradient"
	}
	return s
}

// altText writes AltText: it scans the whole slice, so it runs once.
func (fg *Figure) altText() string {
	var b strings.Builder
	if fg.line != nil {
		fg.altLine(&b)
		return b.String()
	}
	sl := fg.sl
	fmt.Fprintf(&b, "Heatmap and contours of f = %s for %s from %s to %s (horizontal) and %s from %s to %s (vertical)",
		fg.title, sl.xName, fmtNum(sl.x[0]), fmtNum(sl.x[sl.nx-1]), sl.yName, fmtNum(sl.y[0]), fmtNum(sl.y[sl.ny-1]))
	if len(sl.fixed) > 0 {
		fmt.Fprintf(&b, ", with %s", strings.Join(sl.fixed, ", "))
	}
	b.WriteString(". ")
	at := func(k int) string {
		return fmt.Sprintf("(%s, %s)", fmtNum(sl.x[k/sl.ny]), fmtNum(sl.y[k%sl.ny]))
	}
	lo, hi, nan := -1, -1, 0
	for k, v := range sl.f {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			nan++
			continue
		}
		if lo < 0 || v < sl.f[lo] {
			lo = k
		}
		if hi < 0 || v > sl.f[hi] {
			hi = k
		}
	}
	if lo >= 0 {
		fmt.Fprintf(&b, "f ranges from %s at %s to %s at %s. ", fmtNum(sl.f[lo]), at(lo), fmtNum(sl.f[hi]), at(hi))
	}
	if nan > 0 {
		fmt.Fprintf(&b, "%d of %d points are undefined (NaN or infinite) and drawn as holes. ", nan, len(sl.f))
	}
	if fg.opt.Error != NoError {
		fmt.Fprintf(&b, "The colours show %s. ", fg.hlabel)
	}
	if sl.gx == nil || sl.gy == nil {
		return strings.TrimSpace(b.String())
	}
	mag := make([]float64, len(sl.f))
	big := -1
	for k := range mag {
		mag[k] = math.Hypot(sl.gx[k], sl.gy[k])
		if !math.IsNaN(mag[k]) && !math.IsInf(mag[k], 0) && (big < 0 || mag[k] > mag[big]) {
			big = k
		}
	}
	inPlane := ""
	if len(sl.oop) > 0 {
		inPlane = "in-plane "
	}
	switch {
	case fg.flat:
		fmt.Fprintf(&b, "The %sgradient is 0 on this slice. ", inPlane)
	case big >= 0:
		fmt.Fprintf(&b, "The largest %sgradient magnitude, %s, is at %s. ", inPlane, fmtNum(mag[big]), at(big))
		if cps := criticalPoints(sl, mag, mag[big]); len(cps) > 0 {
			b.WriteString("Approximate critical points: " + strings.Join(cps, "; ") + ". ")
		}
	}
	fg.altOutOfPlane(&b, at)
	if q := fg.quiver; q != nil && !fg.opt.Layers.NoArrows {
		fmt.Fprintf(&b, "Arrows show the gradient at every %snode", ordinal(q.EveryX))
		switch q.Mode {
		case Normalized:
			b.WriteString(", all of one length, coloured by magnitude. ")
		case Log:
			fmt.Fprintf(&b, "; their length grows with the logarithm of the magnitude, %s per %s of gradient. ", "as the key shows", fmtNum(niceBelow(q.maxMag)))
		default:
			v := niceBelow(q.maxMag)
			fmt.Fprintf(&b, "; an arrow %s units long in %s means a gradient magnitude of %s. ", fmtNum(q.DataLength(v)), sl.xName, fmtNum(v))
		}
	}
	return strings.TrimSpace(b.String())
}

// altOutOfPlane describes the out-of-plane gradient components: the range
// of each, and how the first is drawn.
func (fg *Figure) altOutOfPlane(b *strings.Builder, at func(int) string) {
	sl := fg.sl
	var known []string
	for _, v := range sl.oop {
		g := sl.grad[v]
		if g == nil {
			continue
		}
		lo, hi := -1, -1
		for k, x := range g {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				continue
			}
			if lo < 0 || x < g[lo] {
				lo = k
			}
			if hi < 0 || x > g[hi] {
				hi = k
			}
		}
		switch {
		case lo < 0:
			known = append(known, fmt.Sprintf("∂f/∂%s is undefined", sl.vars[v]))
		case g[lo] == g[hi]:
			known = append(known, fmt.Sprintf("∂f/∂%s is %s everywhere", sl.vars[v], fmtVal(g[lo])))
		default:
			known = append(known, fmt.Sprintf("∂f/∂%s ranges from %s at %s to %s at %s",
				sl.vars[v], fmtVal(g[lo]), at(lo), fmtVal(g[hi]), at(hi)))
		}
	}
	if len(known) == 0 {
		return
	}
	fmt.Fprintf(b, "Out of the plane, %s. ", strings.Join(known, "; "))
	switch {
	case fg.markersShown():
		fmt.Fprintf(b, "At the arrows' nodes, ∂f/∂%s is drawn as a circle with a dot where it is positive (pointing out of the page) and a circle with a cross where it is negative (into the page), its diameter the length of an arrow of the same magnitude. ", sl.zName)
	case fg.amap != nil && fg.opt.ColorByOutOfPlane:
		fmt.Fprintf(b, "The arrows are coloured by ∂f/∂%s. ", sl.zName)
	}
}

// criticalPoints lists interior nodes where |grad f| is a local minimum
// below 5% of its largest value, classified by the values of f around them.
func criticalPoints(sl *slice2, mag []float64, top float64) []string {
	var out []string
	for i := 1; i < sl.nx-1 && len(out) < 6; i++ {
		for j := 1; j < sl.ny-1 && len(out) < 6; j++ {
			k := i*sl.ny + j
			if !(mag[k] < 0.05*top) {
				continue
			}
			isMin, fmax, fmin := true, true, true
			for di := -1; di <= 1; di++ {
				for dj := -1; dj <= 1; dj++ {
					n := (i+di)*sl.ny + j + dj
					if n == k {
						continue
					}
					if mag[n] < mag[k] || (mag[n] == mag[k] && n < k) {
						isMin = false
					}
					fmax = fmax && sl.f[n] <= sl.f[k]
					fmin = fmin && sl.f[n] >= sl.f[k]
				}
			}
			if !isMin {
				continue
			}
			kind := "saddle"
			switch {
			case fmax:
				kind = "maximum"
			case fmin:
				kind = "minimum"
			}
			out = append(out, fmt.Sprintf("a %s near (%s, %s) where f = %s", kind, fmtNum(sl.x[i]), fmtNum(sl.y[j]), fmtNum(sl.f[k])))
		}
	}
	return out
}

func ordinal(k int) string {
	switch k {
	case 1:
		return ""
	case 2:
		return "2nd "
	case 3:
		return "3rd "
	}
	return fmt.Sprintf("%dth ", k)
}

// altLine describes a line plot.
func (fg *Figure) altLine(b *strings.Builder) {
	d := fg.line
	fmt.Fprintf(b, "Line plot of f = %s for %s from %s to %s. ", fg.title, d.name, fmtNum(d.x[0]), fmtNum(d.x[len(d.x)-1]))
	if lo, hi, ok := finiteRange(d.f); ok {
		fmt.Fprintf(b, "f ranges from %s to %s. ", fmtNum(lo), fmtNum(hi))
	}
	if d.g != nil {
		b.WriteString("Below it, the derivative from the grid is shown as points, with the two end points, computed by one-sided differences, marked in red")
		if d.exact != nil {
			worst, at := 0.0, -1
			for i := range d.g {
				if e := math.Abs(d.g[i] - d.exact[i]); e > worst {
					worst, at = e, i
				}
			}
			b.WriteString(", against the exact derivative as a line")
			if at >= 0 {
				fmt.Fprintf(b, "; the largest difference, %s, is at %s = %s", fmtNum(worst), d.name, fmtNum(d.x[at]))
			}
		}
		b.WriteString(".")
	}
}
