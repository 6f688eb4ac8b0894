// Package plots draws gradplay's figure: a 2-D slice of a sampled field as
// a heatmap with a colour bar, contour lines, and a quiver of its gradient
// with real arrowheads and a key that states the arrow scale; or, for a
// function of one variable, f and its grid derivative against the exact one.
//
// It follows gonum/plot's style: one plotter per file (Heatmap, Contours,
// Quiver, Edges, ColorBar, Key), drawing through vg so that the same figure
// comes out as an image.RGBA (Figure.RGBA), PNG (Figure.PNG) or SVG
// (Figure.SVG). Figure.Fast computes only the fast layers (heatmap image
// with one pixel per node, arrow geometry in pixels), and Mapping converts
// pixels to data for hover: of the plot area, or for a line plot of its two panels (f, and
// the derivative as Mapping.Deriv), with Nearest finding the node along x.
// Figure.SplitArrows is the split form the page draws with WebGL: the
// whole figure but its arrows as one opaque image, and the arrows as
// geometry. The full renders clip the arrows to the plot area; the split
// form's arrows are not clipped, and the page must clip them to
// Split.Map.Plot. Arrows.Mesh turns them into what a GPU draws: coloured
// triangles whose edges fade across a pixel (antialiased by their
// geometry), as a Mesh, chunks of Vertex with 16-bit indices;
// Arrows.MeshIn clips them to a rectangle.
//
// The work that does not depend on the figure's size is done once per
// Figure: New cuts the slice and fixes the colour maps and the arrow scale;
// the contour lines (marching squares, see NewContours) are traced on the
// first drawing that shows them and kept. Drawing a Figure again, at any
// size, only maps and rasterizes. Into an image, the layers drawn most
// (heatmap, contour lines, arrows and their halos, out-of-plane markers)
// are painted straight into its pixels rather than filled or stroked as
// paths (WebAssembly, where the page renders, is slowest at the general
// path rasterizer), and text comes from font faces and glyph masks kept
// between renders; vector output (SVG) draws the same layers as paths.
// Figure.AltText describes the figure in words.
//
// # Out of the plane
//
// For a field of three or more variables the gradient has components
// across the slice. The figure shows the first fixed variable's (for three
// variables, the one fixed variable's) as Markers at the arrows' nodes,
// ⊙ where it is positive (out of the page), ⊗ where negative (into it),
// with diameters on the arrows' length scale; the key's legend names it,
// "⊙ ∂f/∂delta > 0, ⊗ < 0". Options.ColorByOutOfPlane colours the arrows by
// it instead. The alt text gives the range of every out-of-plane component,
// and Figure.Partials draws each component of the gradient as its own
// heatmap. Where the in-plane gradient vanishes on the slice (q*chi*delta at
// delta = 0) the subtitle says so, with the out-of-plane range.
//
// The row above the plot holds the subtitle (the fixed variables, that
// statement, and the edge formula's order, "veiled cells: one-sided
// differences, O(h)" or "O(h²)") and the key, laid out by measured text
// widths: the subtitle takes a row of its own on tall enough canvases, and
// is otherwise shortened, or dropped, rather than run into the key.
// Figure.Layout returns where everything went, in CSS pixels.
//
// Input is plain data (Field), so plots depends on no other gradplay
// package. NaN and ±Inf values are data: holes in the heatmap, gaps in the
// lines, missing arrows, never panics.
//
// # Themes
//
// Options.Theme (Light, the default, or Dark) colours everything but the
// data: the background, text, axes, frame, key and colour-bar labels,
// uncoloured arrows, markers, the edge veil and the holes of a neutral
// palette. The palettes stay the same, so a figure reads alike on a light
// and a dark page. Figure.WithTheme gives the same figure in another theme
// without preparing it again. Arrows coloured by a palette (Normalized
// mode, ColorByOutOfPlane), every arrow in Dark, and all with
// Options.Halo have a halo: a thin outline in a colour contrasting with
// the arrow's own (dark under light arrows), so that they stay visible on
// any cell, in PNG, SVG and the GPU mesh alike.
//
// # Arrow lengths
//
// Arrows live in data units: the arrow of node p runs from p to p + s·∇f
// (moved by the pivot), through the same axis transforms as the data, and the
// key arrow for a value v has data length s·v. The key therefore stays true
// at any figure size; when the axes have unequal scales a vertical key arrow
// is drawn too. Fit mode chooses s so that the longest arrow spans about
// 0.9 of an arrow cell along x or y. Log mode's key shows several lengths
// (a value and its decades, each arrow with its value): each decade adds
// the same length.
package plots
