package state

import (
	"reflect"
	"testing"
)

// FuzzDecode checks that Decode never panics on a URL fragment, that what
// it returns needs no repair (Check finds nothing), and that the state
// round-trips: Decode(Encode(s)) is s again, without problems.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"", "#", "#expr=q*chi*delta&grid.chi=-2:2:21j&grid.delta=-2:2:21j&grid.q=-2:2:21j&at.delta=15&pin=3,4",
		"#expr=x&density=-1&mode=%3Cb%3E&palette=rainbow&error=z&edge_order=3",
		"#expr=x&pin=1&at.q=-4&at.1x=2&hide=heatmap,nope,heatmap", "#%ZZ=1&expr=x", "#expr=%FF%FE",
		"?expr=sin(%CF%87)&grid.%CF%87=linspace(-pi,%20pi,%2031)&x=%CF%87&edge_order=2&hide=arrows",
		"#grid.x=0:1:3j", "#expr=x&&&=&x=&y=q&mode=log&density=21&pin=-1,2", "#expr=x%E2%88%92y&grid.x=%E2%88%922:2:5j",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, frag string) {
		s1, _ := Decode(frag)
		c := s1.Clone()
		if ps := c.Check(); len(ps) != 0 {
			t.Fatalf("Decode(%q) = %+v, which Check repairs: %v", frag, s1, ps)
		}
		enc := s1.Encode()
		s2, ps := Decode(enc)
		if len(ps) != 0 {
			t.Fatalf("Decode(%q) = %+v encodes as %q, which decodes with problems %v", frag, s1, enc, ps)
		}
		if !reflect.DeepEqual(normal(s2), normal(s1)) {
			t.Fatalf("Decode(%q) = %+v encodes as %q, which decodes as %+v", frag, s1, enc, s2)
		}
		if enc2 := s2.Encode(); enc2 != enc {
			t.Fatalf("Decode(%q): Encode is not stable: %q, then %q", frag, enc, enc2)
		}
	})
}
