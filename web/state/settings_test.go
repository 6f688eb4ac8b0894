package state

import (
	"reflect"
	"strings"
	"testing"
)

// TestEverySetting: each field of State is a setting of the table: setting
// it alone changes Encode's output, and Decode restores it.
func TestEverySetting(t *testing.T) {
	base := State{Expr: "x*y*z", EdgeOrder: 1}
	full := State{Expr: "z*y*x", Grid: map[string]string{"x": "[0, 1]"}, X: "y", Y: "z", At: map[string]int{"x": 1},
		EdgeOrder: 2, Hide: []string{"edges"}, Mode: "raw", Density: 9, Palette: "gray", Error: "x", Pivot: "middle", Scale: 0.25, Panels: "partials", Pin: []int{1, 2}}
	rt := reflect.TypeOf(base)
	for i := range rt.NumField() {
		st := base.Clone()
		reflect.ValueOf(&st).Elem().Field(i).Set(reflect.ValueOf(full).Field(i))
		enc := st.Encode()
		if enc == base.Encode() {
			t.Errorf("State.%s is not in the URL", rt.Field(i).Name)
		}
		got, ps := Decode(enc)
		if len(ps) > 0 || !reflect.DeepEqual(reflect.ValueOf(got).Field(i).Interface(), reflect.ValueOf(full).Field(i).Interface()) {
			t.Errorf("State.%s: %s decodes to %+v, %v", rt.Field(i).Name, enc, got, ps)
		}
	}
	if len(settings) != rt.NumField() {
		t.Errorf("%d settings for %d fields", len(settings), rt.NumField())
	}
}

// TestEncodeOrder: the fragment's keys come in their historical order,
// density after palette and error, then the settings added later
// (pivot, scale, panels) before the pin.
func TestEncodeOrder(t *testing.T) {
	var keys []string
	for _, s := range encodeOrder {
		keys = append(keys, s.key)
	}
	if got := strings.Join(keys, " "); got != "expr grid. x y at. edge_order hide mode palette error density pivot scale panels pin" {
		t.Errorf("Encode's order: %s", got)
	}
	st := State{Expr: "x", Mode: "log", Density: 12, Palette: "diverging", Error: "norm"}
	if got := st.Encode(); got != "expr=x&mode=log&palette=diverging&error=norm&density=12" {
		t.Errorf("Encode = %s", got)
	}
}
