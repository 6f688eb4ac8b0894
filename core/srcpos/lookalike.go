package srcpos

import (
	"fmt"
	"unicode"
)

// Text pasted from a PDF, a word processor or an equation editor holds
// characters that look like ASCII but are not: U+2212 MINUS SIGN for -,
// U+00D7 MULTIPLICATION SIGN for *, a no-break space, fullwidth digits,
// Cyrillic х for x. Never reading them silently is the rule of both of
// gradplay's languages. The characters fall into two kinds:
//
//   - a Replacement is unambiguously an ASCII operator, digit, letter or
//     space in disguise: core/expr reads it as its ASCII text with a note,
//     core/grid (whose errors are its only messages) refuses it, saying what
//     to type;
//   - a Confusable is a letter of another script (Cyrillic, Greek) that looks
//     like a Latin letter: it may be meant (Greek ν, Χ are physics names), so
//     each language decides from the name around it.

// A Replacement is a character read as ASCII text.
type Replacement struct {
	Name  string // the Unicode name: "MINUS SIGN"
	ASCII string // what it reads as: "-", "*", " ", "x"; "" when it is ignored
	// Super is the digit or sign a superscript stands for ("2" for ²,
	// "-" for ⁻); ASCII is then "" and the language decides what a run of
	// superscripts means (core/expr: a power, x² is x**2).
	Super string
}

// replacements are the characters of Replace, except the generated ranges
// (fullwidth letters and digits, mathematical alphanumerics).
var replacements = map[rune]Replacement{
	// Dashes and minus signs.
	'\u2010': {"HYPHEN", "-", ""},
	'\u2011': {"NON-BREAKING HYPHEN", "-", ""},
	'\u2012': {"FIGURE DASH", "-", ""},
	'\u2013': {"EN DASH", "-", ""},
	'\u2212': {"MINUS SIGN", "-", ""},
	'\uFE63': {"SMALL HYPHEN-MINUS", "-", ""},
	'\uFF0D': {"FULLWIDTH HYPHEN-MINUS", "-", ""},
	// Plus.
	'\uFF0B': {"FULLWIDTH PLUS SIGN", "+", ""},
	// Multiplication.
	'\u00D7': {"MULTIPLICATION SIGN", "*", ""},
	'\u00B7': {"MIDDLE DOT", "*", ""},
	'\u2062': {"INVISIBLE TIMES", "*", ""},
	'\u2217': {"ASTERISK OPERATOR", "*", ""},
	'\u2219': {"BULLET OPERATOR", "*", ""},
	'\u22C5': {"DOT OPERATOR", "*", ""},
	'\uFF0A': {"FULLWIDTH ASTERISK", "*", ""},
	// Division.
	'\u00F7': {"DIVISION SIGN", "/", ""},
	'\u2044': {"FRACTION SLASH", "/", ""},
	'\u2215': {"DIVISION SLASH", "/", ""},
	'\uFF0F': {"FULLWIDTH SOLIDUS", "/", ""},
	// Power.
	'\uFF3E': {"FULLWIDTH CIRCUMFLEX ACCENT", "^", ""},
	// Punctuation.
	'\uFF08': {"FULLWIDTH LEFT PARENTHESIS", "(", ""},
	'\uFF09': {"FULLWIDTH RIGHT PARENTHESIS", ")", ""},
	'\uFF0C': {"FULLWIDTH COMMA", ",", ""},
	'\uFF0E': {"FULLWIDTH FULL STOP", ".", ""},
	'\uFF1A': {"FULLWIDTH COLON", ":", ""},
	'\uFF3B': {"FULLWIDTH LEFT SQUARE BRACKET", "[", ""},
	'\uFF3D': {"FULLWIDTH RIGHT SQUARE BRACKET", "]", ""},
	// Every white space character beyond ASCII's (Unicode's White_Space).
	'\u0085': {"NEXT LINE", " ", ""},
	'\u00A0': {"NO-BREAK SPACE", " ", ""},
	'\u1680': {"OGHAM SPACE MARK", " ", ""},
	'\u2000': {"EN QUAD", " ", ""},
	'\u2001': {"EM QUAD", " ", ""},
	'\u2002': {"EN SPACE", " ", ""},
	'\u2003': {"EM SPACE", " ", ""},
	'\u2004': {"THREE-PER-EM SPACE", " ", ""},
	'\u2005': {"FOUR-PER-EM SPACE", " ", ""},
	'\u2006': {"SIX-PER-EM SPACE", " ", ""},
	'\u2007': {"FIGURE SPACE", " ", ""},
	'\u2008': {"PUNCTUATION SPACE", " ", ""},
	'\u2009': {"THIN SPACE", " ", ""},
	'\u200A': {"HAIR SPACE", " ", ""},
	'\u2028': {"LINE SEPARATOR", " ", ""},
	'\u2029': {"PARAGRAPH SEPARATOR", " ", ""},
	'\u202F': {"NARROW NO-BREAK SPACE", " ", ""},
	'\u205F': {"MEDIUM MATHEMATICAL SPACE", " ", ""},
	'\u3000': {"IDEOGRAPHIC SPACE", " ", ""},
	// Invisible characters, ignored (what is seen is what is read: x\u200By is xy).
	'\u00AD': {"SOFT HYPHEN", "", ""},
	'\u200B': {"ZERO WIDTH SPACE", "", ""},
	'\u200C': {"ZERO WIDTH NON-JOINER", "", ""},
	'\u200D': {"ZERO WIDTH JOINER", "", ""},
	'\u2060': {"WORD JOINER", "", ""},
	'\uFEFF': {"ZERO WIDTH NO-BREAK SPACE", "", ""},
	// Superscripts.
	'\u2070': {"SUPERSCRIPT ZERO", "", "0"},
	'\u00B9': {"SUPERSCRIPT ONE", "", "1"},
	'\u00B2': {"SUPERSCRIPT TWO", "", "2"},
	'\u00B3': {"SUPERSCRIPT THREE", "", "3"},
	'\u2074': {"SUPERSCRIPT FOUR", "", "4"},
	'\u2075': {"SUPERSCRIPT FIVE", "", "5"},
	'\u2076': {"SUPERSCRIPT SIX", "", "6"},
	'\u2077': {"SUPERSCRIPT SEVEN", "", "7"},
	'\u2078': {"SUPERSCRIPT EIGHT", "", "8"},
	'\u2079': {"SUPERSCRIPT NINE", "", "9"},
	'\u207A': {"SUPERSCRIPT PLUS SIGN", "", "+"},
	'\u207B': {"SUPERSCRIPT MINUS", "", "-"},
	// Letterlike: the italic h of the mathematical alphabet's hole.
	'\u210E': {"PLANCK CONSTANT", "h", ""},
}

var digitNames = [10]string{"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"}

// The styles of Unicode's Mathematical Alphanumeric Symbols block, in code
// point order: 52 letters each from U+1D400, 10 digits each from U+1D7CE.
var (
	mathLetterStyles = []string{"BOLD", "ITALIC", "BOLD ITALIC", "SCRIPT", "BOLD SCRIPT", "FRAKTUR",
		"DOUBLE-STRUCK", "BOLD FRAKTUR", "SANS-SERIF", "SANS-SERIF BOLD", "SANS-SERIF ITALIC",
		"SANS-SERIF BOLD ITALIC", "MONOSPACE"}
	mathDigitStyles = []string{"BOLD", "DOUBLE-STRUCK", "SANS-SERIF", "SANS-SERIF BOLD", "MONOSPACE"}
)

// Replace returns how r is read, if it is a look-alike of ASCII text: the
// characters of the table above, the fullwidth digits and Latin letters
// (U+FF10..U+FF19, U+FF21..U+FF3A, U+FF41..U+FF5A) and the Latin letters
// and digits of the Mathematical Alphanumeric Symbols (U+1D400..U+1D6A3,
// U+1D7CE..U+1D7FF: what equation editors paste, 𝑥 for x).
func Replace(r rune) (Replacement, bool) {
	if rep, ok := replacements[r]; ok {
		return rep, true
	}
	switch {
	case r < 0xFF10:
		return Replacement{}, false
	case r <= 0xFF19:
		return Replacement{"FULLWIDTH DIGIT " + digitNames[r-0xFF10], string('0' + (r - 0xFF10)), ""}, true
	case 0xFF21 <= r && r <= 0xFF3A:
		return Replacement{"FULLWIDTH LATIN CAPITAL LETTER " + string('A'+(r-0xFF21)), string('A' + (r - 0xFF21)), ""}, true
	case 0xFF41 <= r && r <= 0xFF5A:
		return Replacement{"FULLWIDTH LATIN SMALL LETTER " + string('A'+(r-0xFF41)), string('a' + (r - 0xFF41)), ""}, true
	case 0x1D400 <= r && r <= 0x1D6A3 && unicode.IsLetter(r): // the holes are not letters
		i := int(r - 0x1D400)
		style, k := mathLetterStyles[i/52], rune(i%52)
		if k < 26 {
			return Replacement{"MATHEMATICAL " + style + " CAPITAL " + string('A'+k), string('A' + k), ""}, true
		}
		return Replacement{"MATHEMATICAL " + style + " SMALL " + string('A'+k-26), string('a' + k - 26), ""}, true
	case 0x1D7CE <= r && r <= 0x1D7FF:
		i := int(r - 0x1D7CE)
		return Replacement{"MATHEMATICAL " + mathDigitStyles[i/10] + " DIGIT " + digitNames[i%10], string(rune('0' + i%10)), ""}, true
	}
	return Replacement{}, false
}

// A Confusable is a letter of another script that looks like a Latin one.
type Confusable struct {
	Name   string // the Unicode name: "CYRILLIC SMALL LETTER HA"
	Latin  string // the Latin letter it looks like: "x"
	Script string // "Cyrillic" or "Greek"
}

// confusables are the Cyrillic and Greek letters that a reader cannot tell
// from a Latin one in most fonts. Greek letters used as names in their own
// right and shaped differently from any Latin letter (α, β, θ, χ, ...) are
// not among them.
var confusables = map[rune]Confusable{
	'\u0430': {"CYRILLIC SMALL LETTER A", "a", "Cyrillic"},
	'\u0435': {"CYRILLIC SMALL LETTER IE", "e", "Cyrillic"},
	'\u043E': {"CYRILLIC SMALL LETTER O", "o", "Cyrillic"},
	'\u0440': {"CYRILLIC SMALL LETTER ER", "p", "Cyrillic"},
	'\u0441': {"CYRILLIC SMALL LETTER ES", "c", "Cyrillic"},
	'\u0443': {"CYRILLIC SMALL LETTER U", "y", "Cyrillic"},
	'\u0445': {"CYRILLIC SMALL LETTER HA", "x", "Cyrillic"},
	'\u0455': {"CYRILLIC SMALL LETTER DZE", "s", "Cyrillic"},
	'\u0456': {"CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I", "i", "Cyrillic"},
	'\u0458': {"CYRILLIC SMALL LETTER JE", "j", "Cyrillic"},
	'\u04BB': {"CYRILLIC SMALL LETTER SHHA", "h", "Cyrillic"},
	'\u0501': {"CYRILLIC SMALL LETTER KOMI DE", "d", "Cyrillic"},
	'\u0405': {"CYRILLIC CAPITAL LETTER DZE", "S", "Cyrillic"},
	'\u0406': {"CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I", "I", "Cyrillic"},
	'\u0408': {"CYRILLIC CAPITAL LETTER JE", "J", "Cyrillic"},
	'\u0410': {"CYRILLIC CAPITAL LETTER A", "A", "Cyrillic"},
	'\u0412': {"CYRILLIC CAPITAL LETTER VE", "B", "Cyrillic"},
	'\u0415': {"CYRILLIC CAPITAL LETTER IE", "E", "Cyrillic"},
	'\u041A': {"CYRILLIC CAPITAL LETTER KA", "K", "Cyrillic"},
	'\u041C': {"CYRILLIC CAPITAL LETTER EM", "M", "Cyrillic"},
	'\u041D': {"CYRILLIC CAPITAL LETTER EN", "H", "Cyrillic"},
	'\u041E': {"CYRILLIC CAPITAL LETTER O", "O", "Cyrillic"},
	'\u0420': {"CYRILLIC CAPITAL LETTER ER", "P", "Cyrillic"},
	'\u0421': {"CYRILLIC CAPITAL LETTER ES", "C", "Cyrillic"},
	'\u0422': {"CYRILLIC CAPITAL LETTER TE", "T", "Cyrillic"},
	'\u0425': {"CYRILLIC CAPITAL LETTER HA", "X", "Cyrillic"},
	'\u03BD': {"GREEK SMALL LETTER NU", "v", "Greek"},
	'\u03BF': {"GREEK SMALL LETTER OMICRON", "o", "Greek"},
	'\u0391': {"GREEK CAPITAL LETTER ALPHA", "A", "Greek"},
	'\u0392': {"GREEK CAPITAL LETTER BETA", "B", "Greek"},
	'\u0395': {"GREEK CAPITAL LETTER EPSILON", "E", "Greek"},
	'\u0396': {"GREEK CAPITAL LETTER ZETA", "Z", "Greek"},
	'\u0397': {"GREEK CAPITAL LETTER ETA", "H", "Greek"},
	'\u0399': {"GREEK CAPITAL LETTER IOTA", "I", "Greek"},
	'\u039A': {"GREEK CAPITAL LETTER KAPPA", "K", "Greek"},
	'\u039C': {"GREEK CAPITAL LETTER MU", "M", "Greek"},
	'\u039D': {"GREEK CAPITAL LETTER NU", "N", "Greek"},
	'\u039F': {"GREEK CAPITAL LETTER OMICRON", "O", "Greek"},
	'\u03A1': {"GREEK CAPITAL LETTER RHO", "P", "Greek"},
	'\u03A4': {"GREEK CAPITAL LETTER TAU", "T", "Greek"},
	'\u03A5': {"GREEK CAPITAL LETTER UPSILON", "Y", "Greek"},
	'\u03A7': {"GREEK CAPITAL LETTER CHI", "X", "Greek"},
}

// Confuse returns the Latin letter r looks like, if r is a Cyrillic or
// Greek letter of the confusables table.
func Confuse(r rune) (Confusable, bool) {
	c, ok := confusables[r]
	return c, ok
}

// namedOther are characters refused by both languages that deserve their
// name in a message.
var namedOther = map[rune]string{
	'\u2014': "EM DASH",
	'\u2015': "HORIZONTAL BAR",
	'\u2022': "BULLET",
	'\u2018': "LEFT SINGLE QUOTATION MARK",
	'\u2019': "RIGHT SINGLE QUOTATION MARK",
	'\u201C': "LEFT DOUBLE QUOTATION MARK",
	'\u201D': "RIGHT DOUBLE QUOTATION MARK",
}

// RuneName returns "U+2212 MINUS SIGN" for a character of the tables, "U+2014
// EM DASH" for a few others, and "U+XXXX" alone for the rest.
func RuneName(r rune) string {
	code := fmt.Sprintf("U+%04X", r)
	if rep, ok := Replace(r); ok {
		return code + " " + rep.Name
	}
	if c, ok := confusables[r]; ok {
		return code + " " + c.Name
	}
	if n, ok := namedOther[r]; ok {
		return code + " " + n
	}
	return code
}
