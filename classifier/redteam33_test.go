package classifier_test

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// rt33Text classifies text under name in a German resident's signup and
// returns the field's decision and the records.
func rt33Text(t *testing.T, rs *classifier.Ruleset, name, text string) (*classifier.Field, []classifier.Record) {
	t.Helper()
	ev, _ := json.Marshal(map[string]string{"country": "DE", "email": "a@b.de", "user_id": "u1", name: text})
	d, recs := process(rs, classifier.Input{Value: ev, Source: "t/0/1"})
	return field(d, "/"+name), recs
}

// Red team 33 (F1): a denial was read across a clause's end. Words were
// cut without their punctuation, so a form's summary answering one
// question "no" and the next "yes" ("Smoker: no. Diabetic: yes", "Alcohol:
// no - Muslim") denied the second answer's term; under a non-personal
// name (utm_content, status) the disclosure was published in clear in the
// pseudonymized copy. And Portuguese "no" is "in the" (em + o), not a
// denial: "sou iniciado no candomblé", "delegado no sindicato" were
// denied faiths and unions.
func TestRedTeam33DenialWithinItsClause(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct{ text, cat string }{
		{"Smoker: no. Diabetic: yes", "sensitive.health"},
		{"Smoker: no, Diabetes type 1", "sensitive.health"},
		{"Alcohol: no - Muslim", "sensitive.religion"},
		{"¿Fumas? No. Embarazada de 3 meses", "sensitive.health"},
		{"Palę: nie. Cukrzyca typu 2", "sensitive.health"},
		{"Do you smoke? No\nHIV positive, undetectable", "sensitive.health"},
		{"allergies: none | smoker: no | pregnant", "sensitive.health"},
		{"Alkohol: nein / Raucher: kein / Diabetiker", "sensitive.health"},
		{"sou iniciado no candomblé há 10 anos", "sensitive.religion"},
		{"sou delegado no sindicato dos bancários", "sensitive.trade_union"},
		{"entrei no sindicato ano passado", "sensitive.trade_union"},
	} {
		for _, name := range []string{"utm_content", "bio"} {
			f, recs := rt33Text(t, rs, name, tc.text)
			if f == nil || f.Category != tc.cat {
				t.Errorf("%s %q: %+v, want %s", name, tc.text, f, tc.cat)
			}
			if where := notInClear(recs, tc.text); where != "" {
				t.Errorf("%s %q: in clear in the %s record", name, tc.text, where)
			}
		}
	}
	// A denial in its own clause still denies.
	for _, text := range []string{
		"no allergies", "Smoker: no, no diabetes", "I am not religious",
		"kein Diabetes", "no tengo diabetes", "je ne suis pas croyant", "bez cukrzycy",
		"no HIV, no hepatitis", "no diabetes (checked 2024)",
	} {
		if f, _ := rt33Text(t, rs, "bio", text); f != nil && f.Sensitive {
			t.Errorf("%q: %+v, want no special category", text, f)
		}
	}
}

// Red team 33 (F2): disclosures whose key word is left out alone for its
// other senses (depression, cancer, Labour, RN, Vox, "Jude", "bi") were
// missed when said with what makes them one ("je souffre de dépression",
// "padezco depresión", "jag har cancer", "болею раком", "I vote Labour",
// "voto a Vox", "ich bin Jude", "je suis bi"), and so were inflected forms
// a five-rune prefix cannot reach (pl "katoliczką", tr "geyim") and short
// CJK and Hangul words said with a word that makes them a disease ("がん
// の治療中", "암 투병 중", "당뇨가 있어요", "我得了癌症"). Under a
// non-personal name such text was published in clear.
func TestRedTeam33DisclosurePhrases(t *testing.T) {
	rs := benchRuleset(t)
	for _, text := range []string{
		"je souffre de dépression", "je fais une dépression", "padezco depresión",
		"sufro de ansiedad y depresión", "I suffer from depression", "jag har cancer",
		"болею раком", "у меня рак", "मुझे कैंसर है", "我得了癌症", "がんの治療中です", "암 투병 중입니다",
		"저는 당뇨가 있어요", "saya mengidap depresi", "عندي سكري", "I vote Labour every election",
		"I vote Conservative", "ich wähle die Grünen", "je vote RN", "voto a Vox", "voto no PT",
		"ich bin Jude", "je suis bi", "je fais le ramadan", "jestem katoliczką", "ben geyim",
		"我信佛", "we attend the mosque every Friday", "I'm Latina", "my therapist says I should journal more",
		"I'm sober since 2020",
	} {
		f, recs := rt33Text(t, rs, "utm_content", text)
		if f == nil || !f.Sensitive {
			t.Errorf("%q: %+v, want a special category", text, f)
		}
		if where := notInClear(recs, text); where != "" {
			t.Errorf("%q: in clear in the %s record", text, where)
		}
	}
	// The same words in their other senses stay what they were.
	for _, text := range []string{
		"Labour Day sale: 20% off everything", "Labour market statistics for Q3", "Conservative estimate: 3 weeks",
		"I vote we go to the beach", "vote for your favourite design", "Cancer season starts June 21",
		"Jude Law ist mein Lieblingsschauspieler", "ich wähle die Farbe Blau", "je vote pour la pizza",
		"je suis bientôt en vacances", "voto a favor de la propuesta", "voto no final do ano", "soy bilingüe",
		"рак на горе свистнул", "我是女同学的朋友", "我相信佛罗里达的天气很好", "がんばります",
		"Cancerfonden samlar in pengar", "sober colours for the office", "I'm a therapist in private practice",
		"the mosque on Main Street is a landmark", "Latina magazine subscription", "geyik muhabbeti",
		"the union of two sets is a set", "Merry Christmas from the team",
	} {
		if f, _ := rt33Text(t, rs, "utm_content", text); f != nil && f.Sensitive {
			t.Errorf("%q: %+v, want no special category", text, f)
		}
	}
}

// TestRedTeam33Recall reads testdata/redteam33/sentences.tsv (sentences
// people type, in 20 languages, with the category they disclose or
// "none") under a bio's name and reports recall per language; it fails
// below 96% (97.0% when the set was written) or on any
// false positive. go test ./classifier -run RedTeam33Recall -v
func TestRedTeam33Recall(t *testing.T) {
	rs := benchRuleset(t)
	b, err := os.ReadFile("testdata/redteam33/sentences.tsv")
	if err != nil {
		t.Fatal(err)
	}
	type tally struct{ hit, n int }
	per := map[string]*tally{}
	var hit, n, fp, neg int
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("bad line %q", line)
		}
		lang, cat, text := parts[0], parts[1], parts[2]
		f, _ := rt33Text(t, rs, "bio", text)
		found := f != nil && f.Sensitive
		if cat == "none" {
			neg++
			if found {
				fp++
				t.Errorf("false positive (%s): %q is %s", lang, text, f.Category)
			}
			continue
		}
		if per[lang] == nil {
			per[lang] = &tally{}
		}
		per[lang].n++
		n++
		if found {
			per[lang].hit++
			hit++
		} else {
			t.Logf("missed (%s, %s): %q", lang, cat, text)
		}
	}
	var langs []string
	for l, c := range per {
		langs = append(langs, fmt.Sprintf("%s %d/%d", l, c.hit, c.n))
	}
	sort.Strings(langs)
	t.Logf("recall %d/%d = %.1f%%; false positives %d/%d; %s", hit, n, 100*float64(hit)/float64(n), fp, neg, strings.Join(langs, ", "))
	if float64(hit) < 0.96*float64(n) {
		t.Errorf("recall %d/%d, below 96%%", hit, n)
	}
}

// Red team 33 (F3): a child's age or birth in text was missed when said as
// these say it: a birth year before the word for birth ("ich wurde 2014
// geboren", "2014年生まれです", "2014년생이에요", "我是2014年出生的"), an
// inflected word for birth ("я родился в 2014 году"), Spanish "nací", a
// Korean copula after the age ("12살이에요"), "12yo" as the whole value,
// "i'm 12 lol", "I'm 12 (turning 13 …)", "12 Jahre jung", and school
// grades in German, French, Spanish, Japanese, Chinese and Korean ("ich
// gehe in die 7. Klasse", "je suis en 6ème", "中学3年生です", "我是初二学生",
// "중학생입니다"). And "our company was born in 2014" or "息子は12歳です"
// made the adult writer a minor.
func TestRedTeam33MinorsInText(t *testing.T) {
	rs := benchRuleset(t)
	minor := func(country, text string) bool {
		ev, _ := json.Marshal(map[string]string{"country": country, "email": "a@b.de", "bio": text})
		d, _ := process(rs, classifier.Input{Value: ev, Source: "t/0/1"})
		return d.Minor
	}
	for _, text := range []string{
		"ich wurde 2014 geboren", "bin am 03.04.2014 geboren", "nací en 2014", "я родился в 2014 году",
		"2014年生まれです", "2015年4月3日生", "2014년생이에요", "我是2014年出生的", "出生于2014年",
		"12살이에요", "12yo", "i'm 12 lol", "I'm 12 (turning 13 in May)", "12 Jahre jung",
		"ich gehe in die 7. Klasse", "bin in der 6. Klasse und mag Pferde", "je suis en 6ème", "je suis en 5e",
		"estoy en sexto de primaria", "estoy en 1º de la ESO", "中学3年生です", "私は中学1年です",
		"我是初二学生", "我在读小学五年级", "중학생입니다",
	} {
		if !minor("DE", text) {
			t.Errorf("%q: not a minor", text)
		}
	}
	for _, text := range []string{
		"our company was born in 2014", "息子は12歳です", "娘は中学3年生です", "우리 딸은 12살이에요",
		"je suis en 3e année de médecine", "I'm 12 minutes away", "ich gehe in die Stadt",
		"mon fils a 12 ans", "I teach 7th grade", "12 years of experience in sales", "I'm 12 weeks pregnant",
		"Jason, 34 years old", "meine Tochter wurde 2014 geboren",
	} {
		if minor("DE", text) {
			t.Errorf("%q: a minor", text)
		}
	}
	// The minor age is the law's: a pupil in seconde (15) is no minor
	// under France's 15, one in 4e (13) is.
	if minor("FR", "je suis en seconde") || !minor("FR", "je suis en 4e") {
		t.Errorf("France's minor age not applied to a French class")
	}
}
