package evalcorpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/nyaruka/phonenumbers"
)

// person is one subject: who they are and what the event may say of them.
type person struct {
	c            *country // residence
	cit          *country // citizenship
	given        string
	family       string
	givenL       string // Latin spellings
	familyL      string
	female       bool
	dob          time.Time
	minor        bool
	email        string
	username     string
	phoneCC      string // the country of the phone number
	phoneE164    string
	phone        string // in the notation this event uses
	phoneNat     string
	city, street string
	post, region string
	idScheme     string
	idField      string
	idValue      string
	ip           string
	locale, tz   string
	bio          string
	bioCat       string // special category of the bio, "" if none

	// What the event shows of the subject's countries.
	showResidence   bool // a country of residence (address country, country field)
	showCitizenship bool // a nationality field
	showPhone       bool
	showLocale      bool // locale and time zone
}

// fullName writes the name as the country writes it.
func (p *person) fullName() string {
	switch {
	case p.c.noSpace && p.c.familyFirst:
		return p.family + p.given
	case p.c.familyFirst:
		return p.family + " " + p.given
	}
	return p.given + " " + p.family
}

func split(s string) (native, latin string) {
	if i := strings.IndexByte(s, '|'); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, strings.ToLower(s)
}

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// pattern fills # with digits and A with capital letters.
func pattern(r *rand.Rand, p string) string {
	var b strings.Builder
	for _, c := range p {
		switch c {
		case '#':
			b.WriteByte(byte('0' + r.IntN(10)))
		case 'A':
			b.WriteByte(byte('A' + r.IntN(26)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// newPerson draws a subject living in c at event time t.
func newPerson(r *rand.Rand, c *country, t time.Time) *person {
	p := &person{c: c, cit: c}
	p.given, p.givenL = split(pick(r, c.given))
	p.family, p.familyL = split(pick(r, c.family))
	p.female = r.IntN(2) == 0
	// About one subject in six is a minor (10-17 years old).
	age := 18 + r.IntN(60)
	if r.IntN(6) == 0 {
		age = 10 + r.IntN(8)
		p.minor = true
	}
	p.dob = t.AddDate(-age, 0, -r.IntN(365)).Truncate(24 * time.Hour)
	if r.IntN(7) == 0 { // an expatriate: a citizen of another country
		p.cit = pick(r, countries)
	}
	p.phoneCC = c.code
	if p.cit != c && r.IntN(2) == 0 {
		p.phoneCC = p.cit.code // kept the home number
	}
	p.phoneE164, p.phoneNat = phoneNumber(r, p.phoneCC)
	p.phone = phoneNotation(r, p.phoneE164, p.phoneNat)
	local := strings.ReplaceAll(p.givenL, " ", "") + pick(r, []string{".", "_", ""}) + strings.ReplaceAll(p.familyL, " ", "")
	if r.IntN(3) == 0 {
		local += fmt.Sprint(r.IntN(100))
	}
	p.email = local + "@" + pick(r, []string{c.domain, "gmail.com", "outlook.com", "proton.me"})
	p.username = p.givenL[:min(len(p.givenL), 5)] + p.familyL[:min(len(p.familyL), 3)] + fmt.Sprint(10+r.IntN(990))
	p.city, p.street = pick(r, c.cities), pick(r, c.streets)
	p.post = pattern(r, c.post)
	p.region = c.region
	if len(c.ids) > 0 {
		p.idScheme = pick(r, c.ids)
		g, ok := idGens[p.idScheme]
		if !ok {
			g = moreIDGens[p.idScheme]
		}
		p.idField = g.field
		p.idValue = g.gen(r, p.dob, p.female, [2]string{p.givenL, p.familyL})
	}
	p.ip = fmt.Sprintf("%d.%d.%d.%d", 11+r.IntN(180), r.IntN(256), r.IntN(256), 1+r.IntN(254))
	p.locale, p.tz = c.locale, c.tz
	if r.IntN(10) == 0 { // an English keyboard and a travelling clock
		p.locale, p.tz = "en-US", "America/New_York"
	}
	p.bio, p.bioCat = bio(r, c.lang)

	// The evidence of countries the event carries: mostly a residence;
	// sometimes only a phone, locale or time zone; sometimes nothing.
	switch x := r.IntN(20); {
	case x < 14:
		p.showResidence, p.showPhone, p.showLocale = true, r.IntN(4) != 0, r.IntN(2) == 0
	case x < 18:
		p.showPhone, p.showLocale = r.IntN(3) != 0, true
	}
	p.showCitizenship = r.IntN(3) == 0
	return p
}

// phoneNumber draws a valid mobile number of region cc: the region's
// example mobile number with its last digits redrawn until the number is
// valid for that region (libphonenumber's metadata).
func phoneNumber(r *rand.Rand, cc string) (e164, national string) {
	ex := phonenumbers.GetExampleNumberForType(cc, phonenumbers.MOBILE)
	if ex == nil {
		return "", ""
	}
	for range 50 {
		nsn := fmt.Sprint(ex.GetNationalNumber())
		keep := max(len(nsn)-4, 2)
		v := nsn[:keep] + pattern(r, strings.Repeat("#", len(nsn)-keep))
		var nn uint64
		fmt.Sscan(v, &nn)
		n := &phonenumbers.PhoneNumber{CountryCode: ex.CountryCode, NationalNumber: &nn, ItalianLeadingZero: ex.ItalianLeadingZero}
		if phonenumbers.IsValidNumberForRegion(n, cc) && phonenumbers.GetRegionCodeForNumber(n) == cc {
			return phonenumbers.Format(n, phonenumbers.E164), phonenumbers.Format(n, phonenumbers.NATIONAL)
		}
	}
	return phonenumbers.Format(ex, phonenumbers.E164), phonenumbers.Format(ex, phonenumbers.NATIONAL)
}

// phoneNotation writes a number as people and forms do: E.164, with
// spaces, national, without '+', with the 00 prefix, as a tel: URI.
func phoneNotation(r *rand.Rand, e164, national string) string {
	if e164 == "" {
		return ""
	}
	n, err := phonenumbers.Parse(e164, "")
	if err != nil {
		return e164
	}
	intl := phonenumbers.Format(n, phonenumbers.INTERNATIONAL)
	switch r.IntN(7) {
	case 0:
		return intl
	case 1:
		return national
	case 2:
		return e164[1:]
	case 3:
		return "00" + e164[1:]
	case 4:
		return phonenumbers.Format(n, phonenumbers.RFC3966)
	case 5:
		return strings.ReplaceAll(intl, " ", "-")
	}
	return e164
}

// dobNotation writes a birth date in one of the notations forms use.
func dobNotation(r *rand.Rand, d time.Time, c *country) string {
	switch r.IntN(9) {
	case 0:
		return d.Format("02.01.2006")
	case 1:
		if c.code == "US" {
			return d.Format("01/02/2006")
		}
		return d.Format("02/01/2006")
	case 2:
		return d.Format("2006/01/02")
	case 3:
		return d.Format("20060102")
	case 4:
		return d.Format("2 January 2006")
	case 5:
		if c.noSpace {
			return fmt.Sprintf("%d年%d月%d日", d.Year(), d.Month(), d.Day())
		}
		return d.Format("January 2, 2006")
	case 6:
		return d.Format("2006-01-02T15:04:05Z")
	}
	return d.Format("2006-01-02")
}

type bioLine struct{ cat, text string }

// Free-text bios, by language: some mention a special category.
var bios = map[string][]bioLine{
	"en": {{"health", "Living with type 1 diabetes, still running marathons."}, {"religion", "Practising Muslim, love hiking and chess."}, {"sexual_orientation", "Proud gay dad of two, into baking."}, {"political", "Member of the Green Party since 2015."}, {"trade_union", "Union steward at my local branch of Unite."}, {"", "Coffee lover and amateur photographer."}, {"", "Building things on weekends, mostly furniture."}},
	"ru": {{"health", "У меня диабет второго типа, слежу за питанием."}, {"religion", "Православный христианин, пою в церковном хоре."}, {"sexual_orientation", "Я гей, ищу друзей по интересам."}, {"", "Люблю путешествовать и читать фантастику."}},
	"uk": {{"health", "Маю астму з дитинства, але граю у футбол."}, {"", "Люблю гори та каву."}},
	"de": {{"health", "Ich habe Multiple Sklerose und arbeite trotzdem Vollzeit."}, {"religion", "Katholisch, engagiere mich in meiner Gemeinde."}, {"trade_union", "Mitglied der Gewerkschaft ver.di."}, {"", "Ich fotografiere gern und fahre Rad."}},
	"es": {{"health", "Tengo asma desde niña y hago natación."}, {"sexual_orientation", "Soy lesbiana y activista por la igualdad."}, {"political", "Militante del PSOE desde hace años."}, {"", "Me encanta cocinar para mis amigos."}},
	"fr": {{"health", "Je suis séropositif depuis 2010 et je vais bien."}, {"religion", "Je suis juif pratiquant."}, {"", "Passionnée de randonnée et de cinéma."}},
	"pt": {{"health", "Tenho depressão e faço terapia semanal."}, {"religion", "Sou evangélica, frequento a igreja aos domingos."}, {"", "Apaixonado por futebol e churrasco."}},
	"tr": {{"health", "Şeker hastasıyım, düzenli spor yapıyorum."}, {"religion", "Müslümanım, Ramazan'da oruç tutarım."}, {"", "Kitap okumayı ve yürüyüşü severim."}},
	"it": {{"health", "Soffro di epilessia ma vivo pienamente."}, {"", "Amo la cucina e il mare."}},
	"pl": {{"religion", "Jestem katolikiem, śpiewam w chórze parafialnym."}, {"health", "Choruję na cukrzycę typu 1."}, {"", "Lubię góry i rower."}},
	"ja": {{"health", "私は糖尿病を患っていますが、毎日散歩しています。"}, {"", "写真と旅行が趣味です。"}},
	"zh": {{"health", "我患有抑郁症，正在接受治疗。"}, {"", "喜欢旅游和摄影。"}},
	"ko": {{"health", "저는 당뇨병이 있어서 식단을 관리합니다."}, {"", "등산과 요리를 좋아합니다."}},
	"ar": {{"religion", "أنا مسلم ملتزم وأحب القراءة."}, {"health", "أعاني من مرض السكري منذ سنوات."}, {"", "أحب السفر والتصوير."}},
	"hi": {{"health", "मुझे मधुमेह है, मैं रोज़ योग करता हूँ।"}, {"religion", "मैं हिंदू हूँ और मंदिर जाता हूँ।"}, {"", "मुझे क्रिकेट पसंद है।"}},
	"he": {{"religion", "אני יהודי דתי ושומר שבת."}, {"", "אוהב לטייל בארץ."}},
	"el": {{"health", "Έχω διαβήτη τύπου 1."}, {"", "Μου αρέσει η θάλασσα."}},
	"th": {{"health", "ฉันเป็นโรคเบาหวาน"}, {"", "ชอบทำอาหารและท่องเที่ยว"}},
	"bn": {{"religion", "নিয়মিত নামাজ পড়ি, শুক্রবার মসজিদে যাই।"}, {"health", "আমার ডায়াবেটিস আছে, নিয়মিত ইনসুলিন নিই।"}, {"", "বই পড়তে আর ঘুরতে ভালোবাসি।"}},
	"vi": {{"health", "Tôi bị tiểu đường type 2."}, {"", "Thích du lịch và chụp ảnh."}},
}

// bio returns a free-text bio in lang (English when there is none) and
// the special category it mentions; about a third of subjects have none.
func bio(r *rand.Rand, lang string) (string, string) {
	if r.IntN(3) == 0 {
		return "", ""
	}
	lines, ok := bios[lang]
	if !ok || r.IntN(4) == 0 {
		lines = bios["en"]
	}
	l := pick(r, lines)
	return l.text, l.cat
}
