package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// holdoutShapes2 are held-out producers added after the others, each with
// a stream of its own (own) so that the shapes before them keep every
// event and every scorer figure.
var holdoutShapes2 = []Shape{
	{Name: "vk_user", Doc: "dev.vk.com/ru/method/users.get and dev.vk.com/ru/reference/objects/user (response[] of users with fields: sex, bdate D.M.YYYY or D.M, city{id,title}, country{id,title}, home_town, domain, contacts, education, personal{}, timezone, last_seen{})", own: true, build: vkUser},
	{Name: "mparticle_batch", Doc: "docs.mparticle.com/developers/apis/json-reference (Events API v2 batch: environment, user_identities, reserved $-user_attributes, device_info, application_info, events[] custom_event, consent_state)", own: true, build: mparticleBatch},
}

// zoneOffset is a time zone's standard UTC offset in hours and the
// hemisphere of its daylight saving time (0 none, 'N' April to October,
// 'S' October to March), close enough for a device's reported offset.
type zoneOffset struct {
	hours float64
	dst   byte
}

var zoneOffsets = map[string]zoneOffset{
	"Europe/Moscow": {3, 0}, "Asia/Almaty": {5, 0}, "Europe/Minsk": {3, 0}, "Europe/Kyiv": {2, 'N'},
	"Asia/Shanghai": {8, 0}, "Asia/Taipei": {8, 0}, "Asia/Tokyo": {9, 0}, "Asia/Seoul": {9, 0},
	"Asia/Kolkata": {5.5, 0}, "Asia/Jakarta": {7, 0}, "Asia/Ho_Chi_Minh": {7, 0}, "Asia/Bangkok": {7, 0},
	"Asia/Riyadh": {3, 0}, "Asia/Dubai": {4, 0}, "Africa/Cairo": {2, 'N'}, "Asia/Jerusalem": {2, 'N'},
	"Europe/Istanbul": {3, 0}, "Europe/Athens": {2, 'N'}, "Europe/Berlin": {1, 'N'}, "Europe/Paris": {1, 'N'},
	"Europe/Madrid": {1, 'N'}, "Europe/Rome": {1, 'N'}, "Europe/Warsaw": {1, 'N'}, "Europe/Amsterdam": {1, 'N'},
	"Europe/Stockholm": {1, 'N'}, "Europe/Lisbon": {0, 'N'}, "Europe/Vienna": {1, 'N'}, "Europe/Prague": {1, 'N'},
	"Europe/Bucharest": {2, 'N'}, "Europe/Sofia": {2, 'N'}, "Europe/Budapest": {1, 'N'}, "Europe/London": {0, 'N'},
	"Europe/Zurich": {1, 'N'}, "America/Chicago": {-6, 'N'}, "America/New_York": {-5, 'N'}, "America/Toronto": {-5, 'N'},
	"America/Mexico_City": {-6, 0}, "America/Sao_Paulo": {-3, 0}, "America/Argentina/Buenos_Aires": {-3, 0},
	"Australia/Sydney": {10, 'S'}, "Pacific/Auckland": {12, 'S'}, "Asia/Singapore": {8, 0},
	"Africa/Johannesburg": {2, 0}, "Africa/Lagos": {1, 0}, "Africa/Nairobi": {3, 0}, "Africa/Kigali": {2, 0},
	"Europe/Oslo": {1, 'N'}, "Europe/Copenhagen": {1, 'N'}, "Europe/Helsinki": {2, 'N'}, "Asia/Manila": {8, 0},
	"Africa/Addis_Ababa": {3, 0}, "Africa/Casablanca": {1, 0}, "America/Santiago": {-4, 'S'}, "America/Bogota": {-5, 0},
	"America/Lima": {-5, 0}, "America/Montevideo": {-3, 0},
	"Asia/Kuala_Lumpur": {8, 0},
	"Europe/Brussels":   {1, 'N'},
	"Europe/Tallinn":    {2, 'N'}, "Europe/Riga": {2, 'N'}, "Europe/Vilnius": {2, 'N'},
	"Asia/Dhaka": {6, 0},
	// Wave 20.
	"Africa/Accra": {0, 0}, "Africa/Kampala": {3, 0}, "Africa/Douala": {1, 0}, "Africa/Abidjan": {0, 0}, "Asia/Karachi": {5, 0},
	// Wave 21.
	"Asia/Tashkent": {5, 0},
	// Wave 22.
	"Asia/Dushanbe": {5, 0}, "Asia/Yerevan": {4, 0},
	// Wave 23.
	"Europe/Dublin": {0, 'N'}, "Asia/Hong_Kong": {8, 0},
}

// utcOffset is the person's clock offset from UTC at event time, in hours,
// and whether daylight saving time is on.
func (g *gen) utcOffset() (float64, bool) {
	z := zoneOffsets[g.p.tz]
	m := g.t.Month()
	dst := z.dst == 'N' && m >= time.April && m <= time.October ||
		z.dst == 'S' && (m >= time.October || m <= time.March)
	if dst {
		return z.hours + 1, true
	}
	return z.hours, false
}

// tzNum is tz for a time zone written as a number (an offset): the
// number points at the zone's countries as the zone's name does.
func (g *gen) tzNum(v any) *node {
	if g.tz(g.p.tz) == nil {
		return nil
	}
	return N(v)
}

// localeCC is locale for a locale's country part written alone
// ("locale_country": "RU").
func (g *gen) localeCC() *node {
	cc := localeCountry(g.p.locale)
	if cc == "" {
		return nil
	}
	return g.locale(g.p.locale).withRaw(cc)
}

// withRaw replaces a leaf's value, keeping its label.
func (n *node) withRaw(v string) *node {
	if n == nil {
		return nil
	}
	n.raw, n.str = v, true
	return n
}

// ageAt is the person's age in whole years at event time.
func (g *gen) ageAt() int {
	d := g.p.dob
	age := g.t.Year() - d.Year()
	if g.t.YearDay() < d.YearDay() {
		age--
	}
	return age
}

// russianName is the country's name as VK writes it with lang=ru.
var russianName = map[string]string{
	"RU": "Россия", "KZ": "Казахстан", "BY": "Беларусь", "UA": "Украина", "CN": "Китай", "TW": "Тайвань", "JP": "Япония",
	"KR": "Южная Корея", "IN": "Индия", "ID": "Индонезия", "VN": "Вьетнам", "TH": "Таиланд", "SA": "Саудовская Аравия",
	"AE": "Объединенные Арабские Эмираты", "EG": "Египет", "IL": "Израиль", "TR": "Турция", "GR": "Греция", "DE": "Германия",
	"FR": "Франция", "ES": "Испания", "IT": "Италия", "PL": "Польша", "NL": "Нидерланды", "SE": "Швеция", "PT": "Португалия",
	"AT": "Австрия", "CZ": "Чехия", "RO": "Румыния", "BG": "Болгария", "HU": "Венгрия", "GB": "Великобритания",
	"CH": "Швейцария", "US": "США", "CA": "Канада", "MX": "Мексика", "BR": "Бразилия", "AR": "Аргентина",
	"AU": "Австралия", "NZ": "Новая Зеландия", "SG": "Сингапур", "ZA": "ЮАР", "NG": "Нигерия", "KE": "Кения", "RW": "Руанда",
}

// vkCountryID is VK's own country id (database.getCountries): the first
// ones are fixed, the others a stable number in VK's range.
func vkCountryID(cc string) int {
	if id, ok := map[string]int{"RU": 1, "UA": 2, "BY": 3, "KZ": 4, "IL": 8, "US": 9, "CA": 10}[cc]; ok {
		return id
	}
	return 19 + (int(cc[0])*31+int(cc[1]))%220
}

// vkLangs is what VK's personal.langs holds for a speaker of the
// country's languages, in the response language.
var vkLangs = map[string][]string{
	"RU": {"Русский", "English"}, "KZ": {"Қазақ тілі", "Русский"}, "BY": {"Беларуская", "Русский"},
	"UA": {"Українська", "English"},
}

var vkReligion = map[string][]string{
	"ru": {"Православие", "Ислам", "Католицизм", "Протестантизм", "Иудаизм", "Буддизм", "Светский гуманизм", "Пастафарианство"},
	"uk": {"Православ'я", "Греко-католицизм", "Іслам", "Іудаїзм"},
	"en": {"Orthodox", "Islam", "Catholic", "Protestant", "Judaism", "Buddhism", "Confucianism", "Secular humanism"},
}

var vkInspired = map[string][]string{
	"ru": {"Лев Толстой", "мои родители", "Юрий Гагарин", "Фёдор Достоевский"},
	"uk": {"Тарас Шевченко", "Леся Українка", "мої батьки"},
	"en": {"my grandmother", "Steve Jobs", "Marie Curie"},
}

// vkUniversity is a university with faculties as VK lists them.
var vkUniversity = map[string][][2]string{
	"RU": {{"МГУ", "Факультет вычислительной математики и кибернетики"}, {"СПбГУ", "Юридический факультет"}, {"КФУ", "Институт фундаментальной медицины и биологии"}},
	"KZ": {{"КазНУ им. аль-Фараби", "Экономический факультет"}, {"ЕНУ им. Л. Н. Гумилёва", "Факультет информационных технологий"}},
	"BY": {{"БГУ", "Факультет прикладной математики и информатики"}, {"БНТУ", "Строительный факультет"}},
	"UA": {{"КНУ ім. Т. Шевченка", "Економічний факультет"}, {"ЛНУ ім. І. Франка", "Юридичний факультет"}},
	"DE": {{"LMU München", "Faculty of Physics"}},
	"US": {{"University of Texas at Austin", "Computer Science"}},
	"GB": {{"University of Manchester", "School of Law"}},
	"PL": {{"Uniwersytet Warszawski", "Wydział Prawa i Administracji"}},
}

// vkPhone writes the number as people type it into VK's contacts: in
// whatever notation, national ones included.
func (g *gen) vkPhone() *node {
	p := g.p
	v := pick(g.r, []string{p.phone, p.phoneNat, g.intl()})
	if g.r.IntN(4) == 0 {
		v = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' || r == '+' {
				return r
			}
			return -1
		}, p.phoneNat)
	}
	return g.phone(v)
}

func vkUser(g *gen) *node {
	p := g.p
	id := 1000000 + g.r.IntN(899000000)
	u := O(
		"id", P(id),
		"first_name", P(p.given),
		"last_name", P(p.family),
	)
	// A banned page keeps its name; VK returns no optional field for it.
	if g.r.IntN(30) == 0 {
		return O("response", A(u.
			set("deactivated", N("banned")).
			set("can_access_closed", N(true)).
			set("is_closed", N(false))))
	}
	lang := "en"
	switch p.c.code {
	case "RU", "KZ", "BY":
		lang = "ru"
	case "UA":
		lang = "uk"
	default:
		if g.r.IntN(2) == 0 {
			lang = "ru"
		}
	}
	closed := g.r.IntN(5) == 0
	u.set("can_access_closed", N(true)).set("is_closed", N(closed))
	u.set("sex", P(map[bool]int{true: 1, false: 2}[p.female]))
	switch x := g.r.IntN(5); {
	case x == 0: // the whole date hidden: no field
	case x == 1: // the year hidden
		u.set("bdate", P(fmt.Sprintf("%d.%d", p.dob.Day(), p.dob.Month())))
	default:
		d := g.dobAt()
		u.set("bdate", P(fmt.Sprintf("%d.%d.%d", d.Day(), d.Month(), d.Year())))
	}
	if p.showResidence {
		u.set("city", O("id", P(1+g.r.IntN(2000000)), "title", g.addr(p.city)))
		title := map[string]string{"ru": russianName[p.c.code], "uk": "Україна", "en": englishName[p.c.code]}[lang]
		u.set("country", O("id", g.residence(fmt.Sprint(vkCountryID(p.c.code))).withNum(), "title", g.residence(title)))
	}
	if g.r.IntN(2) == 0 {
		u.set("home_town", P(pick(g.r, p.cit.cities)))
	}
	domain := fmt.Sprintf("id%d", id)
	if g.r.IntN(2) == 0 {
		domain = strings.ToLower(p.username)
	}
	u.set("domain", P(domain))
	if g.r.IntN(3) == 0 {
		u.set("nickname", P(p.givenL+"_"+fmt.Sprint(p.dob.Year()%100)))
	} else {
		u.set("nickname", N(""))
	}
	u.set("screen_name", P(domain))
	u.set("photo_200", P(fmt.Sprintf("https://sun%d-%d.userapi.com/s/v1/ig2/%s.jpg?size=200x200&quality=95&crop=0,0,%d,%d&ava=1", 1+g.r.IntN(9), 10+g.r.IntN(90), g.chars(b64Set, 43), 400+g.r.IntN(800), 400+g.r.IntN(800))))
	u.set("has_mobile", N(map[bool]int{true: 1, false: 0}[p.phoneE164 != ""]))
	if ph := g.vkPhone(); ph != nil {
		u.set("mobile_phone", ph)
		u.set("home_phone", N(""))
	}
	if g.r.IntN(4) == 0 {
		u.set("site", P("https://t.me/"+strings.ToLower(p.username)))
	} else {
		u.set("site", N(""))
	}
	if us, ok := vkUniversity[p.c.code]; ok && g.r.IntN(2) == 0 {
		un := pick(g.r, us)
		// VK writes 0 for a graduation year not given: nothing of the person.
		grad := N(0)
		if y := p.dob.Year() + 22; y <= g.t.Year()+4 {
			grad = P(y)
		}
		u.set("university", P(1+g.r.IntN(9000))).
			set("university_name", P(un[0])).
			set("faculty", P(1+g.r.IntN(90000))).
			set("faculty_name", P(un[1])).
			set("graduation", grad)
		if lang == "ru" {
			u.set("education_form", P(pick(g.r, []string{"Очное отделение", "Заочное отделение"}))).
				set("education_status", P(pick(g.r, []string{"Выпускник (специалист)", "Студент (бакалавр)", "Выпускница (магистр)"})))
		}
	}
	if g.r.IntN(2) == 0 {
		// 0 is "not given", the others a relationship status.
		if rel := g.r.IntN(9); rel == 0 {
			u.set("relation", N(0))
		} else {
			u.set("relation", P(rel))
		}
	}
	if pers := g.vkPersonal(lang); len(pers.obj) > 0 {
		u.set("personal", pers)
	}
	u.set("about", g.bio())
	if p.showLocale {
		off, _ := g.utcOffset()
		u.set("timezone", g.tzNum(off))
	}
	u.set("verified", N(0))
	u.set("followers_count", N(g.r.IntN(900)))
	u.set("online", N(g.r.IntN(2)))
	u.set("last_seen", O("time", N(g.t.Add(-time.Duration(g.r.IntN(3600))*time.Second).Unix()), "platform", N(1+g.r.IntN(7))))
	return O("response", A(u))
}

// vkPersonal is the user's "life position" block: political views (a
// number from VK's list) and world view are special categories.
func (g *gen) vkPersonal(lang string) *node {
	pers := O()
	if g.r.IntN(3) == 0 {
		pers.set("political", S(1+g.r.IntN(9), "political"))
	}
	if ls, ok := vkLangs[g.p.c.code]; ok && g.r.IntN(2) == 0 {
		arr := A()
		for _, l := range ls {
			arr.arr = append(arr.arr, P(l))
		}
		pers.set("langs", arr)
	}
	if g.r.IntN(3) == 0 {
		pers.set("religion", S(pick(g.r, vkReligion[lang]), "religion"))
	}
	if g.r.IntN(3) == 0 {
		pers.set("inspired_by", P(pick(g.r, vkInspired[lang])))
	}
	if g.r.IntN(2) == 0 {
		pers.set("people_main", P(1+g.r.IntN(6))).set("life_main", P(1+g.r.IntN(8)))
	}
	if g.r.IntN(2) == 0 {
		pers.set("smoking", P(1+g.r.IntN(5))).set("alcohol", P(1+g.r.IntN(5)))
	}
	return pers
}

// withNum writes a leaf's value as a JSON number.
func (n *node) withNum() *node {
	if n != nil {
		n.str = false
	}
	return n
}

func mparticleBatch(g *gen) *node {
	p := g.p
	ios := g.r.IntN(2) == 0
	mpid := g.r.Int64()
	if g.r.IntN(2) == 0 {
		mpid = -mpid
	}
	adid := g.uuid()
	if ios {
		adid = strings.ToUpper(adid)
	}
	ids := O(
		"customer_id", P(fmt.Sprintf("C%09d", g.r.IntN(1000000000))),
		"email", P(p.email),
		"mobile_number", g.phone(g.e164()),
	)
	if g.r.IntN(3) == 0 {
		ids.set("other", P("LOY-"+g.chars("0123456789", 10)))
	}
	attrs := O(
		"$FirstName", P(p.given),
		"$LastName", P(p.family),
		"$Gender", P(map[bool]string{true: "F", false: "M"}[p.female]),
	)
	if g.r.IntN(2) == 0 {
		attrs.set("$Age", P(g.ageAt()))
	}
	attrs.set("$Country", g.residence(pick(g.r, []string{p.c.code, g.english()})))
	attrs.set("$State", g.addrN(p.region))
	attrs.set("$City", g.addr(p.city))
	attrs.set("$Zip", g.addr(p.post))
	attrs.set("$Address", g.addr(p.street))
	attrs.set("$Mobile", g.phone(""))
	attrs.set("plan", N(pick(g.r, []string{"free", "plus", "premium"})))
	attrs.set("marketing_opt_in", N(g.r.IntN(2) == 0))
	attrs.set("signup_source", N(map[bool]string{true: "ios_app", false: "android_app"}[ios]))
	if g.r.IntN(2) == 0 {
		attrs.set("birthday", g.dob("2006-01-02"))
	}
	attrs.set("nationality", g.citizenship(englishName[p.cit.code]))
	attrs.set("bio", g.bio())
	if k, v := g.idLeaf(); v != nil {
		attrs.set(k, v)
	}

	dev := O("platform", N(map[bool]string{true: "iOS", false: "Android"}[ios]))
	if ios {
		model := pick(g.r, []string{"iPhone15,2", "iPhone14,5", "iPhone16,1"})
		dev.set("brand", N("iPhone")).set("product", N(model)).set("device_model", N(model)).
			set("device_manufacturer", N("Apple")).set("os_version", N(pick(g.r, []string{"17.4.1", "17.5", "16.7.8"}))).
			set("ios_advertising_id", P(adid)).set("ios_idfv", P(strings.ToUpper(g.uuid()))).
			set("att_authorization_status", N("authorized")).set("att_timestamp_unixtime_ms", N(g.t.Add(-time.Minute).UnixMilli()))
	} else {
		dev.set("brand", N("samsung")).set("product", N("a54xnseea")).set("device", N("a54x")).set("device_model", N("SM-A546B")).
			set("device_manufacturer", N("samsung")).set("os_version", N("14")).set("build_version_release", N("14")).
			set("android_advertising_id", P(adid)).set("android_uuid", P(g.hex(16))).
			set("http_header_user_agent", N("Dalvik/2.1.0 (Linux; U; Android 14; SM-A546B Build/UP1A.231005.007)"))
	}
	dev.set("screen_height", N(2340)).set("screen_width", N(1080)).set("screen_dpi", N(420)).set("is_tablet", N(false))
	if p.showLocale {
		off, dst := g.utcOffset()
		dev.set("locale_language", N(g.lang())).
			set("locale_country", g.localeCC()).
			set("timezone_offset", g.tzNum(off)).
			set("is_dst", N(dst))
	}
	dev.set("limit_ad_tracking", N(false))
	if g.r.IntN(2) == 0 {
		dev.set("push_token", P(g.hex(64)))
	}

	session := g.uuid()
	start := g.t.Add(-time.Duration(30+g.r.IntN(600)) * time.Second)
	evAttrs := O("method", N(pick(g.r, []string{"email", "phone", "apple", "google"})), "plan", N("free"), "referrer", N(pick(g.r, []string{"instagram", "organic", "friend_invite"})))
	data := O(
		"event_name", N("Sign Up"),
		"custom_event_type", N("other"),
		"timestamp_unixtime_ms", N(g.t.UnixMilli()),
		"source_message_id", N(g.uuid()),
		"session_uuid", P(session),
		"session_start_unixtime_ms", N(start.UnixMilli()),
		"custom_attributes", evAttrs,
	)
	if g.r.IntN(4) == 0 {
		data.set("location", O("latitude", P(float64(g.r.IntN(1800000)-900000)/10000), "longitude", P(float64(g.r.IntN(3600000)-1800000)/10000), "accuracy", N(float64(5+g.r.IntN(60)))))
	}
	events := A(
		O("data", O(
			"screen_name", N("Registration"),
			"timestamp_unixtime_ms", N(g.t.Add(-20*time.Second).UnixMilli()),
			"source_message_id", N(g.uuid()),
			"session_uuid", P(session),
			"session_start_unixtime_ms", N(start.UnixMilli()),
			"custom_attributes", O("step", N("form")),
		), "event_type", N("screen_view")),
		O("data", data, "event_type", N("custom_event")),
	)

	hw := map[bool]string{true: "IDFA:", false: "GAID:"}[ios] + adid
	consent := O("gdpr", O("marketing", O(
		"document", N("privacy_policy_v3"),
		"consented", N(g.r.IntN(3) != 0),
		"timestamp_unixtime_ms", N(g.t.Add(-10*time.Second).UnixMilli()),
		"location", N("app://signup/consent"),
		"hardware_id", P(hw),
	)))
	if p.c.code == "US" {
		consent.set("ccpa", O("data_sale_opt_out", O(
			"document", N("ccpa_notice_v1"),
			"consented", N(g.r.IntN(2) == 0),
			"timestamp_unixtime_ms", N(g.t.Add(-10*time.Second).UnixMilli()),
			"location", N("app://signup/consent"),
			"hardware_id", P(hw),
		)))
	}

	return O(
		"schema_version", N(2),
		"environment", N(pick(g.r, []string{"production", "production", "development"})),
		"context", O("data_plan", O("plan_id", N("signup_plan"), "plan_version", N(3))),
		"user_identities", ids,
		"user_attributes", attrs,
		"device_info", dev,
		"application_info", O(
			"application_name", N("Example Shop"),
			"application_version", N(pick(g.r, []string{"5.12.0", "5.13.1"})),
			"application_build_number", N(fmt.Sprint(5120+g.r.IntN(40))),
			"package", N(map[bool]string{true: "com.example.shop.ios", false: "com.example.shop"}[ios]),
		),
		"ip", P(p.ip),
		"source_request_id", N(g.uuid()),
		"mpid", P(mpid),
		"mp_deviceid", P(g.uuid()),
		"timestamp_unixtime_ms", N(g.t.UnixMilli()),
		"events", events,
		"consent_state", consent,
	)
}
