package api_test

import (
	"bytes"
	"image/png"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/web/api"
	"github.com/gradplay/gradplay/web/session"
	"github.com/gradplay/gradplay/web/state"
)

// TestTheme: setTheme resolves the option and the page's scheme in Go and
// themes the frames; exports stay light unless asked for "dark".
func TestTheme(t *testing.T) {
	s := session.New(state.Default(), nil)
	a := api.New(s, nil)
	for _, tc := range []struct {
		opt  string
		dark bool
		want string
	}{{"", false, "light"}, {"", true, "dark"}, {"light", true, "light"}, {"dark", false, "dark"}} {
		if got := call(t, a, "setTheme", tc.opt, tc.dark); got != tc.want {
			t.Errorf("setTheme(%q, %v) = %v, want %s", tc.opt, tc.dark, got, tc.want)
		}
	}
	fails(t, a, state.CodeInvalidArgument, "setTheme", "sepia", false)
	if s.Theme() != "dark" {
		t.Fatalf("theme %q after setTheme(dark)", s.Theme())
	}
	s.SetState(state.State{Expr: "x*y"})
	s.Update()
	if fr := s.Render(400, 300, 1); fr.Image.RGBAAt(0, 0).R > 0x30 {
		t.Errorf("the frame's corner is %v on a dark page", fr.Image.RGBAAt(0, 0))
	}
	corner := func(b []byte) uint8 {
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		r, _, _, _ := img.At(0, 0).RGBA()
		return uint8(r >> 8)
	}
	if c := corner(call(t, a, "exportImage", "png", 200.0, 100.0, 1.0).([]byte)); c != 0xff {
		t.Errorf("the default export's corner is %#x on a dark page, want white", c)
	}
	if c := corner(call(t, a, "exportImage", "png", 200.0, 100.0, 1.0, "dark").([]byte)); c > 0x30 {
		t.Errorf("the dark export's corner is %#x", c)
	}
	if svg := string(call(t, a, "exportImage", "svg", 200.0, 100.0, 1.0, "dark").([]byte)); !strings.Contains(strings.ToLower(svg), "fill:#15181e") {
		t.Error("the dark SVG has no dark background")
	}
	fails(t, a, state.CodeInvalidArgument, "exportImage", "png", 200.0, 100.0, 1.0, "sepia")
}
