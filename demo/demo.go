package demo

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/nyaruka/phonenumbers"

	"github.com/residency-labs/signup-classifier/classifier/detect"
)

// Country is one subject country the generator draws from.
type Country struct {
	Code, Locale, TZ, Name string
	IDField, IDDetector    string // a national identifier, when the country has one
	Weight                 int
}

// Countries are the subject countries, weighted roughly like a global app.
var Countries = []Country{
	{"RU", "ru-RU", "Europe/Moscow", "Россия", "snils", "ru_snils", 12},
	{"KZ", "kk-KZ", "Asia/Almaty", "Қазақстан", "iin", "kz_iin", 4},
	{"DE", "de-DE", "Europe/Berlin", "Deutschland", "steuer_id", "de_idnr", 10},
	{"FR", "fr-FR", "Europe/Paris", "France", "nir", "fr_nir", 6},
	{"ES", "es-ES", "Europe/Madrid", "España", "dni", "es_dni", 4},
	{"PL", "pl-PL", "Europe/Warsaw", "Polska", "pesel", "pl_pesel", 3},
	{"IT", "it-IT", "Europe/Rome", "Italia", "codice_fiscale", "it_codice_fiscale", 4},
	{"BR", "pt-BR", "America/Sao_Paulo", "Brasil", "cpf", "br_cpf", 8},
	{"IN", "hi-IN", "Asia/Kolkata", "India", "aadhaar", "in_aadhaar", 8},
	{"US", "en-US", "America/New_York", "United States", "ssn", "us_ssn", 12},
	{"CN", "zh-CN", "Asia/Shanghai", "中国", "", "", 5},
	{"GB", "en-GB", "Europe/London", "United Kingdom", "nino", "gb_nino", 5},
	{"TR", "tr-TR", "Europe/Istanbul", "Türkiye", "tckn", "tr_tckn", 4},
	{"KR", "ko-KR", "Asia/Seoul", "대한민국", "", "", 3},
	{"JP", "ja-JP", "Asia/Tokyo", "日本", "", "", 3},
	{"VN", "vi-VN", "Asia/Ho_Chi_Minh", "Việt Nam", "", "", 2},
	{"ID", "id-ID", "Asia/Jakarta", "Indonesia", "", "", 2},
	{"MX", "es-MX", "America/Mexico_City", "México", "", "", 1}, // no rule pack: quarantined
}

// Generator makes events. It is deterministic for a seed; not safe for
// concurrent use.
type Generator struct {
	rng    *rand.Rand
	total  int
	phones map[string]string
	start  time.Time
	// Hostile is the share (0..1) of events that are deliberately broken.
	Hostile float64
}

// New returns a generator.
func New(seed uint64) *Generator {
	g := &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), phones: map[string]string{},
		start: time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)}
	for _, c := range Countries {
		g.total += c.Weight
	}
	return g
}

func (g *Generator) country() Country {
	n := g.rng.IntN(g.total)
	for _, c := range Countries {
		if n < c.Weight {
			return c
		}
		n -= c.Weight
	}
	return Countries[0]
}

// Marker is the unique marker embedded in event seq's personal values.
func Marker(seq int) string { return "mk" + strconv.Itoa(seq) + "x" }

// EventID is the id of event seq.
func EventID(seed uint64, seq int) string {
	return fmt.Sprintf("%08x-0000-4000-8000-%012x", uint32(seed), seq)
}

// Event returns event seq as JSON.
func (g *Generator) Event(seed uint64, seq int) []byte {
	if g.Hostile > 0 && g.rng.Float64() < g.Hostile {
		return g.hostile(seq)
	}
	c := g.country()
	mk := Marker(seq)
	id := EventID(seed, seq)
	phone := g.phone(c.Code)
	ts := g.start.Add(time.Duration(seq) * time.Second).Format(time.RFC3339)
	year := 1950 + g.rng.IntN(62)
	dob := fmt.Sprintf("%04d-%02d-%02d", year, 1+g.rng.IntN(12), 1+g.rng.IntN(28))
	email := fmt.Sprintf("user.%s@example.com", mk)
	nid := g.nationalID(c.IDDetector)
	// The four producers' payloads are shaped like the real ones (about
	// 0.5-2 KB; optional blocks vary the size) so that benchmarks see the
	// nesting, arrays and field counts of real traffic.
	switch seq % 4 {
	case 0: // a Segment-style identify call
		idPart := ""
		if nid != "" {
			idPart = fmt.Sprintf(`,%q:%q`, c.IDField, nid)
		}
		page := ""
		if g.rng.IntN(10) < 7 {
			page = fmt.Sprintf(`,"page":{"path":"/signup","referrer":"https://www.google.com/","search":"?plan=pro","title":"Create your account","url":"https://shop.example.com/signup?plan=pro"},"campaign":{"name":"winter_sale_%d","source":"newsletter","medium":"email","content":"hero_banner"}`, 2020+g.rng.IntN(7))
		}
		return fmt.Appendf(nil, `{"type":"identify","messageId":%q,"anonymousId":"anon-%s","timestamp":%q,"sentAt":%q,"receivedAt":%q,"originalTimestamp":%q,"userId":"u-%s","traits":{"email":%q,"phone":%q,"firstName":"Name%s","lastName":"Family%s","birthday":%q,"createdAt":%q,"plan":"pro","address":{"country":%q,"city":"City%s","street":"Street %s 1","postalCode":"%05d"}%s},"context":{"locale":%q,"timezone":%q,"ip":"203.0.113.%d","userAgent":"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36","library":{"name":"analytics.js","version":"4.1.%d"},"app":{"version":"5.2.%d","build":"%d"},"screen":{"width":1920,"height":1080,"density":2}%s},"integrations":{"All":true,"Mixpanel":false},"version":2}`,
			id, mk, ts, ts, ts, ts, mk, email, phone, mk, mk, dob, ts, c.Code, mk, mk, 10000+g.rng.IntN(89999), idPart, c.Locale, c.TZ, 1+g.rng.IntN(250), g.rng.IntN(9), g.rng.IntN(9), 1000+g.rng.IntN(9000), page)
	case 1: // an identity provider's registration webhook
		meta := ""
		if g.rng.IntN(2) == 0 {
			meta = `,"app_metadata":{"plan":"free","roles":["member"],"signup_flow":"web_v2"}`
		}
		return fmt.Appendf(nil, `{"event_id":%q,"event_type":"user.registered","created_at":%q,"tenant":"acme-prod","user":{"user_id":"auth0|%s","email":%q,"email_verified":true,"name":"Name%s Family%s","given_name":"Name%s","family_name":"Family%s","nickname":"nick%s","phone_number":%q,"phone_verified":false,"created_at":%q,"updated_at":%q,"identities":[{"provider":"auth0","connection":"Username-Password-Authentication","isSocial":false,"user_id":"%s"}],"logins_count":1,"user_metadata":{"citizenship":%q,"bio":"Hi, I am %s and I like hiking"}%s},"request":{"ip":"198.51.100.%d","language":%q,"userAgent":"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"}}`,
			id, ts, mk, email, mk, mk, mk, mk, mk, phone, ts, ts, mk, c.Name, mk, meta, 1+g.rng.IntN(250), c.Locale)
	case 2: // a mobile SDK event
		return fmt.Appendf(nil, `{"eventId":%q,"eventName":"sign_up","ts":%d,"sessionId":"sess-%s","device":{"deviceId":"dev-%s","idfa":"6D92078A-8246-4BA4-AE5B-76104861E7DC","manufacturer":"Google","model":"Pixel 8","os":"Android","osVersion":"15","locale":%q,"timezone":%q,"carrier":"Carrier %d","wifi":true},"app":{"appVersion":"9.1.0","build":"4410","namespace":"com.example.shop"},"sdk":{"name":"mobile-sdk-android","version":"3.%d.0"},"profile":{"displayName":"Name%s","mobile":%q,"emailAddress":%q,"dob":{"year":%d,"month":6,"day":5}},"consents":{"marketing":false,"analytics":true}}`,
			id, g.start.Add(time.Duration(seq)*time.Second).UnixMilli(), mk, mk, c.Locale, c.TZ, g.rng.IntN(50), g.rng.IntN(20), mk, phone, email, year)
	default: // a shop's customer-create webhook
		card := g.card()
		cust := 6000000000 + g.rng.IntN(999999999)
		addr := fmt.Sprintf(`{"id":%d,"customer_id":%d,"first_name":"Name%s","last_name":"Family%s","company":null,"address1":"Street %s 2","address2":"Apt %d","city":"City%s","zip":"%05d","phone":%q,"name":"Name%s Family%s","country_code":%q,"default":true}`,
			cust+7, cust, mk, mk, mk, 1+g.rng.IntN(99), mk, 10000+g.rng.IntN(89999), phone, mk, mk, c.Code)
		extra := ""
		if g.rng.IntN(2) == 0 {
			extra = fmt.Sprintf(`,"email_marketing_consent":{"state":"subscribed","opt_in_level":"single_opt_in","consent_updated_at":%q},"sms_marketing_consent":{"state":"not_subscribed","opt_in_level":"single_opt_in","consent_collected_from":"SHOPIFY"}`, ts)
		}
		return fmt.Appendf(nil, `{"id":%q,"topic":"customers/create","shop_domain":"acme.myshopify.com","customer":{"email":%q,"first_name":"Name%s","last_name":"Family%s","phone":%q,"accepts_marketing":true,"created_at":%q,"updated_at":%q,"orders_count":0,"state":"enabled","total_spent":"0.00","verified_email":true,"tax_exempt":false,"tags":"newsletter, web","currency":"EUR","addresses":[%s],"default_address":%s,"note":"VIP %s"%s},"payment":{"card_number":%q,"brand":"visa"},"created_at":%q}`,
			id, email, mk, mk, phone, ts, ts, addr, addr, mk, extra, card, ts)
	}
}

func (g *Generator) hostile(seq int) []byte {
	mk := Marker(seq)
	switch seq % 8 {
	case 0:
		return []byte(`{"email":"` + mk + `@x.org","country":"RU"`) // truncated
	case 1:
		return []byte(`{"email":"a@x.org","email":"` + mk + `@y.org","country":"RU"}`) // duplicate key
	case 2:
		return []byte("{\"name\":\"\xff\xfe" + mk + "\",\"country\":\"RU\"}") // invalid UTF-8
	case 3:
		return []byte(`[{"email":"` + mk + `@x.org"}]`) // not an object
	case 4:
		return []byte(`{"email":42,"country":"RU","note":"` + mk + `"}`) // wrong type
	case 5:
		return []byte(`{"email":"` + mk + `@x.org","score":NaN,"country":"RU"}`)
	case 6:
		return []byte(`{"email":"` + mk + `@x.org"}`) // no evidence of a country
	default:
		return []byte(`{"email":"` + mk + `@x.org","country":true}`) // wrong type for country
	}
}

func (g *Generator) phone(region string) string {
	ex, ok := g.phones[region]
	if !ok {
		num := phonenumbers.GetExampleNumberForType(region, phonenumbers.MOBILE)
		if num == nil {
			g.phones[region] = ""
			return ""
		}
		ex = phonenumbers.Format(num, phonenumbers.E164)
		g.phones[region] = ex
	}
	if ex == "" {
		return ""
	}
	// Vary the last digits; keep only numbers that still validate.
	for i := 0; i < 10; i++ {
		cand := ex[:len(ex)-3] + fmt.Sprintf("%03d", g.rng.IntN(1000))
		if r, ok := detect.PhoneRegion(cand, ""); ok && r == region {
			return cand
		}
	}
	return ex
}

func (g *Generator) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.rng.IntN(10))
	}
	return string(b)
}

// nationalID draws random numbers until one passes the scheme's check:
// test data with real check digits exercises the real detectors.
func (g *Generator) nationalID(det string) string {
	fn, ok := detect.Lookup(det)
	if !ok {
		return ""
	}
	shapes := map[string]func() string{
		"ru_snils": func() string { return g.digits(11) },
		"kz_iin": func() string {
			return fmt.Sprintf("9%d%02d%02d3%s", g.rng.IntN(10), 1+g.rng.IntN(12), 1+g.rng.IntN(28), g.digits(5))
		},
		"de_idnr": func() string { return "1" + g.digits(10) },
		"fr_nir":  func() string { return "1" + g.digits(14) },
		"es_dni": func() string {
			d := g.digits(8)
			n, _ := strconv.Atoi(d)
			return d + string("TRWAGMYFPDXBNJZSQVHLCKE"[n%23])
		},
		"pl_pesel": func() string {
			return fmt.Sprintf("9%d%02d%02d%s", g.rng.IntN(10), 1+g.rng.IntN(12), 1+g.rng.IntN(28), g.digits(5))
		},
		"it_codice_fiscale": func() string { return "RSSMRA85T10A562" + string(rune('A'+g.rng.IntN(26))) },
		"br_cpf":            func() string { return g.digits(11) },
		"in_aadhaar":        func() string { return strconv.Itoa(2+g.rng.IntN(8)) + g.digits(11) },
		"us_ssn": func() string {
			return fmt.Sprintf("%03d-%02d-%04d", 1+g.rng.IntN(665), 1+g.rng.IntN(99), 1+g.rng.IntN(9999))
		},
		"gb_nino": func() string { return "AB" + g.digits(6) + "C" },
		"tr_tckn": func() string { return strconv.Itoa(1+g.rng.IntN(9)) + g.digits(10) },
	}
	shape, ok := shapes[det]
	if !ok {
		return ""
	}
	for i := 0; i < 2000; i++ {
		if v := shape(); fn(v) {
			return v
		}
	}
	return ""
}

func (g *Generator) card() string {
	fn, _ := detect.Lookup("payment_card")
	for i := 0; i < 100; i++ {
		v := "4" + g.digits(15)
		if fn != nil && fn(v) {
			return v
		}
	}
	return "4111111111111111"
}
