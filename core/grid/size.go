package grid

import (
	"fmt"
	"strconv"
	"strings"
)

// DefaultMaxPoints is the default budget of grid points, 2^24 (16,777,216):
// a field and its gradient then take about 0.5 GB for three variables.
const DefaultMaxPoints = 1 << 24

// SizeError is a grid larger than the point budget.
type SizeError struct {
	Lens   []int    // the points per variable
	Names  []string // the variables, when known
	Points float64  // the total asked for (may exceed any int)
	Limit  int      // the budget
}

func (e *SizeError) Error() string {
	parts := make([]string, len(e.Lens))
	for i, n := range e.Lens {
		parts[i] = strconv.Itoa(n)
		if i < len(e.Names) && e.Names[i] != "" {
			parts[i] += " (" + e.Names[i] + ")"
		}
	}
	return fmt.Sprintf("the grid has %s = %s points, more than the limit of %s: use fewer points per variable",
		strings.Join(parts, " × "), groupDigits(e.Points), groupDigits(float64(e.Limit)))
}

// CheckSize returns a *SizeError when the grid with lens points per variable
// has more than limit points in all (limit <= 0 means DefaultMaxPoints). It
// allocates nothing on success and cannot overflow.
func CheckSize(lens []int, names []string, limit int) error {
	if limit <= 0 {
		limit = DefaultMaxPoints
	}
	total := 1.0
	for _, n := range lens {
		total *= float64(n)
	}
	if total > float64(limit) {
		return &SizeError{Lens: append([]int(nil), lens...), Names: names, Points: total, Limit: limit}
	}
	return nil
}

// groupDigits writes a count with thousands separators: 16,777,216.
func groupDigits(x float64) string {
	if x >= 1e15 {
		return strconv.FormatFloat(x, 'g', 4, 64)
	}
	s := strconv.FormatFloat(x, 'f', 0, 64)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
