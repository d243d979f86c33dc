package classifier

import "testing"

func TestGradeAge(t *testing.T) {
	for _, tc := range []struct {
		name, v string
		want    int
	}{
		{"学年", "小学6年", 11},
		{"学年", "中学1年", 12},
		{"学年", "高校2年", 16},
		{"年级", "初中二年级", 13},
		{"年级", "高中三年级", 17},
		{"학년", "초등학교 3학년", 8},
		{"класс", "9 класс", 14},
		{"grade", "Grade 7", 12},
		{"grade", "7th grade", 12},
		{"grade", "Year 9", 13},
		{"classe", "6ème", 11},
		{"classe", "CM2", 10},
		{"gradelevel", "7", 12},
		{"schoolgrade", "K", 5},
		// A bare number under an ambiguous name is no school grade (a
		// pay grade, a credit grade), nor is a name that holds none.
		{"grade", "7", -1},
		{"grade", "A", -1},
		{"paygrade", "Grade 7", -1},
		{"klasse", "2", -1},
		{"gradelevel", "42", -1},
	} {
		if got := gradeAge(tc.name, tc.v); got != tc.want {
			t.Errorf("gradeAge(%q, %q) = %d, want %d", tc.name, tc.v, got, tc.want)
		}
	}
}
