//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"syscall/js"

	"github.com/gradplay/gradplay/core/field"
	"github.com/gradplay/gradplay/web/state"
)

// registerField registers the entries that use the expression engine and
// the figure.
func registerField(goAPI js.Value, a *app) {
	register(goAPI, "evaluate", evaluate)
	register(goAPI, "atPoint", atPoint)
	register(goAPI, "parse", func(args []js.Value) (any, error) {
		src, err := stringArg(args, 0, "parse: the function")
		if err != nil {
			return nil, err
		}
		in, err := state.ParseExpr(src)
		if err != nil {
			return nil, err
		}
		return jsonJS(in)
	})
	register(goAPI, "builtins", func([]js.Value) (any, error) {
		return jsonJS(state.Builtins())
	})
	register(goAPI, "altText", func([]js.Value) (any, error) {
		sc := a.getScene()
		if sc == nil {
			return nil, &state.ArgError{Code: "no_figure", Msg: "no figure yet"}
		}
		return sc.Figure.AltText(), nil
	})
	register(goAPI, "exportImage", func(args []js.Value) (any, error) {
		sc := a.getScene()
		if sc == nil {
			return nil, &state.ArgError{Code: "no_figure", Msg: "no figure yet"}
		}
		kind, _ := stringArg(args, 0, "")
		w, h := arg(args, 1), arg(args, 2)
		if w.Type() != js.TypeNumber || h.Type() != js.TypeNumber || w.Int() < 64 || h.Int() < 64 || w.Int() > 8192 || h.Int() > 8192 {
			return nil, &state.ArgError{Code: "invalid_argument", Msg: "exportImage: width and height must be 64..8192 pixels"}
		}
		var b []byte
		var err error
		switch kind {
		case "png":
			b, err = sc.Figure.PNG(w.Int(), h.Int(), 2)
		case "svg":
			b, err = sc.Figure.SVG(w.Int(), h.Int())
		default:
			return nil, &state.ArgError{Code: "invalid_argument", Msg: `exportImage: the kind is "png" or "svg"`}
		}
		if err != nil {
			return nil, err
		}
		return bytesJS(b), nil
	})
	register(goAPI, "bench", func(args []js.Value) (any, error) { return bench(a, args) })
	registerView(goAPI)
}

// registerView registers the entries of the playground's view (state.Resolve
// and the grid notation). Temporary: the wasm/ rewrite registers them in
// its table of entries.
func registerView(goAPI js.Value) {
	register(goAPI, "resolve", func(args []js.Value) (any, error) {
		var st state.State
		if err := json.Unmarshal([]byte(toJSON(arg(args, 0))), &st); err != nil {
			return nil, &state.ArgError{Code: state.CodeInvalidArgument, Msg: "resolve: " + err.Error()}
		}
		return jsonJS(state.Resolve(st))
	})
	parts := func(v js.Value, what string) (state.GridParts, error) {
		var p state.GridParts
		if v.Type() != js.TypeObject || json.Unmarshal([]byte(toJSON(v)), &p) != nil {
			return p, &state.ArgError{Code: state.CodeInvalidArgument, Msg: what + ": the row is {kind, start, stop, count, spec}, all strings"}
		}
		return p, nil
	}
	register(goAPI, "gridFromParts", func(args []js.Value) (any, error) {
		p, err := parts(arg(args, 0), "gridFromParts")
		if err != nil {
			return nil, err
		}
		return state.GridFromParts(p)
	})
	register(goAPI, "convertGrid", func(args []js.Value) (any, error) {
		p, err := parts(arg(args, 0), "convertGrid")
		if err != nil {
			return nil, err
		}
		kind, err := stringArg(args, 1, "convertGrid: the notation")
		if err != nil {
			return nil, err
		}
		q, err := state.ConvertGrid(p, kind)
		if err != nil {
			return nil, err
		}
		return jsonJS(q)
	})
}

// stringArg returns args[i] if it is a string.
func stringArg(args []js.Value, i int, what string) (string, error) {
	v := arg(args, i)
	if v.Type() != js.TypeString {
		return "", &state.ArgError{Code: "invalid_argument", Msg: what + " must be a string"}
	}
	return v.String(), nil
}

// evaluate is gradplay.evaluate(expr, grid, {edgeOrder}).
func evaluate(args []js.Value) (any, error) {
	src, err := stringArg(args, 0, "evaluate: the function")
	if err != nil {
		return nil, err
	}
	g, err := toGo(arg(args, 1), 0)
	if err != nil {
		return nil, err
	}
	gm, ok := g.(map[string]any)
	if !ok && g != nil {
		return nil, &state.ArgError{Code: "invalid_argument", Msg: "evaluate: grid maps each variable to a spec string"}
	}
	specs := make(map[string]string, len(gm))
	for k, v := range gm {
		s, ok := v.(string)
		if !ok {
			return nil, &state.ArgError{Code: "invalid_argument", Msg: fmt.Sprintf("evaluate: the grid of %s must be a string such as \"-2:2:21j\"", k)}
		}
		specs[k] = s
	}
	opts := &field.Options{}
	if o := arg(args, 2); o.Type() == js.TypeObject {
		if e := o.Get("edgeOrder"); !e.IsUndefined() && !e.IsNull() {
			v, err := toGo(e, 1)
			if err != nil {
				return nil, err
			}
			if opts.EdgeOrder, err = state.EdgeOrder(v); err != nil {
				return nil, err
			}
		}
	}
	f, err := field.Compute(src, specs, opts)
	if err != nil {
		return nil, err
	}
	perVar := func(arrs [][]float64) map[string]any {
		m := make(map[string]any, len(f.Vars))
		for i, v := range f.Vars {
			if i < len(arrs) && arrs[i] != nil {
				m[v] = float64Array(arrs[i])
			}
		}
		return m
	}
	return map[string]any{"vars": listJS(f.Vars), "shape": listJS(f.Shape), "coords": perVar(f.Coords), "f": float64Array(f.F),
		"grad": perVar(f.Grad), "exact": perVar(f.Exact)}, nil
}

// atPoint is gradplay.atPoint(expr, point, {methods, epsilon, step}): f and
// its partial derivatives at one point by the point methods.
func atPoint(args []js.Value) (any, error) {
	req := state.PointRequest{}
	var err error
	if req.Expr, err = stringArg(args, 0, "atPoint: the function"); err != nil {
		return nil, err
	}
	if req.Point, err = toGo(arg(args, 1), 0); err != nil {
		return nil, err
	}
	if err = options(arg(args, 2), map[string]*any{"methods": &req.Methods, "epsilon": &req.Epsilon, "step": &req.Step}); err != nil {
		return nil, err
	}
	a, err := req.Compute()
	if err != nil {
		return nil, err
	}
	return map[string]any{"vars": listJS(a.Vars), "point": objectJS(a.Point), "value": a.Value,
		"derivatives": objectJS(a.Derivatives), "partials": pointResultsJS(a.Methods)}, nil
}

// bench is gradplay.bench(kind, n, state, width, height): the mean time in
// milliseconds of n runs of one step of the page's work, measured in the
// page with performance.now(). kind is "render_full" (the whole figure at
// width×height, default 640×480, as an image), "split" (static layer and fast layers), "fast" (only the
// fast layers: heatmap cells and arrow geometry) or "scene" (field and
// figure from the state).
func bench(a *app, args []js.Value) (any, error) {
	kind, err := stringArg(args, 0, "bench: the kind")
	if err != nil {
		return nil, err
	}
	n := max(1, arg(args, 1).Int())
	st := a.get()
	if s := arg(args, 2); s.Type() == js.TypeObject {
		st = state.State{}
		if err := json.Unmarshal([]byte(toJSON(s)), &st); err != nil {
			return nil, err
		}
	}
	w, h := 640, 480
	if a, b := arg(args, 3), arg(args, 4); a.Type() == js.TypeNumber && b.Type() == js.TypeNumber {
		w, h = max(64, min(4096, a.Int())), max(64, min(4096, b.Int()))
	}
	sc, err := state.Build(st)
	if err != nil {
		return nil, err
	}
	var step func()
	switch kind {
	case "render_full":
		step = func() { sc.Figure.RGBA(w, h, 1) }
	case "split":
		step = func() { sc.Figure.Split(w, h, 1) }
	case "fast":
		step = func() { sc.Figure.Fast(w, h, 1) }
	case "scene":
		step = func() { _, _ = state.Build(st) }
	default:
		return nil, errors.New("bench: unknown kind " + kind)
	}
	perf := js.Global().Get("performance")
	t0 := perf.Call("now").Float()
	for range n {
		step()
	}
	return (perf.Call("now").Float() - t0) / float64(n), nil
}
