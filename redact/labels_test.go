package redact

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

// The label cache returns the parts joined, whatever the slots hold, also when many
// strings share slots and goroutines use it at once.
func TestLabelCache(t *testing.T) {
	var c labelCache
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 * labelSlots {
				a, b := fmt.Sprint(i%97), fmt.Sprint(g, i%(3*labelSlots))
				if got := c.concat("[", a, " in ", b, "]"); got != "["+a+" in "+b+"]" {
					t.Errorf("concat = %q", got)
					return
				}
				want := strings.Repeat(a, 3) + b
				if got := c.fromBytes([]byte(want)); got != want {
					t.Errorf("fromBytes = %q, want %q", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
	if got := c.concat(); got != "" {
		t.Errorf("concat() = %q", got)
	}
}
