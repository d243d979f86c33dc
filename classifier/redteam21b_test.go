package classifier_test

import (
	"encoding/json"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// jsonString quotes s as a JSON string.
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// Red team 21 (F2): a self-stated age in the languages the term lists
// cover, Russian without "лет" and German without "ich", with the
// subject's own country; a number said of something else is no age.
func TestRedTeam21SelfStatedAges(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		country, bio string
		want         bool
	}{
		{"TH", "สวัสดีค่ะ หนูอายุ 13 ปี ชอบวาดรูป", true},
		{"TH", "ผมอายุ ๑๓ ปี", true},
		{"IL", "היי אני בת 13 ואוהבת לצייר", true},
		{"IL", "אני בן 12", true},
		{"CZ", "Ahoj, je mi 13 let a rád kreslím", true},
		{"RO", "Salut, am 13 ani și îmi place să desenez", true},
		{"HU", "Szia, 13 éves vagyok és szeretek rajzolni", true},
		{"GR", "Γεια, είμαι 13 χρονών και μου αρέσει να ζωγραφίζω", true},
		{"BD", "আমার বয়স ১৩ বছর, আমি ছবি আঁকতে ভালোবাসি", true},
		{"PK", "میری عمر 13 سال ہے", true},
		{"IR", "سلام من ۱۴ سالمه و عاشق فوتبالم", true},
		{"KE", "Habari, nina miaka 13 na napenda kuchora", true},
		{"PH", "Hi ako ay 13 taong gulang at mahilig gumuhit", true},
		{"UZ", "Salom, men 13 yoshdaman", true},
		{"KZ", "Сәлем, мен 13 жастамын", true},
		{"ET", "ሰላም እኔ የ13 ዓመት ልጅ ነኝ", true},
		{"RU", "Мне 13, люблю рисовать", true},
		{"RU", "Привет! мне 12. Люблю котов", true},
		{"DE", "Hi, bin 13 und zocke gern", true},
		{"DE", "Ich bin 13 und zocke gern", true},
		// Not an age: no first-person frame, or a number of something else.
		{"DE", "Heute bin 13 km gelaufen", false},
		{"DE", "Hi, bin 13 km gelaufen", false},
		{"US", "Put it in bin 13.", false},
		{"DE", "Ich bin 13 und 14 Uhr erreichbar", false},
		{"RU", "мне 13 раз звонили", false},
		{"RU", "Перезвоните, мне 13 июня удобно", false},
		{"RO", "am 13 ani de experiență în vânzări", false},
		{"US", "Team 13 won the cup", false},
		{"KE", "nina miaka 13 ya uzoefu", false},
		{"CZ", "je mi 13 hodin cesty", false},
		{"HU", "13 éves tapasztalat", false},
		{"IL", "אני בן 130", false},
	} {
		ev := `{"email":"kid@example.com","country":"` + tc.country + `","bio":` + jsonString(tc.bio) + `}`
		if d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"}); d.Failed() || d.Minor != tc.want {
			t.Errorf("%s %q: reason %q minor %v, want %v", tc.country, tc.bio, d.Reason, d.Minor, tc.want)
		}
	}
}
