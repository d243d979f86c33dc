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
		// Red team 11 (F11): a bio's "12yo", an opening "12 years old",
		// ages in words.
		{"12yo, minecraft + roblox", 12},
		{"Sam | 12 y/o | gamer", 12},
		{"12 years old and i love roblox", 12},
		{"🎮 twelve years old, gamer", 12},
		{"I am twelve", 12},
		{"I’m thirteen and I love drawing", 13},
		{"ich bin zwölf Jahre alt", 12},
		{"j'ai douze ans", 12},
		{"мне двенадцать лет", 12},
		{"I'm sixteen!", 16},
		{"12 years of experience in sales", -1},
		{"I have 3 kids aged 12", -1},
		{"my son is 12yo and loves lego", -1},
		{"I'm one of the founders", -1},
		{"I'm Otto, and I love hiking", -1},
		{"I am ten times better at this", -1},
	} {
		if got := textAge(tc.in); got != tc.want {
			t.Errorf("textAge(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func TestTextGrade(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"I'm in 6th grade", 11},
		{"i am in the sixth grade and love art", 11},
		{"I'm a 7th grader", 12},
		{"I'm in grade 8", 13},
		{"I'm in year 7 at school", 11},
		{"8th grader | roblox", 13},
		{"Ich bin in der 6. Klasse", 11},
		{"I'm in twelfth grade", 17},
		{"I'm in kindergarten", 5},
		// A grade that is not the writer's, or no grade.
		{"I live on the 6th floor", -1},
		{"I teach 6th grade math", -1},
		{"I'm a 6th grade teacher", -1},
		{"my son is in 6th grade", -1},
		{"I'm in my 6th year at the company", -1},
	} {
		if got := textGrade(tc.in); got != tc.want {
			t.Errorf("textGrade(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
