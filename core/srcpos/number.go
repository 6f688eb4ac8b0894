package srcpos

import (
	"math"
	"strconv"
)

// ScanNumber scans the decimal number literal at src[offset:], the one
// syntax gradplay's expressions and grids share:
//
//	digits [ "." [digits] ] [ exponent ]    2   2.   2.5   2.5e-3
//	"." digits [ exponent ]                 .5  .5E+2
//	exponent = ("e" | "E") ["+" | "-"] digits
//
// There is no sign (a minus is an operator), no underscore, no hexadecimal.
// An "e" not followed by digits is not part of the number: in 2e the e is
// the next token (the constant e, or an error).
//
// ScanNumber returns the end of the literal and its value as
// strconv.ParseFloat gives it, correctly rounded: +Inf beyond the largest
// float64, 0 or a subnormal below the smallest (each language decides
// whether that is an error). When no literal starts at offset (or offset is
// outside src), end is offset and v is 0.
func ScanNumber(src string, offset int) (end int, v float64) {
	if offset < 0 || offset > len(src) {
		return offset, 0
	}
	i := digits(src, offset)
	n := i - offset
	if i < len(src) && src[i] == '.' {
		j := digits(src, i+1)
		n += j - (i + 1)
		i = j
	}
	if n == 0 {
		return offset, 0
	}
	if i < len(src) && (src[i] == 'e' || src[i] == 'E') {
		j := i + 1
		if j < len(src) && (src[j] == '+' || src[j] == '-') {
			j++
		}
		if k := digits(src, j); k > j {
			i = k
		}
	}
	// The syntax is checked above, so the only error is a range error, whose
	// value (±Inf) is the one to return.
	v, _ = strconv.ParseFloat(src[offset:i], 64)
	return i, v
}

// digits returns the end of the run of ASCII digits at src[i:].
func digits(src string, i int) int {
	for i < len(src) && '0' <= src[i] && src[i] <= '9' {
		i++
	}
	return i
}

// Range says how a literal's value fits float64 (see CheckRange).
type Range int

// The ranges of a literal.
const (
	InRange   Range = iota // the value is the literal, correctly rounded, to 15 or more digits
	Overflow               // beyond the largest float64: ScanNumber gives +Inf
	Underflow              // below the smallest subnormal: ScanNumber gives 0 for a number that is not
	Subnormal              // below the smallest normal float64: fewer significant digits
)

// CheckRange classifies the literal lit, whose value ScanNumber gave as v,
// and says so for a person when it is not InRange:
//
//	1e400 is too large for a float64 (the largest is about 1.8e308)
//	1e-400 is below the smallest float64 and reads as 0
//	1e-310 is below the smallest normal float64 (about 2.2e-308) and keeps fewer significant digits
//
// A long literal is cut in the message (1234567890123456…).
func CheckRange(lit string, v float64) (Range, string) {
	shown := lit
	if len(shown) > 20 {
		shown = shown[:16] + "…"
	}
	switch {
	case math.IsInf(v, 0):
		return Overflow, shown + " is too large for a float64 (the largest is about 1.8e308)"
	case v == 0 && nonzeroMantissa(lit):
		return Underflow, shown + " is below the smallest float64 and reads as 0"
	case v != 0 && math.Abs(v) < 0x1p-1022:
		return Subnormal, shown + " is below the smallest normal float64 (about 2.2e-308) and keeps fewer significant digits"
	}
	return InRange, ""
}

// nonzeroMantissa reports whether a digit before the exponent of lit is not 0.
func nonzeroMantissa(lit string) bool {
	for i := 0; i < len(lit) && lit[i] != 'e' && lit[i] != 'E'; i++ {
		if '1' <= lit[i] && lit[i] <= '9' {
			return true
		}
	}
	return false
}
