package api

import (
	"github.com/gradplay/gradplay/plots"
	"github.com/gradplay/gradplay/web/state"
)

// setTheme is gradplay.setTheme(option, prefersDark) -> "light" | "dark":
// the theme of the page and of the figure on screen, as
// state.ResolveTheme decides it from the view's theme option ("light",
// "dark" or "" to follow the page) and whether the page's colour scheme
// is dark (matchMedia("(prefers-color-scheme: dark)").matches). The page
// sets its own colours from the answer; the frames follow it from the
// next one. Exports do not: see exportImage.
func (a *API) setTheme(args []any) (any, error) {
	opt, _ := arg(args, 0).(string)
	if opt != "" && opt != "light" && opt != "dark" {
		return nil, argErr(`setTheme: the option is "light", "dark" or "", not %.40q`, opt)
	}
	dark, _ := arg(args, 1).(bool)
	th := state.ResolveTheme(opt, dark)
	if err := a.s.SetTheme(th); err != nil {
		return nil, err
	}
	return th, nil
}

// exportTheme reads exportImage's theme argument: "light" when it is
// missing (a figure for notes and print), else "light" or "dark".
func exportTheme(v any) (plots.Theme, error) {
	if v == nil {
		return plots.Light, nil
	}
	s, ok := v.(string)
	if !ok || (s != "light" && s != "dark") {
		return plots.Light, argErr(`exportImage: the theme is "light" or "dark"`)
	}
	return plots.ParseTheme(s)
}
