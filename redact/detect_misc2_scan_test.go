package redact

import "testing"

func TestBeforeSal(t *testing.T) {
	c := newWordScan(NewText("그때 열두 살이었고 살았다 두살 열 살"))
	// Words: 그때 열두 살이었고 살았다 두살 열 살 (0..6).
	for _, tc := range []struct{ from, want int }{
		{0, 1}, {1, 1}, {2, 2}, {3, 5}, {5, 5}, {6, 7}, {7, 7}, {-1, 1},
	} {
		if got := c.beforeSal(tc.from); got != tc.want {
			t.Errorf("beforeSal(%d) = %d, want %d", tc.from, got, tc.want)
		}
	}
}

func TestEndingWith(t *testing.T) {
	c := newWordScan(NewText("그때 교사로 로봇 일로써 으로 x로"))
	// Words: 그때 교사로 로봇 일로써 으로 x 로 (0..6): a syllable after a Latin letter is a
	// word of its own.
	for _, tc := range []struct{ from, want int }{
		{0, 1}, {1, 1}, {2, 4}, {4, 4}, {5, 6}, {6, 6}, {7, 7}, {-1, 1},
	} {
		if got := c.endingWith(tc.from, "로"); got != tc.want {
			t.Errorf("endingWith(%d) = %d, want %d", tc.from, got, tc.want)
		}
	}
}
