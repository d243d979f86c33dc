package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// Red team 23 (F11): absence types in more languages, mental-health and
// medical leave, menstrual and maternity leave in ja and ko; and a
// leave's label under a name nothing claims, or a bare "name", which
// used to get a constant token, is health and removed.
func TestRedTeam23AbsenceTypes(t *testing.T) {
	emp := `"employee":{"id":"E1","name":"Anna Schmidt","email":"anna@firma.de","country":"DE"}`
	abs := func(v string) string {
		return `{"type":"absence.created",` + emp + `,"absence":{"type":"` + v + `","start":"2026-06-01","end":"2026-06-05"}}`
	}
	var cases []struct{ name, ev, path, cat string }
	for _, v := range []string{"hastalık izni", "Raporlu izin", "إجازة مرضية", "cuti sakit", "nghỉ ốm", "ลาป่วย",
		"चिकित्सा अवकाश", "sairausloma", "nemocenská", "pracovní neschopnost", "betegszabadság", "Burnout",
		"Stress leave", "FMLA - Medical", "Leave of Absence - Medical", "Arzttermin", "Kur", "生理休暇", "産前産後休業", "월경휴가"} {
		cases = append(cases, struct{ name, ev, path, cat string }{v, abs(v), "/absence/type", "sensitive.health"})
	}
	cases = append(cases, []struct{ name, ev, path, cat string }{
		{"a policy's name", `{"type":"timeoff.requested","employee":{"id":"E1","email":"anna@firma.de","country":"DE"},"request":{"time_off_policy":{"name":"Sick Time (CA)"},"status":"approved"}}`, "/request/time_off_policy/name", "sensitive.health"},
		{"an absence type's label", `{"type":"absence.created","employee":{"id":"E1","email":"anna@firma.de","country":"DE"},"absence":{"absenceType":{"code":"K","label":"Krankheit"}}}`, "/absence/absenceType/label", "sensitive.health"},
		{"an absence type's code", `{"type":"absence.created","employee":{"id":"E1","email":"anna@firma.de","country":"DE"},"absence":{"absenceType":{"code":"KRANK"}}}`, "/absence/absenceType/code", "sensitive.health"},
		{"a status text", `{"type":"slack.status","user":{"email":"anna@firma.de","country":"DE"},"profile":{"status_text":"Out sick"}}`, "/profile/status_text", "sensitive.health"},
		// A faith's holiday or a union's duties taken as leave.
		{"Eid al-Fitr", abs("Eid al-Fitr"), "/absence/type", "sensitive.religion"},
		{"Yom Kippur", abs("Yom Kippur"), "/absence/type", "sensitive.religion"},
		{"Religious leave", abs("Religious leave"), "/absence/type", "sensitive.religion"},
		{"Union duties", abs("Union duties"), "/absence/type", "sensitive.trade_union"},
		{"Union leave", abs("Union leave"), "/absence/type", "sensitive.trade_union"},
		// Not every leave is health, and a person's name stays a name.
		{"a company's union", abs("European Union trip"), "/absence/type", "event.type"},
		{"Vacation", abs("Vacation"), "/absence/type", "event.type"},
		{"Urlaub", abs("Urlaub"), "/absence/type", "event.type"},
		{"a policy named for a holiday", `{"type":"timeoff.requested","employee":{"id":"E1","email":"anna@firma.de","country":"DE"},"request":{"time_off_policy":{"name":"Vacation (CA)"}}}`, "/request/time_off_policy/name", "identity.name"},
		{"a status text of no leave", `{"type":"slack.status","user":{"email":"anna@firma.de","country":"DE"},"profile":{"status_text":"In a meeting"}}`, "/profile/status_text", "unknown"},
	}...)
	rt21Special(t, cases)
}

// Red team 23 (F12): a pharmacy's line with an ordinary sku: HIV
// antiretrovirals, emergency contraception, condoms and lubricant in
// German, alcohol-dependence and ADHD drugs, hormone therapy by brand.
func TestRedTeam23PharmacyLines(t *testing.T) {
	line := func(sku, name string) string {
		return `{"type":"order.paid","customer":{"email":"a@example.de","country":"DE"},"line_items":[{"sku":"` + sku + `","title":"` + name + `","quantity":1,"price":"19.99"}]}`
	}
	var cases []struct{ name, ev, path, cat string }
	for _, n := range []string{"Atripla", "Stribild", "Complera", "Isentress 400 mg", "Tivicay 50 mg", "Prezista 800 mg",
		"Sunlenca", "Kivexa", "Eviplera", "Rukobia", "Norvir", "Plan B One-Step", "ellaOne", "NorLevo 1,5 mg", "Postinor",
		"Antabus", "Campral", "Selincro", "Medikinet", "Zoladex", "Decapeptyl", "Nebido", "Utrogest", "Crinone", "Femara"} {
		cases = append(cases, struct{ name, ev, path, cat string }{n, line("SKU-1000", n), "/line_items/0/title", "sensitive.health"})
	}
	for _, n := range []string{"Durex Kondome", "Billy Boy Kondome", "Gleitgel"} {
		cases = append(cases, struct{ name, ev, path, cat string }{n, line("SKU-1000", n), "/line_items/0/title", "sensitive.sex_life"})
	}
	// A shop's goods stay the shop's.
	for _, n := range []string{"Plan B Notebook", "Concert ticket", "Campingstuhl"} {
		cases = append(cases, struct{ name, ev, path, cat string }{n, line("SKU-1000", n), "/line_items/0/title", "meta.technical"})
	}
	rt21Special(t, cases)
}

// Red team 23 (F1): a self-stated age with no first-person word (a
// profile's header: name, age, place), in other scripts' digits, and in
// more languages; a number of years said of something else is no age.
func TestRedTeam23SelfStatedAges(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		country, bio string
		want         bool
	}{
		{"DE", "Lukas, 13 Jahre alt, aus Berlin", true},
		{"DE", "13 Jahre, Schülerin aus Köln", true},
		{"RU", "Маша, 13 лет, Москва", true},
		{"MX", "Sofía, 13 años, CDMX", true},
		{"TR", "Ayşe, 13 yaşında, İstanbul", true},
		{"JP", "こんにちは、13歳です", true},
		{"JP", "中学1年、13歳", true},
		{"US", "I'm a 12 year old girl", true},
		{"US", "Sam | 12 years | gamer", true},
		{"SA", "مرحبا، عمري ١٣ سنة", true},
		{"IN", "मेरी उम्र 13 साल है", true},
		{"IN", "मेरी उम्र १३ साल है", true},
		{"CN", "我今年１３岁", true},
		{"DK", "Hej, jeg er 13 år og elsker at tegne", true},
		{"SK", "Ahoj, mám 13 rokov a rád kreslím", true},
		{"BG", "Здравейте, на 13 години съм", true},
		{"HR", "Bok, imam 13 godina i volim crtati", true},
		{"SI", "Živjo, star sem 13 let", true},
		{"LT", "Labas, man 13 metų", true},
		{"GE", "გამარჯობა, 13 წლის ვარ", true},
		{"AZ", "Salam, mən 13 yaşındayam", true},
		{"IN", "வணக்கம், எனக்கு 13 வயது", true},
		{"NP", "नमस्ते, म १३ वर्षको हुँ", true},
		{"ZA", "Hallo, ek is 13 jaar oud", true},
		{"BY", "Прывітанне, мне 13 гадоў", true},
		{"RS", "Здраво, имам 13 година", true},
		{"AM", "Բարև, ես 13 տարեկան եմ", true},
		{"MN", "Сайн байна уу, би 13 настай", true},
		{"KH", "ខ្ញុំអាយុ 13 ឆ្នាំ", true},
		{"KH", "ខ្ញុំអាយុ ១៣ ឆ្នាំ", true},
		{"LK", "මට වයස අවුරුදු 13යි", true},
		{"MM", "ကျွန်တော် အသက် 13 နှစ်ပါ", true},
		{"MM", "ကျွန်တော် အသက် ၁၃ နှစ်ပါ", true},
		{"MM", "ကျွန်တော် အသက် 35 နှစ်ပါ", false},
		{"MN", "Манай компани 13 жил ажиллаж байна", false},
		// A number of years said of something else.
		{"US", "13 years of experience in sales", false},
		{"DE", "Produkt, 13 Jahre Garantie", false},
		{"US", "We restored a 13-year-old building", false},
		{"US", "I have a 13-year-old daughter", false},
		{"DE", "Seit 13 Jahren im Verein", false},
		{"DK", "Vi har 13 år erfaring", false},
		{"HR", "Tvrtka posluje 13 godina", false},
		{"RU", "Работаю 13 лет в банке", false},
		{"JP", "創業13年の老舗です", false},
	} {
		ev := `{"email":"kid@example.com","country":"` + tc.country + `","bio":` + jsonString(tc.bio) + `}`
		if d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"}); d.Failed() || d.Minor != tc.want {
			t.Errorf("%s %q: reason %q minor %v, want %v", tc.country, tc.bio, d.Reason, d.Minor, tc.want)
		}
	}
}

// Red team 23 (F10): a labelled password, key or code written in
// markdown, an HTML table, with a tab, "&nbsp;" or an arrow between label
// and value, in hu, el, ms, hr and sr, as "API key:", "Secret:", a client
// secret, a Wi-Fi key, a door's code with no colon, and a one-time code in
// a <span>; a label with no value is still none.
func TestRedTeam23LabelledSecretsInMarkup(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"**Password:** Xk9#mP2q", true},
		{"<tr><td>Password</td><td>Xk9#mP2q</td></tr>", true},
		{"<tr><th>Passwort</th><td>Xk9#mP2q</td></tr>", true},
		{"Password:\tXk9#mP2q", true},
		{"Passwort:&nbsp;Xk9#mP2q", true},
		{"Password → Xk9#mP2q", true},
		{"Password -> Xk9#mP2q", true},
		{"Your code: <span style=\"font-size:24px\">834921</span>", true},
		{"API key: a8f5f167f44f4964e6c998dee827110c", true},
		{"Your API key is a8f5f167f44f4964e6c998dee827110c", true},
		{"Client secret: 8Q~aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", true},
		{"Secret: Zq7!pLm2Rt", true},
		{"SSID Home / WPA key: Hunter2!Secret", true},
		{"Jelszó: Xk9#mP2q", true},
		{"Κωδικός: Xk9#mP2q", true},
		{"Kata laluan: Xk9#mP2q", true},
		{"Lozinka: Xk9#mP2q", true},
		{"Vaša lozinka je Xk9#mP2q", true},
		{"Лозинка: Xk9#mP2q", true},
		{"Torcode 4821", true},
		{"Gate code 4821#", true},
		{"Lockbox: 4821", true},
		// A password before its label; credentials passed on as a
		// pair; a wallet's recovery phrase after its label.
		{"`Xk9#mP2q` is your new password", true},
		{"Xk9#mP2q ist dein neues Passwort", true},
		{"Zugangsdaten: anna / Xk9#mP2q", true},
		{"Login details: anna:Xk9#mP2q", true},
		{"Recovery phrase: abandon ability able about above absent absorb abstract absurd abuse access accident", true},
		// A label with no value, or about something else.
		{"anna@example.de is your password recovery e-mail", false},
		{"This is your new password", false},
		{"Zugangsdaten: siehe Anhang", false},
		{"Credentials: sent separately by post", false},
		{"Recovery phrase: write it down and keep it safe", false},
		{"**Password:** must be at least 8 characters", false},
		{"<td>Password</td><td>********</td>", false},
		{"Password → reset it from your profile", false},
		{"API key: see your dashboard", false},
		{"Your API key is invalid", false},
		{"Secret Santa: Friday at 5pm", false},
		{"Secret: the best pizza in town", false},
		{"Gate code changed yesterday", false},
		{"Lozinka: najmanje 8 znakova", false},
		{"<b>Total</b>: 4821 EUR", false},
	} {
		ev := `{"email":"a@example.de","country":"DE","message":{"id":"m1","channel":"email","body":` + jsonString(tc.body) + `}}`
		d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		f := field(d, "/message/body")
		if got := f != nil && f.Category == "credentials.secret"; got != tc.want {
			t.Errorf("%q: got %+v, want a credential %v", tc.body, f, tc.want)
		}
	}
}

// Red team 23 (F2): a Bikram Sambat date under a name that says so
// (dob_bs beside dob_ad), a Hijri date with an "H" suffix, the ROC era as
// its first character or in Latin letters, a Japanese era as its first
// character.
func TestRedTeam23CalendarsBirthDates(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		name, ev string
		minor    bool
	}{
		{"dob_bs", `{"user":{"email":"k@example.np","country":"NP","dob_bs":"2067/10/20"}}`, true},
		{"date_of_birth_bs beside _ad", `{"user":{"email":"k@example.np","country":"NP","date_of_birth_bs":"2067-10-20","date_of_birth_ad":null}}`, true},
		{"dob_bs of an adult", `{"user":{"email":"k@example.np","country":"NP","dob_bs":"2040/10/20"}}`, false},
		{"Hijri with H", `{"user":{"email":"k@example.sa","country":"SA","birthDate":"01-03-1432H"}}`, true},
		{"Hijri with H, adult", `{"user":{"email":"k@example.sa","country":"SA","birthDate":"01-03-1380H"}}`, false},
		{"ROC 民 short", `{"user":{"email":"k@example.tw","country":"TW","birthday":"民100.2.3"}}`, true},
		{"ROC in Latin letters", `{"user":{"email":"k@example.tw","country":"TW","birthday":"ROC 100/02/03"}}`, true},
		{"ROC 民 short, adult", `{"user":{"email":"k@example.tw","country":"TW","birthday":"民79.2.3"}}`, false},
		{"Japanese era, first character", `{"user":{"email":"k@example.jp","country":"JP","birthday":"平24.4.1"}}`, true},
		{"Japanese era, first character, adult", `{"user":{"email":"k@example.jp","country":"JP","birthday":"昭60.4.1"}}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(tc.ev), Source: "t/0/1", Time: rt21Now})
			if d.Failed() || d.Minor != tc.minor {
				t.Errorf("%s: reason %q minor %v, want %v", tc.ev, d.Reason, d.Minor, tc.minor)
			}
		})
	}
}
