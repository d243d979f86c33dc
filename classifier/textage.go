package classifier

import (
	"regexp"
	"strconv"
	"strings"
)

// A subject often says their age in their own words: a bio's "I'm 13",
// a support message's "мне 12 лет", a form's "ich bin 12 Jahre alt".
// textAge reads such a statement in the first person, so that a child who
// says so is one; an age said of something else ("my dog is 3 years old",
// "12 minutes away") is not read.

// ageInText matches first-person statements of age in the covered
// languages; the number is the first group that matched.
var ageInText = regexp.MustCompile(`(?i)(?:\bi am|\bi'm|\bim)\s+(\d{1,2})(?:\s*(?:years?|yrs?|y/?o)\b|\s*[.,!;)&]|\s+and\b|\s*$)` +
	`|(?:^|[\s,.!;(])мне\s+(\d{1,2})\s*(?:лет|год)` +
	`|\bich\s+bin\s+(\d{1,2})(?:\s*jahre|\s*[.,!;]|\s*$)` +
	`|\bj'ai\s+(\d{1,2})\s*ans\b` +
	`|\btengo\s+(\d{1,2})\s*años` +
	`|\btenho\s+(\d{1,2})\s*anos\b` +
	`|\bho\s+(\d{1,2})\s*anni\b` +
	`|我(?:今年)?(\d{1,2})岁` +
	`|私は(\d{1,2})歳` +
	`|저는\s*(\d{1,2})살`)

// textAge is the age v states in the first person, or -1.
func textAge(v string) int {
	if len(v) < 5 || len(v) > 4096 || !strings.ContainsAny(v, "0123456789") {
		return -1
	}
	m := ageInText.FindStringSubmatch(v)
	if m == nil {
		return -1
	}
	for _, g := range m[1:] {
		if g != "" {
			if a, err := strconv.Atoi(g); err == nil && a > 0 && a < 100 {
				return a
			}
		}
	}
	return -1
}
