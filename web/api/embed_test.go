package api_test

import (
	"bytes"
	"encoding/json"
	"image/png"
	"strings"
	"testing"

	"github.com/gradplay/gradplay/web/api"
)

// The host protocol: each message, what the view answers and how it is counted.
func TestHostMessage(t *testing.T) {
	a, s := newAPI()
	msg := func(m map[string]any) map[string]any {
		t.Helper()
		return call(t, a, "hostMessage", m).(map[string]any)
	}
	// setState: missing keys take defaults; the answer is the state kept.
	r := msg(map[string]any{"gradplay": 1.0, "type": "setState", "id": "a1", "state": map[string]any{"expr": "x*y", "grid": map[string]any{"x": "-1:1:5j"}}})
	reply, _ := r["reply"].(map[string]any)
	if r["action"] != "reply" || reply["type"] != "state" || reply["id"] != "a1" || reply["gradplay"] != 1.0 {
		t.Fatalf("setState answered %v", r)
	}
	if st := s.State(); st.Expr != "x*y" || st.EdgeOrder != 1 || st.Grid["x"] != "-1:1:5j" {
		t.Errorf("the session holds %+v", st)
	}
	if got := reply["state"].(map[string]any)["expr"]; got != "x*y" {
		t.Errorf("the answer's state: %v", reply["state"])
	}
	// Without expr: the default function, as a link without one.
	msg(map[string]any{"gradplay": 1.0, "type": "setState", "state": map[string]any{"edgeOrder": 2.0}})
	if st := s.State(); st.Expr != "q*chi*delta" || st.EdgeOrder != 2 {
		t.Errorf("a state without expr gave %+v", st)
	}
	// getState echoes a number id.
	r = msg(map[string]any{"gradplay": 1.0, "type": "getState", "id": 7.0})
	if reply := r["reply"].(map[string]any); reply["id"] != 7.0 || reply["state"].(map[string]any)["edgeOrder"] != 2.0 {
		t.Errorf("getState answered %v", r)
	}
	// An unusable or ill-typed state: an error answer.
	for _, st := range []any{"x*y", map[string]any{"expr": 3.0}, map[string]any{"expr": "x*y", "grid": map[string]any{"x": "-1:1:1e9j"}}} {
		r = msg(map[string]any{"gradplay": 1.0, "type": "setState", "id": "e", "state": st})
		reply := r["reply"].(map[string]any)
		if reply["type"] != "error" || reply["id"] != "e" || reply["code"] == "" || reply["message"] == "" {
			t.Errorf("setState %v answered %v", st, r)
		}
	}
	// Malformed and foreign: ignored, counted; the state is unchanged.
	before := s.State().Expr
	for _, m := range []any{
		map[string]any{"gradplay": 2.0, "type": "getState"},
		map[string]any{"gradplay": 1.0},
		map[string]any{"gradplay": 1.0, "type": "eval", "code": "alert(1)"},
		map[string]any{"gradplay": 1.0, "type": "getState", "id": map[string]any{}},
		map[string]any{"gradplay": 1.0, "type": "getState", "id": strings.Repeat("x", 201)},
	} {
		if r := call(t, a, "hostMessage", m).(map[string]any); r["action"] != "ignore" {
			t.Errorf("%v: %v", m, r)
		}
	}
	for _, m := range []any{"hello", nil, 3.0, map[string]any{"gradplay": 1.0, "type": "frame", "frame": 2.0}, map[string]any{"subject": "lti.frameResize"}, map[string]any{"context": "h5p", "action": "other"}} {
		if r := call(t, a, "hostMessage", m).(map[string]any); r["action"] != "ignore" || r["reason"] != "foreign" {
			t.Errorf("%v: %v", m, r)
		}
	}
	if r := msg(map[string]any{"context": "h5p", "action": "hello"}); r["action"] != "resize" {
		t.Errorf("H5P's hello: %v", r)
	}
	if s.State().Expr != before {
		t.Error("an ignored message changed the state")
	}
	st := call(t, a, "hostStats").(map[string]any)
	if st["received"] != 18.0 || st["handled"] != 7.0 || st["malformed"] != 5.0 || st["foreign"] != 6.0 || st["last"] == "" {
		t.Errorf("hostStats %v", st)
	}
}

func TestHostEventsAndResize(t *testing.T) {
	a, _ := newAPI()
	if m := call(t, a, "hostEvent", "frame", 3.0).(map[string]any); m["type"] != "frame" || m["frame"] != 3.0 || m["gradplay"] != 1.0 {
		t.Errorf("frame %v", m)
	}
	if m := call(t, a, "hostEvent", "ready").(map[string]any); m["type"] != "ready" || m["state"] == nil {
		t.Errorf("ready %v", m)
	}
	if m := call(t, a, "hostEvent", "pin", map[string]any{"hover": nil, "pin": nil}).(map[string]any); m["type"] != "pin" || m["readout"] != nil {
		t.Errorf("pin %v", m)
	}
	if m := call(t, a, "hostEvent", "readout"); m != nil {
		t.Errorf("a read-out is not the host's: %v", m)
	}
	r := call(t, a, "hostResize", 480.0, 56.0, "https://x/view.html#expr=x").(map[string]any)
	msgs := r["messages"].([]any)
	if r["height"] != 416.0 || len(msgs) != 3 {
		t.Fatalf("hostResize %v", r)
	}
	var embedly map[string]any
	if err := json.Unmarshal([]byte(msgs[0].(string)), &embedly); err != nil || embedly["context"] != "iframe.resize" || embedly["height"] != 416.0 || embedly["src"] != "https://x/view.html#expr=x" {
		t.Errorf("Embedly's message %v (%v)", msgs[0], err)
	}
	if m := msgs[1].(map[string]any); m["subject"] != "lti.frameResize" || m["height"] != 416.0 {
		t.Errorf("Canvas's message %v", m)
	}
	if m := msgs[2].(map[string]any); m["context"] != "h5p" || m["action"] != "resize" || m["scrollHeight"] != 416.0 {
		t.Errorf("H5P's message %v", m)
	}
	if r := call(t, a, "hostResize", 100.0, 0.0, "").(map[string]any); r["height"] != float64(api.MinHeight) {
		t.Errorf("a narrow frame: %v", r)
	}
	fails(t, a, "invalid_argument", "hostResize", "480", 0.0, "")
}

func TestEmbedEntries(t *testing.T) {
	a, _ := newAPI()
	o := call(t, a, "viewOptions", "?theme=dark&lazy&poster=https://evil/x.png").(map[string]any)
	if opts := o["options"].(map[string]any); opts["theme"] != "dark" || opts["lazy"] != true || opts["poster"] != "" || len(o["problems"].([]any)) != 1 {
		t.Errorf("viewOptions %v", o)
	}
	sn := call(t, a, "embedSnippets", map[string]any{"expr": "x*y"}, "http://127.0.0.1:8080/", map[string]any{"image": "f.png"}).(map[string]any)
	if l := sn["links"].(map[string]any); l["view"] != "http://127.0.0.1:8080/view.html#expr=x*y" || l["image"] != "f.png" {
		t.Errorf("links %v", l)
	}
	if len(sn["snippets"].([]any)) != 5 {
		t.Errorf("snippets %v", sn["snippets"])
	}
	fails(t, a, "invalid_argument", "embedSnippets", map[string]any{"expr": "x"}, "javascript:x")

	q := call(t, a, "qrCode", "https://example.org/gradplay/#expr=q*chi*delta").(map[string]any)
	img, err := png.Decode(bytes.NewReader(q["png"].([]byte)))
	size := int(q["size"].(float64))
	if err != nil || size < 21 || (size-17)%4 != 0 || img.Bounds().Dx() != (size+8)*4 {
		t.Fatalf("qrCode: size %d, %v, %v", size, img.Bounds(), err)
	}
	// The finder pattern's dark corner module sits after the quiet zone.
	if r, _, _, _ := img.At(4*4+1, 4*4+1).RGBA(); r != 0 {
		t.Error("no finder pattern at the top left")
	}
	if r, _, _, _ := img.At(1, 1).RGBA(); r == 0 {
		t.Error("no quiet zone")
	}
	fails(t, a, "invalid_argument", "qrCode", "")
	fails(t, a, "invalid_argument", "qrCode", strings.Repeat("x", 3000))
}
