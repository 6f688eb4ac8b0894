// Package srcpos locates mistakes in the short texts gradplay reads (an
// expression such as sinn(x)*y, a grid such as linspace(0, 1, 2.5)) and
// shows them, in the manner of go/token and go/scanner: a Pos is a byte
// offset with its 1-based line and column and prints as "line:column";
// Snippet repeats the offending line with carets under the mistake; and
// UTF16Index converts a byte offset to JavaScript's string index, once, at
// the page's boundary.
//
// It also holds the one lexical piece both languages share, the decimal
// number literal (ScanNumber), so that 2.5e-3 means the same in a function
// and in a grid, and CheckRange, which words a literal beyond float64's
// range the same in both. And it holds the table of characters that look
// like ASCII (Replace: U+2212 MINUS SIGN, a no-break space, a fullwidth
// digit, 𝑥 from an equation editor) or like a Latin letter (Confuse:
// Cyrillic х), with their Unicode names (RuneName), which both languages
// refuse or read with a note, never silently.
//
// core/expr and core/grid import it and stay independent of each other; it
// imports neither.
package srcpos
