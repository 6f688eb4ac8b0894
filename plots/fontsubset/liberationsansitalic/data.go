// Package liberationsansitalic stands in for the font of that name: it holds
// Liberation Sans regular, gradplay's only typeface (see ../README.md).
package liberationsansitalic // import "codeberg.org/go-fonts/liberation/liberationsansitalic"

import "github.com/go-fonts/liberation/liberationsansregular"

// TTF is the data of the TrueType font: Liberation Sans regular.
var TTF = liberationsansregular.TTF
