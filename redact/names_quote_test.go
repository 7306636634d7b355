package redact

import (
	"strconv"
	"testing"
)

// appendQuoted writes what strconv.AppendQuote does, for romanized names and for any other
// text.
func TestAppendQuotedIsQuote(t *testing.T) {
	for _, s := range []string{"", "Ji-min", "Kim Jong Un", "O'Brien", `a"b`, `back\slash`, "tab\there",
		"del\x7f", "Gölcüklü", "김지민", "\xff", "~ !", "line\nbreak"} {
		if got, want := string(appendQuoted([]byte("x"), s)), "x"+strconv.Quote(s); got != want {
			t.Errorf("appendQuoted(%q) = %s, want %s", s, got, want)
		}
		if got, want := string(appendQuoted(nil, []byte(s))), strconv.Quote(s); got != want {
			t.Errorf("appendQuoted(bytes %q) = %s, want %s", s, got, want)
		}
	}
}
