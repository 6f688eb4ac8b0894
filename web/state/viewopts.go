package state

import (
	"net/url"
	"strings"
)

// ViewOptions say how the plot view (view.html) sits in a host page. They
// come from the view link's query string, the state from its fragment:
//
//	view.html?theme=dark&controls=min&lazy&poster=figs/grad.png#expr=x*y
//
// so that every link written before the options existed works as before.
type ViewOptions struct {
	// Theme pins the colours: "light" or "dark"; "" follows the host's
	// colour scheme (prefers-color-scheme inside the frame).
	Theme string `json:"theme"`
	// Controls is "" (the plot and its read-out only) or "min": a slider
	// per variable held fixed and an edge_order toggle under the plot.
	Controls string `json:"controls"`
	// Lazy shows a placeholder (the function, the poster, a "Load
	// interactive" button) and loads gradplay.wasm only when clicked.
	Lazy bool `json:"lazy"`
	// Poster is the image the lazy placeholder shows: a relative link
	// (fig.png, ../img/fig.png, /img/fig.png), so an image of the view's own
	// site, as its Content-Security-Policy allows; "" for none.
	Poster string `json:"poster"`
	// NoWebGL asks for the static 2-D rendering (nowebgl).
	NoWebGL bool `json:"noWebGL"`
}

// ResolveTheme returns the theme the page and its figure take: the view's
// Theme option when it pins one ("light" or "dark"), else "dark" when the
// page's colour scheme is dark (prefers-color-scheme inside the frame,
// which follows the host's iframe element or the system), else "light".
func ResolveTheme(option string, prefersDark bool) string {
	switch {
	case option == "light" || option == "dark":
		return option
	case prefersDark:
		return "dark"
	}
	return "light"
}

// MaxPosterLen is the longest poster link accepted.
const MaxPosterLen = 500

// ParseViewOptions reads the view's options from a query string (a leading
// '?' is ignored; '+' is a space, as in forms). Like Decode it never fails:
// an unknown key or value is reported as a Problem (Field "view.KEY") and
// left at its default. A key given twice takes its last value.
func ParseViewOptions(query string) (ViewOptions, []Problem) {
	var o ViewOptions
	var ps problems
	query = strings.TrimPrefix(query, "?")
	if len(query) > MaxURLLen {
		ps.add("view", "the options are longer than %d characters; ignored them", MaxURLLen)
		return o, ps
	}
	for _, pair := range strings.Split(query, "&") {
		if pair == "" {
			continue
		}
		rk, rv, hasValue := strings.Cut(pair, "=")
		k, err1 := url.QueryUnescape(rk)
		v, err2 := url.QueryUnescape(rv)
		if err1 != nil || err2 != nil {
			ps.add("view", "ignored a malformed option: %.40q", pair)
			continue
		}
		field := "view." + k
		switch k {
		case "theme":
			switch v {
			case "light", "dark", "auto", "":
				o.Theme = strings.TrimPrefix(v, "auto")
			default:
				ps.add(field, "theme is light or dark, not %.40q", v)
			}
		case "controls":
			switch v {
			case "min", "none", "":
				o.Controls = strings.TrimPrefix(v, "none")
			default:
				ps.add(field, "controls is min (sliders and edge_order) or none, not %.40q", v)
			}
		case "lazy", "nowebgl":
			b, ok := flag(v, hasValue)
			if !ok {
				ps.add(field, "%s is a switch (%s, %s=1 or %s=0), not %.40q", k, k, k, k, v)
				continue
			}
			if k == "lazy" {
				o.Lazy = b
			} else {
				o.NoWebGL = b
			}
		case "poster":
			if !RelativeLink(v) {
				ps.add(field, "poster must be a relative link to an image of this site (fig.png, /img/fig.png), not %.60q", v)
				continue
			}
			o.Poster = v
		default:
			ps.add("view", "ignored the unknown option %.40q", k)
		}
	}
	return o, ps
}

// flag reads a switch: "lazy", "lazy=", "lazy=1", "lazy=true" are on,
// "lazy=0" and "lazy=false" off.
func flag(v string, hasValue bool) (on, ok bool) {
	switch strings.ToLower(v) {
	case "", "1", "true", "yes", "on":
		return true, true
	case "0", "false", "no", "off":
		return false, hasValue
	}
	return false, false
}

// RelativeLink reports whether s is a link that stays on the site it is
// resolved against: a path (fig.png, ../fig.png, /img/fig.png) with an
// optional query, no scheme, no host ("//host/x" and "/\host" are
// network links), no backslash, no control character and at most
// MaxPosterLen bytes.
func RelativeLink(s string) bool {
	if s == "" || len(s) > MaxPosterLen || strings.HasPrefix(s, "//") || strings.ContainsAny(s, "\\#") {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	u, err := url.Parse(s)
	return err == nil && u.Scheme == "" && u.Host == "" && u.User == nil && u.Opaque == ""
}
