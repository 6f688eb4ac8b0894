package state

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gradplay/gradplay/plots"
)

// A setting is one field of State as the URL fragment, Check and the page
// see it: its key, how it is written (encode, which omits the default),
// read (decode), repaired (check) and put in canonical form (canon). The
// table settings holds them all, so a new setting is one more entry.
type setting struct {
	// key is the URL key; one ending in '.' names a family of keys
	// (grid.NAME, at.NAME).
	key string
	// encode adds the setting's key=value pairs, nothing for its default.
	encode func(s *State, add adder)
	// decode sets the field from one pair of the fragment (k is the whole key).
	decode func(s *State, k, v string, ps *problems)
	// check repairs the field in place, reporting each repair.
	check func(s *State, ps *problems)
	// canon, if set, writes a valid value in canonical form: its default as
	// the zero value, so that the URL omits it (see Resolve).
	canon func(s *State)
	// after, if set, is the key that Encode writes just before this one:
	// the fragment's order is older than the table's.
	after string
}

// adder adds one key=value pair to a fragment.
type adder func(k, v string)

// problems collects what is wrong with a state.
type problems []Problem

func (ps *problems) add(field, format string, args ...any) {
	*ps = append(*ps, Problem{field, fmt.Sprintf(format, args...)})
}

// DefaultDensity is the number of arrows along each axis when State.Density
// is 0 (plots' default for Options.Arrows).
const DefaultDensity = 21

// settings lists every field of State, in State's order, which is the order
// in which Check reports problems.
var settings = []setting{
	{key: "expr", encode: func(s *State, add adder) { add("expr", s.Expr) },
		decode: func(s *State, _, v string, _ *problems) { s.Expr = v }, check: checkExpr},
	{key: "grid.", encode: func(s *State, add adder) {
		for _, k := range slices.Sorted(maps.Keys(s.Grid)) {
			add("grid."+k, s.Grid[k])
		}
	}, decode: func(s *State, k, v string, _ *problems) {
		if s.Grid == nil {
			s.Grid = map[string]string{}
		}
		s.Grid[k[len("grid."):]] = v
	}, check: checkGrids},
	axis("x", func(s *State) *string { return &s.X }),
	axis("y", func(s *State) *string { return &s.Y }),
	{key: "at.", encode: func(s *State, add adder) {
		for _, k := range slices.Sorted(maps.Keys(s.At)) {
			add("at."+k, strconv.Itoa(s.At[k]))
		}
	}, decode: func(s *State, k, v string, ps *problems) {
		if n, ok := atoi(k, v, ps); ok {
			if s.At == nil {
				s.At = map[string]int{}
			}
			s.At[k[len("at."):]] = n
		}
	}, check: checkAt},
	{key: "edge_order", encode: func(s *State, add adder) {
		if s.EdgeOrder == 2 {
			add("edge_order", "2")
		}
	}, decode: intInto(func(s *State) *int { return &s.EdgeOrder }), check: checkEdgeOrder},
	{key: "hide", encode: func(s *State, add adder) {
		if len(s.Hide) > 0 {
			add("hide", strings.Join(s.Hide, ","))
		}
	}, decode: func(s *State, _, v string, _ *problems) {
		if v != "" {
			s.Hide = strings.Split(v, ",")
		}
	}, check: checkHide},
	modeSetting.setting(),
	{key: "density", encode: func(s *State, add adder) {
		if s.Density != 0 {
			add("density", strconv.Itoa(s.Density))
		}
	}, decode: intInto(func(s *State) *int { return &s.Density }), check: checkDensity,
		canon: func(s *State) {
			if s.Density == DefaultDensity {
				s.Density = 0
			}
		}, after: "error"},
	paletteSetting.setting(),
	errorSetting.setting(),
	pivotSetting.setting(),
	{key: "scale", encode: func(s *State, add adder) {
		if s.Scale != 0 {
			add("scale", strconv.FormatFloat(s.Scale, 'g', -1, 64))
		}
	}, decode: func(s *State, k, v string, ps *problems) {
		x, err := strconv.ParseFloat(v, 64)
		if err != nil {
			ps.add(k, "%.40q is not a number", v)
			return
		}
		s.Scale = x
	}, check: func(s *State, ps *problems) {
		if !(s.Scale >= 0 && s.Scale <= 1e300) {
			ps.add("scale", "the arrow scale must be a positive number, not %v", s.Scale)
			s.Scale = 0
		}
	}},
	panelsSetting.setting(),
	{key: "pin", encode: func(s *State, add adder) {
		if len(s.Pin) == 2 {
			add("pin", fmt.Sprintf("%d,%d", s.Pin[0], s.Pin[1]))
		}
	}, decode: decodePin, check: checkPin},
}

// The settings that name a value of a plots type; of gives the value.
var (
	modeSetting    = enum[plots.ArrowMode]{"mode", "arrow mode", func(s *State) *string { return &s.Mode }, plots.ParseArrowMode}
	paletteSetting = enum[plots.PaletteName]{"palette", "colour map", func(s *State) *string { return &s.Palette }, plots.ParsePalette}
	errorSetting   = enum[plots.ErrorMap]{"error", "error map", func(s *State) *string { return &s.Error }, plots.ParseErrorMap}
	pivotSetting   = enum[plots.Pivot]{"pivot", "arrow pivot", func(s *State) *string { return &s.Pivot }, plots.ParsePivot}
	panelsSetting  = enum[Panels]{"panels", "view", func(s *State) *string { return &s.Panels }, ParsePanels}
)

// Panels is what the figure shows: the field (heatmap, contours, arrows)
// or small multiples, one heatmap of each partial derivative.
type Panels int

const (
	// FieldPanel is the default figure.
	FieldPanel Panels = iota
	// PartialPanels shows ∂f/∂v for every variable v side by side, on the
	// current slice (plots.Figure.Partials).
	PartialPanels
)

var panelNames = []string{"field", "partials"}

// String returns "field" or "partials".
func (p Panels) String() string { return panelNames[p] }

// ParsePanels parses the String form of a Panels; "" means FieldPanel.
func ParsePanels(s string) (Panels, error) {
	if s == "" {
		return FieldPanel, nil
	}
	if i := slices.Index(panelNames, s); i >= 0 {
		return Panels(i), nil
	}
	return 0, fmt.Errorf("unknown view %q: %s", s, strings.Join(panelNames, ", "))
}

// encodeOrder is settings in the order of Encode's keys.
var encodeOrder = func() []*setting {
	var out []*setting
	for i := range settings {
		if settings[i].after == "" {
			out = append(out, &settings[i])
		}
	}
	for i := range settings {
		if a := settings[i].after; a != "" {
			j := slices.IndexFunc(out, func(s *setting) bool { return s.key == a })
			out = slices.Insert(out, j+1, &settings[i])
		}
	}
	return out
}()

// lookup returns the setting of the URL key k, or nil.
func lookup(k string) *setting {
	for i := range settings {
		s := &settings[i]
		if k == s.key || strings.HasSuffix(s.key, ".") && strings.HasPrefix(k, s.key) {
			return s
		}
	}
	return nil
}

// An enum is a setting holding the name of a plots value; "" is the default.
type enum[T interface {
	comparable
	fmt.Stringer
}] struct {
	key   string // the URL key, also the problem's field
	what  string // what the value is, for messages: "arrow mode"
	field func(*State) *string
	parse func(string) (T, error)
}

// of returns the value s holds (the default when it is not a valid name,
// which Check would reset).
func (e enum[T]) of(s *State) T {
	v, _ := e.parse(*e.field(s))
	return v
}

func (e enum[T]) setting() setting {
	return setting{key: e.key,
		encode: func(s *State, add adder) {
			if v := *e.field(s); v != "" {
				add(e.key, v)
			}
		},
		decode: func(s *State, _, v string, _ *problems) { *e.field(s) = v },
		check: func(s *State, ps *problems) {
			if _, err := e.parse(*e.field(s)); err != nil {
				ps.add(e.key, "unknown %s %q", e.what, *e.field(s))
				*e.field(s) = ""
			}
		},
		canon: func(s *State) {
			var zero T
			if v, err := e.parse(*e.field(s)); err == nil && v == zero {
				*e.field(s) = ""
			} else if err == nil {
				*e.field(s) = v.String()
			}
		},
	}
}

// axis is the setting x or y: a variable name, or "" for the default.
func axis(key string, field func(*State) *string) setting {
	return setting{key: key,
		encode: func(s *State, add adder) {
			if v := *field(s); v != "" {
				add(key, v)
			}
		},
		decode: func(s *State, _, v string, _ *problems) { *field(s) = v },
		check: func(s *State, ps *problems) {
			if v := field(s); *v != "" && !IsName(*v) {
				ps.add("axes", "%q is not a variable name", *v)
				*v = ""
			}
		},
	}
}

// intInto decodes a whole number into the field.
func intInto(field func(*State) *int) func(s *State, k, v string, ps *problems) {
	return func(s *State, k, v string, ps *problems) {
		if n, ok := atoi(k, v, ps); ok {
			*field(s) = n
		}
	}
}

// atoi parses the value v of key k, reporting a problem if it is not a
// whole number.
func atoi(k, v string, ps *problems) (int, bool) {
	n, err := strconv.Atoi(v)
	if err != nil {
		ps.add(k, "%.40q is not a whole number", v)
	}
	return n, err == nil
}

func decodePin(s *State, _, v string, ps *problems) {
	a, b, _ := strings.Cut(v, ",")
	i, err1 := strconv.Atoi(a)
	j, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil {
		ps.add("pin", "%.40q is not a grid node (i,j)", v)
	} else {
		s.Pin = []int{i, j}
	}
}

// checkExpr replaces invalid UTF-8 first and then cuts the function at a
// character boundary, so that the repaired function is valid and within
// MaxExprLen (cutting first could split a character, and each U+FFFD
// replacing an invalid byte is 3 bytes long).
func checkExpr(s *State, ps *problems) {
	// A function over MaxExprLen is kept as it is: it is an error of the
	// function (CheckExpr), shown at its field, not cut to a different one.
	if !utf8.ValidString(s.Expr) {
		ps.add("expr", "the function is not valid UTF-8")
		s.Expr = strings.ToValidUTF8(s.Expr, "\uFFFD")
	}
}

func checkGrids(s *State, ps *problems) {
	if len(s.Grid) > MaxVars {
		ps.add("grid", "more than %d grids", MaxVars)
		s.Grid = nil
	}
	// Names in sorted order, so that the problems come in the same order
	// every time.
	for _, name := range slices.Sorted(maps.Keys(s.Grid)) {
		spec := s.Grid[name]
		switch {
		case !IsName(name):
			ps.add("grid", "%q is not a variable name", name)
			delete(s.Grid, name)
		case len(spec) > MaxSpecLen || !utf8.ValidString(spec):
			ps.add("grid."+name, "the grid of %s is too long or not text", name)
			s.Grid[name] = DefaultSpec
		}
	}
}

func checkAt(s *State, ps *problems) {
	for _, name := range slices.Sorted(maps.Keys(s.At)) {
		if i := s.At[name]; !IsName(name) || i < 0 {
			ps.add("at", "bad slider position %s=%d", name, s.At[name])
			delete(s.At, name)
		}
	}
}

func checkEdgeOrder(s *State, ps *problems) {
	if s.EdgeOrder != 1 && s.EdgeOrder != 2 {
		if s.EdgeOrder != 0 {
			ps.add("edgeOrder", "edge_order must be 1 or 2, not %d", s.EdgeOrder)
		}
		s.EdgeOrder = 1
	}
}

func checkHide(s *State, ps *problems) {
	hide := s.Hide[:0:0]
	for _, h := range s.Hide {
		if !slices.Contains(Layers, h) {
			ps.add("hide", "unknown layer %q", h)
		} else if !slices.Contains(hide, h) {
			hide = append(hide, h)
		}
	}
	s.Hide = hide
}

func checkDensity(s *State, ps *problems) {
	if s.Density < 0 || s.Density > MaxDensity {
		ps.add("density", "arrow density must be 0..%d, not %d", MaxDensity, s.Density)
		s.Density = 0
	}
}

func checkPin(s *State, ps *problems) {
	if s.Pin != nil && (len(s.Pin) != 2 || s.Pin[0] < 0 || s.Pin[1] < 0) {
		ps.add("pin", "a pinned point is two indices")
		s.Pin = nil
	}
}
