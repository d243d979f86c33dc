package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------ HiBob (Bob) People API

// A Bob company id, creation and event times, event type and webhook
// version, the triggering of an event by the system, field ids and paths
// (in requests, fieldUpdates and fieldsChanged), list-item ids of the
// department and site, the site and department names, start date and
// tenure, the employment type, contract, pay type, weekly hours and
// effective date, currencies and pay frequency, the bank's name, the
// is-manager flag, custom category and field ids, a cover image, the
// request's filters' operators and options and the social network's
// name are non-personal; so is a US state. The employee's backend id
// (as employeeId and in URLs too), names, display and full names,
// e-mails, avatar, hobbies, superpowers, social profile URLs, about
// text, honorific, short and full birth date, age, gender and legal
// gender, pronouns, Skype and Slack names, address lines, city, postal
// code and full address, spouse, family status, number of children,
// phones, private e-mail, job title, employee number, manager and
// reports-to person, the HR user who triggered an event, IBAN and
// account holder, salary, national identifiers (SSN, NINO, mispar
// zehut, Steuer-ID, NIR, BSN, RNOKPP, PESEL, NIF, DNI, TFN, PPSN, SIN,
// NRIC), passport number and the custom fields' values are personal.
// address.country (and the full address naming it) is the residence,
// the nationality names (and a passport's country) the citizenship,
// the phone number weak evidence; nationality list-item ids state no
// country. Food preferences and custom fields telling of a faith
// (kosher, halal, church tax) are sensitive (religion), of allergies
// or a disability (health), of ethnicity (ethnicity), of a union
// (trade_union). The service user's Basic credentials and the
// Bob-Signature are credentials.

var w37HBCountries = []string{"GB", "GB", "GB", "IL", "IL", "IL", "US", "US", "DE", "DE", "FR", "NL", "UA", "UA", "PL", "PT", "ES", "AU", "IE", "CA", "SG", "RO", "IN",
	"CZ", "IT", "SE", "DK", "BE", "AT", "CH", "ZA"}

var w37HBSites = map[string]string{"GB": "London HQ", "IL": "Tel Aviv Office", "US": "New York Office", "DE": "Berlin", "FR": "Paris", "NL": "Amsterdam", "UA": "Kyiv (remote)",
	"PL": "Kraków", "PT": "Lisbon Hub", "ES": "Barcelona", "AU": "Sydney", "IE": "Dublin", "CA": "Toronto", "SG": "Singapore", "RO": "Bucharest", "IN": "Bengaluru",
	"CZ": "Prague", "IT": "Milan", "SE": "Stockholm", "DK": "Copenhagen", "BE": "Brussels", "AT": "Vienna", "CH": "Zürich", "ZA": "Cape Town"}

var w37HBCurrency = map[string]string{"GB": "GBP", "IL": "ILS", "US": "USD", "UA": "UAH", "PL": "PLN", "AU": "AUD", "CA": "CAD", "SG": "SGD", "RO": "RON", "IN": "INR",
	"CZ": "CZK", "SE": "SEK", "DK": "DKK", "CH": "CHF", "ZA": "ZAR"}

// w37HBNationalID is the subject's national identifier as Bob's
// identification fields hold it, with the field's name.
func (g *gen) w37HBNationalID() (string, string) {
	p := g.p
	switch p.c.code {
	case "IL":
		return "israeliId", genTeudatZehut(g.r)
	case "UA":
		return "rnokpp", genRNOKPP(g.r, p.dob, p.female)
	case "NL":
		return "bsn", genBSN(g.r)
	case "PT":
		return "nif", genPTNIF(g.r)
	case "AU":
		return "tfn", genAUTFN(g.r)
	case "IE":
		return "ppsn", genPPSN(g.r)
	case "CA":
		return "sin", caSIN(g.r, p.cit.code == "CA")
	case "SG":
		return "nric", nric(g.r, p.dob, p.cit.code != "SG", p.cit.code == "SG")
	case "CH":
		return "ahvNumber", genAHV(g.r)
	case "ZA":
		return "idNumber", zaID(g.r, p.dob, p.female, p.cit.code == "ZA")
	}
	if p.idValue != "" {
		name := map[string]string{"us_ssn": "ssn", "gb_nino": "niNumber", "de_idnr": "steuerId", "fr_nir": "nir", "pl_pesel": "pesel", "es_dni": "dni",
			"it_codice_fiscale": "codiceFiscale", "in_pan": "pan", "in_aadhaar": "aadhaar", "dk_cpr": "cpr", "be_nrn": "nationalRegisterNumber"}[p.idScheme]
		if name == "" {
			name = "nationalId"
		}
		return name, p.idValue
	}
	return "", ""
}

func hibobEmployee(g *gen) *node {
	cc := pick(g.r, w37HBCountries)
	g.w37Redraw(cc)
	apprentice := (cc == "DE" || cc == "GB" || cc == "AU" || cc == "CH" || cc == "AT") && g.r.IntN(12) == 0
	if apprentice {
		g.w37Age(16, 17)
	} else {
		g.w37Age(21, 64)
	}
	p := g.p
	if !apprentice && g.r.IntN(6) == 0 { // relocated
		dest, ok := map[string][]string{"UA": {"PL", "PT", "DE"}, "IL": {"US", "GB"}, "IN": {"GB", "NL", "DE"}}[cc]
		if !ok {
			dest = []string{"GB", "NL", "DE", "US", "PT"}
		}
		to := pick(g.r, dest)
		if to != cc {
			g.w37Move(to, g.r.IntN(2) == 0)
			cc = to
		}
	}
	first, last := g.w37Names(g.r.IntN(3) != 0)
	full := first + " " + last
	company := pick(g.r, [][2]string{{"Lumen Analytics", "lumen.example"}, {"Kibo Payments", "kibo.example"}, {"Nordlicht Games", "nordlicht.example"}, {"Cedar Health Tech", "cedar.example"}})
	workEmail := w37Clean(p.givenL) + "." + w37Clean(p.familyL) + "@" + company[1]
	companyID := 600000 + g.r.IntN(300000)
	bid := fmt.Sprint(3332883884017713238 + g.r.Int64N(99999999999))
	mgr := g.w37Other(pick(g.r, []string{cc, cc, "GB", "IL", "US"}))
	mgrID := fmt.Sprint(3332883884017713238 + g.r.Int64N(99999999999))
	hr := fmt.Sprint(3332883884017713238 + g.r.Int64N(99999999999))
	site := w37HBSites[cc]
	if site == "" {
		site = "Remote"
	}
	siteID := fmt.Sprint(200000000 + g.r.IntN(99999999))
	dept := pick(g.r, []string{"R&D", "Product", "Customer Success", "Finance", "People", "Sales", "Marketing"})
	deptID := fmt.Sprint(209192000 + g.r.IntN(999))
	title := pick(g.r, []string{"Software Engineer", "Senior Product Manager", "Customer Success Manager", "Financial Controller", "People Partner", "Account Executive", "Data Scientist"})
	if apprentice {
		title = pick(g.r, []string{"Auszubildender Fachinformatiker", "Apprentice – Business Administration", "Junior Apprentice Developer", "Lernende Kauffrau EFZ"})
	}
	start := g.t.AddDate(-g.r.IntN(8), -g.r.IntN(12), -g.r.IntN(28))
	if apprentice {
		start = g.t.AddDate(0, -g.r.IntN(18), 0)
	}
	avatar := fmt.Sprintf("https://images.hibob.com/default-avatars/%s_%d.png", w37Initial(p.givenL), g.r.IntN(20))
	if g.r.IntN(2) == 0 {
		avatar = fmt.Sprintf("https://media-process.hibob.com/image/upload/b_rgb:ffffff/hibob/avatars/%s.jpg", g.hex(24))
	}
	currency := w37HBCurrency[cc]
	if currency == "" {
		currency = "EUR"
	}
	salary := 1000 * (24 + g.r.IntN(150))
	if apprentice {
		salary = 1000 * (9 + g.r.IntN(8))
	}
	natIDs := []string{fmt.Sprint(1000 + g.r.IntN(300))}
	idField, idValue := g.w37HBNationalID()

	// custom fields the company defines, by country
	customs := func() *node {
		cat := O()
		f := func(v *node) {
			if v != nil {
				cat.set(fmt.Sprintf("field_16363728%05d", g.r.IntN(100000)), v)
			}
		}
		switch cc {
		case "IL":
			f(P(pick(g.r, []string{"Yes – annual call-up", "No", "Exempt"})))
			if g.r.IntN(2) == 0 {
				f(S(pick(g.r, []string{"Kosher meals", "Kosher – mehadrin"}), "religion"))
			}
		case "DE", "AT":
			f(S(pick(g.r, []string{"rk", "ev", "--", "ak"}), "religion"))
			if g.r.IntN(6) == 0 {
				f(S(pick(g.r, []string{"GdB 50 (Schwerbehindertenausweis)", "GdB 30, gleichgestellt"}), "health"))
			}
			if g.r.IntN(5) == 0 {
				f(S(pick(g.r, []string{"IG Metall", "ver.di"}), "trade_union"))
			}
		case "US":
			f(S(pick(g.r, []string{"Hispanic or Latino", "White", "Black or African American", "Asian", "Two or More Races", "Decline to self-identify"}), "ethnicity"))
			f(P(pick(g.r, []string{"Not a protected veteran", "Protected veteran"})))
			if g.r.IntN(2) == 0 {
				f(S(pick(g.r, []string{"No, I do not have a disability", "Yes, I have a disability", "I do not want to answer"}), "health"))
			}
		case "GB":
			f(P(pick(g.r, []string{"British passport", "BRP – Skilled Worker visa", "EU Settlement Scheme – settled status", "Share code checked"})))
			if g.r.IntN(4) == 0 {
				f(S(pick(g.r, []string{"White - British", "Asian or Asian British - Indian", "Black or Black British - African", "Mixed"}), "ethnicity"))
			}
		case "UA":
			f(P(pick(g.r, []string{"Військовозобов'язаний", "Не військовозобов'язана", "Бронювання до 2026-08"})))
		case "FR", "SE", "DK", "NL", "BE":
			if g.r.IntN(4) == 0 {
				f(S(pick(g.r, []string{"CGT", "CFDT", "Unionen", "FNV", "ACV-CSC"}), "trade_union"))
			}
		}
		if g.r.IntN(3) == 0 {
			f(P(pick(g.r, []string{"S", "M", "L", "XL"})))
		}
		if g.r.IntN(4) == 0 {
			f(S(pick(g.r, []string{"Peanut allergy – EpiPen in desk drawer", "Coeliac", "Type 1 diabetic – may need breaks", "Severe shellfish allergy"}), "health"))
		}
		if g.r.IntN(3) == 0 {
			em := g.w37Other(cc)
			f(P(w37OtherName(em) + " (" + pick(g.r, []string{"partner", "mother", "father", "sister"}) + ") " + g.w36OtherPhone(cc)))
		}
		if len(cat.obj) == 0 {
			return nil
		}
		return O(fmt.Sprintf("category_16363728%05d", g.r.IntN(100000)), cat)
	}
	food := func() *node {
		if g.r.IntN(3) != 0 {
			return nil
		}
		a := A()
		switch fp := pick(g.r, []string{"Kosher", "Halal", "Vegetarian", "Vegan", "Gluten free", "No pork"}); fp {
		case "Kosher", "Halal", "No pork":
			a.arr = append(a.arr, S(fp, "religion"))
		case "Gluten free":
			a.arr = append(a.arr, S(fp, "health"))
		default:
			a.arr = append(a.arr, P(fp))
		}
		return a
	}
	countryName := w37English(cc)
	employee := func(human string) *node {
		e := O("id", P(bid), "companyId", N(companyID), "firstName", P(first), "surname", P(last), "email", P(workEmail), "displayName", P(full), "fullName", P(full),
			"creationDateTime", N(start.Add(-time.Duration(24*g.r.IntN(30))*time.Hour).UTC().Format("2006-01-02T15:04:05.000000")))
		if g.r.IntN(3) != 0 {
			e.set("avatarUrl", P(avatar))
		}
		about := O("avatar", P(avatar))
		if g.r.IntN(2) == 0 {
			about.set("hobbies", A(P(pick(g.r, []string{"Climbing", "Surfing", "Chess", "Board games"})), P(pick(g.r, []string{"Cooking", "Running", "Photography"}))))
		}
		if g.r.IntN(3) == 0 {
			about.set("superpowers", A(P(pick(g.r, []string{"Spreadsheet wizardry", "Debugging anything", "Making people laugh"}))))
		}
		about.set("foodPreferences", food())
		if g.r.IntN(3) == 0 {
			about.set("socialData", A(O("socialDataType", N("linkedin"), "url", P("https://www.linkedin.com/in/"+w37Clean(p.givenL)+"-"+w37Clean(p.familyL)+"-"+g.hex(6)))))
		}
		if b := g.bio(); b != nil {
			about.set("about", b)
		}
		e.set("about", about)
		pers := O("honorific", P(pick(g.r, []string{map[bool]string{true: "Ms", false: "Mr"}[p.female], "Dr", map[bool]string{true: "Mrs", false: "Mr"}[p.female]})),
			"shortBirthDate", P(p.dob.Format("01-02")))
		if apprentice || g.r.IntN(3) == 0 {
			pers.set("birthDate", g.dob("2006-01-02"))
		}
		if apprentice || g.r.IntN(4) == 0 {
			pers.set("age", P(g.w37AgeNow()))
		}
		pers.set("gender", P(map[bool]string{true: "Female", false: "Male"}[p.female]))
		if p.showCitizenship {
			if human == "REPLACE" {
				pers.set("nationality", A(g.citizenship(w37English(p.cit.code))))
			} else {
				pers.set("nationality", A(P(natIDs[0])))
			}
		}
		if g.r.IntN(3) == 0 {
			pers.set("pronouns", P(pick(g.r, []string{"she/her", "he/him", "they/them"})))
		}
		if g.r.IntN(2) == 0 {
			pers.set("communication", O("skypeUsername", P("live:"+w37Clean(p.givenL)+"."+w37Clean(p.familyL)), "slackUsername", P(w37Clean(p.givenL))))
		}
		e.set("personal", pers)
		if p.showResidence {
			addr := O("line1", g.addr(p.street), "city", g.addr(p.city), "postCode", g.addr(p.post), "country", g.residence(countryName))
			if cc == "US" {
				addr.set("usState", g.addrN(p.region))
			}
			if g.r.IntN(2) == 0 {
				addr.set("fullAddress", P(strings.Join([]string{p.street, strings.TrimSpace(p.post + " " + p.city), countryName}, ", ")))
			}
			e.set("address", addr)
		}
		home := O("legalGender", P(map[bool]string{true: "Female", false: "Male"}[p.female]))
		if !apprentice {
			fs := pick(g.r, []string{"Single", "Married", "Married", "Domestic partnership", "Divorced"})
			home.set("familyStatus", P(fs))
			if fs == "Married" || fs == "Domestic partnership" {
				sp := g.w37Other(cc)
				home.set("spouse", O("firstName", P(w37Title(sp.givenL)), "surname", P(last), "birthDate", P(sp.dob.Format("2006-01-02")),
					"gender", P(map[bool]string{true: "Male", false: "Female"}[p.female])))
				home.set("numberOfKids", P(g.r.IntN(4)))
			}
		}
		if ph := g.phone(""); ph != nil {
			home.set("mobilePhone", ph)
		}
		home.set("privateEmail", P(p.email))
		e.set("home", home)
		work := O("title", P(title), "department", N(deptID), "site", N(site), "siteId", N(siteID), "startDate", N(start.Format("2006-01-02")),
			"manager", P(mgrID), "reportsTo", O("id", P(mgrID), "firstName", P(w37Title(mgr.givenL)), "surname", P(w37Title(mgr.familyL)),
				"email", P(w37OtherMail(mgr, company[1])), "displayName", P(w37Title(mgr.givenL)+" "+w37Title(mgr.familyL))),
			"isManager", N(g.r.IntN(4) == 0), "employeeIdInCompany", P(fmt.Sprint(1000+g.r.IntN(9000))), "tenureDuration", N(fmt.Sprintf("%d years, %d months", g.t.Year()-start.Year(), g.r.IntN(12))))
		if human == "REPLACE" {
			work.set("department", N(dept))
		}
		e.set("work", work)
		if g.r.IntN(2) == 0 {
			fin := O("bankName", N(pick(g.r, []string{"Bank Hapoalim", "Barclays", "Deutsche Bank", "ING", "Millennium bcp", "PrivatBank"})),
				"accountHolderName", P(full))
			if iban, ok := bbanPatterns[cc]; ok && iban != "" {
				fin.set("iban", P(ibanFor(g.r, cc)))
			} else {
				fin.set("accountNumber", P(pattern(g.r, "##########")))
			}
			e.set("financial", fin)
		}
		e.set("payroll", O("employment", O("type", N(map[bool]string{true: "Apprentice", false: "Permanent"}[apprentice]), "contract", N(pick(g.r, []string{"Full time", "Full time", "Part time"})),
			"salaryPayType", N("Salaried"), "weeklyHours", N(pick(g.r, []int{40, 38, 37, 35})), "activeEffectiveDate", N(start.Format("2006-01-02"))),
			"salary", O("payment", O("value", P(salary), "currency", N(currency)), "payFrequency", N("Annual"))))
		ident := O()
		if idField != "" {
			ident.set(idField, P(idValue))
		}
		if p.showCitizenship && g.r.IntN(3) == 0 {
			ident.set("passportNumber", P(pattern(g.r, "A########")))
			ident.set("passportCountry", g.citizenship(w37English(p.cit.code)))
		}
		if len(ident.obj) > 0 {
			e.set("identification", ident)
		}
		e.set("custom", customs())
		// the slash-keyed values the search endpoint adds
		e.set("/root/fullName", O("value", P(full)))
		e.set("/work/department", O("value", N(deptID)))
		if human == "APPEND" {
			hrd := O("fullName", P(full), "work", O("department", N(dept), "site", N(site), "startDate", N(w37LongDate(start, "en"))))
			hp := O("gender", P(map[bool]string{true: "Female", false: "Male"}[p.female]))
			if p.showCitizenship {
				hp.set("nationality", A(g.citizenship(w37English(p.cit.code))))
			}
			hrd.set("personal", hp)
			e.set("humanReadable", hrd)
		}
		return e
	}
	basic := C("Basic " + base64.StdEncoding.EncodeToString([]byte("SERVICE-"+fmt.Sprint(10000+g.r.IntN(90000))+":"+g.b62(40))))
	human := pick(g.r, []string{"", "APPEND", "REPLACE"})

	switch v := g.r.IntN(10); {
	case v < 4: // POST /v1/people/search
		req := O("fields", A(N("root.id"), N("root.fullName"), N("root.email"), N("personal.shortBirthDate"), N("personal.nationality"), N("address.country"), N("work.title"), N("home.mobilePhone")),
			"filters", A(O("fieldPath", N("root.email"), "operator", N("equals"), "values", A(P(workEmail)))), "showInactive", N(false))
		if human != "" {
			req.set("humanReadable", N(human))
		}
		return O("request", O("method", N("POST"), "url", N("https://api.hibob.com/v1/people/search"), "headers", O("Authorization", basic, "Accept", N("application/json")), "body", req),
			"response", O("status", N(200), "body", O("employees", A(employee(human)))))
	case v < 6: // POST /v1/people/{identifier}
		return O("request", O("method", N("POST"), "url", P("https://api.hibob.com/v1/people/"+pick(g.r, []string{bid, w35Q(workEmail)})), "headers", O("Authorization", basic)),
			"response", O("status", N(200), "body", employee(human)))
	}
	// a webhook
	ev := pick(g.r, []string{"employee.created", "employee.updated", "employee.updated"})
	v2 := g.r.IntN(2) == 0
	by := P(hr)
	if g.r.IntN(5) == 0 {
		by = N("system")
	}
	body := O("companyId", N(companyID), "type", N(ev), "triggeredBy", by, "triggeredAt", N(g.t.UTC().Format("2006-01-02T15:04:05.000000")))
	type change struct {
		id       string
		old, new func() *node
	}
	changes := []change{
		{"/address/city", func() *node { return P(pick(g.r, p.c.cities)) }, func() *node { return g.addr(p.city) }},
		{"/home/mobilePhone", func() *node { return P(g.w36OtherPhone(cc)) }, func() *node { return g.phone("") }},
		{"/work/title", func() *node { return P("Junior " + title) }, func() *node { return P(title) }},
		{"/home/familyStatus", func() *node { return P("Single") }, func() *node { return P("Married") }},
		{"/payroll/salary/payment", func() *node { return P(salary - 3000) }, func() *node { return P(salary) }},
		{"/personal/nationality", func() *node { return N(nil) }, func() *node {
			if !p.showCitizenship {
				return nil
			}
			return A(g.citizenship(w37English(p.cit.code)))
		}},
		{"/about/foodPreferences", func() *node { return A() }, food},
		{"/home/privateEmail", func() *node { return P(w37Clean(p.familyL) + "@" + pick(g.r, []string{"gmail.com", "yahoo.com"})) }, func() *node { return P(p.email) }},
	}
	if v2 {
		body.set("version", N("v2"))
		data := O("employeeId", P(bid))
		if ev == "employee.updated" {
			ups := A()
			for range 1 + g.r.IntN(3) {
				c := pick(g.r, changes)
				ups.arr = append(ups.arr, O("fieldId", N(strings.TrimPrefix(strings.ReplaceAll(c.id, "/", "."), "."))))
			}
			data.set("fieldUpdates", ups)
		}
		body.set("data", data)
	} else {
		data := O("employeeId", P(bid), "email", P(workEmail))
		if ev == "employee.updated" {
			chg := A()
			for range 1 + g.r.IntN(2) {
				c := pick(g.r, changes)
				nv := c.new()
				if nv == nil {
					continue
				}
				chg.arr = append(chg.arr, O("fieldId", N(c.id), "oldValue", c.old(), "newValue", nv))
			}
			data.set("fieldsChanged", chg)
		} else {
			data.set("displayName", P(full))
		}
		body.set("data", data)
	}
	if g.r.IntN(2) == 0 {
		return body
	}
	sig := make([]byte, 32)
	for i := range sig {
		sig[i] = byte(g.r.IntN(256))
	}
	return O("headers", O("Content-Type", N("application/json"), "Bob-Signature", C(base64.StdEncoding.EncodeToString(sig))), "body", body)
}
