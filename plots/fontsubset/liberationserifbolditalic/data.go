// Package liberationserifbolditalic stands in for the font of that name: it holds
// Liberation Sans bold, gradplay's only typeface (see ../README.md).
package liberationserifbolditalic // import "codeberg.org/go-fonts/liberation/liberationserifbolditalic"

import "github.com/go-fonts/liberation/liberationsansbold"

// TTF is the data of the TrueType font: Liberation Sans bold.
var TTF = liberationsansbold.TTF
