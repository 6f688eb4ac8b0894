package state

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// Encode returns s as a URL fragment (without the '#'): key=value pairs
// joined by '&', in a fixed order, omitting defaults:
//
//	expr=q*chi*delta&grid.chi=-2:2:21j&grid.delta=-2:2:21j&grid.q=-2:2:21j&at.delta=15&pin=3,4
//
// Keys (the table settings): expr, grid.NAME (sorted by name), x, y,
// at.NAME (sorted), edge_order, hide (comma-separated layers), mode,
// palette, error, density, pin (i,j).
func (s *State) Encode() string {
	var b strings.Builder
	add := func(k, v string) {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(escape(k))
		b.WriteByte('=')
		b.WriteString(escape(v))
	}
	for _, st := range encodeOrder {
		st.encode(s, add)
	}
	return b.String()
}

// Decode parses a URL fragment written by Encode (a leading '#' or '?' is
// ignored). It never fails: whatever cannot be used is reported as a
// Problem and replaced by its default, so that a malformed or hostile link
// still gives a working page and a message. An empty fragment gives
// Default, and so does a fragment without expr for the function and (if
// it has none) the grids.
func Decode(frag string) (State, []Problem) {
	frag = strings.TrimLeft(frag, "#?")
	if frag == "" {
		return Default(), nil
	}
	var ps problems
	if len(frag) > MaxURLLen {
		ps.add("url", "the link is longer than %d characters; showing the default function", MaxURLLen)
		return Default(), ps
	}
	s := State{EdgeOrder: 1}
	seenExpr := false
	for _, pair := range strings.Split(frag, "&") {
		if pair == "" {
			continue
		}
		rk, rv, _ := strings.Cut(pair, "=")
		k, err1 := url.PathUnescape(rk)
		v, err2 := url.PathUnescape(rv)
		if err1 != nil || err2 != nil {
			ps.add("url", "ignored a malformed part of the link: %.40q", pair)
			continue
		}
		st := lookup(k)
		if st == nil {
			ps.add("url", "ignored the unknown setting %.40q", k)
			continue
		}
		st.decode(&s, k, v, &ps)
		seenExpr = seenExpr || k == "expr"
	}
	if !seenExpr {
		d := Default()
		s.Expr = d.Expr
		if s.Grid == nil {
			s.Grid = d.Grid
		}
	}
	ps = append(ps, s.Check()...)
	ps = append(ps, s.foreign()...)
	return s, ps
}

// foreign reports an axis of s that names a variable its function does not
// have (x=zz: a link edited by hand or written for another function), and
// drops it, as Decode drops whatever cannot be used: Resolve would choose
// the axes in silence otherwise. Grids and slider positions of other
// variables stay (a link may carry them for the function the reader types
// next; Resolve leaves them out of the page's link). Nothing is reported
// when the function does not parse (its error is shown at its field).
func (s *State) foreign() []Problem {
	e, err := parseExpr(s.Expr)
	if err != nil || len(e.Vars) == 0 {
		return nil
	}
	var ps problems
	for _, a := range []struct {
		key string
		v   *string
	}{{"x", &s.X}, {"y", &s.Y}} {
		if *a.v != "" && !slices.Contains(e.Vars, *a.v) {
			ps.add(a.key, "%.40q is not a variable of the function (%s); the axes are chosen for you", *a.v, strings.Join(e.Vars, ", "))
			*a.v = ""
		}
	}
	return ps
}

// escape percent-encodes what would break the fragment's key=value&...
// syntax or be mangled by browsers, leaving the characters of formulas
// and grids (*, (, ), [, ], :, ',', ., -, /) readable.
func escape(s string) string {
	const keep = "*()[]:,.-_/!~'"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(keep, c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
