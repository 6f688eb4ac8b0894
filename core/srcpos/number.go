package srcpos

import "strconv"

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
