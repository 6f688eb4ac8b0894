package expr

import (
	"runtime"
	"sync"
)

// Program is an expression compiled for evaluation on grids. It is safe for
// concurrent use.
type Program struct {
	root  Node // the tree with constant subtrees folded
	nvars int
}

// Compile compiles e for evaluation with Grid and At.
func Compile(e *Expr) *Program {
	return &Program{root: fold(e.Root), nvars: len(e.Vars)}
}

// At returns the value at the point x (x[i] is the value of variable i),
// with the same arithmetic as Grid.
func (p *Program) At(x []float64) float64 {
	if len(x) < p.nvars {
		panic("expr: At needs a value for every variable")
	}
	return evalNode(p.root, x)
}

// blockLen is the longest run of the last axis evaluated at once: the
// buffers of a block stay in the CPU's cache.
const blockLen = 1024

// parallelPoints is the grid size from which Grid uses every CPU.
const parallelPoints = 1 << 15

// Grid evaluates the expression on the grid whose coordinates along each
// variable's axis are coords[i], with numpy.meshgrid(..., indexing='ij')
// semantics, without building the meshgrid: dst[k] is the value at the k-th
// point in row-major (C) order, the last variable varying fastest. dst must
// have length len(coords[0])*len(coords[1])*...; if it is nil, Grid
// allocates it. Grid returns dst, and panics if coords has fewer entries than
// the variables or dst the wrong length.
//
// Every value is computed with exactly the operations of At (the same bits),
// whatever the number of CPUs used: large grids are split between them by
// rows. Subexpressions that do not depend on the last variable are computed
// once per row (as a grid over the other variables), and those that depend on
// it alone once per grid.
func (p *Program) Grid(dst []float64, coords [][]float64) []float64 {
	if len(coords) < p.nvars {
		panic("expr: Grid needs coordinates for every variable")
	}
	coords = coords[:p.nvars]
	n := 1
	for _, c := range coords {
		n *= len(c)
	}
	if dst == nil {
		dst = make([]float64, n)
	}
	if len(dst) != n {
		panic("expr: Grid destination length mismatch")
	}
	if n == 0 {
		return dst
	}
	if p.nvars == 0 {
		dst[0] = evalNode(p.root, nil)
		return dst
	}
	last := p.nvars - 1
	L := len(coords[last])
	rows := n / L
	c := &compiler{coords: coords, last: last, rows: rows}
	root := c.plan(p.root)
	workers := 1
	if n >= parallelPoints {
		workers = min(runtime.GOMAXPROCS(0), rows)
	}
	if workers <= 1 {
		c.newWorker().rows(root, dst, 0, rows)
		return dst
	}
	var wg sync.WaitGroup
	for k := range workers {
		r0, r1 := rows*k/workers, rows*(k+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.newWorker().rows(root, dst, r0, r1)
		}()
	}
	wg.Wait()
	return dst
}

// worker evaluates rows of a grid with its own buffers.
type worker struct {
	c     *compiler
	x     []float64   // the coordinates of the current row, for the outer variables
	r     int         // the current row
	c0, n int         // the current block of the last axis: [c0, c0+n)
	buf   [][]float64 // scratch blocks, by slot
}

func (c *compiler) newWorker() *worker {
	w := &worker{c: c, x: make([]float64, len(c.coords)), buf: make([][]float64, c.slots)}
	b := min(blockLen, len(c.coords[c.last]))
	for i := range w.buf {
		w.buf[i] = make([]float64, b)
	}
	return w
}

// rows evaluates rows [r0, r1) into dst.
func (w *worker) rows(root plan, dst []float64, r0, r1 int) {
	coords, last := w.c.coords, w.c.last
	L := len(coords[last])
	idx := make([]int, last) // the multi-index of row r0 over the outer axes
	for r, i := r0, last-1; i >= 0; i-- {
		idx[i] = r % len(coords[i])
		r /= len(coords[i])
	}
	for r := r0; r < r1; r++ {
		w.r = r
		for i, j := range idx {
			w.x[i] = coords[i][j]
		}
		for c0 := 0; c0 < L; c0 += blockLen {
			w.c0, w.n = c0, min(blockLen, L-c0)
			out := dst[r*L+c0 : r*L+c0+w.n]
			root.block(w, out)
		}
		for i := last - 1; i >= 0; i-- { // next row
			if idx[i]++; idx[i] < len(coords[i]) {
				break
			}
			idx[i] = 0
		}
	}
}
