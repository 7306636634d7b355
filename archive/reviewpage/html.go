package reviewpage

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/testimony-archive/testimony/redact"
)

// palette gives each category a light background, in the order of redact.Categories(); a
// category the engine adds later gets the grey of "other".
var palette = []string{
	"#ffc9c9", "#ffd8a8", "#ffec99", "#d8f5a2", "#b2f2bb", "#96f2d7", "#99e9f2", "#a5d8ff",
	"#f783ac", "#bac8ff", "#d0bfff", "#eebefa", "#fcc2d7", "#e9ecef", "#c3fae8", "#ffe066",
	"#ffa8a8", "#c0eb75", "#74c0fc", "#e599f7", "#ffc078",
}

const otherColour = "#dee2e6"

// css is the page's whole style sheet. It is fixed, so the Content-Security-Policy allows it
// by its hash, and no inline style attribute is ever needed.
var css = buildCSS()

// CSP is the Content-Security-Policy of the page: nothing may be loaded, no script may run,
// only the page's own style sheet (by hash) applies.
var CSP = "default-src 'none'; style-src '" + styleHash() + "'; img-src 'none'; base-uri 'none'; form-action 'none'"

func buildCSS() string {
	var b strings.Builder
	b.WriteString(`
body{font:15px/1.5 system-ui,sans-serif;margin:1.5em;color:#111;background:#fff}
h1{font-size:1.3em;margin:0 0 .3em}h2{font-size:1.1em;margin:1.4em 0 .4em}
.warn{border:2px solid #c92a2a;background:#fff5f5;padding:.5em .8em;font-weight:600}
.meta{color:#333}.meta code{font-size:.9em}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccc;padding:.25em .45em;vertical-align:top;text-align:left}
th{background:#f1f3f5}
table.side td{width:50%;white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.92em}
table.side tr.same td{color:#555}
mark{padding:0 .15em;border-radius:3px;border:1px solid #666;color:#000}
mark.keep{border-style:dotted;background:#fff !important}
mark sup{font-size:.7em;font-weight:700;margin-left:.15em;color:#333}
.legend{display:flex;flex-wrap:wrap;gap:.4em;padding:0;list-style:none}
.legend li{padding:.1em .5em;border:1px solid #666;border-radius:3px}
table.spans td{font-size:.9em}
mark,.inv{unicode-bidi:isolate}
.inv{background:#212529;color:#ffd43b;font:700 .8em ui-monospace,monospace;padding:0 .15em;border-radius:2px}
`)
	for i, c := range redact.Categories() {
		col := otherColour
		if i < len(palette) {
			col = palette[i]
		}
		fmt.Fprintf(&b, ".c-%s{background:%s}\n", c, col)
	}
	fmt.Fprintf(&b, ".c-other{background:%s}\n", otherColour)
	return b.String()
}

func styleHash() string {
	sum := sha256.Sum256([]byte(css))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// categoryClass is the CSS class of a category; categories are fixed identifiers, anything
// else is "c-other".
func categoryClass(c redact.Category) string {
	for _, k := range redact.Categories() {
		if k == c {
			return "c-" + string(c)
		}
	}
	return "c-other"
}

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"class": categoryClass,
	"num":   func(i int) int { return i + 1 },
	"where": where,
	"span":  func(p *Page, i int) redact.Span { return p.Spans[i] },
	"short": shortHash,
	"pair":  func(p *Page, s []Segment) segsView { return segsView{p, s} },
	"vis":   visibleHTML,
	"plain": visibleText,
}).Parse(`<!DOCTYPE html>
<html lang="und">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="` + CSP + `">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>Review {{.P.ID}}</title>
<style>` + css + `</style>
</head>
<body>
<p class="warn">This file contains original testimony text. Keep it on this machine, do not send or upload it, and delete it when the review is done.</p>
<h1>Review of testimony <code>{{.P.ID}}</code></h1>
<p class="meta">Status <b>{{.P.Status}}</b> · policy <b>{{.P.Policy}} {{.P.PolicyVersion}}</b> (sha256 <code>{{short .P.PolicySHA256}}</code>) · run <code>{{.P.Run}}</code>{{if not .P.RunTime.IsZero}} · {{.P.RunTime.UTC.Format "2006-01-02 15:04:05 UTC"}}{{end}}</p>
{{- with .Hidden}}
<p class="warn" id="invisible">This testimony {{.}}.</p>
{{- end}}
<h2>Legend</h2>
<ul class="legend" id="legend">
{{- range .Legend}}
<li class="{{class .Category}}" data-category="{{.Category}}">{{.Category}}: {{.Changed}} changed{{if .Kept}}, {{.Kept}} kept{{end}}</li>
{{- end}}
</ul>
<p>A solid frame is a span the policy changed; a dotted frame on white is a span found and kept as it is. The small number is the span's row in the table at the end.</p>
{{- if .P.Title}}
<h2>Title</h2>
<table class="side" id="title"><tr><th>Original</th><th>Redacted</th></tr>
{{- template "rows" .TitleRows}}
</table>
{{- end}}
<h2>Text</h2>
<table class="side" id="text"><tr><th>Original</th><th>Redacted</th></tr>
{{- template "rows" .BodyRows}}
</table>
<h2>Spans</h2>
<table class="spans" id="spans">
<tr><th>#</th><th>Where</th><th>Category</th><th>Action</th><th>Original</th><th>Replacement</th><th>Detector</th><th>Rule</th><th>Reason</th><th>Score</th></tr>
{{- range $i, $s := .P.Spans}}
<tr id="span-{{num $i}}" data-category="{{$s.Category}}"><td>{{num $i}}</td><td>{{where $s}}</td><td class="{{class $s.Category}}">{{$s.Category}}</td><td>{{$s.Action}}</td><td dir="auto">{{vis $s.Text}}</td><td dir="auto">{{vis $s.Replacement}}</td><td>{{vis $s.Detector}}</td><td>{{vis $s.Rule}}</td><td>{{vis $s.Reason}}</td><td>{{printf "%.2f" $s.Score}}</td></tr>
{{- end}}
</table>
{{- if or .P.AddedTerms .P.Kept}}
<h2>Reviewer amendments</h2>
<ul id="amendments">
{{- range .P.AddedTerms}}
<li>added sensitive term: <span dir="auto">{{vis .}}</span></li>
{{- end}}
{{- range .P.Kept}}
<li>kept as a false positive: <span dir="auto">{{vis .Text}}</span> (reason: <span dir="auto">{{vis .Reason}}</span>)</li>
{{- end}}
</ul>
{{- end}}
</body>
</html>
{{define "rows"}}
{{- range .}}
<tr{{if not .Row.Changed}} class="same"{{end}}><td dir="auto">{{template "segs" (pair .Page .Row.Original)}}</td><td dir="auto">{{template "segs" (pair .Page .Row.Redacted)}}</td></tr>
{{- end}}
{{- end}}
{{define "segs"}}{{$p := .Page}}{{range .Segs}}{{if lt .Span 0}}{{vis .Text}}{{else}}{{$s := span $p .Span}}<mark class="{{class $s.Category}}{{if eq (print $s.Action) "keep"}} keep{{end}}" data-category="{{$s.Category}}" title="#{{num .Span}} {{$s.Category}} · {{$s.Action}} · {{plain $s.Detector}} · {{plain $s.Rule}} · {{plain $s.Reason}}">{{vis .Text}}<sup>{{num .Span}}</sup></mark>{{end}}{{end}}{{end}}
`))

type legendItem struct {
	Category      redact.Category
	Changed, Kept int
}

type rowView struct {
	Page *Page
	Row  Row
}

type segsView struct {
	Page *Page
	Segs []Segment
}

// WriteHTML writes the page as one self-contained HTML document. Testimony text is escaped;
// a character that draws nothing or turns the direction is shown as a ⟨U+XXXX⟩ marker of
// class "inv", never raw, and every text cell and span is its own bidi isolate.
func WriteHTML(w io.Writer, p *Page) error {
	changed, _ := p.Counts()
	kept := map[redact.Category]int{}
	for _, s := range p.Spans {
		if s.Action == redact.Keep {
			kept[s.Category]++
		}
	}
	var legend []legendItem
	for _, c := range p.categoriesIn() {
		legend = append(legend, legendItem{Category: c, Changed: changed[c], Kept: kept[c]})
	}
	rows := func(l Layout) []rowView {
		out := make([]rowView, len(l.Rows))
		for i, r := range l.Rows {
			out[i] = rowView{Page: p, Row: r}
		}
		return out
	}
	data := struct {
		P                   *Page
		Legend              []legendItem
		TitleRows, BodyRows []rowView
		Hidden              string
	}{P: p, Legend: legend, TitleRows: rows(p.TitleLayout()), BodyRows: rows(p.Body()), Hidden: p.Hidden().Summary()}
	return pageTemplate.Execute(w, data)
}
