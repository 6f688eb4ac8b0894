package api

import "strings"

// NoticeParts are what the view's notice reports, as the page received
// them from Go: the problems of the view's options (viewOptions) and of
// the link's state (decodeState), why the page draws a static rendering
// (the "fallback" event), why the state is not drawn (the "status"
// event's message) and where f or ∇f is not finite (the "notes" event).
type NoticeParts struct {
	Options  []Problem `json:"options"`
	Link     []Problem `json:"link"`
	Fallback string    `json:"fallback"`
	Stale    string    `json:"stale"`
	Notes    []string  `json:"notes"`
}

// Problem is one problem of a link or an option; only its message is
// shown.
type Problem struct {
	Message string `json:"message"`
}

// Notice writes the view's notice: one paragraph per part, in the order of
// NoticeParts, "" when there is nothing to say. drawn says whether the
// page shows the figure of an earlier state: a state that cannot be drawn
// leaves it, dimmed, and the notice says so (a link that opens on a
// mistake has no figure to leave).
func Notice(p NoticeParts, drawn bool) string {
	var out []string
	list := func(head string, ps []Problem) {
		if len(ps) == 0 {
			return
		}
		lines := []string{head}
		for _, q := range ps {
			lines = append(lines, "• "+q.Message)
		}
		out = append(out, strings.Join(lines, "\n"))
	}
	list("Some options in the link could not be used:", p.Options)
	list("Some settings in the link could not be used:", p.Link)
	if p.Fallback != "" {
		out = append(out, p.Fallback+": showing a static rendering (no hover read-out).")
	}
	if p.Stale != "" {
		s := "Not drawn: " + p.Stale + "."
		if drawn {
			s += " The figure shows the last state that could be drawn."
		}
		out = append(out, s)
	}
	for _, n := range p.Notes {
		if n != "" {
			out = append(out, n)
		}
	}
	return strings.Join(out, "\n")
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
