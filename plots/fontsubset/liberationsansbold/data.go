// Package liberationsansbold stands in for the font of that name: it holds
// Liberation Sans regular, gradplay's only face: its figures draw no bold
// text (see ../README.md).
package liberationsansbold // import "codeberg.org/go-fonts/liberation/liberationsansbold"

import "github.com/go-fonts/liberation/liberationsansregular"

// TTF is the data of the TrueType font: Liberation Sans regular.
var TTF = liberationsansregular.TTF
