package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// --------------------------------------------------------------------- Tink

// w29TKMerchant is a counterparty as a bank's statement writes it: the
// original description, the name Tink cleans it to, its merchant
// category code and what paying it tells of the account holder (a
// pharmacy of their health, a church of their faith, a union or a party
// of their membership). {name} is a person paid or paying.
type w29TKMerchant struct {
	original, display, mcc string
	cat                    string
	cents                  int // a typical amount, negative for money out
}

// w29TKMarket is a Tink market: currency, banks (provider name), the
// account names banks give, the statement lines of its people.
type w29TKMarket struct {
	currency  string
	banks     []string
	accounts  []string
	merchants []w29TKMerchant
	bban      string // national account number pattern (# digit, A letter)
	locale    string
}

var w29TKMarkets = map[string]w29TKMarket{
	"SE": {"SEK", []string{"se-swedbank-ob", "se-handelsbanken-ob", "se-seb-ob", "se-nordea-ob"}, []string{"PERSONKONTO", "Privatkonto", "Lönekonto", "e-sparkonto"},
		[]w29TKMerchant{{"ICA NARA HAMMARBY", "ICA", "5411", "", -45600}, {"COOP KONSUM SODERMALM", "Coop", "5411", "", -23850}, {"APOTEK HJARTAT", "Apotek Hjärtat", "5912", "health", -18900},
			{"APOTEKET AB", "Apoteket", "5912", "health", -32500}, {"KRY INTERNATIONAL", "Kry", "8099", "health", -35000}, {"SVENSKA KYRKAN GAVA", "Svenska kyrkan", "8661", "religion", -20000},
			{"IF METALL AVGIFT", "IF Metall", "8641", "trade_union", -46500}, {"UNIONEN MEDLEMSAVG", "Unionen", "8641", "trade_union", -24000}, {"SOCIALDEMOKRATERNA", "Socialdemokraterna", "8651", "political", -10000},
			{"UNIBET", "Unibet", "7995", "", -50000}, {"SVENSKA SPEL", "Svenska Spel", "7995", "", -10000}, {"SWISH TILL {name}", "Swish", "4829", "", -25000}, {"LON VOLVO CAR AB", "Lön", "", "", 3450000}},
		"###" + "#################", "sv_SE"},
	"FI": {"EUR", []string{"fi-nordea-ob", "fi-op-ob", "fi-danskebank-ob"}, []string{"KÄYTTÖTILI", "Säästötili"},
		[]w29TKMerchant{{"K-MARKET KALLIO", "K-Market", "5411", "", -4210}, {"PRISMA ITIS", "Prisma", "5411", "", -8790}, {"YLIOPISTON APTEEKKI", "Yliopiston Apteekki", "5912", "health", -2390},
			{"JHL JASENMAKSU", "JHL", "8641", "trade_union", -3600}, {"HELSINGIN SEURAKUNTAYHTYMA", "Helsingin seurakunnat", "8661", "religion", -5000}, {"VEIKKAUS OY", "Veikkaus", "7995", "", -2000},
			{"MOBILEPAY {name}", "MobilePay", "4829", "", -1500}, {"PALKKA KONE OYJ", "Palkka", "", "", 312000}},
		"##############", "fi_FI"},
	"NO": {"NOK", []string{"no-dnb-ob", "no-sparebank1-ob", "no-nordea-ob"}, []string{"BRUKSKONTO", "Sparekonto"},
		[]w29TKMerchant{{"REMA 1000 GRUNERLOKKA", "Rema 1000", "5411", "", -38900}, {"VITUSAPOTEK", "Vitusapotek", "5912", "health", -21900}, {"FAGFORBUNDET KONTINGENT", "Fagforbundet", "8641", "trade_union", -52000},
			{"NLM GAVE", "Norsk Luthersk Misjonssamband", "8661", "religion", -30000}, {"NORSK TIPPING", "Norsk Tipping", "7995", "", -20000}, {"VIPPS *{name}", "Vipps", "4829", "", -30000}, {"LONN EQUINOR ASA", "Lønn", "", "", 4850000}},
		"###########", "nb_NO"},
	"DK": {"DKK", []string{"dk-danskebank-ob", "dk-nordea-ob", "dk-jyskebank-ob"}, []string{"Lønkonto", "Budgetkonto"},
		[]w29TKMerchant{{"NETTO NORREBRO", "Netto", "5411", "", -28700}, {"APOTEKET OSTERBRO", "Apoteket Østerbro", "5912", "health", -14900}, {"3F KONTINGENT", "3F", "8641", "trade_union", -51000},
			{"DANSKE SPIL", "Danske Spil", "7995", "", -15000}, {"MOBILEPAY {name}", "MobilePay", "4829", "", -20000}, {"LON NOVO NORDISK", "Løn", "", "", 3850000}},
		"##############", "da_DK"},
	"DE": {"EUR", []string{"de-sparkasse-ob", "de-deutschebank-ob", "de-n26-ob", "de-ing-ob"}, []string{"Girokonto", "Tagesgeld"},
		[]w29TKMerchant{{"REWE SAGT DANKE 4471", "REWE", "5411", "", -5430}, {"DOCMORRIS", "DocMorris", "5912", "health", -3899}, {"APOTHEKE AM MARKT", "Apotheke am Markt", "5912", "health", -1249},
			{"VER.DI MITGLIEDSBEITRAG", "ver.di", "8641", "trade_union", -2750}, {"ERZBISTUM KOELN SPENDE", "Erzbistum Köln", "8661", "religion", -5000}, {"ISLAMIC RELIEF DEUTSCHLAND ZAKAT", "Islamic Relief", "8661", "religion", -15000},
			{"SPD PARTEIVORSTAND MITGLIEDSBEITRAG", "SPD", "8651", "political", -1500}, {"TIPICO", "Tipico", "7995", "", -5000}, {"PAYPAL *{name}", "PayPal", "4829", "", -2500}, {"GEHALT SIEMENS AG", "Gehalt", "", "", 385000}},
		"", "de_DE"},
	"NL": {"EUR", []string{"nl-ing-ob", "nl-abnamro-ob", "nl-rabobank-ob"}, []string{"Betaalrekening", "Spaarrekening"},
		[]w29TKMerchant{{"ALBERT HEIJN 1234", "Albert Heijn", "5411", "", -4780}, {"BENU APOTHEEK", "BENU Apotheek", "5912", "health", -1895}, {"FNV CONTRIBUTIE", "FNV", "8641", "trade_union", -2180},
			{"PROTESTANTSE GEMEENTE BIJDRAGE", "Protestantse Kerk", "8661", "religion", -2500}, {"HOLLAND CASINO", "Holland Casino", "7995", "", -10000}, {"TIKKIE {name}", "Tikkie", "4829", "", -1750}, {"SALARIS PHILIPS", "Salaris", "", "", 342000}},
		"", "nl_NL"},
	"ES": {"EUR", []string{"es-bbva-ob", "es-caixabank-ob", "es-santander-ob"}, []string{"Cuenta Online", "Cuenta Nómina"},
		[]w29TKMerchant{{"MERCADONA SEVILLA", "Mercadona", "5411", "", -6320}, {"FARMACIA LDO PEREZ", "Farmacia", "5912", "health", -1480}, {"CCOO CUOTA AFILIACION", "CCOO", "8641", "trade_union", -1450},
			{"PARROQUIA SAN JOSE DONATIVO", "Parroquia San José", "8661", "religion", -2000}, {"CODERE APUESTAS", "Codere", "7995", "", -3000}, {"BIZUM A {name}", "Bizum", "4829", "", -2500}, {"NOMINA TELEFONICA", "Nómina", "", "", 215000}},
		"", "es_ES"},
	"IT": {"EUR", []string{"it-intesasanpaolo-ob", "it-unicredit-ob", "it-fineco-ob"}, []string{"Conto Corrente", "Conto Deposito"},
		[]w29TKMerchant{{"ESSELUNGA MILANO", "Esselunga", "5411", "", -5870}, {"FARMACIA COMUNALE 12", "Farmacia Comunale", "5912", "health", -2190}, {"CGIL TESSERA", "CGIL", "8641", "trade_union", -1500},
			{"PARROCCHIA S MARIA OFFERTA", "Parrocchia Santa Maria", "8661", "religion", -2000}, {"SNAI SCOMMESSE", "Snai", "7995", "", -2500}, {"SATISPAY {name}", "Satispay", "4829", "", -1500}, {"STIPENDIO ENEL SPA", "Stipendio", "", "", 198000}},
		"", "it_IT"},
	"GB": {"GBP", []string{"uk-monzo-oauth2", "uk-barclays-ob", "uk-hsbc-ob", "uk-nationwide-ob"}, []string{"Current Account", "Personal Account", "Everyday Saver"},
		[]w29TKMerchant{{"TESCO STORES 3297", "Tesco", "5411", "", -4230}, {"LLOYDS PHARMACY", "Lloyds Pharmacy", "5912", "health", -990}, {"UNISON SUBS", "UNISON", "8641", "trade_union", -1450},
			{"C OF E PARISH GIVING", "Parish Giving", "8661", "religion", -2000}, {"LABOUR PARTY", "Labour Party", "8651", "political", -500}, {"BET365", "bet365", "7995", "", -2000},
			{"TFR {name}", "Transfer", "4829", "", -3000}, {"SALARY NHS BUSINESS SERV", "Salary", "", "", 265000}},
		"", "en_GB"},
}

// w29TKMCCCat is what a merchant category code alone tells: drug stores
// and medical services of health, religious and political organisations
// of faith and opinion (8641, civic associations, unions among them,
// does not single one out).
var w29TKMCCCat = map[string]string{"5912": "health", "8099": "health", "8661": "religion", "8651": "political"}

// w29TKAmount is an amount as Tink writes it: an unscaled value and a
// scale, strings both.
func w29TKAmount(currency string, cents int) *node {
	return O("currencyCode", N(currency), "value", O("scale", N("2"), "unscaledValue", N(fmt.Sprint(cents))))
}

// w29TKDetail is how a bank of the country starts a detailed statement
// line of a kind of transaction.
func w29TKDetail(cc, code string) string {
	if cc == "SE" {
		return map[string]string{"DEB": "Kortköp ", "DD": "Autogiro ", "TRF": "Överföring ", "CRED": "Insättning "}[code]
	}
	return map[string]string{"DEB": "POS ", "DD": "DD ", "TRF": "TRF ", "CRED": "CR "}[code]
}

// w29TKRefs are what people write when they pay a friend.
var w29TKRefs = map[string][]string{
	"SE": {"Middag", "Hyra mars", "Tack!", "Present till mamma"}, "FI": {"Kiitos!", "Vuokra", "Lahja äidille"}, "NO": {"Middag", "Husleie", "Takk!"},
	"DK": {"Aftensmad", "Husleje", "Tak!"}, "DE": {"Miete März", "Danke!", "Geschenk Mama"}, "NL": {"Etentje", "Huur", "Bedankt!"},
	"ES": {"Cena viernes", "Alquiler", "¡Gracias!"}, "IT": {"Cena", "Affitto", "Grazie!"}, "GB": {"Dinner", "Rent March", "Cheers!"},
}

func tinkAccountIdentity(g *gen) *node {
	cc := pick(g.r, []string{"SE", "SE", "SE", "FI", "NO", "DK", "DE", "DE", "NL", "ES", "IT", "GB", "GB"})
	g.w29Redraw(cc)
	p := g.p
	mk := w29TKMarkets[cc]
	// A teenager's pocket-money or savings app in the Nordics reads the
	// identity of a young account holder too.
	youth := (cc == "SE" || cc == "NO" || cc == "FI" || cc == "DK") && g.r.IntN(6) == 0
	if youth {
		g.w29Age(13, 17)
	} else {
		g.w29Age(18, 80)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w29SetPhone(cc)
	}
	// The national identifier the bank holds: a personnummer with its
	// century (as Tink writes it), a henkilötunnus, a fødselsnummer, a
	// CPR number, a DNI, a codice fiscale; none from German, Dutch or
	// British banks.
	ssn := ""
	switch cc {
	case "SE":
		ssn = w29Personnummer(g, p.dob, p.female, true)
	case "FI", "NO", "DK", "ES", "IT":
		ssn = p.idValue
	}
	holder := p.given + " " + p.family
	switch g.r.IntN(3) {
	case 0:
		holder = strings.ToUpper(holder)
	case 1:
		if cc == "SE" || cc == "DE" || cc == "NL" {
			holder = p.family + ", " + p.given
		}
	}
	provider := pick(g.r, mk.banks)
	fiID := g.hex(32)

	// The accounts: a checking account with its IBAN (and a sort code in
	// Britain), a savings account some holders name after a child, a
	// credit card with its masked number.
	bban := mk.bban
	iban := ""
	if bban != "" {
		iban = ibanOf(cc, pattern(g.r, bban))
	} else {
		iban = ibanFor(g.r, cc)
	}
	kid := g.w29OtherName(p.c)
	type account struct {
		id, name, kind, iban string
		named                bool
		cents                int
	}
	accts := []account{{g.hex(32), pick(g.r, mk.accounts), "CHECKING", iban, false, 20000 + g.r.IntN(3000000)}}
	if g.r.IntN(2) == 0 {
		a := account{g.hex(32), mk.accounts[len(mk.accounts)-1], "SAVINGS", "", false, 100000 + g.r.IntN(20000000)}
		if !youth && g.r.IntN(3) == 0 {
			a.name = map[string]string{"SE": "Sparkonto ", "FI": "Säästö ", "NO": "Sparing ", "DK": "Opsparing ", "DE": "Sparen für ", "NL": "Sparen ", "ES": "Ahorro ", "IT": "Risparmi ", "GB": "Savings for "}[cc] + kid.given
			a.named = true
		}
		if mk.bban != "" {
			a.iban = ibanOf(cc, pattern(g.r, mk.bban))
		} else {
			a.iban = ibanFor(g.r, cc)
		}
		accts = append(accts, a)
	}
	if !youth && g.r.IntN(3) == 0 {
		accts = append(accts, account{g.hex(32), "Mastercard", "CREDIT_CARD", "", false, -g.r.IntN(500000)})
	}
	masked := pick(g.r, []string{"5412 75** **** ", "4000 12** **** ", "4571 99** **** "}) + pattern(g.r, "####")
	sortCode, sortAcct := pattern(g.r, "######"), pattern(g.r, "########")
	refreshed := g.t.Add(-time.Duration(g.r.IntN(3600)) * time.Second).UTC().Format("2006-01-02T15:04:05Z")
	accountNode := func(a account) *node {
		ids := O()
		switch a.kind {
		case "CREDIT_CARD":
			ids.set("pan", O("masked", P(masked)))
			ids.set("financialInstitution", O("accountNumber", P(masked)))
		default:
			ids.set("iban", O("iban", P(a.iban), "bban", P(a.iban[4:])))
			if cc == "GB" {
				ids.set("sortCode", O("code", P(sortCode), "accountNumber", P(sortAcct)))
			}
			ids.set("financialInstitution", O("accountNumber", P(a.iban)))
		}
		name := N(a.name)
		if a.named {
			name = P(a.name)
		}
		return O("id", N(a.id), "name", name, "type", N(a.kind),
			"balances", O("booked", O("amount", w29TKAmount(mk.currency, a.cents)), "available", O("amount", w29TKAmount(mk.currency, a.cents+g.r.IntN(20000)))),
			"identifiers", ids, "dates", O("lastRefreshed", N(refreshed)), "financialInstitutionId", N(fiID), "customerSegment", N("PERSONAL"))
	}

	// The statement lines: shops, a pharmacy, a church, a union, a party,
	// a betting site, a friend paid, the salary.
	type txn struct {
		m      w29TKMerchant
		orig   string
		person string // the friend paid, or ""
		iban   string
		cents  int
		when   time.Time
	}
	var txns []txn
	for range 3 + g.r.IntN(4) {
		m := pick(g.r, mk.merchants)
		if m.cat != "" && g.r.IntN(2) == 0 {
			m = pick(g.r, mk.merchants)
		}
		if youth && (m.cat == "trade_union" || m.cat == "political" || m.mcc == "7995" || m.cents > 0) {
			continue
		}
		t := txn{m: m, orig: m.original, cents: m.cents * (70 + g.r.IntN(60)) / 100, when: g.t.AddDate(0, 0, -g.r.IntN(60)).Add(-time.Duration(g.r.IntN(86400)) * time.Second)}
		if strings.Contains(m.original, "{name}") {
			o := g.w29OtherName(p.c)
			t.person = strings.ToUpper(o.givenL + " " + o.familyL)
			t.orig = strings.ReplaceAll(m.original, "{name}", t.person)
			t.iban = ibanFor(g.r, cc)
		}
		txns = append(txns, t)
	}
	text := func(t txn, s string) *node {
		if t.person != "" {
			return P(s)
		}
		return w29Text(s, t.m.cat)
	}
	txnNode := func(t txn) *node {
		kind, code := "DEFAULT", "DEB"
		switch {
		case t.person != "":
			kind, code = "TRANSFER", "TRF"
		case t.cents > 0:
			kind, code = "DEFAULT", "CRED"
		case t.m.mcc == "8641" || t.m.mcc == "8651" || t.m.mcc == "8661":
			kind, code = "PAYMENT", "DD"
		}
		n := O("id", N(g.hex(32)), "accountId", N(accts[0].id), "amount", w29TKAmount(mk.currency, t.cents),
			"descriptions", O("original", text(t, t.orig), "display", text(t, map[bool]string{true: t.m.display + " " + w29Title(strings.ToLower(t.person)), false: t.m.display}[t.person != ""]),
				"detailed", O("unstructured", text(t, w29TKDetail(cc, code)+t.when.Format("060102")+" "+t.orig))),
			"dates", O("booked", N(t.when.Format("2006-01-02")), "value", N(t.when.Format("2006-01-02"))),
			"bookedDateTime", N(t.when.UTC().Format("2006-01-02T15:04:05Z")),
			"identifiers", O("providerTransactionId", N(g.uuid())), "types", O("type", N(kind), "financialInstitutionTypeCode", N(code)),
			"status", N(pick(g.r, []string{"BOOKED", "BOOKED", "BOOKED", "PENDING"})), "providerMutability", N("MUTABILITY_UNDEFINED"))
		if t.m.mcc != "" && t.person == "" {
			n.set("merchantInformation", O("merchantName", w29Text(t.m.display, t.m.cat), "merchantCategoryCode", w29Text(t.m.mcc, w29TKMCCCat[t.m.mcc])))
		}
		if t.person != "" {
			n.set("counterparties", O("payee", O("name", P(t.person), "identifiers", O("financialInstitution", O("accountNumber", P(t.iban)))),
				"payer", O("name", P(holder), "identifiers", O("financialInstitution", O("accountNumber", P(iban))))))
			n.set("reference", P(pick(g.r, w29TKRefs[cc])))
		} else if t.cents > 0 {
			n.set("counterparties", O("payee", O("name", P(holder), "identifiers", O("financialInstitution", O("accountNumber", P(iban))))))
		}
		n.set("categories", O("pfm", O("id", N(g.hex(32)), "name", N(""))))
		return n
	}
	identity := func() *node {
		id := O("dateOfBirth", g.dob("2006-01-02"), "financialInstitutionId", N(fiID), "name", P(holder), "providerName", N(provider))
		if ssn != "" {
			id.set("ssn", P(ssn))
		}
		return id
	}
	parties := func() *node {
		ident := O("name", P(holder))
		if ssn != "" {
			ident.set("ssn", P(ssn))
		}
		ps := []*node{O("identity", ident, "role", N("HOLDER"))}
		if youth {
			// A minor's account has a parent who may operate it.
			par := g.w29OtherName(p.c)
			ps = append(ps, O("identity", O("name", P(par.given+" "+p.family)), "role", N("AUTHORIZED_USER")))
		}
		return O("parties", A(ps...))
	}

	// The calls, with the user's access token.
	const api = "https://api.tink.com"
	token := C("Bearer eyJhbGciOiJFUzI1NiIsImtpZCI6I" + g.b62(40) + "." + g.b62(220) + "." + g.chars(b64Set, 86))
	call := func(path string, body *node) *node {
		return O("request", O("method", N("GET"), "url", N(api+path), "headers", O("Authorization", token)),
			"response", O("status", N(200), "body", body))
	}
	var accNodes []*node
	for _, a := range accts {
		accNodes = append(accNodes, accountNode(a))
	}
	var txnNodes []*node
	for _, t := range txns {
		txnNodes = append(txnNodes, txnNode(t))
	}
	identities := func() *node { return call("/data/v2/identities", O("identities", A(identity()))) }
	accounts := func() *node {
		return call("/data/v2/accounts", O("accounts", A(accNodes...), "nextPageToken", N("")))
	}
	transactions := func() *node {
		return call("/data/v2/transactions?accountIdIn="+accts[0].id+"&pageSize=100", O("transactions", A(txnNodes...), "nextPageToken", N(g.b62(43))))
	}
	// Tink Link sent the user back with a code, exchanged for a token.
	exchange := func() *node {
		code := g.hex(32)
		body := "code=" + code + "&client_id=" + g.hex(32) + "&client_secret=" + g.hex(32) + "&grant_type=authorization_code"
		tok := token.raw[len("Bearer "):]
		return O("callback", O("url", C("https://app.lender.example/tink/callback?code="+code+"&credentialsId="+g.hex(32)+"&state="+g.b62(16))),
			"request", O("method", N("POST"), "url", N(api+"/api/v1/oauth/token"), "headers", O("Content-Type", N("application/x-www-form-urlencoded")), "body", C(body)),
			"response", O("status", N(200), "body", O("token_type", N("bearer"), "expires_in", N(7200), "access_token", C(tok), "refresh_token", C(g.hex(32)),
				"scope", N("accounts:read,balances:read,transactions:read,identities:readonly"))))
	}
	linkURL := func() *node {
		u := "https://link.tink.com/1.0/transactions/connect-accounts?client_id=" + g.hex(32) + "&redirect_uri=https%3A%2F%2Fapp.lender.example%2Ftink%2Fcallback&market=" + cc
		if p.showLocale {
			g.locale(mk.locale)
			return N(u + "&locale=" + mk.locale)
		}
		return N(u)
	}

	// The lender's affordability assessment: the applicant as they gave
	// themselves, what Tink said of them, and what their spending says,
	// union fees, pharmacy and church giving among the fixed costs.
	assessment := func() *node {
		app := O("name", P(p.given+" "+p.family), "email", P(p.email))
		if ph := g.phone(""); ph != nil {
			app.set("phone", ph)
		}
		if p.showResidence {
			app.set("address", O("street", g.addr(p.street), "postal_code", g.addr(p.post), "city", g.addr(p.city), "country", g.residence(cc)))
		}
		if ssn != "" && g.r.IntN(2) == 0 {
			app.set("national_id", P(ssn))
		}
		r := O("application_id", N("APP-"+pattern(g.r, "########")), "created_at", N(g.t.UTC().Format(time.RFC3339)), "product", N(pick(g.r, []string{"personal_loan", "credit_card", "car_loan"})),
			"applicant", app, "tink", O("user_id", P(g.hex(32)), "provider", N(provider), "identity_match", N(pick(g.r, []string{"FULL", "FULL", "PARTIAL"}))))
		var income, gambling int
		costs := map[string]int{}
		var order []string
		for _, t := range txns {
			switch {
			case t.cents > 0:
				income += t.cents
			case t.m.mcc == "7995":
				gambling -= t.cents
			case t.m.cat != "":
				k := map[string]string{"health": "pharmacy_and_health", "religion": "religious_giving", "trade_union": "union_fees", "political": "party_membership"}[t.m.cat]
				if _, ok := costs[k]; !ok {
					order = append(order, k)
				}
				costs[k] -= t.cents
			}
		}
		cats := map[string]string{"pharmacy_and_health": "health", "religious_giving": "religion", "union_fees": "trade_union", "party_membership": "political"}
		var cl []*node
		for _, k := range order {
			cl = append(cl, O("category", S(k, cats[k]), "monthly_avg", N(fmt.Sprintf("%.2f", float64(costs[k])/200))))
		}
		r.set("monthly_income", P(fmt.Sprintf("%.2f %s", float64(income)/200, mk.currency)))
		r.set("fixed_costs", A(cl...))
		if gambling > 0 {
			r.set("gambling_spend_60d", P(fmt.Sprintf("%.2f %s", float64(gambling)/100, mk.currency)))
		}
		r.set("decision", N(pick(g.r, []string{"approve", "refer", "decline"})))
		return r
	}
	switch mode := g.r.IntN(10); {
	case mode < 2:
		return identities()
	case mode < 4:
		return accounts()
	case mode < 6:
		return transactions()
	case mode < 7:
		return call("/data/v2/accounts/"+accts[0].id+"/parties", parties())
	case mode < 8:
		return O("link", linkURL(), "token", exchange(), "identities", identities())
	case mode < 9 && !youth:
		return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("info"), "msg", N("affordability assessed"), "assessment", assessment())
	}
	// The service's log line with the Tink responses it read.
	return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("debug"), "msg", N("tink data fetched"),
		"identities", w29JSON(O("identities", A(identity()))), "accounts", w29JSON(O("accounts", A(accNodes...))),
		"transactions", w29JSON(O("transactions", A(txnNodes...))))
}
