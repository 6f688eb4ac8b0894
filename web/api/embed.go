package api

import (
	"math"
	"strconv"
	"sync"

	"rsc.io/qr"

	"github.com/gradplay/gradplay/web/state"
)

// The entries for a view embedded in a host page: its options, the
// postMessage protocol with the host, the snippets that embed it and the
// QR code of its link (web/README.md, "Embedding").

// Protocol is the version of the postMessage protocol: every message of
// it, either way, is a plain object with gradplay: Protocol and a type.
const Protocol = 1

// viewOptions is gradplay.viewOptions(query) -> {options, problems}: the
// view's options from its link's query string (state.ParseViewOptions).
func viewOptions(args []any) (any, error) {
	q, err := stringArg(args, 0, "viewOptions: the query string")
	if err != nil {
		return nil, err
	}
	o, ps := state.ParseViewOptions(q)
	return Value(struct {
		Options  state.ViewOptions `json:"options"`
		Problems []state.Problem   `json:"problems"`
	}{o, problems(ps)}), nil
}

// embedSnippets is gradplay.embedSnippets(state, baseURL, {image}) ->
// {links, snippets: [{host, label, code, note}]} (state.Snippets).
func embedSnippets(args []any) (any, error) {
	st, err := decodeStateArg(arg(args, 0), "embedSnippets: the state")
	if err != nil {
		return nil, err
	}
	base, err := stringArg(args, 1, "embedSnippets: the site's address")
	if err != nil {
		return nil, err
	}
	var image any
	options(arg(args, 2), map[string]*any{"image": &image})
	img, _ := image.(string)
	links, err := state.Links(st, base, img)
	if err != nil {
		return nil, err
	}
	sn, err := state.Snippets(st, base, img)
	if err != nil {
		return nil, err
	}
	return Value(struct {
		Links    state.EmbedLinks `json:"links"`
		Snippets []state.Snippet  `json:"snippets"`
	}{links, sn}), nil
}

// QR is the result of gradplay.qrCode: the code as a PNG (4 pixels per
// module and the 4-module quiet zone) and its number of modules per side.
type QR struct {
	PNG  []byte `json:"png"`
	Size int    `json:"size"`
}

// qrCode is gradplay.qrCode(text) -> {png, size}: a QR code of text (a
// link, for printed pages) at error correction level M (rsc.io/qr).
func qrCode(args []any) (any, error) {
	text, err := stringArg(args, 0, "qrCode: the text")
	if err != nil {
		return nil, err
	}
	if text == "" || len(text) > 2000 {
		return nil, argErr("qrCode: the text must have 1 to 2000 bytes, not %d", len(text))
	}
	c, err := qr.Encode(text, qr.M)
	if err != nil {
		return nil, argErr("qrCode: %v", err)
	}
	c.Scale = 4
	return Value(QR{PNG: c.PNG(), Size: c.Size}), nil
}

// HostStats counts the messages the view received from its host page.
type HostStats struct {
	Received  int    `json:"received"`  // every message
	Handled   int    `json:"handled"`   // setState, getState, H5P's answers
	Malformed int    `json:"malformed"` // gradplay messages of a wrong shape: ignored
	Foreign   int    `json:"foreign"`   // not gradplay's (other protocols, other scripts): ignored
	Last      string `json:"last"`      // why the last malformed one was ignored
}

// hostCounts holds each API's HostStats (the API struct is shared with
// the other entries; the adapter runs on one goroutine, tests on many).
var hostCounts sync.Map // *API -> *HostStats

func (a *API) stats() *HostStats {
	v, _ := hostCounts.LoadOrStore(a, new(HostStats))
	return v.(*HostStats)
}

var statsMu sync.Mutex

// hostStats is gradplay.hostStats() -> HostStats.
func (a *API) hostStats([]any) (any, error) {
	statsMu.Lock()
	defer statsMu.Unlock()
	return Value(*a.stats()), nil
}

// HostAction is what the view does with a message from its host: Action
// "reply" (post Reply back to the message's source, to any origin: it
// holds only the public state), "resize" (post the height messages, as
// H5P's resizer asked), or "ignore" (Reason says why).
type HostAction struct {
	Action string         `json:"action"`
	Reply  map[string]any `json:"reply,omitempty"`
	Reason string         `json:"reason,omitempty"`
}

// MaxIDLen is the longest string id a host may give a request.
const MaxIDLen = 200

// hostMessage is gradplay.hostMessage(data) -> HostAction: it checks the
// shape of a message the host page posted (event.data) and carries it out.
// Host to view:
//
//	{gradplay: 1, type: "setState", id, state}  -> {gradplay: 1, type: "state", id, state, problems}
//	{gradplay: 1, type: "getState", id}         -> {gradplay: 1, type: "state", id, state, problems: []}
//
// id is optional: a string of at most MaxIDLen bytes or a number, echoed.
// The state's missing keys take their defaults (as a link's do: without
// expr, the default function and grids). A state that cannot be used is
// answered {gradplay: 1, type: "error", id, code, message}; one that can
// be drawn later (a mistake in the function) is kept, as setState keeps
// it. H5P's resizer answers (context "h5p", action "hello" or "resize")
// ask for the height. The view's own messages (ready, frame, state, error,
// pin) and anything not of gradplay's shape are foreign; other messages of
// its shape are malformed: both are ignored and counted (hostStats).
func (a *API) hostMessage(args []any) (any, error) {
	act := a.hostAct(arg(args, 0))
	statsMu.Lock()
	defer statsMu.Unlock()
	s := a.stats()
	s.Received++
	switch act.Action {
	case "ignore":
		if act.Reason == "foreign" {
			s.Foreign++
		} else {
			s.Malformed++
			s.Last = act.Reason
		}
	default:
		s.Handled++
	}
	return Value(act), nil
}

func (a *API) hostAct(data any) HostAction {
	m, ok := data.(map[string]any)
	if !ok {
		return HostAction{Action: "ignore", Reason: "foreign"}
	}
	if m["context"] == "h5p" {
		switch m["action"] {
		case "hello", "resize", "resizePrepared":
			return HostAction{Action: "resize"}
		}
		return HostAction{Action: "ignore", Reason: "foreign"}
	}
	version, ours := m["gradplay"]
	if !ours {
		return HostAction{Action: "ignore", Reason: "foreign"}
	}
	bad := func(why string) HostAction { return HostAction{Action: "ignore", Reason: why} }
	if version != float64(Protocol) {
		return bad("gradplay must be 1")
	}
	id, ok := hostID(m["id"])
	if !ok {
		return bad("id must be a string of at most 200 bytes or a number")
	}
	reply := func(typ string, fields map[string]any) HostAction {
		r := map[string]any{"gradplay": float64(Protocol), "type": typ, "id": id}
		for k, v := range fields {
			r[k] = v
		}
		return HostAction{Action: "reply", Reply: r}
	}
	stateReply := func(ps []state.Problem) HostAction {
		return reply("state", map[string]any{"state": Value(a.s.State()), "problems": Value(problems(ps))})
	}
	switch m["type"] {
	case "getState":
		return stateReply(nil)
	case "setState":
		raw, ok := m["state"].(map[string]any)
		if !ok {
			return reply("error", map[string]any{"code": state.CodeInvalidArgument, "message": "setState: the state must be an object, not " + state.Describe(m["state"])})
		}
		st := state.State{EdgeOrder: 1}
		if err := Decode(raw, &st, "setState: the state"); err != nil {
			return reply("error", errorFields(err))
		}
		if _, ok := raw["expr"]; !ok {
			d := state.Default()
			st.Expr = d.Expr
			if st.Grid == nil {
				st.Grid, st.At = d.Grid, d.At
			}
		}
		ps := a.s.SetState(st)
		if err := state.Usable(st); err != nil {
			return reply("error", errorFields(err))
		}
		return stateReply(ps)
	case "ready", "frame", "state", "error", "pin":
		// A view's own kind of message (another view's, or an echo): not a
		// request.
		return HostAction{Action: "ignore", Reason: "foreign"}
	case nil:
		return bad("a message needs a type")
	}
	return bad("unknown type (setState or getState)")
}

// hostID returns a request's id as it is echoed: null, a string or a
// finite number.
func hostID(v any) (any, bool) {
	switch v := v.(type) {
	case nil:
		return nil, true
	case string:
		return v, len(v) <= MaxIDLen
	case float64:
		return v, !math.IsNaN(v) && !math.IsInf(v, 0)
	}
	return nil, false
}

// errorFields are the code, message and position fields of err (Failure).
func errorFields(err error) map[string]any {
	msg, f := Failure(err)
	f["message"] = msg
	return f
}

// hostEvent is gradplay.hostEvent(kind, payload) -> the message the view
// posts to its host for one of its events, or null for an event that is
// not the host's business:
//
//	"ready"                -> {gradplay: 1, type: "ready", state}
//	"frame", n             -> {gradplay: 1, type: "frame", frame: n}
//	"pin", {hover, pin}    -> {gradplay: 1, type: "pin", readout: pin (or null)}
//	"state"                -> {gradplay: 1, type: "state", id: null, state, problems: []} (the reader moved a control)
//	"hello"                -> {context: "h5p", action: "hello"} (H5P's resizer handshake)
func (a *API) hostEvent(args []any) (any, error) {
	kind, err := stringArg(args, 0, "hostEvent: the event")
	if err != nil {
		return nil, err
	}
	msg := func(typ string, kv ...any) map[string]any {
		m := map[string]any{"gradplay": float64(Protocol), "type": typ}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i].(string)] = kv[i+1]
		}
		return m
	}
	switch kind {
	case "ready":
		return msg("ready", "state", Value(a.s.State())), nil
	case "frame":
		n, _ := arg(args, 1).(float64)
		return msg("frame", "frame", n), nil
	case "pin":
		var pin any
		if r, ok := arg(args, 1).(map[string]any); ok {
			pin = r["pin"]
		}
		return msg("pin", "readout", pin), nil
	case "state":
		return msg("state", "id", nil, "state", Value(a.s.State()), "problems", []any{}), nil
	case "hello":
		return map[string]any{"context": "h5p", "action": "hello"}, nil
	}
	return nil, nil
}

// Resize is the height the view asks of its frame and the messages that
// ask it, one per protocol, each to be posted to the parent as it is.
type Resize struct {
	Height   int   `json:"height"`
	Messages []any `json:"messages"`
}

// Plot aspect and limits of the height the view asks for.
const (
	PlotAspect = 0.75 // height / width of the plot
	MinHeight  = 240
	MaxHeight  = 4000
)

// hostResize is gradplay.hostResize(width, chromeHeight, src) -> Resize:
// the height the view wants at a width of width CSS pixels (a 4:3 plot,
// plus chromeHeight for the read-out strip and the controls, within
// MinHeight..MaxHeight), and its messages: Embedly's (a JSON string
// {context: "iframe.resize", src, height}), Canvas LMS's {subject:
// "lti.frameResize", height} and H5P's {context: "h5p", action: "resize",
// scrollHeight}.
func hostResize(args []any) (any, error) {
	w, ok1 := arg(args, 0).(float64)
	chrome, ok2 := arg(args, 1).(float64)
	src, ok3 := arg(args, 2).(string)
	if !ok1 || !ok2 || !ok3 || !(w >= 0 && w <= 1e5 && chrome >= 0 && chrome <= 1e5) {
		return nil, argErr("hostResize: width and chromeHeight are numbers of CSS pixels, src the view's address")
	}
	h := int(math.Round(w*PlotAspect + chrome))
	h = max(MinHeight, min(MaxHeight, h))
	// As json.Marshal writes the map (its keys sorted), without linking
	// encoding/json into the .wasm for one message (-27 kB brotli).
	embedly := `{"context":"iframe.resize","height":` + strconv.Itoa(h) + `,"src":` + jsonString(src) + `}`
	return Value(Resize{Height: h, Messages: []any{
		embedly,
		map[string]any{"subject": "lti.frameResize", "height": float64(h)},
		map[string]any{"context": "h5p", "action": "resize", "scrollHeight": float64(h)},
	}}), nil
}

// readoutHint is gradplay.readoutHint(fallback) -> string: the read-out
// strip's text while no node is read (state.StripHint), or, for a truthy
// fallback (the 2-D fallback's reason), state.StripStatic.
func readoutHint(args []any) (any, error) {
	switch v := arg(args, 0).(type) {
	case bool:
		if v {
			return state.StripStatic, nil
		}
	case string:
		if v != "" {
			return state.StripStatic, nil
		}
	}
	return state.StripHint, nil
}

// readoutStrip is gradplay.readoutStrip() -> [[{class, text, full}]]: the
// view's read-out strip for the hovered (else pinned) node, [] for none
// (state.StripLines).
func (a *API) readoutStrip([]any) (any, error) {
	lines := state.StripLines(a.s.Readout())
	if lines == nil {
		lines = [][]state.StripPart{}
	}
	return Value(lines), nil
}
