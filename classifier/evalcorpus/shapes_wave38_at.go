package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------ Africa's Talking callbacks

// The session id, service code, network code, the session's status,
// cost, duration, hops and error, the short code an SMS was sent to,
// the message id and link id, a delivery report's status, failure
// reason and retry count, a payment's transaction id, category,
// provider, provider reference and channel, product name, source and
// destination types, the destination wallet, value, fees, status and
// date, and the relay's own envelope are non-personal. The subject's
// phone number (as phoneNumber, from, source and inside a description)
// is personal and weak evidence; the USSD text (the '*'-joined inputs)
// and an SMS's text are personal when they carry a name, a national
// id, a birth date or a free-text answer, non-personal when only menu
// choices; the app's last response is personal when it greets the
// subject by name; a payment's client account, the customer name in
// its metadata and the provider's KYC names are personal. A USSD text
// (and the end-of-session input) that carries a PIN is a credential
// whole: it must leave in no output. A relay's API key header is a
// credential.

// w38Tanzania, w38Malawi and w38Zambia are three of Africa's Talking's
// markets: Swahili, Chewa and Bemba names, their cities and streets.
// They are in neither countries nor moreCountries, so that adding them
// moved no event: only the wave-38 shapes that name them draw them.
var (
	w38Tanzania = &country{code: "TZ", locale: "sw-TZ", tz: "Africa/Dar_es_Salaam", name: "Tanzania", lang: "sw",
		given:  []string{"Neema|neema", "Baraka|baraka", "Rehema|rehema", "Juma|juma", "Amani|amani", "Zawadi|zawadi"},
		family: []string{"Mushi|mushi", "Mwakyusa|mwakyusa", "Kimaro|kimaro", "Said|said", "Massawe|massawe", "Mfinanga|mfinanga"},
		cities: []string{"Dar es Salaam", "Arusha", "Mwanza", "Dodoma"}, streets: []string{"Mtaa wa Uhuru 12, Kariakoo", "Plot 45, Msasani Peninsula", "Sokoine Road 7"},
		post: "#####", region: "Dar es Salaam", domain: "gmail.com"}
	w38Malawi = &country{code: "MW", locale: "ny-MW", tz: "Africa/Blantyre", name: "Malawi", lang: "en",
		given:  []string{"Chikondi|chikondi", "Thoko|thoko", "Limbani|limbani", "Tiwonge|tiwonge", "Kondwani|kondwani"},
		family: []string{"Banda|banda", "Phiri|phiri", "Mwale|mwale", "Chirwa|chirwa", "Nyirenda|nyirenda"},
		cities: []string{"Lilongwe", "Blantyre", "Mzuzu"}, streets: []string{"Area 47, Sector 3", "Chilomoni, near the market", "Kanengo, Plot 12"},
		region: "Central Region", domain: "gmail.com"}
	w38Zambia = &country{code: "ZM", locale: "en-ZM", tz: "Africa/Lusaka", name: "Zambia", lang: "en",
		given:  []string{"Mwila|mwila", "Chanda|chanda", "Bwalya|bwalya", "Natasha|natasha", "Mulenga|mulenga"},
		family: []string{"Mwansa|mwansa", "Tembo|tembo", "Zulu|zulu", "Sakala|sakala", "Lungu|lungu"},
		cities: []string{"Lusaka", "Kitwe", "Ndola"}, streets: []string{"Plot 2345, Kabulonga", "House 12, Chelstone", "Cairo Road 88"},
		post: "#####", region: "Lusaka Province", domain: "gmail.com"}
)

type w38ATMarket struct {
	cc, currency string
	networks     []string
	provider     string
}

var w38ATMarkets = []w38ATMarket{{"KE", "KES", []string{"63902", "63903", "63907"}, "Mpesa"}, {"KE", "KES", []string{"63902"}, "Mpesa"}, {"NG", "NGN", []string{"62130", "62120", "62150", "62160"}, "Athena"},
	{"UG", "UGX", []string{"64110", "64101"}, "Mpesa"}, {"TZ", "TZS", []string{"64004", "64005", "64002"}, "Mpesa"}, {"RW", "RWF", []string{"63510", "63514"}, "Athena"},
	{"MW", "MWK", []string{"65010", "65001"}, "Athena"}, {"ET", "ETB", []string{"63601", "63602"}, "Athena"}, {"GH", "GHS", []string{"62001", "62002", "62003"}, "Athena"},
	{"ZM", "ZMW", []string{"64501", "64502"}, "Athena"}, {"CI", "XOF", []string{"61203", "61205"}, "Athena"}}

func w38ATCountry(cc string) *country {
	switch cc {
	case "TZ":
		return w38Tanzania
	case "MW":
		return w38Malawi
	case "ZM":
		return w38Zambia
	}
	return w37Country(cc)
}

// w38NationalIDAT is a national id number as people type it on a
// keypad, by country: their formats only, no check digit is claimed
// (Ethiopia's Fayda number comes from the earlier waves' generator).
func (g *gen) w38NationalIDAT(cc string) string {
	p := g.p
	switch cc {
	case "KE":
		return pattern(g.r, "########")[:7+g.r.IntN(2)]
	case "NG":
		return pattern(g.r, "###########")
	case "UG":
		return map[bool]string{true: "CF", false: "CM"}[p.female] + fmt.Sprintf("%02d", p.dob.Year()%100) + pattern(g.r, "##########")
	case "TZ":
		return p.dob.Format("20060102") + pattern(g.r, "############")
	case "RW":
		return "1" + fmt.Sprint(p.dob.Year()) + map[bool]string{true: "7", false: "8"}[p.female] + pattern(g.r, "##########")
	case "MW":
		return pattern(g.r, "AAAA####")
	case "ET":
		return genFaydaFIN(g.r, p.dob, p.female, [2]string{})
	case "GH":
		return "GHA" + pattern(g.r, "#########") + fmt.Sprint(g.r.IntN(10))
	case "ZM":
		return pattern(g.r, "######") + pattern(g.r, "##") + "1"
	}
	return pattern(g.r, "CI##########")
}

func africasTalkingCallback(g *gen) *node {
	m := pick(g.r, w38ATMarkets)
	g.p = newPerson(g.r, w38ATCountry(m.cc), g.t)
	g.w37Age(16, 70)
	p := g.p
	if p.phoneE164 == "" || p.phoneCC != m.cc {
		g.w37SetPhone(m.cc)
	}
	network := pick(g.r, m.networks)
	sid := "ATUid_" + g.hex(32)
	svc := pick(g.r, []string{"*384*" + fmt.Sprint(1000+g.r.IntN(9000)) + "#", "*483*" + fmt.Sprint(100+g.r.IntN(900)) + "#", "*" + fmt.Sprint(100+g.r.IntN(900)) + "#"})
	given, family := g.w37Names(true)
	date := g.t.Format("2006-01-02 15:04:05")

	// what the subject typed, and how it is labelled
	type inputs struct {
		text          string
		pin, personal bool
		greet         string
	}
	var in inputs
	switch g.r.IntN(6) {
	case 0: // menu choices only
		in.text = pick(g.r, []string{"", "1", "1*2", "2*1*3", "3"})
	case 1: // register: name, id
		in.text = strings.Join([]string{"1", given + " " + family, g.w38NationalIDAT(m.cc)}, "*")
		in.personal = true
		in.greet = given
	case 2: // register with a birth date
		in.text = strings.Join([]string{"1", given, family, p.dob.Format("02/01/2006"), g.w38NationalIDAT(m.cc)}, "*")
		in.personal = true
		in.greet = given
		g.lab.BirthDate = p.dob.Format("2006-01-02")
	case 3: // register, then set a PIN
		pin := g.chars("0123456789", 4)
		in.text = strings.Join([]string{"1", given + " " + family, g.w38NationalIDAT(m.cc), pin, pin}, "*")
		in.pin, in.personal = true, true
		in.greet = given
	case 4: // pay: amount then PIN
		in.text = strings.Join([]string{"2", "1", fmt.Sprint(100 * (1 + g.r.IntN(50))), g.chars("0123456789", 4)}, "*")
		in.pin = true
	default: // a free-text answer
		in.text = strings.Join([]string{"4", pick(g.r, []string{"Nataka mkopo wa shule", "I want to change my number", "Ndalama zanga sizinafike", "Please call me back"})}, "*")
		in.personal = true
	}
	textNode := func() *node {
		switch {
		case in.pin:
			return C(in.text)
		case in.personal:
			return P(in.text)
		}
		return N(in.text)
	}
	phone := func() *node {
		g.lab.Weak = addCountry(g.lab.Weak, p.phoneCC)
		return P(p.phoneE164)
	}
	var body *node
	kind := "ussd"
	switch v := g.r.IntN(10); {
	case v < 4:
		body = O("sessionId", N(sid), "serviceCode", N(svc), "phoneNumber", phone(), "networkCode", N(network), "text", textNode())
	case v < 5: // end of session notification
		status := pick(g.r, []string{"Success", "Incomplete", "Failed"})
		last := N("END Thank you. Your request has been received.")
		if in.greet != "" {
			last = P(fmt.Sprintf("END Asante %s, umesajiliwa. / Thank you %s, you are registered.", in.greet, in.greet))
		}
		body = O("date", N(date), "sessionId", N(sid), "serviceCode", N(svc), "networkCode", N(network), "phoneNumber", phone(), "status", N(status),
			"cost", N(m.currency+" "+fmt.Sprintf("%.4f", 0.5+float64(g.r.IntN(40))/10)), "durationInMillis", N(fmt.Sprint(3000+g.r.IntN(120000))),
			"hopsCount", N(fmt.Sprint(1+strings.Count(in.text, "*"))), "input", textNode(), "lastAppResponse", last, "errorMessage", N(map[bool]string{true: "", false: "Session timed out"}[status == "Success"]))
		kind = "ussd-end"
	case v < 7: // incoming SMS
		kw := pick(g.r, []string{"REG", "JOIN", "HELP", "STOP", "BAL"})
		txt := N(kw)
		switch kw {
		case "REG", "JOIN":
			txt = P(fmt.Sprintf("%s %s %s %s", kw, given, family, g.w38NationalIDAT(m.cc)))
		case "HELP":
			txt = P(pick(g.r, []string{"Help my account is blocked, my name is " + given + " " + family, "HELP"}))
		}
		body = O("date", N(date), "from", phone(), "id", N(g.uuid()), "linkId", N(map[bool]string{true: g.uuid(), false: ""}[g.r.IntN(3) == 0]), "text", txt,
			"to", N(fmt.Sprint(20000+g.r.IntN(9999))), "networkCode", N(network))
		kind = "sms"
	case v < 8: // delivery report
		status := pick(g.r, []string{"Success", "Failed", "Rejected", "Buffered"})
		body = O("id", N("ATXid_"+g.hex(32)), "status", N(status), "phoneNumber", phone(), "networkCode", N(network),
			"failureReason", N(map[bool]string{true: "", false: pick(g.r, []string{"InsufficientCredit", "AbsentSubscriber", "UserInBlacklist", "DeliveryFailure"})}[status == "Success" || status == "Buffered"]),
			"retryCount", N(fmt.Sprint(g.r.IntN(3))))
		kind = "sms-dlr"
	default: // a mobile checkout's payment notification
		amt := 100 * (1 + g.r.IntN(100))
		reqMeta := O("customerName", P(given+" "+family))
		if g.r.IntN(2) == 0 {
			reqMeta.set("agentId", N(fmt.Sprint(600+g.r.IntN(400))))
		}
		provMeta := O()
		if m.provider == "Mpesa" && g.r.IntN(2) == 0 {
			provMeta = O("[Personal Details][First Name]", P(strings.ToUpper(given)), "[Personal Details][Last Name]", P(strings.ToUpper(family)))
		}
		body = O("transactionId", N("ATPid_"+g.hex(32)), "category", N("MobileCheckout"), "provider", N(m.provider), "providerRefId", N(pattern(g.r, "AA#A#AA#A#")),
			"providerChannel", N(fmt.Sprint(100000+g.r.IntN(900000))), "clientAccount", P(pick(g.r, []string{w37Clean(given) + fmt.Sprint(g.r.IntN(1000)), "ACC-" + pattern(g.r, "######")})),
			"productName", N(pick(g.r, []string{"SchoolFees", "SolarHome", "AgriInputs", "MyOnlineStore"})), "sourceType", N("PhoneNumber"), "source", phone(),
			"destinationType", N("Wallet"), "destination", N("PaymentWallet"), "value", N(fmt.Sprintf("%s %d.0000", m.currency, amt)), "transactionFee", N(m.currency+" 0.0000"),
			"providerFee", N(fmt.Sprintf("%s %.4f", m.currency, float64(amt)*0.01)), "status", N(pick(g.r, []string{"Success", "Success", "Failed"})),
			"description", P("Received Mobile Checkout funds from "+p.phoneE164), "requestMetadata", reqMeta, "providerMetadata", provMeta,
			"transactionDate", N(g.t.Add(-time.Duration(g.r.IntN(300))*time.Second).UTC().Format("2006-01-02T15:04:05.000Z")))
		kind = "payment"
	}
	if g.r.IntN(3) != 0 {
		return body
	}
	return O("relay", O("received_at", N(g.t.UTC().Format(iso)), "source", N("africastalking"), "kind", N(kind), "content_type", N("application/x-www-form-urlencoded")),
		"headers", O("X-Relay-Key", C(g.b62(32))), "body", body)
}
