package plots

import "testing"

func TestFixSVGImages(t *testing.T) {
	const attrs = svgImageAttrs
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{`<svg><path d="M0,0" /></svg>`, `<svg><path d="M0,0" /></svg>`},
		// As vgsvg v0.17 writes it.
		{`<image x="1" y="-2" width="3" height="4" xlink:href="data:image/jpg;base64,iVBO" transform="scale(1, -1)" />` + "\n",
			`<image ` + attrs + `x="1" y="-2" width="3" height="4" xlink:href="data:image/png;base64,iVBO" transform="scale(1, -1)" />` + "\n"},
		// Every image, and only the images.
		{`<g><image xlink:href="data:image/jpg;base64,A" /><text>data:image/jpg;base64,</text><image xlink:href="data:image/jpg;base64,B" /></g>`,
			`<g><image ` + attrs + `xlink:href="data:image/png;base64,A" /><text>data:image/jpg;base64,</text><image ` + attrs + `xlink:href="data:image/png;base64,B" /></g>`},
		// Already labelled or styled: attributes are not doubled.
		{`<image style="x" xlink:href="data:image/png;base64,A" />`, `<image style="x" xlink:href="data:image/png;base64,A" />`},
		{`<image preserveAspectRatio="none" />`, `<image preserveAspectRatio="none" />`},
		// A truncated tag is left alone.
		{`<image x="1"`, `<image x="1"`},
	} {
		if got := string(fixSVGImages([]byte(tc.in))); got != tc.want {
			t.Errorf("fixSVGImages(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
