package api

import (
	"fmt"
	"runtime/debug"
	"slices"
	"sort"

	"github.com/gradplay/gradplay/web/session"
	"github.com/gradplay/gradplay/web/state"
)

// Func is one entry of the JS API: its arguments and its result are plain
// values (see Value).
type Func func(args []any) (any, error)

// API is the JS API of one page, serving one session.
type API struct {
	s     *session.Session
	now   func() float64 // milliseconds, for bench
	funcs map[string]Func
	host  func() (wasmBytes, jsFuncs int) // for memory (SetHost)
	uses  usesCache                       // the pinned node's field (usespage.go)
	study studyCache                      // the last convergence study (convergence.go)
	pits  pitfallCache                    // the last state's pitfalls (view.go)
}

// New returns the API of session s; now is a clock in milliseconds
// (performance.now in the browser), used by bench.
func New(s *session.Session, now func() float64) *API {
	if now == nil {
		now = func() float64 { return 0 }
	}
	a := &API{s: s, now: now}
	a.funcs = map[string]Func{
		// numpy.gradient and the expression engine: pure functions.
		"gradient":    gradient,
		"evaluate":    evaluate,
		"atPoint":     atPoint,
		"stepSweep":   stepSweep,
		"convergence": a.convergence,
		// What the gradient is for (uses.go).
		"directional": directional,
		"path":        path,
		"laplacian":   laplacian,
		"hessian":     hessian,
		"drawPath":    a.drawPath,
		"usesAtPin":   a.usesAtPin,
		"stencil":     stencil,
		"parse":       parse,
		"parseGrid":   parseGrid,
		"builtins":    builtins,
		// The accuracy plots, as PNG bytes.
		"stepPlot":        stepPlot,
		"convergencePlot": a.convergencePlot,
		// The state and its link form.
		"setState":    a.setState,
		"getState":    a.getState,
		"decodeState": decodeState,
		"encodeState": encodeState,
		// The playground's rules: what it shows of a state, grid notation.
		"resolve":       resolve,
		"gridFromParts": gridFromParts,
		"convertGrid":   convertGrid,
		"examples":      examples,
		"numpyCode":     a.numpyCode,
		"pitfalls":      a.pitfalls,
		"inputNotes":    inputNotes,
		// What the page shows.
		"readout":       a.readout,
		"plotArea":      a.plotArea,
		"marks":         a.marks,
		"notice":        a.notice, // the view's notice (notice.go)
		"linkNote":      linkNote,
		"altText":       a.altText,
		"plotLabel":     a.plotLabel,
		"figureVersion": a.figureVersion,
		"exportImage":   a.exportImage,
		"printImage":    a.printImage,
		"setTheme":      a.setTheme,
		"layout":        a.layout,
		"timings":       a.timings,
		"bench":         a.bench,
		"memory":        a.memory,
		// In a host page (embed.go).
		"viewOptions":   viewOptions,
		"embedSnippets": embedSnippets,
		"qrCode":        qrCode,
		"hostMessage":   a.hostMessage,
		"hostStats":     a.hostStats,
		"hostEvent":     a.hostEvent,
		"hostResize":    hostResize,
		"readoutStrip":  a.readoutStrip,
		"readoutHint":   readoutHint,
	}
	return a
}

// Names returns the entries' names, sorted.
func (a *API) Names() []string {
	names := make([]string, 0, len(a.funcs))
	for n := range a.funcs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Call runs the entry name with args. A panic inside is recovered and
// returned as a CodeInternal error (logged with its stack by log, when it
// is not nil): it must never reach JavaScript, where it would end the Go
// program and the whole API with it.
func (a *API) Call(name string, args []any, log func(string)) (v any, err error) {
	fn, ok := a.funcs[name]
	if !ok {
		return nil, argErr("gradplay has no function %q", name)
	}
	defer func() {
		if r := recover(); r != nil {
			if log != nil {
				log(fmt.Sprintf("gradplay: %s panicked: %v\n%s", name, r, debug.Stack()))
			}
			v, err = nil, &state.ArgError{Code: state.CodeInternal, Msg: fmt.Sprintf("internal error in %s: %v", name, r)}
		}
	}()
	return fn(args)
}

// Failure returns the message and the properties (code, offset, end, line,
// column, snippet, axis, name, field, as they apply) of the JavaScript
// Error for err.
func Failure(err error) (message string, fields map[string]any) {
	in := state.ErrorInfo(err, "")
	f := in.Fields()
	for k, v := range f {
		f[k] = Value(v)
	}
	return in.Message, f
}

// EventValue returns the payload of a session event as a plain value: for
// "status" an object with message and the properties of Failure (or null
// when all is well), for "readout" {hover, pin}.
func EventValue(ev session.Event) any {
	if in, ok := ev.Data.(*state.Info); ok {
		if in == nil {
			return nil
		}
		f := in.Fields()
		for k, v := range f {
			f[k] = Value(v)
		}
		f["message"] = in.Message
		return f
	}
	return Value(ev.Data)
}

// arg returns args[i], or nil.
func arg(args []any, i int) any {
	if i < len(args) {
		return args[i]
	}
	return nil
}

// stringArg returns args[i] if it is a string; what names it in the error.
func stringArg(args []any, i int, what string) (string, error) {
	s, ok := arg(args, i).(string)
	if !ok {
		return "", argErr("%s must be a string", what)
	}
	return s, nil
}

// exprArg returns the function args[i] of the entry if it is a string
// within the page's limit (state.CheckExpr: the field, the link, the view
// and every entry refuse the same functions, with code too_long).
func exprArg(args []any, i int, entry string) (string, error) {
	src, err := stringArg(args, i, entry+": the function")
	if err != nil {
		return "", err
	}
	return src, state.CheckExpr(src)
}

// options reads the properties of an options argument (an object, or
// nothing) into the named variables.
func options(o any, dst map[string]*any) {
	m, ok := o.(map[string]any)
	if !ok {
		return
	}
	for key, p := range dst {
		*p = m[key]
	}
}

func argErr(format string, args ...any) error {
	return &state.ArgError{Code: state.CodeInvalidArgument, Msg: fmt.Sprintf(format, args...)}
}

// problems returns ps as a list that is never null.
func problems(ps []state.Problem) []state.Problem {
	return append([]state.Problem{}, slices.Clip(ps)...)
}
