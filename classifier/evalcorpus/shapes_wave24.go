package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"math"
	"math/rand/v2"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/nyaruka/phonenumbers"
)

// wave24Shapes are a twenty-fourth set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a payment gateway, a
// marketplace, a government identity provider, an eID broker and an HR
// system: Checkout.com webhooks (payment approved, captured, declined
// and refunded, disputes) as a merchant logs them, raw with the
// Cko-Signature and the Authorization header it configured, parsed, or
// through Amazon EventBridge, with the card's source (bin, last_4,
// expiry, holder, billing address, issuer country, fingerprint), the
// customer, the payment IP, 3-D Secure with its cryptogram and the
// merchant's metadata (donations, clinics, schools, airlines), for
// cardholders in the Gulf, Egypt, the United Kingdom and Europe and
// expatriates who pay with their home cards; Shopee Open Platform v2
// get_order_detail answers with the signed request and the order push,
// for buyers in Indonesia, Thailand, Vietnam, the Philippines, Malaysia,
// Taiwan and Brazil, recipients' addresses in their own scripts and
// notations (masked for some statuses), messages to the seller,
// prescriptions and the Brazilian buyer's CPF; gov.br (Login Único)
// sign-ins as a relying party logs them: the token exchange, the id_token
// and access_token claims (sub = CPF), userinfo, the photo, reliability
// seals, linked companies (CNPJ, a MEI's name), electronic powers of
// attorney and the relying party's own records (Enem candidates of 15 to
// 19 with race and special needs, SUS vaccinations, INSS benefits, voter
// registration with party membership, work contracts, consular records of
// Brazilians abroad); Criipto (Idura) Verify id_tokens of Danish MitID,
// Swedish BankID, Norwegian BankID, the Finnish Trust Network, itsme and
// Dutch iDIN with national numbers, address lookups, device data, WS-Fed
// claim URIs, the token exchange, form posts and prefilled login hints,
// beside the relying party's KYC, pharmacy, union, parish and youth
// account records; and Workday workers from the REST API (staffing,
// person), Get_Workers as a middleware converts it to JSON, RaaS
// reports and Studio integration events, with legal and local-script
// names, national and passport IDs, addresses by usage, US EEO
// self-identification, religion, blood type, union membership, military
// registration, dependants and emergency contacts, for employees in the
// United States, India, Mexico, Poland, the Philippines and Ukraine.
var wave24Shapes = []Shape{
	{Name: "checkoutcom_payment_webhook", Doc: "checkout.com/docs/developer-resources/event-notifications/event-types (payment_approved {id, type, version, created_on, data{id, action_id, reference, amount, auth_code, currency, customer{id, email, name, phone{country_code, number}}, payment_ip, metadata, payment_type, processed_on, processing{acquirer_transaction_id, retrieval_reference_number}, 3ds{downgraded, enrolled, authentication_response, cryptogram, xid, eci, version, exemption, challenged}, cko_network_token_available, pan_type_processed, response_code, response_summary, risk{flagged, score}, scheme_id, source{id, type, card_wallet_type, billing_address{line1, line2, town_city, state, zip, country}, expiry_month, expiry_year, name, scheme, scheme_local, last_4, fingerprint, bin, card_type, card_category, issuer, issuer_country, product_id, product_type, avs_check, cvv_check, payment_account_reference}}, _links}; payment_captured with balances, payment_declined with response_code 20051 / 20005 / 20054, payment_refunded; dispute_received / dispute_evidence_required / dispute_won / dispute_lost {data{id, date, category, amount, currency, reason_code, payment_id, payment_action_id, payment_reference, payment_arn, payment_method, client_id, processing_channel_id, entity_id, evidence_required_by}}), /receive-webhooks (Cko-Signature: hex HMAC-SHA256 of the body with the signature key; the Authorization header value the merchant configured) and /receive-events-in-eventbridge; disputes API evidence (proof_of_delivery_or_service_text, customer_communication_text); as a merchant logs them beside its order, for cardholders in the UAE, Saudi Arabia, Egypt, the UK and the EU", build: checkoutcomWebhook},
	{Name: "shopee_order_detail", Doc: "open.shopee.com/documents/v2/v2.order.get_order_detail (GET /api/v2/order/get_order_detail?partner_id&timestamp&access_token&shop_id&sign&order_sn_list&response_optional_fields, sign the hex HMAC-SHA256 with the partner key of partner_id+path+timestamp+access_token+shop_id -> {error, message, warning, request_id, response{order_list[{order_sn, region, currency, cod, total_amount, order_status, shipping_carrier, payment_method, estimated_shipping_fee, message_to_seller, create_time, update_time, days_to_ship, ship_by_date, buyer_user_id, buyer_username, recipient_address{name, phone, town, district, city, state, region, zipcode, full_address}, actual_shipping_fee, goods_to_declare, note, note_update_time, item_list[{item_id, item_name, item_sku, model_id, model_name, model_sku, model_quantity_purchased, model_original_price, model_discounted_price, wholesale, weight, add_on_deal, main_item, promotion_type, promotion_id, order_item_id, image_info{image_url}, is_prescription_item}], pay_time, dropshipper, dropshipper_phone, split_up, buyer_cancel_reason, cancel_by, cancel_reason, buyer_cpf_id, fulfillment_flag, pickup_done_time, package_list, invoice_data, checkout_shipping_carrier, prescription_images, prescription_check_status}]}}); the order status push (code 3 {data{ordersn, status, update_time}, shop_id, code, timestamp}, Authorization: hex HMAC-SHA256 of url|body); masked recipients; for buyers in Indonesia, Thailand, Vietnam, the Philippines, Malaysia, Taiwan and Brazil", build: shopeeOrderDetail},
	{Name: "govbr_login_userinfo", Doc: "manual-roteiro-integracao-login-unico.servicos.gov.br/pt/stable/iniciarintegracao.html (authorize with scope openid+email+phone+profile+govbr_confiabilidades+govbr_confiabilidades_idtoken, state, nonce, code_challenge S256; POST https://sso.acesso.gov.br/token with Authorization: Basic client_id:client_secret and grant_type, code, redirect_uri, code_verifier -> {access_token, token_type, expires_in, scope, id_token}; access_token claims {aud, sub (CPF), scope, amr (passwd, captcha, mfa, otp_offline, x509_*, bank###, app_qrcode), iss, preferred_username, exp, iat, jti, cnpj}; id_token claims {sub, social_name, email_verified, amr, profile, kid, iss, phone_number_verified, preferred_username, nonce, picture, reliability_info{level, reliabilities[{id, updatedAt}]}, aud, auth_time, scope, name, phone_number, exp, iat, jti, email, cnpj_certificate_name, cnpj}; GET /userinfo/ and /userinfo/picture (base64); GET api.acesso.gov.br/confiabilidades/v3/contas/{cpf}/niveis and /confiabilidades?response-type=ids; empresas/v2/empresas?filtrar-por-participante={cpf} and /empresas/{cnpj}/participantes/{cpf} {cpf, atuacao, cadastrador, cpfCadastrador, dataCriacao, dataExpiracao}; /api/x509/info; procuracoes/v2/procuracoes {poas[{grantorAccount{id, name, address}, agentAccount, services}]}) with the relying party's own record (Enem, SUS, INSS, TSE, CTPS, consular), for Brazilians at home and abroad", build: govbrLoginUserinfo},
	{Name: "criipto_verify_claims", Doc: "docs.idura.app/verify/reference/token-contents and docs.criipto.com/verify/e-ids (dkmitid {identityscheme, nameidentifier, sub, uuid, cprNumberIdentifier, birthdate, age, name, country, address{formatted, common_name, street_address, postal_code, city, locality, region, country}, address_details}; sebankid {ssn, name, given_name, family_name, ipaddress, country, evidence, ocspResponse}; nobankid-oidc {uniqueuserid, certissuer, certsubject, birthdate, socialno, family_name, given_name, name, country}; fitupas {name, country, given_name, family_name, birthdate, satu, hetu} with encrypted tokens since 2025; itsme {authenticationtype urn:grn:authn:itsme:basic, deviceinfo, transactioninfo, placeofbirth, birthdate, phone_number, email, nationalnumber, gender, address}; nlidin with WS-Federation claim URIs and verified_claims), the common OIDC claims (iss, aud, nonce, authenticationtype, authenticationmethod, authenticationinstant, sessionindex, iat, nbf, exp), the token endpoint, form_post responses and login_hint prefills, beside the relying party's records, for users in Denmark, Sweden, Norway, Finland, Belgium and the Netherlands", build: criiptoVerifyClaims},
	{Name: "workday_worker_rest", Doc: "community.workday.com REST API (staffing/v6/{tenant}/workers {total, data[{id, descriptor, href, workerId, workerType, businessTitle, isManager, primaryWorkEmail, primaryWorkPhone, primarySupervisoryOrganization{id, descriptor, href}, location, primaryWorkAddressText, yearsOfService}]} and person/v4 people/{ID}/legalName, homeAddresses, personalInformation, nationalIdentifiers, emergencyContacts), the Human_Resources Get_Workers response (wd:Worker_Data/wd:Personal_Data: Name_Data with Legal, Preferred and Local names, Contact_Data with Address_Data by Usage_Data type HOME / WORK, Personal_Information_Data with Birth_Date, Gender, Marital_Status, Ethnicity, Hispanic_or_Latino, Religion, Citizenship_Status, Nationality, Military_Service, Disability_Status, Blood_Type, Tobacco_Use, Identification_Data with National_ID, Passport_ID and Visa_ID) as an integration middleware converts it to JSON, Report-as-a-Service JSON (Report_Entry) and Workday Studio integration events with their attachments, for employees in the United States, India, Mexico, Poland, the Philippines and Ukraine", build: workdayWorkerREST},
}

// ------------------------------------------------------------- helpers

// w24Item is a good or service, its price in US cents and what it tells
// of its buyer (a special category, or "").
type w24Item struct {
	name  string
	price int
	cat   string
}

// w24Text is a text leaf: of the special category cat, personal when
// cat is "p", else not personal.
func w24Text(text, cat string) *node {
	switch cat {
	case "":
		return N(text)
	case "p":
		return P(text)
	}
	return S(text, cat)
}

// w24Pick is one of the items, one that tells something of its buyer
// about one time in odds.
func (g *gen) w24Pick(items []w24Item, odds int) w24Item {
	var plain, special []w24Item
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

// w24PickNew is w24Pick, avoiding the items already taken when it can.
func (g *gen) w24PickNew(items []w24Item, odds int, taken []w24Item) w24Item {
	var it w24Item
	for range 8 {
		it = g.w24Pick(items, odds)
		dup := false
		for _, t := range taken {
			dup = dup || t.name == it.name
		}
		if !dup {
			break
		}
	}
	return it
}

// w24Note is one of the notes, a telling one about one time in four.
func (g *gen) w24Note(notes []bioLine) *node {
	var plain, special []bioLine
	for _, n := range notes {
		if n.cat == "" {
			plain = append(plain, n)
		} else {
			special = append(special, n)
		}
	}
	l := bioLine{}
	switch {
	case len(special) > 0 && (len(plain) == 0 || g.r.IntN(4) == 0):
		l = pick(g.r, special)
	case len(plain) > 0:
		l = pick(g.r, plain)
	}
	return w24Text(l.text, l.cat)
}

// w24Leaves lists the leaves n holds.
func w24Leaves(n *node) []*node {
	var out []*node
	var walk func(n *node)
	walk = func(n *node) {
		switch n.kind {
		case nodeObj:
			for _, m := range n.obj {
				walk(m.val)
			}
		case nodeArr:
			for _, c := range n.arr {
				walk(c)
			}
		default:
			out = append(out, n)
		}
	}
	walk(n)
	return out
}

// w24JSON is n's JSON text as a log keeps a body, labelled by the most
// telling leaf it holds (w23Raw).
func w24JSON(n *node) *node { return w23Raw(string(render(n, &Label{})), w24Leaves(n)) }

// w24B64 is n's JSON text base64-encoded.
func w24B64(n *node) *node {
	return w23Raw(base64.StdEncoding.EncodeToString(render(n, &Label{})), w24Leaves(n))
}

// w24Form is an application/x-www-form-urlencoded body of the fields.
func w24Form(keys []string, vals []*node) *node {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = url.QueryEscape(k) + "=" + url.QueryEscape(vals[i].raw)
	}
	return w23Raw(strings.Join(parts, "&"), vals)
}

// w24Redraw makes the subject someone living in cc.
func (g *gen) w24Redraw(cc string) {
	if c := countryByCode(cc); c != nil && g.p.c != c {
		g.p = newPerson(g.r, c, g.t)
	}
}

// w24Relocate moves the subject to live in cc, keeping who they are:
// they stay a citizen of the country they came from, and some keep their
// home number and their phone's settings.
func (g *gen) w24Relocate(cc string) {
	c := countryByCode(cc)
	p := g.p
	if c == nil || p.c == c {
		return
	}
	p.c = c
	p.city, p.street = pick(g.r, c.cities), pick(g.r, c.streets)
	p.post = pattern(g.r, c.post)
	p.region = c.region
	if g.r.IntN(3) != 0 {
		g.w24SetPhone(cc)
	}
	if g.r.IntN(2) == 0 {
		p.locale, p.tz = c.locale, c.tz
	}
}

// w24Age makes the subject lo to hi years old at the event.
func (g *gen) w24Age(lo, hi int) {
	age := lo + g.r.IntN(hi-lo+1)
	g.p.dob = g.t.AddDate(-age, 0, -g.r.IntN(365)).Truncate(24 * time.Hour)
	g.p.minor = age < 18
}

// w24AgeAt is the subject's age in whole years at the event.
func (g *gen) w24AgeAt() int {
	a := g.t.Year() - g.p.dob.Year()
	if g.t.YearDay() < g.p.dob.YearDay() {
		a--
	}
	return a
}

// w24SetPhone gives the subject a mobile number of cc.
func (g *gen) w24SetPhone(cc string) {
	e, nat := phoneNumber(g.r, cc)
	if e == "" {
		return
	}
	p := g.p
	p.phoneCC, p.phoneE164, p.phoneNat = cc, e, nat
	p.phone = phoneNotation(g.r, e, nat)
}

// w24NSN is the national significant number of the subject's phone.
func (g *gen) w24NSN() string {
	n, err := phonenumbers.Parse(g.p.phoneE164, "")
	if err != nil {
		return strings.TrimPrefix(g.p.phoneE164, "+")
	}
	return phonenumbers.GetNationalSignificantNumber(n)
}

// w24Title capitalises each word.
func w24Title(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

var w24Fold = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ą': "a", 'æ': "ae",
	'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'ę': "e", 'í': "i", 'ì': "i", 'î': "i", 'ï': "i",
	'ó': "o", 'ò': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ú': "u", 'ù': "u", 'û': "u", 'ü': "u",
	'ç': "c", 'ć': "c", 'ñ': "n", 'ń': "n", 'ł': "l", 'ś': "s", 'ź': "z", 'ż': "z", 'ß': "ss",
}

// w24Ascii is s as e-mail addresses write it: lower-case letters and
// digits, diacritics dropped.
func w24Ascii(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteRune(c)
		case w24Fold[c] != "":
			b.WriteString(w24Fold[c])
		}
	}
	return b.String()
}

// w24Email is an address made of the Latin spelling of a name.
func (g *gen) w24Email(givenL, familyL string, domains []string) string {
	gl, fl := w24Ascii(givenL), w24Ascii(familyL)
	if gl == "" {
		gl = "user"
	}
	if fl == "" {
		fl = g.chars("abcdefghijklmnopqrstuvwxyz", 5)
	}
	local := pick(g.r, []string{gl + "." + fl, gl + fl, gl + "_" + fl, gl[:1] + fl, fl + "." + gl})
	if g.r.IntN(3) == 0 {
		local += fmt.Sprint(g.r.IntN(100))
	}
	return local + "@" + pick(g.r, domains)
}

// w24JWT is a signed JWT of the claims (RS256-sized signature).
func (g *gen) w24JWT(header string, claims *node) string {
	enc := base64.RawURLEncoding
	sig := make([]byte, 256)
	for i := range sig {
		sig[i] = byte(g.r.UintN(256))
	}
	return enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString(render(claims, &Label{})) + "." + enc.EncodeToString(sig)
}

// w24JWE is an encrypted JWT (RSA-OAEP-256, A256GCM) of n bytes of
// ciphertext.
func (g *gen) w24JWE(kid string, n int) string {
	enc := base64.RawURLEncoding
	bytes := func(k int) string {
		b := make([]byte, k)
		for i := range b {
			b[i] = byte(g.r.UintN(256))
		}
		return enc.EncodeToString(b)
	}
	header := `{"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"` + kid + `","cty":"JWT"}`
	return enc.EncodeToString([]byte(header)) + "." + bytes(256) + "." + bytes(12) + "." + bytes(n) + "." + bytes(16)
}

// w24Bytes is n random bytes in standard base64.
func (g *gen) w24Bytes(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.r.UintN(256))
	}
	return base64.StdEncoding.EncodeToString(b)
}

// w24Round rounds v to the unit (1000, 100, 1, or 0.01 for cents).
func w24Round(v, unit float64) float64 { return math.Round(v/unit) * unit }

// w24Luhn is body with its Luhn check digit.
func w24Luhn(body string) string { return body + fmt.Sprint(luhnDigit(body)) }

// ---------------------------------------------------------- Checkout.com

// w24CKOPlace is a billing address as a checkout form takes it.
type w24CKOPlace struct{ line1, line2, city, state, zip string }

var w24CKOPlaces = map[string][]w24CKOPlace{
	"AE": {
		{"Apartment 1204, Marina Heights Tower", "Dubai Marina", "Dubai", "Dubai", ""},
		{"Villa 18, Street 22b", "Al Barsha 2", "Dubai", "Dubai", ""},
		{"Flat 305, Al Reem Tower B", "Al Reem Island", "Abu Dhabi", "Abu Dhabi", ""},
		{"شقة 702، بناية الوحدة", "شارع الشيخ زايد", "دبي", "دبي", ""},
		{"Building 14, Flat 9, Al Nahda 2", "", "Sharjah", "Sharjah", ""},
	},
	"SA": {
		{"7452 King Fahd Rd, Al Olaya", "Unit 12", "Riyadh", "Riyadh Province", "12211"},
		{"2785 Prince Sultan St, Al Rawdah", "", "Jeddah", "Makkah Province", "23432"},
		{"8228 طريق الملك عبدالعزيز، حي الملقا", "وحدة 3", "الرياض", "منطقة الرياض", "13524"},
		{"3561 Dhahran St, Al Khobar Al Shamalia", "", "Al Khobar", "Eastern Province", "34428"},
	},
	"EG": {
		{"15 شارع التحرير، الدقي", "الدور الرابع، شقة 8", "الجيزة", "الجيزة", "12611"},
		{"22 Road 9, Maadi", "Apartment 5", "Cairo", "Cairo Governorate", "11728"},
		{"48 Abbas El Akkad St, Nasr City", "", "Cairo", "Cairo Governorate", "11765"},
		{"12 شارع فؤاد، محطة الرمل", "", "الإسكندرية", "الإسكندرية", "21111"},
	},
	"GB": {
		{"Flat 3, 27 Camden Road", "", "London", "Greater London", "NW1 9LN"},
		{"14 Deansgate", "Apartment 61", "Manchester", "Greater Manchester", "M3 2BA"},
		{"8 Morningside Drive", "", "Edinburgh", "City of Edinburgh", "EH10 5LY"},
		{"112 Corporation Street", "", "Birmingham", "West Midlands", "B4 6SX"},
	},
}

// w24CKOIssuers are card issuers by country, as BIN tables name them.
var w24CKOIssuers = map[string][]string{
	"AE": {"EMIRATES NBD BANK (P.J.S.C.)", "ABU DHABI COMMERCIAL BANK", "FIRST ABU DHABI BANK P.J.S.C.", "MASHREQ BANK"},
	"SA": {"AL RAJHI BANKING AND INVESTMENT CORP.", "THE SAUDI NATIONAL BANK", "RIYAD BANK", "ALINMA BANK"},
	"EG": {"NATIONAL BANK OF EGYPT", "BANQUE MISR", "COMMERCIAL INTERNATIONAL BANK (EGYPT) S.A.E."},
	"GB": {"BARCLAYS BANK PLC", "MONZO BANK LIMITED", "HSBC UK BANK PLC", "LLOYDS BANK PLC"},
	"DE": {"DEUTSCHE KREDITBANK AG", "COMMERZBANK AG", "N26 BANK AG"},
	"FR": {"BNP PARIBAS", "SOCIETE GENERALE", "BOURSORAMA"},
	"NL": {"ING BANK N.V.", "ABN AMRO BANK N.V.", "BUNQ B.V."},
	"ES": {"CAIXABANK, S.A.", "BANCO SANTANDER, S.A."},
	"IT": {"INTESA SANPAOLO S.P.A.", "UNICREDIT S.P.A."},
	"IN": {"HDFC BANK LTD", "ICICI BANK LIMITED", "STATE BANK OF INDIA"},
	"PK": {"HABIB BANK LIMITED", "MEEZAN BANK LIMITED"},
	"PH": {"BDO UNIBANK, INC.", "BANK OF THE PHILIPPINE ISLANDS"},
	"US": {"JPMORGAN CHASE BANK N.A.", "BANK OF AMERICA, N.A."},
}

// w24CKOCurrency is the currency a cardholder of the country pays in and
// what a US dollar is worth in it.
var w24CKOCurrency = map[string]struct {
	code string
	per  float64
}{
	"AE": {"AED", 3.67}, "SA": {"SAR", 3.75}, "EG": {"EGP", 48}, "GB": {"GBP", 0.79}, "US": {"USD", 1},
	"DE": {"EUR", 0.92}, "FR": {"EUR", 0.92}, "NL": {"EUR", 0.92}, "ES": {"EUR", 0.92}, "IT": {"EUR", 0.92},
	"BE": {"EUR", 0.92}, "IE": {"EUR", 0.92}, "PT": {"EUR", 0.92}, "AT": {"EUR", 0.92}, "PL": {"PLN", 3.95},
}

// w24CKOMerchant is a merchant on Checkout.com: what it sells (US cents)
// and its reference style.
type w24CKOMerchant struct {
	kind, name string
	items      []w24Item
}

var w24CKOMerchants = []w24CKOMerchant{
	{"fashion", "Souq Moda", []w24Item{{"Abaya - black nida, size 56", 8500, ""}, {"Linen kandura, white, size 58", 6000, ""}, {"Running shoes, EU 42", 12000, ""}, {"Oud perfume 100 ml", 14000, ""}, {"Prayer mat with travel pouch", 2500, "religion"}}},
	{"electronics", "Gadget Galaxy", []w24Item{{"iPhone 16 Pro 256GB", 119900, ""}, {"AirPods Pro (2nd generation)", 24900, ""}, {"Galaxy Watch7 44mm", 29900, ""}, {"Quran speaker with remote", 4500, "religion"}}},
	{"airline", "SkyGulf Airways", []w24Item{{"DXB-LHR Economy Saver, 1 adult", 62000, ""}, {"RUH-JED Business Flex, 1 adult", 41000, ""}, {"CAI-JED Umrah fare, 1 adult", 38000, "religion"}, {"LHR-CAI Economy, 2 adults", 98000, ""}}},
	{"charity", "Ummah Relief", []w24Item{{"Zakat al-Mal", 25000, "religion"}, {"Zakat al-Fitr x5", 3000, "religion"}, {"Sadaqah Jariyah - water well", 15000, "religion"}, {"Ramadan food parcel", 6000, "religion"}, {"Emergency appeal - earthquake relief", 10000, ""}}},
	{"clinic", "Wellspring Medical Centre", []w24Item{{"General practitioner video consultation", 6000, ""}, {"IVF consultation", 30000, "health"}, {"Psychiatry follow-up", 18000, "health"}, {"HbA1c and lipid panel", 9000, "health"}, {"Dental cleaning", 8000, ""}, {"HIV PEP consultation", 12000, "health"}}},
	{"telecom", "Falcon Mobile", []w24Item{{"eSIM 20GB / 30 days", 2500, ""}, {"Postpaid bill - monthly", 4500, ""}}},
	{"education", "Horizon International School", []w24Item{{"Tuition - Term 2", 240000, ""}, {"School bus - Term 2", 60000, ""}, {"After-school Quran club - Term 2", 15000, "religion"}}},
	{"gaming", "Arena Games", []w24Item{{"2,800 V-Bucks", 2300, ""}, {"Season battle pass", 1000, ""}}},
}

// w24CKOID is an identifier as Checkout.com writes them: a prefix and 26
// base-32 characters.
func (g *gen) w24CKOID(prefix string) string {
	return prefix + g.chars("abcdefghijklmnopqrstuvwxyz234567", 26)
}

func checkoutcomWebhook(g *gen) *node {
	switch x := g.r.IntN(16); {
	case x < 3:
		if g.r.IntN(2) == 0 {
			// An expatriate: most of the UAE's residents are.
			g.w24Redraw(pick(g.r, []string{"IN", "IN", "PK", "PH", "EG", "GB"}))
			g.w24Relocate("AE")
		} else {
			g.w24Redraw("AE")
		}
	case x < 6:
		g.w24Redraw("SA")
	case x < 8:
		g.w24Redraw("EG")
	case x < 11:
		g.w24Redraw("GB")
	case x < 14:
		g.w24Redraw(pick(g.r, []string{"DE", "FR", "NL", "ES", "IT", "BE", "IE", "PT", "AT", "PL"}))
	}
	g.w24Age(18, 78)
	p := g.p
	cc := p.c.code
	var pl w24CKOPlace
	if l, ok := w24CKOPlaces[cc]; ok {
		pl = pick(g.r, l)
	} else {
		pl = w24CKOPlace{p.street, "", p.city, p.region, p.post}
		if g.r.IntN(4) == 0 {
			pl.line2 = pick(g.r, []string{"2nd floor", "Apt 4", "c/o " + w24Title(p.familyL)})
		}
	}
	cur, ok := w24CKOCurrency[cc]
	if !ok {
		cur = w24CKOCurrency["US"]
	}
	givenL, familyL := w24Title(p.givenL), w24Title(p.familyL)
	latinName := givenL + " " + familyL
	nativeName := p.fullName()
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.0000000Z") }
	m := pick(g.r, w24CKOMerchants)
	switch m.kind {
	case "education":
		g.w24Age(30, 55) // a parent pays the school
	}

	// What was bought.
	var items []*node
	total := 0
	var first w24Item
	var taken []w24Item
	for i := range 1 + g.r.IntN(2) {
		it := g.w24PickNew(m.items, 3, taken)
		taken = append(taken, it)
		if i == 0 {
			first = it
		}
		minor := int(w24Round(float64(it.price)*cur.per, 100))
		total += minor
		items = append(items, O("name", w24Text(it.name, it.cat), "quantity", N(1), "unit_price", N(minor)))
		if m.kind == "charity" || m.kind == "clinic" || m.kind == "airline" {
			break
		}
	}

	payID, actID, cusID, srcID := g.w24CKOID("pay_"), g.w24CKOID("act_"), g.w24CKOID("cus_"), g.w24CKOID("src_")
	ref := pick(g.r, []string{"ORD-" + pattern(g.r, "####-####"), pattern(g.r, "1#######"), strings.ToUpper(m.kind[:3]) + "-" + pattern(g.r, "######")})
	api := "https://" + g.hex(8) + ".api.checkout.com"

	// The customer, built where the event carries it (its phone's country
	// is recorded only then).
	customer := func() *node {
		cust := O("id", P(cusID))
		if g.r.IntN(4) != 0 {
			cust.set("email", P(p.email))
		}
		if g.r.IntN(2) == 0 {
			cust.set("name", P(pick(g.r, []string{latinName, nativeName})))
		}
		if g.r.IntN(2) == 0 && g.p.showPhone {
			cust.set("phone", O("country_code", N("+"+callingCode(p.phoneE164)), "number", g.phone(g.w24NSN())))
		}
		return cust
	}

	// The merchant's metadata, built where the event carries it.
	child := ""
	if m.kind == "education" {
		cg, _ := split(pick(g.r, p.c.given))
		child = cg + " " + p.family
	}
	metadata := func() *node {
		meta := O()
		switch m.kind {
		case "fashion", "electronics":
			if g.r.IntN(2) == 0 {
				meta.set("coupon_code", N(pick(g.r, []string{"RAMADAN20", "WELCOME10", "WHITEFRIDAY", "SUMMER15"})))
			}
			meta.set("cart_id", N(g.uuid()))
			meta.set("channel", N(pick(g.r, []string{"web", "ios", "android"})))
		case "airline":
			meta.set("pnr", P(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)))
			meta.set("passenger_name", P(strings.ToUpper(familyL+"/"+givenL)+pick(g.r, []string{" MR", " MRS", " MS", ""})))
			if g.r.IntN(3) == 0 {
				meta.set("frequent_flyer", P("SG"+pattern(g.r, "#########")))
			}
		case "charity":
			meta.set("campaign", w24Text(first.name, first.cat))
			if g.r.IntN(2) == 0 {
				meta.set("donor_name", P(pick(g.r, []string{nativeName, latinName})))
			}
			if g.r.IntN(3) == 0 {
				meta.set("dedication", P("On behalf of my late father, "+pick(g.r, []string{"Abdullah", "Mahmoud", "Yusuf", "Ibrahim"})+" "+familyL))
			}
			if cc == "GB" {
				meta.set("gift_aid", N(g.r.IntN(2) == 0))
			}
		case "clinic":
			meta.set("booking_id", N("BK"+pattern(g.r, "#######")))
			meta.set("service", w24Text(first.name, first.cat))
			meta.set("patient_file_no", P("MRN-"+pattern(g.r, "########")))
			if g.r.IntN(2) == 0 {
				meta.set("doctor", P("Dr. "+pick(g.r, []string{"Samira Haddad", "Omar Farouk", "Helen Carter", "Rajesh Menon"})))
			}
		case "telecom":
			if ph := g.phone(strings.TrimPrefix(p.phoneE164, "+")); ph != nil {
				meta.set("msisdn", ph)
			}
			meta.set("plan", N(pick(g.r, []string{"FLEX-20", "POSTPAID-PLUS", "DATA-ONLY"})))
		case "education":
			meta.set("student_name", P(child))
			meta.set("student_id", P("HIS-"+pattern(g.r, "#####")))
			meta.set("grade", P(pick(g.r, []string{"Grade 3", "Grade 7", "Year 9", "KG2"})))
		case "gaming":
			meta.set("player_id", P(g.hex(16)))
		}
		return meta
	}

	// The card.
	icc := cc
	if p.cit != p.c && g.r.IntN(2) == 0 {
		icc = p.cit.code // pays with the card from home
	}
	scheme := pick(g.r, []string{"VISA", "VISA", "MASTERCARD", "MASTERCARD", "AMEX"})
	local := ""
	var bin string
	switch {
	case icc == "SA" && g.r.IntN(2) == 0:
		local = "mada"
		bin = pick(g.r, []string{"588845", "440647", "446404", "457865", "968208"})
		if bin == "968208" {
			scheme = "MADA"
		} else if bin[0] == '4' {
			scheme = "VISA"
		} else {
			scheme = "MASTERCARD"
		}
	case icc == "FR" && scheme != "AMEX" && g.r.IntN(2) == 0:
		local = "cartes_bancaires"
	}
	if bin == "" {
		switch scheme {
		case "VISA":
			bin = pick(g.r, []string{"453201", "476173", "492182", "410039", "446291", "465858"})
		case "MASTERCARD":
			bin = pick(g.r, []string{"520082", "535522", "552433", "542418", "514876"})
		default:
			bin = pick(g.r, []string{"374245", "371449", "378734"})
		}
	}
	last4 := pattern(g.r, "####")
	expM, expY := 1+g.r.IntN(12), g.t.Year()+1+g.r.IntN(5)
	var holder *node
	if g.r.IntN(4) != 0 {
		holder = P(pick(g.r, []string{strings.ToUpper(latinName), latinName, strings.ToUpper(givenL + " " + familyL[:1])}))
	}
	fingerprint := strings.ToUpper(g.hex(64))
	par := pick(g.r, []string{"V001", "5001"}) + strings.ToUpper(g.chars("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 25))
	source := func(full bool) *node {
		s := O("id", P(srcID), "type", N("card"))
		if g.r.IntN(4) == 0 {
			s.set("card_wallet_type", N(pick(g.r, []string{"applepay", "googlepay"})))
		}
		if full && p.showResidence && g.r.IntN(5) != 0 {
			b := O("line1", g.addr(pl.line1))
			if pl.line2 != "" {
				b.set("line2", g.addr(pl.line2))
			}
			b.set("town_city", g.addr(pl.city))
			if pl.state != "" {
				b.set("state", g.addrN(pl.state))
			}
			if pl.zip != "" {
				b.set("zip", g.addr(pl.zip))
			}
			b.set("country", g.residence(cc))
			s.set("billing_address", b)
		} else if full && g.r.IntN(2) == 0 {
			s.set("billing_address", O())
		}
		if full && g.r.IntN(5) == 0 {
			if ph := g.phone(g.w24NSN()); ph != nil {
				s.set("phone", O("country_code", N("+"+callingCode(p.phoneE164)), "number", ph))
			}
		}
		s.set("expiry_month", P(expM))
		s.set("expiry_year", P(expY))
		if holder != nil {
			s.set("name", holder)
		}
		s.set("scheme", N(scheme))
		if local != "" {
			s.set("scheme_local", N(local))
		}
		s.set("last_4", P(last4))
		s.set("fingerprint", P(fingerprint))
		s.set("bin", N(bin))
		if !full {
			return s
		}
		s.set("card_type", N(pick(g.r, []string{"CREDIT", "DEBIT", "DEBIT", "PREPAID"})))
		s.set("card_category", N(pick(g.r, []string{"CONSUMER", "CONSUMER", "COMMERCIAL"})))
		if l, ok := w24CKOIssuers[icc]; ok {
			s.set("issuer", N(pick(g.r, l)))
		}
		// The issuing bank's country: where the card was issued, as a
		// phone number tells where it was.
		s.set("issuer_country", N(icc))
		g.lab.Weak = addCountry(g.lab.Weak, icc)
		s.set("product_id", N(pick(g.r, []string{"A", "F", "MWE", "MDS", "I"})))
		s.set("product_type", N(map[string]string{"VISA": pick(g.r, []string{"Visa Classic", "Visa Platinum", "Visa Signature", "Visa Infinite"}), "MASTERCARD": pick(g.r, []string{"World Elite", "Standard", "Debit Mastercard"}), "AMEX": "Consumer", "MADA": "mada"}[scheme]))
		s.set("avs_check", N(pick(g.r, []string{"S", "Y", "N", "G"})))
		s.set("cvv_check", N(pick(g.r, []string{"Y", "Y", ""})))
		if g.r.IntN(2) == 0 {
			s.set("payment_account_reference", P(par))
		}
		return s
	}

	typ := pick(g.r, []string{
		"payment_approved", "payment_approved", "payment_approved", "payment_approved",
		"payment_captured", "payment_captured", "payment_captured",
		"payment_declined", "payment_declined", "payment_refunded",
		"dispute_received", "dispute_evidence_required", "dispute_won", "dispute_lost",
	})
	txAt := g.t.Add(-time.Duration(2+g.r.IntN(50)) * time.Second)
	processing := O("acquirer_transaction_id", N(pattern(g.r, "2###################")), "retrieval_reference_number", N(pattern(g.r, "0##########")))
	risk := O("flagged", N(false), "score", N(g.r.IntN(40)))
	var data *node
	dispute := strings.HasPrefix(typ, "dispute_")
	switch typ {
	case "payment_approved", "payment_declined":
		code, summary := "10000", "Approved"
		if typ == "payment_declined" {
			c := pick(g.r, [][2]string{{"20051", "Insufficient Funds"}, {"20005", "Declined - Do Not Honour"}, {"20054", "Expired Card"}, {"20059", "Suspected Fraud"}, {"20046", "Closed Account"}})
			code, summary = c[0], c[1]
			if code == "20059" {
				risk = O("flagged", N(true), "score", N(75+g.r.IntN(25)))
			}
		}
		data = O("id", N(payID), "action_id", N(actID), "reference", N(ref), "amount", N(total))
		if typ == "payment_approved" {
			data.set("auth_code", N(pattern(g.r, "######")))
		}
		data.set("currency", N(cur.code))
		data.set("customer", customer())
		data.set("payment_ip", P(p.ip))
		data.set("metadata", metadata())
		data.set("payment_type", N(pick(g.r, []string{"Regular", "Regular", "Recurring"})))
		data.set("processed_on", N(z(txAt)))
		data.set("processing", processing)
		if g.r.IntN(3) != 0 {
			tds := O("downgraded", N(false), "enrolled", N("Y"), "signature_valid", N("Y"), "authentication_response", N(pick(g.r, []string{"Y", "Y", "A"})))
			if typ == "payment_approved" {
				// The authentication value the issuer's ACS returned: a one-time
				// proof of the cardholder's authentication.
				tds.set("cryptogram", C(g.w24Bytes(20)))
			}
			tds.set("xid", N(g.uuid()))
			tds.set("eci", N(pick(g.r, []string{"05", "02", "06"})))
			tds.set("version", N(pick(g.r, []string{"2.2.0", "2.1.0"})))
			tds.set("exemption", N(pick(g.r, []string{"none", "none", "low_value", "trusted_listing"})))
			tds.set("challenged", N(g.r.IntN(2) == 0))
			data.set("3ds", tds)
		}
		data.set("cko_network_token_available", N(g.r.IntN(2) == 0))
		data.set("pan_type_processed", N(pick(g.r, []string{"fpan", "network_token"})))
		data.set("response_code", N(code))
		data.set("response_summary", N(summary))
		data.set("risk", risk)
		data.set("scheme_id", N(pattern(g.r, "###############")))
		data.set("source", source(true))
	case "payment_captured", "payment_refunded":
		amount := total
		if typ == "payment_refunded" && g.r.IntN(2) == 0 {
			amount = total / 2
		}
		data = O("id", N(payID), "action_id", N(g.w24CKOID("act_")), "reference", N(ref), "amount", N(amount))
		bal := O("total_authorized", N(total), "total_captured", N(total))
		if typ == "payment_refunded" {
			bal.set("total_refunded", N(amount))
		} else {
			bal.set("available_to_capture", N(0))
		}
		data.set("balances", bal)
		data.set("currency", N(cur.code))
		if g.r.IntN(2) == 0 {
			data.set("customer", customer())
		}
		data.set("metadata", metadata())
		data.set("processed_on", N(z(txAt)))
		data.set("processing", O("acquirer_reference_number", N(pattern(g.r, "7#####################")), "acquirer_transaction_id", N(pattern(g.r, "2###################"))))
		data.set("response_code", N("10000"))
		data.set("response_summary", N("Approved"))
		if g.r.IntN(2) == 0 {
			data.set("source", source(false))
		}
	default:
		cat := pick(g.r, []string{"fraudulent", "fraudulent", "product_service_not_received", "duplicate", "not_as_described", "canceled_recurring", "incorrect_amount"})
		data = O(
			"id", N("dsp_"+g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 20)),
			"date", N(g.t.Add(-time.Second).UTC().Format("2006-01-02T15:04:05.0000000+00:00")),
			"category", N(cat),
			"amount", N(total),
			"currency", N(cur.code),
			"reason_code", N(pick(g.r, []string{"10.4", "13.1", "13.3", "4837", "4853", "12.6.1"})),
			"payment_id", N(payID),
			"payment_action_id", N(actID),
			"payment_reference", N(ref),
			"payment_arn", N(pattern(g.r, "7#####################")),
			"payment_method", N(scheme),
			"client_id", N(g.w24CKOID("cli_")),
			"processing_channel_id", N(g.w24CKOID("pc_")),
			"entity_id", N(g.w24CKOID("ent_")),
		)
		if typ == "dispute_received" || typ == "dispute_evidence_required" {
			data.set("evidence_required_by", N(g.t.AddDate(0, 0, 14).UTC().Format("2006-01-02")+"T18:00:00+00:00"))
		}
	}
	evtID := g.w24CKOID("evt_")
	links := O("self", O("href", N(api+"/workflows/events/"+evtID)))
	if dispute {
		links.set("dispute", O("href", N(api+"/disputes/"+data.obj[0].val.raw)))
	} else {
		links.set("payment", O("href", N(api+"/payments/"+payID)))
	}
	evt := O("id", N(evtID), "type", N(typ), "version", N(pick(g.r, []string{"1.0.33", "1.0.29", "1.2.0"})), "created_on", N(z(g.t)), "data", data, "_links", links)

	// How the merchant logs it, decided first: the order and the evidence
	// are built (and their labels recorded) only when the log holds them.
	layout := g.r.IntN(6)
	withOrder := layout != 3 && layout != 5

	// The merchant's order, which disputes and fulfilment look up.
	var order *node
	if withOrder && (dispute || g.r.IntN(3) == 0) {
		oc := O("name", P(pick(g.r, []string{nativeName, latinName})), "email", P(p.email))
		if ph := g.phone(p.phone); ph != nil {
			oc.set("phone", ph)
		}
		order = O("order_id", N(ref), "payment_id", N(payID), "status", N(map[bool]string{true: "disputed", false: "paid"}[dispute]), "currency", N(cur.code), "total", N(total), "customer", oc, "items", A(items...))
		if child != "" {
			order.set("student", O("name", P(child)))
		}
		if p.showResidence && (m.kind == "fashion" || m.kind == "electronics") {
			sa := O("line1", g.addr(pl.line1))
			if pl.line2 != "" {
				sa.set("line2", g.addr(pl.line2))
			}
			sa.set("city", g.addr(pl.city))
			if pl.zip != "" {
				sa.set("postcode", g.addr(pl.zip))
			}
			sa.set("country", g.residence(pick(g.r, []string{cc, g.english()})))
			order.set("shipping_address", sa)
		}
	}
	var evidence *node
	if layout == 4 && dispute && typ != "dispute_won" && typ != "dispute_lost" && g.r.IntN(2) == 0 {
		evidence = O()
		switch {
		case m.kind == "fashion" || m.kind == "electronics":
			if p.showResidence {
				evidence.set("proof_of_delivery_or_service_text", P("Delivered on "+g.t.AddDate(0, 0, -20).Format("2 January 2006")+" to "+pl.line1+", "+pl.city+"; signed for by "+givenL+"."))
				g.lab.Residence = addCountry(g.lab.Residence, cc)
			} else {
				evidence.set("proof_of_delivery_or_service_text", N("Courier proof of delivery attached (AWB and signature)."))
			}
		case m.kind == "clinic":
			c := first.cat
			if c == "" {
				c = "p"
			}
			evidence.set("proof_of_delivery_or_service_text", w24Text("Patient attended the "+strings.ToLower(first.name)+" on "+g.t.AddDate(0, 0, -30).Format("2 January 2006")+"; clinical notes available on request.", c))
		default:
			evidence.set("proof_of_delivery_or_service_text", N("Service was provided as ordered; logs attached."))
		}
		if g.r.IntN(2) == 0 {
			evidence.set("customer_communication_text", P("Customer "+latinName+" ("+p.email+") confirmed the purchase by e-mail before the chargeback."))
		}
		evidence.set("proof_of_delivery_or_service_file", N("file_"+g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 26)))
	}

	body := string(render(evt, &Label{}))
	sig := C(w22HMAC(g.uuid(), body))
	auth := C(pick(g.r, []string{"Bearer " + g.b62(40), g.uuid(), "whk_" + g.b62(32)}))
	path := pick(g.r, []string{"/webhooks/checkout", "/api/payments/cko/events", "/hooks/checkout-com"})
	switch layout {
	case 0, 1:
		out := O(
			"received_at", N(g.t.Add(time.Duration(200+g.r.IntN(800))*time.Millisecond).UTC().Format(time.RFC3339Nano)),
			"method", N("POST"),
			"path", N(path),
			"headers", O("Content-Type", N("application/json; charset=utf-8"), "Authorization", auth, "Cko-Signature", sig),
			"body", w23Raw(body, w24Leaves(evt)),
		)
		if order != nil {
			out.set("order", order)
		}
		return out
	case 2:
		out := O("headers", O("authorization", auth, "cko-signature", sig), "signature_valid", N(true), "event", evt)
		if order != nil {
			out.set("order", order)
		}
		return out
	case 3:
		// Delivered through Amazon EventBridge.
		return O(
			"version", N("0"),
			"id", N(g.uuid()),
			"detail-type", N(typ),
			"source", N("aws.partner/checkout.com/"+g.w24CKOID("ent_")+"/events"),
			"account", N(pattern(g.r, "############")),
			"time", N(g.t.UTC().Format(time.RFC3339)),
			"region", N(pick(g.r, []string{"eu-west-1", "me-central-1", "eu-central-1"})),
			"resources", A(),
			"detail", evt,
		)
	case 4:
		out := O("event", evt)
		if order != nil {
			out.set("order", order)
		}
		if evidence != nil {
			out.set("evidence_submitted", evidence)
		}
		return out
	}
	return evt
}

// ---------------------------------------------------------------- Shopee

// w24SPAddr is a Shopee recipient address: the subdistrict (town), the
// district, the city, the state and the street part, with its postcode.
type w24SPAddr struct{ town, district, city, state, zip, street string }

// w24SPMarket is one of Shopee's markets: its currency (what a US dollar
// is worth, rounded to unit), payment methods (the first cash on
// delivery), carriers, addresses, goods, prescription drugs and notes.
type w24SPMarket struct {
	currency string
	per      float64
	unit     float64
	payments []string
	carriers []string
	addrs    []w24SPAddr
	items    []w24Item
	rx       []w24Item
	notes    []bioLine
	cancel   []string
}

var w24SPMarkets = map[string]w24SPMarket{
	"ID": {"IDR", 16000, 100, []string{"COD (Bayar di Tempat)", "ShopeePay", "ShopeePay", "Transfer Bank (BCA Virtual Account)", "SPayLater", "Alfamart / Alfamidi"}, []string{"SPX Express", "J&T Express", "JNE Reguler", "SiCepat REG"},
		[]w24SPAddr{
			{"Kebon Jeruk", "Kebon Jeruk", "KOTA JAKARTA BARAT", "DKI JAKARTA", "11530", "Jl. Panjang No. 25, RT.5/RW.2"},
			{"Ketintang", "Gayungan", "KOTA SURABAYA", "JAWA TIMUR", "60231", "Jl. Ketintang Baru III No. 14"},
			{"Sukajadi", "Sukajadi", "KOTA BANDUNG", "JAWA BARAT", "40162", "Gg. Mawar No. 7, RT.03/RW.05"},
			{"Condongcatur", "Depok", "KAB. SLEMAN", "DI YOGYAKARTA", "55281", "Perum Griya Asri Blok C-12"},
		},
		[]w24Item{{"Kaos Polos Cotton Combed 30s - Hitam, L", 350, ""}, {"Casing HP iPhone 13 Silikon Bening", 150, ""}, {"Kopi Kapal Api Special 380g", 250, ""}, {"Skincare Wardah Lightening Series Paket", 1200, ""}, {"Mukena Katun Rayon Jumbo Motif Bunga", 1100, "religion"}, {"Al-Quran Terjemah Tajwid A5", 900, "religion"}, {"Sajadah Turki Tebal Premium", 800, "religion"}, {"Test Pack Sensitif Akurat isi 2", 150, "health"}, {"Alat Cek Gula Darah GlucoDr + 25 Strip", 1800, "health"}},
		[]w24Item{{"Amoxicillin 500 mg 10 Kapsul", 200, "health"}, {"Metformin 500 mg 10 Tablet", 150, "health"}, {"Amlodipine 10 mg 30 Tablet", 300, "health"}},
		[]bioLine{{"", "Tolong packing aman ya kak, pakai bubble wrap"}, {"", "Kirim sebelum jam 12 ya"}, {"", "Warna hitam kalau ada, kalau habis navy"}, {"health", "Untuk ibu saya yang diabetes, mohon cepat dikirim"}, {"religion", "Buat dipakai sholat Idul Fitri, tolong sampai sebelum lebaran"}, {"health", "Saya sedang hamil, jangan telpon malam ya kak"}},
		[]string{"Perlu mengubah alamat pengiriman", "Ingin mengubah rincian pesanan", "Lainnya/berubah pikiran"}},
	"TH": {"THB", 36, 1, []string{"เก็บเงินปลายทาง", "ShopeePay", "บัตรเครดิต/บัตรเดบิต", "Mobile Banking"}, []string{"SPX Express", "Kerry Express", "Flash Express"},
		[]w24SPAddr{
			{"", "คลองเตยเหนือ", "เขตวัฒนา", "กรุงเทพมหานคร", "10110", "99/12 ซอยสุขุมวิท 21"},
			{"", "สุเทพ", "อำเภอเมืองเชียงใหม่", "เชียงใหม่", "50200", "45 ถนนนิมมานเหมินท์"},
			{"", "หนองปรือ", "อำเภอบางละมุง", "ชลบุรี", "20150", "321/7 หมู่ 9"},
			{"", "ลาดยาว", "เขตจตุจักร", "กรุงเทพมหานคร", "10900", "88/5 ซอยพหลโยธิน 48"},
		},
		[]w24Item{{"เสื้อยืดคอกลม สีขาว", 300, ""}, {"หูฟังบลูทูธ TWS", 900, ""}, {"น้ำปลาแท้ ตราทิพรส 700 มล.", 150, ""}, {"พระสมเด็จ วัดระฆัง พร้อมกรอบ", 2500, "religion"}, {"ชุดสังฆทาน ถวายพระ", 1400, "religion"}, {"ที่ตรวจครรภ์ แบบจุ่ม", 200, "health"}, {"เครื่องวัดความดัน Omron HEM-7120", 3800, "health"}},
		[]w24Item{{"ยาลดความดัน Amlodipine 5 mg 30 เม็ด", 400, "health"}},
		[]bioLine{{"", "ฝากไว้กับ รปภ. ได้เลยค่ะ"}, {"", "โทรก่อนส่งนะครับ"}, {"health", "ซื้อให้คุณพ่อที่เป็นเบาหวาน ส่งด่วนนะคะ"}, {"religion", "ใช้ทำบุญวันพระ ขอให้ส่งก่อนวันเสาร์"}},
		[]string{"ต้องการเปลี่ยนที่อยู่จัดส่ง", "เปลี่ยนใจ"}},
	"VN": {"VND", 25000, 1000, []string{"Thanh toán khi nhận hàng", "ShopeePay", "Thẻ Tín dụng/Ghi nợ", "SPayLater"}, []string{"SPX Express", "Giao Hàng Nhanh", "Giao Hàng Tiết Kiệm"},
		[]w24SPAddr{
			{"", "Phường 6", "Quận 3", "TP. Hồ Chí Minh", "", "123 Nguyễn Đình Chiểu"},
			{"", "Phường Dịch Vọng Hậu", "Quận Cầu Giấy", "Hà Nội", "", "Số 18 ngõ 165 Xuân Thủy"},
			{"", "Phường Hải Châu 1", "Quận Hải Châu", "Đà Nẵng", "", "56 Bạch Đằng"},
		},
		[]w24Item{{"Áo thun nam cổ tròn cotton", 400, ""}, {"Tai nghe Bluetooth không dây", 800, ""}, {"Nước mắm Phú Quốc 40 độ đạm", 300, ""}, {"Tràng hạt gỗ trầm 108 hạt", 1500, "religion"}, {"Kinh Thánh bìa da", 1200, "religion"}, {"Que thử thai Quickstick", 100, "health"}, {"Máy đo đường huyết Accu-Chek Instant", 2800, "health"}},
		nil,
		[]bioLine{{"", "Giao giờ hành chính giúp em"}, {"", "Gọi trước khi giao nhé shop"}, {"health", "Mua cho mẹ bị tiểu đường, giao sớm giúp em"}, {"religion", "Hàng để cúng rằm, giao trước ngày 14 âm lịch nhé"}},
		[]string{"Muốn thay đổi địa chỉ giao hàng", "Đổi ý, không muốn mua nữa"}},
	"PH": {"PHP", 57, 0.01, []string{"Cash on Delivery", "ShopeePay", "GCash", "Maya", "Credit/Debit Card"}, []string{"SPX Express", "J&T Express", "Ninja Van", "Flash Express"},
		[]w24SPAddr{
			{"Teachers Village East", "Diliman", "Quezon City", "Metro Manila", "1101", "Unit 5B, 123 Maginhawa St."},
			{"Lahug", "Cebu City", "Cebu City", "Cebu", "6000", "Blk 3 Lot 8, Sitio Panagdait"},
			{"Poblacion", "Poblacion District", "Davao City", "Davao del Sur", "8000", "45 Rizal St."},
			{"Fort Bonifacio", "Taguig", "Taguig City", "Metro Manila", "1634", "Unit 1203, One Serendra East Tower, 11th Ave."},
		},
		[]w24Item{{"Oversized T-shirt Korean Style", 300, ""}, {"Phone holder for car", 250, ""}, {"Lucky Me Pancit Canton Original 6 pcs", 200, ""}, {"Holy Rosary Wooden Beads", 350, "religion"}, {"Santo Niño Statue 8 inches", 900, "religion"}, {"Pregnancy Test Kit 2 pcs", 150, "health"}, {"Glucometer with 50 strips", 1600, "health"}},
		[]w24Item{{"Losartan 50 mg 30 tablets", 500, "health"}, {"Metformin 500 mg 100 tablets", 600, "health"}},
		[]bioLine{{"", "Pa-COD po, pakiiwan na lang sa guard"}, {"", "Please text before delivery"}, {"health", "For my lola's maintenance meds, she is hypertensive"}, {"religion", "For our Simbang Gabi, pls deliver before Dec 15"}},
		[]string{"Need to change delivery address", "Change of mind", "Found a better price"}},
	"MY": {"MYR", 4.7, 0.01, []string{"Cash on Delivery", "Online Banking", "ShopeePay", "Credit Card/Debit Card"}, []string{"SPX Express", "J&T Express", "Ninja Van", "Pos Laju"},
		[]w24SPAddr{
			{"", "SS 2", "Petaling Jaya", "Selangor", "47300", "No. 12, Jalan SS 2/55"},
			{"", "Taman Tun Dr Ismail", "Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "60000", "23, Jalan Datuk Sulaiman"},
			{"", "Taman Molek", "Johor Bahru", "Johor", "81100", "No. 5, Jalan Molek 2/10"},
			{"", "Gelugor", "George Town", "Pulau Pinang", "11700", "3A-12-7, Jalan Sungai Dua"},
		},
		[]w24Item{{"Baju Kurung Moden Satin", 2500, ""}, {"Kabel Pengecas Type-C 1m", 300, ""}, {"Milo Activ-Go 1kg", 700, ""}, {"Telekung Siti Khadijah Classic", 4500, "religion"}, {"Tasbih Digital LED", 300, "religion"}, {"Ujian Kehamilan Clearblue", 800, "health"}},
		[]w24Item{{"Losartan 50mg (ubat darah tinggi) 30 biji", 900, "health"}},
		[]bioLine{{"", "Tolong letak depan pagar"}, {"", "Please pack nicely, it's a gift"}, {"health", "Untuk ayah saya yang kencing manis, tolong hantar cepat"}, {"religion", "Nak guna untuk solat terawih, harap sampai sebelum Ramadan"}},
		[]string{"Need to change delivery address", "Change of mind"}},
	"TW": {"TWD", 32, 1, []string{"貨到付款", "信用卡/金融卡", "ShopeePay 蝦皮支付", "銀行轉帳"}, []string{"蝦皮店到店", "7-ELEVEN", "全家", "黑貓宅急便"},
		[]w24SPAddr{
			{"", "", "大安區", "臺北市", "106", "忠孝東路四段100號5樓"},
			{"", "", "前鎮區", "高雄市", "806", "中山二路2號12樓之3"},
			{"", "", "西屯區", "臺中市", "407", "臺灣大道三段99號"},
		},
		[]w24Item{{"無線藍牙耳機", 900, ""}, {"保溫杯 500ml", 500, ""}, {"抽取式衛生紙 100抽x12包", 400, ""}, {"佛珠手鍊 108顆 檀香木", 700, "religion"}, {"驗孕棒 3入", 300, "health"}, {"血糖機試紙 50片", 1200, "health"}},
		nil,
		[]bioLine{{"", "請放管理室，謝謝"}, {"", "晚上七點後再送"}, {"health", "幫我媽媽買的血糖試紙，她有糖尿病，請盡快寄出"}, {"religion", "初一拜拜要用，請在初一前送到"}},
		[]string{"想修改運送地址", "不想買了"}},
	"BR": {"BRL", 5.4, 0.01, []string{"Pix", "Pix", "Boleto Bancário", "Cartão de Crédito"}, []string{"Shopee Xpress", "Correios", "Total Express", "Loggi"},
		[]w24SPAddr{
			{"", "Jardim Paulista", "São Paulo", "SP", "01415-001", "Rua Haddock Lobo, 595, Apto 82"},
			{"", "Copacabana", "Rio de Janeiro", "RJ", "22070-011", "Rua Barata Ribeiro, 502, Bloco B, Apto 1003"},
			{"", "Boa Viagem", "Recife", "PE", "51020-000", "Av. Boa Viagem, 3200"},
			{"", "Savassi", "Belo Horizonte", "MG", "30140-071", "Rua Pernambuco, 1000"},
		},
		[]w24Item{{"Fone de Ouvido Bluetooth i12", 600, ""}, {"Camiseta Básica Algodão", 500, ""}, {"Capinha iPhone 14 Transparente", 300, ""}, {"Bíblia Sagrada Letra Grande", 1200, "religion"}, {"Terço de Madeira Nossa Senhora", 400, "religion"}, {"Teste de Gravidez Clear Blue", 700, "health"}, {"Medidor de Glicose Accu-Chek + 50 tiras", 2500, "health"}},
		nil,
		[]bioLine{{"", "Deixar na portaria, por favor"}, {"", "Entregar em horário comercial"}, {"health", "É para o remédio de pressão da minha mãe, urgente"}, {"religion", "Presente para a crisma da minha afilhada"}},
		[]string{"Preciso alterar o endereço de entrega", "Desisti da compra"}},
}

// w24SPFull writes the full address as Shopee's market writes it.
func w24SPFull(cc string, a w24SPAddr) string {
	switch cc {
	case "ID":
		return a.street + ", " + strings.ToUpper(a.town) + ", " + strings.ToUpper(a.district) + ", " + a.city + ", " + a.state + ", ID, " + a.zip
	case "TH":
		return a.street + " " + a.district + " " + a.city + " " + a.state + " " + a.zip
	case "VN":
		return a.street + ", " + a.district + ", " + a.city + ", " + a.state
	case "PH":
		return a.street + ", " + a.town + ", " + a.city + ", " + a.state + ", " + a.zip
	case "MY":
		return a.street + ", " + a.district + ", " + a.zip + " " + a.city + ", " + a.state
	case "TW":
		return a.zip + a.state + a.city + a.street
	}
	return a.street + ", " + a.district + ", " + a.city + " - " + a.state + ", " + a.zip
}

// w24Mask hides all but the first and last characters, as Shopee masks a
// recipient's name.
func w24Mask(s string) string {
	r := []rune(s)
	if len(r) < 3 {
		return "****"
	}
	return string(r[0]) + strings.Repeat("*", len(r)-2) + string(r[len(r)-1])
}

func shopeeOrderDetail(g *gen) *node {
	cc := pick(g.r, []string{"ID", "ID", "ID", "TH", "TH", "VN", "VN", "PH", "PH", "MY", "MY", "TW", "TW", "BR", "BR"})
	g.w24Redraw(cc)
	g.w24Age(16, 70)
	p := g.p
	m := w24SPMarkets[cc]
	if p.phoneCC != cc && g.r.IntN(3) != 0 {
		g.w24SetPhone(cc) // Shopee wants a local number for delivery
	}
	name := p.fullName()
	if g.r.IntN(4) == 0 {
		name = w24Title(p.givenL + " " + p.familyL)
	}
	if cc == "ID" && g.r.IntN(4) == 0 {
		name = pick(g.r, []string{"Bu ", "Pak ", "Mbak ", "Kak "}) + p.given
	}
	uname := w24Ascii(p.givenL) + pick(g.r, []string{"", ".", "_"}) + w24Ascii(p.familyL)
	if g.r.IntN(2) == 0 {
		uname += fmt.Sprint(g.r.IntN(1000))
	}
	price := func(cents int) float64 {
		v := float64(cents) * m.per / 100
		if m.unit < 1 {
			return w24Round(v, 0.01)
		}
		return w24Round(v, m.unit)
	}

	sn := g.t.Format("060102") + g.chars("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 8)
	status := pick(g.r, []string{"READY_TO_SHIP", "READY_TO_SHIP", "READY_TO_SHIP", "PROCESSED", "SHIPPED", "SHIPPED", "COMPLETED", "COMPLETED", "UNPAID", "CANCELLED", "IN_CANCEL", "TO_RETURN"})
	created := g.t.Add(-time.Duration(1+g.r.IntN(96)) * time.Hour)
	pm := pick(g.r, m.payments)
	cod := pm == m.payments[0] && (cc != "BR")
	if status == "UNPAID" && cod {
		pm = m.payments[1]
		cod = false
	}
	carrier := pick(g.r, m.carriers)
	store := cc == "TW" && (carrier == "蝦皮店到店" || carrier == "7-ELEVEN" || carrier == "全家")

	// The items: a pharmacy's order carries a prescription about one time
	// in four.
	var items []*node
	var rxImages []*node
	total := 0.0
	var taken []w24Item
	for range 1 + g.r.IntN(3) {
		it := g.w24PickNew(m.items, 4, taken)
		taken = append(taken, it)
		rx := false
		if len(m.rx) > 0 && g.r.IntN(8) == 0 {
			it, rx = pick(g.r, m.rx), true
		}
		q := 1 + g.r.IntN(2)
		orig := price(it.price)
		disc := orig
		if g.r.IntN(3) == 0 {
			disc = price(it.price * 85 / 100)
		}
		total += disc * float64(q)
		itemID := int64(1000000000 + g.r.IntN(2000000000))
		li := O(
			"item_id", N(itemID),
			"item_name", w24Text(it.name, it.cat),
			"item_sku", N(pick(g.r, []string{"", "SKU-" + pattern(g.r, "#####")})),
			"model_id", N(int64(10000000000+g.r.Int64N(90000000000))),
			"model_name", N(pick(g.r, []string{"", "", "Default", "1 pcs", "Black", "White,M"})),
			"model_sku", N(""),
			"model_quantity_purchased", N(q),
			"model_original_price", N(orig),
			"model_discounted_price", N(disc),
			"wholesale", N(false),
			"weight", N(float64(1+g.r.IntN(20))/10),
			"add_on_deal", N(false),
			"main_item", N(false),
			"add_on_deal_id", N(0),
			"promotion_type", N(pick(g.r, []string{"", "product_promotion", "flash_sale"})),
			"promotion_id", N(0),
			"order_item_id", N(itemID),
			"promotion_group_id", N(0),
			"image_info", O("image_url", N("https://cf.shopee."+map[string]string{"ID": "co.id", "TH": "co.th", "VN": "vn", "PH": "ph", "MY": "com.my", "TW": "tw", "BR": "com.br"}[cc]+"/file/"+g.hex(32))),
			"product_location_id", A(N(cc+"Z")),
			"is_prescription_item", N(rx),
			"is_b2c_owned_item", N(false),
		)
		if rx {
			// The photo of the prescription the buyer uploaded.
			rxImages = append(rxImages, S("https://cf.shopee."+map[string]string{"ID": "co.id", "TH": "co.th", "PH": "ph", "MY": "com.my"}[cc]+"/file/rx-"+g.hex(32), "health"))
		}
		items = append(items, li)
	}
	fee := price(pick(g.r, []int{0, 100, 150, 250}))
	total += fee

	order := O(
		"order_sn", N(sn),
		"region", N(cc), // the shop's market, not the buyer's stated residence
		"currency", N(m.currency),
		"cod", N(cod),
		"total_amount", N(w24Round(total, map[bool]float64{true: 0.01, false: m.unit}[m.unit < 1])),
		"order_status", N(status),
		"shipping_carrier", N(carrier),
		"payment_method", N(pm),
		"estimated_shipping_fee", N(fee),
	)
	if g.r.IntN(3) == 0 {
		order.set("message_to_seller", g.w24Note(m.notes))
	} else {
		order.set("message_to_seller", N(""))
	}
	order.set("create_time", N(created.Unix()))
	order.set("update_time", N(g.t.Unix()))
	order.set("days_to_ship", N(2+g.r.IntN(2)))
	order.set("ship_by_date", N(created.Add(72*time.Hour).Unix()))
	uid := 10000000 + g.r.IntN(900000000)
	order.set("buyer_user_id", P(uid))
	order.set("buyer_username", P(uname))

	// The recipient: masked while unpaid, and after a completed order's
	// protection period.
	if p.showResidence && g.r.IntN(6) != 0 {
		a := pick(g.r, m.addrs)
		masked := status == "UNPAID" || status == "CANCELLED" || status == "COMPLETED" && g.r.IntN(2) == 0
		ra := O()
		nsn := g.w24NSN()
		ph := strings.TrimPrefix(p.phoneE164, "+")
		if cc == "TW" && len(nsn) == 9 && g.r.IntN(2) == 0 {
			ph = "0" + nsn
		}
		or := func(v string) *node {
			if v == "" {
				return N("")
			}
			return g.addr(v)
		}
		if masked {
			ra.set("name", N(w24Mask(name)))
			ra.set("phone", N("******"+ph[len(ph)-2:]))
			ra.set("town", N(map[bool]string{true: "****", false: ""}[a.town != ""]))
			ra.set("district", N("****"))
			ra.set("city", or(a.city))
			ra.set("state", g.addrN(a.state))
			ra.set("region", g.residence(cc))
			ra.set("zipcode", N(map[bool]string{true: "****", false: ""}[a.zip != ""]))
			ra.set("full_address", N("****"))
		} else if store {
			// Picked up at a convenience store: the address is the shop's.
			ra.set("name", P(name))
			ra.set("phone", g.phone(ph))
			ra.set("town", N(""))
			ra.set("district", N(""))
			ra.set("city", N(a.city))
			ra.set("state", N(a.state))
			ra.set("region", g.residence(cc))
			ra.set("zipcode", N(a.zip))
			ra.set("full_address", N(carrier+" "+pick(g.r, []string{"忠孝門市", "信義門市", "三民門市"})+" ("+a.zip+a.state+a.city+pick(g.r, []string{"忠孝東路四段216號", "信義路五段7號", "建國一路160號"})+")"))
		} else {
			ra.set("name", P(name))
			ra.set("phone", g.phone(ph))
			ra.set("town", or(a.town))
			ra.set("district", or(a.district))
			ra.set("city", g.addr(a.city))
			ra.set("state", g.addrN(a.state))
			ra.set("region", g.residence(cc))
			ra.set("zipcode", or(a.zip))
			ra.set("full_address", g.addr(w24SPFull(cc, a)))
		}
		order.set("recipient_address", ra)
	}
	order.set("actual_shipping_fee", N(fee))
	order.set("goods_to_declare", N(false))
	var sellerNote *node = N("")
	if g.r.IntN(4) == 0 {
		sellerNote = pick(g.r, []*node{N("Bonus stiker"), N("packing double"), N("VIP")})
		if cc == "ID" && g.r.IntN(2) == 0 {
			sellerNote = P("buyer minta kirim ke kantor, sudah konfirmasi via chat: " + p.given)
		}
	}
	order.set("note", sellerNote)
	order.set("note_update_time", N(map[bool]int64{true: 0, false: g.t.Add(-time.Hour).Unix()}[sellerNote.raw == ""]))
	order.set("item_list", A(items...))
	if status != "UNPAID" {
		order.set("pay_time", N(created.Add(time.Duration(30+g.r.IntN(600))*time.Second).Unix()))
	}
	if cc == "ID" && g.r.IntN(6) == 0 {
		// A reseller ships in the name of a dropshipper.
		ds, _ := split(pick(g.r, p.c.given))
		dsPhone, _ := phoneNumber(g.r, "ID")
		order.set("dropshipper", P(ds+" Olshop"))
		order.set("dropshipper_phone", P(strings.TrimPrefix(dsPhone, "+")))
	} else {
		order.set("dropshipper", N(""))
		order.set("dropshipper_phone", N(""))
	}
	order.set("split_up", N(false))
	reason := ""
	if status == "CANCELLED" || status == "IN_CANCEL" {
		reason = pick(g.r, m.cancel)
	}
	order.set("buyer_cancel_reason", N(reason))
	order.set("cancel_by", N(map[bool]string{true: "buyer", false: ""}[reason != ""]))
	order.set("cancel_reason", N(map[bool]string{true: "BUYER_REQUEST", false: ""}[reason != ""]))
	order.set("actual_shipping_fee_confirmed", N(status == "COMPLETED"))
	if cc == "BR" {
		order.set("buyer_cpf_id", P(strings.NewReplacer(".", "", "-", "").Replace(genCPF(g.r, p.dob, p.female, [2]string{}))))
	} else {
		order.set("buyer_cpf_id", N(""))
	}
	order.set("fulfillment_flag", N("fulfilled_by_local_seller"))
	if status == "SHIPPED" || status == "COMPLETED" {
		order.set("pickup_done_time", N(created.Add(30*time.Hour).Unix()))
	} else {
		order.set("pickup_done_time", N(0))
	}
	pkgItems := make([]*node, len(items))
	for i, it := range items {
		pkgItems[i] = O("item_id", it.obj[0].val, "model_id", it.obj[3].val, "model_quantity", it.obj[6].val)
	}
	logi, ok := map[string]string{"READY_TO_SHIP": "LOGISTICS_READY", "PROCESSED": "LOGISTICS_REQUEST_CREATED", "SHIPPED": "LOGISTICS_PICKUP_DONE", "COMPLETED": "LOGISTICS_DELIVERY_DONE", "CANCELLED": "LOGISTICS_INVALID"}[status]
	if !ok {
		logi = "LOGISTICS_NOT_START"
	}
	order.set("package_list", A(O("package_number", N("OFG"+pattern(g.r, "##########")), "logistics_status", N(logi), "shipping_carrier", N(carrier), "item_list", A(pkgItems...), "parcel_chargeable_weight_gram", N(100+g.r.IntN(2000)))))
	if cc == "BR" && (status == "SHIPPED" || status == "COMPLETED") && g.r.IntN(2) == 0 {
		order.set("invoice_data", O("number", N(pattern(g.r, "######")), "series_number", N("1"), "access_key", N(pattern(g.r, "3526##")+strings.NewReplacer(".", "", "/", "", "-", "").Replace(cnpj(g.r))+"55001"+pattern(g.r, "#################")), "issue_date", N(created.Add(20*time.Hour).Unix()), "total_value", order.obj[4].val, "products_total_value", N(w24Round(total-fee, 0.01)), "tax_code", N("")))
	}
	order.set("checkout_shipping_carrier", N(carrier))
	order.set("reverse_shipping_fee", N(0))
	if len(rxImages) > 0 {
		order.set("prescription_images", A(rxImages...))
		order.set("prescription_check_status", N(pick(g.r, []int{1, 2})))
	}

	resp := O("error", N(""), "message", N(""), "response", O("order_list", A(order)), "request_id", N(g.hex(32)))
	if g.r.IntN(3) == 0 {
		resp.set("warning", A())
	}
	partnerID, shopID := 1000000+g.r.IntN(2000000), 100000000+g.r.IntN(900000000)
	partnerKey := g.hex(64)
	host := pick(g.r, []string{"https://partner.shopeemobile.com", "https://partner.shopeemobile.com", "https://partner.test-stable.shopeemobile.com"})
	path := "/api/v2/order/get_order_detail"
	ts := g.t.Unix()
	token := g.hex(32)
	sign := w22HMAC(partnerKey, fmt.Sprintf("%d%s%d%s%d", partnerID, path, ts, token, shopID))
	fields := "buyer_user_id,buyer_username,estimated_shipping_fee,recipient_address,actual_shipping_fee,goods_to_declare,note,note_update_time,item_list,pay_time,dropshipper,dropshipper_phone,split_up,buyer_cancel_reason,cancel_by,cancel_reason,actual_shipping_fee_confirmed,buyer_cpf_id,fulfillment_flag,pickup_done_time,package_list,shipping_carrier,payment_method,total_amount,invoice_data,checkout_shipping_carrier,reverse_shipping_fee,prescription_images,prescription_check_status"
	q := fmt.Sprintf("partner_id=%d&timestamp=%d&access_token=%s&shop_id=%d&sign=%s&order_sn_list=%s&response_optional_fields=%s", partnerID, ts, token, shopID, sign, sn, url.QueryEscape(fields))
	switch g.r.IntN(5) {
	case 0, 1:
		return O(
			"request", O("method", N("GET"), "url", C(host+path+"?"+q), "query", O("partner_id", N(partnerID), "timestamp", N(ts), "access_token", C(token), "shop_id", N(shopID), "sign", C(sign), "order_sn_list", N(sn), "response_optional_fields", N(fields))),
			"response", O("status", N(200), "body", resp),
		)
	case 2:
		// The status push that made the seller's system fetch the order.
		push := O("data", O("ordersn", N(sn), "status", N(status), "update_time", N(g.t.Unix())), "shop_id", N(shopID), "code", N(3), "timestamp", N(g.t.Unix()))
		pushURL := pick(g.r, []string{"https://erp.example-seller.co.id/shopee/push", "https://api.tokoku.example/webhooks/shopee", "https://oms.example.com.br/shopee/notify"})
		body := string(render(push, &Label{}))
		return O(
			"push", O("headers", O("Content-Type", N("application/json"), "Authorization", C(w22HMAC(partnerKey, pushURL+"|"+body))), "body", push),
			"order_detail", resp,
		)
	case 3:
		return O(
			"ts", N(g.t.Add(2*time.Second).UTC().Format(time.RFC3339)),
			"level", N("info"),
			"msg", N("shopee order synced"),
			"shop_id", N(shopID),
			"order_sn", N(sn),
			"payload", w24JSON(order),
		)
	}
	return resp
}

// ---------------------------------------------------------------- gov.br

// w24BRName is a Brazilian's name with the Latin spelling of e-mail
// addresses.
type w24BRName struct {
	given, family, givenL, familyL string
	female                         bool
}

var w24BRNames = []w24BRName{
	{"Maria Eduarda", "Santos Pereira", "mariaeduarda", "pereira", true}, {"João Victor", "Nascimento Lima", "joaovictor", "lima", false},
	{"Ana Clara", "Oliveira Costa", "anaclara", "costa", true}, {"Pedro Henrique", "Almeida Rocha", "pedrohenrique", "rocha", false},
	{"Francisca", "da Silva Sousa", "francisca", "sousa", true}, {"Antônio Carlos", "Ferreira de Araújo", "antoniocarlos", "araujo", false},
	{"Luana", "Conceição dos Santos", "luana", "santos", true}, {"Raimundo", "Nonato Ribeiro", "raimundo", "ribeiro", false},
	{"Gabriela", "Kimura Tanaka", "gabriela", "kimura", true}, {"Rafael", "Cavalcanti de Albuquerque", "rafael", "cavalcanti", false},
	{"Thaís", "Guajajara", "thais", "guajajara", true}, {"Kauã", "Moreira Batista", "kaua", "batista", false},
}

// w24BRPlace is a Brazilian address: city, state, CEP, neighbourhood
// and street.
type w24BRPlace struct{ city, uf, cep, bairro, street string }

var w24BRPlaces = []w24BRPlace{
	{"São Paulo", "SP", "01310-100", "Bela Vista", "Av. Paulista, 1578, apto 12"},
	{"Rio de Janeiro", "RJ", "22071-000", "Copacabana", "Av. Atlântica, 1702, apto 801"},
	{"Recife", "PE", "50030-230", "Recife Antigo", "Rua do Bom Jesus, 183"},
	{"Salvador", "BA", "40140-110", "Barra", "Rua Marquês de Leão, 45, apto 302"},
	{"Belo Horizonte", "MG", "30130-000", "Centro", "Rua da Bahia, 1148"},
	{"Manaus", "AM", "69005-040", "Centro", "Rua 10 de Julho, 495"},
	{"Porto Alegre", "RS", "90035-001", "Bom Fim", "Rua Fernandes Vieira, 310, apto 204"},
	{"Brasília", "DF", "70297-400", "Asa Sul", "SQS 308 Bloco C, apto 504"},
	{"Fortaleza", "CE", "60165-081", "Meireles", "Rua Silva Jatahy, 220"},
	{"Curitiba", "PR", "80240-210", "Batel", "Rua Comendador Araújo, 731, apto 1101"},
}

// w24BRAbroad are where Brazilians abroad live, as the consular register
// writes it, with the consulate.
var w24BRAbroad = map[string][]struct{ addr, country, post string }{
	"PT": {{"Rua Augusta 100, 2.º Esq., 1100-053 Lisboa", "Portugal", "Consulado-Geral do Brasil em Lisboa"}, {"Rua de Santa Catarina 512, 4000-446 Porto", "Portugal", "Consulado-Geral do Brasil no Porto"}},
	"US": {{"85 Beacon St Apt 4, Boston, MA 02108", "Estados Unidos", "Consulado-Geral do Brasil em Boston"}, {"4850 S Kirkman Rd Apt 1203, Orlando, FL 32811", "Estados Unidos", "Consulado-Geral do Brasil em Miami"}},
	"JP": {{"Shizuoka-ken, Hamamatsu-shi, Naka-ku, Sunayama-cho 325-6, 430-0926", "Japão", "Consulado-Geral do Brasil em Hamamatsu"}, {"Aichi-ken, Toyota-shi, Homi-cho 2-15, 470-0372", "Japão", "Consulado-Geral do Brasil em Nagoia"}},
}

// w24BRUF is the code of a state in voter registration numbers.
var w24BRUF = map[string]int{"SP": 1, "MG": 2, "RJ": 3, "RS": 4, "BA": 5, "PR": 6, "CE": 7, "PE": 8, "AM": 22, "DF": 20}

// w24TituloEleitor is a Brazilian voter registration number: eight
// digits of sequence, the state's two digits and two check digits (the
// sequence weighted 2 to 9, then the state's digits and the first check
// weighted 7 8 9, each modulo 11, 10 written 0, and for São Paulo and
// Minas Gerais a 0 written 1).
func w24TituloEleitor(r *rand.Rand, uf string) string {
	code := w24BRUF[uf]
	if code == 0 {
		code = 1
	}
	d := digits(r, 8)
	dv := func(s int) int {
		v := s % 11
		if v == 10 {
			v = 0
		}
		if v == 0 && (code == 1 || code == 2) {
			v = 1
		}
		return v
	}
	d1 := dv(wsum(d, []int{2, 3, 4, 5, 6, 7, 8, 9}))
	d2 := dv(code/10*7 + code%10*8 + d1*9)
	return fmt.Sprintf("%s%02d%d%d", str(d), code, d1, d2)
}

// w24CNS is a provisional Cartão Nacional de Saúde number: fifteen
// digits starting 7, 8 or 9 whose sum weighted 15 down to 1 is a
// multiple of 11, written in groups of 3-4-4-4.
func w24CNS(r *rand.Rand) string {
	for {
		d := append([]int{7 + r.IntN(3)}, digits(r, 13)...)
		s := 0
		for i, x := range d {
			s += x * (15 - i)
		}
		last := (11 - s%11) % 11
		if last == 10 {
			continue
		}
		v := str(append(d, last))
		return v[:3] + " " + v[3:7] + " " + v[7:11] + " " + v[11:]
	}
}

// w24PIS is a PIS/PASEP/NIT number: ten digits and a check digit (weights
// 3 2 9 8 7 6 5 4 3 2, eleven less the remainder, 10 and 11 written 0),
// written 123.45678.90-1.
func w24PIS(r *rand.Rand) string {
	d := append([]int{1 + r.IntN(2)}, digits(r, 9)...)
	c := 11 - wsum(d, []int{3, 2, 9, 8, 7, 6, 5, 4, 3, 2})%11
	if c >= 10 {
		c = 0
	}
	v := str(append(d, c))
	return v[:3] + "." + v[3:8] + "." + v[8:10] + "-" + v[10:]
}

func govbrLoginUserinfo(g *gen) *node {
	g.w24Redraw("BR")
	rp := pick(g.r, []string{"enem", "enem", "saude", "saude", "inss", "titulo", "ctps", "consular", "none", "none", "none"})
	switch rp {
	case "enem":
		g.w24Age(15, 19)
	case "inss":
		g.w24Age(50, 85)
	default:
		g.w24Age(18, 80)
	}
	p := g.p
	br := countryByCode("BR")
	p.cit = br // a CPF holder signing in to Brazil's services: a Brazilian
	n := pick(g.r, w24BRNames)
	p.given, p.family, p.givenL, p.familyL, p.female = n.given, n.family, n.givenL, n.familyL, n.female
	p.email = g.w24Email(n.givenL, n.familyL, []string{"gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.br", "uol.com.br", "bol.com.br"})
	if p.phoneCC != "BR" && g.r.IntN(2) == 0 {
		g.w24SetPhone("BR")
	}
	if rp == "consular" {
		// A Brazilian who lives abroad.
		g.w24Relocate(pick(g.r, []string{"PT", "PT", "US", "JP"}))
	}
	name := p.given + " " + p.family
	if g.r.IntN(3) == 0 {
		name = strings.ToUpper(name)
	}
	social := ""
	if g.r.IntN(10) == 0 {
		// A social name, registered by people whose civil name is not the
		// one they live by.
		social = pick(g.r, map[bool][]string{true: {"Rafael", "Lucas", "Gabriel"}, false: {"Joana", "Letícia", "Bianca"}}[p.female]) + " " + strings.Fields(p.family)[len(strings.Fields(p.family))-1]
	}
	cpfFmt := genCPF(g.r, p.dob, p.female, [2]string{})
	cpf := strings.NewReplacer(".", "", "-", "").Replace(cpfFmt)
	nsn := g.w24NSN()
	staging := g.r.IntN(8) == 0
	env := map[bool]string{true: ".staging", false: ""}[staging]
	iss := "https://sso" + env + ".acesso.gov.br/"
	clientID := map[string]string{
		"enem": "enem.inep.gov.br", "saude": "meususdigital.saude.gov.br", "inss": "meu.inss.gov.br", "titulo": "etitulo.tse.jus.br",
		"ctps": "ctpsdigital.trabalho.gov.br", "consular": "econsular.itamaraty.gov.br",
	}[rp]
	if clientID == "" {
		clientID = pick(g.r, []string{"servicos.receita.fazenda.gov.br", "portal.prefeitura.sp.gov.br", "detran.rj.gov.br", "sisu.mec.gov.br"})
	}
	if staging {
		clientID = "h-" + clientID
	}

	// How the citizen signed in.
	var amr []string
	x509 := false
	switch x := g.r.IntN(10); {
	case x < 4:
		amr = []string{"passwd", "captcha"}
		if g.r.IntN(2) == 0 {
			amr = append(amr, "mfa", pick(g.r, []string{"otp", "otp_offline"}))
		}
	case x < 6:
		amr = []string{"bank", pick(g.r, []string{"bank001", "bank104", "bank237", "bank341", "bank033", "bank756"})}
	case x < 8:
		amr = []string{"app", "app_qrcode"}
	default:
		x509 = true
		amr = []string{"x509", pick(g.r, []string{"x509_token", "x509_safeid", "x509_birdid", "x509_vidaas", "x509_serasa"})}
	}
	level := pick(g.r, []string{"bronze", "silver", "silver", "gold", "gold"})
	seals := map[string][]string{"bronze": {"201", "101", "504"}, "silver": {"201", "605", "610", "626", "401"}, "gold": {"201", "626", "701", "801", "901"}}[level]
	var rel []*node
	for _, s := range seals[:1+g.r.IntN(len(seals))] {
		rel = append(rel, O("id", N(s), "updatedAt", N(g.t.AddDate(0, -g.r.IntN(30), -g.r.IntN(28)).In(time.FixedZone("", -3*3600)).Format("2006-01-02T15:04:05.000-0700"))))
	}
	scopes := []string{"openid", "email", "phone", "profile", "govbr_confiabilidades", "govbr_confiabilidades_idtoken"}
	empresa := x509 || g.r.IntN(5) == 0
	if empresa {
		scopes = append(scopes, "govbr_empresa")
	}
	scopeNodes := func() *node {
		var out []*node
		for _, s := range scopes {
			out = append(out, N(s))
		}
		return A(out...)
	}
	amrNodes := func() *node {
		var out []*node
		for _, s := range amr {
			out = append(out, N(s))
		}
		return A(out...)
	}
	// A company certificate: the CNPJ and the company's name, which for
	// an individual micro-entrepreneur (MEI) is the owner's own name.
	var cnpjNode, cnpjName *node
	mei := g.r.IntN(2) == 0
	companyCNPJ := cnpj(g.r)
	companyName := pick(g.r, []string{"Padaria Pão Dourado Ltda", "Construtora Horizonte Ltda", "Clínica Veterinária Amigo Fiel Ltda", "Tech Nordeste Soluções em TI S.A."})
	if mei {
		companyName = strings.NewReplacer(".", "", "/", "", "-", "").Replace(companyCNPJ)[:8] + " " + strings.ToUpper(p.given+" "+p.family)
	}
	if x509 && g.r.IntN(2) == 0 {
		if mei {
			cnpjNode, cnpjName = P(companyCNPJ), P(companyName)
		} else {
			cnpjNode, cnpjName = N(companyCNPJ), N(companyName)
		}
	}
	now := g.t.Unix()
	nonce := g.b62(16)
	state := g.b62(22)
	agent := rp == "none" && g.r.IntN(3) == 0
	grantorCPF := strings.NewReplacer(".", "", "-", "").Replace(genCPF(g.r, p.dob, p.female, [2]string{}))

	atClaims := O("aud", N(clientID), "sub", P(cpf), "scope", scopeNodes(), "amr", amrNodes(), "iss", N(iss), "exp", N(now+3600), "iat", N(now), "preferred_username", P(cpf), "jti", N(g.uuid()))
	if cnpjNode != nil {
		atClaims.set("cnpj", cnpjNode)
	}
	if agent {
		// Signed in as someone's attorney under an electronic power of
		// attorney.
		atClaims.set("agent", N(true))
		atClaims.set("grantor_account", P(grantorCPF))
	}
	emailOK := g.r.IntN(5) != 0
	phoneOK := p.showPhone && g.r.IntN(4) != 0
	weakBefore := append([]string(nil), g.lab.Weak...)
	idClaims := O("sub", P(pick(g.r, []string{cpf, cpf, cpf[:9] + "-" + cpf[9:]})))
	if social != "" {
		idClaims.set("social_name", P(social))
	}
	idClaims.set("email_verified", N(fmt.Sprint(emailOK)))
	idClaims.set("amr", amrNodes())
	idClaims.set("profile", N("https://servicos"+env+".acesso.gov.br/"))
	idClaims.set("kid", N("rsa1"))
	idClaims.set("iss", N(iss))
	idClaims.set("phone_number_verified", N(fmt.Sprint(phoneOK)))
	idClaims.set("preferred_username", P(cpf))
	idClaims.set("nonce", N(nonce))
	idClaims.set("picture", N(iss+"userinfo/picture"))
	idClaims.set("reliability_info", O("level", N(level), "reliabilities", A(rel...)))
	idClaims.set("aud", N(clientID))
	idClaims.set("auth_time", N(now-int64(5+g.r.IntN(120))))
	idClaims.set("scope", scopeNodes())
	idClaims.set("name", P(name))
	if phoneOK {
		idClaims.set("phone_number", g.phone(nsn))
	}
	idClaims.set("exp", N(now+60))
	idClaims.set("iat", N(now))
	idClaims.set("jti", N(g.uuid()))
	if emailOK {
		idClaims.set("email", P(p.email))
	}
	if cnpjNode != nil {
		idClaims.set("cnpj_certificate_name", cnpjName)
		idClaims.set("cnpj", cnpjNode)
	}
	// The id_token carries the claims, but only claims a log shows are
	// evidence: the phone's country is recorded where they are shown.
	g.lab.Weak = weakBefore
	showID := func() *node {
		if phoneOK {
			g.lab.Weak = addCountry(g.lab.Weak, p.phoneCC)
		}
		return idClaims
	}
	at := C(g.w24JWT(`{"kid":"rsa1","alg":"RS256"}`, atClaims))
	idt := C(g.w24JWT(`{"kid":"rsa1","alg":"RS256"}`, idClaims))
	tokenResp := O("access_token", at, "token_type", N("Bearer"), "expires_in", N(3599), "scope", N(strings.Join(scopes, " ")), "id_token", idt)
	bearer := func() *node { return C("Bearer " + at.raw) }
	api := "https://api" + env + ".acesso.gov.br"

	userinfo := func() *node {
		u := O("sub", P(cpf), "name", P(name))
		if social != "" {
			u.set("social_name", P(social))
		}
		u.set("profile", N("https://servicos"+env+".acesso.gov.br/"))
		u.set("picture", N(iss+"userinfo/picture"))
		if emailOK {
			u.set("email", P(p.email))
		}
		u.set("email_verified", N(emailOK))
		if ph := g.phone(nsn); ph != nil {
			u.set("phone_number", ph)
		}
		u.set("phone_number_verified", N(phoneOK))
		return u
	}

	// The relying party's own record, built only for the logs that hold it.
	mode := pick(g.r, []int{0, 0, 1, 1, 2, 2, 3, 4, 5, 6, 7})
	if mode > 3 {
		rp = "none"
	}
	pl := pick(g.r, w24BRPlaces)
	brAddr := func() *node {
		if !p.showResidence || p.c != br {
			return nil
		}
		g.lab.Residence = addCountry(g.lab.Residence, "BR")
		if g.r.IntN(2) == 0 {
			return O("logradouro", g.addr(pl.street), "bairro", g.addr(pl.bairro), "municipio", g.addr(pl.city), "uf", g.addrN(pl.uf), "cep", g.addr(pl.cep))
		}
		return O("endereco_completo", g.addr(pl.street+" - "+pl.bairro+", "+pl.city+" - "+pl.uf+", "+pl.cep))
	}
	var account *node
	switch rp {
	case "enem":
		account = O("nu_inscricao", P(pattern(g.r, "25260#######")), "no_participante", P(strings.ToUpper(p.given+" "+p.family)))
		if social != "" {
			account.set("no_social", P(social))
		}
		account.set("dt_nascimento", g.dob("02/01/2006"))
		account.set("tp_sexo", P(map[bool]string{true: "F", false: "M"}[p.female]))
		race := pick(g.r, []string{"Parda", "Parda", "Branca", "Branca", "Preta", "Amarela", "Indígena", "Não declarado"})
		if race == "Não declarado" {
			account.set("tp_cor_raca", N(race))
		} else {
			account.set("tp_cor_raca", S(race, "ethnicity"))
		}
		p.showCitizenship = true
		account.set("tp_nacionalidade", g.citizenship("Brasileiro(a)"))
		account.set("in_treineiro", N(g.w24AgeAt() < 17))
		if g.r.IntN(4) == 0 {
			var needs []*node
			for _, s := range []string{"Baixa visão - prova ampliada (fonte 18)", "Deficiência auditiva - tradutor-intérprete de Libras", "TDAH - tempo adicional", "Discalculia", "Gestante", "Lactante - sala de amamentação", "Diabetes - lanche durante a prova"}[:1+g.r.IntN(2)] {
				needs = append(needs, S(s, "health"))
			}
			account.set("atendimento_especializado", A(needs...))
		}
		if g.w24AgeAt() < 18 {
			pg, _ := split(pick(g.r, br.given))
			account.set("responsavel", O("nome", P(pg+" "+strings.Fields(p.family)[len(strings.Fields(p.family))-1]), "cpf", P(strings.NewReplacer(".", "", "-", "").Replace(genCPF(g.r, p.dob, true, [2]string{})))))
		}
		if a := brAddr(); a != nil {
			account.set("endereco", a)
		}
		account.set("escola", N(pick(g.r, []string{"EE Prof. Antônio Alves Cruz", "Colégio Estadual Central", "IFPE Campus Recife", "Escola Técnica Estadual Cícero Dias"})))
	case "saude":
		account = O("cns", P(w24CNS(g.r)), "nome", P(name), "data_nascimento", g.dob("2006-01-02"), "sexo", P(map[bool]string{true: "Feminino", false: "Masculino"}[p.female]))
		if g.r.IntN(2) == 0 {
			race := pick(g.r, []string{"Parda", "Branca", "Preta", "Amarela", "Indígena"})
			account.set("raca_cor", S(race, "ethnicity"))
		}
		var vac []*node
		vacs := [][2]string{{"COVID-19 - Pfizer (Comirnaty)", "Reforço"}, {"Influenza Trivalente", "Dose única"}, {"Hepatite B", "3ª dose"}, {"Febre Amarela", "Dose única"}}
		if age := g.w24AgeAt(); age < 46 {
			vacs = append(vacs, [2]string{"HPV Quadrivalente", "1ª dose"})
			if p.female {
				vacs = append(vacs, [2]string{"dTpa (gestante)", "Dose única"})
			}
		} else if age >= 60 {
			vacs = append(vacs, [2]string{"Pneumocócica 23-valente", "Dose única"})
		}
		for range 1 + g.r.IntN(3) {
			v := pick(g.r, vacs)
			vac = append(vac, O("imunobiologico", S(v[0], "health"), "dose", S(v[1], "health"), "data_aplicacao", P(g.t.AddDate(0, -g.r.IntN(36), -g.r.IntN(28)).Format("2006-01-02")), "estabelecimento", N(pick(g.r, []string{"UBS Vila Mariana", "UBS Boa Viagem", "Clínica da Família Maria do Socorro", "CMS Dr. Rodolpho Rocco"}))))
		}
		account.set("vacinas", A(vac...))
		if g.r.IntN(3) == 0 {
			account.set("condicoes_cronicas", A(S(pick(g.r, []string{"Hipertensão arterial", "Diabetes mellitus tipo 2", "Asma", "HIV - em TARV"}), "health")))
		}
		if a := brAddr(); a != nil {
			account.set("endereco", a)
		}
	case "inss":
		ben := pick(g.r, []struct{ code, name, cat string }{{"41", "Aposentadoria por idade", "p"}, {"42", "Aposentadoria por tempo de contribuição", "p"}, {"21", "Pensão por morte", "p"}, {"31", "Auxílio por incapacidade temporária", "health"}, {"32", "Aposentadoria por incapacidade permanente", "health"}, {"87", "Benefício assistencial à pessoa com deficiência (BPC/LOAS)", "health"}})
		account = O("nit", P(w24PIS(g.r)), "nome", P(name), "data_nascimento", g.dob("02/01/2006"), "beneficios", A(O(
			"nb", P(pattern(g.r, "1##.###.###-#")),
			"especie", w24Text(ben.code+" - "+ben.name, ben.cat),
			"situacao", N("Ativo"),
			"dib", P(g.t.AddDate(-1-g.r.IntN(15), 0, -g.r.IntN(300)).Format("02/01/2006")),
			"banco_pagador", N(pick(g.r, []string{"001 - Banco do Brasil", "104 - Caixa Econômica Federal", "237 - Bradesco"})),
		)))
		if a := brAddr(); a != nil {
			account.set("endereco", a)
		}
	case "titulo":
		account = O("nr_titulo", P(w24TituloEleitor(g.r, pl.uf)), "nome", P(name), "data_nascimento", g.dob("02/01/2006"), "zona", N(pattern(g.r, "0##")), "secao", N(pattern(g.r, "0###")), "municipio", N(pl.city), "uf", N(pl.uf), "situacao", N(pick(g.r, []string{"Regular", "Regular", "Cancelado", "Suspenso"})))
		if g.r.IntN(3) == 0 {
			party := pick(g.r, []string{"PT - Partido dos Trabalhadores", "PL - Partido Liberal", "PSOL - Partido Socialismo e Liberdade", "MDB - Movimento Democrático Brasileiro", "NOVO - Partido Novo", "PSB - Partido Socialista Brasileiro"})
			account.set("filiacao_partidaria", O("partido", S(party, "political"), "data_filiacao", P(g.t.AddDate(-1-g.r.IntN(10), -g.r.IntN(12), 0).Format("02/01/2006")), "situacao", N("Regular")))
		}
	case "ctps":
		var vinc []*node
		for range 1 + g.r.IntN(2) {
			e := pick(g.r, [][2]string{{"Magazine Luiza S.A.", "Vendedor(a) de comércio varejista"}, {"Hospital Israelita Albert Einstein", "Técnico(a) de enfermagem"}, {"Prefeitura Municipal de Recife", "Auxiliar administrativo"}, {"iFood.com Agência de Restaurantes Online S.A.", "Analista de dados"}})
			vinc = append(vinc, O("empregador", N(e[0]), "cnpj", N(cnpj(g.r)), "cargo", P(e[1]), "data_admissao", P(g.t.AddDate(-g.r.IntN(8), -g.r.IntN(12), 0).Format("2006-01-02")), "salario_contratual", P(fmt.Sprintf("R$ %d.%03d,00", 1+g.r.IntN(9), g.r.IntN(1000)))))
		}
		account = O("cpf", P(cpfFmt), "nome", P(name), "pis", P(w24PIS(g.r)), "vinculos", A(vinc...))
		if g.r.IntN(3) == 0 {
			account.set("sindicato", S(pick(g.r, []string{"Sindicato dos Comerciários de São Paulo", "SindSaúde-SP", "Sindicato dos Bancários de Pernambuco"}), "trade_union"))
		}
	case "consular":
		ab := pick(g.r, w24BRAbroad[p.c.code])
		p.showCitizenship = true
		account = O(
			"matricula_consular", P(pattern(g.r, "MC-######")),
			"nome", P(name),
			"data_nascimento", g.dob("02/01/2006"),
			"nacionalidade", g.citizenship(pick(g.r, []string{"Brasileira", "brasileira nata"})),
			"passaporte", O("numero", P("G"+pick(g.r, []string{"A", "B", "C", "F"})+pattern(g.r, "######")), "pais_emissor", g.citizenship("BRA"), "validade", P(g.t.AddDate(2+g.r.IntN(8), g.r.IntN(12), 0).Format("2006-01-02"))),
			"posto", N(ab.post),
		)
		if p.showResidence {
			account.set("endereco_exterior", O("endereco", g.addr(ab.addr), "pais", g.residence(ab.country)))
		}
		if ph := g.phone(p.phoneE164); ph != nil {
			account.set("telefone", ph)
		}
	}

	// The calls.
	switch {
	case mode < 2:
		out := O(
			"event", N("govbr.login"),
			"ts", N(g.t.In(time.FixedZone("", -3*3600)).Format("2006-01-02T15:04:05.000-07:00")),
			"callback", O("code", C("eyJraWQiOiJjb2RlQ3J5cHRvZ3JhcGh5IiwiYWxnIjoiZGlyIiwiZW5jIjoiQTI1NkdDTSJ9.."+g.chars(b64Set, 16)+"."+g.chars(b64Set, 46)+"."+g.chars(b64Set, 22)), "state", N(state)),
			"token_response", tokenResp,
			"id_token_claims", showID(),
		)
		if g.r.IntN(2) == 0 {
			out.set("access_token_claims", atClaims)
		}
		if account != nil {
			out.set("rp_account", account)
		}
		return out
	case mode == 2:
		out := O(
			"request", O("method", N("GET"), "url", N(iss+"userinfo/"), "headers", O("Authorization", bearer())),
			"response", O("status", N(200), "body", userinfo()),
		)
		if g.r.IntN(3) == 0 {
			photo := "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + g.w24Bytes(300)
			out.set("picture", O("url", N(iss+"userinfo/picture"), "content_type", N("image/jpeg"), "base64", P(photo)))
		}
		if account != nil {
			out.set("rp_account", account)
		}
		return out
	case mode == 3:
		// Levels and seals, looked up by CPF.
		niveis := A(O("id", N(map[string]string{"bronze": "1", "silver": "2", "gold": "3"}[level]), "dataAtualizacao", N(g.t.AddDate(0, -g.r.IntN(12), 0).Format("2006-01-02 15:04:05"))))
		var sel []*node
		for _, r := range rel {
			sel = append(sel, O("id", r.obj[0].val, "dataAtualizacao", N(g.t.AddDate(0, -g.r.IntN(30), 0).Format("2006-01-02 15:04:05"))))
		}
		out := O(
			"niveis", O("request", O("method", N("GET"), "url", P(api+"/confiabilidades/v3/contas/"+cpf+"/niveis?response-type=ids"), "headers", O("Authorization", bearer())), "response", O("status", N(200), "body", niveis)),
			"confiabilidades", O("request", O("method", N("GET"), "url", P(api+"/confiabilidades/v3/contas/"+cpf+"/confiabilidades?response-type=ids"), "headers", O("Authorization", bearer())), "response", O("status", N(200), "body", A(sel...))),
		)
		if account != nil {
			out.set("rp_account", account)
		}
		return out
	case mode == 4 && empresa:
		raw := strings.NewReplacer(".", "", "/", "", "-", "").Replace(companyCNPJ)
		cn, nm := N(raw), N(companyName)
		if mei {
			cn, nm = P(raw), P(companyName)
		}
		part := O("cpf", P(cpf))
		role := pick(g.r, []string{"SOCIO", "REPRESENTANTE_LEGAL", "CONTADOR", "", "NAO_ATUANTE"})
		if role != "" {
			part.set("atuacao", N(role))
		}
		cad := role == "REPRESENTANTE_LEGAL" || role == "NAO_ATUANTE"
		part.set("cadastrador", N(fmt.Sprint(cad)))
		if !cad {
			part.set("cpfCadastrador", P(grantorCPF))
		}
		part.set("dataCriacao", N(g.t.AddDate(0, -g.r.IntN(20), 0).In(time.FixedZone("", -3*3600)).Format("2006-01-02T15:04:05.000-0700")))
		if !cad {
			part.set("dataExpiracao", N(g.t.AddDate(0, 6, 0).In(time.FixedZone("", -3*3600)).Format("2006-01-02T00:00:00.000-0700")))
		}
		return O(
			"empresas", O("request", O("method", N("GET"), "url", P(api+"/empresas/v2/empresas?filtrar-por-participante="+cpf), "headers", O("Authorization", bearer())), "response", O("status", N(200), "body", A(O("cnpj", cn, "razaoSocial", nm, "dataCriacao", N(g.t.AddDate(-1, 0, 0).Format("2006-01-02T15:04:05.000-0300")))))),
			"participante", O("request", O("method", N("GET"), "url", P(api+"/empresas/v2/empresas/"+raw+"/participantes/"+cpf), "headers", O("Authorization", bearer())), "response", O("status", N(200), "body", part)),
		)
	case mode == 5 && agent:
		// The attorney's powers of attorney: the grantor's account and the
		// agent's, with their addresses.
		gg, _ := split(pick(g.r, br.given))
		gpl := pick(g.r, w24BRPlaces)
		agentAcct := O("id", P(g.uuid()), "name", P(p.given+" "+p.family))
		if p.showResidence {
			agentAcct.set("address", g.addr(pl.street+", "+pl.city+" - "+pl.uf+", "+pl.cep+", Brasil"))
			g.lab.Residence = addCountry(g.lab.Residence, "BR")
		}
		poa := O(
			"id", N(1000+g.r.IntN(90000)),
			"grantorAccount", O("id", P(g.uuid()), "name", P(gg+" "+p.family), "address", P(gpl.street+", "+gpl.city+" - "+gpl.uf+", "+gpl.cep+", Brasil")),
			"agentAccount", agentAcct,
			"createdAtUtc", N(g.t.AddDate(-1, 0, 0).UTC().Format("2006-01-02T15:04:05.000")),
			"expiresAtUtc", N(g.t.AddDate(3, 0, 0).UTC().Format("2006-01-02T15:04:05.000")),
			"revokedAtUtc", N(nil), "renouncedAtUtc", N(nil), "canceledAtUtc", N(nil),
			"statusDetails", O(),
			"status", N("ACTIVE"),
			"services", A(O("clientId", N(clientID), "serviceId", N(1000+g.r.IntN(9000)), "serviceName", N(pick(g.r, []string{"Consultar restituição do Imposto de Renda", "Solicitar aposentadoria", "Emitir certidão de regularidade"})))),
		)
		return O(
			"access_token_claims", atClaims,
			"request", O("method", N("GET"), "url", P(api+"/procuracoes/v2/procuracoes?filtrar-por-clientid="+clientID+"&filtrar-por-procurador="+cpf+"&filtrar-por-outorgante="+grantorCPF+"&filtrar-por-situacao=ativo"), "headers", O("Authorization", bearer())),
			"response", O("status", N(200), "body", O("poas", A(poa))),
		)
	case mode == 6 && x509:
		info := O("provider", N(strings.ToUpper(strings.TrimPrefix(amr[1], "x509_"))), "amr", A(N("x509")), "certificate", P(strings.ToUpper(p.given+" "+p.family)+":"+cpf), "type", N(map[bool]string{true: "device", false: "cloud"}[amr[1] == "x509_token"]))
		return O("request", O("method", N("GET"), "url", N(iss+"api/x509/info"), "headers", O("Authorization", bearer())), "response", O("status", N(200), "body", info), "id_token_claims", showID())
	}
	// The token exchange.
	verifier := g.chars(b64Set, 43+g.r.IntN(40))
	redirect := "https://" + strings.TrimPrefix(clientID, "h-") + "/login/govbr/callback"
	code := C("eyJraWQiOiJjb2RlQ3J5cHRvZ3JhcGh5IiwiYWxnIjoiZGlyIiwiZW5jIjoiQTI1NkdDTSJ9.." + g.chars(b64Set, 16) + "." + g.chars(b64Set, 46) + "." + g.chars(b64Set, 22))
	form := w24Form([]string{"grant_type", "code", "redirect_uri", "code_verifier"}, []*node{N("authorization_code"), code, N(redirect), C(verifier)})
	basic := C("Basic " + base64.StdEncoding.EncodeToString([]byte(clientID+":"+g.chars(b64Set, 86))))
	out := O(
		"request", O("method", N("POST"), "url", N(iss+"token"), "headers", O("Content-Type", N("application/x-www-form-urlencoded"), "Authorization", basic), "body", form),
		"response", O("status", N(200), "body", tokenResp),
	)
	if g.r.IntN(2) == 0 {
		out.set("id_token_claims", showID())
	}
	return out
}

// ------------------------------------------------------- Criipto Verify

// w24Personnummer is a Swedish personal identity number as BankID gives
// it: YYYYMMDD, three digits of birth number whose last is odd for a man,
// and the Luhn check digit of the nine digits from YY on.
func w24Personnummer(r *rand.Rand, dob time.Time, f bool) string {
	third := r.IntN(5) * 2
	if !f {
		third++
	}
	body := dob.Format("060102") + fmt.Sprintf("%02d%d", r.IntN(100), third)
	return dob.Format("2006")[:2] + w24Luhn(body)
}

// w24FNR is a Norwegian fødselsnummer, or a D-number (the day plus 40,
// issued to foreigners working in Norway), with genFNR's check digits.
func w24FNR(r *rand.Rand, dob time.Time, f, dnum bool) string {
	if !dnum {
		return genFNR(r, dob, f, [2]string{})
	}
	for {
		hi := r.IntN(50)
		if dob.Year() >= 2000 {
			hi = 50 + r.IntN(50)
		}
		ind := hi*10 + r.IntN(5)*2
		if !f {
			ind++
		}
		d := datedigits(dob.Day()+40, int(dob.Month()), dob.Year()%100) // DDMMYY
		d = append(d, ind/100, ind/10%10, ind%10)
		k1 := 11 - wsum(d, []int{3, 7, 6, 1, 8, 9, 4, 5, 2})%11
		if k1 == 11 {
			k1 = 0
		}
		if k1 == 10 {
			continue
		}
		d = append(d, k1)
		k2 := 11 - wsum(d, []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2})%11
		if k2 == 11 {
			k2 = 0
		}
		if k2 == 10 {
			continue
		}
		return str(append(d, k2))
	}
}

// w24SATU is a Finnish electronic identification number (SATU, FINUID):
// eight digits and a check character of them modulo 31.
func w24SATU(r *rand.Rand) string {
	v := fmt.Sprintf("%08d", 10000000+r.IntN(89999999))
	return v + string(hetuChecks[atoi(v)%31])
}

// w24DKAddr is an address of Denmark's CPR register as MitID's address
// lookup returns it.
type w24DKAddr struct{ road, house, floor, door, post, city, muni, mcode, rcode string }

var w24DKAddrs = []w24DKAddr{
	{"Grusgraven", "1", "3", "tv", "3400", "Hillerød", "Hillerød", "0219", "1732"},
	{"Nørrebrogade", "45", "st", "th", "2200", "København N", "København", "0101", "5639"},
	{"Vestergade", "8", "2", "tv", "8000", "Aarhus C", "Aarhus", "0751", "9020"},
	{"Kongensgade", "62", "1", "", "5000", "Odense C", "Odense", "0461", "3820"},
	{"Strandvejen", "112", "", "", "2900", "Hellerup", "Gentofte", "0157", "7280"},
}

var w24BEAddrs = []struct{ street, post, city string }{
	{"Havenlaan 1", "1000", "Brussel"}, {"Meir 85 bus 3", "2000", "Antwerpen"}, {"Rue de la Loi 16", "1000", "Bruxelles"},
	{"Veldstraat 12", "9000", "Gent"}, {"Boulevard d'Avroy 24", "4000", "Liège"}, {"Bondgenotenlaan 7/2", "3000", "Leuven"},
}

var w24NLAddrs = []struct{ street, post, city string }{
	{"Oudegracht 158", "3511 AZ", "Utrecht"}, {"Kalverstraat 92-2", "1012 PH", "Amsterdam"}, {"Witte de Withstraat 41", "3012 BM", "Rotterdam"},
}

// w24NordicRP are a relying party's records by country: prescriptions
// (drug, dosage), unions and parishes.
var (
	w24NordicRx = map[string][][2]string{
		"DK": {{`Metformin "Sandoz" 500 mg`, "1 tablet 2 gange daglig"}, {`Sertralin "Krka" 50 mg`, "1 tablet dagligt"}, {`Levothyroxin "Takeda" 100 mikrogram`, "1 tablet om morgenen"}},
		"SE": {{"Waran 2,5 mg", "enligt ordination"}, {"Citalopram Bluefish 20 mg", "1 tablett dagligen"}, {"Metformin Sandoz 500 mg", "1 tablett 2 gånger dagligen"}},
		"NO": {{"Zoloft 50 mg", "1 tablett daglig"}, {"Ventoline inhalasjonsaerosol 0,1 mg/dose", "ved behov"}, {"Levaxin 50 mikrogram", "1 tablett om morgenen"}},
		"FI": {{"Thyroxin 0,1 mg", "1 tabletti aamulla"}, {"Opamox 15 mg", "tarvittaessa"}, {"Diformin 500 mg", "1 tabletti 2 kertaa päivässä"}},
		"BE": {{"Pantomed 40 mg", "1 tablet per dag"}, {"Sertraline Sandoz 50 mg", "1 tablet per dag"}},
		"NL": {{"Omeprazol 20 mg", "1 capsule per dag"}, {"Salbutamol 100 microg/dosis", "zo nodig"}},
	}
	w24NordicUnions = map[string][]string{
		"DK": {"HK Danmark", "3F Fagligt Fælles Forbund", "FOA", "Dansk Metal", "HK A-kasse"},
		"SE": {"Kommunal", "IF Metall", "Unionen", "Vision"},
		"NO": {"Fagforbundet", "Fellesforbundet", "Utdanningsforbundet"},
		"FI": {"JHL", "PAM", "Ammattiliitto Pro", "Teollisuusliitto"},
		"BE": {"ACV-CSC", "ABVV-FGTB", "ACLVB-CGSLB"},
		"NL": {"FNV", "CNV Vakmensen"},
	}
	w24NordicParishes = map[string][]string{
		"DK": {"Folkekirken - Vor Frue Sogn, København", "Folkekirken - Aarhus Domsogn", "Katolsk Sankt Ansgar Sogn"},
		"SE": {"Svenska kyrkan - Oscars församling", "Svenska kyrkan - Lunds domkyrkoförsamling", "Stockholms katolska stift"},
		"NO": {"Den norske kirke - Grünerløkka menighet", "Den norske kirke - Bergen domkirke menighet", "Islamic Cultural Centre Norway"},
		"FI": {"Helsingin Kallion seurakunta (ev.-lut.)", "Tampereen Tuomiokirkkoseurakunta", "Ortodoksinen Helsingin seurakunta"},
		"BE": {"Sint-Pietersparochie Leuven", "Paroisse Saint-Gilles"},
		"NL": {"Protestantse Gemeente Utrecht", "Parochie H. Lambertus, Maastricht"},
	}
)

func criiptoVerifyClaims(g *gen) *node {
	scheme := pick(g.r, []string{"dkmitid", "dkmitid", "dkmitid", "sebankid", "sebankid", "sebankid", "nobankid-oidc", "nobankid-oidc", "fitupas", "fitupas", "itsme", "itsme", "nlidin"})
	cc := map[string]string{"dkmitid": "DK", "sebankid": "SE", "nobankid-oidc": "NO", "fitupas": "FI", "itsme": "BE", "nlidin": "NL"}[scheme]
	g.w24Redraw(cc)
	rp := pick(g.r, []string{"bank", "bank", "pharmacy", "union", "church", "age", "youth", "insurance", "none", "none", "none"})
	if rp == "youth" && (cc == "BE" || cc == "NL" || cc == "FI") {
		rp = "bank" // itsme, iDIN and the banks' FTN are for adults
	}
	if rp == "youth" {
		g.w24Age(13, 17)
	} else {
		g.w24Age(18, 86)
	}
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w24SetPhone(cc)
	}
	name := p.given + " " + p.family
	tenant := pick(g.r, []string{"nordbank", "apotek-online", "medlem-portal", "kirkeportal", "vinbutik", "youthbank", "forsikring", "saas-demo"})
	iss := pick(g.r, []string{"https://" + tenant + ".criipto.id", "https://" + tenant + ".criipto.id", "https://login." + tenant + ".example." + strings.ToLower(cc)})
	aud := pick(g.r, []string{"urn:my:application:identifier:" + pattern(g.r, "####"), "urn:" + tenant + ":web", g.uuid()})
	acr := map[string]string{
		"dkmitid":       pick(g.r, []string{"urn:grn:authn:dk:mitid:substantial", "urn:grn:authn:dk:mitid:substantial", "urn:grn:authn:dk:mitid:low", "urn:grn:authn:dk:mitid:high"}),
		"sebankid":      pick(g.r, []string{"urn:grn:authn:se:bankid:same-device", "urn:grn:authn:se:bankid:another-device:qr", "urn:grn:authn:se:bankid"}),
		"nobankid-oidc": pick(g.r, []string{"urn:grn:authn:no:bankid:substantial", "urn:grn:authn:no:bankid:high", "urn:grn:authn:no:bankid"}),
		"fitupas":       pick(g.r, []string{"urn:grn:authn:fi:all", "urn:grn:authn:fi:bank-id", "urn:grn:authn:fi:mobile-id"}),
		"itsme":         pick(g.r, []string{"urn:grn:authn:itsme:basic", "urn:grn:authn:itsme:advanced"}),
		"nlidin":        "urn:grn:authn:nl:idin",
	}[scheme]
	sub := g.uuid()
	now := g.t.Unix()
	instant := g.t.Add(-time.Duration(2+g.r.IntN(20)) * time.Second).UTC().Format("2006-01-02T15:04:05.000Z")
	nonce := g.b62(22)
	// eidCountry is the claim naming the eID's country: where the
	// identity was issued, as a phone number tells where it was.
	eidCountry := func(v string) *node {
		g.lab.Weak = addCountry(g.lab.Weak, cc)
		return N(v)
	}
	claims := O("iss", N(iss), "aud", N(aud), "nonce", N(nonce))
	if scheme == "nlidin" {
		claims.set("identityscheme", N(scheme))
		claims.set("authenticationtype", N(acr))
		claims.set("http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationmethod", N(acr))
		claims.set("http://schemas.microsoft.com/ws/2008/06/identity/claims/authenticationinstant", N(instant))
		claims.set("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier", P(strings.ReplaceAll(sub, "-", "")))
		claims.set("sub", P("{"+sub+"}"))
		claims.set("http://schemas.grean.id/claims/sessionindex", N(g.uuid()))
	} else {
		claims.set("identityscheme", N(scheme))
		claims.set("authenticationtype", N(acr))
		claims.set("authenticationmethod", N(acr))
		claims.set("authenticationinstant", N(instant))
		claims.set("nameidentifier", P(strings.ReplaceAll(sub, "-", "")))
		claims.set("sub", P("{"+sub+"}"))
		claims.set("sessionindex", N(g.uuid()))
	}
	var loginHint string
	switch scheme {
	case "dkmitid":
		claims.set("uuid", P(g.uuid()))
		if g.r.IntN(3) != 0 {
			// The ssn scope: the CPR number, which holds the date of birth.
			claims.set("cprNumberIdentifier", P(strings.ReplaceAll(genCPR(g.r, p.dob, p.female, [2]string{}), "-", "")))
			g.dobAt()
		}
		claims.set("birthdate", g.dob("2006-01-02"))
		claims.set("age", P(fmt.Sprint(g.w24AgeAt())))
		claims.set("name", P(name))
		claims.set("country", eidCountry("DK"))
		if p.showResidence && g.r.IntN(3) == 0 {
			// The address lookup add-on.
			a := pick(g.r, w24DKAddrs)
			street := a.road + " " + a.house
			if a.floor != "" {
				street += "," + a.floor
				if a.door != "" {
					street += " " + a.door
				}
			}
			claims.set("address", O(
				"formatted", g.addr(name+"\n"+street+"\n"+a.post+" "+a.city+"\n(Lokalitet ukendt)\nDanmark"),
				"common_name", P(name),
				"street_address", g.addr(street),
				"postal_code", g.addr(a.post),
				"city", g.addr(a.city),
				"locality", N("(Lokalitet ukendt)"),
				"region", N(nil),
				"country", g.residence("Danmark"),
			))
			claims.set("address_details", O("road", g.addr(a.road), "road_code", N(a.rcode), "municipality", g.addrN(a.muni), "municipality_code", N(a.mcode)))
		}
	case "sebankid":
		ssn := w24Personnummer(g.r, p.dob, p.female)
		g.dobAt()
		claims.set("ssn", P(ssn))
		claims.set("name", P(name))
		claims.set("given_name", P(p.given))
		claims.set("family_name", P(p.family))
		claims.set("ipaddress", P(p.ip))
		claims.set("country", eidCountry("SE"))
		if g.r.IntN(5) == 0 {
			// The evidence scope: BankID's signed completion data, with the
			// user's personal number, name and device inside.
			xml := `<?xml version="1.0" encoding="UTF-8" standalone="no"?><Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo>` + g.w24Bytes(60) + `</SignedInfo><Object><bankIdSignedData Id="bidSignedData"><usrVisibleData>` + g.w24Bytes(24) + `</usrVisibleData><srvInfo><nonce>` + g.w24Bytes(20) + `</nonce></srvInfo><clientInfo><funcId>Identification</funcId><host><profile>` + ssn + `</profile><name>` + name + `</name><ipAddr>` + p.ip + `</ipAddr></host></clientInfo></bankIdSignedData></Object></Signature>`
			claims.set("evidence", P(base64.StdEncoding.EncodeToString([]byte(xml))))
			claims.set("ocspResponse", N("MIIHegoBAKCCB3MwggdvBgkrBgEFBQcwAQEEggdgMIIHXDCCAUihW"+g.w24Bytes(90)))
		}
		if g.r.IntN(4) == 0 {
			loginHint = "sub:" + ssn
		}
	case "nobankid-oidc":
		dnum := p.cit != p.c && g.r.IntN(2) == 0
		fnr := w24FNR(g.r, p.dob, p.female, dnum)
		g.dobAt()
		bank := pick(g.r, [][2]string{{"DNB Bank ASA", "9908"}, {"SpareBank 1 SR-Bank ASA", "9915"}, {"Nordea Bank Abp, filial i Norge", "9912"}, {"Sbanken ASA", "9923"}})
		uid := "9578-" + pattern(g.r, "####-#-######")
		claims.set("uniqueuserid", P(uid))
		claims.set("certissuer", N("CN=BankID - "+bank[0]+" - Bank CA 3,OU=98"+pattern(g.r, "#######")+",O="+bank[0]+",C=NO;OrginatorId="+bank[1]+";OriginatorName="+strings.Fields(bank[0])[0]+";OriginatorId="+bank[1]))
		if strings.HasSuffix(acr, "high") || acr == "urn:grn:authn:no:bankid" {
			claims.set("certsubject", P("CN="+p.family+"\\, "+p.given+",O="+bank[0]+",C=NO,SERIALNUMBER="+uid))
		}
		claims.set("birthdate", g.dob("2006-01-02"))
		claims.set("socialno", P(fnr))
		claims.set("family_name", P(p.family))
		claims.set("given_name", P(p.given))
		claims.set("name", P(name))
		claims.set("country", eidCountry("NO"))
		if g.r.IntN(5) == 0 {
			loginHint = "sub:" + fnr
		}
	case "fitupas":
		hetu := genHETU(g.r, p.dob, p.female, [2]string{})
		if g.r.IntN(3) == 0 {
			claims.set("name", P("_"+g.hex(40)))
		} else {
			claims.set("name", P(name))
		}
		claims.set("country", eidCountry("FI"))
		claims.set("given_name", P(p.given))
		claims.set("family_name", P(p.family))
		claims.set("birthdate", g.dob("2006-01-02"))
		if strings.HasSuffix(acr, "mobile-id") {
			claims.set("satu", P(w24SATU(g.r)))
		} else {
			claims.set("satu", N(""))
		}
		claims.set("hetu", P(hetu))
	case "itsme":
		g.w24SetPhone("BE")
		d := pick(g.r, [][4]string{{"IOS", "iPhone15,2", "Apple", "17.5"}, {"IOS", "iPhone14,5", "Apple", "17.4"}, {"IOS", "iPhone16,1", "Apple", "18.1"}, {"ANDROID", "SM-S918B", "samsung", "14"}, {"ANDROID", "SM-A546B", "samsung", "14"}, {"ANDROID", "Pixel 8", "Google", "15"}})
		os := d[0]
		dev := O(
			"os", N(os),
			"appName", N("itsme"),
			"appRelease", N(pick(g.r, []string{"3.4.1", "3.6.0", "3.7.2"})),
			"deviceLabel", N(d[1]),
			"debugEnabled", N("false"),
			"deviceID", P(g.hex(33)),
			"osRelease", N(d[3]),
			"manufacturer", N(d[2]),
			"hasSimEnabled", N(nil),
			"deviceLockLevel", N(pick(g.r, []string{"FACE_ID", "FINGERPRINT", "PIN"})),
			"smsEnabled", N("true"),
			"rooted", N("false"),
		)
		if os == "ANDROID" && g.r.IntN(2) == 0 {
			dev.set("imei", P(w24Luhn("35"+pattern(g.r, "############"))))
		} else {
			dev.set("imei", N(nil))
		}
		dev.set("deviceModel", N(map[string]string{"IOS": "iPhone", "ANDROID": "Android"}[os]))
		dev.set("sdkRelease", N(""))
		claims.set("deviceinfo", dev)
		claims.set("transactioninfo", O("info", N(nil)))
		pob := pick(g.r, []string{"Uccle", "Leuven", "Gent", "Liège", "Antwerpen", "Casablanca", "Kinshasa"})
		pobc := map[string]string{"Casablanca": "MA", "Kinshasa": "CD"}[pob]
		if pobc == "" {
			pobc = "BE"
		}
		claims.set("placeofbirth", O("city", P(pob), "country", P(pobc), "formatted", P(pob+" "+pobc)))
		claims.set("birthdate", g.dob("2006-01-02"))
		if ph := g.phone("+32 " + g.w24NSN()); ph != nil {
			claims.set("phone_number_verified", N("true"))
			claims.set("phone_number", ph)
		}
		claims.set("email_verified", N("false"))
		claims.set("email", P(p.email))
		nrn := genBENRN(g.r, p.dob, p.female, [2]string{})
		g.dobAt()
		claims.set("nationalnumber", P(nrn))
		claims.set("gender", P(map[bool]string{true: "female", false: "male"}[p.female]))
		claims.set("family_name", P(p.family))
		claims.set("given_name", P(p.given))
		claims.set("name", P(name))
		if p.showResidence {
			a := pick(g.r, w24BEAddrs)
			claims.set("address", O(
				"formatted", g.addr(a.street+" "+a.post+" "+a.city+" BE"),
				"common_name", N(nil),
				"street_address", g.addr(a.street),
				"postal_code", g.addr(a.post),
				"city", N(nil),
				"locality", g.addr(a.city),
				"region", N(nil),
				"country", N(nil),
			))
			g.lab.Residence = addCountry(g.lab.Residence, "BE")
		}
	case "nlidin":
		prefix, surname := "", p.family
		if i := strings.LastIndex(p.family, " "); i > 0 {
			prefix, surname = p.family[:i], p.family[i+1:]
		}
		claims.set("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/country", eidCountry("NL"))
		claims.set("email", P(p.email))
		if ph := g.phone(p.phoneE164); ph != nil {
			claims.set("phone_number", ph)
		}
		claims.set("http://schemas.grean.id/claims/gender", P(map[bool]string{true: "FEMALE", false: "MALE"}[p.female]))
		claims.set("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname", P(surname))
		claims.set("family_name", P(surname))
		if prefix != "" {
			claims.set("http://schemas.grean.id/claims/legallastnameprefix", P(prefix))
		}
		claims.set("http://schemas.grean.id/claims/initials", P(strings.ToUpper(p.givenL[:1])+"."))
		claims.set("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/dateofbirth", g.dob("2006-01-02"))
		claims.set("birthdate", g.dob("2006-01-02"))
		if p.showResidence {
			a := pick(g.r, w24NLAddrs)
			claims.set("address", O("street_address", g.addr(a.street), "postal_code", g.addr(a.post), "locality", g.addr(a.city), "country", g.residence("NL")))
		}
		claims.set("verified_claims", O("bin", P(pick(g.r, []string{"INGBNL2A", "RABONL2U", "ABNANL2A"})+strings.ToUpper(g.hex(24)))))
	}
	claims.set("iat", N(now))
	claims.set("nbf", N(now))
	claims.set("exp", N(now+1200))

	// The relying party's record: not in the token exchange's log.
	layout := g.r.IntN(6)
	if layout == 2 {
		rp = "none"
	}
	var account *node
	switch rp {
	case "bank":
		p.showCitizenship = true
		kyc := O("pep", N(false), "citizenship", A(g.citizenship(p.cit.code)))
		if p.showResidence {
			kyc.set("tax_residency", A(g.residence(cc)))
		}
		kyc.set("occupation", P(pick(g.r, []string{"Sygeplejerske", "Lärare", "Software engineer", "Elektriker", "Pensionist", "Student"})))
		kyc.set("purpose_of_account", N(pick(g.r, []string{"salary and savings", "everyday banking", "mortgage"})))
		kyc.set("source_of_funds", N(pick(g.r, []string{"employment", "pension", "inheritance"})))
		account = O("customer_no", P(pattern(g.r, "########")), "onboarded_at", N(g.t.UTC().Format(time.RFC3339)), "kyc", kyc)
	case "pharmacy":
		var rx []*node
		for range 1 + g.r.IntN(2) {
			d := pick(g.r, w24NordicRx[cc])
			rx = append(rx, O("drug", S(d[0], "health"), "dosage", S(d[1], "health"), "prescriber", P("Dr. "+pick(g.r, []string{"Hanne Lund", "Per Nyström", "Kari Dahl", "Matti Laine", "Sophie Peeters"})), "valid_until", N(g.t.AddDate(1, 0, 0).Format("2006-01-02"))))
		}
		account = O("customer_no", P(pattern(g.r, "A#######")), "prescriptions", A(rx...), "pickup", N(pick(g.r, []string{"home delivery", "Apoteket City", "Apotek 1 Storgata"})))
	case "union":
		account = O("member_no", P(pattern(g.r, "#######")), "union", S(pick(g.r, w24NordicUnions[cc]), "trade_union"), "workplace", P(pick(g.r, []string{"Region Hovedstaden", "Volvo Cars Torslanda", "Oslo kommune", "Kesko Oyj", "Stad Gent", "Albert Heijn"})), "member_since", P(g.t.AddDate(-g.r.IntN(15), -g.r.IntN(12), 0).Format("2006-01-02")))
	case "church":
		account = O("person_ref", P(g.uuid()), "parish", S(pick(g.r, w24NordicParishes[cc]), "religion"))
		if g.r.IntN(3) == 0 {
			account.set("request", S(pick(g.r, []string{"udmeldelse af folkekirken", "utträde ur Svenska kyrkan", "innmelding i Den norske kirke", "baptism booking for our daughter"}), "religion"))
		} else {
			account.set("registered_since", P(g.t.AddDate(-1-g.r.IntN(30), -g.r.IntN(12), 0).Format("2006-01-02")))
		}
	case "age":
		account = O("age_verified", N(true), "threshold", N(pick(g.r, []int{18, 20})), "product_category", N(pick(g.r, []string{"alcohol", "tobacco", "gambling"})))
	case "youth":
		pg, _ := split(pick(g.r, p.c.given))
		account = O("account_type", N("youth_account"), "guardian", O("name", P(pg+" "+p.family), "relation", N(pick(g.r, []string{"mother", "father"})), "consent_at", N(g.t.Add(-time.Hour).UTC().Format(time.RFC3339))), "birthdate", g.dob("2006-01-02"))
	case "insurance":
		ans := pick(g.r, []w24Item{{"No treatment or illness in the last 5 years", 0, "health"}, {"Yes - asthma, inhaler daily", 0, "health"}, {"Yes - knee surgery 2023 (ACL)", 0, "health"}, {"Yes - treated for depression, on sertraline", 0, "health"}})
		account = O("policy_no", P("POL-"+pattern(g.r, "#########")), "product", N(pick(g.r, []string{"Helseforsikring", "Sundhedsforsikring", "Sjukvårdsförsäkring"})), "health_declaration", A(O("question", N("Have you in the last 5 years been treated for an illness or injury?"), "answer", w24Text(ans.name, ans.cat))))
	}

	idToken := g.w24JWT(`{"typ":"JWT","alg":"RS256","kid":"`+strings.ToUpper(g.hex(40))+`"}`, claims)
	if scheme == "fitupas" {
		// FTN: encrypted tokens since August 2025.
		idToken = g.w24JWE(g.b62(24), 1400+g.r.IntN(400))
	}
	redirect := pick(g.r, []string{"https://www." + tenant + ".example/signin-oidc", "https://app." + tenant + ".example/auth/callback"})
	switch layout {
	case 0, 1:
		out := O("event", N("login"), "provider", N("criipto"), "ts", N(g.t.UTC().Format(time.RFC3339Nano)), "acr_values", N(acr), "id_token", C(idToken), "claims", claims)
		if account != nil {
			out.set("account", account)
		}
		return out
	case 2:
		code := g.chars(b64Set, 43)
		keys := []string{"grant_type", "code", "redirect_uri", "client_id"}
		vals := []*node{N("authorization_code"), C(code), N(redirect), N(aud)}
		headers := O("Content-Type", N("application/x-www-form-urlencoded"))
		if scheme == "fitupas" {
			keys = append(keys, "client_assertion_type", "client_assertion")
			ca := O("iss", N(aud), "sub", N(aud), "aud", N(iss+"/oauth2/token"), "jti", N(g.uuid()), "exp", N(now+60))
			vals = append(vals, N("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), C(g.w24JWT(`{"alg":"RS256","kid":"`+g.b62(16)+`"}`, ca)))
		} else if g.r.IntN(2) == 0 {
			keys = append(keys, "client_secret")
			vals = append(vals, C(g.chars(b64Set, 44)))
		} else {
			headers.set("Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte(url.QueryEscape(aud)+":"+g.chars(b64Set, 44)))))
		}
		out := O(
			"request", O("method", N("POST"), "url", N(iss+"/oauth2/token"), "headers", headers, "body", w24Form(keys, vals)),
			"response", O("status", N(200), "body", O("token_type", N("Bearer"), "expires_in", N("120"), "id_token", C(idToken), "access_token", C(g.chars(b64Set, 43)))),
			"claims", claims,
		)
		return out
	case 3:
		// response_mode=form_post: the browser posts the token back.
		state := g.b62(24)
		form := w24Form([]string{"id_token", "state"}, []*node{C(idToken), N(state)})
		out := O("method", N("POST"), "path", N("/signin-oidc"), "remote_addr", P(p.ip), "body", form, "form", O("id_token", C(idToken), "state", N(state)), "claims", claims)
		if account != nil {
			out.set("account", account)
		}
		return out
	case 4:
		q := url.Values{}
		q.Set("response_type", "code")
		q.Set("client_id", aud)
		q.Set("redirect_uri", redirect)
		q.Set("acr_values", acr)
		q.Set("scope", pick(g.r, []string{"openid", "openid ssn", "openid address", "openid evidence"}))
		q.Set("state", g.b62(24))
		q.Set("nonce", nonce)
		var u *node
		if loginHint != "" {
			// A prefilled national number in the login hint.
			q.Set("login_hint", loginHint)
			u = P(iss + "/oauth2/authorize?" + q.Encode())
		} else {
			u = N(iss + "/oauth2/authorize?" + q.Encode())
		}
		out := O("authorize_url", u, "claims", claims)
		if account != nil {
			out.set("account", account)
		}
		return out
	}
	if account != nil {
		return O("user", claims, "account", account)
	}
	return claims
}

// --------------------------------------------------------------- Workday

// w24WDName is a worker's legal name in Latin script (with a second last
// name in Mexico, a middle name in the Philippines, a patronymic in
// Ukraine) and in the local script where there is one.
type w24WDName struct {
	first, last, second, middle string
	localFirst, localLast       string
	localMiddle                 string
	female                      bool
}

var w24WDNames = map[string][]w24WDName{
	"US": {{"Emily", "Johnson", "", "", "", "", "", true}, {"Michael", "Williams", "", "", "", "", "", false}, {"Maria", "Garcia", "", "", "", "", "", true}, {"DeShawn", "Washington", "", "", "", "", "", false}, {"Jennifer", "Nguyen", "", "", "", "", "", true}, {"Robert", "Kowalczyk", "", "", "", "", "", false}, {"Aisha", "Rahman", "", "", "", "", "", true}, {"Tyler", "Brooks", "", "", "", "", "", false}},
	"IN": {{"Rahul", "Sharma", "", "", "राहुल", "शर्मा", "", false}, {"Priya", "Patel", "", "", "प्रिया", "पटेल", "", true}, {"Arjun", "Iyer", "", "", "அர்ஜுன்", "ஐயர்", "", false}, {"Sneha", "Reddy", "", "", "స్నేహ", "రెడ్డి", "", true}, {"Mohammed", "Khan", "", "", "मोहम्मद", "ख़ान", "", false}, {"Gurpreet", "Kaur", "", "", "ਗੁਰਪ੍ਰੀਤ", "ਕੌਰ", "", true}},
	"MX": {{"José Luis", "Hernández", "García", "", "", "", "", false}, {"María Guadalupe", "Martínez", "López", "", "", "", "", true}, {"Diego", "Ramírez", "Cruz", "", "", "", "", false}, {"Fernanda", "Sánchez", "Ortiz", "", "", "", "", true}, {"Juan Carlos", "Pérez", "Mendoza", "", "", "", "", false}},
	"PL": {{"Jakub", "Nowak", "", "", "", "", "", false}, {"Zofia", "Kowalska", "", "", "", "", "", true}, {"Łukasz", "Wiśniewski", "", "", "", "", "", false}, {"Agnieszka", "Wójcik", "", "", "", "", "", true}, {"Piotr", "Kamiński", "", "", "", "", "", false}, {"Katarzyna", "Lewandowska", "", "", "", "", "", true}},
	"PH": {{"Mark Anthony", "Santos", "", "Reyes", "", "", "", false}, {"Kristine", "Dela Cruz", "", "Bautista", "", "", "", true}, {"Juan Miguel", "Garcia", "", "Mendoza", "", "", "", false}, {"Angelica", "Villanueva", "", "Ramos", "", "", "", true}, {"Jose Rizal", "Aquino", "", "Soriano", "", "", "", false}},
	"UA": {{"Olena", "Shevchenko", "", "Petrivna", "Олена", "Шевченко", "Петрівна", true}, {"Andrii", "Kovalenko", "", "Mykolaiovych", "Андрій", "Коваленко", "Миколайович", false}, {"Taras", "Bondar", "", "Ivanovych", "Тарас", "Бондар", "Іванович", false}, {"Iryna", "Melnyk", "", "Serhiivna", "Ірина", "Мельник", "Сергіївна", true}, {"Dmytro", "Tkachenko", "", "Oleksandrovych", "Дмитро", "Ткаченко", "Олександрович", false}},
}

// w24WDHome is a home address: street, city, state or province, postcode.
type w24WDHome struct{ street, city, region, post string }

var w24WDHomes = map[string][]w24WDHome{
	"MX": {{"Av. Álvaro Obregón 120, Int. 4, Col. Roma Norte", "Ciudad de México", "Ciudad de México", "06700"}, {"Calle Libertad 1450, Col. Americana", "Guadalajara", "Jalisco", "44160"}, {"Av. Constitución 300 Pte., Col. Centro", "Monterrey", "Nuevo León", "64000"}},
	"PL": {{"ul. Puławska 145 m. 12", "Warszawa", "mazowieckie", "02-715"}, {"ul. Długa 27/3", "Kraków", "małopolskie", "31-147"}, {"ul. Piotrkowska 104/8", "Łódź", "łódzkie", "90-006"}, {"ul. Grunwaldzka 82/15", "Gdańsk", "pomorskie", "80-244"}},
	"PH": {{"Unit 1203, One Serendra East Tower, 11th Ave.", "Taguig City", "Metro Manila", "1634"}, {"Blk 7 Lot 12 Sampaguita St., Brgy. Commonwealth", "Quezon City", "Metro Manila", "1121"}, {"45 Gorordo Ave., Brgy. Lahug", "Cebu City", "Cebu", "6000"}},
	"UA": {{"вул. Хрещатик, 15, кв. 42", "Київ", "м. Київ", "01001"}, {"вул. Городоцька, 120, кв. 7", "Львів", "Львівська область", "79022"}, {"vul. Naukova, 14, kv. 88", "Kharkiv", "Kharkivska oblast", "61072"}},
}

// w24WDLoc is a work location with its office address ("" for remote).
type w24WDLoc struct{ name, addr string }

var w24WDLocs = map[string][]w24WDLoc{
	"US": {{"San Francisco - HQ", "3939 The Embarcadero, San Francisco, CA 94111"}, {"Austin - Domain", "11501 Alterra Pkwy, Austin, TX 78758"}, {"Chicago - Fulton Market", "1000 W Fulton Market, Chicago, IL 60607"}, {"Remote - United States", ""}},
	"IN": {{"Bengaluru - Bagmane Tech Park", "Bagmane Tech Park, C V Raman Nagar, Bengaluru, Karnataka 560093"}, {"Hyderabad - HITEC City", "Mindspace, HITEC City, Hyderabad, Telangana 500081"}},
	"MX": {{"Ciudad de México - Reforma", "Paseo de la Reforma 505, Cuauhtémoc, 06500 Ciudad de México, CDMX"}, {"Guadalajara - Tech Hub", "Av. Vallarta 6503, Zapopan, Jal. 45010"}},
	"PL": {{"Warszawa - Mokotów", "ul. Postępu 14, 02-676 Warszawa"}, {"Kraków - Zabłocie", "ul. Lipowa 3, 30-702 Kraków"}},
	"PH": {{"Taguig - BGC", "30th Street corner 11th Avenue, Bonifacio Global City, Taguig 1634"}, {"Cebu IT Park", "Jose Maria del Mar St., Cebu IT Park, Cebu City 6000"}},
	"UA": {{"Kyiv - Podil", "вул. Набережно-Хрещатицька, 9, Київ 04070"}, {"Lviv - Tech Park", "вул. Городоцька, 174, Львів 79022"}},
}

var w24WDTenants = []struct{ tenant, company, domain, host string }{
	{"northwind", "Northwind Logistics", "northwindlogistics.com", "wd5-services1.myworkday.com"},
	{"contoso_pharma", "Contoso Pharma", "contosopharma.com", "wd3-services1.myworkday.com"},
	{"fabrikam", "Fabrikam Retail", "fabrikam.com", "wd2-impl-services1.workday.com"},
	{"tailspin", "Tailspin Software", "tailspin.io", "wd12-services1.myworkday.com"},
}

var w24WDTitles = []string{"Software Engineer II", "Senior Accountant", "HR Business Partner", "Customer Support Specialist", "Warehouse Associate", "Sales Development Representative", "Payroll Analyst", "Data Scientist", "Store Associate", "Clinical Research Associate"}

// w24PLIDCard is a Polish identity card number: three letters and six
// digits, the first digit the check (the letters as 10-35 and the other
// digits weighted 7 3 1 7 3 1 7 3, modulo 10).
func w24PLIDCard(r *rand.Rand) string {
	l := []byte{letter(r), letter(r), letter(r)}
	d := digits(r, 5)
	s := 0
	for i, c := range l {
		s += int(c-'A'+10) * []int{7, 3, 1}[i]
	}
	for i, x := range d {
		s += x * []int{7, 3, 1, 7, 3}[i]
	}
	return string(l) + fmt.Sprint(s%10) + str(d)
}

// w24WDID is a national identifier of a worker.
type w24WDID struct {
	typ, desc, value, country string
	dob                       bool // the number holds the date of birth
}

func workdayWorkerREST(g *gen) *node {
	cc := pick(g.r, []string{"US", "US", "US", "IN", "IN", "MX", "MX", "PL", "PL", "PH", "PH", "UA"})
	g.w24Redraw(cc)
	minorHire := cc == "US" && g.r.IntN(12) == 0
	if minorHire {
		g.w24Age(16, 17) // a part-time store associate
	} else {
		g.w24Age(19, 66)
	}
	p := g.p
	p.cit = p.c
	visa := ""
	switch {
	case cc == "US" && g.r.IntN(5) == 0:
		p.cit = countryByCode(pick(g.r, []string{"IN", "IN", "MX", "PH"}))
		visa = pick(g.r, []string{"H-1B", "H-1B", "L-1A", "TN"})
		if p.cit.code == "MX" {
			visa = "TN"
		}
	case cc == "PL" && g.r.IntN(3) == 0:
		// Under temporary protection after fleeing the war.
		p.cit = countryByCode("UA")
	}
	if p.phoneCC != cc {
		g.w24SetPhone(cc)
	}
	n := pick(g.r, w24WDNames[p.cit.code])
	p.female = n.female
	t := pick(g.r, w24WDTenants)
	first := n.first
	preferred := first
	if g.r.IntN(4) == 0 {
		preferred = pick(g.r, map[bool][]string{true: {"Em", "Lupita", "Kris", "Kasia", "Lena"}, false: {"Mike", "Pepe", "Kuba", "Andy", "Raj"}}[n.female])
	}
	legalFull := strings.TrimSpace(strings.Join([]string{n.first, n.middle, n.last, n.second}, " "))
	legalFull = strings.Join(strings.Fields(legalFull), " ")
	display := preferred + " " + n.last
	p.email = g.w24Email(w24Ascii(n.first), w24Ascii(n.last), map[string][]string{"US": {"gmail.com", "yahoo.com", "icloud.com"}, "IN": {"gmail.com", "yahoo.co.in", "rediffmail.com"}, "MX": {"gmail.com", "hotmail.com", "outlook.com"}, "PL": {"wp.pl", "onet.pl", "gmail.com"}, "PH": {"gmail.com", "yahoo.com.ph"}, "UA": {"ukr.net", "gmail.com", "i.ua"}}[p.cit.code])
	workEmail := w24Ascii(strings.Fields(n.first)[0]) + "." + w24Ascii(strings.ReplaceAll(n.last, " ", "")) + "@" + t.domain
	wid := g.hex(32)
	empID := pattern(g.r, pick(g.r, []string{"2####", "1#####", "E######"}))
	loc := pick(g.r, w24WDLocs[cc])
	title := pick(g.r, w24WDTitles)
	if minorHire {
		title = "Store Associate"
	}
	hire := g.t.AddDate(-g.r.IntN(12), -g.r.IntN(12), -g.r.IntN(28))
	if minorHire {
		hire = g.t.AddDate(0, -g.r.IntN(6), -g.r.IntN(28))
	}
	if hire.Before(g.p.dob.AddDate(16, 0, 0)) {
		hire = g.p.dob.AddDate(16, 1, 0)
		if hire.After(g.t) {
			hire = g.t.AddDate(0, 0, -7)
		}
	}
	years := int(g.t.Sub(hire).Hours() / 24 / 365)
	mgr := pick(g.r, w24WDNames[cc])
	mgrName := mgr.first + " " + mgr.last
	org := pick(g.r, []string{"Engineering - Platform", "Finance Operations", "People & Culture", "Customer Experience", "Distribution Center 4", "Store 0217", "Clinical Operations"}) + " (" + mgrName + ")"
	workPhone, _ := phoneNumber(g.r, cc)
	workCountry := func() {
		// Where the worker works: a hint at where they live, not a statement.
		g.lab.Weak = addCountry(g.lab.Weak, cc)
	}
	cname := englishName[cc]
	if cc == "US" {
		cname = "United States of America"
	}

	// The worker's national identifiers.
	var ids []w24WDID
	var latinGiven, latinFamily = w24Ascii(n.first), w24Ascii(n.last)
	switch cc {
	case "US":
		ids = append(ids, w24WDID{"USA-SSN", "Social Security Number (SSN)", genSSN(g.r, p.dob, p.female, [2]string{}), "USA", false})
	case "IN":
		ids = append(ids, w24WDID{"IND-PAN", "Permanent Account Number (PAN)", genPAN(g.r, p.dob, p.female, [2]string{latinGiven, latinFamily}), "IND", false})
		if g.r.IntN(2) == 0 {
			ids = append(ids, w24WDID{"IND-AADHAAR", "Aadhaar Number", genAadhaar(g.r, p.dob, p.female, [2]string{}), "IND", false})
		}
		ids = append(ids, w24WDID{"IND-UAN", "Universal Account Number (UAN)", "10" + pattern(g.r, "##########"), "IND", false})
	case "MX":
		cu := curp(g.r, p.dob, p.female, latinGiven, latinFamily)
		ids = append(ids, w24WDID{"MEX-CURP", "CURP", cu, "MEX", true})
		ids = append(ids, w24WDID{"MEX-RFC", "RFC", cu[:10] + g.chars("ABCDEFGHJKLMNPRSTUVWXYZ123456789", 2) + fmt.Sprint(g.r.IntN(10)), "MEX", true})
		ids = append(ids, w24WDID{"MEX-IMSS", "Número de Seguridad Social (IMSS)", pattern(g.r, "###########"), "MEX", false})
	case "PL":
		ids = append(ids, w24WDID{"POL-PESEL", "PESEL", genPESEL(g.r, p.dob, p.female, [2]string{}), "POL", true})
		if p.cit.code == "PL" && g.r.IntN(2) == 0 {
			ids = append(ids, w24WDID{"POL-ID", "Dowód osobisty", w24PLIDCard(g.r), "POL", false})
		}
	case "PH":
		ids = append(ids, w24WDID{"PHL-SSS", "Social Security System (SSS) Number", pattern(g.r, "##-#######-#"), "PHL", false})
		ids = append(ids, w24WDID{"PHL-TIN", "Tax Identification Number (TIN)", pattern(g.r, "###-###-###-000"), "PHL", false})
		ids = append(ids, w24WDID{"PHL-PHIC", "PhilHealth Number", pattern(g.r, "##-#########-#"), "PHL", false})
		if g.r.IntN(2) == 0 {
			ids = append(ids, w24WDID{"PHL-HDMF", "Pag-IBIG (HDMF) Number", pattern(g.r, "####-####-####"), "PHL", false})
		}
	case "UA":
		ids = append(ids, w24WDID{"UKR-RNOKPP", "РНОКПП (ІПН)", genRNOKPP(g.r, p.dob, p.female), "UKR", true})
		ids = append(ids, w24WDID{"UKR-UNZR", "Запис в ЄДДР (УНЗР)", genUNZR(g.r, p.dob), "UKR", true})
	}
	// A passport: held by foreigners, and by some citizens for travel.
	var passport *w24WDID
	if p.cit != p.c || g.r.IntN(4) == 0 {
		num := map[string]string{"US": pattern(g.r, "5########"), "IN": string(letter(g.r)) + pattern(g.r, "#######"), "MX": "G" + pattern(g.r, "########"), "PH": "P" + pattern(g.r, "#######") + string(letter(g.r)), "UA": pick(g.r, []string{"FA", "FE", "GA"}) + pattern(g.r, "######"), "PL": string(letter(g.r)) + string(letter(g.r)) + pattern(g.r, "#######")}[p.cit.code]
		passport = &w24WDID{"Passport", "Passport", num, alpha3[p.cit.code], false}
	}

	// Self-identification and personal information: what a country's
	// payroll and reporting collect.
	type field struct {
		key  string
		node *node
	}
	var personal []field
	add := func(k string, v *node) { personal = append(personal, field{k, v}) }
	add("gender", P(map[bool]string{true: "Female", false: "Male"}[p.female]))
	add("maritalStatus", P(pick(g.r, []string{"Single", "Married", "Married", "Divorced", "Domestic Partner"})+" ("+cname+")"))
	switch cc {
	case "US":
		eth := pick(g.r, []string{"White (United States of America)", "Hispanic or Latino (United States of America)", "Black or African American (United States of America)", "Asian (United States of America)", "Two or More Races (United States of America)", "I do not wish to answer. (United States of America)"})
		if strings.HasPrefix(eth, "I do not") {
			add("ethnicity", N(eth))
		} else {
			add("ethnicity", S(eth, "ethnicity"))
		}
		add("militaryStatus", P(pick(g.r, []string{"Not a Protected Veteran", "Not a Protected Veteran", "Protected Veteran", "I identify as one or more of the classifications of protected veteran"})))
		switch d := pick(g.r, []string{"No, I do not have a disability and have not had one in the past", "Yes, I have a disability (or previously had a disability)", "I do not want to answer"}); d {
		case "I do not want to answer":
			add("disabilityStatus", N(d))
		default:
			add("disabilityStatus", S(d, "health"))
		}
		if g.r.IntN(3) == 0 {
			add("tobaccoUse", S(pick(g.r, []string{"Tobacco User", "Non-Tobacco User"}), "health"))
		}
		if g.r.IntN(6) == 0 {
			switch so := pick(g.r, []string{"Gay or Lesbian", "Bisexual", "Heterosexual or Straight", "I do not wish to answer"}); so {
			case "I do not wish to answer":
				add("sexualOrientation", N(so))
			default:
				add("sexualOrientation", S(so, "sexual_orientation"))
			}
		}
	case "IN":
		add("religion", S(pick(g.r, []string{"Hindu", "Hindu", "Muslim", "Sikh", "Christian", "Jain"}), "religion"))
		add("bloodType", S(pick(g.r, []string{"B+", "O+", "A+", "AB+", "O-"}), "health"))
		if g.r.IntN(3) == 0 {
			add("reservedCategory", S(pick(g.r, []string{"OBC", "SC", "ST", "General"}), "ethnicity"))
		}
	case "MX":
		add("bloodType", S(pick(g.r, []string{"O+", "A+", "B+", "O-"}), "health"))
		if g.r.IntN(2) == 0 {
			add("unionMembership", S(pick(g.r, []string{"Sindicato Nacional de Trabajadores de la Industria Química, Sección 12", "SNTSS - Sección XIV", "Sindicato de Trabajadores de la Industria del Transporte, Sección 4"}), "trade_union"))
		}
	case "PL":
		if g.r.IntN(4) == 0 {
			add("disabilityStatus", S(pick(g.r, []string{"Orzeczenie o umiarkowanym stopniu niepełnosprawności", "Orzeczenie o lekkim stopniu niepełnosprawności"}), "health"))
		}
		if g.r.IntN(3) == 0 {
			add("unionMembership", S(pick(g.r, []string{"NSZZ Solidarność - Komisja Zakładowa nr 1234", "OPZZ - ZZ Pracowników Handlu"}), "trade_union"))
		}
	case "PH":
		add("religion", S(pick(g.r, []string{"Roman Catholic", "Roman Catholic", "Iglesia ni Cristo", "Islam", "Born Again Christian", "Seventh-day Adventist"}), "religion"))
		add("bloodType", S(pick(g.r, []string{"O+", "A+", "B+", "AB+"}), "health"))
	case "UA":
		if !p.female {
			add("militaryRegistration", P(pick(g.r, []string{"Військовозобов'язаний, ТЦК та СП Шевченківського району м. Києва", "Reservist - registered with Lviv regional TCC", "Знятий з військового обліку"})))
		}
	}
	ecName := func() string {
		e := pick(g.r, w24WDNames[p.cit.code])
		return e.first + " " + e.last
	}
	ecRel := pick(g.r, []string{"Spouse", "Mother", "Father", "Sibling", "Friend"})
	if minorHire {
		ecRel = pick(g.r, []string{"Mother", "Father"})
	}
	ecPhone, _ := phoneNumber(g.r, cc)
	ecPerson := ecName()
	if ecRel != "Friend" {
		// Family share the worker's family name.
		ecPerson = strings.Fields(pick(g.r, w24WDNames[p.cit.code]).first)[0] + " " + n.last
	}
	var kids []struct{ name, dob string }
	if !minorHire && g.r.IntN(3) == 0 {
		for range 1 + g.r.IntN(2) {
			kid := pick(g.r, w24WDNames[p.cit.code])
			kids = append(kids, struct{ name, dob string }{strings.Fields(kid.first)[0] + " " + n.last, g.t.AddDate(-1-g.r.IntN(16), -g.r.IntN(12), -g.r.IntN(28)).Format("2006-01-02")})
		}
	}

	// The home address.
	var home *w24WDHome
	if p.showResidence {
		switch cc {
		case "US":
			u := pick(g.r, w23USPlaces)
			home = &w24WDHome{u.street, u.city, u.state, u.zip}
		case "IN":
			u := pick(g.r, w23INPlaces)
			home = &w24WDHome{pick(g.r, u.streets), u.city, u.region, u.post}
		default:
			h := pick(g.r, w24WDHomes[cc])
			home = &h
		}
	}
	base := "https://" + t.host + "/ccx/api"
	bearer := C("Bearer " + g.chars(b64Set, 180))

	switch mode := g.r.IntN(6); mode {
	case 0, 1:
		// The REST API: the worker, looked up by the work e-mail, with the
		// person service's subresources the integration reads next.
		worker := O(
			"id", P(wid),
			"descriptor", P(display),
			"href", P(base+"/staffing/v6/"+t.tenant+"/workers/"+wid),
			"workerId", P(empID),
			"workerType", O("id", N(g.hex(32)), "descriptor", N(pick(g.r, []string{"Employee", "Employee", "Contingent Worker"}))),
			"businessTitle", P(title),
			"isManager", N(g.r.IntN(5) == 0),
			"primaryWorkEmail", P(workEmail),
			"primaryWorkPhone", P(func() string {
				nn, _ := phonenumbers.Parse(workPhone, "")
				return "+" + fmt.Sprint(nn.GetCountryCode()) + "  " + phonenumbers.Format(nn, phonenumbers.NATIONAL)
			}()),
			"primarySupervisoryOrganization", O("id", N(g.hex(32)), "descriptor", P(org), "href", N(base+"/staffing/v6/"+t.tenant+"/supervisoryOrganizations/"+g.hex(32))),
			"location", O("id", N(g.hex(32)), "descriptor", N(loc.name)),
		)
		workCountry()
		if loc.addr != "" {
			worker.set("primaryWorkAddressText", N(loc.addr))
		}
		worker.set("yearsOfService", P(years))
		worker.set("hireDate", P(hire.Format("2006-01-02")))
		out := O(
			"request", O("method", N("GET"), "url", P(base+"/staffing/v6/"+t.tenant+"/workers?search="+url.QueryEscape(workEmail)+"&limit=20"), "headers", O("Authorization", bearer)),
			"response", O("status", N(200), "body", O("total", N(1), "data", A(worker))),
		)
		if mode == 1 {
			person := O()
			ln := O("country", O("id", N(g.hex(32)), "descriptor", N(englishName[p.cit.code])), "firstName", P(n.first))
			if n.middle != "" {
				ln.set("middleName", P(n.middle))
			}
			ln.set("lastName", P(n.last))
			if n.second != "" {
				ln.set("secondaryLastName", P(n.second))
			}
			if n.localFirst != "" {
				ln.set("localFirstName", P(n.localFirst))
				ln.set("localLastName", P(n.localLast))
			}
			person.set("legalName", ln)
			if home != nil {
				ha := O(
					"id", N(g.hex(32)),
					"descriptor", g.addr(home.street+", "+home.city+", "+home.region+" "+home.post),
					"usage", O("usageType", O("id", N(g.hex(32)), "descriptor", N("Home")), "primary", N(true)),
					"addressLine1", g.addr(home.street),
					"city", g.addr(home.city),
					"countryRegion", O("descriptor", g.addrN(home.region)),
					"postalCode", g.addr(home.post),
					"country", O("id", N(g.hex(32)), "descriptor", g.residence(cname)),
				)
				person.set("homeAddresses", O("total", N(1), "data", A(ha)))
			}
			pi := O("dateOfBirth", g.dob("2006-01-02"))
			for _, f := range personal {
				pi.set(f.key, O("id", N(g.hex(32)), "descriptor", f.node))
			}
			p.showCitizenship = p.showCitizenship || p.cit != p.c
			if c := g.citizenship(englishName[p.cit.code]); c != nil {
				pi.set("nationality", O("id", N(g.hex(32)), "descriptor", c))
			}
			person.set("personalInformation", pi)
			var nids []*node
			for _, id := range ids {
				if id.dob {
					g.dobAt()
				}
				g.lab.Weak = addCountry(g.lab.Weak, cc)
				nids = append(nids, O("id", N(g.hex(32)), "nationalIdentifierType", O("id", N(id.typ), "descriptor", N(id.desc)), "identifier", P(id.value), "country", O("descriptor", N(cname))))
			}
			person.set("nationalIdentifiers", O("total", N(len(nids)), "data", A(nids...)))
			person.set("emergencyContacts", O("total", N(1), "data", A(O("descriptor", P(ecPerson), "relatedPersonRelationship", O("descriptor", N(ecRel)), "primary", N(true), "phone", P(ecPhone)))))
			out.set("person", person)
		}
		return out
	case 2:
		// Get_Workers, converted from its XML by the middleware.
		ref := func(desc *node, typ string, id *node) *node {
			return O("@wd:Descriptor", desc, "wd:ID", A(O("@wd:type", N("WID"), "#text", N(g.hex(32))), O("@wd:type", N(typ), "#text", id)))
		}
		nd := O("@wd:Formatted_Name", P(legalFull), "@wd:Reporting_Name", P(n.last+", "+n.first), "wd:Country_Reference", ref(N(englishName[p.cit.code]), "ISO_3166-1_Alpha-3_Code", N(alpha3[p.cit.code])), "wd:First_Name", P(n.first))
		if n.middle != "" {
			nd.set("wd:Middle_Name", P(n.middle))
		}
		nd.set("wd:Last_Name", P(n.last))
		if n.second != "" {
			nd.set("wd:Secondary_Last_Name", P(n.second))
		}
		if n.localFirst != "" {
			lnd := O("wd:First_Name", P(n.localFirst), "wd:Last_Name", P(n.localLast))
			if n.localMiddle != "" {
				lnd.set("wd:Middle_Name", P(n.localMiddle))
			}
			nd.set("wd:Local_Name_Detail_Data", lnd)
		}
		names := O("wd:Legal_Name_Data", O("wd:Name_Detail_Data", nd))
		if preferred != first {
			names.set("wd:Preferred_Name_Data", O("wd:Name_Detail_Data", O("@wd:Formatted_Name", P(display), "wd:First_Name", P(preferred), "wd:Last_Name", P(n.last))))
		}
		pid := O("wd:Birth_Date", P(g.dobAt().Format("2006-01-02")+"-08:00"))
		for _, f := range personal {
			k := "wd:" + strings.ToUpper(f.key[:1]) + f.key[1:] + "_Reference"
			k = strings.NewReplacer("maritalStatus", "Marital_Status", "MaritalStatus", "Marital_Status", "MilitaryStatus", "Military_Status", "DisabilityStatus", "Disability_Status", "TobaccoUse", "Tobacco_Use", "SexualOrientation", "Sexual_Orientation", "BloodType", "Blood_Type", "ReservedCategory", "Reserved_Category", "UnionMembership", "Union_Membership", "MilitaryRegistration", "Military_Registration").Replace(k)
			pid.set(k, ref(f.node, strings.TrimSuffix(strings.TrimPrefix(k, "wd:"), "_Reference")+"_ID", f.node))
		}
		if p.cit == p.c {
			p.showCitizenship = p.showCitizenship || g.r.IntN(2) == 0
			if c := g.citizenship("Citizen (" + cname + ")"); c != nil {
				pid.set("wd:Citizenship_Status_Reference", ref(c, "Citizenship_Status_Code", g.citizenship("Citizen_"+alpha3[cc])))
			}
		} else {
			p.showCitizenship = true
			pid.set("wd:Citizenship_Status_Reference", ref(P("Non-Citizen ("+cname+")"), "Citizenship_Status_Code", P("Non-Citizen_"+alpha3[cc])))
			pid.set("wd:Nationality_Reference", ref(g.citizenship(englishName[p.cit.code]), "ISO_3166-1_Alpha-3_Code", g.citizenship(alpha3[p.cit.code])))
		}
		idd := O()
		var nat []*node
		for _, id := range ids {
			if id.dob {
				g.dobAt()
			}
			g.lab.Weak = addCountry(g.lab.Weak, cc)
			nat = append(nat, O("wd:National_ID_Data", O("wd:ID", P(id.value), "wd:ID_Type_Reference", ref(N(id.desc), "National_ID_Type_Code", N(id.typ)), "wd:Country_Reference", ref(N(cname), "ISO_3166-1_Alpha-3_Code", N(id.country)), "wd:Issued_Date", P(hire.AddDate(-g.r.IntN(5), 0, 0).Format("2006-01-02")+"-08:00"))))
		}
		idd.set("wd:National_ID", A(nat...))
		if passport != nil {
			// A passport's issuing country is its holder's nationality.
			p.showCitizenship = true
			idd.set("wd:Passport_ID", A(O("wd:Passport_ID_Data", O("wd:ID", P(passport.value), "wd:ID_Type_Reference", ref(N("Passport"), "Passport_ID_Type_ID", N("PASSPORT-"+passport.country)), "wd:Country_Reference", ref(g.citizenship(englishName[p.cit.code]), "ISO_3166-1_Alpha-3_Code", g.citizenship(passport.country)), "wd:Expiration_Date", P(g.t.AddDate(1+g.r.IntN(8), g.r.IntN(12), 0).Format("2006-01-02")+"-08:00")))))
		}
		if visa != "" {
			idd.set("wd:Visa_ID", A(O("wd:Visa_ID_Data", O("wd:ID", P(pick(g.r, []string{"EAC", "WAC", "IOE"})+pattern(g.r, "##########")), "wd:ID_Type_Reference", ref(P(visa), "Visa_ID_Type_ID", P("USA-"+visa)), "wd:Country_Reference", ref(N("United States of America"), "ISO_3166-1_Alpha-3_Code", N("USA")), "wd:Expiration_Date", P(g.t.AddDate(1+g.r.IntN(3), 0, 0).Format("2006-01-02")+"-08:00")))))
		}
		var addrs []*node
		if home != nil {
			addrs = append(addrs, O(
				"@wd:Formatted_Address", g.addr(home.street+"\n"+home.city+", "+home.region+" "+home.post+"\n"+cname),
				"@wd:Address_Format_Type", N("Basic"),
				"@wd:Effective_Date", N(hire.Format("2006-01-02")+"-08:00"),
				"wd:Country_Reference", ref(g.residence(cname), "ISO_3166-1_Alpha-3_Code", g.residence(alpha3[cc])),
				"wd:Address_Line_Data", O("@wd:Type", N("ADDRESS_LINE_1"), "@wd:Descriptor", N("Address Line 1"), "#text", g.addr(home.street)),
				"wd:Municipality", g.addr(home.city),
				"wd:Country_Region_Descriptor", g.addrN(home.region),
				"wd:Postal_Code", g.addr(home.post),
				"wd:Usage_Data", O("@wd:Public", N("0"), "wd:Type_Data", O("@wd:Primary", N("1"), "wd:Type_Reference", ref(N("Home"), "Communication_Usage_Type_ID", N("HOME")))),
			))
		}
		if loc.addr != "" {
			workCountry()
			addrs = append(addrs, O(
				"@wd:Formatted_Address", N(loc.addr),
				"@wd:Defaulted_Business_Site_Address", N("1"),
				"wd:Usage_Data", O("@wd:Public", N("1"), "wd:Type_Data", O("@wd:Primary", N("1"), "wd:Type_Reference", ref(N("Work"), "Communication_Usage_Type_ID", N("WORK")))),
			))
		}
		contact := O("wd:Address_Data", A(addrs...))
		var phones []*node
		if ph := g.phone(g.intl()); ph != nil {
			phones = append(phones, O("@wd:Formatted_Phone", ph, "wd:Usage_Data", O("@wd:Public", N("0"), "wd:Type_Data", O("wd:Type_Reference", ref(N("Home"), "Communication_Usage_Type_ID", N("HOME")))), "wd:Phone_Device_Type_Reference", ref(N("Mobile"), "Phone_Device_Type_ID", N("Mobile"))))
		}
		workCountry()
		phones = append(phones, O("@wd:Formatted_Phone", P(workPhone), "wd:Usage_Data", O("@wd:Public", N("1"), "wd:Type_Data", O("wd:Type_Reference", ref(N("Work"), "Communication_Usage_Type_ID", N("WORK"))))))
		contact.set("wd:Phone_Data", A(phones...))
		contact.set("wd:Email_Address_Data", A(
			O("wd:Email_Address", P(workEmail), "wd:Usage_Data", O("@wd:Public", N("1"), "wd:Type_Data", O("@wd:Primary", N("1"), "wd:Type_Reference", ref(N("Work"), "Communication_Usage_Type_ID", N("WORK"))))),
			O("wd:Email_Address", P(p.email), "wd:Usage_Data", O("@wd:Public", N("0"), "wd:Type_Data", O("@wd:Primary", N("1"), "wd:Type_Reference", ref(N("Home"), "Communication_Usage_Type_ID", N("HOME"))))),
		))
		pd := O("wd:Name_Data", names, "wd:Personal_Information_Data", pid, "wd:Identification_Data", idd, "wd:Contact_Data", contact)
		rel := []*node{O("wd:Emergency_Contact", O("wd:Emergency_Contact_Data", O("wd:Primary", N("1"), "wd:Related_Person_Relationship_Reference", ref(N(ecRel), "Related_Person_Relationship_ID", N(strings.ToUpper(ecRel)))), "wd:Person_Name_Data", O("wd:Legal_Name_Data", O("wd:Name_Detail_Data", O("@wd:Formatted_Name", P(ecPerson)))), "wd:Contact_Information_Data", O("wd:Phone_Data", O("@wd:Formatted_Phone", P(ecPhone)))))}
		for _, k := range kids {
			rel = append(rel, O("wd:Dependent", O("wd:Related_Person_Relationship_Reference", ref(N("Child"), "Related_Person_Relationship_ID", N("CHILD")), "wd:Person_Name_Data", O("wd:Legal_Name_Data", O("wd:Name_Detail_Data", O("@wd:Formatted_Name", P(k.name)))), "wd:Birth_Date", P(k.dob+"-08:00"))))
		}
		wd := O(
			"wd:Worker_ID", P(empID),
			"wd:User_ID", P(workEmail),
			"wd:Personal_Data", pd,
			"wd:Employment_Data", O("wd:Worker_Job_Data", O("wd:Position_Data", O(
				"wd:Business_Title", P(title),
				"wd:Business_Site_Summary_Data", O("wd:Name", N(loc.name), "wd:Location_Reference", ref(N(loc.name), "Location_ID", N(strings.ToUpper(cc)+"-"+pattern(g.r, "###")))),
				"wd:Manager_as_of_last_detected_manager_change_Reference", ref(P(mgrName), "Employee_ID", P(pattern(g.r, "1####"))),
			)), "wd:Worker_Status_Data", O("wd:Active", N("1"), "wd:Hire_Date", P(hire.Format("2006-01-02")+"-08:00"))),
			"wd:Related_Person_Data", A(rel...),
		)
		worker := O("wd:Worker_Reference", O("wd:ID", A(O("@wd:type", N("WID"), "#text", P(wid)), O("@wd:type", N("Employee_ID"), "#text", P(empID)))), "wd:Worker_Descriptor", P(display), "wd:Worker_Data", wd)
		return O(
			"operation", N("Get_Workers"),
			"wsdl_version", N(pick(g.r, []string{"v44.0", "v43.2", "v45.0"})),
			"endpoint", N("https://"+t.host+"/ccx/service/"+t.tenant+"/Human_Resources/v44.0"),
			"security", O("username", N("ISU_INT0042@"+t.tenant), "password", C(g.chars(b62Set+"!#$%", 24))),
			"response", O("wd:Get_Workers_Response", O("@wd:version", N("v44.0"), "wd:Response_Results", O("wd:Total_Results", N("1"), "wd:Page", N("1")), "wd:Response_Data", O("wd:Worker", worker))),
		)
	case 3, 4:
		// A custom report (RaaS) as JSON.
		e := O("Employee_ID", P(empID), "Worker", P(display), "Legal_Name_-_First_Name", P(n.first), "Legal_Name_-_Last_Name", P(n.last))
		if n.second != "" {
			e.set("Legal_Name_-_Secondary_Last_Name", P(n.second))
		}
		if n.localFirst != "" {
			e.set("Local_Name", P(strings.TrimSpace(n.localLast+" "+n.localFirst+" "+n.localMiddle)))
		}
		e.set("Date_of_Birth", g.dob(map[bool]string{true: "01/02/2006", false: "2006-01-02"}[cc == "US"]))
		for _, f := range personal {
			k := strings.ToUpper(f.key[:1]) + f.key[1:]
			var b strings.Builder
			for i, c := range k {
				if i > 0 && unicode.IsUpper(c) {
					b.WriteByte('_')
				}
				b.WriteRune(c)
			}
			e.set(b.String(), f.node)
		}
		if home != nil {
			e.set("Home_Address_-_Line_1", g.addr(home.street))
			e.set("Home_Address_-_City", g.addr(home.city))
			e.set("Home_Address_-_State_Province", g.addrN(home.region))
			e.set("Home_Address_-_Postal_Code", g.addr(home.post))
			e.set("Home_Address_-_Country", g.residence(cname))
		}
		e.set("Personal_Email", P(p.email))
		if ph := g.phone(p.phone); ph != nil {
			e.set("Mobile_Phone", ph)
		}
		e.set("Work_Email", P(workEmail))
		if len(ids) > 0 {
			id := ids[0]
			if id.dob {
				g.dobAt()
			}
			e.set("National_ID", P(id.value))
			// The type names the issuing country.
			e.set("National_ID_Type", N(id.typ))
			g.lab.Weak = addCountry(g.lab.Weak, cc)
		}
		if p.cit != p.c {
			p.showCitizenship = true
		}
		if c := g.citizenship(englishName[p.cit.code]); c != nil {
			e.set("Nationality", c)
		}
		e.set("Hire_Date", P(hire.Format("2006-01-02")))
		e.set("Business_Title", P(title))
		e.set("Manager", P(mgrName))
		e.set("Supervisory_Organization", P(org))
		e.set("Location", N(loc.name))
		workCountry()
		e.set("Cost_Center", N(pick(g.r, []string{"CC1000 Engineering", "CC2100 Finance", "CC3300 Operations", "CC4400 Retail Stores"})))
		e.set("Worker_Status", N("Active"))
		e.set("Emergency_Contacts_group", A(O("Emergency_Contact_Name", P(ecPerson), "Relationship", N(ecRel), "Emergency_Contact_Phone", P(ecPhone))))
		if len(kids) > 0 {
			var deps []*node
			for _, k := range kids {
				deps = append(deps, O("Dependent_Name", P(k.name), "Dependent_Relationship", N("Child"), "Dependent_Date_of_Birth", P(k.dob)))
			}
			e.set("Dependents_group", A(deps...))
		}
		report := O("Report_Entry", A(e))
		if mode == 3 {
			return O(
				"request", O("method", N("GET"), "url", N("https://"+t.host+"/ccx/service/customreport2/"+t.tenant+"/ISU_INT0042/INT0042_Worker_Demographics?format=json&Effective_as_of_Date="+g.t.Format("2006-01-02")), "headers", O("Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte("ISU_INT0042@"+t.tenant+":"+g.chars(b62Set, 20)))))),
				"response", O("status", N(200), "body", report),
			)
		}
		return report
	}
	// A Studio integration event: the run and its output document.
	change := O("Employee_ID", P(empID), "Effective_Date", N(g.t.Format("2006-01-02")), "Business_Process", N(pick(g.r, []string{"Hire", "Change Job", "Change Personal Information", "Change Legal Name"})), "Legal_Name", P(legalFull), "Preferred_Name", P(display), "Work_Email", P(workEmail), "Personal_Email", P(p.email), "Date_of_Birth", g.dob("2006-01-02"), "Business_Title", P(title), "Location", N(loc.name))
	workCountry()
	if home != nil {
		change.set("Home_Country", g.residence(alpha3[cc]))
		change.set("Home_Postal_Code", g.addr(home.post))
	}
	for _, f := range personal[:min(len(personal), 3)] {
		change.set(strings.ToUpper(f.key[:1])+f.key[1:], f.node)
	}
	doc := O("integration", N("INT0042 Worker Sync"), "tenant", N(t.tenant), "generated", N(g.t.UTC().Format(time.RFC3339)), "workers", A(change))
	var content *node
	if g.r.IntN(2) == 0 {
		content = w24B64(doc)
	} else {
		content = w24JSON(doc)
	}
	ie := O(
		"id", N(g.hex(32)),
		"descriptor", N("INT0042 Worker Sync to Okta - "+g.t.Format("01/02/2006 03:04 PM")),
		"Integration_System", N("INT0042 Worker Sync to Okta"),
		"Initiated_By", N("ISU_INT0042"),
		"Initiated_On", N(g.t.Add(-2*time.Minute).UTC().Format(time.RFC3339)),
		"Completed_On", N(g.t.UTC().Format(time.RFC3339)),
		"Status", N(pick(g.r, []string{"Completed", "Completed", "Completed with Warnings"})),
		"Messages", A(O("Severity", N("INFO"), "Message", P("Worker "+empID+" ("+display+") synced")), O("Severity", N("INFO"), "Message", N("1 worker(s) processed"))),
		"Attachments", A(O("File_Name", N("worker_changes_"+g.t.Format("20060102")+".json"), "Content_Type", N("application/json"), "Content", content)),
	)
	return O("Integration_Event", ie)
}
