package state

import (
	"math"
	"strconv"
	"strings"
)

// GridParts is a grid row of the page: the notation of the grid (Kind:
// "linspace" for linspace(a, b, n) or a:b:nj, "range" for a:b:step, "list"
// for [x0, x1, ...]), the text of the row's start, stop and count fields
// (Count is the number of points for "linspace", the step for "range";
// the fields are unused for "list"), and the spec in numpy notation.
type GridParts struct {
	Kind  string `json:"kind"`
	Start string `json:"start"`
	Stop  string `json:"stop"`
	Count string `json:"count"`
	Spec  string `json:"spec"`
}

// MaxConvertedCoords bounds the coordinates ConvertGrid writes into a list.
const MaxConvertedCoords = 50

// GridFromParts returns the spec that a grid row's fields write, keeping
// the notation of the row's spec p.Spec:
//
//	linspace  linspace(start, stop, count) if p.Spec is written linspace(...), else start:stop:countj
//	range     start:stop:count
//	list      p.Spec if it is a list, else [start, stop]
//
// The fields are not checked (ParseGrid does that, with the column of a
// mistake); the error is for a Kind of none of the three.
func GridFromParts(p GridParts) (string, error) {
	a, b, n := strings.TrimSpace(p.Start), strings.TrimSpace(p.Stop), strings.TrimSpace(p.Count)
	spec := strings.TrimSpace(p.Spec)
	switch p.Kind {
	case "list":
		if strings.HasPrefix(spec, "[") {
			return p.Spec, nil
		}
		return "[" + a + ", " + b + "]", nil
	case "range":
		return a + ":" + b + ":" + n, nil
	case "linspace":
		if strings.HasPrefix(spec, "linspace") {
			return "linspace(" + a + ", " + b + ", " + n + ")", nil
		}
		return a + ":" + b + ":" + n + "j", nil
	}
	return "", &ArgError{Code: CodeInvalidArgument, Msg: `the notation of a grid is "linspace", "range" or "list", not ` + strconv.Quote(p.Kind)}
}

// ConvertGrid switches a grid row to the notation kind and returns its new
// fields and spec (GridFromParts). When p.Spec is a valid grid its numbers
// carry over:
//
//	to range from linspace or list:  count = (last - first) / (n - 1), the mean step
//	to linspace from range:          stop = the last point, count = n
//	to list:                         the first MaxConvertedCoords coordinates
//
// The numbers are written as Label writes them. When p.Spec does not parse,
// the fields stay as they are and only the notation changes.
func ConvertGrid(p GridParts, kind string) (GridParts, error) {
	if gi, err := ParseGrid(p.Spec); err == nil {
		switch {
		case kind == "range" && gi.Kind != "range":
			p.Count = Label((gi.Last - gi.First) / float64(max(1, gi.N-1)))
		case kind == "linspace" && gi.Kind == "range":
			p.Stop, p.Count = Label(gi.Last), strconv.Itoa(gi.N)
		case kind == "list":
			xs := gi.Coords
			if xs == nil {
				xs = []float64{gi.First, gi.Last}
			}
			labels := make([]string, min(len(xs), MaxConvertedCoords))
			for i := range labels {
				labels[i] = Label(xs[i])
			}
			p.Spec = "[" + strings.Join(labels, ", ") + "]"
		}
	}
	p.Kind = kind
	spec, err := GridFromParts(p)
	if err != nil {
		return GridParts{}, err
	}
	p.Spec = spec
	return p, nil
}

// partsOf returns the fields of a grid row showing the valid grid gi,
// written spec: start and stop are its first and last points (the stop of
// a:b:step for "range"), count the number of points (the step for "range").
func partsOf(gi GridInfo, spec string) GridParts {
	p := GridParts{Kind: gi.Kind, Start: Label(gi.First), Stop: Label(gi.Last), Count: strconv.Itoa(gi.N), Spec: spec}
	if gi.Kind == "range" {
		p.Stop, p.Count = Label(gi.Stop), Label(gi.Step)
	}
	return p
}

// Label formats x for the page's labels (grid rows, sliders): with 4
// significant digits in exponent form if |x| >= 1e5 or 0 < |x| < 1e-3
// (1.235e+5, -2.500e-4), else rounded to 6 significant digits and written
// without trailing zeros (0.333333, -2, 1000.13). This is JavaScript's
// x.toExponential(3) and String(+x.toPrecision(6)), ties rounding away from
// zero as there.
func Label(x float64) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "Infinity"
	case math.IsInf(x, -1):
		return "-Infinity"
	case x == 0:
		return "0"
	}
	sign := ""
	if x < 0 {
		sign = "-"
	}
	a := math.Abs(x)
	if a >= 1e5 || a < 1e-3 {
		d, e := roundDigits(a, 4)
		es := "+"
		if e < 0 {
			es, e = "-", -e
		}
		return sign + d[:1] + "." + d[1:] + "e" + es + strconv.Itoa(e)
	}
	d, e := roundDigits(a, 6)
	v, _ := strconv.ParseFloat(d+"e"+strconv.Itoa(e-5), 64)
	return sign + strconv.FormatFloat(v, 'f', -1, 64)
}

// roundDigits returns the first p significant decimal digits of a > 0,
// rounded to nearest with ties away from zero, and the decimal exponent of
// the first digit.
func roundDigits(a float64, p int) (string, int) {
	// Go rounds ties to even. With p+1 digits not ending in 5, a is no tie
	// at p digits, and Go's rounding to p digits is the one wanted.
	if d, _ := digits(strconv.FormatFloat(a, 'e', p, 64)); d[p] != '5' {
		return digits(strconv.FormatFloat(a, 'e', p-1, 64))
	}
	// Else round a's exact decimal expansion (at most 767 digits).
	d, e := digits(strconv.FormatFloat(a, 'e', 767, 64))
	up := d[p] >= '5'
	r := []byte(d[:p])
	for i := p - 1; up && i >= 0; i-- {
		if r[i] == '9' {
			r[i] = '0'
		} else {
			r[i]++
			up = false
		}
	}
	if up { // 99…9 became 00…0
		r[0] = '1'
		e++
	}
	return string(r), e
}

// digits splits strconv's 'e' format d.ddde±XX into the digits and the
// exponent.
func digits(s string) (string, int) {
	m, e, _ := strings.Cut(s, "e")
	n, _ := strconv.Atoi(e)
	return strings.Replace(m, ".", "", 1), n
}
