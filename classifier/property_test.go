package classifier_test

// Property test: events of random shapes (random nesting of objects and
// arrays, member names drawn from personal, non-personal and credential
// vocabularies plus random strings, leaf values including real e-mails,
// phones, national ids with valid check digits, cards, IBANs, IPs, dates
// and free text, with evidence for 1-3 covered countries) must keep the
// classifier's safety promises:
//
//   - leak: no value the decision marks personal or sensitive (string
//     leaves of 4+ characters, numbers of 8+ digits) appears in the value,
//     key or headers of a record whose projection is not full (that is,
//     pseudonymized, redacted or audit); quarantine holds the raw event by
//     contract and is not searched;
//   - credentials: credentials.* values appear in no record but quarantine;
//   - leaves: every leaf appears exactly once in decision.Fields, and
//     Fields names nothing else; a decision with an error has no fields
//     and one quarantine route;
//   - residency: a jurisdiction whose pack has residency mode
//     primary_in_country or in_country_only gets a full route to its
//     region.
//
// A seeded math/rand loop: -property.seed and -property.n reproduce or
// widen a run; each failure prints the event index, the event and the
// decision.

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/classifier/detect"
	"github.com/residency-labs/signup-classifier/classifier/rules"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/settings"
)

var (
	propSeed = flag.Uint64("property.seed", 20261129, "seed of the property test's event generator")
	propN    = flag.Int("property.n", 3000, "events the property test generates")
	// Off by default: whether a value with valid check digits overrides a
	// name the rules declare non-personal is a rules policy, not yet the
	// contract (see identifiers_under_non_personal_names).
	propStrict = flag.Bool("property.strict", true, "fail on real identifiers kept raw under non-personal names (the value wins over the name: set false to only log)")
)

const propKey = "property-test-key-0123456789abcdef"

// ---------------------------------------------------------------------------
// The generated event: a tree we serialize ourselves, so we know every
// leaf's JSON Pointer and value independently of the classifier's parser.

type gkind uint8

const (
	gObject gkind = iota
	gArray
	gString
	gNumber
	gBool
	gNull
)

type gnode struct {
	kind  gkind
	key   string
	val   string // string value, or the literal of a number/bool
	kids  []*gnode
	kind2 string // what the generator meant the leaf to be (diagnostics)
	// escaped writes the string with \u escapes for its letters, digits
	// and '@' ("\u0069van\u0040..."): the same value to any JSON reader.
	escaped bool
}

// writeEscaped writes v as a JSON string with \u escapes for ASCII
// letters, digits, '@', '+' and '.'.
func writeEscaped(b *bytes.Buffer, v string) {
	for _, c := range v {
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '@' || c == '+' || c == '.') {
			fmt.Fprintf(b, "\\u%04x", c)
			continue
		}
		q, _ := json.Marshal(string(c)) // quotes, backslashes, control characters
		b.Write(q[1 : len(q)-1])
	}
}

type gleaf struct {
	path  string
	node  *gnode
	isStr bool
}

func (n *gnode) has(key string) bool {
	for _, k := range n.kids {
		if k.key == key {
			return true
		}
	}
	return false
}

func escapePtr(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// encodeKeys writes the tree as JSON, collects the leaves and member names, and lists the member names the generator
// made from personal data.
func encodeKeys(n *gnode, path string, b *bytes.Buffer, leaves *[]gleaf, keys *[]string, pkeys *[]*gnode) {
	switch n.kind {
	case gObject, gArray:
		open, close := byte('{'), byte('}')
		if n.kind == gArray {
			open, close = '[', ']'
		}
		b.WriteByte(open)
		for i, k := range n.kids {
			if i > 0 {
				b.WriteByte(',')
			}
			var p string
			if n.kind == gObject {
				kb, _ := json.Marshal(k.key)
				b.Write(kb)
				b.WriteByte(':')
				p = path + "/" + escapePtr(k.key)
				if strings.HasPrefix(k.kind2, "personal-key:") {
					// The decision names it by its token (keys.go).
					p = path + "/" + dataKeySeg
					if pkeys != nil {
						*pkeys = append(*pkeys, k)
					}
				} else {
					*keys = append(*keys, k.key)
				}
			} else {
				p = path + "/" + strconv.Itoa(i)
			}
			encodeKeys(k, p, b, leaves, keys, pkeys)
		}
		b.WriteByte(close)
	case gString:
		if n.escaped {
			b.WriteByte('"')
			writeEscaped(b, n.val)
			b.WriteByte('"')
		} else {
			vb, _ := json.Marshal(n.val)
			b.Write(vb)
		}
		*leaves = append(*leaves, gleaf{path: path, node: n, isStr: true})
	default:
		b.WriteString(n.val)
		*leaves = append(*leaves, gleaf{path: path, node: n})
	}
}

// ---------------------------------------------------------------------------
// Vocabularies

var (
	personalKeys = []string{"email", "e_mail", "emailAddress", "contactEmail", "phone", "mobile", "phoneNumber", "msisdn",
		"first_name", "lastName", "fullName", "name", "surname", "patronymic", "displayName", "address", "street", "line1",
		"zip", "postcode", "dob", "birthdate", "birthday", "date_of_birth", "age", "gender", "ssn", "snils", "inn", "iin",
		"cpf", "aadhaar", "pesel", "nino", "tckn", "passport", "passport_number", "national_id", "tax_id", "iban",
		"card_number", "cardNumber", "ip", "ip_address", "user_id", "userId", "username", "login", "device_id", "idfa",
		"latitude", "lng", "religion", "health", "diagnosis", "ethnicity", "photo", "avatar_url", "bio", "about", "note",
		"comment", "message", "employer", "maritalStatus", "income", "city", "fio", "имя", "телефон", "nome", "vorname"}
	nonPersonalKeys = []string{"event_type", "type", "plan", "currency", "app_version", "version", "build", "os",
		"os_version", "platform", "sdk", "theme", "marketing", "analytics", "accepts_marketing", "status", "source",
		"utm_source", "utm_campaign", "channel", "created_at", "timestamp", "ts", "experiment", "variant", "count",
		"integration", "company_name", "industry", "trace_id", "request_id", "consent", "flag", "enabled"}
	credentialKeys = []string{"password", "passwd", "pwd", "newPassword", "password_confirmation", "secret",
		"api_key", "apiKey", "access_token", "refreshToken", "token", "otp", "client_secret", "private_key",
		"securityAnswer", "verification_code", "jwt", "пароль", "senha"}
	containerKeys = []string{"user", "profile", "traits", "context", "customer", "data", "payload", "meta", "device",
		"request", "billing", "shipping", "contacts", "items", "extra", "attributes", "properties", "address",
		"identity", "documents", "app", "session", "auth", "kyc", "consents", "history", "emails", "phones"}
	words = []string{"hello", "world", "signup", "weekend", "hiking", "coffee", "garden", "music", "travel",
		"blue", "river", "mountain", "keyboard", "window", "morning", "friend", "reading", "cycling", "photography",
		"привет", "люблю", "горы", "olá", "praia", "bonjour", "merci", "hallo", "wandern", "merhaba", "kitap"}
	firstNames = []string{"Ivan", "Olga", "Hans", "Marie", "Pierre", "Ana", "João", "Priya", "Wei", "Mehmet", "Aigerim",
		"Kenji", "Sven", "Fatima", "Иван", "Ольга", "Мария"}
	lastNames = []string{"Petrov", "Schmidt", "Dubois", "Silva", "Sharma", "Wang", "Yilmaz", "Nurlanov", "Tanaka",
		"Johansson", "Петров", "Иванова"}
)

// A covered country and the evidence an event can carry for it.
type pcountry struct {
	code, locale, tz, name string
}

var propCountries = []pcountry{
	{"RU", "ru-RU", "Europe/Moscow", "Russia"}, {"KZ", "kk-KZ", "Asia/Almaty", "Kazakhstan"},
	{"BY", "be-BY", "Europe/Minsk", "Belarus"}, {"CN", "zh-CN", "Asia/Shanghai", "China"},
	{"DE", "de-DE", "Europe/Berlin", "Germany"}, {"FR", "fr-FR", "Europe/Paris", "France"},
	{"ES", "es-ES", "Europe/Madrid", "Spain"}, {"IT", "it-IT", "Europe/Rome", "Italy"},
	{"PL", "pl-PL", "Europe/Warsaw", "Poland"}, {"GB", "en-GB", "Europe/London", "United Kingdom"},
	{"CH", "de-CH", "Europe/Zurich", "Switzerland"}, {"US", "en-US", "America/New_York", "United States"},
	{"CA", "en-CA", "America/Toronto", "Canada"}, {"BR", "pt-BR", "America/Sao_Paulo", "Brazil"},
	{"IN", "hi-IN", "Asia/Kolkata", "India"}, {"ID", "id-ID", "Asia/Jakarta", "Indonesia"},
	{"VN", "vi-VN", "Asia/Ho_Chi_Minh", "Vietnam"}, {"TR", "tr-TR", "Europe/Istanbul", "Turkey"},
	{"SA", "ar-SA", "Asia/Riyadh", "Saudi Arabia"}, {"AE", "ar-AE", "Asia/Dubai", "United Arab Emirates"},
	{"KR", "ko-KR", "Asia/Seoul", "South Korea"}, {"JP", "ja-JP", "Asia/Tokyo", "Japan"},
	{"AU", "en-AU", "Australia/Sydney", "Australia"}, {"NG", "en-NG", "Africa/Lagos", "Nigeria"},
	{"ZA", "en-ZA", "Africa/Johannesburg", "South Africa"}, {"EG", "ar-EG", "Africa/Cairo", "Egypt"},
	{"IL", "he-IL", "Asia/Jerusalem", "Israel"}, {"NZ", "en-NZ", "Pacific/Auckland", "New Zealand"},
	{"SG", "en-SG", "Asia/Singapore", "Singapore"}, {"RW", "rw-RW", "Africa/Kigali", "Rwanda"},
	{"KE", "sw-KE", "Africa/Nairobi", "Kenya"},
}

// ---------------------------------------------------------------------------
// The generator

type pgen struct {
	rng    *rand.Rand
	phones map[string]string
	terms  []string // special-category terms from configs/terms
}

func newPGen(seed uint64, terms []string) *pgen {
	return &pgen{rng: rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d)), phones: map[string]string{}, terms: terms}
}

func (g *pgen) pick(s []string) string { return s[g.rng.IntN(len(s))] }
func (g *pgen) chance(p float64) bool  { return g.rng.Float64() < p }

func (g *pgen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.rng.IntN(10))
	}
	return string(b)
}

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// token is a random mixed-case string: long enough never to collide with
// the text of a record by chance.
func (g *pgen) token(min, max int) string {
	n := min + g.rng.IntN(max-min+1)
	b := make([]byte, n)
	for i := range b {
		b[i] = alnum[g.rng.IntN(len(alnum))]
	}
	return string(b)
}

func (g *pgen) randomKey() string {
	switch g.rng.IntN(4) {
	case 0:
		return strings.ToLower(g.token(3, 9))
	case 1:
		return strings.ToLower(g.token(2, 5)) + "_" + strings.ToLower(g.token(2, 6))
	case 2:
		return g.pick(words) + strings.ToUpper(g.token(1, 1)) + strings.ToLower(g.token(2, 5))
	default:
		// Mixed-case tokens, never Capitalized letters alone: under a
		// map of people ({"contacts": {"Lukas": ...}}) a member name
		// written as a name is the person (keys.go), and the
		// personal-key cases below test that apart.
		k := g.token(4, 10)
		if r := k[0]; r >= 'A' && r <= 'Z' && strings.Trim(k, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == "" {
			k = strings.ToLower(k[:1]) + k[1:]
		}
		return k
	}
}

func (g *pgen) email() string {
	local := strings.ToLower(g.token(3, 8))
	if g.chance(0.4) {
		local = strings.ToLower(g.pick(firstNames[:13])) + "." + local
	}
	domain := g.pick([]string{"example.com", "mail.ru", "gmail.com", "web.de", "yandex.kz", "proton.me", "uol.com.br", "example.org"})
	return local + "@" + domain
}

func (g *pgen) phone(region string) string {
	ex, ok := g.phones[region]
	if !ok {
		if num := phonenumbers.GetExampleNumberForType(region, phonenumbers.MOBILE); num != nil {
			ex = phonenumbers.Format(num, phonenumbers.E164)
		}
		g.phones[region] = ex
	}
	if ex == "" {
		return "+7 916 " + g.digits(3) + "-" + g.digits(2) + "-" + g.digits(2)
	}
	for i := 0; i < 10; i++ {
		cand := ex[:len(ex)-3] + g.digits(3)
		if detect.Phone(cand) {
			ex = cand
			break
		}
	}
	switch g.rng.IntN(3) {
	case 0:
		return ex
	case 1: // spaced
		return ex[:3] + " " + ex[3:6] + " " + ex[6:]
	default:
		return ex
	}
}

// nationalID draws numbers of the scheme's shape until the scheme's own
// validator accepts one (as demo.go does): real check digits.
func (g *pgen) nationalID() (string, string) {
	shapes := []struct {
		det   string
		shape func() string
	}{
		{"ru_snils", func() string { return g.digits(11) }},
		{"ru_inn", func() string { return g.digits(12) }},
		{"kz_iin", func() string {
			return fmt.Sprintf("9%d%02d%02d3%s", g.rng.IntN(10), 1+g.rng.IntN(12), 1+g.rng.IntN(28), g.digits(5))
		}},
		{"de_idnr", func() string { return "1" + g.digits(10) }},
		{"fr_nir", func() string { return "1" + g.digits(14) }},
		{"es_dni", func() string {
			d := g.digits(8)
			n, _ := strconv.Atoi(d)
			return d + string("TRWAGMYFPDXBNJZSQVHLCKE"[n%23])
		}},
		{"pl_pesel", func() string {
			return fmt.Sprintf("9%d%02d%02d%s", g.rng.IntN(10), 1+g.rng.IntN(12), 1+g.rng.IntN(28), g.digits(5))
		}},
		{"it_codice_fiscale", func() string { return "RSSMRA85T10A562" + string(rune('A'+g.rng.IntN(26))) }},
		{"br_cpf", func() string { return g.digits(11) }},
		{"in_aadhaar", func() string { return strconv.Itoa(2+g.rng.IntN(8)) + g.digits(11) }},
		{"us_ssn", func() string {
			return fmt.Sprintf("%03d-%02d-%04d", 1+g.rng.IntN(665), 1+g.rng.IntN(99), 1+g.rng.IntN(9999))
		}},
		{"gb_nino", func() string { return "AB" + g.digits(6) + "C" }},
		{"tr_tckn", func() string { return strconv.Itoa(1+g.rng.IntN(9)) + g.digits(10) }},
		{"cn_ric", func() string {
			return fmt.Sprintf("110105%d%02d%02d%s%s", 1950+g.rng.IntN(55), 1+g.rng.IntN(12), 1+g.rng.IntN(28), g.digits(3), string("0123456789X"[g.rng.IntN(11)]))
		}},
		{"kr_rrn", func() string {
			return fmt.Sprintf("%02d%02d%02d-%d%s", g.rng.IntN(100), 1+g.rng.IntN(12), 1+g.rng.IntN(28), 1+g.rng.IntN(4), g.digits(6))
		}},
	}
	s := shapes[g.rng.IntN(len(shapes))]
	fn, ok := detect.Lookup(s.det)
	if !ok {
		panic("no detector " + s.det)
	}
	for i := 0; i < 5000; i++ {
		if v := s.shape(); fn(v) {
			return v, s.det
		}
	}
	panic("no valid " + s.det + " in 5000 draws")
}

func (g *pgen) card() string {
	for {
		v := "4" + g.digits(15)
		if detect.PaymentCard(v) {
			if g.chance(0.3) {
				return v[:4] + " " + v[4:8] + " " + v[8:12] + " " + v[12:]
			}
			return v
		}
	}
}

// iban builds a German IBAN with correct check digits (ISO 13616 mod 97).
func (g *pgen) iban() string {
	bban := g.digits(18)
	// Rearranged: BBAN + "DE" (13 14) + "00".
	num := bban + "131400"
	rem := 0
	for _, c := range num {
		rem = (rem*10 + int(c-'0')) % 97
	}
	return fmt.Sprintf("DE%02d%s", 98-rem, bban)
}

func (g *pgen) date() string {
	y, m, d := 1940+g.rng.IntN(70), 1+g.rng.IntN(12), 1+g.rng.IntN(28)
	switch g.rng.IntN(3) {
	case 0:
		return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	case 1:
		return fmt.Sprintf("%02d.%02d.%04d", d, m, y)
	default:
		return fmt.Sprintf("%02d/%02d/%04d", m, d, y)
	}
}

func (g *pgen) ip() string {
	if g.chance(0.2) {
		return fmt.Sprintf("2001:db8:%x:%x::%x", g.rng.IntN(65536), g.rng.IntN(65536), 1+g.rng.IntN(65535))
	}
	return fmt.Sprintf("%d.%d.%d.%d", 1+g.rng.IntN(222), g.rng.IntN(256), g.rng.IntN(256), 1+g.rng.IntN(254))
}

func (g *pgen) text(region string) string {
	n := 3 + g.rng.IntN(8)
	ws := make([]string, 0, n+3)
	for i := 0; i < n; i++ {
		ws = append(ws, g.pick(words))
	}
	ins := func(s string) {
		i := g.rng.IntN(len(ws) + 1)
		ws = append(ws[:i], append([]string{s}, ws[i:]...)...)
	}
	switch g.rng.IntN(7) {
	case 0:
		ins(g.email())
	case 1:
		ins(g.phone(region))
	case 2:
		v, _ := g.nationalID()
		ins(v)
	case 3:
		if len(g.terms) > 0 {
			ins(g.pick(g.terms))
		}
	case 4:
		ins(g.pick(firstNames) + " " + g.pick(lastNames))
	}
	ws = append(ws, g.token(6, 10)) // makes the text unique
	return strings.Join(ws, " ")
}

// leaf makes a random leaf; hint (a key class) makes matching values
// likelier, as real producers mostly put e-mails under "email".
func (g *pgen) leaf(region string) *gnode {
	s := func(v, what string) *gnode {
		return &gnode{kind: gString, val: v, kind2: what, escaped: g.chance(0.08)}
	}
	switch g.rng.IntN(24) {
	case 0, 1:
		return s(g.email(), "email")
	case 2, 3:
		return s(g.phone(region), "phone")
	case 4, 5:
		v, det := g.nationalID()
		return s(v, det)
	case 6:
		return s(g.card(), "card")
	case 7:
		return s(g.iban(), "iban")
	case 8:
		return s(g.ip(), "ip")
	case 9:
		return s(g.date(), "date")
	case 10, 11:
		return s(g.text(region), "text")
	case 12:
		return s(g.pick(firstNames)+" "+g.pick(lastNames), "fullname")
	case 13:
		return s(g.pick(firstNames)+g.token(2, 4), "firstname")
	case 14, 15:
		return s(g.token(6, 16), "random")
	case 16:
		return s(fmt.Sprintf("%08x-%04x-4%03x-8%03x-%012x", g.rng.Uint32(), g.rng.IntN(65536), g.rng.IntN(4096), g.rng.IntN(4096), g.rng.Uint64()&0xffffffffffff), "uuid")
	case 17:
		return &gnode{kind: gNumber, val: strconv.Itoa(g.rng.IntN(100000)), kind2: "int"}
	case 18:
		return &gnode{kind: gNumber, val: strconv.FormatFloat(g.rng.Float64()*1000, 'f', 3, 64), kind2: "float"}
	case 19:
		// A long number: a phone or an id sent as a JSON number.
		return &gnode{kind: gNumber, val: strconv.Itoa(1+g.rng.IntN(9)) + g.digits(9+g.rng.IntN(3)), kind2: "longnum"}
	case 20:
		return &gnode{kind: gBool, val: strconv.FormatBool(g.chance(0.5)), kind2: "bool"}
	case 21:
		return &gnode{kind: gNull, val: "null", kind2: "null"}
	case 22:
		return s("", "empty")
	default:
		return s("https://example.com/"+strings.ToLower(g.token(4, 10))+"?ref="+g.token(6, 8), "url")
	}
}

func (g *pgen) memberKey(container bool) string {
	r := g.rng.Float64()
	switch {
	case container && r < 0.6:
		return g.pick(containerKeys)
	case r < 0.35:
		return g.pick(personalKeys)
	case r < 0.6:
		return g.pick(nonPersonalKeys)
	case r < 0.68:
		return g.pick(credentialKeys)
	default:
		return g.randomKey()
	}
}

func (g *pgen) value(depth int, region string) *gnode {
	if depth < 4 {
		switch r := g.rng.Float64(); {
		case r < 0.18:
			return g.object(depth+1, region, 1+g.rng.IntN(5))
		case r < 0.26:
			a := &gnode{kind: gArray}
			for i, n := 0, 1+g.rng.IntN(3); i < n; i++ {
				a.kids = append(a.kids, g.value(depth+1, region))
			}
			return a
		}
	}
	return g.leaf(region)
}

func (g *pgen) object(depth int, region string, members int) *gnode {
	o := &gnode{kind: gObject}
	for i := 0; i < members; i++ {
		v := g.value(depth, region)
		for try := 0; try < 5; try++ {
			k := g.memberKey(v.kind == gObject || v.kind == gArray)
			if !o.has(k) {
				v.key = k
				o.kids = append(o.kids, v)
				break
			}
		}
	}
	return o
}

// objects lists every object node (evidence goes into one of them).
func objects(n *gnode, out []*gnode) []*gnode {
	if n.kind == gObject {
		out = append(out, n)
	}
	for _, k := range n.kids {
		out = objects(k, out)
	}
	return out
}

// event makes one event with evidence for 1-3 covered countries.
func (g *pgen) event(i int) (*gnode, []pcountry) {
	nc := 1 + g.rng.IntN(3)
	var cs []pcountry
	for len(cs) < nc {
		c := propCountries[g.rng.IntN(len(propCountries))]
		dup := false
		for _, have := range cs {
			dup = dup || have.code == c.code
		}
		if !dup {
			cs = append(cs, c)
		}
	}
	root := g.object(0, cs[0].code, 2+g.rng.IntN(7))
	if g.chance(0.05) {
		// A producer that keys a map by personal data:
		// {"contacts":{"<e-mail>":true}}.
		var k, what string
		switch g.rng.IntN(5) {
		case 4:
			// A map of people keyed by name.
			k, what = g.pick(firstNames), "name in a map of people"
			o := &gnode{kind: gObject, key: g.pick([]string{"friends", "children", "emergency_contacts", "guests"})}
			o.kids = append(o.kids, &gnode{kind: gBool, key: k, val: "true", kind2: "personal-key:" + what})
			if !root.has(o.key) {
				root.kids = append(root.kids, o)
			}
			k = ""
		case 0:
			k, what = g.email(), "email"
		case 1:
			k, what = g.phone(cs[0].code), "phone"
		case 2:
			k, what = g.nationalID()
		default:
			k, what = g.card(), "card"
		}
		objs := objects(root, nil)
		o := objs[g.rng.IntN(len(objs))]
		if k != "" && !o.has(k) {
			o.kids = append(o.kids, &gnode{kind: gBool, key: k, val: "true", kind2: "personal-key:" + what})
		}
	}
	if g.chance(0.5) && !root.has("event_id") {
		root.kids = append([]*gnode{{kind: gString, key: "event_id", val: fmt.Sprintf("prop-%d-%s", i, g.token(8, 8)), kind2: "event_id"}}, root.kids...)
	}
	for _, c := range cs {
		for n := 0; n < 1+g.rng.IntN(2); n++ {
			var key string
			var v *gnode
			switch g.rng.IntN(5) {
			case 0:
				key, v = g.pick([]string{"citizenship", "nationality", "passportCountry"}), &gnode{kind: gString, val: g.pick([]string{c.code, c.name})}
			case 1:
				key, v = g.pick([]string{"country", "country_code", "residence_country", "countryOfResidence"}), &gnode{kind: gString, val: g.pick([]string{c.code, c.name})}
			case 2:
				key, v = g.pick([]string{"phone", "mobile", "phone_number"}), &gnode{kind: gString, val: g.phone(c.code)}
			case 3:
				key, v = g.pick([]string{"locale", "language"}), &gnode{kind: gString, val: c.locale}
			default:
				key, v = g.pick([]string{"timezone", "tz"}), &gnode{kind: gString, val: c.tz}
			}
			v.kind2, v.key = "evidence", key
			objs := objects(root, nil)
			for try := 0; try < 8; try++ {
				o := objs[g.rng.IntN(len(objs))]
				if !o.has(key) {
					o.kids = append(o.kids, v)
					break
				}
			}
		}
	}
	return root, cs
}

// ---------------------------------------------------------------------------
// The test

type packInfo struct {
	code, region, mode string
	laws               []string
}

// packsByCountry maps a jurisdiction country (pack code, EU member or
// subdivision code) to the packs that cover it.
func packsByCountry(t *testing.T) map[string][]packInfo {
	t.Helper()
	set, ps := rules.Load(configs.Rules())
	if errs := ps.Errors(); len(errs) > 0 {
		t.Fatal(errs)
	}
	out := map[string][]packInfo{}
	for _, p := range set.Packs {
		pi := packInfo{code: p.Code.V, region: p.Region.V, mode: p.Residency.Mode.V}
		for _, l := range p.Laws {
			pi.laws = append(pi.laws, l.ID.V)
		}
		out[pi.code] = append(out[pi.code], pi)
		for _, m := range p.Members {
			out[m.V] = append(out[m.V], pi)
		}
	}
	return out
}

func propTerms(t *testing.T) []string {
	t.Helper()
	set, _ := rules.Load(configs.Rules())
	var out []string
	for _, tf := range set.Terms {
		cats := make([]string, 0, len(tf.Terms))
		for c := range tf.Terms {
			cats = append(cats, c)
		}
		sort.Strings(cats)
		for _, c := range cats {
			for _, term := range tf.Terms[c] {
				out = append(out, term.V)
			}
		}
	}
	return out
}

// structural is the text audit records and headers hold that is not
// data: law ids, category names, regions, topics and the decision's own
// words. A short value contained in one ("2024" in "AU-POLA-2024") is not
// searched for.
func structural(t *testing.T, rs *classifier.Ruleset) []string {
	t.Helper()
	out := []string{"event_id", "jurisdictions", "country", "laws", "basis", "home_region", "minor", "fields",
		"path", "category", "personal", "sensitive", "detected_by", "default", "value", "text", "name", "routes",
		"region", "topic", "projection", "full", "pseudonymized", "redacted", "quarantine", "audit", "reason",
		"ruleset", "error", "false", "true", "unknown", "citizenship", "residence", "phone", "locale", "timezone",
		"subdivision", "stage", "classify", "route", "parse"}
	for _, laws := range rs.Laws() {
		out = append(out, laws...)
	}
	set, _ := rules.Load(configs.Rules())
	for _, c := range set.Taxonomy.Categories {
		out = append(out, c.Name.V)
	}
	cfg := rs.Config()
	for r, topic := range cfg.Regions {
		out = append(out, r, topic)
	}
	return append(out, cfg.Topics.Audit, cfg.Topics.Quarantine)
}

func propRulesets(t *testing.T) (keyed, keyless *classifier.Ruleset) {
	t.Helper()
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	keyed, _, err = classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte(propKey)))
	if err != nil {
		t.Fatal(err)
	}
	keyless, _, err = classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig(nil))
	if err != nil {
		t.Fatal(err)
	}
	return keyed, keyless
}

// tokenRE matches what records hold that is random or a hash, not data:
// pseudonym tokens, the ruleset version, audit template ids and derived
// event ids (UUIDv5).
// underPeopleMap reports whether the first data key in path keys a map
// whose name says its members are people (the classifier's personMaps,
// those the generator can produce).
func underPeopleMap(path string) bool {
	segs := strings.Split(path, "/")
	for j := 1; j < len(segs); j++ {
		if segs[j] == dataKeySeg {
			switch strings.ToLower(segs[j-1]) {
			case "contacts", "friends", "members", "followers", "users", "people", "team", "children", "family", "guests", "attendees", "participants", "recipients", "employees", "patients", "students":
				return true
			}
			return false
		}
	}
	return false
}

// dataKeySeg stands for a member name that is personal data in the paths
// the test compares: the decision names it by its token, the generator by
// this placeholder (two such siblings share it, hence counts).
const dataKeySeg = "\x00data-key"

var dataKeyRE = regexp.MustCompile(`^(?:tok_[A-Za-z0-9_-]{24}|key_[0-9]+)$`)

var tokenRE = regexp.MustCompile(`tok_[A-Za-z0-9_-]{24}|rs-[0-9a-f]{12}|[fc]-[0-9a-f]{16}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)

// occursOutsideTokens reports whether f occurs in b other than strictly
// inside a token, hash or UUID (a 4-letter value can occur in a random
// token by chance; that is no leak; a value that is a whole UUID is
// still found).
func occursOutsideTokens(b, f []byte) bool {
	if len(f) == 0 || !bytes.Contains(b, f) {
		return false
	}
	toks := tokenRE.FindAllIndex(b, -1)
	for off := 0; ; {
		i := bytes.Index(b[off:], f)
		if i < 0 {
			return false
		}
		start, end := off+i, off+i+len(f)
		inside := false
		for _, tk := range toks {
			if start >= tk[0] && end <= tk[1] && end-start < tk[1]-tk[0] {
				inside = true
				break
			}
		}
		if !inside {
			return true
		}
		off = start + 1
	}
}

// forms are the spellings of v that a record can hold: as is, and as
// written inside a JSON string (with and without HTML escaping).
func forms(v string) [][]byte {
	out := [][]byte{[]byte(v)}
	add := func(s string) {
		for _, f := range out {
			if string(f) == s {
				return
			}
		}
		out = append(out, []byte(s))
	}
	add(jsonText(v))
	b, _ := json.Marshal(v)
	add(string(b[1 : len(b)-1]))
	return out
}

// decodedText is every member name and string of a JSON record value,
// decoded (so a value spelled with \u escapes is found too), joined by
// NUL; nil when the value is not JSON.
func decodedText(v []byte) []byte {
	var x any
	dec := json.NewDecoder(bytes.NewReader(v))
	dec.UseNumber()
	if dec.Decode(&x) != nil {
		return nil
	}
	var b []byte
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			for k, v := range x {
				b = append(append(b, k...), 0)
				walk(v)
			}
		case []any:
			for _, v := range x {
				walk(v)
			}
		case string:
			b = append(append(b, x...), 0)
		case json.Number:
			b = append(append(b, x...), 0)
		}
	}
	walk(x)
	return b
}

// recordHas reports where in rec (value, key or a header) v occurs; dec
// is decodedText(rec.Value).
func recordHas(rec classifier.Record, dec []byte, v string) string {
	if occursOutsideTokens(dec, []byte(v)) {
		return "value"
	}
	for _, f := range forms(v) {
		if occursOutsideTokens(rec.Value, f) {
			return "value"
		}
		if occursOutsideTokens(rec.Key, f) {
			return "key"
		}
		for _, h := range rec.Headers {
			if occursOutsideTokens(h.Value, f) {
				return "header " + h.Key
			}
		}
	}
	return ""
}

// propFailures collects the violations of one property; the subtest of
// that name reports them.
type propFailures struct {
	count int
	shown []string
}

func (f *propFailures) add(i int, ev []byte, d *classifier.Decision, format string, args ...any) {
	f.count++
	if len(f.shown) < 5 {
		evs := string(ev)
		if len(evs) > 4000 {
			evs = evs[:4000] + "..."
		}
		f.shown = append(f.shown, fmt.Sprintf("event %d: %s\n  event: %s\n  routes: %s", i, fmt.Sprintf(format, args...), evs, routesOf(d)))
	}
}

func (f *propFailures) report(t *testing.T, n int) {
	t.Helper()
	for _, s := range f.shown {
		t.Error(s)
	}
	if f.count > 0 {
		t.Errorf("%d violations in %d events (%d shown; reproduce with -property.seed=%d -property.n=%d)", f.count, n, len(f.shown), *propSeed, n)
	}
}

// identifier reports whether the generator made v as a real identifier
// (an e-mail, an E.164 phone, a payment card, an IBAN, or a national id
// with valid check digits) and the rules' validator still accepts it.
func identifier(what, v string) bool {
	switch what {
	case "email":
		return detect.Email(v)
	case "phone":
		return detect.Phone(v)
	case "card":
		return detect.PaymentCard(v)
	case "iban":
		return detect.IBAN(v)
	}
	if fn, ok := detect.Lookup(what); ok && strings.Contains(what, "_") {
		return fn(v)
	}
	return false
}

func TestPropertyRandomEvents(t *testing.T) {
	n := *propN
	if testing.Short() {
		n = min(n, 500)
	}
	keyed, keyless := propRulesets(t)
	vocab := structural(t, keyed)
	packs := packsByCountry(t)
	g := newPGen(*propSeed, propTerms(t))
	now := time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

	var leak, cred, leafs, resid, pkeys, ids propFailures
	stats := map[string]int{}
	searched, skipped := 0, 0
	var recs []classifier.Record
	var buf bytes.Buffer
	start := time.Now()
	for i := 0; i < n; i++ {
		root, _ := g.event(i)
		buf.Reset()
		var leaves []gleaf
		var keys []string
		var personalKeys []*gnode
		encodeKeys(root, "", &buf, &leaves, &keys, &personalKeys)
		ev := append([]byte(nil), buf.Bytes()...)
		byPath := map[string]gleaf{}
		want := map[string]int{}
		for _, l := range leaves {
			byPath[l.path] = l
			want[l.path]++
		}

		rs := keyed
		if g.chance(0.2) {
			rs = keyless
		}
		in := classifier.Input{Value: ev, Source: fmt.Sprintf("prop/0/%d", i), Time: now}
		// Producers often key records by the subject's e-mail or phone.
		if g.chance(0.4) {
			for _, l := range leaves {
				if l.isStr && (l.node.kind2 == "email" || l.node.kind2 == "phone") {
					in.Key = []byte(l.node.val)
					break
				}
			}
		}
		var d *classifier.Decision
		d, recs = process(rs, in)
		decs := make([][]byte, len(recs))
		for k := range recs {
			decs[k] = decodedText(recs[k].Value)
		}
		for k := range d.Fields {
			segs := strings.Split(d.Fields[k].Path, "/")
			for j := range segs {
				if dataKeyRE.MatchString(segs[j]) {
					segs[j] = dataKeySeg
				}
			}
			d.Fields[k].Path = strings.Join(segs, "/")
		}
		if d.Failed() {
			stats["error "+string(d.Reason)]++
		} else {
			stats["classified"]++
		}
		for _, r := range d.Routes {
			stats["route "+r.Projection]++
		}

		// leaves: each leaf exactly once, nothing else.
		if !d.Failed() {
			seen := map[string]int{}
			for _, f := range d.Fields {
				seen[f.Path]++
			}
			// A random member name that happens to be a special-category
			// term ("cnv", a Dutch union), or any random name keying a
			// map of people ({"contacts": {"wk_jr0": ...}}: a login, to
			// the classifier), is data the generator cannot know of:
			// accept the leaf under its token then.
			for _, f := range d.Fields {
				if !strings.Contains(f.Path, dataKeySeg) || !strings.HasPrefix(f.Category, "sensitive.") && !underPeopleMap(f.Path) || byPath[f.Path].path != "" {
					continue
				}
				fs := strings.Split(f.Path, "/")
				for _, l := range leaves {
					ls := strings.Split(l.path, "/")
					if seen[l.path] >= want[l.path] || len(ls) != len(fs) {
						continue
					}
					match := true
					for j := range ls {
						if fs[j] != ls[j] && fs[j] != dataKeySeg {
							match = false
							break
						}
					}
					if match {
						seen[l.path]++
						seen[f.Path]--
						if seen[f.Path] == 0 {
							delete(seen, f.Path)
						}
						break
					}
				}
			}
			for _, l := range leaves {
				if seen[l.path] != want[l.path] {
					leafs.add(i, ev, d, "leaf %s appears %d times in fields, want %d", l.path, seen[l.path], want[l.path])
				}
			}
			for p := range seen {
				if _, ok := byPath[p]; !ok {
					leafs.add(i, ev, d, "fields names %s, which is not a leaf", p)
				}
			}
		} else if len(d.Fields) != 0 || len(d.Routes) != 1 || d.Routes[0].Projection != "quarantine" {
			leafs.add(i, ev, d, "error %q with %d fields and routes %s", d.ErrorText(), len(d.Fields), routesOf(d))
		}

		// Values that are public (a leaf the decision keeps, or a member
		// name) may appear in projections; a personal value contained in
		// one is not searched.
		var public []string
		for _, f := range d.Fields {
			if l, ok := byPath[f.Path]; ok && !f.Personal && !f.Sensitive && !strings.HasPrefix(f.Category, "credentials.") {
				public = append(public, l.node.val)
			}
		}
		public = append(public, keys...)
		public = append(public, vocab...)
		// Personal member names are the subject of their own property.
		for _, k := range personalKeys {
			public = append(public, k.key)
		}

		// Full records keep every other leaf: a credential's value that
		// some other leaf or a member name also holds may be there.
		notCred := append(append([]string(nil), keys...), vocab...)
		for _, k := range personalKeys {
			notCred = append(notCred, k.key)
		}
		for _, f := range d.Fields {
			if l, ok := byPath[f.Path]; ok && !strings.HasPrefix(f.Category, "credentials.") {
				notCred = append(notCred, l.node.val)
			}
		}

		for _, f := range d.Fields {
			l, ok := byPath[f.Path]
			if !ok {
				continue
			}
			v := l.node.val
			// credentials: in no record but quarantine.
			if strings.HasPrefix(f.Category, "credentials.") && (l.isStr || l.node.kind == gNumber) && utf8.RuneCountInString(v) >= 4 && !containedIn(v, notCred) {
				for ri, rec := range recs {
					if rec.Projection == "quarantine" {
						continue
					}
					where := recordHas(rec, decs[ri], v)
					if where == "key" && rec.Projection == "full" && bytes.Equal(rec.Key, in.Key) && !bytes.Contains(rec.Value, []byte(v)) {
						// The producer's own record key, forwarded with the
						// full record: not the classifier's doing.
						where = ""
					}
					if where != "" {
						stats["violation credentials in "+rec.Projection]++
						cred.add(i, ev, d, "credential %s (%s, %q) is in the %s of the %s record to %s", f.Path, f.Category, v, where, rec.Projection, rec.Topic)
					}
				}
			}
			// identifiers: a real identifier the decision calls
			// non-personal (a trusted non-personal name) is kept raw.
			if !f.Personal && !f.Sensitive && l.isStr && identifier(l.node.kind2, v) {
				for ri, rec := range recs {
					if rec.Projection == "full" || rec.Projection == "quarantine" || rec.Projection == "audit" {
						continue
					}
					if where := recordHas(rec, decs[ri], v); where != "" {
						ids.add(i, ev, d, "%s at %s (%s personal=false by %s) is in the %s of the %s record to %s: %q",
							l.node.kind2, f.Path, f.Category, f.DetectedBy, where, rec.Projection, rec.Topic, v)
						break
					}
				}
			}
			// leak: personal or sensitive values in no non-full record.
			if !f.Personal && !f.Sensitive {
				continue
			}
			switch {
			case l.isStr && utf8.RuneCountInString(v) >= minValueLn:
			case l.node.kind == gNumber && len(v) >= 8:
			default:
				continue
			}
			if f.Category == "identity.dob" && len(v) <= 4 {
				continue // a bare year: the generalized form pseudonymized records keep by design
			}
			if containedIn(v, public) {
				skipped++
				continue
			}
			searched++
			for ri, rec := range recs {
				if rec.Projection == "full" || rec.Projection == "quarantine" {
					continue
				}
				if where := recordHas(rec, decs[ri], v); where != "" {
					leak.add(i, ev, d, "personal value of %s (%s personal=%v sensitive=%v by %s, generated as %s: %q) is in the %s of the %s record to %s",
						f.Path, f.Category, f.Personal, f.Sensitive, f.DetectedBy, l.node.kind2, v, where, rec.Projection, rec.Topic)
				}
			}
		}

		// member names made of personal data reach no non-full record.
		for _, k := range personalKeys {
			stats["personal member names"]++
			for ri, rec := range recs {
				if rec.Projection == "full" || rec.Projection == "quarantine" {
					continue
				}
				if where := recordHas(rec, decs[ri], k.key); where != "" {
					stats["violation member name "+strings.TrimPrefix(k.kind2, "personal-key:")+" in "+rec.Projection]++
					pkeys.add(i, ev, d, "member name %q (%s) is in the %s of the %s record to %s", k.key, strings.TrimPrefix(k.kind2, "personal-key:"), where, rec.Projection, rec.Topic)
					break
				}
			}
		}

		// residency: in-country packs get a full route to their region.
		if !d.Failed() {
			for _, j := range d.Jurisdictions {
				for _, p := range packs[j.Country] {
					if len(p.laws) == 0 || !contains(j.Laws, p.laws[0]) {
						continue
					}
					if p.mode != "primary_in_country" && p.mode != "in_country_only" {
						continue
					}
					if weakOnly(j.Basis) {
						// Weak evidence alone finds a country but
						// triggers no localization (docs/rules.md).
						stats["residency weak only "+p.mode]++
						continue
					}
					stats["residency "+p.mode]++
					full := false
					for _, r := range d.Routes {
						full = full || r.Region == p.region && r.Projection == "full"
					}
					if !full {
						resid.add(i, ev, d, "%s (%s, %s) applies, but region %s has no full route", j.Country, p.code, p.mode, p.region)
					}
				}
			}
		}
	}
	var st []string
	for k, v := range stats {
		st = append(st, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(st)
	t.Logf("%d events (seed %d) in %s; searched %d personal values, %d skipped (also public); %s",
		n, *propSeed, time.Since(start).Round(time.Millisecond), searched, skipped, strings.Join(st, " "))
	if stats["classified"] < n/4 {
		t.Errorf("only %d of %d events were classified: the generator makes too many events the classifier rejects", stats["classified"], n)
	}

	// The promises, one subtest each (-run 'TestPropertyRandomEvents/leak').
	t.Run("leak", func(t *testing.T) { leak.report(t, n) })
	t.Run("credentials", func(t *testing.T) { cred.report(t, n) })
	t.Run("leaves", func(t *testing.T) { leafs.report(t, n) })
	t.Run("residency", func(t *testing.T) { resid.report(t, n) })
	// Member names that hold an e-mail, a phone, a national id or a card
	// number ({"contacts":{"<e-mail>":true}}) travel into paths, audit
	// records and projections: such an event must be quarantined, and
	// the name must not appear in any non-full record (audit included).
	t.Run("personal_member_names", func(t *testing.T) { pkeys.report(t, n) })
	// A real identifier (valid check digits) under a name the rules
	// declare non-personal ({"plan":"<SNILS>"}) must not reach a
	// pseudonymized or redacted record raw: the value wins over the name,
	// as it already does for e-mail addresses.
	t.Run("identifiers_under_non_personal_names", func(t *testing.T) {
		if !*propStrict && ids.count > 0 {
			for _, e := range ids.shown[:min(2, len(ids.shown))] {
				t.Log(e)
			}
			t.Skipf("%d real identifiers reached pseudonymized/redacted records raw under names the rules declare non-personal; -property.strict fails on them", ids.count)
		}
		ids.report(t, n)
	})
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// weakOnly reports whether a jurisdiction's basis is weak evidence only.
func weakOnly(basis []string) bool {
	for _, b := range basis {
		if !strings.HasSuffix(b, " (weak)") {
			return false
		}
	}
	return len(basis) > 0
}
