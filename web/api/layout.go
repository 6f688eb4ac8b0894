package api

// layout is gradplay.layout(width, height, scale) -> plots.LayoutBoxes:
// where the figure's parts go (canvas, title, subtitle, key, colour bars
// with their labels, plot area) in CSS pixels when it is rendered at
// width×height CSS pixels and device pixel ratio scale, as exportImage
// and the view render it. Without arguments, for the frame last shown;
// scale defaults to 1.
func (a *API) layout(args []any) (any, error) {
	sc := a.s.Scene()
	if sc == nil {
		return nil, errNoFigure
	}
	w, h, scale, ok := a.s.FrameSize()
	if arg(args, 0) != nil || arg(args, 1) != nil {
		x, okw := arg(args, 0).(float64)
		y, okh := arg(args, 1).(float64)
		if !okw || !okh || !(x >= 64 && y >= 64 && x <= 8192 && y <= 8192) {
			return nil, argErr("layout: width and height must be 64..8192 pixels")
		}
		w, h, scale, ok = int(x), int(y), 1, true
		if s := arg(args, 2); s != nil {
			if scale, _ = s.(float64); !(scale >= 1 && scale <= 4) {
				return nil, argErr("layout: the scale must be 1..4")
			}
		}
	}
	if !ok {
		return nil, errNoFigure
	}
	return Value(sc.Figure.Layout(w, h, scale)), nil
}
