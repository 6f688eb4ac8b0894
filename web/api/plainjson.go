package api

import (
	"maps"
	"math"
	"slices"
	"strconv"
)

// SpecialKey is the one key of the objects that stand for AppendJSON's
// specials in its text: {"\u0000": k} is specials[k]. No key of a value is
// "\x00" (AppendJSON refuses one that is).
const SpecialKey = "\x00"

// AppendJSON appends v, a value, to dst as JSON text and appends to
// specials what JSON cannot carry: NaN and ±Inf, []float64 (a
// Float64Array) and []byte (a Uint8Array), each written in the text as
// the object {"\u0000": k}, k its index in specials. JSON.parse with a
// reviver that replaces those objects by the specials, converted as the
// adapter converts them, gives the same JavaScript value as the adapter's
// conversion of v: objects' keys in sorted order, as the adapter sets
// them. It reports false, and what it appended is to be dropped, for a
// value that is not one (an int, a struct) or a key that is SpecialKey.
//
// Strings are written with only ", \ and the control characters escaped,
// their other bytes as they are: JavaScript decodes the text as UTF-8 once,
// as it decodes each string of the adapter's conversion, so that invalid
// UTF-8 becomes the same U+FFFD characters either way.
//
// One JSON.parse of a text costs the page far less than building the
// value property by property across the WebAssembly boundary: a call into
// JavaScript, a string decoded and a finalizer per property and element,
// some 150 for a hover's read-out with its stencil.
func AppendJSON(dst []byte, v any, specials []any) ([]byte, []any, bool) {
	switch v := v.(type) {
	case nil:
		return append(dst, "null"...), specials, true
	case bool:
		return strconv.AppendBool(dst, v), specials, true
	case float64:
		if math.IsNaN(v) || math.IsInf(v, 0) {
			dst, specials = appendSpecial(dst, specials, v)
			return dst, specials, true
		}
		// The shortest text that parses back to v, bit for bit; -0 stays
		// "-0", which JSON.parse reads as -0.
		return strconv.AppendFloat(dst, v, 'g', -1, 64), specials, true
	case string:
		return appendJSONString(dst, v), specials, true
	case []float64, []byte:
		dst, specials = appendSpecial(dst, specials, v)
		return dst, specials, true
	case []any:
		dst = append(dst, '[')
		for i, e := range v {
			if i > 0 {
				dst = append(dst, ',')
			}
			var ok bool
			if dst, specials, ok = AppendJSON(dst, e, specials); !ok {
				return dst, specials, false
			}
		}
		return append(dst, ']'), specials, true
	case map[string]any:
		dst = append(dst, '{')
		for i, k := range slices.Sorted(maps.Keys(v)) {
			if k == SpecialKey {
				return dst, specials, false
			}
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendJSONString(dst, k)
			dst = append(dst, ':')
			var ok bool
			if dst, specials, ok = AppendJSON(dst, v[k], specials); !ok {
				return dst, specials, false
			}
		}
		return append(dst, '}'), specials, true
	}
	return dst, specials, false
}

// appendSpecial writes the object that stands for x, the next special.
func appendSpecial(dst []byte, specials []any, x any) ([]byte, []any) {
	dst = append(dst, `{"\u0000":`...)
	dst = strconv.AppendInt(dst, int64(len(specials)), 10)
	return append(dst, '}'), append(specials, x)
}

// appendJSONString appends s as a JSON string literal: ", \ and the
// control characters escaped (\n, \r, \t, else \u00xx), every other byte
// as it is.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
