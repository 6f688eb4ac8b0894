// Package expr is gradplay's expression language: the functions users type
// (q*chi*delta) or paste from a notebook (np.sin(x)*np.exp(-y**2)).
//
// The stages are the usual ones: Parse scans and parses the text into a tree
// (an *Expr), reporting mistakes as an *Error with a position and a caret
// snippet; Compile turns the tree into a Program that evaluates it on an N-D
// grid, block by block, without building the meshgrid; Derivative
// differentiates it symbolically; and the point methods (Forward, Central,
// Richardson, Dual) estimate or compute its partial derivatives at one point.
// The finite differences of the point methods are core/fd's Forward, Central
// and Richardson, applied along each variable.
//
// # Syntax
//
// The syntax is Python's, with a calculator's forgiveness:
//
//	numbers      2   2.5   .5   1e-3
//	names        q  chi  delta  χ  x1  (Unicode letters included; xy is one name)
//	operators    + - * /  and power ** or ^ (right-associative, binding tighter
//	             than unary minus: -y**2 is -(y**2), as in Python)
//	implicit *   a number directly before a name or '(' multiplies: 2x, 3(x+1)
//	functions    sin(x), np.sin(x), numpy.sin(x), math.sin(x): see Builtins
//	constants    pi, e (also inf and nan)
//
// Every other name is a variable, in order of first appearance, unless the
// caller lists the variables (ParseVars).
//
// # Pasted text
//
// Text from a PDF, a word processor or an equation editor is read as it is
// meant, and never silently (srcpos.Replace lists the characters):
//
//	look-alikes   − – (minus), × · ⋅ ∗ (times), ÷ ∕ ⁄ (divided by), fullwidth
//	              （ ）＋ ０-９ ｘ, mathematical italics 𝑥 𝑦: read as ASCII
//	spaces        no-break, thin, narrow, ideographic: read as a space
//	invisible     zero width space, word joiner, soft hyphen: ignored
//	superscripts  x² is x**2, x⁻¹ is x**-1, (x+1)¹⁰ is (x+1)**10
//
// each with a note (Expr.Notes, code LookAlike) at the character's first
// occurrence: `U+2212 MINUS SIGN read as "-"`. A Cyrillic or Greek letter
// that looks like a Latin one (srcpos.Confuse) is an error
// (LookAlikeLetter: `U+0445 CYRILLIC SMALL LETTER HA looks like x`) where it
// cannot be meant: in a name that also holds Latin letters (хy, np.sіn), or
// in a Cyrillic name made of look-alikes only (х alone). A Greek name is a
// name, even ν or Χ (physics writes them), and so is a Cyrillic name with a
// letter of its own (время).
//
// A number literal beyond the largest float64 (1e400) is an error
// (NumberTooLarge); one below the smallest normal float64, read as 0
// (1e-400) or as a subnormal with fewer digits (1e-310), gets a note
// (NumberTooSmall).
//
// # Numbers like numpy's
//
// Evaluation follows numpy's float64 arithmetic operation for operation, in
// the order written: x**2 is x*x, x**0.5 is sqrt(x), x**-1 is 1/x, x**1 is x,
// x**0 is 1, and other powers call math.Pow. NaN and ±Inf are values
// (log(-1) is NaN, 1/0 is +Inf), never errors. Go's math functions may differ
// from the C library's that numpy calls by a few units in the last place.
//
// # Limits
//
// A source is at most MaxSource bytes, a tree at most MaxNodes nodes, nested
// at most MaxDepth deep; beyond them Parse returns an error, so no input can
// crash or hang the caller.
package expr
