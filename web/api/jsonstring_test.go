package api

import (
	"encoding/json"
	"testing"
)

// jsonStrings are strings whose encodings differ in every way
// encoding/json has: quotes, backslashes, each control character, HTML's
// three, DEL, line and paragraph separators, invalid UTF-8, astral runes.
var jsonStrings = []string{
	"", "plain", `q"uote`, `back\slash`, "\b\f\n\r\t", "\x00\x01\x1f\x7f", "<script>&amp;</script>",
	"line\u2028para\u2029", "bad \xff\xfe byte", "trunc \xe2\x82", "π ∂f/∂x 😀", "http://h/view.html#expr=x*y&grid.x=-2:2:21j",
}

// TestJSONString checks jsonString against json.Marshal.
func TestJSONString(t *testing.T) {
	for c := range 0x100 {
		jsonStrings = append(jsonStrings, string(rune(c)), string([]byte{byte(c)}))
	}
	for _, s := range jsonStrings {
		want, _ := json.Marshal(s)
		if got := jsonString(s); got != string(want) {
			t.Errorf("jsonString(%q) = %s, json.Marshal: %s", s, got, want)
		}
	}
}

// FuzzJSONString checks jsonString against json.Marshal on any bytes.
func FuzzJSONString(f *testing.F) {
	for _, s := range jsonStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := jsonString(s); got != string(want) {
			t.Errorf("jsonString(%q) = %s, json.Marshal: %s", s, got, want)
		}
	})
}
