package classifier

import "testing"

func TestTextAge(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"I'm 13 and I love drawing", 13},
		{"I am 12 years old", 12},
		{"Hi! im 14, from Berlin", 14},
		{"мне 12 лет, люблю рисовать", 12},
		{"Ich bin 12 Jahre alt", 12},
		{"j'ai 11 ans", 11},
		{"tengo 10 años", 10},
		{"我今年12岁", 12},
		{"私は13歳です", 13},
		// An age said of something else, or a number that is no age.
		{"my dog is 3 years old", -1},
		{"I am 12 minutes away", -1},
		{"I have 3 kids aged 5 and 7", -1},
		{"Order 12 shipped", -1},
	} {
		if got := textAge(tc.in); got != tc.want {
			t.Errorf("textAge(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
