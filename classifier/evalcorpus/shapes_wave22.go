package evalcorpus

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// wave22Shapes are a twenty-second set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are two identity back ends,
// a bank's identity provider and two payment services: ZITADEL user
// events as an Actions v2 event target receives them (signed with
// ZITADEL-Signature, the event_payload base64-encoded in older releases
// and a JSON object in newer ones) and as the Admin API's ListEvents
// returns them (user.human.added and .selfregistered with the password's
// encodedHash, profile, phone and address changes, and user.metadata.set
// whose values ZITADEL keeps base64-encoded: customer numbers, AHV, SVNR
// and Steuer-ID numbers, a payroll's church-tax Konfession, a canteen's
// halal or kosher meals, a pupil's birth date and guardian), for users in
// Switzerland, Germany, Austria and worldwide; Azure AD B2C and Entra
// External ID API connector calls (PostFederationSignup,
// PostAttributeCollection, PreTokenApplicationClaims) with identities,
// built-in attributes and extension_<appId>_ custom attributes of shops,
// banks, clinics, children's apps with age gating, airlines, unions and
// parishes, the Basic, certificate, function-key or bearer
// authentication, and the Continue, ShowBlockPage and ValidationError
// answers; Sber ID's token and userinfo exchange (ФИО with patronymic,
// birthdate, passport with its issuing office and code, ИНН, СНИЛС,
// registration and actual addresses, citizenship) for Russians, for
// citizens of Uzbekistan, Kazakhstan, Belarus, Ukraine, Tajikistan and
// Armenia living in Russia, and for 14-17-year-olds signed up with a
// parent's consent; a PayU Latam confirmation page POST as a merchant
// logs it (the form raw and parsed, the MD5 sign, the buyer's e-mail,
// nickname, phone, addresses, masked card and holder, PSE's bank and
// document references, extra1-3) with the merchant's order, for buyers
// in Colombia, Peru, Mexico, Argentina, Brazil and Chile; and Chapa's
// initialize, webhook and verify calls (09/07 mobiles, ETB and USD, the
// secret key, Chapa-Signature and x-chapa-signature, customization and
// merchant meta) with the merchant's order (Amharic and Latin names,
// Addis Ababa sub-city and woreda addresses, notes).
var wave22Shapes = []Shape{
	{Name: "zitadel_user_event", Doc: "zitadel.com/docs/guides/integrate/actions/usage (Sent information Event: {aggregateID, aggregateType, resourceOwner, instanceID, version, sequence, event_type, created_at, userID (the event's creator), event_payload}; Content Signing: the ZITADEL-Signature header, logged in Go's canonical form Zitadel-Signature, t=<unix>,v1=<hex HMAC-SHA256 of <unix>.<body> with the target's signing key>) and guides/integrate/actions/testing-event (event_payload base64-encoded, {userName, firstName, lastName, displayName, preferredLanguage und, email}); the payloads of github.com/zitadel/zitadel internal/repository/user: user.human.added and user.human.selfregistered {userName, firstName, lastName, nickName, displayName, preferredLanguage, gender 1 female / 2 male / 3 diverse, email, phone, country, locality, postalCode, region, streetAddress, secret (legacy crypto value), encodedHash, changeRequired, userAgentID}, user.human.profile.changed, user.human.phone.changed {phone}, user.human.address.changed, user.metadata.set {key, value as base64 bytes}; the Admin API ListEvents response {events[{editor{userId, displayName, service}, aggregate{id, type{type, localized{key, localizedMessage}}, resourceOwner}, sequence, creationDate, payload, type{type, localized}}]}; for users in Switzerland, Germany, Austria and worldwide", build: zitadelUserEvent},
	{Name: "azure_b2c_api_connector", Doc: "learn.microsoft.com/azure/active-directory-b2c/add-api-connector (the request: POST with the claims as JSON {email, identities[{signInType emailAddress / userName / phoneNumber / federated, issuer, issuerAssignedId}], displayName, objectId, givenName, surname, jobTitle, streetAddress, city, postalCode, state, country, extension_<extensions-app-id>_<attribute>, step PostFederationSignup / PostAttributeCollection / PreTokenApplicationClaims, client_id (clientId at PreTokenApplicationClaims), ui_locales}, claims without a value left out; the responses {version, action Continue (with claims to overwrite) / ShowBlockPage / ValidationError, userMessage, status 400}), secure-rest-api (HTTP Basic, client certificate as App Service forwards it in X-ARR-ClientCert, API key header, OAuth2 bearer) and user-flow-custom-attributes; Entra External ID self-service sign-up API connectors, same contract; as the connector's Azure Function logs the exchange, for users worldwide", build: azureB2CConnector},
	{Name: "sberid_userinfo", Doc: "developers.sber.ru/docs/ru/sberid (Шаг 2: POST https://oauth.sber.ru/ru/prod/tokens/v2/oauth with rquid and x-ibm-client-id headers {grant_type authorization_code, code, client_id, client_secret, redirect_uri, code_verifier} -> {access_token, token_type Bearer, expires_in, scope, id_token, refresh_token}; the id_token's claims {iss, sub, aud, exp, iat, auth_time, acr, nonce}; Шаг 3: GET /ru/prod/sberbankid/v2.1/userinfo with Authorization: Bearer and x-introspect-rquid -> {iss, sub, aud, family_name, given_name, middle_name, birthdate, gender 1 / 2, phone_number \"+7 (000) 000000\", email, identification{series, number, issued_by, issued_date, code}, inn{number}, snils{number}, address_reg, address_fact, citizenship}; services/scopes: openid, name, email, mobile, birthdate, gender, maindoc, inn, snils and the address and citizenship groups) with the partner's account record beside it, for Russians, for foreign citizens living in Russia, and for minors signed up with a parent's consent", build: sberIDUserinfo},
	{Name: "payu_latam_confirmation", Doc: "developers.payulatam.com/latam/en/docs/integrations/webcheckout-integration/confirmation-page.html (form-encoded POST to confirmationUrl: merchant_id, state_pol 4 / 6 / 5 / 7, risk, response_code_pol, response_message_pol, reference_sale, reference_pol, sign (MD5 of ApiKey~merchant_id~reference_sale~new_value~currency~state_pol), extra1, extra2, extra3, payment_method, payment_method_type, payment_method_id, payment_method_name, installments_number, value, tax, additional_value, transaction_date, date, currency, email_buyer, nickname_buyer, nickname_seller, phone, office_phone, shipping_address, shipping_city, shipping_country, billing_address, billing_city, billing_country, cc_number (masked), cc_holder, description, ip, cus, pse_bank, pseReference1..3, authorization_code, transaction_id, transaction_bank_id, commision_pol, exchange_rate, test, attempts, account_id, franchise) as a merchant logs it: the raw body and the parsed fields, with the merchant's order, for buyers in Colombia, Peru, Mexico, Argentina, Brazil and Chile", build: payuLatamConfirmation},
	{Name: "chapa_payment", Doc: "developer.chapa.co/integrations/accept-payments (POST https://api.chapa.co/v1/transaction/initialize with Authorization: Bearer <CHASECK secret key> {amount, currency ETB / USD, email, first_name, last_name, phone_number 09xxxxxxxx / 07xxxxxxxx, tx_ref, callback_url, return_url, customization{title, description, logo}, meta{…merchant-defined, hide_receipt}} -> {message Hosted Link, status, data{checkout_url}}), /integrations/verify-payments (GET /v1/transaction/verify/<tx_ref> -> {message, status, data{first_name, last_name, email, currency, amount, charge, mode, method, type, status, reference, tx_ref, customization, meta, created_at, updated_at}}) and /integrations/webhooks (POST to the merchant's URL with Chapa-Signature (HMAC-SHA256 of the secret hash keyed with itself) and x-chapa-signature (HMAC-SHA256 of the payload) {event charge.success / charge.failed, first_name, last_name, email, mobile, currency, amount, charge, status, failure_reason, mode, reference, created_at, updated_at, type, tx_ref, payment_method telebirr / cbebirr / mpesa / awashbirr / ebirr / card, customization, meta}) with the merchant's order beside it, for Ethiopian payers", build: chapaPayment},
}

// w22Place is a city with a postcode, its region and streets in it.
type w22Place struct {
	city, post, region string
	streets            []string
}

// w22B64 is n's JSON text base64-encoded, as producers that carry a
// document as bytes write it, labelled by the most telling leaf it holds.
func w22B64(n *node) *node {
	return w20Raw(base64.StdEncoding.EncodeToString(render(n, &Label{})), w21Leaves(n))
}

// w22B64Leaf is the leaf v with its value base64-encoded and its label
// kept: the bytes say what the text says.
func w22B64Leaf(v *node) *node {
	out := *v
	out.raw, out.str = base64.StdEncoding.EncodeToString([]byte(v.raw)), true
	return &out
}

// w22Form is the fields as an application/x-www-form-urlencoded body,
// labelled by the most telling field.
func w22Form(keys []string, vals []*node) *node {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + url.QueryEscape(vals[i].raw)
	}
	return w20Raw(strings.Join(parts, "&"), vals)
}

// w22Item picks a good: one that tells something special of its buyer
// about one time in odds, as shops sell them.
func (g *gen) w22Item(items []w21Item, odds int) w21Item {
	var plain, special []w21Item
	for _, it := range items {
		if it.cat == "" {
			plain = append(plain, it)
		} else {
			special = append(special, it)
		}
	}
	if len(special) > 0 && (len(plain) == 0 || g.r.IntN(odds) == 0) {
		return pick(g.r, special)
	}
	return pick(g.r, plain)
}

// w22Note picks a buyer's note the same way.
func (g *gen) w22Note(notes []bioLine) bioLine {
	var plain, special []bioLine
	for _, n := range notes {
		if n.cat == "" {
			plain = append(plain, n)
		} else {
			special = append(special, n)
		}
	}
	if len(special) > 0 && (len(plain) == 0 || g.r.IntN(4) == 0) {
		return pick(g.r, special)
	}
	return pick(g.r, plain)
}

// w22HMAC is the hex HMAC-SHA256 of msg keyed with key.
func w22HMAC(key, msg string) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

// ---------------------------------------------------------------- ZITADEL

var w22DACHNames = map[string][]w21Name{
	"CH": {
		{"Luca", "Müller", "luca", "mueller", false}, {"Léa", "Rochat", "lea", "rochat", true},
		{"Giulia", "Bernasconi", "giulia", "bernasconi", true}, {"Nicolas", "Favre", "nicolas", "favre", false},
		{"Anja", "Brunner", "anja", "brunner", true}, {"Reto", "Zürcher", "reto", "zuercher", false},
		{"Seraina", "Caflisch", "seraina", "caflisch", true}, {"Arben", "Krasniqi", "arben", "krasniqi", false},
		{"Yannick", "Gerber", "yannick", "gerber", false}, {"Chiara", "Pedrazzini", "chiara", "pedrazzini", true},
	},
	"DE": {
		{"Jonas", "Weber", "jonas", "weber", false}, {"Lea", "Fischer", "lea", "fischer", true},
		{"Mehmet", "Öztürk", "mehmet", "oeztuerk", false}, {"Katharina", "Hoffmann", "katharina", "hoffmann", true},
		{"Tobias", "Wagner", "tobias", "wagner", false}, {"Aleksandra", "Nowak", "aleksandra", "nowak", true},
		{"Jannik", "Schäfer", "jannik", "schaefer", false}, {"Emilia", "Becker", "emilia", "becker", true},
	},
	"AT": {
		{"Lukas", "Gruber", "lukas", "gruber", false}, {"Sophie", "Pichler", "sophie", "pichler", true},
		{"Florian", "Wimmer", "florian", "wimmer", false}, {"Johanna", "Steiner", "johanna", "steiner", true},
		{"Dragan", "Petrović", "dragan", "petrovic", false}, {"Magdalena", "Moser", "magdalena", "moser", true},
		{"Elias", "Hofer", "elias", "hofer", false}, {"Valentina", "Leitner", "valentina", "leitner", true},
	},
}

var w22DACHDomains = map[string][]string{
	"CH": {"bluewin.ch", "gmail.com", "gmx.ch", "sunrise.ch", "outlook.com", "proton.me"},
	"DE": {"gmx.de", "web.de", "gmail.com", "t-online.de", "posteo.de"},
	"AT": {"gmx.at", "aon.at", "gmail.com", "chello.at"},
}

var w22DACHPlaces = map[string][]w22Place{
	"CH": {
		{"Zürich", "8004", "ZH", []string{"Badenerstrasse 120", "Langstrasse 64", "Seefeldstrasse 45"}},
		{"Genève", "1205", "GE", []string{"Rue de Carouge 36", "Boulevard du Pont-d'Arve 12"}},
		{"Basel", "4056", "BS", []string{"Elsässerstrasse 18", "Klybeckstrasse 90"}},
		{"Bern", "3011", "BE", []string{"Kramgasse 49", "Spitalgasse 28"}},
		{"Lausanne", "1004", "VD", []string{"Avenue de Beaulieu 9", "Rue de la Borde 21"}},
		{"Lugano", "6900", "TI", []string{"Via Nassa 5", "Via Cattedrale 11"}},
		{"Winterthur", "8400", "ZH", []string{"Technikumstrasse 30", "Obertor 8"}},
	},
	"DE": {
		{"Berlin", "10437", "Berlin", []string{"Schönhauser Allee 80", "Kastanienallee 12"}},
		{"München", "80331", "Bayern", []string{"Sendlinger Straße 24", "Rosenheimer Str. 145"}},
		{"Hamburg", "22767", "Hamburg", []string{"Große Bergstraße 210", "Max-Brauer-Allee 44"}},
		{"Köln", "50667", "Nordrhein-Westfalen", []string{"Hohe Straße 52", "Ehrenstraße 3"}},
		{"Leipzig", "04109", "Sachsen", []string{"Karl-Liebknecht-Str. 9", "Gottschedstraße 16"}},
	},
	"AT": {
		{"Wien", "1070", "Wien", []string{"Neubaugasse 25/8", "Mariahilfer Straße 88/2/14"}},
		{"Wien", "1100", "Wien", []string{"Favoritenstraße 150/3/21", "Quellenstraße 62/7"}},
		{"Graz", "8010", "Steiermark", []string{"Sporgasse 12", "Annenstraße 40/5"}},
		{"Linz", "4020", "Oberösterreich", []string{"Landstraße 31", "Herrenstraße 6"}},
		{"Innsbruck", "6020", "Tirol", []string{"Maria-Theresien-Straße 18", "Anichstraße 7"}},
	},
}

// w22ZitadelLangs are the preferredLanguage tags users of a country pick.
var w22ZitadelLangs = map[string][]string{
	"CH": {"de-CH", "de-CH", "de", "fr-CH", "fr", "it-CH", "en"},
	"DE": {"de-DE", "de", "de", "en"},
	"AT": {"de-AT", "de", "de", "en"},
}

// w22AHV is a Swiss social security number (AHV/AVS-Nr.): 756, nine
// digits and the EAN-13 check digit, written 756.1234.5678.97.
func (g *gen) w22AHV() string {
	body := "756" + pattern(g.r, "#########")
	s := 0
	for i := 0; i < 12; i++ {
		d := int(body[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		s += d
	}
	v := body + fmt.Sprint((10-s%10)%10)
	return v[:3] + "." + v[3:7] + "." + v[7:11] + "." + v[11:]
}

// w22SVNR is an Austrian social insurance number: a three-digit serial
// (not starting with 0), the check digit (the serial and DDMMYY weighted
// 3 7 9, 5 8 4 2 1 6, modulo 11; a serial whose check would be 10 is
// never issued) and the date of birth DDMMYY.
func (g *gen) w22SVNR(dob time.Time) string {
	for {
		serial := fmt.Sprint(100 + g.r.IntN(900))
		date := dob.Format("020106")
		w := []int{3, 7, 9}
		s := 0
		for i := 0; i < 3; i++ {
			s += int(serial[i]-'0') * w[i]
		}
		for i, x := range []int{5, 8, 4, 2, 1, 6} {
			s += int(date[i]-'0') * x
		}
		if c := s % 11; c != 10 {
			return serial + fmt.Sprint(c) + date
		}
	}
}

// w22ZitadelID is an ID as ZITADEL's snowflake generator issues them.
func (g *gen) w22ZitadelID() string {
	return fmt.Sprint(250000000000000000 + g.r.Int64N(90000000000000000))
}

// w22KV is one metadata entry: its key, its value's leaf, and whether
// the value tells the full date of birth.
type w22KV struct {
	key string
	val *node
	dob bool
}

// w22ZitadelMeta is the metadata an application of the kind sets on a
// user of country cc.
func (g *gen) w22ZitadelMeta(kind, cc string, n w21Name) []w22KV {
	p := g.p
	var out []w22KV
	add := func(k string, v *node) { out = append(out, w22KV{k, v, false}) }
	addDOB := func(k string, v *node) { out = append(out, w22KV{k, v, true}) }
	switch kind {
	case "shop":
		add("customer_number", P("K-"+pattern(g.r, "#######")))
		add("loyalty_tier", N(pick(g.r, []string{"bronze", "silver", "gold"})))
		if g.r.IntN(2) == 0 {
			add("stripe_customer_id", P("cus_"+g.b62(14)))
		}
		add("newsletter", N(pick(g.r, []string{"true", "false"})))
	case "insurance":
		switch cc {
		case "CH":
			add("ahv_number", P(g.w22AHV()))
			add("krankenkasse", N(pick(g.r, []string{"CSS", "Helsana", "Swica", "Sanitas", "Visana", "Concordia"})))
			add("franchise", N(pick(g.r, []string{"300", "1500", "2500"})))
		case "AT":
			addDOB("svnr", P(g.w22SVNR(p.dob)))
			add("versicherungstraeger", N(pick(g.r, []string{"ÖGK", "BVAEB", "SVS"})))
		default:
			add("versichertennummer", P(string(rune('A'+g.r.IntN(26)))+pattern(g.r, "#########")))
			add("kasse", N(pick(g.r, []string{"TK", "AOK Bayern", "Barmer", "DAK-Gesundheit"})))
		}
		if g.r.IntN(2) == 0 {
			addDOB("birthdate", P(p.dob.Format(pick(g.r, []string{"2006-01-02", "02.01.2006"}))))
		}
	case "hr":
		add("personnel_number", P("P"+pattern(g.r, "#####")))
		add("cost_center", N(pick(g.r, []string{"4100", "4200", "7300"})))
		switch cc {
		case "DE":
			add("steuer_id", P(genIdNr(g.r, p.dob, p.female, [2]string{n.givenL, n.familyL})))
			add("iban", P(ibanFor(g.r, "DE")))
		case "AT":
			add("iban", P(ibanFor(g.r, "AT")))
		case "CH":
			add("ahv_number", P(g.w22AHV()))
			add("iban", P(ibanOf("CH", pattern(g.r, "#################"))))
		}
		if cc == "DE" || cc == "AT" || cc == "CH" {
			// Church tax: the payroll needs the denomination.
			if g.r.IntN(3) != 0 {
				add("konfession", S(pick(g.r, []string{"rk", "ev", "ak", "isr", "röm.-kath.", "evangelisch-reformiert"}), "religion"))
			}
			if g.r.IntN(5) == 0 {
				add("gewerkschaft", S(pick(g.r, []string{"ver.di", "IG Metall", "GPA", "Unia", "syndicom"}), "trade_union"))
			}
		}
		if g.r.IntN(3) == 0 {
			// The canteen's meal plan.
			switch m := pick(g.r, []string{"halal", "koscher", "vegetarisch", "vegan", "keine Einschränkung"}); m {
			case "halal", "koscher":
				add("meal_preference", S(m, "religion"))
			default:
				add("meal_preference", N(m))
			}
		}
	case "school":
		addDOB("birthdate", P(p.dob.Format(pick(g.r, []string{"2006-01-02", "02.01.2006"}))))
		add("class", N(pick(g.r, []string{"4b", "5a", "6c", "2. Sek", "3A"})))
		if g.r.IntN(2) == 0 {
			// Religious education, or ethics instead.
			switch ru := pick(g.r, []string{"römisch-katholisch", "evangelisch", "islamisch", "Ethik", "Ethik"}); ru {
			case "Ethik":
				add("religionsunterricht", N(ru))
			default:
				add("religionsunterricht", S(ru, "religion"))
			}
		}
		_, pgl := split(pick(g.r, p.c.given))
		add("guardian_email", P(g.w21Email(pgl, n.familyL, w22DACHDomainsFor(cc))))
		add("guardian_consent", N(pick(g.r, []string{"granted", "granted", "pending"})))
	case "health":
		add("patient_number", P("PAT-"+pattern(g.r, "######")))
		if g.r.IntN(2) == 0 {
			add("allergies", S(pick(g.r, []string{"Penicillin", "Nüsse", "Laktoseintoleranz", "Pollen, Hausstaub"}), "health"))
		}
		if g.r.IntN(2) == 0 {
			add("hausarzt", N(pick(g.r, []string{"Praxis Dr. Keller", "Gruppenpraxis Wipkingen", "MedZentrum Graz"})))
		}
	case "saas":
		add("tenant_id", N("t_"+g.b62(10)))
		add("plan", N(pick(g.r, []string{"starter", "team", "enterprise"})))
		if g.r.IntN(2) == 0 {
			j := pick(g.r, [][2]string{{"Projektleiterin", "Baumann Engineering AG"}, {"Software Engineer", "Helvetia Digital GmbH"}, {"Buchhalter", "Treuhand Moser & Partner"}, {"Head of Sales", "Alpenblick Tourismus GmbH"}})
			add("job_title", P(j[0]))
			add("company", P(j[1]))
		}
	}
	return out
}

func w22DACHDomainsFor(cc string) []string {
	if d, ok := w22DACHDomains[cc]; ok {
		return d
	}
	return []string{"gmail.com", "outlook.com", "yahoo.com"}
}

// w22ZitadelHash is a password hash as ZITADEL's passwap stores it.
func (g *gen) w22ZitadelHash() string {
	if g.r.IntN(3) == 0 {
		enc := base64.RawStdEncoding
		salt, sum := make([]byte, 16), make([]byte, 32)
		for i := range salt {
			salt[i] = byte(g.r.UintN(256))
		}
		for i := range sum {
			sum[i] = byte(g.r.UintN(256))
		}
		return "$argon2id$v=19$m=65536,t=1,p=4$" + enc.EncodeToString(salt) + "$" + enc.EncodeToString(sum)
	}
	return "$2a$14$" + g.chars("./"+b62Set, 53)
}

func zitadelUserEvent(g *gen) *node {
	switch x := g.r.IntN(12); {
	case x < 4:
		g.w21Redraw("CH")
	case x < 6:
		g.w21Redraw("DE")
	case x < 8:
		g.w21Redraw("AT")
	}
	kind := pick(g.r, []string{"shop", "shop", "insurance", "hr", "hr", "hr", "school", "school", "health", "health", "saas", "saas"})
	switch kind {
	case "school":
		g.w21Age(9, 17)
	case "hr", "insurance":
		g.w21Age(18, 66)
	}
	p := g.p
	cc := p.c.code
	n := w21Name{p.given, p.family, p.givenL, p.familyL, p.female}
	if l, ok := w22DACHNames[cc]; ok && g.r.IntN(4) != 0 {
		n = pick(g.r, l)
		p.female = n.female
		p.email = g.w21Email(n.givenL, n.familyL, w22DACHDomainsFor(cc))
	}
	street, city, post, region := p.street, p.city, p.post, p.region
	if pl, ok := w22DACHPlaces[cc]; ok {
		x := pick(g.r, pl)
		street, city, post, region = pick(g.r, x.streets), x.city, x.post, x.region
	}
	if kind == "hr" && g.r.IntN(2) == 0 {
		dom := map[string]string{"CH": "baumann-engineering.ch", "DE": "stadtwerke-beispiel.de", "AT": "alpenblick.at"}[cc]
		if dom == "" {
			dom = pick(g.r, []string{"contoso.com", "example-logistics.com", "northwind-traders.com"})
		}
		p.email = w21Clean(n.givenL) + "." + w21Clean(n.familyL) + "@" + dom
	}

	typ := pick(g.r, []string{"user.human.added", "user.human.added", "user.human.added", "user.human.selfregistered", "user.human.selfregistered", "user.human.profile.changed", "user.human.phone.changed", "user.human.address.changed", "user.metadata.set", "user.metadata.set", "user.metadata.set"})
	if kind == "hr" && typ == "user.human.selfregistered" {
		typ = "user.human.added" // staff are created by HR, not self-registered
	}
	if typ == "user.human.address.changed" && !p.showResidence {
		typ = "user.human.profile.changed"
	}
	instance, org, uid := g.w22ZitadelID(), g.w22ZitadelID(), g.w22ZitadelID()
	// The event's creator: the user, an administrator, or a service
	// account of the application.
	adminID := g.w22ZitadelID()
	adminName := pick(g.r, []string{"Sandra Keller", "Martin Huber", "IT Service Desk"})
	saID := g.w22ZitadelID()
	saName := pick(g.r, []string{"hr-sync", "shop-backend", "scim-provisioner", "onboarding-sa"})
	creator := func(t string) (*node, *node, string) {
		switch {
		case t == "user.human.selfregistered":
			return P(uid), P(n.given + " " + n.family), "zitadel.user.v2.UserService"
		case t == "user.human.added" || t == "user.metadata.set":
			if g.r.IntN(3) == 0 {
				return P(adminID), P(adminName), "Management-API"
			}
			return N(saID), N(saName), "zitadel.user.v2.UserService"
		}
		if g.r.IntN(2) == 0 {
			return P(uid), P(n.given + " " + n.family), "Auth-API"
		}
		return N(saID), N(saName), "zitadel.user.v2.UserService"
	}

	lang := func() *node {
		if !p.showLocale {
			return N("und")
		}
		if p.locale == "en-US" {
			return g.locale(pick(g.r, []string{"en-US", "en"}))
		}
		if l, ok := w22ZitadelLangs[cc]; ok {
			return g.locale(pick(g.r, l))
		}
		return g.locale(pick(g.r, []string{p.locale, strings.SplitN(p.locale, "-", 2)[0]}))
	}
	gender := func() *node {
		switch g.r.IntN(5) {
		case 0, 1:
			return nil
		case 2:
			if g.r.IntN(4) == 0 {
				return P(3)
			}
		}
		return P(map[bool]int{true: 1, false: 2}[p.female])
	}
	country := func() *node {
		if g.r.IntN(4) == 0 {
			return g.residence(g.english())
		}
		return g.residence(cc)
	}
	display := pick(g.r, []string{n.given + " " + n.family, n.given + " " + n.family, n.given, strings.ToLower(n.givenL)})
	gl, fl := w21Clean(n.givenL), w21Clean(n.familyL)
	userName := pick(g.r, []string{p.email, p.email, p.email, gl + "." + fl, gl[:min(len(gl), 5)] + fl[:min(len(fl), 3)] + fmt.Sprint(10+g.r.IntN(990))})

	// payload builds the event's payload of type t.
	payload := func(t string) *node {
		switch t {
		case "user.human.added", "user.human.selfregistered":
			pl := O("userName", P(userName), "firstName", P(n.given), "lastName", P(n.family))
			if g.r.IntN(5) == 0 {
				pl.set("nickName", P(pick(g.r, []string{strings.ToLower(n.givenL)[:min(len(n.givenL), 4)], n.given + "_" + fmt.Sprint(p.dob.Year()%100)})))
			}
			pl.set("displayName", P(display))
			pl.set("preferredLanguage", lang())
			pl.set("gender", gender())
			pl.set("email", P(p.email))
			if g.r.IntN(2) == 0 {
				pl.set("phone", g.phone(g.e164()))
			}
			if p.showResidence && g.r.IntN(3) == 0 {
				pl.set("country", country())
				pl.set("locality", g.addr(city))
				pl.set("postalCode", g.addr(post))
				pl.set("region", g.addrN(region))
				pl.set("streetAddress", g.addr(street))
			}
			withPW := t == "user.human.selfregistered" && g.r.IntN(5) != 0 || t == "user.human.added" && g.r.IntN(2) == 0
			if withPW {
				if g.r.IntN(8) == 0 {
					// An event written before the switch to passwap.
					pl.set("secret", O("cryptoType", N(1), "algorithm", N("bcrypt"), "keyId", N(""), "crypted", C(base64.StdEncoding.EncodeToString([]byte(g.bcrypt())))))
				} else {
					pl.set("encodedHash", C(g.w22ZitadelHash()))
				}
				if t == "user.human.added" && g.r.IntN(2) == 0 {
					pl.set("changeRequired", N(true))
				}
			}
			if t == "user.human.selfregistered" {
				pl.set("userAgentID", P(g.w22ZitadelID()))
			}
			return pl
		case "user.human.profile.changed":
			pl := O()
			switch g.r.IntN(4) {
			case 0:
				// A name change, after a marriage.
				fam := pick(g.r, w22DACHNames["DE"]).family
				if l, ok := w22DACHNames[cc]; ok {
					fam = pick(g.r, l).family
				}
				pl.set("lastName", P(fam))
				pl.set("displayName", P(n.given+" "+fam))
			case 1:
				pl.set("nickName", P(strings.ToLower(n.givenL)))
				pl.set("displayName", P(display))
			case 2:
				pl.set("preferredLanguage", lang())
			default:
				pl.set("firstName", P(n.given))
				pl.set("lastName", P(n.family))
				pl.set("gender", gender())
			}
			if len(pl.obj) == 0 {
				pl.set("preferredLanguage", N("und"))
			}
			return pl
		case "user.human.phone.changed":
			p.showPhone = true
			return O("phone", g.phone(g.e164()))
		case "user.human.address.changed":
			return O("country", country(), "locality", g.addr(city), "postalCode", g.addr(post), "region", g.addrN(region), "streetAddress", g.addr(street))
		}
		return nil
	}
	meta := g.w22ZitadelMeta(kind, cc, n)
	metaPayload := func(kv w22KV) *node {
		if kv.dob {
			g.lab.BirthDate = p.dob.Format("2006-01-02")
		}
		return O("key", N(kv.key), "value", w22B64Leaf(kv.val))
	}
	var main *node
	if typ == "user.metadata.set" {
		if len(meta) == 0 {
			typ, main = "user.human.phone.changed", payload("user.human.phone.changed")
		} else {
			main = metaPayload(pick(g.r, meta))
		}
	} else {
		main = payload(typ)
	}
	seq := 1
	switch typ {
	case "user.human.added", "user.human.selfregistered":
	default:
		seq = 2 + g.r.IntN(40)
	}
	cet := time.FixedZone("", 3600)
	if m := g.t.Month(); m >= time.April && m <= time.October {
		cet = time.FixedZone("", 7200)
	}
	stamp := func(t time.Time) string {
		t = t.Add(time.Duration(g.r.IntN(1000)) * time.Microsecond)
		if g.r.IntN(2) == 0 {
			return t.UTC().Format("2006-01-02T15:04:05.000000Z")
		}
		return t.In(cet).Format("2006-01-02T15:04:05.000000-07:00")
	}

	if g.r.IntN(4) == 0 {
		// The Admin API's ListEvents for the user's aggregate.
		type ev struct {
			t  string
			pl *node
		}
		var evs []ev
		if typ == "user.human.added" || typ == "user.human.selfregistered" {
			evs = append(evs, ev{typ, main})
			// The application sets its metadata right after.
			for _, i := range g.r.Perm(len(meta))[:min(len(meta), 2+g.r.IntN(4))] {
				evs = append(evs, ev{"user.metadata.set", metaPayload(meta[i])})
			}
		} else {
			evs = append(evs, ev{"user.human.added", payload("user.human.added")}, ev{typ, main})
		}
		localized := map[string]string{
			"user.human.added": "Person added", "user.human.selfregistered": "Person registered", "user.human.profile.changed": "Profile changed",
			"user.human.phone.changed": "Phone number changed", "user.human.address.changed": "Address changed", "user.metadata.set": "User metadata set",
		}
		var list []*node
		at := g.t.Add(-time.Duration(len(evs)) * time.Minute)
		for i, e := range evs {
			id, dn, svc := creator(e.t)
			list = append(list, O(
				"editor", O("userId", id, "displayName", dn, "service", N(svc)),
				"aggregate", O("id", P(uid), "type", O("type", N("user"), "localized", O("key", N("AggregateTypes.user"), "localizedMessage", N("User"))), "resourceOwner", N(org)),
				"sequence", N(fmt.Sprint(seq+i)),
				"creationDate", N(at.Add(time.Duration(i)*time.Minute+time.Duration(g.r.IntN(1000))*time.Microsecond).UTC().Format("2006-01-02T15:04:05.000000Z")),
				"payload", e.pl,
				"type", O("type", N(e.t), "localized", O("key", N("EventTypes."+e.t), "localizedMessage", N(localized[e.t]))),
			))
		}
		// Newest first, as ListEvents sorts by default.
		for i, j := 0, len(list)-1; i < j; i, j = i+1, j-1 {
			list[i], list[j] = list[j], list[i]
		}
		return O("events", A(list...))
	}

	id, _, _ := creator(typ)
	var evPayload *node = main
	if g.r.IntN(2) == 0 {
		evPayload = w22B64(main)
	}
	body := O(
		"aggregateID", P(uid),
		"aggregateType", N("user"),
		"resourceOwner", N(org),
		"instanceID", N(instance),
		"version", N("v2"),
		"sequence", N(seq),
		"event_type", N(typ),
		"created_at", N(stamp(g.t)),
		"userID", id,
		"event_payload", evPayload,
	)
	raw := string(render(body, &Label{}))
	signKey := g.b62(32)
	ts := fmt.Sprint(g.t.Unix())
	sig := "t=" + ts + ",v1=" + w22HMAC(signKey, ts+"."+raw)
	headers := O(
		"Content-Type", N("application/json"),
		"Zitadel-Signature", C(sig),
		"User-Agent", N("Go-http-client/1.1"),
	)
	switch g.r.IntN(3) {
	case 0:
		return O("method", N("POST"), "path", N(pick(g.r, []string{"/webhook", "/zitadel/events", "/api/hooks/zitadel"})), "headers", headers, "body", body)
	case 1:
		return O(
			"time", N(g.t.Add(time.Duration(50+g.r.IntN(900))*time.Millisecond).UTC().Format(time.RFC3339Nano)),
			"level", N("INFO"),
			"msg", N("zitadel event received"),
			"event_type", N(typ),
			"signature_valid", N(true),
			"raw_body", w20Raw(raw, w21Leaves(body)),
		)
	}
	return body
}

// ------------------------------------------------------------ Azure AD B2C

// w22B2CApps are the tenants and function apps of the sign-up flows.
var w22B2CApps = map[string][2]string{
	"retail": {"contosoretail", "contoso-signup-fn"}, "bank": {"fabrikambank", "fabrikam-kyc-connector"},
	"clinic": {"woodgrovehealth", "woodgrove-patient-api"}, "kids": {"tailspinlearning", "tailspin-agegate"},
	"airline": {"northwindair", "northwind-loyalty-fn"}, "union": {"adatumunion", "adatum-members-api"},
	"parish": {"stmaryscommunity", "stmarys-signup"}, "gaming": {"litwaregames", "litware-signup-fn"},
}

var (
	w22UnionLocals  = []string{"IG Metall Verwaltungsstelle München", "UNISON Greater London Region", "SEIU Local 1199", "CUPE Local 79", "ver.di Bezirk Berlin", "CFDT Métallurgie Rhône", "CCOO Industria Madrid"}
	w22Parishes     = []string{"St. Mary's Catholic Parish", "Grace Baptist Church", "Holy Trinity Anglican Church", "Masjid Al-Noor", "Iglesia Evangélica Bethel", "Temple Beth Shalom"}
	w22Ministries   = []string{"Youth ministry", "Choir", "Bible study group", "Food bank volunteers"}
	w22ClinicReason = []string{"Diabetes follow-up", "Prenatal care", "Physiotherapy after knee surgery", "Anxiety and depression counselling", "HIV PrEP consultation"}
)

func azureB2CConnector(g *gen) *node {
	kind := pick(g.r, []string{"retail", "retail", "retail", "bank", "bank", "clinic", "kids", "airline", "union", "parish", "gaming"})
	switch kind {
	case "kids":
		g.w21Age(8, 17)
	case "bank", "airline", "union":
		g.w21Age(18, 74)
	case "gaming":
		if g.r.IntN(3) == 0 {
			g.w21Age(12, 17)
		}
	}
	p := g.p
	app := w22B2CApps[kind]
	tenantDomain := app[0] + ".onmicrosoft.com"
	extApp := g.hex(32)
	ext := func(a string) string { return "extension_" + extApp + "_" + a }
	clientID := g.uuid()
	step := pick(g.r, []string{"PostAttributeCollection", "PostAttributeCollection", "PostAttributeCollection", "PostAttributeCollection", "PostFederationSignup", "PreTokenApplicationClaims"})
	federated := step == "PostFederationSignup" || g.r.IntN(3) == 0

	var ident *node
	if federated {
		idp := pick(g.r, []string{"google.com", "google.com", "facebook.com", "live.com", "apple.com", "https://login.microsoftonline.com/" + g.uuid() + "/v2.0"})
		var sub string
		switch idp {
		case "google.com":
			sub = fmt.Sprintf("1%020d", g.r.Int64N(1<<62))
		case "facebook.com":
			sub = pattern(g.r, "1################")
		case "live.com":
			sub = g.hex(16)
		case "apple.com":
			sub = fmt.Sprintf("%06d.%s.%04d", g.r.IntN(1000000), g.hex(32), g.r.IntN(10000))
		default:
			sub = g.chars(b64Set, 43)
		}
		ident = O("signInType", N("federated"), "issuer", N(idp), "issuerAssignedId", P(sub))
	} else {
		switch g.r.IntN(6) {
		case 0:
			if ph := g.phone(g.e164()); ph != nil {
				ident = O("signInType", N("phoneNumber"), "issuer", N(tenantDomain), "issuerAssignedId", ph)
			}
		case 1:
			ident = O("signInType", N("userName"), "issuer", N(tenantDomain), "issuerAssignedId", P(p.username))
		}
		if ident == nil {
			ident = O("signInType", N("emailAddress"), "issuer", N(tenantDomain), "issuerAssignedId", P(p.email))
		}
	}
	uiLocales := func() *node {
		if l := g.locale(p.locale); l != nil {
			return l
		}
		return N(g.lang())
	}
	dobFmt := pick(g.r, []string{"2006-01-02", "2006-01-02", "01/02/2006", "2006-01-02T00:00:00Z"})
	custom := func(body *node) {
		switch kind {
		case "retail":
			if g.r.IntN(3) == 0 {
				body.set(ext("LoyaltyNumber"), P(pattern(g.r, "##########")))
			}
			body.set(ext("MarketingOptIn"), N(g.r.IntN(2) == 0))
			body.set(ext("TermsOfUseConsentVersion"), N(pick(g.r, []string{"V1", "V2", "2025-09"})))
		case "bank":
			body.set(ext("DateOfBirth"), g.dob(dobFmt))
			if c := g.citizenship(pick(g.r, []string{p.cit.code, englishName[p.cit.code]})); c != nil {
				body.set(ext("Nationality"), c)
			}
			if p.idValue != "" && g.r.IntN(2) == 0 {
				body.set(ext("NationalId"), P(p.idValue))
			}
			body.set(ext("EmploymentStatus"), N(pick(g.r, []string{"Employed", "Self-employed", "Student", "Retired"})))
			body.set(ext("IsPoliticallyExposed"), N(false))
		case "clinic":
			body.set(ext("DateOfBirth"), g.dob(dobFmt))
			if g.r.IntN(2) == 0 {
				body.set(ext("InsuranceMemberId"), P(pattern(g.r, "AAA#########")))
				body.set(ext("InsuranceProvider"), N(pick(g.r, []string{"Aetna", "Bupa", "AXA", "Allianz Care", "Cigna"})))
			}
			if g.r.IntN(3) == 0 {
				body.set(ext("ReasonForRegistration"), S(pick(g.r, w22ClinicReason), "health"))
			}
		case "kids":
			body.set(ext("DateOfBirth"), g.dob(dobFmt))
			_, pgl := split(pick(g.r, p.c.given))
			body.set(ext("GuardianEmail"), P(g.w21Email(pgl, p.familyL, []string{"gmail.com", "outlook.com", "yahoo.com", p.c.domain})))
			body.set(ext("ParentalConsent"), N(g.r.IntN(3) != 0))
			body.set(ext("GradeLevel"), N(fmt.Sprint(min(max(g.ageAt()-5, 1), 12))))
		case "airline":
			body.set(ext("DateOfBirth"), g.dob(dobFmt))
			if g.r.IntN(3) == 0 {
				body.set(ext("FrequentFlyerNumber"), P("NW"+pattern(g.r, "#########")))
			}
			if g.r.IntN(2) == 0 {
				body.set(ext("PassportNumber"), P(pattern(g.r, "AA#######")))
				if c := g.citizenship(alpha3[p.cit.code]); c != nil {
					body.set(ext("PassportCountry"), c)
				}
			}
			switch m := pick(g.r, []string{"", "", "Vegetarian", "Halal", "Kosher", "Diabetic"}); m {
			case "":
			case "Halal", "Kosher":
				body.set(ext("MealPreference"), S(m, "religion"))
			case "Diabetic":
				body.set(ext("MealPreference"), S(m, "health"))
			default:
				body.set(ext("MealPreference"), N(m))
			}
		case "union":
			body.set(ext("MembershipNumber"), P(pattern(g.r, "#######")))
			body.set(ext("UnionLocal"), S(pick(g.r, w22UnionLocals), "trade_union"))
			body.set(ext("Employer"), P(pick(g.r, []string{"Stadtwerke München", "NHS Barts Health", "Kaiser Permanente", "City of Toronto", "Renault Trucks"})))
		case "parish":
			body.set(ext("Parish"), S(pick(g.r, w22Parishes), "religion"))
			if g.r.IntN(2) == 0 {
				body.set(ext("Ministry"), S(pick(g.r, w22Ministries), "religion"))
			}
			if g.r.IntN(3) == 0 {
				body.set(ext("GivingEnvelopeNumber"), P(pattern(g.r, "####")))
			}
		case "gaming":
			body.set(ext("Gamertag"), P(pick(g.r, []string{strings.ToLower(p.givenL) + "_" + fmt.Sprint(g.r.IntN(1000)), "xX" + w21Title(p.givenL) + "Xx", p.username})))
			body.set(ext("DateOfBirth"), g.dob(dobFmt))
			body.set(ext("Platform"), N(pick(g.r, []string{"PC", "Xbox", "PlayStation", "Switch"})))
		}
	}
	display := pick(g.r, []string{p.given + " " + p.family, p.fullName(), p.given})

	body := O()
	sentAddr := false
	if step == "PreTokenApplicationClaims" {
		body.set("clientId", N(clientID))
		body.set("step", N(step))
		body.set("ui_locales", uiLocales())
	}
	body.set("email", P(p.email))
	body.set("identities", A(ident))
	body.set("displayName", P(display))
	if step == "PreTokenApplicationClaims" {
		if g.r.IntN(2) == 0 {
			body.set("objectId", P(g.uuid()))
		}
		custom(body)
	} else {
		body.set("givenName", P(p.given))
		body.set("surname", P(p.family))
	}
	if step == "PostAttributeCollection" {
		if kind == "bank" || kind == "union" || kind == "airline" && g.r.IntN(2) == 0 {
			body.set("jobTitle", P(pick(g.r, []string{"Nurse", "Electrician", "Teacher", "Software Engineer", "Warehouse Supervisor", "Accountant"})))
		}
		if p.showResidence && kind != "parish" && kind != "kids" && g.r.IntN(4) != 0 {
			sentAddr = true
			body.set("streetAddress", g.addr(p.street))
			body.set("city", g.addr(p.city))
			body.set("postalCode", g.addr(p.post))
			body.set("state", g.addrN(p.region))
			body.set("country", g.residence(pick(g.r, []string{g.english(), g.english(), p.c.code})))
		} else if p.showResidence && g.r.IntN(2) == 0 {
			body.set("country", g.residence(g.english()))
		}
		custom(body)
	}
	if step != "PreTokenApplicationClaims" {
		body.set("step", N(step))
		body.set("client_id", N(clientID))
		body.set("ui_locales", uiLocales())
	}

	// The connector's answer.
	version := pick(g.r, []string{"1.0.0", "1.0.0", "1.0.1"})
	status := 200
	resp := O("version", N(version))
	action := "Continue"
	block := func(msg *node) {
		action = "ShowBlockPage"
		resp.set("action", N(action)).set("userMessage", msg)
	}
	invalid := func(msg *node) {
		status, action = 400, "ValidationError"
		resp.set("status", N(pick(g.r, []any{400, "400"})))
		resp.set("action", N("ValidationError")).set("userMessage", msg)
	}
	age := g.ageAt()
	switch x := g.r.IntN(12); {
	case kind == "kids" && age < 13 && step == "PostAttributeCollection" && x < 6:
		block(N("You must be 13 or older to create an account. Ask a parent or guardian to sign up for you."))
	case step == "PostAttributeCollection" && x == 0:
		switch kind {
		case "retail":
			invalid(N("Please enter a valid loyalty number."))
		case "bank":
			invalid(N("The date of birth you entered does not match our records."))
		case "union":
			invalid(N("We could not find this membership number. Please check your membership card."))
		default:
			if p.showResidence {
				invalid(P("The postal code " + p.post + " is not valid for " + p.city + "."))
			} else {
				invalid(N("Please enter a valid postal code."))
			}
		}
	case step != "PreTokenApplicationClaims" && x == 1:
		invalid(P("An account already exists for " + p.email + ". Please sign in instead."))
	case step != "PreTokenApplicationClaims" && x == 2:
		block(N(pick(g.r, []string{"There was a problem with your request. You are not able to sign up at this time. Please contact your system administrator", "Sign-ups from your email domain are not allowed."})))
	default:
		resp.set("action", N("Continue"))
		switch {
		case step == "PreTokenApplicationClaims":
			resp.set(ext("CustomerId"), P(pattern(g.r, "C########")))
			if kind == "union" || kind == "parish" || kind == "bank" {
				resp.set(ext("Roles"), N(pick(g.r, []string{"member", "member,volunteer", "customer"})))
			}
		case kind == "retail" && step == "PostAttributeCollection":
			resp.set(ext("LoyaltyNumber"), P(pattern(g.r, "##########")))
			if g.r.IntN(2) == 0 {
				resp.set(ext("PromoCode"), N(pick(g.r, []string{"WELCOME10", "SPRING15", "24534"})))
			}
		case kind == "kids":
			resp.set(ext("ParentalConsentRequired"), N(age < 16))
		case step == "PostFederationSignup" && g.r.IntN(2) == 0:
			// Pre-fills the attribute page with a tidied name.
			resp.set("givenName", P(w21Title(strings.ToLower(p.givenL))))
		case sentAddr && g.r.IntN(3) == 0:
			// The postcode as the back end writes it.
			resp.set("postalCode", g.addr(strings.ToUpper(strings.ReplaceAll(p.post, " ", ""))))
		}
	}

	fn := app[1]
	fnName := pick(g.r, []string{"ValidateSignup", "SignUpValidation", "api-connector", "EnrichToken"})
	base := "https://" + fn + ".azurewebsites.net/api/" + fnName
	headers := O("Content-Type", N("application/json"))
	urlNode := N(base)
	keyHeader := false
	switch g.r.IntN(5) {
	case 0, 1:
		headers.set("Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte(pick(g.r, []string{"b2c-connector", "apiuser", app[0]})+":"+g.chars(b62Set+"!#%*", 20)))))
	case 2:
		// The client certificate, as App Service forwards it: public.
		der := append([]byte{0x30, 0x82, 0x03, byte(0x10 + g.r.IntN(0x60))}, make([]byte, 760)...)
		for i := 4; i < len(der); i++ {
			der[i] = byte(g.r.UintN(256))
		}
		headers.set("X-ARR-ClientCert", N(base64.StdEncoding.EncodeToString(der)))
	case 3:
		keyHeader = true
		headers.set("x-functions-key", C(g.chars(b62Set+"_-", 54)+"=="))
	default:
		headers.set("Authorization", C("Bearer "+g.w21JWT(`{"typ":"JWT","alg":"RS256","kid":"`+g.chars(b64Set, 27)+`"}`, 620)))
	}
	if !keyHeader && g.r.IntN(3) == 0 {
		// The function's key in the query, as the connector's endpoint
		// URL carries it.
		urlNode = C(base + "?code=" + g.chars(b62Set+"_-", 54) + "==")
	}
	switch g.r.IntN(4) {
	case 0:
		return O(
			"request", O("method", N("POST"), "url", urlNode, "headers", headers, "body", body),
			"response", O("status", N(status), "body", resp),
		)
	case 1:
		return O(
			"timestamp", N(g.t.UTC().Format("2006-01-02T15:04:05.0000000Z")),
			"message", N("API connector request received"),
			"severityLevel", N(1),
			"operation_Id", N(g.hex(32)),
			"cloud_RoleName", N(fn),
			"customDimensions", O(
				"Step", N(step),
				"RequestBody", w21RawJSON(body),
				"ResponseStatus", N(status),
				"Action", N(action),
			),
		)
	case 2:
		return O("headers", headers, "body", body, "response", resp)
	}
	return body
}

// ---------------------------------------------------------------- Sber ID

// w22FIO is a name with a patronymic, in Cyrillic and in the Latin
// spelling people make e-mail addresses of.
type w22FIO struct {
	given, family, patr, givenL, familyL string
	female                               bool
}

var w22RUNames = []w22FIO{
	{"Александр", "Смирнов", "Сергеевич", "aleksandr", "smirnov", false},
	{"Екатерина", "Иванова", "Андреевна", "ekaterina", "ivanova", true},
	{"Дмитрий", "Кузнецов", "Олегович", "dmitry", "kuznetsov", false},
	{"Анна", "Попова", "Викторовна", "anna", "popova", true},
	{"Максим", "Васильев", "Игоревич", "maxim", "vasiliev", false},
	{"Мария", "Соколова", "Дмитриевна", "maria", "sokolova", true},
	{"Артём", "Новиков", "Александрович", "artem", "novikov", false},
	{"Ольга", "Морозова", "Николаевна", "olga", "morozova", true},
	{"Руслан", "Хабибуллин", "Рашидович", "ruslan", "khabibullin", false},
	{"Айгуль", "Галиева", "Ильдаровна", "aigul", "galieva", true},
	{"Илья", "Фёдоров", "Михайлович", "ilya", "fedorov", false},
	{"Софья", "Лебедева", "Павловна", "sofya", "lebedeva", true},
}

// w22SberForeign are citizens of other countries who live in Russia and
// bank with Sber, their names as Russian documents write them.
var w22SberForeign = map[string][]w22FIO{
	"UZ": {{"Азиз", "Каримов", "Бахтиёрович", "aziz", "karimov", false}, {"Дилноза", "Юсупова", "Рустамовна", "dilnoza", "yusupova", true}},
	"KZ": {{"Нурлан", "Сулейменов", "Ерланович", "nurlan", "suleimenov", false}, {"Айгерим", "Ахметова", "Болатовна", "aigerim", "akhmetova", true}},
	"BY": {{"Сергей", "Ковалёв", "Иванович", "sergei", "kovalev", false}, {"Ольга", "Новик", "Петровна", "olga", "novik", true}},
	"UA": {{"Андрей", "Шевченко", "Петрович", "andrey", "shevchenko", false}, {"Елена", "Коваленко", "Сергеевна", "elena", "kovalenko", true}},
	"TJ": {{"Фируз", "Рахимов", "Саидович", "firuz", "rakhimov", false}, {"Мадина", "Назарова", "Фарходовна", "madina", "nazarova", true}},
	"AM": {{"Арам", "Овсепян", "Гагикович", "aram", "ovsepyan", false}, {"Ани", "Григорян", "Арменовна", "ani", "grigoryan", true}},
}

// w22ForeignPassport is who issues a foreign citizen's passport, in
// Russian, and the series letters.
var w22ForeignPassport = map[string][2]string{
	"UZ": {"МВД Республики Узбекистан", "FA"}, "KZ": {"МВД Республики Казахстан", "N"}, "BY": {"МВД Республики Беларусь", "MP"},
	"UA": {"Государственная миграционная служба Украины", "FE"}, "TJ": {"МВД Республики Таджикистан", "4"}, "AM": {"Полиция Республики Армения", "AT"},
}

// w22RUPlaces are Russian cities with their postcodes (# a digit), the
// region, streets, the passport office and its code, and the OKATO
// prefix of passport series issued there.
var w22RUPlaces = []struct {
	city, zip, region string
	streets           []string
	office, code      string
	okato             string
}{
	{"г. Москва", "125###", "г. Москва", []string{"ул. Тверская", "Ленинский пр-т", "ул. Профсоюзная", "Кутузовский пр-т"}, "ГУ МВД России по г. Москве", "770-0##", "45"},
	{"г. Санкт-Петербург", "19####", "г. Санкт-Петербург", []string{"Невский пр-т", "ул. Марата", "Лиговский пр-т"}, "ГУ МВД России по г. Санкт-Петербургу и Ленинградской области", "780-0##", "40"},
	{"г. Казань", "420###", "Республика Татарстан", []string{"ул. Баумана", "пр-т Победы", "ул. Чистопольская"}, "МВД по Республике Татарстан", "160-0##", "92"},
	{"г. Новосибирск", "630###", "Новосибирская обл.", []string{"Красный пр-т", "ул. Ленина", "ул. Гоголя"}, "ГУ МВД России по Новосибирской области", "540-0##", "50"},
	{"г. Екатеринбург", "620###", "Свердловская обл.", []string{"ул. Малышева", "ул. 8 Марта"}, "ГУ МВД России по Свердловской области", "660-0##", "65"},
	{"г. Краснодар", "350###", "Краснодарский край", []string{"ул. Красная", "ул. Северная"}, "ГУ МВД России по Краснодарскому краю", "230-0##", "03"},
	{"г. Химки", "141###", "Московская обл.", []string{"ул. Молодёжная", "Ленинградское ш."}, "ГУ МВД России по Московской области", "500-1##", "46"},
}

// w22RussianName is the country's name as Russian documents write it.
var w22RussianName = map[string]string{"RU": "Россия", "UZ": "Узбекистан", "KZ": "Казахстан", "BY": "Беларусь", "UA": "Украина", "TJ": "Таджикистан", "AM": "Армения"}

// w22Sub is a Sber ID subject identifier.
func (g *gen) w22Sub() string {
	if g.r.IntN(4) == 0 {
		return g.uuid()
	}
	return g.hex(80)
}

func sberIDUserinfo(g *gen) *node {
	g.w21Redraw("RU")
	kind := pick(g.r, []string{"ru", "ru", "ru", "ru", "ru", "foreign", "foreign", "minor"})
	switch kind {
	case "minor":
		g.w21Age(14, 17)
	default:
		g.w21Age(18, 78)
	}
	p := g.p
	n := pick(g.r, w22RUNames)
	p.cit = p.c
	if p.phoneCC != "RU" {
		e, _ := phoneNumber(g.r, "RU")
		g.w21SetPhone("RU", e)
	}
	if kind == "foreign" {
		cc := pick(g.r, []string{"UZ", "UZ", "KZ", "BY", "UA", "TJ", "TJ", "AM"})
		p.cit = countryByCode(cc)
		n = pick(g.r, w22SberForeign[cc])
		if g.r.IntN(4) == 0 {
			// Still on the number from home.
			e, _ := phoneNumber(g.r, cc)
			g.w21SetPhone(cc, e)
		}
	}
	p.female = n.female
	p.email = g.w21Email(n.givenL, n.familyL, []string{"mail.ru", "yandex.ru", "gmail.com", "bk.ru", "list.ru", "rambler.ru"})
	pl := pick(g.r, w22RUPlaces)
	zip := pattern(g.r, pl.zip)
	street := pick(g.r, pl.streets)
	house, flat := fmt.Sprint(1+g.r.IntN(150)), fmt.Sprint(1+g.r.IntN(300))
	if g.r.IntN(4) == 0 {
		house += pick(g.r, []string{", корп. 2", ", стр. 1", "А", "/2"})
	}
	full := zip + ", " + pl.city + ", " + street + ", д. " + house + ", кв. " + flat
	if pl.region != pl.city {
		full = zip + ", " + pl.region + ", " + pl.city + ", " + street + ", д. " + house + ", кв. " + flat
	}

	// The scopes the partner is subscribed to.
	scopes := []string{"openid"}
	has := map[string]bool{}
	for _, s := range []struct {
		name string
		odds int
	}{{"name", 1}, {"email", 2}, {"mobile", 1}, {"birthdate", 2}, {"gender", 2}, {"maindoc", 3}, {"inn", 3}, {"snils", 4}, {"address_reg", 3}, {"address_fact", 4}, {"citizenship", 3}} {
		if g.r.IntN(s.odds) == 0 || kind == "minor" && (s.name == "birthdate" || s.name == "name") || kind == "foreign" && s.name == "citizenship" && g.r.IntN(2) == 0 {
			scopes = append(scopes, s.name)
			has[s.name] = true
		}
	}
	clientID := g.uuid()
	sub := g.w22Sub()
	const iss = "https://online.sberbank.ru/CSAFront/index.do"
	msk := time.FixedZone("", 3*3600)
	phoneV := g.e164()
	if nsn := g.w21NSN(); p.phoneCC == "RU" && len(nsn) == 10 {
		phoneV = pick(g.r, []string{"+7 (" + nsn[:3] + ") " + nsn[3:], "+7 (" + nsn[:3] + ") " + nsn[3:], "7" + nsn})
	}
	addr := func() *node {
		if !p.showResidence {
			return nil
		}
		g.lab.Residence = addCountry(g.lab.Residence, "RU")
		if g.r.IntN(3) == 0 {
			return O("address", g.addr(full))
		}
		return O(
			"country", g.residence(pick(g.r, []string{"Россия", "РОССИЯ", "RUS"})),
			"zip_code", g.addr(zip),
			"region", g.addrN(pl.region),
			"city", g.addr(pl.city),
			"street", g.addr(street),
			"house", g.addr(house),
			"flat", g.addr(flat),
			"address", g.addr(full),
		)
	}
	at := C(strings.ToUpper(g.uuid()))
	idToken := C(g.w21JWT(`{"alg":"RS256","typ":"JWT","kid":"`+g.hex(40)+`"}`, 420))
	rquid := g.hex(32)
	scope := strings.Join(scopes, " ")
	mode := g.r.IntN(5)
	if mode == 0 {
		// The code exchanged for tokens.
		form := O(
			"grant_type", N("authorization_code"),
			"code", C(strings.ToUpper(g.uuid())),
			"client_id", N(clientID),
			"client_secret", C(g.chars(b62Set, 32)),
			"redirect_uri", N(pick(g.r, []string{"https://shop.example.ru/auth/sberid/callback", "https://lk.example-clinic.ru/oauth/sber", "https://app.example-school.ru/login/sberid"})),
		)
		if g.r.IntN(2) == 0 {
			form.set("code_verifier", C(g.chars(b64Set, 64)))
		}
		resp := O("access_token", at, "token_type", N("Bearer"), "expires_in", N(60), "scope", N(scope), "id_token", idToken)
		if g.r.IntN(2) == 0 {
			resp.set("refresh_token", C(strings.ToUpper(g.uuid())))
		}
		return O(
			"request", O("method", N("POST"), "url", N("https://oauth.sber.ru/ru/prod/tokens/v2/oauth"), "headers", O("rquid", N(rquid), "x-ibm-client-id", N(clientID), "Content-Type", N("application/x-www-form-urlencoded"), "Accept", N("application/json")), "body", form),
			"response", O("status", N(200), "body", resp),
		)
	}

	ui := O("iss", N(iss), "sub", P(sub), "aud", N(clientID))
	if has["name"] {
		ui.set("family_name", P(n.family)).set("given_name", P(n.given)).set("middle_name", P(n.patr))
	}
	if has["birthdate"] {
		ui.set("birthdate", g.dob("2006-01-02"))
	}
	if has["gender"] {
		ui.set("gender", P(map[bool]int{true: 2, false: 1}[p.female]))
	}
	if has["mobile"] {
		p.showPhone = true
		ui.set("phone_number", g.phone(phoneV))
	}
	if has["email"] {
		ui.set("email", P(p.email))
	}
	if has["maindoc"] {
		if kind == "foreign" {
			fp := w22ForeignPassport[p.cit.code]
			// The issuing state is the holder's nationality.
			p.showCitizenship = true
			ui.set("identification", O(
				"series", N(""),
				"number", P(fp[1]+pattern(g.r, "#######")),
				"issued_by", g.citizenship(fp[0]),
				"issued_date", P(g.t.AddDate(-1-g.r.IntN(8), -g.r.IntN(12), -g.r.IntN(28)).Format("2006-01-02")),
			))
		} else {
			// The passport is issued at 14 and replaced at 20 and 45.
			issued := p.dob.AddDate(14, 0, 10+g.r.IntN(60))
			for _, a := range []int{20, 45} {
				if d := p.dob.AddDate(a, 0, 10+g.r.IntN(60)); d.Before(g.t) {
					issued = d
				}
			}
			office := pl.office
			if issued.Year() < 2016 && g.r.IntN(2) == 0 {
				office = "Отделом УФМС России по " + strings.TrimPrefix(pl.region, "г. ")
			}
			// A Russian internal passport is a citizen's: its issuing
			// office states the holder's citizenship.
			p.showCitizenship = true
			ui.set("identification", O(
				"series", P(pl.okato+" "+issued.Format("06")),
				"number", P(pattern(g.r, "######")),
				"issued_by", g.citizenship(office),
				"issued_date", P(issued.Format("2006-01-02")),
				"code", P(pattern(g.r, pl.code)),
			))
		}
	}
	if has["inn"] {
		ui.set("inn", O("number", P(genINN(g.r, p.dob, p.female, [2]string{}))))
	}
	if has["snils"] {
		v := genSNILS(g.r, p.dob, p.female, [2]string{})
		if g.r.IntN(2) == 0 {
			v = strings.NewReplacer("-", "", " ", "").Replace(v)
		}
		ui.set("snils", O("number", P(v)))
	}
	if has["address_reg"] {
		ui.set("address_reg", addr())
	}
	if has["address_fact"] {
		ui.set("address_fact", addr())
	}
	if has["citizenship"] {
		p.showCitizenship = true
		ui.set("citizenship", g.citizenship(pick(g.r, []string{alpha3[p.cit.code], alpha3[p.cit.code], w22RussianName[p.cit.code]})))
	}

	// The partner's own account record.
	var account *node
	if g.r.IntN(3) != 0 {
		account = O(
			"account_id", P(fmt.Sprint(100000+g.r.IntN(9000000))),
			"source", N("sberid"),
			"fio", P(n.family+" "+n.given+" "+n.patr),
			"consents", O("personal_data", N(true), "marketing", N(g.r.IntN(2) == 0), "accepted_at", N(g.t.In(msk).Format("2006-01-02T15:04:05-07:00"))),
		)
		if kind == "minor" {
			pf := pick(g.r, w22RUNames)
			parentFamily := n.family
			if pf.female && !strings.HasSuffix(parentFamily, "а") {
				parentFamily += "а"
			} else if !pf.female {
				parentFamily = strings.TrimSuffix(parentFamily, "а")
			}
			ppe, _ := phoneNumber(g.r, "RU")
			account.set("legal_representative", O(
				"fio", P(parentFamily+" "+pf.given+" "+pf.patr),
				"relation", N(map[bool]string{true: "мать", false: "отец"}[pf.female]),
				"phone", P(ppe),
				"consent", N("Согласие законного представителя на обработку персональных данных несовершеннолетнего"),
				"consent_signed_at", N(g.t.Add(-time.Duration(5+g.r.IntN(600))*time.Second).In(msk).Format("2006-01-02T15:04:05-07:00")),
			))
			account.set("birth_date", g.dob("02.01.2006"))
		}
	}
	switch mode {
	case 1, 2:
		out := O(
			"request", O("method", N("GET"), "url", N("https://oauth.sber.ru/ru/prod/sberbankid/v2.1/userinfo"), "headers", O("authorization", C("Bearer "+at.raw), "x-introspect-rquid", N(rquid))),
			"response", O("status", N(200), "body", ui),
		)
		if account != nil {
			out.set("account", account)
		}
		return out
	case 3:
		// The partner's log of a whole sign-in.
		claims := O("iss", N(iss), "sub", P(sub), "aud", N(clientID), "exp", N(g.t.Unix()+60), "iat", N(g.t.Unix()), "auth_time", N(g.t.Unix()-int64(5+g.r.IntN(60))), "nonce", N(g.b62(24)))
		out := O(
			"event", N("sberid.login"),
			"ts", N(g.t.In(time.FixedZone("", 3*3600)).Format("2006-01-02T15:04:05.000-07:00")),
			"token_response", O("access_token", at, "token_type", N("Bearer"), "expires_in", N(60), "scope", N(scope), "id_token", idToken),
			"id_token_claims", claims,
			"userinfo", ui,
		)
		if account != nil {
			out.set("account", account)
		}
		return out
	}
	if account != nil {
		return O("userinfo", ui, "account", account)
	}
	return ui
}

// ------------------------------------------------------------- PayU Latam

// w22PayUMarket is one of PayU Latam's countries: its currency and VAT,
// what a US dollar is worth in it (for prices), its payment methods
// (name, type, id), the buyer's document, names and places.
type w22PayUMarket struct {
	currency string
	vat      int
	perUSD   float64
	decimals bool
	lang     string
	methods  [][3]string
	docType  string
	names    []w21Name
	places   []w22Place
	domains  []string
}

var w22PayUMarkets = map[string]w22PayUMarket{
	"CO": {"COP", 19, 4000, false, "es",
		[][3]string{{"VISA", "2", "10"}, {"MASTERCARD", "2", "11"}, {"AMEX", "2", "12"}, {"DINERS", "2", "22"}, {"CODENSA", "2", "31"}, {"PSE", "4", "25"}, {"PSE", "4", "25"}, {"EFECTY", "7", "35"}},
		"CC",
		[]w21Name{{"Juan Camilo", "Rodríguez Pérez", "juancamilo", "rodriguez", false}, {"Laura Valentina", "Gómez Restrepo", "laura", "gomez", true}, {"Andrés Felipe", "Martínez Ospina", "andres", "martinez", false}, {"María José", "Londoño Cárdenas", "mariajose", "londono", true}, {"Jhon Jairo", "Mosquera Palacios", "jhon", "mosquera", false}, {"Natalia", "Vargas Díaz", "natalia", "vargas", true}},
		[]w22Place{{"Bogotá", "110221", "Bogotá D.C.", []string{"Calle 93 # 11-26, apto 502", "Carrera 15 # 88-64", "Av. Calle 26 # 69-76, torre 2"}}, {"Medellín", "050021", "Antioquia", []string{"Carrera 43A # 1-50", "Calle 10 # 32-115, apto 1204"}}, {"Cali", "760042", "Valle del Cauca", []string{"Av. 6N # 23-45"}}, {"Barranquilla", "080020", "Atlántico", []string{"Carrera 53 # 76-239"}}},
		[]string{"gmail.com", "hotmail.com", "outlook.com", "yahoo.es"}},
	"PE": {"PEN", 18, 3.7, true, "es",
		[][3]string{{"VISA", "2", "10"}, {"MASTERCARD", "2", "11"}, {"DINERS", "2", "22"}, {"PAGOEFECTIVO", "7", "250"}, {"BCP", "10", "253"}},
		"DNI",
		[]w21Name{{"Luis Alberto", "Quispe Mamani", "luis", "quispe", false}, {"Rosa María", "Huamán Flores", "rosa", "huaman", true}, {"Jorge Luis", "Chávez Rojas", "jorge", "chavez", false}, {"Milagros", "Torres Vásquez", "milagros", "torres", true}},
		[]w22Place{{"Lima", "15074", "Lima", []string{"Av. Larco 345, Miraflores", "Jr. Huancavelica 220, Cercado de Lima", "Calle Los Pinos 123, San Isidro"}}, {"Arequipa", "04001", "Arequipa", []string{"Calle Mercaderes 212"}}, {"Trujillo", "13001", "La Libertad", []string{"Av. España 1050"}}},
		[]string{"gmail.com", "hotmail.com", "outlook.com"}},
	"MX": {"MXN", 16, 17, true, "es",
		[][3]string{{"VISA", "2", "10"}, {"MASTERCARD", "2", "11"}, {"AMEX", "2", "12"}, {"OXXO", "7", "190"}, {"SEVEN_ELEVEN", "7", "191"}, {"SPEI", "11", "310"}},
		"RFC",
		[]w21Name{{"José Luis", "Hernández García", "joseluis", "hernandez", false}, {"Guadalupe", "Martínez López", "guadalupe", "martinez", true}, {"Diego", "Ramírez Cruz", "diego", "ramirez", false}, {"Fernanda", "Sánchez Ortiz", "fernanda", "sanchez", true}},
		[]w22Place{{"Ciudad de México", "06700", "CDMX", []string{"Av. Álvaro Obregón 120, Col. Roma Norte", "Calle Durango 245, Col. Roma"}}, {"Guadalajara", "44160", "Jalisco", []string{"Av. Chapultepec Sur 480, Col. Americana"}}, {"Monterrey", "64000", "Nuevo León", []string{"Calle Padre Mier 1050 Pte., Centro"}}, {"Puebla", "72000", "Puebla", []string{"Calle 5 de Mayo 402, Centro"}}},
		[]string{"gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"}},
	"AR": {"ARS", 21, 1000, true, "es",
		[][3]string{{"VISA", "2", "10"}, {"MASTERCARD", "2", "11"}, {"NARANJA", "2", "121"}, {"PAGOFACIL", "7", "150"}, {"RAPIPAGO", "7", "151"}},
		"DNI",
		[]w21Name{{"Lucas Martín", "Fernández", "lucas", "fernandez", false}, {"Camila", "González", "camila", "gonzalez", true}, {"Santiago", "Pereyra", "santiago", "pereyra", false}, {"Florencia", "Romero", "florencia", "romero", true}},
		[]w22Place{{"Buenos Aires", "C1414", "CABA", []string{"Av. Corrientes 1234, Piso 5 Dto B", "Thames 2020"}}, {"Córdoba", "X5000", "Córdoba", []string{"Av. Colón 850"}}, {"Rosario", "S2000", "Santa Fe", []string{"Bv. Oroño 1200"}}},
		[]string{"gmail.com", "hotmail.com", "yahoo.com.ar"}},
	"BR": {"BRL", 0, 5, true, "pt",
		[][3]string{{"VISA", "2", "10"}, {"MASTERCARD", "2", "11"}, {"ELO", "2", "130"}, {"HIPERCARD", "2", "131"}, {"BOLETO_BANCARIO", "7", "140"}, {"PIX", "14", "350"}},
		"CPF",
		[]w21Name{{"João Pedro", "Silva Santos", "joaopedro", "silva", false}, {"Ana Clara", "Oliveira", "anaclara", "oliveira", true}, {"Lucas", "Souza Lima", "lucas", "souza", false}, {"Maria Eduarda", "Costa Ferreira", "mariaeduarda", "costa", true}, {"Thiago", "Almeida", "thiago", "almeida", false}},
		[]w22Place{{"São Paulo", "01310-100", "SP", []string{"Av. Paulista, 1578, apto 12", "Rua Augusta, 2000"}}, {"Rio de Janeiro", "22071-000", "RJ", []string{"Av. Atlântica, 1702, apto 801"}}, {"Belo Horizonte", "30130-000", "MG", []string{"Rua da Bahia, 1148"}}, {"Recife", "50030-230", "PE", []string{"Rua do Bom Jesus, 183"}}},
		[]string{"gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"}},
	"CL": {"CLP", 19, 950, false, "es",
		[][3]string{{"VISA", "2", "10"}, {"MASTERCARD", "2", "11"}, {"MULTICAJA", "7", "160"}, {"REDCOMPRA", "6", "161"}},
		"RUT",
		[]w21Name{{"Benjamín", "Muñoz Rojas", "benjamin", "munoz", false}, {"Catalina", "González Soto", "catalina", "gonzalez", true}, {"Matías", "Díaz Contreras", "matias", "diaz", false}, {"Sofía", "Pérez Fuentes", "sofia", "perez", true}},
		[]w22Place{{"Santiago", "7500000", "Región Metropolitana", []string{"Av. Providencia 1234, depto 501", "Av. Apoquindo 4500, of. 32"}}, {"Valparaíso", "2340000", "Valparaíso", []string{"Calle Esmeralda 1050"}}, {"Concepción", "4030000", "Biobío", []string{"Calle Barros Arana 800"}}},
		[]string{"gmail.com", "hotmail.com", "outlook.com"}},
}

// w22LatamItems are goods and services (price in US dollars) by
// language; the category is what the item tells of its buyer.
var w22LatamItems = map[string][]w21Item{
	"es": {
		{"Audífonos Bluetooth", 35, ""}, {"Camiseta de fútbol oficial", 60, ""}, {"Licuadora 1.5 L", 45, ""}, {"Curso online de Excel avanzado", 20, ""},
		{"Zapatillas running talla 42", 80, ""}, {"Suscripción anual streaming", 50, ""},
		{"Insulina glargina 100 UI/ml x5", 45, "health"}, {"Tiras reactivas glucómetro x50", 25, "health"}, {"Consulta psicológica online", 30, "health"},
		{"Prueba de embarazo x2", 8, "health"}, {"Sertralina 50 mg x30", 12, "health"},
		{"Diezmo y ofrenda - Iglesia Cristiana Casa de Dios", 20, "religion"}, {"Intención de misa - Parroquia San José", 10, "religion"},
		{"Cuota sindical mensual", 10, "trade_union"},
	},
	"pt": {
		{"Fone de ouvido Bluetooth", 35, ""}, {"Camisa oficial do Flamengo", 60, ""}, {"Liquidificador 1,5 L", 45, ""}, {"Curso online de Excel", 20, ""},
		{"Tênis de corrida nº 42", 80, ""},
		{"Insulina NPH 10 ml", 20, "health"}, {"Tiras para glicosímetro x50", 25, "health"}, {"Teleconsulta com psiquiatra", 40, "health"},
		{"Dízimo - Igreja Batista da Lagoinha", 20, "religion"}, {"Mensalidade sindical - Sindicato dos Bancários", 10, "trade_union"},
	},
}

var w22LatamNotes = map[string][]bioLine{
	"es": {{"", "Dejar en portería"}, {"", "Llamar antes de entregar"}, {"", "Entregar en horario de oficina"}, {"health", "Es para mi tratamiento de diabetes, favor enviar urgente"}, {"religion", "Entregar después de la misa del domingo"}},
	"pt": {{"", "Deixar na portaria"}, {"", "Ligar antes de entregar"}, {"health", "Remédio da minha pressão, urgente por favor"}, {"religion", "Entregar depois do culto de domingo"}},
}

// w22PayUPhone writes the buyer's number as checkout forms of the
// country get it.
func (g *gen) w22PayUPhone(cc string) string {
	nsn := g.w21NSN()
	var fs []string
	switch {
	case cc == "CO" && len(nsn) == 10:
		fs = []string{nsn, nsn, "+57 " + nsn[:3] + " " + nsn[3:], "57" + nsn}
	case cc == "PE" && len(nsn) == 9:
		fs = []string{nsn, "+51 " + nsn[:3] + " " + nsn[3:6] + " " + nsn[6:]}
	case cc == "MX" && len(nsn) == 10:
		fs = []string{nsn, nsn[:2] + " " + nsn[2:6] + " " + nsn[6:], "+52" + nsn}
	case cc == "AR" && len(nsn) == 11:
		fs = []string{"+54 " + nsn[:1] + " " + nsn[1:3] + " " + nsn[3:7] + "-" + nsn[7:], "0" + nsn[1:3] + " 15-" + nsn[3:7] + "-" + nsn[7:], nsn[1:]}
	case cc == "BR" && len(nsn) == 11:
		fs = []string{"(" + nsn[:2] + ") " + nsn[2:7] + "-" + nsn[7:], nsn, "+55" + nsn}
	case cc == "CL" && len(nsn) == 9:
		fs = []string{"+56 " + nsn[:1] + " " + nsn[1:5] + " " + nsn[5:], nsn}
	default:
		fs = []string{g.e164()}
	}
	return pick(g.r, fs)
}

// w22Or is n, or an empty string where a form sends every field.
func w22Or(n *node) *node {
	if n == nil {
		return N("")
	}
	return n
}

// w22Money writes an amount in cents with two decimals.
func w22Money(cents int) string { return fmt.Sprintf("%d.%02d", cents/100, cents%100) }

// w22PayUSignValue is the value as the confirmation signature takes it:
// one decimal when the second is zero.
func w22PayUSignValue(cents int) string {
	if cents%10 == 0 {
		return fmt.Sprintf("%d.%d", cents/100, cents%100/10)
	}
	return w22Money(cents)
}

func payuLatamConfirmation(g *gen) *node {
	cc := pick(g.r, []string{"CO", "CO", "CO", "PE", "MX", "MX", "AR", "BR", "BR", "CL"})
	g.w21Redraw(cc)
	g.w21Age(18, 75)
	m := w22PayUMarkets[cc]
	p := g.p
	n := w21Name{p.given, p.family, p.givenL, p.familyL, p.female}
	if g.r.IntN(4) != 0 {
		n = pick(g.r, m.names)
		p.female = n.female
		p.email = g.w21Email(n.givenL, n.familyL, m.domains)
	}
	name := n.given + " " + n.family
	pl := pick(g.r, m.places)
	street := pick(g.r, pl.streets)
	doc := p.idValue
	switch cc {
	case "MX":
		doc = curp(g.r, p.dob, p.female, n.givenL, n.familyL)[:10] + g.chars("ABCDEFGHJKLMNPRSTUVWXYZ123456789", 2) + fmt.Sprint(g.r.IntN(10))
	case "AR":
		_, doc = arCUIL(g.r, p.dob, p.female)
	}
	phone := g.w22PayUPhone(cc)

	// What was bought.
	var items []*node
	cat, total := "", 0
	var first w21Item
	for i := range 1 + g.r.IntN(3) {
		it := g.w22Item(w22LatamItems[m.lang], 5)
		if i == 0 {
			first = it
		}
		if it.cat != "" && cat == "" {
			cat = it.cat
		}
		q := 1 + g.r.IntN(2)
		unit := int(float64(it.price) * m.perUSD * 100)
		if !m.decimals {
			unit = unit / 10000 * 10000 // whole hundreds
		}
		total += unit * q
		items = append(items, O("name", w21Text(it.name, it.cat), "quantity", N(q), "unit_price", N(w22Money(unit))))
	}
	shipping := 0
	if g.r.IntN(2) == 0 {
		shipping = int(float64(pick(g.r, []int{3, 5, 8})) * m.perUSD * 100)
		if !m.decimals {
			shipping = shipping / 10000 * 10000
		}
	}
	value := total + shipping
	tax := 0
	if m.vat > 0 {
		tax = value * m.vat / (100 + m.vat)
		if !m.decimals {
			tax = tax / 100 * 100
		}
	}
	shop := pick(g.r, []string{"Tienda Andina", "MercaHogar", "Farmacia Vida", "Librería Central"})
	more, several := "%s y %d artículo(s) más", "Compra en %s - %d artículos"
	if m.lang == "pt" {
		shop = pick(g.r, []string{"Loja Bom Preço", "Farmácia Popular Online", "Livraria Central"})
		more, several = "%s e mais %d item(ns)", "Compra na %s - %d itens"
	}
	var desc *node
	switch {
	case len(items) == 1:
		desc = w21Text(first.name, first.cat)
	case first.cat != "":
		desc = S(fmt.Sprintf(more, first.name, len(items)-1), first.cat)
	default:
		desc = N(fmt.Sprintf(several, shop, len(items)))
	}

	method := pick(g.r, m.methods)
	card := method[1] == "2" || method[1] == "6"
	pse := method[0] == "PSE"
	cash := method[1] == "7"
	state := pick(g.r, []string{"4", "4", "4", "4", "4", "6", "6", "5"})
	if cash && g.r.IntN(3) == 0 {
		state = "7"
	}
	code, msg := "1", "APPROVED"
	switch state {
	case "6":
		c := pick(g.r, [][2]string{{"4", "PAYMENT_NETWORK_REJECTED"}, {"5", "ENTITY_DECLINED"}, {"6", "INSUFFICIENT_FUNDS"}, {"23", "ANTIFRAUD_REJECTED"}, {"9", "RESTRICTED_CARD"}})
		code, msg = c[0], c[1]
	case "5":
		code, msg = "20", "EXPIRED_TRANSACTION"
	case "7":
		code, msg = "25", "PENDING_TRANSACTION_CONFIRMATION"
	}
	test := g.r.IntN(8) == 0
	merchantID := pattern(g.r, "5#####")
	accountID := pattern(g.r, "5#####")
	if test {
		merchantID, accountID = "508029", map[string]string{"CO": "512321", "PE": "512323", "MX": "512324", "AR": "512322", "BR": "512327", "CL": "512325"}[cc]
	}
	apiKey := g.chars(b62Set, 26)
	if test {
		apiKey = "4Vj8eK4rloUd272L48hsrarnUA"
	}
	refSale := pick(g.r, []string{"PED-" + pattern(g.r, "######"), "ORD" + g.t.Format("060102") + pattern(g.r, "####"), pattern(g.r, "#######")})
	local := map[string]*time.Location{"CO": time.FixedZone("", -5*3600), "PE": time.FixedZone("", -5*3600), "MX": time.FixedZone("", -6*3600), "AR": time.FixedZone("", -3*3600), "BR": time.FixedZone("", -3*3600), "CL": time.FixedZone("", -3*3600)}[cc]
	txAt := g.t.Add(-time.Duration(10+g.r.IntN(300)) * time.Second).In(local)

	var keys []string
	var vals []*node
	params := O()
	add := func(k string, v *node) {
		keys = append(keys, k)
		vals = append(vals, v)
		params.set(k, v)
	}
	ipNode := P(p.ip)
	add("merchant_id", N(merchantID))
	add("state_pol", N(state))
	add("risk", N(pick(g.r, []string{".00", "0.0", "0.15", "0.47"})))
	add("response_code_pol", N(code))
	add("response_message_pol", N(msg))
	add("reference_sale", N(refSale))
	add("reference_pol", N(pattern(g.r, "8########")))
	add("sign", C(hex.EncodeToString(func() []byte {
		s := md5.Sum([]byte(apiKey + "~" + merchantID + "~" + refSale + "~" + w22PayUSignValue(value) + "~" + m.currency + "~" + state))
		return s[:]
	}())))
	// The merchant's own fields.
	switch g.r.IntN(3) {
	case 0:
		add("extra1", N(pattern(g.r, "WC-#####")))
	case 1:
		add("extra1", P("CLI-"+pattern(g.r, "######")))
	default:
		add("extra1", N(""))
	}
	switch g.r.IntN(4) {
	case 0:
		add("extra2", P(m.docType+" "+doc))
	case 1:
		nl := g.w22Note(w22LatamNotes[m.lang])
		add("extra2", w21Text(nl.text, nl.cat))
	default:
		add("extra2", N(""))
	}
	if g.r.IntN(3) == 0 {
		add("extra3", P(map[string]string{"es": "Factura a nombre de ", "pt": "Nota fiscal em nome de "}[m.lang]+name))
	} else {
		add("extra3", N(pick(g.r, []string{"", "web", "app"})))
	}
	add("payment_method", N(method[2]))
	add("payment_method_type", N(method[1]))
	add("payment_method_id", N(method[1]))
	add("payment_method_name", N(method[0]))
	inst := "1"
	if card && g.r.IntN(3) == 0 {
		inst = pick(g.r, []string{"3", "6", "12", "24", "36"})
	}
	add("installments_number", N(inst))
	add("value", N(w22Money(value)))
	add("tax", N(w22Money(tax)))
	add("additional_value", N("0.00"))
	add("transaction_date", N(txAt.Format("2006-01-02 15:04:05")))
	add("date", N(txAt.Format("2006.01.02 03:04:05 PM")))
	add("currency", N(m.currency))
	add("email_buyer", P(p.email))
	add("nickname_buyer", P(pick(g.r, []string{name, strings.ToUpper(name), n.given})))
	add("nickname_seller", N(shop))
	add("phone", w22Or(g.phone(phone)))
	add("office_phone", N(""))
	add("shipping_address", w22Or(g.addr(street)))
	add("shipping_city", w22Or(g.addr(pl.city)))
	add("shipping_country", w22Or(g.residence(cc)))
	add("billing_address", w22Or(g.addr(street)))
	add("billing_city", w22Or(g.addr(pl.city)))
	add("billing_country", w22Or(g.residence(cc)))
	if card {
		last4 := pattern(g.r, "####")
		bin := map[string]string{"VISA": "4", "MASTERCARD": "5", "AMEX": "37", "DINERS": "36", "ELO": "636368", "HIPERCARD": "606282"}[method[0]]
		if bin == "" {
			bin = "5"
		}
		bin += pattern(g.r, strings.Repeat("#", max(6-len(bin), 0)))
		masked := pick(g.r, []string{"************" + last4, bin + "******" + last4, "**** **** **** " + last4})
		add("cc_number", P(masked))
		add("cc_holder", P(strings.ToUpper(pick(g.r, []string{name, n.given + " " + strings.Fields(n.family)[0]}))))
		add("franchise", N(method[0]))
		add("authorization_code", N(map[bool]string{true: pattern(g.r, "######"), false: ""}[state == "4"]))
	} else {
		add("cc_number", N(""))
		add("cc_holder", N(""))
	}
	add("description", desc)
	add("ip", ipNode)
	if pse {
		add("cus", N(pattern(g.r, "##########")))
		add("pse_bank", N(pick(g.r, []string{"BANCOLOMBIA", "BANCO DE BOGOTA", "DAVIVIENDA", "BANCO BBVA COLOMBIA", "NEQUI", "BANCO CAJA SOCIAL"})))
		add("pseReference1", P(p.ip))
		add("pseReference2", N(pick(g.r, []string{"CC", "CC", "CC", "CE", "NIT"})))
		add("pseReference3", P(doc))
	} else {
		add("cus", N(""))
		add("pse_bank", N(""))
	}
	add("transaction_id", N(g.uuid()))
	add("transaction_bank_id", N(map[bool]string{true: pattern(g.r, "#########"), false: ""}[state == "4"]))
	add("commision_pol", N(w22Money(value*349/10000)))
	add("commision_pol_currency", N(m.currency))
	add("exchange_rate", N(map[bool]string{true: "1.00", false: fmt.Sprintf("%.2f", m.perUSD)}[g.r.IntN(2) == 0]))
	add("attempts", N(fmt.Sprint(1+g.r.IntN(2))))
	add("account_id", N(accountID))
	add("test", N(map[bool]string{true: "1", false: "0"}[test]))

	// The merchant's order.
	buyer := O("full_name", P(name), "document_type", N(m.docType), "document_number", P(doc), "email", P(p.email), "phone", g.phone(phone))
	order := O(
		"reference", N(refSale),
		"status", N(map[string]string{"4": "paid", "6": "payment_declined", "5": "expired", "7": "awaiting_payment"}[state]),
		"currency", N(m.currency),
		"total", N(w22Money(value)),
		"items", A(items...),
		"buyer", buyer,
	)
	if p.showResidence {
		order.set("shipping_address", O(
			"street", g.addr(street),
			"city", g.addr(pl.city),
			"state", g.addrN(pl.region),
			"postal_code", g.addr(pl.post),
			"country", g.residence(cc),
		))
	}
	if g.r.IntN(3) == 0 {
		nl := g.w22Note(w22LatamNotes[m.lang])
		order.set("notes", w21Text(nl.text, nl.cat))
	}
	switch g.r.IntN(4) {
	case 0:
		return O(
			"received_at", N(g.t.In(local).Format("2006-01-02T15:04:05.000-07:00")),
			"remote_addr", N(pick(g.r, []string{"200.1.147.", "190.85.94.", "52.20.120."})+fmt.Sprint(1+g.r.IntN(250))),
			"headers", O("Content-Type", N("application/x-www-form-urlencoded; charset=UTF-8"), "User-Agent", N("Apache-HttpClient/4.5.13 (Java/11.0.21)")),
			"raw_body", w22Form(keys, vals),
			"params", params,
			"sign_valid", N(true),
			"order", order,
		)
	case 1:
		return O("params", params, "order", order)
	case 2:
		params.set("_received_at", N(g.t.UTC().Format(time.RFC3339)))
		return params
	}
	return O("event", N("payu.confirmation"), "reference_sale", N(refSale), "raw_body", w22Form(keys, vals), "order", order)
}

// ------------------------------------------------------------------ Chapa

var w22ETNames = []w21Name{
	{"አበበ", "ከበደ", "Abebe", "Kebede", false}, {"ሰላማዊት", "ታደሰ", "Selamawit", "Tadesse", true},
	{"ዮሐንስ", "ገብረሚካኤል", "Yohannes", "Gebremichael", false}, {"ሃና", "ወልደማርያም", "Hana", "Woldemariam", true},
	{"ቶሎሳ", "ጫላ", "Tolosa", "Chala", false}, {"ለሊሴ", "ገመቹ", "Lelise", "Gemechu", true},
	{"ብሩክ", "ተስፋዬ", "Biruk", "Tesfaye", false}, {"ቤተልሔም", "አለሙ", "Bethlehem", "Alemu", true},
	{"ሙሐመድ", "ኢብራሂም", "Mohammed", "Ibrahim", false}, {"ፋጡማ", "አሕመድ", "Fatuma", "Ahmed", true},
	{"ሄኖክ", "ግርማ", "Henok", "Girma", false}, {"ሜሮን", "ኃይሌ", "Meron", "Haile", true},
}

var w22ETAddrs = []string{
	"Bole Sub-City, Woreda 03, House No. 1245",
	"Kirkos Sub-City, Kazanchis, near Intercontinental Hotel",
	"ቦሌ ክፍለ ከተማ ወረዳ 03 የቤት ቁ. 1245",
	"Yeka Sub-City, CMC, Condominium Block 12, Unit 4",
	"Arada Sub-City, Piassa, near St. George Church",
	"Lideta Sub-City, Mexico Square, behind Wabi Shebelle Hotel",
	"Nifas Silk-Lafto, Jemo 2 Condominium, Block 45, 3rd floor",
	"የካ ክፍለ ከተማ ወረዳ 08 ሲኤምሲ ሚካኤል አካባቢ",
	"Kolfe Keranio Sub-City, Ayer Tena, around Total",
}

// w22ChapaShops: what the shop sells (price in birr) and its kind.
var w22ChapaShops = []struct {
	kind, title string
	items       []w21Item
}{
	{"shop", "Merkato Online", []w21Item{{"Teff 25kg (Magna)", 3200, ""}, {"Habesha kemis, hand-woven", 4500, ""}, {"Samsung Galaxy A15", 19000, ""}, {"Jebena and cups set", 850, ""}}},
	{"pharmacy", "Kenema Pharmacy", []w21Item{{"Insulin Mixtard 30/70 10ml", 950, "health"}, {"Glucometer strips x50", 1400, "health"}, {"Paracetamol 500mg x20", 60, ""}, {"Fluoxetine 20mg x30", 420, "health"}, {"Antiretroviral refill (TLD) 30 tabs", 0, "health"}}},
	{"school", "Bright Future Academy", []w21Item{{"School fee - Grade 6, term 2", 12000, ""}, {"Transport fee - term 2", 3000, ""}}},
	{"donation", "Give Ethiopia", []w21Item{{"Donation - Debre Libanos Monastery renovation", 1000, "religion"}, {"Zakat al-Fitr", 500, "religion"}, {"Donation - Mekedonia elderly care", 500, ""}}},
	{"event", "Addis Events", []w21Item{{"Ethio Jazz Night - VIP", 2500, ""}, {"Great Ethiopian Run - bib", 1200, ""}}},
	{"airline", "Habesha Travel", []w21Item{{"Addis Ababa - Lalibela return ticket", 9800, ""}, {"Hajj 2026 package deposit", 45000, "religion"}}},
}

var w22ETNotes = []bioLine{
	{"", "Call me when you arrive at the gate"},
	{"", "ሲደርሱ ይደውሉልኝ"},
	{"", "Deliver after 5 PM, office hours"},
	{"health", "Insulin - please keep it cold, I am diabetic"},
	{"religion", "Please deliver after Jummah prayer"},
	{"religion", "ከቅዳሴ በኋላ ያድርሱልኝ (after the church service)"},
}

func chapaPayment(g *gen) *node {
	g.w21Redraw("ET")
	g.w21Age(18, 70)
	p := g.p
	n := w21Name{p.given, p.family, w21Title(p.givenL), w21Title(p.familyL), p.female}
	if g.r.IntN(4) != 0 {
		n = pick(g.r, w22ETNames)
		p.female = n.female
		p.email = g.w21Email(n.givenL, n.familyL, []string{"gmail.com", "gmail.com", "yahoo.com", "ethionet.et", "outlook.com"})
	}
	first, last := n.givenL, n.familyL
	if g.r.IntN(4) == 0 {
		first, last = n.given, n.family
	}
	if g.r.IntN(3) == 0 {
		g.w21OwnPhone("ET", "251", []string{"70", "71", "72"}, 9) // Safaricom Ethiopia
	} else {
		g.w21OwnPhone("ET", "251", []string{"91", "92", "93", "94", "96", "97", "98", "99"}, 9)
	}
	local := "0" + g.w21NSN()
	shop := w22ChapaShops[pick(g.r, []int{0, 0, 0, 1, 1, 2, 3, 4, 5})]
	var items []*node
	total := 0
	var firstItem w21Item
	for i := range 1 + g.r.IntN(2) {
		it := g.w22Item(shop.items, map[bool]int{true: 2, false: 5}[shop.kind == "pharmacy" || shop.kind == "donation"])
		if i == 0 {
			firstItem = it
		}
		price := it.price
		if price == 0 {
			price = 150
		}
		q := 1
		if shop.kind == "shop" || shop.kind == "pharmacy" {
			q = 1 + g.r.IntN(2)
		}
		total += price * q
		items = append(items, O("name", w21Text(it.name, it.cat), "qty", N(q), "price", N(price)))
		if shop.kind != "shop" && shop.kind != "pharmacy" {
			break
		}
	}
	currency := "ETB"
	amount := fmt.Sprint(total)
	if shop.kind == "airline" && g.r.IntN(2) == 0 || g.r.IntN(10) == 0 {
		currency = "USD"
		amount = fmt.Sprintf("%.2f", float64(total)/130)
	}
	charge := fmt.Sprintf("%.2f", float64(total)*0.035)
	if currency == "USD" {
		charge = fmt.Sprintf("%.2f", float64(total)/130*0.035)
	}
	txRef := pick(g.r, []string{"TX-" + g.b62(10), "chewatatest-" + pattern(g.r, "####"), "order_" + pattern(g.r, "#####") + "_" + fmt.Sprint(g.t.Unix()), g.uuid()})
	reference := "AP" + g.b62(10)
	live := g.r.IntN(5) != 0
	mode := map[bool]string{true: "live", false: "test"}[live]
	secret := map[bool]string{true: "CHASECK-", false: "CHASECK_TEST-"}[live] + g.b62(32)
	host := pick(g.r, []string{"https://merkato.example.et", "https://shop.example-addis.com", "https://api.example-academy.edu.et"})
	title := shop.title
	if len(title) > 16 {
		title = title[:16] // Chapa takes a title of up to 16 characters
	}
	custom := O("title", N(title), "description", w21Text(firstItem.name, firstItem.cat))
	if g.r.IntN(2) == 0 {
		custom.set("logo", N(host+"/static/logo.png"))
	}
	orderID := pattern(g.r, "#####")
	meta := O()
	// metaAddr: meta holds the delivery address, which tells where the
	// payer lives wherever meta is written.
	metaAddr := false
	metaOut := func() *node {
		if len(meta.obj) == 0 {
			return nil
		}
		if metaAddr {
			g.lab.Residence = addCountry(g.lab.Residence, "ET")
		}
		return meta
	}
	switch shop.kind {
	case "shop", "pharmacy":
		meta.set("order_id", N(orderID))
		if g.r.IntN(2) == 0 {
			meta.set("customer_id", P("CUS-"+pattern(g.r, "######")))
		}
		if g.r.IntN(3) == 0 {
			if a := g.addr(pick(g.r, w22ETAddrs) + ", Addis Ababa"); a != nil {
				meta.set("delivery_address", a)
				metaAddr = true
			}
		}
	case "school":
		child := pick(g.r, w22ETNames)
		meta.set("student_name", P(child.givenL+" "+n.givenL))
		meta.set("student_id", P("BFA/"+pattern(g.r, "####")+"/"+fmt.Sprint(g.t.Year()%100)))
		meta.set("grade", N("6"))
	case "donation":
		meta.set("campaign", N(pick(g.r, []string{"renovation-2026", "ramadan-2026", "elderly-care"})))
		if g.r.IntN(2) == 0 {
			meta.set("donor_name", P(n.givenL+" "+n.familyL))
		} else {
			meta.set("anonymous", N("true"))
		}
	case "event":
		meta.set("ticket_type", N(pick(g.r, []string{"VIP", "Regular"})))
		meta.set("attendee", P(first+" "+last))
	case "airline":
		meta.set("booking_ref", N(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)))
		if g.r.IntN(2) == 0 {
			meta.set("passport_no", P("EP"+pattern(g.r, "#######")))
		}
	}
	if g.r.IntN(3) == 0 {
		meta.set("hide_receipt", N("true"))
	}
	method := pick(g.r, []string{"telebirr", "telebirr", "telebirr", "cbebirr", "mpesa", "awashbirr", "ebirr", "card"})
	if strings.HasPrefix(local, "07") && method != "card" {
		method = "mpesa"
	}
	status := pick(g.r, []string{"success", "success", "success", "success", "failed", "pending"})
	created := g.t.Add(-time.Duration(30+g.r.IntN(900)) * time.Second)
	ts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z") }

	order := func(st string) *node {
		cust := O("name", P(pick(g.r, []string{n.givenL + " " + n.familyL, n.given + " " + n.family})), "phone", g.phone(pick(g.r, []string{local, local, g.e164(), strings.TrimPrefix(g.e164(), "+")})))
		if g.r.IntN(2) == 0 {
			cust.set("email", P(p.email))
		}
		if shop.kind == "shop" || shop.kind == "pharmacy" {
			if a := g.addr(pick(g.r, w22ETAddrs)); a != nil {
				cust.set("address", a)
				cust.set("city", g.addr(pick(g.r, []string{"Addis Ababa", "አዲስ አበባ"})))
				g.lab.Residence = addCountry(g.lab.Residence, "ET")
			}
		}
		rec := O("id", N(orderID), "tx_ref", N(txRef), "status", N(st), "total", N(amount), "currency", N(currency), "items", A(items...), "customer", cust)
		if g.r.IntN(3) == 0 {
			nl := g.w22Note(w22ETNotes)
			rec.set("note", w21Text(nl.text, nl.cat))
		}
		return rec
	}

	paid := map[string]string{"success": "paid", "failed": "payment_failed", "pending": "awaiting_payment"}[status]
	switch pick(g.r, []string{"initialize", "initialize", "webhook", "webhook", "webhook", "verify"}) {
	case "initialize":
		body := O(
			"amount", N(amount),
			"currency", N(currency),
			"email", P(p.email),
			"first_name", P(first),
			"last_name", P(last),
		)
		if g.r.IntN(4) != 0 {
			body.set("phone_number", g.phone(local))
		}
		body.set("tx_ref", N(txRef))
		body.set("callback_url", N(host+"/api/chapa/callback"))
		body.set("return_url", N(host+"/checkout/thank-you?order="+orderID))
		body.set("customization", custom)
		body.set("meta", metaOut())
		out := O(
			"request", O("method", N("POST"), "url", N("https://api.chapa.co/v1/transaction/initialize"), "headers", O("Authorization", C("Bearer "+secret), "Content-Type", N("application/json")), "body", body),
			"response", O("status", N(200), "body", O("message", N("Hosted Link"), "status", N("success"), "data", O("checkout_url", N("https://checkout.chapa.co/checkout/payment/"+g.b62(43))))),
		)
		if g.r.IntN(2) == 0 {
			out.set("order", order("awaiting_payment"))
		}
		return out
	case "verify":
		var data *node = N(nil)
		msg := "Payment not paid yet"
		if status != "pending" {
			msg = "Payment details"
			data = O(
				"first_name", P(first),
				"last_name", P(last),
				"email", P(p.email),
				"currency", N(currency),
				"amount", N(amount),
				"charge", N(charge),
				"mode", N(mode),
				"method", N(method),
				"type", N("API"),
				"status", N(status),
				"reference", N(reference),
				"tx_ref", N(txRef),
				"customization", custom,
				"meta", orNull(metaOut()),
				"created_at", N(ts(created)),
				"updated_at", N(ts(g.t)),
			)
		}
		out := O(
			"request", O("method", N("GET"), "url", N("https://api.chapa.co/v1/transaction/verify/"+txRef), "headers", O("Authorization", C("Bearer "+secret))),
			"response", O("status", N(200), "body", O("message", N(msg), "status", N(map[bool]string{true: "success", false: "failed"}[status != "pending"]), "data", data)),
		)
		if g.r.IntN(2) == 0 {
			out.set("order", order(paid))
		}
		return out
	}
	// The webhook.
	var failure *node = N(nil)
	if status == "failed" {
		failure = N(pick(g.r, []string{"Insufficient balance", "Transaction cancelled by user", "Request timed out"}))
	}
	mobile := N(nil)
	if g.r.IntN(3) != 0 {
		mobile = g.phone(pick(g.r, []string{local, strings.TrimPrefix(g.e164(), "+")}))
	}
	ev := map[bool]string{true: "charge.success", false: "charge.failed"}[status != "failed"]
	body := O(
		"event", N(ev),
		"first_name", P(first),
		"last_name", P(last),
		"email", P(p.email),
		"mobile", mobile,
		"currency", N(currency),
		"amount", N(amount),
		"charge", N(charge),
		"status", N(status),
		"failure_reason", failure,
		"mode", N(mode),
		"reference", N(reference),
		"created_at", N(ts(created)),
		"updated_at", N(ts(g.t)),
		"type", N("API"),
		"tx_ref", N(txRef),
		"payment_method", N(method),
		"customization", custom,
		"meta", orNull(metaOut()),
	)
	raw := string(render(body, &Label{}))
	hash := g.b62(24)
	headers := O(
		"Content-Type", N("application/json"),
		"Chapa-Signature", C(w22HMAC(hash, hash)),
		"x-chapa-signature", C(w22HMAC(hash, raw)),
	)
	switch g.r.IntN(3) {
	case 0:
		return O("headers", headers, "body", body, "order", order(paid))
	case 1:
		return O(
			"received_at", N(g.t.In(time.FixedZone("", 3*3600)).Format("2006-01-02 15:04:05")),
			"path", N("/api/chapa/webhook"),
			"headers", headers,
			"raw_body", w20Raw(raw, w21Leaves(body)),
			"signature_valid", N(true),
		)
	}
	return body
}
