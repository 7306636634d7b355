package redact

import "testing"

// isASCII answers for the text NewText made, and never for a Text it did not make ASCII.
func TestTextIsASCII(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"", true}, {"He was born in Hyesan.", true}, {"UPPER case", true},
		{"café", false}, {"김지민 씨", false}, {"鄭秀蓮", false}, {"“quoted”", false}, {"ﬁle", false},
	} {
		if got := NewText(c.s).isASCII(); got != c.want {
			t.Errorf("NewText(%q).isASCII() = %v, want %v", c.s, got, c.want)
		}
	}
	if (&Text{Norm: "김"}).isASCII() {
		t.Error("a Text with Hangul and no offset map is not ASCII")
	}
}
