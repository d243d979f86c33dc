package classifier

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A school grade says how old a pupil is within a year or two: a signup
// for a cram school (kintone's 学年: "小学6年"), a learning platform or a
// school trip names the child's grade more often than their birth date.
// gradeAge reads one as the youngest age a pupil in it usually has, so a
// possible minor is one (the minor flag fails closed, as with ages).

// schoolGradeNames are member names that hold a school grade and nothing
// else: a bare number is a grade under them. Under other names only a
// value that says it is a school grade counts ("Grade 7", "小学6年"):
// "grade": 7 is as often a pay grade or a credit grade.
var schoolGradeNames = map[string]bool{
	"schoolgrade": true, "gradelevel": true, "schoolyear": true, "yeargroup": true, "studentgrade": true,
	"klassenstufe": true, "jahrgangsstufe": true, "schulklasse": true, "niveauscolaire": true,
	"学年": true, "年级": true, "年級": true, "학년": true, "класс": true,
}

// gradeNames are the names under which a value that says it is a school
// grade is read: the school-specific names and the ambiguous ones.
var gradeNames = map[string]bool{"grade": true, "class": true, "klasse": true, "classe": true, "curso": true, "grado": true}

// gradeAge returns the youngest usual age of a pupil in the school grade v
// held by a member whose folded name is fold, or -1.
func gradeAge(fold, v string) int {
	school := schoolGradeNames[fold]
	if !school && !gradeNames[fold] {
		return -1
	}
	v = strings.ToLower(strings.TrimSpace(v))
	if v == "" || len(v) > 40 {
		return -1
	}
	switch v {
	case "k", "kindergarten", "kg", "reception":
		return 5
	case "cp":
		return 6
	case "ce1":
		return 7
	case "ce2":
		return 8
	case "cm1":
		return 9
	case "cm2":
		return 10
	case "seconde", "2nde", "2de":
		return 15
	case "première", "premiere", "1re", "1ère":
		return 16
	case "terminale", "tle":
		return 17
	}
	n, ok := gradeNumber(v)
	if !ok {
		return -1
	}
	// The marks of a school system, most specific first. Each gives the
	// youngest age of its first grade, less one.
	marks := []struct {
		mark string
		base int
		max  int
	}{
		{"小学", 5, 6}, {"初中", 11, 3}, {"高中", 14, 3}, {"高校", 14, 3}, {"中学", 11, 3},
		{"초등", 5, 6}, {"중학", 11, 3}, {"고등", 14, 3}, {"класс", 5, 11},
		{"grade", 5, 13}, {"year", 4, 13}, {"klasse", 5, 13}, {"ème", -1, 6}, {"eme", -1, 6},
	}
	for _, m := range marks {
		if !strings.Contains(v, m.mark) || n < 1 || n > m.max {
			continue
		}
		if m.base < 0 {
			return 17 - n // the French collège counts down: 6e is 11, 3e is 14
		}
		return m.base + n
	}
	if strings.HasSuffix(v, "th") || strings.HasSuffix(v, "st") || strings.HasSuffix(v, "nd") || strings.HasSuffix(v, "rd") {
		if school && n >= 1 && n <= 13 {
			return 5 + n // "7th" under grade_level
		}
	}
	if school && isDigits(v) && n >= 1 && n <= 13 {
		return 5 + n
	}
	return -1
}

// gradeNumber is the first number in v, in ASCII or fullwidth digits or a
// CJK numeral up to ten.
func gradeNumber(v string) (int, bool) {
	for i, r := range v {
		if d, ok := cjkDigit(r); ok {
			return d, true
		}
		if unicode.IsDigit(r) {
			n := 0
			for _, r2 := range v[i:] {
				if !unicode.IsDigit(r2) || n > 100 {
					break
				}
				n = n*10 + digitValue(r2)
			}
			return n, true
		}
	}
	return 0, false
}

func digitValue(r rune) int {
	if r >= '０' && r <= '９' {
		return int(r - '０')
	}
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	return 0
}

func cjkDigit(r rune) (int, bool) {
	i := strings.IndexRune("一二三四五六七八九十", r)
	if i < 0 {
		return 0, false
	}
	return i/utf8.RuneLen(r) + 1, true
}

func isDigits(v string) bool {
	for _, r := range v {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return v != ""
}
