package state

import (
	"fmt"
	"html"
	"net/url"
	"strings"
)

// Snippet is one way to put the view of a state into a page: the text to
// paste for one kind of host, with a note on what it relies on.
type Snippet struct {
	Host  string `json:"host"`  // "html", "myst", "quarto", "sphinx" or "markdown"
	Label string `json:"label"` // what the page calls it: "HTML", "MyST (Jupyter Book)", …
	Code  string `json:"code"`
	Note  string `json:"note"`
}

// EmbedLinks are the links a set of snippets points at.
type EmbedLinks struct {
	View  string `json:"view"`  // the plot view with the state: BASE/view.html#…
	Live  string `json:"live"`  // the playground with the state: BASE/#…
	Image string `json:"image"` // the static figure (EmbedImage unless given)
	Title string `json:"title"` // the frames' title, and the image's alt text
}

// EmbedImage is the static figure the snippets name when none is given:
// the file the playground's "Save PNG" writes, to be put beside the page.
const EmbedImage = "gradplay.png"

// EmbedHeight is the height in CSS pixels of the frames the snippets
// write (100% wide): a 4:3 plot at about 560 pixels with its read-out.
const EmbedHeight = 480

// Links returns the links of st's snippets. base is the URL of the folder
// holding the site (index.html and view.html); its query and fragment are
// dropped. image is the static figure's link ("" for EmbedImage). Only
// http and https bases are accepted: a snippet must open anywhere.
func Links(st State, base, image string) (EmbedLinks, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return EmbedLinks{}, &ArgError{Code: CodeInvalidArgument, Msg: fmt.Sprintf("the site's address must be an http or https URL, not %.80q", base)}
	}
	u.RawQuery, u.Fragment, u.RawFragment = "", "", ""
	if i := strings.LastIndexByte(u.Path, '/'); i >= 0 {
		u.Path = u.Path[:i+1] // the folder of index.html or view.html
	} else {
		u.Path = "/"
	}
	u.RawPath = ""
	st = st.Clone()
	st.Check()
	frag := st.Encode()
	if frag != "" {
		frag = "#" + frag
	}
	if image == "" {
		image = EmbedImage
	}
	dir := u.String()
	return EmbedLinks{
		View:  dir + "view.html" + frag,
		Live:  dir + frag,
		Image: image,
		Title: "gradplay: the gradient of f = " + oneLine(st.Expr) + ", as numpy.gradient computes it",
	}, nil
}

// Snippets returns the snippets for st, one per host, in the order the
// playground lists them (see Links for base and image).
func Snippets(st State, base, image string) ([]Snippet, error) {
	l, err := Links(st, base, image)
	if err != nil {
		return nil, err
	}
	att := html.EscapeString
	frame := func(extra string) string {
		return fmt.Sprintf(`<iframe src="%s" title="%s"%s loading="lazy" width="100%%" height="%d" allow="fullscreen; clipboard-write" style="border: 0"></iframe>`,
			att(l.View), att(l.Title), extra, EmbedHeight)
	}
	return []Snippet{
		{Host: "html", Label: "HTML", Code: frame(""),
			Note: "Any page that allows iframes (Canvas, Moodle, WordPress with an allow-list). The view resizes itself where the host listens (Canvas, Moodle's H5P resizer, Embedly)."},
		{Host: "myst", Label: "MyST (Jupyter Book 2)",
			Code: ":::{iframe} " + l.View + "\n:width: 100%\n:placeholder: " + l.Image + "\n" + l.Title + "\n:::",
			Note: "Save the PNG as " + l.Image + " next to the page: PDF and Typst exports show it instead of the frame."},
		{Host: "quarto", Label: "Quarto",
			Code: "::: {.content-visible when-format=\"html\"}\n" + frame(` data-external="1"`) + "\n:::\n\n" +
				"::: {.content-visible unless-format=\"html\"}\n" + markdownImage(l) + "\n:::",
			Note: "data-external=\"1\" keeps the frame when embed-resources is on; PDF (and reveal.js print) show the image " + l.Image + "."},
		{Host: "sphinx", Label: "Sphinx (Jupyter Book 1)",
			Code: ".. raw:: html\n\n   " + frame(` class="no-blend"`),
			Note: "The no-blend class stops sphinx-iframes from inverting the colours in dark mode (an inverted colour map lies)."},
		{Host: "markdown", Label: "Markdown (image and link)", Code: markdownImage(l),
			Note: "For hosts without iframes: the PNG " + l.Image + ", linking to the live playground."},
	}, nil
}

// markdownImage is the static figure linking to the live playground.
func markdownImage(l EmbedLinks) string {
	return "[![" + markdownEscape(l.Title) + "](" + markdownLink(l.Image) + ")](" + markdownLink(l.Live) + ")"
}

// markdownEscape escapes what Markdown would read as markup in link text.
func markdownEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\[]*_`+"`<>", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// markdownLink percent-encodes what would end a Markdown link destination
// (spaces, parentheses, angle brackets).
func markdownLink(s string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(s)
}

// oneLine replaces control characters (a newline would end a MyST option
// or a Markdown line) by spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
}
