package classifier

import (
	"strconv"
	"sync"
	"testing"
)

func TestMemo(t *testing.T) {
	m := newMemo[int](1000)
	for i := range 2000 {
		m.put("k"+strconv.Itoa(i), i)
	}
	for i := range 2000 {
		v, ok := m.get("k" + strconv.Itoa(i))
		if i < 1000 && (!ok || v != i) {
			t.Fatalf("k%d: got %d, %v; want %d", i, v, ok, i)
		}
		if i >= 1000 && ok {
			t.Fatalf("k%d cached beyond the bound of 1000", i)
		}
	}
	if v, ok := m.getBytes([]byte("k7")); !ok || v != 7 {
		t.Fatalf("getBytes k7: %d, %v", v, ok)
	}
	// A key left in the pending map is promoted once it is looked up often.
	m = newMemo[int](1000)
	for i := range 100 {
		m.put("k"+strconv.Itoa(i), i)
	}
	m.put("late", 1)
	if _, ok := (*m.snap.Load())["late"]; ok {
		t.Fatal("test setup: late was merged at once")
	}
	for range 64 + 100 + 1 {
		m.get("late")
	}
	if _, ok := (*m.snap.Load())["late"]; !ok {
		t.Fatal("a frequently read pending entry was never merged")
	}
}

func TestMemoConcurrent(t *testing.T) {
	m := newMemo[int](1 << 20)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5000 {
				k := strconv.Itoa(i % 700)
				if v, ok := m.get(k); ok && v != i%700 {
					t.Errorf("worker %d: %s = %d", w, k, v)
					return
				}
				m.put(k, i%700)
			}
		}()
	}
	wg.Wait()
	for i := range 700 {
		if v, ok := m.get(strconv.Itoa(i)); !ok || v != i {
			t.Fatalf("%d: %d, %v", i, v, ok)
		}
	}
}
