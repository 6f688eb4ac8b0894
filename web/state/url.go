package state

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Encode returns s as a URL fragment (without the '#'): key=value pairs
// joined by '&', in a fixed order, omitting defaults:
//
//	expr=q*chi*delta&grid.chi=-2:2:21j&grid.delta=-2:2:21j&grid.q=-2:2:21j&at.delta=15&pin=3,4
//
// Keys: expr, grid.NAME (sorted by name), x, y, at.NAME, edge_order, hide
// (comma-separated layers), mode, density, palette, error, pin (i,j).
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
	add("expr", s.Expr)
	for _, k := range sortedKeys(s.Grid) {
		add("grid."+k, s.Grid[k])
	}
	if s.X != "" {
		add("x", s.X)
	}
	if s.Y != "" {
		add("y", s.Y)
	}
	for _, k := range sortedKeys(s.At) {
		add("at."+k, strconv.Itoa(s.At[k]))
	}
	if s.EdgeOrder == 2 {
		add("edge_order", "2")
	}
	if len(s.Hide) > 0 {
		add("hide", strings.Join(s.Hide, ","))
	}
	for _, kv := range [][2]string{{"mode", s.Mode}, {"palette", s.Palette}, {"error", s.Error}} {
		if kv[1] != "" {
			add(kv[0], kv[1])
		}
	}
	if s.Density != 0 {
		add("density", strconv.Itoa(s.Density))
	}
	if len(s.Pin) == 2 {
		add("pin", fmt.Sprintf("%d,%d", s.Pin[0], s.Pin[1]))
	}
	return b.String()
}

// Decode parses a URL fragment written by Encode (a leading '#' or '?' is
// ignored). It never fails: whatever cannot be used is reported as a
// Problem and replaced by its default, so that a malformed or hostile link
// still gives a working page and a message. An empty fragment gives Default.
func Decode(frag string) (State, []Problem) {
	frag = strings.TrimLeft(frag, "#?")
	if frag == "" {
		return Default(), nil
	}
	var ps []Problem
	bad := func(field, format string, args ...any) {
		ps = append(ps, Problem{field, fmt.Sprintf(format, args...)})
	}
	if len(frag) > MaxURLLen {
		bad("url", "the link is longer than %d characters; showing the default function", MaxURLLen)
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
			bad("url", "ignored a malformed part of the link: %.40q", pair)
			continue
		}
		atoi := func() (int, bool) {
			n, err := strconv.Atoi(v)
			if err != nil {
				bad(k, "%.40q is not a whole number", v)
			}
			return n, err == nil
		}
		switch {
		case k == "expr":
			s.Expr, seenExpr = v, true
		case strings.HasPrefix(k, "grid."):
			if s.Grid == nil {
				s.Grid = map[string]string{}
			}
			s.Grid[k[len("grid."):]] = v
		case strings.HasPrefix(k, "at."):
			if n, ok := atoi(); ok {
				if s.At == nil {
					s.At = map[string]int{}
				}
				s.At[k[len("at."):]] = n
			}
		case k == "x":
			s.X = v
		case k == "y":
			s.Y = v
		case k == "edge_order":
			if n, ok := atoi(); ok {
				s.EdgeOrder = n
			}
		case k == "hide":
			if v != "" {
				s.Hide = strings.Split(v, ",")
			}
		case k == "mode":
			s.Mode = v
		case k == "palette":
			s.Palette = v
		case k == "error":
			s.Error = v
		case k == "density":
			if n, ok := atoi(); ok {
				s.Density = n
			}
		case k == "pin":
			a, b, _ := strings.Cut(v, ",")
			i, err1 := strconv.Atoi(a)
			j, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				bad("pin", "%.40q is not a grid node (i,j)", v)
			} else {
				s.Pin = []int{i, j}
			}
		default:
			bad("url", "ignored the unknown setting %.40q", k)
		}
	}
	if !seenExpr {
		d := Default()
		s.Expr = d.Expr
		if s.Grid == nil {
			s.Grid = d.Grid
		}
	}
	ps = append(ps, s.Check()...)
	return s, ps
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

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
