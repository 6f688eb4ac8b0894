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
// and in a grid.
//
// core/expr and core/grid import it and stay independent of each other; it
// imports neither.
package srcpos
