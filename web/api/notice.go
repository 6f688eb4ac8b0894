package api

import (
	"strings"

	"github.com/gradplay/gradplay/web/state"
)

// NoticeParts are what the view's notice reports, as the page received
// them from Go: the problems of the view's options (viewOptions) and of
// the link's state (decodeState), why the page draws a static rendering
// (the "fallback" event), why the state is not drawn (the "status"
// event's message) and where f or ∇f is not finite (the "notes" event).
type NoticeParts struct {
	Options  []state.Problem `json:"options"`
	Link     []state.Problem `json:"link"`
	Fallback string          `json:"fallback"`
	Stale    string          `json:"stale"`
	Notes    []string        `json:"notes"`
}

// Notice writes the view's notice: one paragraph per part, in the order of
// NoticeParts, "" when there is nothing to say. drawn says whether the
// page shows the figure of an earlier state: a state that cannot be drawn
// leaves it, dimmed, and the notice says so (a link that opens on a
// mistake has no figure to leave).
func Notice(p NoticeParts, drawn bool) string {
	var out []string
	add := func(s string) {
		if s != "" {
			out = append(out, s)
		}
	}
	add(problemList("Some options in the link could not be used:", p.Options))
	add(LinkNote(p.Link))
	if p.Fallback != "" {
		add(p.Fallback + ": showing a static rendering (no hover read-out).")
	}
	if p.Stale != "" {
		s := "Not drawn: " + p.Stale + "."
		if drawn {
			s += " The figure shows the last state that could be drawn."
		}
		add(s)
	}
	for _, n := range p.Notes {
		add(n)
	}
	return strings.Join(out, "\n")
}

// LinkNote says which settings of a link could not be used (the problems
// decodeState reports), for the view's notice and the playground's; ""
// for none.
func LinkNote(ps []state.Problem) string {
	return problemList("Some settings in the link could not be used:", ps)
}

// problemList is head and a bullet per problem, or "" for none.
func problemList(head string, ps []state.Problem) string {
	if len(ps) == 0 {
		return ""
	}
	lines := []string{head}
	for _, q := range ps {
		lines = append(lines, "• "+q.Msg)
	}
	return strings.Join(lines, "\n")
}

// notice is gradplay.notice({options, link, fallback, stale, notes}) ->
// the view's notice (Notice), for the figure the page shows now.
func (a *API) notice(args []any) (any, error) {
	var p NoticeParts
	if v := arg(args, 0); v != nil {
		if err := Decode(v, &p, "notice"); err != nil {
			return nil, err
		}
	}
	return Notice(p, a.s.Scene() != nil), nil
}

// linkNote is gradplay.linkNote(problems) -> LinkNote: the playground's
// note on a link's problems.
func linkNote(args []any) (any, error) {
	var ps []state.Problem
	if v := arg(args, 0); v != nil {
		if err := Decode(v, &ps, "linkNote"); err != nil {
			return nil, err
		}
	}
	return LinkNote(ps), nil
}
