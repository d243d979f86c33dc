package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------ Moodle web services

// A Moodle web service call's function name, response format, search
// field name, the site's host, the user's auth plugin, flags (suspended,
// confirmed), calendar type, theme, mail and description formats, first
// and last access times, the institution and department, custom fields'
// types, names and short names, preferences (names and values), the
// warnings, and an event's name, component, action, target, object
// table, CRUD letter, education level, context id and level, course id,
// anonymous flag, time created, origin and the forwarder's host are
// non-personal. The user's id (as object id, related user id, the
// user context's instance id and the acting user's id, a person too),
// user name, names, phonetic and alternate names, full name, e-mail
// address, ID number, address, city, phones, interests, picture URL,
// description, the custom fields' values and display values (date of
// birth, class, guardian's name and phone, national id, nationality),
// the logged IP address, an event's other data naming the user and the
// user record a forwarder snapshots are personal. country is the
// residence, a lang with a region (es_mx, pt_br) and the time zone weak
// evidence, a nationality custom field the citizenship. Custom fields
// telling of a faith (Konfession, Religión, the IRC choice, halal meals)
// are sensitive (religion), of special needs, allergies or conditions
// (health), of ethnicity (ethnicity); a description bio is sensitive in
// its category. The wstoken (in a URL, a form or a body), a forwarder's
// token, the password sent to core_user_create_users, the password hash
// of a snapshot and the login lockout secret are credentials.

var w37MDCountries = []string{"ES", "MX", "CO", "AR", "CL", "PE", "UY", "DE", "AT", "CH", "FR", "BE", "IT", "PT", "BR", "BR", "PL", "CZ", "RO", "GR", "TR", "JP", "KR",
	"TW", "IN", "ID", "VN", "TH", "PH", "MY", "SA", "AE", "EG", "MA", "KE", "NG", "GH", "UG", "ZA", "GB", "IE", "US", "CA", "AU", "NZ", "RU", "UA", "KZ", "FI",
	"NO", "SE", "DK", "NL", "HU", "BG"}

// w37MDLang are the Moodle language packs the countries' sites use
// (underscore notation, a region only for national variants).
var w37MDLang = map[string]string{"ES": "es", "MX": "es_mx", "CO": "es", "AR": "es", "CL": "es", "PE": "es", "UY": "es", "DE": "de", "AT": "de", "CH": "de_ch",
	"FR": "fr", "BE": "fr", "IT": "it", "PT": "pt", "BR": "pt_br", "PL": "pl", "CZ": "cs", "RO": "ro", "GR": "el", "TR": "tr", "JP": "ja", "KR": "ko", "TW": "zh_tw",
	"IN": "en", "ID": "id", "VN": "vi", "TH": "th", "PH": "en", "MY": "ms", "SA": "ar", "AE": "ar", "EG": "ar", "MA": "fr", "KE": "en", "NG": "en", "GH": "en",
	"UG": "en", "ZA": "en", "GB": "en", "IE": "en", "US": "en_us", "CA": "fr_ca", "AU": "en", "NZ": "en", "RU": "ru", "UA": "uk", "KZ": "ru", "FI": "fi", "NO": "no",
	"SE": "sv", "DK": "da", "NL": "nl", "HU": "hu", "BG": "bg"}

// w37MDField is a custom user profile field a site defines.
type w37MDField struct{ name, short, kind string }

// w37MDFields are the profile fields schools define, in their language.
var w37MDFields = map[string][]w37MDField{
	"de": {{"Geburtsdatum", "geburtsdatum", "dob"}, {"Konfession", "konfession", "religion"}, {"Sonderpädagogischer Förderbedarf", "foerderbedarf", "needs"},
		{"Erziehungsberechtigte/r", "erziehungsberechtigte", "guardian"}, {"Telefon Erziehungsberechtigte", "telefoneltern", "guardianphone"}, {"Klasse", "klasse", "class"}},
	"es": {{"Fecha de nacimiento", "fechanacimiento", "dob"}, {"Religión", "religion", "religion"}, {"Necesidades educativas especiales", "nee", "needs"},
		{"Nombre del tutor legal", "tutor", "guardian"}, {"Teléfono del tutor", "telefonotutor", "guardianphone"}, {"Curso y grupo", "curso", "class"}, {"DNI/NIE", "dni", "nationalid"}},
	"fr": {{"Date de naissance", "datenaissance", "dob"}, {"Responsable légal", "responsable", "guardian"}, {"Téléphone du responsable", "telresponsable", "guardianphone"},
		{"PAI / PAP", "pai", "needs"}, {"Classe", "classe", "class"}, {"Régime alimentaire", "regime", "diet"}},
	"pt": {{"Data de nascimento", "datanascimento", "dob"}, {"Religião", "religiao", "religion"}, {"Necessidades educativas especiais", "nee", "needs"},
		{"Nome do responsável", "responsavel", "guardian"}, {"CPF", "cpf", "nationalid"}, {"Turma", "turma", "class"}},
	"it": {{"Data di nascita", "datanascita", "dob"}, {"Insegnamento della religione cattolica", "irc", "religion"}, {"BES / DSA", "bes", "needs"},
		{"Codice fiscale", "codicefiscale", "nationalid"}, {"Classe", "classe", "class"}},
	"pl": {{"Data urodzenia", "dataurodzenia", "dob"}, {"Religia / etyka", "religia", "religion"}, {"Orzeczenie o potrzebie kształcenia specjalnego", "orzeczenie", "needs"},
		{"PESEL", "pesel", "nationalid"}, {"Klasa", "klasa", "class"}},
	"tr": {{"Doğum tarihi", "dogumtarihi", "dob"}, {"T.C. Kimlik No", "tckimlikno", "nationalid"}, {"Veli adı soyadı", "veliadi", "guardian"},
		{"Veli telefonu", "velitelefon", "guardianphone"}, {"Sınıf / Şube", "sinif", "class"}},
	"ja": {{"生年月日", "birthday", "dob"}, {"保護者氏名", "hogosha", "guardian"}, {"保護者連絡先", "hogoshatel", "guardianphone"}, {"アレルギー・持病", "allergy", "needs"},
		{"学年・組", "kumi", "class"}},
	"ko": {{"생년월일", "birthdate", "dob"}, {"보호자 성명", "guardian", "guardian"}, {"보호자 연락처", "guardianphone", "guardianphone"}, {"학년/반", "ban", "class"}},
	"ar": {{"تاريخ الميلاد", "birthdate", "dob"}, {"الديانة", "religion", "religion"}, {"اسم ولي الأمر", "guardian", "guardian"}, {"هاتف ولي الأمر", "guardianphone", "guardianphone"},
		{"الجنسية", "nationality", "nationality"}},
	"ru": {{"Дата рождения", "birthdate", "dob"}, {"СНИЛС", "snils", "nationalid"}, {"ФИО родителя (законного представителя)", "parent", "guardian"},
		{"Телефон родителя", "parentphone", "guardianphone"}, {"Класс", "class", "class"}},
	"uk": {{"Дата народження", "birthdate", "dob"}, {"ПІБ батьків", "parent", "guardian"}, {"Телефон батьків", "parentphone", "guardianphone"}, {"Клас", "class", "class"}},
	"en": {{"Date of birth", "dob", "dob"}, {"Special educational needs", "sen", "needs"}, {"Parent/Guardian name", "guardian", "guardian"},
		{"Parent/Guardian phone", "guardianphone", "guardianphone"}, {"Form group", "form", "class"}, {"Religion", "religion", "religion"}, {"Ethnicity", "ethnicity", "ethnicity"},
		{"Dietary requirements", "diet", "diet"}},
}

var w37MDReligion = map[string][]string{
	"de": {"römisch-katholisch", "evangelisch", "islamisch", "orthodox", "ohne Bekenntnis"},
	"es": {"Católica", "Evangélica", "Islámica", "Ninguna (Valores Éticos)"},
	"pt": {"Católica", "Evangélica", "Espírita", "Sem religião", "Umbanda"},
	"it": {"Si avvale", "Non si avvale"},
	"pl": {"Religia rzymskokatolicka", "Etyka", "Religia prawosławna"},
	"ar": {"مسلم", "مسيحي"},
	"en": {"Church of England", "Roman Catholic", "Muslim", "Hindu", "Sikh", "Jewish", "No religion"},
}

var w37MDNeeds = map[string][]string{
	"de": {"Förderschwerpunkt Lernen", "Autismus-Spektrum-Störung", "LRS (Legasthenie)", "ADHS", "Förderschwerpunkt Hören"},
	"es": {"TDAH", "Dislexia", "TEA (trastorno del espectro autista)", "Discapacidad auditiva"},
	"fr": {"PAI asthme – Ventoline à l'infirmerie", "PAI allergie arachide", "PAP dyslexie", "PAI diabète de type 1"},
	"pt": {"TDAH", "Dislexia", "TEA (autismo)", "Deficiência visual"},
	"it": {"DSA – dislessia", "Legge 104 – disabilità motoria", "BES – ADHD"},
	"pl": {"Niepełnosprawność ruchowa", "Dysleksja", "Autyzm", "Słabowidzenie"},
	"ja": {"卵アレルギー", "そばアレルギー（エピペン所持）", "ぜんそく", "1型糖尿病"},
	"en": {"EHCP – autism", "SEN support – dyslexia", "ADHD", "Hearing impairment", "Epilepsy – care plan on file"},
}

var w37MDClass = map[string][]string{
	"de": {"7b", "9a", "10c", "Q1"}, "es": {"2º ESO B", "1º Bachillerato A", "6º Primaria C"}, "fr": {"5e B", "3e A", "Terminale 2"},
	"pt": {"9º ano A", "1ª série B", "7º ano C"}, "it": {"3ª B", "1ª A", "5ª C"}, "pl": {"7b", "2c", "8a"}, "tr": {"9-A", "11-C", "7-B"},
	"ja": {"2年B組", "3年1組", "1年4組"}, "ko": {"2학년 3반", "1학년 5반"}, "ru": {"7 «Б»", "10 «А»", "5 «В»"}, "uk": {"8-А", "6-Б"},
	"en": {"Year 9 / 9R", "10KM", "Year 7 Oak", "Grade 8 - Homeroom 204"},
}

// w37MDSites are the sites' hosts and institutions.
var w37MDSites = [][2]string{{"moodle.ies-cervantes.example", "IES Miguel de Cervantes"}, {"lernplattform.gymnasium-nord.example", "Gymnasium Nord"},
	{"ead.escola-estadual.example", "E. E. Prof. Paulo Freire"}, {"elearning.uni-andina.example", "Universidad Andina"}, {"moodle.lycee-hugo.example", "Lycée Victor Hugo"},
	{"school.sakura-gakuen.example", "桜学園中学校"}, {"lms.greenvale-academy.example", "Greenvale Academy"}, {"moodle.ataturk-lisesi.example", "Atatürk Anadolu Lisesi"},
	{"campus.liceo-galilei.example", "Liceo Galileo Galilei"}, {"edu.school57.example", "Школа № 57"}, {"moodle.nairobi-academy.example", "Nairobi Academy"}}

func moodleWebserviceUsers(g *gen) *node {
	cc := pick(g.r, w37MDCountries)
	g.w37Redraw(cc)
	role := pick(g.r, []string{"school", "school", "school", "school", "uni", "uni", "teacher", "corporate"})
	switch role {
	case "school":
		g.w37Age(9, 18)
	case "uni":
		g.w37Age(17, 34)
	case "teacher":
		g.w37Age(24, 64)
	default:
		g.w37Age(20, 62)
	}
	p := g.p
	if role == "uni" && g.r.IntN(5) == 0 { // an exchange student
		g.w37Move(pick(g.r, []string{"DE", "ES", "FR", "GB", "NL", "IT", "PT", "JP", "AU", "CA"}), g.r.IntN(2) == 0)
		cc = p.c.code
	}
	lang := p.c.lang
	if _, ok := w37MDFields[lang]; !ok || (lang == "uk" && g.r.IntN(2) == 0) {
		lang = "en"
	}
	site := pick(g.r, w37MDSites)
	if i, ok := map[string]int{"es": 0, "de": 1, "pt": 2, "fr": 4, "ja": 5, "tr": 7, "it": 8, "ru": 9}[lang]; ok && g.r.IntN(4) != 0 {
		site = w37MDSites[i]
		if lang == "es" && role == "uni" {
			site = w37MDSites[3]
		}
	}
	base := "https://" + site[0]
	uid := 3 + g.r.IntN(90000)
	actor := 2 + g.r.IntN(3)
	first, last := g.w37Names(false)
	full := g.w37Full(first, last)
	domain := strings.SplitN(site[0], ".", 2)[1]
	var username, email string
	switch role {
	case "school":
		username = pick(g.r, []string{w37Clean(p.givenL) + "." + w37Clean(p.familyL), fmt.Sprintf("s%07d", g.r.IntN(10000000)), w37Initial(p.givenL) + w37Clean(p.familyL) + fmt.Sprint(g.r.IntN(100))})
		email = pick(g.r, []string{username + "@alumnos." + domain, username + "@students." + domain, p.email})
	case "uni":
		username = pick(g.r, []string{fmt.Sprintf("%d%05d", g.t.Year()%100, g.r.IntN(100000)), w37Clean(p.givenL) + "." + w37Clean(p.familyL)})
		email = pick(g.r, []string{p.email, w37Clean(p.givenL) + "." + w37Clean(p.familyL) + "@estudiantes." + domain})
	default:
		username = w37Initial(p.givenL) + w37Clean(p.familyL)
		email = pick(g.r, []string{w37Clean(p.givenL) + "." + w37Clean(p.familyL) + "@" + domain, p.email})
	}
	idnumber := ""
	if g.r.IntN(3) != 0 {
		idnumber = pick(g.r, []string{fmt.Sprint(100000 + g.r.IntN(900000)), fmt.Sprintf("%d-%04d", g.t.Year()-g.r.IntN(5), g.r.IntN(10000))})
	}
	if p.idValue != "" && g.r.IntN(5) == 0 { // the national id as ID number
		idnumber = p.idValue
	}
	token := g.hex(32)
	epoch := func(back time.Duration) int64 { return g.t.Add(-back).Unix() }
	firstAccess := epoch(time.Duration(200+g.r.IntN(4000)) * time.Hour)
	lastAccess := epoch(time.Duration(g.r.IntN(200)) * time.Hour)
	created := epoch(time.Duration(4200+g.r.IntN(9000)) * time.Hour)

	langNode := func() *node {
		code := w37MDLang[cc]
		if p.locale == "en-US" {
			code = "en_us"
		}
		if i := strings.IndexByte(code, '_'); i > 0 && p.showLocale {
			return g.w35Loc(code, code[:i]+"-"+strings.ToUpper(code[i+1:]))
		}
		if i := strings.IndexByte(code, '_'); i > 0 {
			code = code[:i]
		}
		return N(code)
	}
	tzNode := func() *node {
		if p.showLocale && g.r.IntN(3) != 0 {
			return g.w37TZ(p.tz)
		}
		return N("99")
	}
	// the custom profile fields this site defines and this user filled
	customs := func(create bool) *node {
		a := A()
		defs := w37MDFields[lang]
		for _, f := range defs {
			if role == "teacher" || role == "corporate" {
				if f.kind != "dob" || g.r.IntN(2) == 0 {
					continue
				}
			}
			if role == "uni" && f.kind != "dob" && f.kind != "nationalid" && f.kind != "nationality" && f.kind != "religion" {
				continue
			}
			if f.kind != "dob" && g.r.IntN(3) == 0 {
				continue
			}
			var typ string
			var value, display *node
			switch f.kind {
			case "dob":
				if g.r.IntN(3) == 0 {
					typ = "text"
					v := p.dob.Format(pick(g.r, []string{"02/01/2006", "02.01.2006", "2006-01-02", "2/1/2006"}))
					value, display = g.w35DOBText(v), g.w35DOBText(v)
				} else {
					typ = "datetime"
					value = g.w35DOBText(fmt.Sprint(p.dob.Unix()))
					display = g.w35DOBText(w37LongDate(p.dob, lang))
				}
			case "religion":
				l, ok := w37MDReligion[lang]
				if !ok {
					continue
				}
				typ = "menu"
				v := pick(g.r, l)
				value, display = S(v, "religion"), S(v, "religion")
			case "needs":
				l := w37MDNeeds[lang]
				if l == nil || g.r.IntN(2) == 0 {
					continue
				}
				typ = "textarea"
				v := pick(g.r, l)
				value, display = S(v, "health"), S("<p>"+v+"</p>", "health")
			case "guardian":
				if role != "school" {
					continue
				}
				o := g.w37Other(cc)
				o.family, o.familyL = p.family, p.familyL
				typ = "text"
				v := w37OtherName(o)
				value, display = P(v), P(v)
			case "guardianphone":
				if role != "school" {
					continue
				}
				typ = "text"
				v := g.w36OtherPhone(cc)
				value, display = P(v), P(v)
			case "class":
				if role != "school" {
					continue
				}
				typ = "menu"
				v := pick(g.r, w37MDClass[lang])
				value, display = P(v), P(v)
			case "nationalid":
				switch p.idScheme {
				case "es_dni", "br_cpf", "it_codice_fiscale", "pl_pesel", "tr_tckn", "ru_snils":
				default:
					continue
				}
				typ = "text"
				value, display = P(p.idValue), P(p.idValue)
			case "nationality":
				if !p.showCitizenship {
					continue
				}
				typ = "menu"
				v := w35Native(p.cit.code)
				value, display = g.citizenship(v), g.citizenship(v)
			case "ethnicity":
				if cc != "GB" {
					continue
				}
				typ = "menu"
				v := pick(g.r, []string{"White - British", "Asian or Asian British - Pakistani", "Black or Black British - Caribbean", "Mixed - White and Black African", "Chinese", "Prefer not to say"})
				value, display = S(v, "ethnicity"), S(v, "ethnicity")
			case "diet":
				typ = "menu"
				switch d := pick(g.r, []string{"Halal", "Kosher", "Végétarien", "Vegetarian", "Gluten-free (coeliac)", "Sans porc", "None"}); d {
				case "Halal", "Kosher", "Sans porc":
					value, display = S(d, "religion"), S(d, "religion")
				case "Gluten-free (coeliac)":
					value, display = S(d, "health"), S(d, "health")
				case "None":
					value, display = N(d), N(d)
				default:
					value, display = P(d), P(d)
				}
			}
			if create { // core_user_create_users takes {type: shortname, value}
				a.arr = append(a.arr, O("type", N(f.short), "value", value))
				continue
			}
			a.arr = append(a.arr, O("type", N(typ), "value", value, "displayvalue", display, "name", N(f.name), "shortname", N(f.short)))
		}
		return a
	}
	prefs := func(create bool) *node {
		a := A()
		add := func(name string, v *node) {
			k := "name"
			if create {
				k = "type"
			}
			a.arr = append(a.arr, O(k, N(name), "value", v))
		}
		add("auth_forcepasswordchange", N(pick(g.r, []string{"0", "1"})))
		if create {
			return a
		}
		add("email_bounce_count", N("0"))
		add("email_send_count", N(fmt.Sprint(g.r.IntN(40))))
		add("login_failed_count_since_success", N(fmt.Sprint(g.r.IntN(4))))
		add("block_myoverview_user_sort_preference", N(pick(g.r, []string{"lastaccessed", "title"})))
		add("core_message_migrate_data", N("1"))
		if g.r.IntN(4) == 0 {
			add("login_lockout", N(fmt.Sprint(epoch(time.Duration(g.r.IntN(48))*time.Hour))))
			add("login_lockout_secret", C(g.b62(15)))
		}
		add("_lastloaded", N(fmt.Sprint(lastAccess)))
		return a
	}
	ownPicture := g.r.IntN(2) == 0
	picture := func(small bool) *node {
		f := "f1"
		if small {
			f = "f2"
		}
		if !ownPicture {
			return N(base + "/theme/image.php/boost/core/" + fmt.Sprint(1700000000+g.r.IntN(9999999)) + "/u/" + f)
		}
		return P(fmt.Sprintf("%s/pluginfile.php/%d/user/icon/boost/%s?rev=%d", base, 20+g.r.IntN(90000), f, 100+g.r.IntN(9000)))
	}
	address := ""
	if p.showResidence && role != "school" && g.r.IntN(2) == 0 {
		address = p.street
	}
	description := func() *node {
		if b := g.bio(); b != nil && role != "school" {
			c := *b
			c.raw = "<p>" + c.raw + "</p>"
			return &c
		}
		return N("")
	}
	user := func() *node {
		u := O("id", P(uid), "username", P(username), "firstname", P(first), "lastname", P(last), "fullname", P(full), "email", P(email))
		if address != "" {
			u.set("address", g.addr(address))
		}
		if ph := g.phone(""); ph != nil && (role != "school" || g.w37AgeNow() >= 13) {
			u.set("phone1", ph)
		}
		if role == "teacher" && g.r.IntN(3) == 0 {
			u.set("phone2", P(pattern(g.r, "0## ### ## ##")))
		}
		dept := map[string][]string{"de": {"", "Sekundarstufe I", "Oberstufe"}, "es": {"", "Secundaria", "Bachillerato"}, "pt": {"", "Ensino Médio", "Ciências"},
			"fr": {"", "Collège", "Lycée"}, "en": {"", "Mathematics", "Sixth Form", "Sales Academy"}}[lang]
		if dept == nil {
			dept = []string{""}
		}
		u.set("department", N(pick(g.r, dept)))
		u.set("institution", N(site[1]))
		if idnumber != "" {
			u.set("idnumber", P(idnumber))
		}
		if role != "school" && g.r.IntN(3) == 0 {
			u.set("interests", P(pick(g.r, []string{"fotografía, ajedrez", "Fußball, Gitarre", "robotics, chess", "música, teatro"})))
		}
		u.set("firstaccess", N(firstAccess))
		u.set("lastaccess", N(lastAccess))
		u.set("auth", N(pick(g.r, []string{"manual", "manual", "oauth2", "ldap", "saml2"})))
		u.set("suspended", N(false))
		u.set("confirmed", N(true))
		u.set("lang", langNode())
		u.set("calendartype", N("gregorian"))
		u.set("theme", N(""))
		u.set("timezone", tzNode())
		u.set("mailformat", N(1))
		u.set("description", description())
		u.set("descriptionformat", N(1))
		if p.showResidence {
			u.set("city", g.addr(p.city))
			u.set("country", g.residence(cc))
		}
		u.set("profileimageurlsmall", picture(true))
		u.set("profileimageurl", picture(false))
		if cf := customs(false); len(cf.arr) > 0 {
			u.set("customfields", cf)
		}
		if g.r.IntN(2) == 0 {
			u.set("preferences", prefs(false))
		}
		return u
	}
	wsURL := func(fn string, extra string) string {
		return base + "/webservice/rest/server.php?wstoken=" + token + "&wsfunction=" + fn + "&moodlewsrestformat=json" + extra
	}

	switch v := g.r.IntN(10); {
	case v < 3: // core_user_get_users_by_field, GET with the token in the query
		var extra string
		switch g.r.IntN(3) {
		case 0:
			extra = "&field=id&values%5B0%5D=" + fmt.Sprint(uid)
		case 1:
			extra = "&field=username&values%5B0%5D=" + username
		default:
			extra = "&field=email&values%5B0%5D=" + w35Q(email)
		}
		return O("request", O("method", N("GET"), "url", C(wsURL("core_user_get_users_by_field", extra)), "headers", O("Accept", N("application/json"), "User-Agent", N("Guzzle/7.8 sis-sync"))),
			"response", O("status", N(200), "body", A(user())), "duration_ms", N(30+g.r.IntN(900)))
	case v < 5: // core_user_get_users with criteria, the parameters as the client logs them
		params := O("wstoken", C(token), "wsfunction", N("core_user_get_users"), "moodlewsrestformat", N("json"),
			"criteria", A(O("key", N("email"), "value", P(email))))
		if g.r.IntN(3) == 0 {
			params.set("criteria", A(O("key", N("lastname"), "value", P(last)), O("key", N("firstname"), "value", P(first+"%"))))
		}
		return O("request", O("method", N("POST"), "url", N(base+"/webservice/rest/server.php"), "params", params),
			"response", O("status", N(200), "body", O("users", A(user()), "warnings", A())))
	case v < 7: // core_user_create_users from a school information system
		nu := O("createpassword", N(g.r.IntN(2)), "username", P(username), "auth", N("manual"))
		if nu.obj[0].val.raw == "0" {
			nu.set("password", C(g.w37Password()))
		}
		nu.set("firstname", P(first))
		nu.set("lastname", P(last))
		nu.set("email", P(email))
		nu.set("maildisplay", N(pick(g.r, []int{0, 2})))
		if p.showResidence {
			nu.set("city", g.addr(p.city))
			nu.set("country", g.residence(cc))
		}
		if p.showLocale {
			nu.set("timezone", g.w37TZ(p.tz))
		}
		if b := description(); b.str || b.leaf.Kind != NonPersonal {
			nu.set("description", b)
		}
		if p.c.noSpace && g.r.IntN(2) == 0 {
			nu.set("firstnamephonetic", P(w37Title(p.givenL)))
			nu.set("lastnamephonetic", P(w37Title(p.familyL)))
		}
		if idnumber != "" {
			nu.set("idnumber", P(idnumber))
		}
		nu.set("institution", N(site[1]))
		if ph := g.phone(""); ph != nil {
			nu.set("phone1", ph)
		}
		nu.set("lang", langNode())
		nu.set("calendartype", N("gregorian"))
		if cf := customs(true); len(cf.arr) > 0 {
			nu.set("customfields", cf)
		}
		nu.set("preferences", prefs(true))
		req := O("wstoken", C(token), "wsfunction", N("core_user_create_users"), "moodlewsrestformat", N("json"), "users", A(nu))
		if g.r.IntN(2) == 0 {
			return req
		}
		return O("request", O("method", N("POST"), "url", N(base+"/webservice/rest/server.php"), "body", req),
			"response", O("status", N(200), "body", A(O("id", P(uid), "username", P(username)))))
	}

	// an event as an observer plugin forwards it (\core\event\...::get_data)
	ev := pick(g.r, []string{"user_created", "user_created", "user_updated", "user_loggedin", "user_password_updated"})
	crud := map[string]string{"user_created": "c", "user_updated": "u", "user_loggedin": "r", "user_password_updated": "u"}[ev]
	action := map[string]string{"user_created": "created", "user_updated": "updated", "user_loggedin": "loggedin", "user_password_updated": "updated"}[ev]
	target := map[string]string{"user_created": "user", "user_updated": "user", "user_loggedin": "user", "user_password_updated": "user_password"}[ev]
	by := P(actor)
	if ev == "user_loggedin" || (ev == "user_password_updated" && g.r.IntN(2) == 0) {
		by = P(uid)
	}
	other := N(nil)
	switch ev {
	case "user_loggedin":
		other = O("username", P(username))
	case "user_password_updated":
		other = O("forgottenreset", N(g.r.IntN(2) == 0))
	}
	ctxID := 20 + g.r.IntN(200000)
	data := O("eventname", N(`\core\event\`+ev), "component", N("core"), "action", N(action), "target", N(target), "objecttable", N("user"), "objectid", P(uid),
		"crud", N(crud), "edulevel", N(0), "contextid", N(ctxID), "contextlevel", N(30), "contextinstanceid", P(fmt.Sprint(uid)), "userid", by,
		"courseid", N(0), "relateduserid", P(uid), "anonymous", N(0), "other", other, "timecreated", N(g.t.Unix()))
	if ev == "user_loggedin" {
		data.set("objecttable", N("user"))
		data.set("relateduserid", N(nil))
	}
	if g.r.IntN(3) == 0 { // a log shipper's row of logstore_standard_log
		row := O("id", N(1000000+g.r.IntN(9000000)))
		for _, m := range data.obj {
			if m.key == "other" {
				s := "null"
				switch ev {
				case "user_loggedin":
					row.set("other", P(`{"username":"`+username+`"}`))
					continue
				case "user_password_updated":
					s = `{"forgottenreset":false}`
				}
				row.set("other", N(s))
				continue
			}
			row.set(m.key, m.val)
		}
		row.set("origin", N(pick(g.r, []string{"web", "ws", "cli"})))
		row.set("ip", P(p.ip))
		row.set("realuserid", N(nil))
		return row
	}
	data.set("host", N(site[0]))
	data.set("token", C(g.hex(32)))
	data.set("extra", N(""))
	if ev != "user_loggedin" && g.r.IntN(2) == 0 {
		// the observer adds the user record it snapshots, hash and all
		snap := O("id", P(uid), "auth", N("manual"), "confirmed", N(1), "policyagreed", N(0), "deleted", N(0), "suspended", N(0), "mnethostid", N(1),
			"username", P(username), "password", C("$2y$10$"+g.chars("./"+b62Set, 53)), "idnumber", Pif(idnumber), "firstname", P(first), "lastname", P(last),
			"email", P(email), "emailstop", N(0))
		if ph := g.phone(""); ph != nil {
			snap.set("phone1", ph)
		}
		snap.set("institution", N(site[1]))
		if p.showResidence {
			snap.set("city", g.addr(p.city))
			snap.set("country", g.residence(cc))
		}
		snap.set("lang", langNode())
		snap.set("timezone", tzNode())
		snap.set("firstaccess", N(firstAccess))
		snap.set("lastaccess", N(lastAccess))
		snap.set("lastip", P(p.ip))
		snap.set("secret", C(g.b62(15)))
		snap.set("timecreated", N(created))
		snap.set("timemodified", N(g.t.Unix()))
		data.set("user", snap)
	}
	return data
}
