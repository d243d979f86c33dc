package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------ Microsoft Bookings (Graph)

// w30MBBusiness is a Bookings page: its country, services (and what
// booking one tells), the custom question it asks and the answers its
// customers give in their language, and whether it asks a birth date.
type w30MBBusiness struct {
	name, cc, kind string
	services       []w29Item
	question       string
	options        []string // radioButton choices; none for a text answer
	answers        []bioLine
	dobQuestion    string
	address        string
}

var w30MBBusinesses = []w30MBBusiness{
	{"Lakeside Family Medicine", "US", "clinic", []w29Item{{"New patient visit", 0, "health"}, {"Prenatal visit", 0, "health"}, {"Telehealth follow-up", 0, "health"}}, "Reason for visit", nil,
		[]bioLine{{"health", "Follow-up on my blood pressure meds"}, {"health", "I'm 14 weeks pregnant, first prenatal visit"}, {"health", "Refill for my insulin and a foot check"}, {"health", "Anxiety and trouble sleeping"}}, "Date of birth (MM/DD/YYYY)", "2100 Lakeshore Dr, Chicago, IL 60614"},
	{"Brightside Counselling", "GB", "counsel", []w29Item{{"Initial counselling session", 0, "health"}, {"Young people's session (13-17)", 0, "health"}}, "What would you like support with?", nil,
		[]bioLine{{"health", "I've been struggling with depression since my divorce"}, {"health", "Panic attacks at school"}, {"sexual_orientation", "Coming out to my family as gay and it's been hard"}, {"health", "Grief after losing my dad"}}, "Date of birth", "14 Castle Street, Edinburgh EH2 3AH"},
	{"Praxis Dr. Weber – Allgemeinmedizin", "DE", "clinic", []w29Item{{"Erstgespräch", 0, "health"}, {"Impfsprechstunde", 0, "health"}}, "Grund des Termins", nil,
		[]bioLine{{"health", "Rückenschmerzen seit zwei Wochen"}, {"health", "Schwangerschaft – Überweisung zum Frauenarzt"}, {"health", "Rezept für mein Asthmaspray"}}, "Geburtsdatum", "Hauptstraße 12, 10827 Berlin"},
	{"Cabinet Maître Lefèvre – Avocats", "FR", "law", []w29Item{{"Consultation droit des étrangers", 0, ""}, {"Consultation droit du travail", 0, ""}}, "Objet de votre demande", nil,
		[]bioLine{{"", "Renouvellement de mon titre de séjour refusé"}, {"trade_union", "Je suis délégué CGT et mon employeur veut me licencier"}, {"health", "Licenciement pendant mon arrêt maladie pour cancer"}, {"", "Demande de naturalisation"}}, "", "18 rue de la République, 69002 Lyon"},
	{"Clínica Dental Sonrisa", "ES", "clinic", []w29Item{{"Primera visita", 0, "health"}, {"Limpieza dental", 0, "health"}}, "¿Tiene alguna alergia o enfermedad?", []string{"No", "Sí (indique en notas)"},
		[]bioLine{{"health", "Sí (indique en notas)"}, {"", "No"}}, "Fecha de nacimiento", "Calle de Alcalá 120, 28009 Madrid"},
	{"Agência do INSS – Atendimento Agendado", "BR", "gov", []w29Item{{"Perícia médica", 0, "health"}, {"Atendimento – aposentadoria", 0, ""}}, "Descreva sua solicitação", nil,
		[]bioLine{{"health", "Perícia para auxílio-doença, tenho hérnia de disco"}, {"", "Dúvida sobre tempo de contribuição"}, {"health", "BPC para meu filho autista"}}, "Data de nascimento", "Av. Paulista, 1000, São Paulo - SP"},
	{"Sahyog Women's Clinic", "IN", "clinic", []w29Item{{"Gynaecology consultation", 0, "health"}, {"Fertility consultation", 0, "health"}}, "Reason for appointment", nil,
		[]bioLine{{"health", "Irregular periods, PCOS diagnosed last year"}, {"health", "Trying to conceive for 2 years"}, {"health", "गर्भावस्था की जांच, 3 महीने"}}, "Date of birth (DD/MM/YYYY)", "12 Residency Road, Bengaluru 560025"},
	{"Harbour City Credit Union", "AU", "bank", []w29Item{{"Home loan appointment", 0, ""}, {"Financial hardship support", 0, ""}}, "Anything we should know?", nil,
		[]bioLine{{"", "First home buyer, pre-approval"}, {"health", "I need an Auslan interpreter, I am Deaf"}, {"", "Lost my job, need to pause repayments"}}, "", "45 Collins Street, Melbourne VIC 3000"},
	{"Urząd Dzielnicy Mokotów – Wydział Spraw Obywatelskich", "PL", "gov", []w29Item{{"Wniosek o dowód osobisty", 0, ""}, {"Zameldowanie cudzoziemca", 0, ""}}, "Czy potrzebuje Pan/Pani pomocy?", []string{"Nie", "Tak – wózek inwalidzki", "Tak – tłumacz języka migowego"},
		[]bioLine{{"", "Nie"}, {"health", "Tak – wózek inwalidzki"}, {"health", "Tak – tłumacz języka migowego"}}, "", "ul. Rakowiecka 25/27, 02-517 Warszawa"},
	{"Vakbond FNV Spreekuur", "NL", "union", []w29Item{{"Spreekuur arbeidsrecht leden", 0, "trade_union"}}, "Lidnummer en vraag", nil,
		[]bioLine{{"trade_union", "Lid sinds 2018, vraag over mijn ontslag"}, {"trade_union", "Lidnummer volgt, conflict over ziekteverzuim"}}, "", "Hoofdstraat 3, 3511 AB Utrecht"},
	{"Al Noor Immigration & Legal Consultants", "AE", "law", []w29Item{{"Golden visa consultation", 0, ""}, {"Family residence visa", 0, ""}}, "Nationality and visa question", nil,
		[]bioLine{{"", "Indian national, sponsoring my wife and daughter"}, {"religion", "Need Islamic marriage certificate attested for visa"}, {"", "Employment visa cancelled, 30 days grace"}}, "", "Al Wasl Road, Dubai"},
}

// w30MBWinZone is the Windows zone name Bookings writes for a country's
// customers, beside the IANA name.
var w30MBWinZone = map[string]string{"US": "Central Standard Time", "GB": "GMT Standard Time", "DE": "W. Europe Standard Time", "FR": "Romance Standard Time", "ES": "Romance Standard Time",
	"BR": "E. South America Standard Time", "IN": "India Standard Time", "AU": "AUS Eastern Standard Time", "PL": "Central European Standard Time", "NL": "W. Europe Standard Time", "AE": "Arabian Standard Time"}

func msgraphBookingAppointment(g *gen) *node {
	b := pick(g.r, w30MBBusinesses)
	switch {
	case b.cc == "AE":
		g.w30Abroad(pick(g.r, []string{"IN", "IN", "PK", "PH", "EG", "GB"}), "AE")
	case b.kind == "law" && g.r.IntN(2) == 0:
		g.w30Abroad(pick(g.r, []string{"MA", "CM", "CI", "TR"}), b.cc)
	default:
		g.w30Redraw(b.cc)
	}
	p := g.p
	svc := pick(g.r, b.services)
	if strings.Contains(svc.name, "13-17") || (b.kind == "clinic" || b.kind == "counsel") && g.r.IntN(6) == 0 {
		g.w29Age(13, 17)
		if b.kind == "counsel" {
			svc = b.services[len(b.services)-1]
		}
	} else {
		g.w29Age(18, 80)
	}
	ans := g.w29Note(b.answers, 2)
	name := p.given + " " + p.family
	if p.c.familyFirst {
		name = p.fullName()
	}
	if !w29Latin(name) && g.r.IntN(2) == 0 {
		name = w29Title(p.givenL) + " " + w29Title(p.familyL)
	}
	start := g.t.AddDate(0, 0, 1+g.r.IntN(30)).Truncate(30 * time.Minute)
	dur := time.Duration(pick(g.r, []int{20, 30, 45, 60})) * time.Minute
	online := b.kind == "counsel" || b.kind == "law" || g.r.IntN(3) == 0
	custID := g.uuid()
	staff := A(N(g.uuid()))
	created := g.t.Add(-time.Duration(60+g.r.IntN(86400)) * time.Second)
	note := ""
	if g.r.IntN(3) == 0 {
		note = pick(g.r, []string{"Please call if running late.", "Bitte Rückruf auf Handy.", "Prefiero por la tarde.", "Will bring previous reports."})
	}
	dobFormat := map[string]string{"US": "01/02/2006", "GB": "02/01/2006", "DE": "02.01.2006", "ES": "02/01/2006", "BR": "02/01/2006", "IN": "02/01/2006"}[b.cc]

	// answers: the business's questions as the customer answered them.
	answers := func() *node {
		qa := O("questionId", N(g.uuid()), "question", N(b.question), "answerInputType", N(map[bool]string{true: "radioButton", false: "text"}[len(b.options) > 0]))
		opts := A()
		for _, o := range b.options {
			opts.arr = append(opts.arr, N(o))
		}
		qa.set("answerOptions", opts)
		qa.set("isRequired", N(true))
		if len(b.options) > 0 {
			qa.set("answer", N(""))
			qa.set("selectedOptions", A(w29Text(ans.text, ans.cat)))
		} else {
			qa.set("answer", w29About(ans.text, ans.cat))
			qa.set("selectedOptions", A())
		}
		out := A(qa)
		if b.dobQuestion != "" {
			out.arr = append(out.arr, O("questionId", N(g.uuid()), "question", N(b.dobQuestion), "answerInputType", N("text"), "answerOptions", A(),
				"isRequired", N(true), "answer", g.dob(dobFormat), "selectedOptions", A()))
		}
		return out
	}
	location := func() *node {
		if !p.showResidence || g.r.IntN(3) == 0 {
			return nil
		}
		return O("displayName", g.addr(p.street+", "+p.city), "locationEmailAddress", N(nil),
			"address", O("street", g.addr(p.street), "city", g.addr(p.city), "state", g.addrN(p.region), "countryOrRegion", g.residence(englishName[p.c.code]), "postalCode", g.addr(p.post)),
			"coordinates", N(nil), "locationType", N(nil), "uniqueId", N(nil), "uniqueIdType", N(nil))
	}
	customer := func() *node {
		c := O("@odata.type", N("#microsoft.graph.bookingCustomerInformation"), "customerId", P(custID), "name", P(name), "emailAddress", P(p.email))
		if ph := g.phone(""); ph != nil {
			c.set("phone", ph)
		} else {
			c.set("phone", N(""))
		}
		c.set("timeZone", g.w30TZ(p.tz))
		c.set("notes", Pif(note))
		if l := location(); l != nil {
			c.set("location", l)
		}
		c.set("customQuestionAnswers", answers())
		return c
	}
	meetingID := "19%3ameeting_" + g.b62(48) + "%40thread.v2"
	join := "https://teams.microsoft.com/l/meetup-join/" + meetingID + "/0?context=%7b%22Tid%22%3a%22" + g.uuid() + "%22%2c%22Oid%22%3a%22" + g.uuid() + "%22%7d"
	appointment := func() *node {
		a := O("id", N("AAMkA"+g.b62(100)+"="), "selfServiceAppointmentId", N("00000000-0000-0000-0000-0000"+pattern(g.r, "########")),
			"additionalInformation", N(""), "isLocationOnline", N(online))
		if online {
			a.set("joinWebUrl", C(join))
			a.set("anonymousJoinWebUrl", C("https://teams.microsoft.com/meet/"+pattern(g.r, "############")+"?p="+g.b62(16)))
		} else {
			a.set("joinWebUrl", N(nil))
		}
		a.set("customerTimeZone", g.w30TZ(w30MBWinZone[p.c.code]))
		a.set("smsNotificationsEnabled", N(g.r.IntN(2) == 0))
		a.set("serviceId", N(g.uuid()))
		a.set("serviceName", w29Text(svc.name, svc.cat))
		a.set("serviceNotes", N(""))
		a.set("duration", N(fmt.Sprintf("PT%dM", int(dur.Minutes()))))
		a.set("preBuffer", N("PT0S"))
		a.set("postBuffer", N("PT10M"))
		a.set("priceType", N("notSet"))
		a.set("price", N(0))
		a.set("startDateTime", O("dateTime", N(start.UTC().Format("2006-01-02T15:04:05.0000000Z")), "timeZone", N("UTC")))
		a.set("endDateTime", O("dateTime", N(start.Add(dur).UTC().Format("2006-01-02T15:04:05.0000000Z")), "timeZone", N("UTC")))
		a.set("serviceLocation", O("displayName", N(b.name), "address", O("street", N(b.address), "city", N(""), "state", N(""), "countryOrRegion", N(""), "postalCode", N(""))))
		a.set("reminders", A())
		a.set("staffMemberIds", staff)
		a.set("maximumAttendeesCount", N(1))
		a.set("filledAttendeesCount", N(1))
		a.set("optOutOfCustomerEmail", N(false))
		a.set("createdDateTime", N(created.UTC().Format("2006-01-02T15:04:05.000Z")))
		a.set("lastUpdatedDateTime", N(created.UTC().Format("2006-01-02T15:04:05.000Z")))
		a.set("customers", A(customer()))
		return a
	}
	bookingCustomer := func() *node {
		c := O("id", P(custID), "displayName", P(name), "emailAddress", P(p.email))
		addrs := A()
		if p.showResidence {
			addrs.arr = append(addrs.arr, O("postOfficeBox", N(""), "street", g.addr(p.street), "city", g.addr(p.city), "state", g.addrN(p.region),
				"countryOrRegion", g.residence(englishName[p.c.code]), "postalCode", g.addr(p.post), "type", N("home")))
		}
		c.set("addresses", addrs)
		phones := A()
		if ph := g.phone(""); ph != nil {
			phones.arr = append(phones.arr, O("number", ph, "type", N("mobile")))
		}
		c.set("phones", phones)
		c.set("createdDateTime", N(created.UTC().Format("2006-01-02T15:04:05Z")))
		c.set("lastUpdatedDateTime", N(created.UTC().Format("2006-01-02T15:04:05Z")))
		return c
	}
	biz := strings.ToLower(w29Clean(strings.Fields(b.name)[0])) + "@" + w29Clean(b.name)[:min(12, len(w29Clean(b.name)))] + ".onmicrosoft.com"
	auth := C("Bearer eyJ0eXAiOiJKV1QiLCJub25jZSI6I" + g.b62(40) + "." + g.b62(300) + "." + g.chars(b64Set, 342))
	get := func(path string, body *node) *node {
		return O("request", O("method", N("GET"), "url", N("https://graph.microsoft.com/v1.0/solutions/bookingBusinesses/"+biz+path),
			"headers", O("Authorization", auth, "Accept", N("application/json"))), "response", O("status", N(200), "body", body))
	}
	switch m := g.r.IntN(10); {
	case m < 5:
		a := appointment()
		a.obj = append([]member{{"@odata.context", N("https://graph.microsoft.com/v1.0/$metadata#solutions/bookingBusinesses('" + biz + "')/appointments/$entity")}}, a.obj...)
		return get("/appointments/"+a.obj[1].val.raw, a)
	case m < 7:
		return get("/appointments", O("value", A(appointment())))
	case m < 8:
		return get("/customers/"+custID, bookingCustomer())
	}
	// The business's sync job, storing what it read.
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("info"), "msg", N("booking synced"), "business", N(b.name), "appointment", appointment(), "customer", bookingCustomer())
}
