package api_test

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/gradplay/gradplay/web/api"
	"github.com/gradplay/gradplay/web/session"
)

func TestMarks(t *testing.T) {
	// A hover's crosshair at scale 2 (device pixels): its lines are bars on
	// whole device pixels, one device pixel (the mark's Line) across.
	hover := session.Mark{Lines: [][4]float64{{10, 21.3, 90.2, 21.3}, {40.7, 80, 40.7, 5}},
		Rings: [][2]float64{{40.7, 21.3}}, Radius: 12, Width: 4, Line: 2}
	pin := session.Mark{Pinned: true, Rings: [][2]float64{{3, 4}, {5, 6}}, Radius: 12, Width: 4, Dot: 5}
	near := session.Mark{Neighbours: true, Rings: [][2]float64{{1, 1}}, Radius: 7, Width: 3, Line: 0.4}
	got := api.Marks([]session.Mark{hover, pin, near}, 2)
	want := []api.MarkView{
		// Rings of radius 12 and width 4: boxes of 2*(14+1)+1 = 31 device
		// pixels from the centre's pixel less 15.
		{Kind: "hover", Bars: [][4]float64{{5, 10, 40, 1}, {20, 2.5, 1, 37.5}}, Rings: [][2]float64{{20.35, 10.65}},
			Boxes: [][4]float64{{12.5, 3, 15.5, 15.5}}, Radius: 6, Width: 2},
		{Kind: "pin", Bars: [][4]float64{}, Rings: [][2]float64{{1.5, 2}, {2.5, 3}},
			Boxes: [][4]float64{{-6, -5.5, 15.5, 15.5}, {-5, -4.5, 15.5, 15.5}}, Radius: 6, Width: 2, Dot: 2.5},
		{Kind: "neighbours", Bars: [][4]float64{}, Rings: [][2]float64{{0.5, 0.5}}, Boxes: [][4]float64{{-4.5, -4.5, 10.5, 10.5}}, Radius: 3.5, Width: 1.5},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Marks:\n got %+v\nwant %+v", got, want)
	}
	// A line thinner than a pixel still covers one.
	if got := api.Marks([]session.Mark{{Lines: [][4]float64{{0, 3.7, 10, 3.7}}, Line: 0.3}}, 1); !reflect.DeepEqual(got[0].Bars, [][4]float64{{0, 3, 10, 1}}) {
		t.Errorf("a hairline's bar %v", got[0].Bars)
	}
	if got := api.Marks(nil, 1); got == nil || len(got) != 0 {
		t.Errorf("no marks: %#v, want an empty list", got)
	}
}

// The marks of a hovered node at one device pixel per CSS pixel: the
// crosshair's two bars and the node's ring.
func ExampleMarks() {
	m := session.Mark{Lines: [][4]float64{{50, 120.4, 380, 120.4}, {210.6, 40, 210.6, 300}},
		Rings: [][2]float64{{210.6, 120.4}}, Radius: 6, Width: 2, Line: 1}
	for _, v := range api.Marks([]session.Mark{m}, 1) {
		fmt.Println(v.Kind, v.Bars, v.Rings, v.Boxes, v.Radius, v.Width)
	}
	// Output:
	// hover [[50 120 330 1] [210 40 1 260]] [[210.6 120.4]] [[202 112 17 17]] 6 2
}
