package plots

import (
	"sync"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// measured is the figures' text handler: gonum/plot's plain text, with the
// box of each line kept once it has been measured. Laying out a figure
// measures its tick labels, titles and key texts many times, and every
// font.Face.Width call allocates a glyph buffer: 53 kB of the 185 kB that a
// fast render allocated, the garbage that WebAssembly collects on the page's
// only thread.
type measured struct{ text.Plain }

// textHandler is the handler of every text the figures draw.
var textHandler text.Handler = measured{plot.DefaultTextHandler.(text.Plain)}

// maxBoxes and maxBoxBytes bound the boxes kept and the bytes of their
// texts: a session's tick labels, titles and read-outs are a few hundred,
// but a title holds the function as typed; past either bound the map
// starts again.
const (
	maxBoxes    = 4096
	maxBoxBytes = 1 << 20
)

// boxKey identifies a measured line of text.
type boxKey struct {
	txt string
	fnt font.Font
}

// lineBox is a measured line's width, height and depth (text.Handler.Box).
type lineBox struct{ w, h, d vg.Length }

var boxes struct {
	sync.Mutex
	m     map[boxKey]lineBox
	bytes int // of the keys' texts
}

// Box returns text.Plain's box of txt in fnt, measured once.
func (hdlr measured) Box(txt string, fnt font.Font) (width, height, depth vg.Length) {
	k := boxKey{txt, fnt}
	boxes.Lock()
	b, ok := boxes.m[k]
	boxes.Unlock()
	if !ok {
		b.w, b.h, b.d = hdlr.Plain.Box(txt, fnt)
		boxes.Lock()
		if boxes.m == nil || len(boxes.m) >= maxBoxes || boxes.bytes+len(txt) > maxBoxBytes {
			boxes.m, boxes.bytes = make(map[boxKey]lineBox), 0
		}
		boxes.m[k] = b
		boxes.bytes += len(txt)
		boxes.Unlock()
	}
	return b.w, b.h, b.d
}

// measuredText sets p's text handler, and its axes', title's and legend's,
// to textHandler.
func measuredText(p *plot.Plot) *plot.Plot {
	p.TextHandler = textHandler
	p.Title.TextStyle.Handler = textHandler
	p.Legend.TextStyle.Handler = textHandler
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Handler = textHandler
		a.Tick.Label.Handler = textHandler
	}
	return p
}
