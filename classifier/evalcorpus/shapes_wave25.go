package evalcorpus

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/nyaruka/phonenumbers"
)

// wave25Shapes are a twenty-fifth set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are an identity verifier,
// an accounting platform, a buy-now-pay-later service, a wallet and a
// scheduling service: Jumio's legacy Netverify callback as a merchant
// logs it (the form POST raw and parsed, with idFirstName, idLastName,
// idDob, idNumber, idCountry, idExpiry, personalNumber, curp, the
// idAddress, identityVerification, rejectReason and dlCategories JSON
// strings and the image URLs) and the KYX platform's callback with the
// retrieval API's workflow details (credentials, extraction, usability,
// liveness, similarity), for holders of Mexican, Colombian, Turkish,
// Nigerian, Pakistani and German documents, foreigners' residence
// permits and a few 16- and 17-year-olds among them; Xero's Contacts API
// (contacts of physiotherapists, clinics, counsellors, parishes, mosques,
// unions, parties, tutors and trades, with bank details, tax numbers,
// addresses, split phone numbers and contact groups) and its webhooks
// with the x-xero-signature, for Australia, New Zealand, the United
// Kingdom, Singapore and South Africa; Tamara's checkout session request
// (consumer, national id, addresses, items, risk assessment with the date
// of birth, gender and nationality), order webhooks with the tamaraToken
// and the order details and authorise calls, for Saudi, Emirati and
// Kuwaiti buyers and the expatriates who live there, names in Arabic and
// Latin script; ZaloPay's create-order, callback and query exchanges with
// the item and embed_data JSON strings, the callback's data string and
// their MACs, beside the merchant's order (Vietnamese names with and
// without diacritics, Thai buyers of a Thai brand's Vietnamese shop,
// pharmacies, clinics and pagodas); and Cal.com webhooks (booking
// created, requested, rescheduled and cancelled, meeting ended, routing
// form submitted) with X-Cal-Signature-256, of therapists, doctors,
// lawyers, clergy and children's tutors, for people of many countries.
var wave25Shapes = []Shape{
	{Name: "jumio_callback", Doc: "github.com/Jumio/implementation-guides netverify/callback.md (Netverify callback: application/x-www-form-urlencoded POST {callBackType NETVERIFYID, jumioIdScanReference, verificationStatus APPROVED_VERIFIED / DENIED_FRAUD / DENIED_UNSUPPORTED_ID_TYPE / DENIED_UNSUPPORTED_ID_COUNTRY / ERROR_NOT_READABLE_ID / NO_ID_UPLOADED, idScanStatus, idScanSource, idCheckDataPositions, idCheckDocumentValidation, idCheckHologram, idCheckMRZcode, idCheckMicroprint, idCheckSecurityFeatures, idCheckSignature, transactionDate, callbackDate, identityVerification (JSON {similarity, validity, reason}), idType PASSPORT / DRIVING_LICENSE / ID_CARD, idSubtype, idCountry (ISO 3166-1 alpha-3), rejectReason (JSON {rejectReasonCode, rejectReasonDescription, rejectReasonDetails[{detailsCode, detailsDescription}]}), idScanImage, idScanImageFace, idScanImageBackside, idNumber, idFirstName, idLastName, idDob, idExpiry, personalNumber, idAddress (JSON, raw format {line1..line5, city, subdivision, postalCode, country, formattedAddress}), merchantIdScanReference, merchantReportingCriteria, customerId, clientIp, firstAttemptDate, optionalData1, curp, gender, presetCountry, presetIdType, dlCarPermission, dlCategories, placeOfBirth, issuingDate, issuingPlace, livenessImages, personalIdentificationNumber}, Netverify masking for Germany) and documentation.jumio.ai / docs.jumio.com (KYX callback {callbackSentAt, userReference, workflowExecution{id, href, definitionKey, status PROCESSED / SESSION_EXPIRED / TOKEN_EXPIRED / ACQUIRED}, account{id, href}}; retrieval GET /api/v1/accounts/{id}/workflow-executions/{id} with a bearer token -> {workflow{id, status, definitionKey, userReference, customerInternalReference}, account{id}, createdAt, startedAt, completedAt, credentials[{id, category ID / SELFIE / FACEMAP, parts[{classifier, href}]}], decision{type, details{label}, risk{score}}, capabilities{extraction[{data{type, subType, issuingCountry, firstName, lastName, dateOfBirth, expiryDate, issuingDate, documentNumber, personalNumber, gender, nationality, placeOfBirth, currentAge, address, curp, mrz, additionalLanguage}}], usability, imageChecks, dataChecks, liveness[{data{predictedAge, ageConfidenceRange}}], similarity[{data{similarity}}]}}), for holders of Mexican, Colombian, Turkish, Nigerian, Pakistani and German documents", build: jumioCallback},
	{Name: "xero_contact", Doc: "developer.xero.com/documentation/api/accounting/contacts (GET/PUT/POST /api.xro/2.0/Contacts with Authorization: Bearer and xero-tenant-id -> {Id, Status, ProviderName, DateTimeUTC, Contacts[{ContactID, ContactNumber, AccountNumber, ContactStatus, Name, FirstName, LastName, EmailAddress, BankAccountDetails, TaxNumber, AccountsReceivableTaxType, AccountsPayableTaxType, Addresses[{AddressType POBOX / STREET, AddressLine1..4, City, Region, PostalCode, Country, AttentionTo}], Phones[{PhoneType DEFAULT / DDI / MOBILE / FAX, PhoneNumber, PhoneAreaCode, PhoneCountryCode}], UpdatedDateUTC \"/Date(1573755038314+0000)/\", ContactGroups[{ContactGroupID, Name, Status}], IsSupplier, IsCustomer, DefaultCurrency, ContactPersons[{FirstName, LastName, EmailAddress, IncludeInEmails}], Balances{AccountsReceivable{Outstanding, Overdue}, AccountsPayable}, BatchPayments{BankAccountNumber, BankAccountName, Details, Reference}, PaymentTerms, HasAttachments, HasValidationErrors}]}) and /documentation/guides/webhooks/overview (POST with x-xero-signature, base64 HMAC-SHA256 of the body keyed with the webhook key: {events[{resourceUrl, resourceId, eventDateUtc, eventType CREATE / UPDATE, eventCategory CONTACT / INVOICE, tenantId, tenantType}], firstEventSequence, lastEventSequence, entropy}, the intent-to-receive request with no events), as an app logs them, for contacts in Australia, New Zealand, the United Kingdom, Singapore and South Africa", build: xeroContact},
	{Name: "tamara_order_webhook", Doc: "docs.tamara.co (Create Checkout Session POST /checkout with Authorization: Bearer <API token> {order_reference_id, order_number, total_amount{amount, currency SAR / AED / KWD}, shipping_amount, tax_amount, description, country_code, payment_type PAY_BY_INSTALMENTS / PAY_NOW / PAY_NEXT_MONTH, instalments, locale, items[{reference_id, type, name, sku, quantity, unit_price, total_amount}], consumer{first_name, last_name, phone_number, email, national_id, date_of_birth, is_first_order}, billing_address / shipping_address{first_name, last_name, line1, line2, region, postal_code, city, country_code, phone_number}, merchant_url{success, failure, cancel, notification}, platform, is_mobile, risk_assessment{customer_age, customer_dob, customer_gender, customer_nationality, is_premium_customer, is_existing_customer, is_guest_user, account_creation_date, date_of_first_transaction, is_card_on_file, is_COD_customer, has_delivered_order, is_phone_verified, total_order_count, ...}, additional_data} -> {order_id, checkout_id, checkout_url, status new}; webhooks POSTed to the notification URL with ?tamaraToken=<JWT> and Authorization: Bearer <JWT> {order_id, order_reference_id, order_number, event_type order_approved / order_authorised / order_captured / order_declined / order_expired, data}; POST /orders/{id}/authorise; GET /merchants/orders/{id}) beside the merchant's order, for buyers in Saudi Arabia, the United Arab Emirates and Kuwait", build: tamaraOrderWebhook},
	{Name: "zalopay_callback", Doc: "docs.zalopay.vn/v2 (Create order POST https://openapi.zalopay.vn/v2/create {app_id, app_user, app_trans_id yymmdd_xxx (GMT+7), app_time (ms), expire_duration_seconds, amount (VND), item (JSON array string [{itemid, itemname, itemprice, itemquantity}]), embed_data (JSON string {redirecturl, preferred_payment_method, merchantinfo, columninfo, promotioninfo, ...}), description, bank_code, callback_url, title, phone, email, address, mac (hex HMAC-SHA256 with key1 of app_id|app_trans_id|app_user|amount|app_time|embed_data|item)} -> {return_code, return_message, sub_return_code, sub_return_message, order_url, zp_trans_token, order_token, qr_code}; the callback POST {data (JSON string {app_id, app_trans_id, app_time, app_user, amount, embed_data, item, zp_trans_id, server_time, channel, merchant_user_id, zp_user_id, user_fee_amount, discount_amount}), mac (hex HMAC-SHA256 of data with key2), type} answered {return_code, return_message}; Query order POST /v2/query {app_id, app_trans_id, mac} -> {return_code, is_processing, amount, zp_trans_id, server_time, discount_amount}) beside the merchant's order, for Vietnamese buyers and Thai buyers of a Thai brand's shop in Vietnam", build: zalopayCallback},
	{Name: "calcom_booking_webhook", Doc: "cal.com/docs/developing/guides/automation/webhooks (POST with X-Cal-Signature-256, hex HMAC-SHA256 of the body keyed with the webhook secret, or no-secret-provided: {triggerEvent BOOKING_CREATED / BOOKING_REQUESTED / BOOKING_RESCHEDULED / BOOKING_CANCELLED / MEETING_ENDED / FORM_SUBMITTED, createdAt, payload{type, title, description, additionalNotes, customInputs, startTime, endTime, organizer{id, name, email, username, timeZone, language{locale}, timeFormat, utcOffset}, responses{name{label, value}, email{label, value}, location{label, value{value, optionValue}}, notes, guests, attendeePhoneNumber, rescheduleReason, <booking questions>}, userFieldsResponses, attendees[{email, name, timeZone, language{locale}, timeFormat, utcOffset}], location, destinationCalendar, hideCalendarNotes, requiresConfirmation, eventTypeId, seatsShowAttendees, uid, iCalUID, appsStatus, eventTitle, eventDescription, price, currency, length, bookingId, metadata{videoCallUrl}, status, smsReminderNumber, cancellationReason, rescheduleUid, rescheduleStartTime, rescheduleEndTime, rescheduledBy, cancelledBy}}; MEETING_ENDED with the booking record {id, uid, userId, eventTypeId, title, startTime, endTime, responses, user, attendees[{id, email, name, timeZone, locale, noShow}]}; FORM_SUBMITTED {formId, formName, teamId, responses{<label>{value, response}}}) for therapists, doctors, lawyers, clergy and children's tutors, booked by people of many countries", build: calcomBookingWebhook},
}

// ------------------------------------------------------------ helpers

// w25Name is a name as its owner writes it and in the Latin spelling
// documents, forms and e-mail addresses take (lower case).
type w25Name struct {
	given, family, givenL, familyL string
	female                         bool
}

// w25Item is a good or service (price in the currency's usual unit) and
// the special category it tells of whoever buys or books it.
type w25Item struct {
	name  string
	price int
	cat   string
}

// w25Leaves lists the leaves of n.
func w25Leaves(n *node) []*node {
	var out []*node
	var walk func(*node)
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

// w25Raw is text that holds the given leaves (a body, a form, a JSON
// string inside JSON): labelled by the most telling of them. A credential
// makes the whole text one, as it leaks with it; else a special category;
// else personal; else not personal.
func w25Raw(text string, leaves []*node) *node {
	best := Leaf{Kind: NonPersonal}
	for _, l := range leaves {
		switch l.leaf.Kind {
		case Credential:
			return leafOf(text, l.leaf)
		case Sensitive:
			if best.Kind != Sensitive {
				best = l.leaf
			}
		case Personal:
			if best.Kind == NonPersonal {
				best = l.leaf
			}
		}
	}
	return leafOf(text, best)
}

// w25JSON is n's JSON text, as producers that nest a document in a
// string send it.
func w25JSON(n *node) *node { return w25Raw(string(render(n, &Label{})), w25Leaves(n)) }

// w25Form is the fields as an application/x-www-form-urlencoded body.
func w25Form(keys []string, vals []*node) *node {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = url.QueryEscape(k) + "=" + url.QueryEscape(vals[i].raw)
	}
	return w25Raw(strings.Join(parts, "&"), vals)
}

// w25Fields keeps a form's fields in the order a producer sends them,
// with the parsed object beside.
type w25Fields struct {
	keys   []string
	vals   []*node
	parsed *node
}

func newW25Fields() *w25Fields { return &w25Fields{parsed: O()} }

func (f *w25Fields) add(k string, v *node) {
	if v == nil {
		return
	}
	f.keys = append(f.keys, k)
	f.vals = append(f.vals, v)
	f.parsed.set(k, v)
}

// w25Text is the name of a good or service: it tells nothing of its
// buyer unless it is of a special category.
func w25Text(text, cat string) *node {
	if cat == "" {
		return N(text)
	}
	return S(text, cat)
}

// w25About is free text a person wrote about themselves: personal, or of
// a special category.
func w25About(text, cat string) *node {
	if cat == "" {
		return P(text)
	}
	return S(text, cat)
}

// w25Special picks one of the items: a special one about one time in
// odds, a plain one otherwise.
func (g *gen) w25Special(items []w25Item, odds int) w25Item {
	var plain, special []w25Item
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

// w25Note picks a note the same way, a special one about one time in
// four.
func (g *gen) w25Note(notes []bioLine) bioLine {
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

// w25Title writes each word of s with a capital first letter.
func w25Title(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		r := []rune(x)
		r[0] = unicode.ToUpper(r[0])
		w[i] = string(r)
	}
	return strings.Join(w, " ")
}

// w25Clean keeps the ASCII letters and digits of s, in lower case.
func w25Clean(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// w25Redraw makes the subject someone living in country cc.
func (g *gen) w25Redraw(cc string) {
	if c := countryByCode(cc); c != nil {
		g.p = newPerson(g.r, c, g.t)
	}
}

// w25Age makes the subject lo to hi years old at event time, with the
// national identifier their new birth date gives.
func (g *gen) w25Age(lo, hi int) {
	p := g.p
	age := lo + g.r.IntN(hi-lo+1)
	p.dob = g.t.AddDate(-age, 0, -g.r.IntN(365)).Truncate(24 * time.Hour)
	p.minor = age < 18
	if p.idScheme != "" {
		ig, ok := idGens[p.idScheme]
		if !ok {
			ig = moreIDGens[p.idScheme]
		}
		p.idValue = ig.gen(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL})
	}
}

// w25Email is an address people derive from their Latin name.
func (g *gen) w25Email(givenL, familyL string, domains []string) string {
	fam := strings.Fields(familyL)
	f := ""
	if len(fam) > 0 {
		f = w25Clean(fam[0])
	}
	local := w25Clean(givenL) + pick(g.r, []string{".", "_", "", "."}) + f
	switch g.r.IntN(4) {
	case 0:
		local += fmt.Sprint(g.r.IntN(100))
	case 1:
		local += fmt.Sprint(g.p.dob.Year() % 100)
	}
	return local + "@" + pick(g.r, domains)
}

// w25SetName gives the subject the name n and an address derived from it.
func (g *gen) w25SetName(n w25Name, domains []string) {
	p := g.p
	p.given, p.family, p.givenL, p.familyL, p.female = n.given, n.family, n.givenL, n.familyL, n.female
	p.email = g.w25Email(n.givenL, n.familyL, domains)
	gl, fl := w25Clean(n.givenL), w25Clean(n.familyL)
	p.username = gl[:min(len(gl), 5)] + fl[:min(len(fl), 3)] + fmt.Sprint(10+g.r.IntN(990))
}

// w25SetPhone gives the subject a mobile number of country cc.
func (g *gen) w25SetPhone(cc string) {
	e, nat := phoneNumber(g.r, cc)
	if e == "" {
		return
	}
	p := g.p
	p.phoneCC, p.phoneE164, p.phoneNat = cc, e, nat
	p.phone = phoneNotation(g.r, e, nat)
}

// w25NSN is the national significant number of the subject's phone.
func (g *gen) w25NSN() string {
	n, err := phonenumbers.Parse(g.p.phoneE164, "")
	if err != nil {
		return strings.TrimPrefix(g.p.phoneE164, "+")
	}
	return phonenumbers.GetNationalSignificantNumber(n)
}

// w25JWT is a signed JWT with the header and claims given and a
// signature of sig bytes.
func (g *gen) w25JWT(header, claims string, sig int) string {
	b := make([]byte, sig)
	for i := range b {
		b[i] = byte(g.r.UintN(256))
	}
	enc := base64.RawURLEncoding
	return enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString([]byte(claims)) + "." + enc.EncodeToString(b)
}

// w25HMAC is the HMAC-SHA256 of msg keyed with key.
func w25HMAC(key, msg string) []byte {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// w25Round2 is v rounded to two decimals, as prices are.
func w25Round2(v float64) float64 { return float64(int64(v*100+0.5)) / 100 }

// w25Atoi is the integer v writes.
func w25Atoi(v string) int64 {
	var n int64
	fmt.Sscan(v, &n)
	return n
}

// w25Or is n, or an empty string where a producer writes every field.
func w25Or(n *node) *node {
	if n == nil {
		return N("")
	}
	return n
}

// ---------------------------------------------------------------- Jumio

// w25JumioNames are names as the holders' documents print them, with
// the Latin transliteration of their machine-readable zones.
var w25JumioNames = map[string][]w25Name{
	"MX": {{"María Fernanda", "López Hernández", "maria fernanda", "lopez hernandez", true}, {"Juan Carlos", "Ramírez Ortega", "juan carlos", "ramirez ortega", false}, {"Ximena", "Cruz Morales", "ximena", "cruz morales", true}, {"Luis Ángel", "Martínez Flores", "luis angel", "martinez flores", false}, {"Guadalupe", "Sánchez Reyes", "guadalupe", "sanchez reyes", true}, {"José Antonio", "García Vázquez", "jose antonio", "garcia vazquez", false}},
	"CO": {{"Juan Camilo", "Rodríguez Pérez", "juan camilo", "rodriguez perez", false}, {"Laura Valentina", "Gómez Restrepo", "laura valentina", "gomez restrepo", true}, {"Andrés Felipe", "Martínez Ospina", "andres felipe", "martinez ospina", false}, {"María José", "Londoño Cárdenas", "maria jose", "londono cardenas", true}, {"Jhon Jairo", "Mosquera Palacios", "jhon jairo", "mosquera palacios", false}, {"Daniela", "Vargas Díaz", "daniela", "vargas diaz", true}},
	"TR": {{"Ayşe", "Yılmaz", "ayse", "yilmaz", true}, {"Mehmet", "Kaya", "mehmet", "kaya", false}, {"Zeynep", "Demir", "zeynep", "demir", true}, {"Emre", "Öztürk", "emre", "ozturk", false}, {"Elif", "Şahin", "elif", "sahin", true}, {"Mustafa", "Çelik", "mustafa", "celik", false}},
	"NG": {{"Chinedu Emeka", "Okafor", "chinedu emeka", "okafor", false}, {"Folasade", "Adeyemi", "folasade", "adeyemi", true}, {"Abubakar", "Bello", "abubakar", "bello", false}, {"Ngozi", "Eze", "ngozi", "eze", true}, {"Oluwaseun", "Adebayo", "oluwaseun", "adebayo", false}, {"Amina", "Yusuf", "amina", "yusuf", true}},
	"PK": {{"محمد علی", "خان", "muhammad ali", "khan", false}, {"عائشہ", "ملک", "ayesha", "malik", true}, {"عمران", "چوہدری", "imran", "chaudhry", false}, {"فاطمہ", "قریشی", "fatima", "qureshi", true}, {"بلال", "احمد", "bilal", "ahmed", false}, {"صائمہ", "بٹ", "saima", "butt", true}},
	"DE": {{"Lukas", "Müller", "lukas", "mueller", false}, {"Anna", "Schmidt", "anna", "schmidt", true}, {"Jonas", "Weber", "jonas", "weber", false}, {"Katharina", "Hoffmann", "katharina", "hoffmann", true}, {"Lea", "Fischer", "lea", "fischer", true}, {"Tobias", "Wagner", "tobias", "wagner", false}},
}

var w25JumioDomains = map[string][]string{
	"MX": {"gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"},
	"CO": {"gmail.com", "hotmail.com", "outlook.com", "yahoo.es"},
	"TR": {"gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"},
	"NG": {"gmail.com", "yahoo.com", "outlook.com"},
	"PK": {"gmail.com", "yahoo.com", "hotmail.com"},
	"DE": {"gmx.de", "web.de", "gmail.com", "t-online.de"},
}

// w25DocAddr is an address as an identity document prints it.
type w25DocAddr struct{ line1, line2, city, sub, post string }

var w25JumioAddrs = map[string][]w25DocAddr{
	"MX": {{"C MORELOS 15", "COL CENTRO", "GUADALAJARA", "JAL", "44100"}, {"AV ALVARO OBREGON 120 INT 4", "COL ROMA NORTE", "CUAUHTEMOC", "CDMX", "06700"}, {"C PADRE MIER 1050 PTE", "COL CENTRO", "MONTERREY", "NL", "64000"}, {"PRIV LAS PALMAS 23", "FRACC LOS PINOS", "PUEBLA", "PUE", "72000"}},
	"DE": {{"HAUPTSTRASSE 5", "", "BERLIN", "", "10437"}, {"SENDLINGER STR. 24", "", "MÜNCHEN", "", "80331"}, {"GROSSE BERGSTR. 210", "", "HAMBURG", "", "22767"}, {"EHRENSTR. 3", "", "KÖLN", "", "50667"}, {"KARL-LIEBKNECHT-STR. 9", "", "LEIPZIG", "", "04109"}},
	"NG": {{"15 AWOLOWO ROAD", "IKOYI", "LAGOS", "LA", ""}, {"7 AHMADU BELLO WAY", "GARKI", "ABUJA", "FC", ""}, {"22 OKIGWE ROAD", "", "OWERRI", "IM", ""}, {"PLOT 4 ZOO ROAD", "", "KANO", "KN", ""}},
	"PK": {{"HOUSE NO 12 STREET 5", "F-7/2", "ISLAMABAD", "", ""}, {"MAKAN NO 45 GALI NO 3", "MODEL TOWN", "LAHORE", "PUNJAB", ""}, {"FLAT 3 BLOCK 13-D", "GULSHAN-E-IQBAL", "KARACHI", "SINDH", ""}},
}

var w25BirthPlaces = map[string][]string{
	"MX": {"JALISCO", "CIUDAD DE MEXICO", "NUEVO LEON", "PUEBLA"},
	"CO": {"BOGOTA D.C.", "MEDELLIN (ANT)", "CALI (VAL)", "BARRANQUILLA (ATL)"},
	"TR": {"ANKARA", "İSTANBUL", "İZMİR", "KONYA", "TRABZON", "KAYSERİ"},
	"NG": {"LAGOS", "ENUGU", "KANO", "IBADAN"},
	"PK": {"LAHORE, PAK", "KARACHI, PAK", "RAWALPINDI, PAK", "FAISALABAD, PAK"},
	"DE": {"BERLIN", "MÜNCHEN", "KÖLN", "HAMBURG", "STUTTGART"},
}

// w25Doc is the identity document a holder shows.
type w25Doc struct {
	typ, sub, issuer       string // issuer: ISO 3166-1 alpha-2
	number, personal       string
	issued, expiry         time.Time
	addr                   *w25DocAddr
	birthPlace, issuePlace string
	curp                   string
	backside               bool
	// citizen: the document is issued to the issuer's citizens only, so
	// its country is the holder's nationality; a driving licence or a
	// residence permit tells where the holder lives instead.
	citizen bool
	dlCats  []string
}

const w25DEChars = "CFGHJKLMNPRTVWXYZ0123456789"

// w25CNIC is a Pakistani computerised national identity card number:
// the five digits of the area, seven of the family and a last digit odd
// for a man and even for a woman.
func (g *gen) w25CNIC(female bool) string {
	last := g.r.IntN(5) * 2
	if !female {
		last++
	}
	area := pick(g.r, []string{"35202", "35201", "42101", "42201", "37405", "61101", "33100", "17301"})
	return area + "-" + pattern(g.r, "#######") + "-" + fmt.Sprint(last)
}

// w25ClaveElector is the elector key of a Mexican INE credential: two
// letters of each surname and one of the given name, YYMMDD, the state,
// the sex and three digits.
func w25ClaveElector(g *gen, n w25Name, dob time.Time, female bool) string {
	fam := strings.Fields(strings.ToUpper(n.familyL))
	giv := strings.ToUpper(w25Clean(n.givenL)) + "XX"
	f1 := fam[0] + "XX"
	f2 := "XX"
	if len(fam) > 1 {
		f2 = fam[1] + "XX"
	}
	sex := map[bool]string{true: "M", false: "H"}[female]
	return f1[:2] + f2[:2] + giv[:2] + dob.Format("060102") + pick(g.r, []string{"09", "14", "19", "21", "15"}) + sex + pattern(g.r, "###")
}

// w25JumioDoc draws the document the subject verifies with.
func (g *gen) w25JumioDoc(n w25Name) w25Doc {
	p := g.p
	home, cit := p.c.code, p.cit.code
	var d w25Doc
	switch {
	case cit != home && home == "DE" && g.r.IntN(2) == 0:
		d = w25Doc{typ: "ID_CARD", sub: "RESIDENT_PERMIT_ID", issuer: "DE"}
	case cit != home && !p.minor && g.r.IntN(4) == 0:
		d = w25Doc{typ: "DRIVING_LICENSE", sub: "REGULAR_DRIVING_LICENSE", issuer: home}
	case cit != home:
		d = w25Doc{typ: "PASSPORT", issuer: cit, citizen: true}
	default:
		x := g.r.IntN(20)
		switch {
		case p.minor && (home == "PK" || home == "MX") || x < 5:
			d = w25Doc{typ: "PASSPORT", issuer: home, citizen: true}
		case x < 8 && !p.minor:
			d = w25Doc{typ: "DRIVING_LICENSE", sub: "REGULAR_DRIVING_LICENSE", issuer: home}
		case home == "MX":
			d = w25Doc{typ: "ID_CARD", sub: "ELECTORAL_ID", issuer: home, citizen: true}
		case home == "NG" && x < 11:
			d = w25Doc{typ: "ID_CARD", sub: "ELECTORAL_ID", issuer: home, citizen: true}
		default:
			d = w25Doc{typ: "ID_CARD", sub: "NATIONAL_ID", issuer: home, citizen: true}
		}
	}
	if d.typ == "DRIVING_LICENSE" && g.r.IntN(8) == 0 {
		d.sub = "LEARNING_DRIVING_LICENSE"
	}
	d.backside = d.typ != "PASSPORT"
	years := 10
	switch {
	case d.typ == "PASSPORT" && (d.issuer == "MX" || p.minor):
		years = 6
	case d.sub == "RESIDENT_PERMIT_ID":
		years = 3
	case d.typ == "DRIVING_LICENSE" && (d.issuer == "MX" || d.issuer == "NG"):
		years = 5
	}
	span := years
	if p.minor {
		span = 2
	}
	d.issued = g.t.AddDate(-g.r.IntN(span), -g.r.IntN(12), -g.r.IntN(28)).Truncate(24 * time.Hour)
	d.expiry = d.issued.AddDate(years, 0, -1)
	f := p.female
	switch d.issuer + " " + d.typ {
	case "MX PASSPORT":
		d.number = pick(g.r, []string{"G", "N", "E"}) + pattern(g.r, "########")
	case "MX ID_CARD":
		d.number = w25ClaveElector(g, n, p.dob, f)
		d.curp = curp(g.r, p.dob, f, n.givenL, n.familyL)
	case "MX DRIVING_LICENSE":
		d.number = pick(g.r, []string{"A", "B", "C"}) + pattern(g.r, "########")
	case "CO PASSPORT":
		d.number = pick(g.r, []string{"AQ", "AV", "AW", "AX"}) + pattern(g.r, "######")
		d.personal = genCOCC(g.r, p.dob, f, [2]string{})
	case "CO ID_CARD":
		d.number = genCOCC(g.r, p.dob, f, [2]string{})
		d.issuePlace = pick(g.r, []string{"BOGOTA D.C.", "MEDELLIN", "CALI", "BUCARAMANGA"})
	case "CO DRIVING_LICENSE":
		d.number = genCOCC(g.r, p.dob, f, [2]string{})
		d.issuePlace = pick(g.r, []string{"BOGOTA D.C.", "ENVIGADO", "CALI"})
	case "TR PASSPORT":
		d.number = "U" + pattern(g.r, "########")
		d.personal = genTCKN(g.r, p.dob, f, [2]string{})
	case "TR ID_CARD":
		d.number = pattern(g.r, "A##A#####")
		d.personal = genTCKN(g.r, p.dob, f, [2]string{})
	case "TR DRIVING_LICENSE":
		d.number = pattern(g.r, "######")
		d.personal = genTCKN(g.r, p.dob, f, [2]string{})
	case "NG PASSPORT":
		d.number = pick(g.r, []string{"A", "B"}) + pattern(g.r, "########")
		if g.r.IntN(2) == 0 {
			d.personal = pattern(g.r, "###########")
		}
	case "NG ID_CARD":
		if d.sub == "ELECTORAL_ID" {
			d.number = pattern(g.r, "##A#A#A###########")
		} else {
			d.number = pattern(g.r, "###########")
		}
	case "NG DRIVING_LICENSE":
		d.number = pick(g.r, []string{"LAG", "ABJ", "KAN", "ENU", "OYO"}) + pattern(g.r, "#####AA##")
	case "PK PASSPORT":
		d.number = pattern(g.r, "AA#######")
		d.personal = strings.ReplaceAll(g.w25CNIC(f), "-", "")
	case "PK ID_CARD":
		d.number = g.w25CNIC(f)
	case "PK DRIVING_LICENSE":
		d.number = g.w25CNIC(f) + "#" + fmt.Sprint(100+g.r.IntN(900))
	case "DE PASSPORT":
		d.number = "C" + g.chars(w25DEChars, 8)
	case "DE ID_CARD":
		d.number = string(pick(g.r, []byte("LMNPRTVWXY"))) + g.chars(w25DEChars, 8)
	case "DE DRIVING_LICENSE":
		d.number = string(pick(g.r, []byte("BFJ"))) + pattern(g.r, "###") + g.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 6) + pattern(g.r, "##")
		d.dlCats = []string{"B", "AM", "L"}
		if g.r.IntN(3) == 0 {
			d.dlCats = append(d.dlCats, "A")
		}
	}
	// The documents that print the holder's address: an INE credential,
	// a German identity card or residence permit, a CNIC, a Nigerian
	// driving licence; read only where the holder lives.
	switch d.issuer + " " + d.typ {
	case "MX ID_CARD", "DE ID_CARD", "PK ID_CARD", "NG DRIVING_LICENSE":
		if d.issuer == home {
			a := pick(g.r, w25JumioAddrs[d.issuer])
			d.addr = &a
		}
	}
	if l := w25BirthPlaces[cit]; l != nil && (d.typ == "PASSPORT" || d.sub == "RESIDENT_PERMIT_ID" || d.issuer == "TR") {
		d.birthPlace = pick(g.r, l)
	}
	return d
}

// w25MRZDigit is an ICAO 9303 check digit: weights 7 3 1, letters 10-35,
// the filler 0.
func w25MRZDigit(s string) string {
	w := []int{7, 3, 1}
	sum := 0
	for i, c := range s {
		v := 0
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
		}
		sum += v * w[i%3]
	}
	return fmt.Sprint(sum % 10)
}

// w25MRZField writes s in the MRZ alphabet, n characters long.
func w25MRZField(s string, n int) string {
	var b strings.Builder
	for _, c := range strings.ToUpper(s) {
		switch {
		case c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<':
			b.WriteRune(c)
		case c == ' ' || c == '-' || c == '\'':
			b.WriteByte('<')
		}
	}
	v := b.String()
	if len(v) > n {
		return v[:n]
	}
	return v + strings.Repeat("<", n-len(v))
}

// w25MRZCountry is a country as machine-readable zones write it (D for
// Germany).
func w25MRZCountry(cc string) string {
	if cc == "DE" {
		return "D<<"
	}
	return alpha3[cc]
}

// w25MRZ is the machine-readable zone of a passport (TD3) or card (TD1).
func w25MRZ(d w25Doc, n w25Name, female bool, dob time.Time, nat string) []string {
	sex := map[bool]string{true: "F", false: "M"}[female]
	num := w25MRZField(strings.ReplaceAll(d.number, "-", ""), 9)
	b, e := dob.Format("060102"), d.expiry.Format("060102")
	names := strings.ReplaceAll(n.familyL, " ", "<") + "<<" + strings.ReplaceAll(n.givenL, " ", "<")
	if d.typ == "PASSPORT" {
		pers := w25MRZField(d.personal, 14)
		l2 := num + w25MRZDigit(num) + w25MRZCountry(nat) + b + w25MRZDigit(b) + sex + e + w25MRZDigit(e) + pers + w25MRZDigit(pers)
		comp := w25MRZDigit(l2[0:10] + l2[13:20] + l2[21:43])
		return []string{w25MRZField("P<"+w25MRZCountry(d.issuer)+names, 44), l2 + comp}
	}
	code := "ID"
	if d.sub == "RESIDENT_PERMIT_ID" {
		code = "AR"
	}
	l1 := w25MRZField(code+w25MRZCountry(d.issuer)+num+w25MRZDigit(num)+d.personal, 30)
	l2 := b + w25MRZDigit(b) + sex + e + w25MRZDigit(e) + w25MRZCountry(nat) + strings.Repeat("<", 11)
	comp := w25MRZDigit(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
	return []string{l1, l2 + comp, w25MRZField(names, 30)}
}

// w25DocName is a name as the document prints it: in capitals, the
// Turkish way in Turkey, without accents where the card drops them.
func w25DocName(cc, native, latin string, plain bool) string {
	switch {
	case cc == "PK" || plain:
		return strings.ToUpper(latin)
	case cc == "TR":
		return strings.ToUpperSpecial(unicode.TurkishCase, native)
	}
	return strings.ToUpper(native)
}

var (
	w25JumioIPs = map[string][]string{
		"amer-1": {"34.202.241.227", "34.226.103.119", "34.226.254.127", "52.8.136.236", "54.177.61.57"},
		"emea-1": {"34.253.41.236", "35.157.27.193", "52.48.0.25", "52.57.194.92", "52.58.113.86", "52.209.180.134"},
		"apac-1": {"3.0.109.121", "52.76.184.73", "52.77.102.92"},
	}
	w25JumioLegacyHost = map[string]string{"amer-1": "https://netverify.com", "emea-1": "https://lon.netverify.com", "apac-1": "https://core-sgp.netverify.com"}
)

func jumioCallback(g *gen) *node {
	home := pick(g.r, []string{"MX", "MX", "CO", "CO", "TR", "TR", "NG", "NG", "PK", "PK", "DE", "DE"})
	g.w25Redraw(home)
	if g.r.IntN(12) == 0 {
		// A 16- or 17-year-old opening a youth account.
		g.w25Age(16, 17)
	} else {
		g.w25Age(18, 72)
	}
	p := g.p
	p.cit = p.c
	switch {
	case home == "DE" && g.r.IntN(3) == 0:
		p.cit = countryByCode(pick(g.r, []string{"TR", "TR", "PK", "NG"}))
	case home == "MX" && g.r.IntN(10) == 0:
		p.cit = countryByCode("CO")
	case home == "CO" && g.r.IntN(10) == 0:
		p.cit = countryByCode("MX")
	case home == "TR" && g.r.IntN(10) == 0:
		// A German Turk back in Turkey on a German passport.
		p.cit = countryByCode("DE")
	}
	n := pick(g.r, w25JumioNames[p.cit.code])
	g.w25SetName(n, w25JumioDomains[home])
	if p.cit != p.c && g.r.IntN(3) == 0 {
		g.w25SetPhone(p.cit.code)
	} else {
		g.w25SetPhone(home)
	}
	d := g.w25JumioDoc(n)
	if d.citizen {
		p.showCitizenship = true
	} else {
		// A driving licence or residence permit is issued where its
		// holder lives; a permit names the holder's nationality too.
		p.showResidence = true
		if d.sub == "RESIDENT_PERMIT_ID" {
			p.showCitizenship = true
		}
	}
	plain := d.typ == "PASSPORT" && g.r.IntN(2) == 0 || d.issuer == "MX" && g.r.IntN(2) == 0
	docGiven := w25DocName(p.cit.code, n.given, n.givenL, plain)
	docFamily := w25DocName(p.cit.code, n.family, n.familyL, plain)
	if !d.citizen && d.issuer != p.cit.code {
		// A foreigner's licence or permit spells the name as the passport's
		// machine-readable zone does.
		docGiven, docFamily = strings.ToUpper(n.givenL), strings.ToUpper(n.familyL)
	}
	sex := map[bool]string{true: "F", false: "M"}[p.female]
	idCountry := func() *node {
		if d.citizen {
			return g.citizenship(alpha3[d.issuer])
		}
		return g.residence(alpha3[d.issuer])
	}
	region := "emea-1"
	switch home {
	case "MX", "CO":
		region = "amer-1"
	case "PK":
		region = pick(g.r, []string{"apac-1", "emea-1"})
	}
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	docAddr := func() *node {
		if d.addr == nil || !p.showResidence {
			return nil
		}
		a := d.addr
		full := a.line1
		if a.line2 != "" {
			full += ", " + a.line2
		}
		full += ", " + a.city
		if a.sub != "" {
			full += ", " + a.sub
		}
		if a.post != "" {
			full += " " + a.post
		}
		full += ", " + englishName[d.issuer]
		out := O("line1", g.addr(a.line1), "line2", g.addrOrNil(a.line2), "city", g.addr(a.city), "subdivision", g.addrN(a.sub), "postalCode", g.addrOrNil(a.post), "country", g.residence(alpha3[d.issuer]))
		if g.r.IntN(2) == 0 {
			out.set("formattedAddress", g.addr(full))
		}
		return out
	}
	custID := pick(g.r, []string{"usr_" + g.b62(12), pattern(g.r, "1#######"), g.uuid(), "C-" + pattern(g.r, "######")})
	// The merchant's own record of the user, logged beside by some.
	user := func(status string) *node {
		u := O("id", P(custID), "email", P(p.email))
		if g.r.IntN(2) == 0 {
			u.set("phone", g.phone(""))
		}
		u.set("kyc", O("provider", N("jumio"), "status", N(status), "updated_at", N(z(g.t.Add(time.Second)))))
		return u
	}

	if g.r.IntN(20) < 11 {
		// ------------------------------------------------ Netverify
		status := pick(g.r, []string{"APPROVED_VERIFIED", "APPROVED_VERIFIED", "APPROVED_VERIFIED", "APPROVED_VERIFIED", "APPROVED_VERIFIED", "APPROVED_VERIFIED", "APPROVED_VERIFIED",
			"DENIED_FRAUD", "ERROR_NOT_READABLE_ID", "ERROR_NOT_READABLE_ID", "NO_ID_UPLOADED", "DENIED_UNSUPPORTED_ID_TYPE", "DENIED_UNSUPPORTED_ID_COUNTRY"})
		approved := status == "APPROVED_VERIFIED"
		extracted := approved || status == "DENIED_FRAUD" && g.r.IntN(2) == 0
		ref := g.uuid()
		host := w25JumioLegacyHost[region]
		img := func(side string) *node { return P(host + "/recognition/v1/idscan/" + ref + "/" + side) }
		source := pick(g.r, []string{"WEB_UPLOAD", "WEB_CAM", "SDK", "SDK", "SDK", "API", "WEB"})
		txAt := g.t.Add(-time.Duration(90+g.r.IntN(3000)) * time.Second)
		masked := d.issuer == "DE" && d.citizen && g.r.IntN(2) == 0
		f := newW25Fields()
		f.add("callBackType", N("NETVERIFYID"))
		f.add("jumioIdScanReference", N(ref))
		f.add("verificationStatus", N(status))
		f.add("idScanStatus", N(map[bool]string{true: "SUCCESS", false: "ERROR"}[approved]))
		f.add("idScanSource", N(source))
		chk := map[bool]string{true: "OK", false: "N/A"}[approved]
		for _, k := range []string{"idCheckDataPositions", "idCheckDocumentValidation", "idCheckHologram", "idCheckMRZcode", "idCheckMicroprint", "idCheckSecurityFeatures", "idCheckSignature"} {
			if k == "idCheckMRZcode" && masked {
				continue
			}
			f.add(k, N(chk))
		}
		f.add("transactionDate", N(z(txAt)))
		f.add("callbackDate", N(z(g.t)))
		if status != "NO_ID_UPLOADED" {
			f.add("idType", N(d.typ))
			if d.sub != "" {
				f.add("idSubtype", N(d.sub))
			}
			f.add("idCountry", idCountry())
			if status == "DENIED_FRAUD" || status == "ERROR_NOT_READABLE_ID" {
				var rr *node
				if status == "DENIED_FRAUD" {
					c := pick(g.r, [][2]string{{"100", "MANIPULATED_DOCUMENT"}, {"105", "FRAUDSTER"}, {"106", "FAKE"}, {"107", "PHOTO_MISMATCH"}, {"108", "MRZ_CHECK_FAILED"}})
					rr = O("rejectReasonCode", N(c[0]), "rejectReasonDescription", N(c[1]))
					if c[0] == "100" {
						det := pick(g.r, [][2]string{{"1001", "PHOTO"}, {"1002", "DOCUMENT_NUMBER"}, {"1004", "DOB"}, {"1005", "NAME"}, {"1007", "SECURITY_CHECKS"}})
						rr.set("rejectReasonDetails", A(O("detailsCode", N(det[0]), "detailsDescription", N(det[1]))))
					}
				} else {
					c := pick(g.r, [][2]string{{"102", "PHOTOCOPY_BLACK_WHITE"}, {"104", "DIGITAL_COPY"}, {"200", "NOT_READABLE_DOCUMENT"}, {"201", "NO_DOCUMENT"}, {"206", "MISSING_BACK"}, {"207", "WRONG_DOCUMENT_PAGE"}})
					rr = O("rejectReasonCode", N(c[0]), "rejectReasonDescription", N(c[1]))
					if c[0] == "200" {
						det := pick(g.r, [][2]string{{"2001", "BLURRED"}, {"2002", "BAD_QUALITY"}, {"2003", "MISSING_PART_DOCUMENT"}, {"2006", "GLARE"}})
						rr.set("rejectReasonDetails", A(O("detailsCode", N(det[0]), "detailsDescription", N(det[1]))))
					}
				}
				f.add("rejectReason", w25JSON(rr))
			}
			f.add("idScanImage", img("front"))
			if d.backside && status != "DENIED_UNSUPPORTED_ID_TYPE" {
				f.add("idScanImageBackside", img("back"))
			}
			if (approved || status == "DENIED_FRAUD") && g.r.IntN(3) != 0 {
				f.add("idScanImageFace", img("face"))
			}
		}
		if approved && g.r.IntN(4) != 0 {
			iv := O("similarity", N("MATCH"), "validity", N(true))
			switch g.r.IntN(8) {
			case 0:
				iv = O("similarity", N("NO_MATCH"), "validity", N(true))
			case 1:
				iv = O("similarity", N("MATCH"), "validity", N(false), "reason", N(pick(g.r, []string{"SELFIE_IS_SCREEN_PAPER_VIDEO", "LIVENESS_FAILED", "FACE_NOT_FULLY_VISIBLE", "BAD_QUALITY"})))
			case 2:
				iv = O("similarity", N("NOT_POSSIBLE"), "validity", N(true))
			}
			f.add("identityVerification", w25JSON(iv))
		}
		if extracted {
			switch {
			case masked:
			case d.issuer == "TR" && d.typ == "ID_CARD" && g.r.IntN(2) == 0:
				// The T.C. kimlik no read as the card's number.
				f.add("idNumber", P(d.personal))
			default:
				f.add("idNumber", P(d.number))
			}
			f.add("idFirstName", P(docGiven))
			f.add("idLastName", P(docFamily))
			f.add("idDob", g.dob("2006-01-02"))
			f.add("idExpiry", P(d.expiry.Format("2006-01-02")))
			switch {
			case d.typ == "PASSPORT" && d.personal != "" && !(masked && d.issuer == "DE"):
				f.add("personalNumber", P(d.personal))
			case d.typ == "PASSPORT":
				f.add("personalNumber", N("N/A"))
			}
			if d.addr != nil && p.showResidence && g.r.IntN(4) != 0 {
				f.add("idAddress", w25JSON(docAddr()))
			}
			if d.curp != "" && g.r.IntN(3) != 0 {
				f.add("curp", P(d.curp))
			}
			if g.r.IntN(2) == 0 {
				f.add("gender", P(sex))
			}
			if d.birthPlace != "" && g.r.IntN(2) == 0 {
				f.add("placeOfBirth", P(d.birthPlace))
			}
			if g.r.IntN(3) == 0 {
				f.add("issuingDate", P(d.issued.Format("2006-01-02")))
			}
			if d.issuePlace != "" {
				f.add("issuingPlace", P(d.issuePlace))
			}
			if d.issuer == "CO" && d.typ == "ID_CARD" {
				f.add("personalIdentificationNumber", P(d.number))
			}
			if d.issuer == "TR" && d.typ == "PASSPORT" && g.r.IntN(2) == 0 {
				f.add("optionalData1", P(d.personal))
			}
			if len(d.dlCats) > 0 && approved {
				// What the holder may drive, and since when.
				var cats []*node
				for _, c := range d.dlCats {
					cats = append(cats, O("category", N(c), "issueDate", P(d.issued.Format("2006-01-02")), "expiryDate", P(d.expiry.Format("2006-01-02")), "availability", N("yes")))
				}
				f.add("dlCarPermission", N("YES"))
				f.add("dlCategories", w25JSON(A(cats...)))
			}
		}
		if source == "SDK" && approved && g.r.IntN(2) == 0 {
			var ls []*node
			for i := range 2 + g.r.IntN(4) {
				ls = append(ls, P(fmt.Sprintf("%s/api/netverify/v2/scans/%s/images/liveness/%d", host, ref, i+1)))
			}
			f.add("livenessImages", w25JSON(A(ls...)))
			if g.r.IntN(3) == 0 {
				f.add("facemap", P(host+"/api/netverify/v2/scans/"+ref+"/images/facemap"))
			}
		}
		f.add("merchantIdScanReference", N(pick(g.r, []string{"KYC-" + pattern(g.r, "########"), "onb_" + g.b62(16), g.uuid()})))
		if g.r.IntN(3) == 0 {
			f.add("merchantReportingCriteria", N(pick(g.r, []string{"onboarding-web", "wallet-upgrade", "loan-application", "age-check"})))
		}
		if g.r.IntN(3) != 0 {
			f.add("customerId", P(custID))
		}
		if source != "SDK" && g.r.IntN(4) != 0 {
			f.add("clientIp", P(p.ip))
		}
		if g.r.IntN(3) == 0 {
			f.add("firstAttemptDate", N(z(txAt.Add(-time.Duration(g.r.IntN(86400))*time.Second))))
		}
		if status != "NO_ID_UPLOADED" && g.r.IntN(4) == 0 {
			f.add("presetCountry", N(alpha3[d.issuer]))
			f.add("presetIdType", N(d.typ))
		}
		kyc := map[string]string{"APPROVED_VERIFIED": "verified", "DENIED_FRAUD": "rejected", "NO_ID_UPLOADED": "abandoned"}[status]
		if kyc == "" {
			kyc = "retry_required"
		}
		switch g.r.IntN(5) {
		case 0, 1:
			raw := w25Form(f.keys, f.vals)
			out := O(
				"received_at", N(g.t.Add(time.Duration(50+g.r.IntN(900))*time.Millisecond).UTC().Format(time.RFC3339Nano)),
				"remote_addr", N(pick(g.r, w25JumioIPs[region])),
				"method", N("POST"),
				"path", N(pick(g.r, []string{"/webhooks/jumio/netverify", "/api/kyc/jumio/callback", "/jumio/callback"})),
				"headers", O("Content-Type", N("application/x-www-form-urlencoded; charset=UTF-8"), "Content-Length", N(fmt.Sprint(len(raw.raw)))),
				"body", raw,
			)
			if g.r.IntN(2) == 0 {
				out.set("params", f.parsed)
			}
			return out
		case 2:
			return O("event", N("jumio.netverify.callback"), "scan_reference", N(ref), "status", N(status), "callback", f.parsed, "user", user(kyc))
		case 3:
			return O("params", f.parsed, "user", user(kyc))
		}
		return f.parsed
	}

	// ------------------------------------------------------------ KYX
	accountID, wfID := g.uuid(), g.uuid()
	retrieval := "https://retrieval." + region + ".jumio.ai/api/v1"
	accHref := retrieval + "/accounts/" + accountID
	wfHref := accHref + "/workflow-executions/" + wfID
	var userRef *node
	switch g.r.IntN(4) {
	case 0:
		userRef = P(p.email)
	case 1, 2:
		userRef = P(custID)
	}
	defKey := pick(g.r, []string{"10011", "10011", "10013", "10015", "3"})
	wfStatus := pick(g.r, []string{"PROCESSED", "PROCESSED", "PROCESSED", "PROCESSED", "PROCESSED", "PROCESSED", "SESSION_EXPIRED", "TOKEN_EXPIRED", "ACQUIRED"})
	callback := O("callbackSentAt", N(z(g.t)), "userReference", userRef,
		"workflowExecution", O("id", N(wfID), "href", P(wfHref), "definitionKey", N(defKey), "status", N(wfStatus)),
		"account", O("id", P(accountID), "href", P(accHref)))
	wrapCallback := func() *node {
		return O(
			"received_at", N(g.t.Add(time.Duration(50+g.r.IntN(900))*time.Millisecond).UTC().Format(time.RFC3339Nano)),
			"remote_addr", N(pick(g.r, w25JumioIPs[region])),
			"method", N("POST"),
			"path", N(pick(g.r, []string{"/webhooks/jumio", "/api/kyc/jumio/callback"})),
			"headers", O("Content-Type", N("application/json"), "User-Agent", N("Jumio Callback")),
			"body", callback,
		)
	}
	if wfStatus != "PROCESSED" || g.r.IntN(4) == 0 {
		if g.r.IntN(2) == 0 {
			return wrapCallback()
		}
		return callback
	}

	// The workflow's details, as the retrieval API returns them.
	decision := pick(g.r, []string{"PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "PASSED", "REJECTED", "REJECTED", "WARNING", "NOT_EXECUTED"})
	credID, selfieID, facemapID := g.uuid(), g.uuid(), g.uuid()
	part := func(id, classifier string) *node {
		return O("classifier", N(classifier), "href", P(accHref+"/credentials/"+id+"/parts/"+classifier))
	}
	idParts := A(part(credID, "FRONT"))
	if d.backside {
		idParts.arr = append(idParts.arr, part(credID, "BACK"))
	}
	creds := A(O("id", N(credID), "category", N("ID"), "parts", idParts))
	withSelfie := defKey != "3"
	if withSelfie {
		creds.arr = append(creds.arr, O("id", N(selfieID), "category", N("SELFIE"), "parts", A(part(selfieID, "FACE"))))
		if defKey == "10011" {
			creds.arr = append(creds.arr, O("id", N(facemapID), "category", N("FACEMAP"), "parts", A(part(facemapID, "FACEMAP"))))
		}
	}
	ref := func(ids ...string) *node {
		out := A()
		for _, id := range ids {
			cat := map[string]string{credID: "ID", selfieID: "SELFIE", facemapID: "FACEMAP"}[id]
			out.arr = append(out.arr, O("id", N(id), "category", N(cat)))
		}
		return out
	}
	dec := func(typ, label string) *node { return O("type", N(typ), "details", O("label", N(label))) }
	usableLabel, imageLabel, simLabel, liveLabel := "OK", "OK", "MATCH", "OK"
	extract := decision != "NOT_EXECUTED"
	if decision == "REJECTED" {
		switch g.r.IntN(4) {
		case 0:
			usableLabel = pick(g.r, []string{"BLURRED", "GLARE", "MISSING_PAGE", "DAMAGED_DOCUMENT"})
			extract = false
		case 1:
			imageLabel = pick(g.r, []string{"MANIPULATED_DOCUMENT", "DIGITAL_COPY", "PHOTOCOPY"})
		case 2:
			simLabel = "NO_MATCH"
		default:
			liveLabel = pick(g.r, []string{"LIVENESS_UNDETERMINED", "ID_USED_AS_SELFIE", "MULTIPLE_PEOPLE", "BLACK_WHITE"})
		}
	}
	typeOf := func(label, ok string) string {
		if label == ok {
			return "PASSED"
		}
		return "REJECTED"
	}
	caps := O()
	if extract {
		data := O("type", N(d.typ), "subType", Nif(d.sub), "issuingCountry", idCountry(),
			"firstName", P(docGiven), "lastName", P(docFamily),
			"dateOfBirth", g.dob("2006-01-02"),
			"expiryDate", P(d.expiry.Format("2006-01-02")))
		if g.r.IntN(2) == 0 {
			data.set("issuingDate", P(d.issued.Format("2006-01-02")))
		}
		if !(d.issuer == "DE" && d.citizen && g.r.IntN(2) == 0) {
			data.set("documentNumber", P(d.number))
		}
		if d.personal != "" {
			data.set("personalNumber", P(d.personal))
		}
		data.set("gender", P(sex))
		if d.typ == "PASSPORT" || d.sub == "RESIDENT_PERMIT_ID" || g.r.IntN(2) == 0 && d.citizen {
			data.set("nationality", g.citizenship(alpha3[p.cit.code]))
		}
		if d.birthPlace != "" {
			data.set("placeOfBirth", P(d.birthPlace))
		}
		if d.issuePlace != "" {
			data.set("issuingPlace", P(d.issuePlace))
		}
		data.set("currentAge", P(fmt.Sprint(g.ageAt())))
		if a := docAddr(); a != nil {
			data.set("address", a)
		}
		if d.curp != "" {
			data.set("curp", P(d.curp))
		}
		if d.typ == "PASSPORT" || (d.typ == "ID_CARD" && (d.issuer == "TR" || d.issuer == "DE" || d.issuer == "MX")) {
			if g.r.IntN(2) == 0 {
				m := w25MRZ(d, n, p.female, p.dob, p.cit.code)
				mrz := O("line1", P(m[0]), "line2", P(m[1]))
				if len(m) > 2 {
					mrz.set("line3", P(m[2]))
				}
				data.set("mrz", mrz)
			}
		}
		if d.issuer == "PK" && d.typ == "ID_CARD" && g.r.IntN(2) == 0 {
			// The card's Urdu lines.
			data.set("additionalLanguage", O("firstName", P(n.given), "lastName", P(n.family)))
		}
		exDec := dec("PASSED", "OK")
		caps.set("extraction", A(O("id", N(g.uuid()), "credentials", ref(credID), "decision", exDec, "data", data)))
	} else {
		caps.set("extraction", A(O("id", N(g.uuid()), "credentials", ref(credID), "decision", dec("NOT_EXECUTED", "PRECONDITION_NOT_FULFILLED"))))
	}
	usability := A(O("id", N(g.uuid()), "credentials", ref(credID), "decision", dec(typeOf(usableLabel, "OK"), usableLabel)))
	if withSelfie {
		usability.arr = append(usability.arr, O("id", N(g.uuid()), "credentials", ref(selfieID), "decision", dec("PASSED", "OK")))
	}
	caps.set("usability", usability)
	caps.set("imageChecks", A(O("id", N(g.uuid()), "credentials", ref(credID), "decision", dec(typeOf(imageLabel, "OK"), imageLabel))))
	caps.set("dataChecks", A(O("id", N(g.uuid()), "credentials", ref(credID), "decision", dec(map[bool]string{true: "PASSED", false: "NOT_EXECUTED"}[extract], map[bool]string{true: "OK", false: "PRECONDITION_NOT_FULFILLED"}[extract]))))
	if withSelfie {
		lv := O("id", N(g.uuid()), "credentials", ref(selfieID, facemapID), "decision", dec(typeOf(liveLabel, "OK"), liveLabel))
		if defKey != "10011" {
			lv.set("credentials", ref(selfieID))
		}
		if liveLabel == "OK" && g.r.IntN(2) == 0 {
			age := g.ageAt() + g.r.IntN(7) - 3
			lv.set("data", O("type", N(pick(g.r, []string{"JUMIO_STANDARD", "JUMIO_PREMIUM"})), "predictedAge", P(age), "ageConfidenceRange", P(fmt.Sprintf("%d-%d", age-5, age+6))))
		}
		caps.set("liveness", A(lv))
		sim := O("id", N(g.uuid()), "credentials", ref(credID, selfieID), "decision", dec(typeOf(simLabel, "MATCH"), simLabel), "data", O("similarity", N(simLabel)))
		caps.set("similarity", A(sim))
	}
	started := g.t.Add(-time.Duration(120+g.r.IntN(1800)) * time.Second)
	wf := O("id", N(wfID), "status", N("PROCESSED"), "definitionKey", N(defKey))
	if userRef != nil {
		wf.set("userReference", userRef)
	}
	if g.r.IntN(2) == 0 {
		wf.set("customerInternalReference", N(pick(g.r, []string{"onboarding-" + pattern(g.r, "########"), "kyc_" + g.b62(10)})))
	}
	details := O(
		"workflow", wf,
		"account", O("id", P(accountID)),
		"createdAt", N(z(started.Add(-time.Duration(5+g.r.IntN(120))*time.Second))),
		"startedAt", N(z(started)),
		"completedAt", N(z(g.t.Add(-time.Duration(1+g.r.IntN(20))*time.Second))),
		"credentials", creds,
		"decision", O("type", N(decision), "details", O("label", N(decision)), "risk", O("score", N(float64(g.r.IntN(1000))/10))),
		"capabilities", caps,
	)
	switch g.r.IntN(3) {
	case 0:
		return O("callback", callback, "retrieval", O(
			"request", O("method", N("GET"), "url", P(wfHref), "headers", O("Authorization", C("Bearer "+g.w25JWT(`{"alg":"RS256","typ":"JWT","kid":"`+g.hex(16)+`"}`, `{"sub":"`+g.uuid()+`","iss":"https://auth.`+region+`.jumio.ai","exp":`+fmt.Sprint(g.t.Unix()+3600)+`}`, 256)), "User-Agent", N(pick(g.r, []string{"AcmeBank Onboarding/2.3", "PayNow KYC/1.8.0", "Kasa Wallet/4.1"})), "Accept", N("application/json"))),
			"response", O("status", N(200), "body", details),
		))
	case 1:
		st := map[string]string{"PASSED": "verified", "REJECTED": "rejected", "WARNING": "manual_review", "NOT_EXECUTED": "retry_required"}[decision]
		return O("workflow_details", details, "user", user(st))
	}
	return details
}

// ----------------------------------------------------------------- Xero

var w25XeroNames = map[string][]w25Name{
	"AU": {{"Jack", "Wilson", "jack", "wilson", false}, {"Charlotte", "Nguyen", "charlotte", "nguyen", true}, {"Liam", "O'Brien", "liam", "obrien", false}, {"Mia", "Papadopoulos", "mia", "papadopoulos", true}, {"Ethan", "Chen", "ethan", "chen", false}, {"Priya", "Patel", "priya", "patel", true}, {"Tom", "Reilly", "tom", "reilly", false}},
	"NZ": {{"Aroha", "Ngata", "aroha", "ngata", true}, {"Nikau", "Walker", "nikau", "walker", false}, {"Tama", "Rangihuna", "tama", "rangihuna", false}, {"Ruby", "Thompson", "ruby", "thompson", true}, {"Mere", "Parata", "mere", "parata", true}, {"James", "Li", "james", "li", false}},
	"GB": {{"Oliver", "Smith", "oliver", "smith", false}, {"Amelia", "Jones", "amelia", "jones", true}, {"Harry", "Taylor", "harry", "taylor", false}, {"Aisha", "Begum", "aisha", "begum", true}, {"Callum", "MacDonald", "callum", "macdonald", false}, {"Siobhan", "O'Neill", "siobhan", "oneill", true}},
	"SG": {{"Wei Ling", "Tan", "weiling", "tan", true}, {"Muhammad Hafiz", "bin Rahman", "hafiz", "rahman", false}, {"Priya", "d/o Rajendran", "priya", "rajendran", true}, {"Jun Jie", "Lim", "junjie", "lim", false}, {"Mei Hua", "Goh", "meihua", "goh", true}},
	"ZA": {{"Thabo", "Nkosi", "thabo", "nkosi", false}, {"Lerato", "Dlamini", "lerato", "dlamini", true}, {"Pieter", "van der Merwe", "pieter", "vandermerwe", false}, {"Ayesha", "Patel", "ayesha", "patel", true}, {"Sipho", "Mokoena", "sipho", "mokoena", false}, {"Nomvula", "Khumalo", "nomvula", "khumalo", true}},
}

var w25XeroDomains = map[string][]string{
	"AU": {"bigpond.com", "gmail.com", "outlook.com", "icloud.com", "optusnet.com.au"},
	"NZ": {"xtra.co.nz", "gmail.com", "outlook.com", "slingshot.co.nz"},
	"GB": {"btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"},
	"SG": {"gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"},
	"ZA": {"gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"},
}

// w25XeroPlace is a street address as New Zealand, Australian, British,
// Singaporean and South African contacts give it.
type w25XeroPlace struct{ line1, line2, city, region, post string }

var w25XeroPlaces = map[string][]w25XeroPlace{
	"AU": {{"Unit 4, 12 Smith Street", "", "Fitzroy", "VIC", "3065"}, {"45 Collins Street", "", "Melbourne", "VIC", "3000"}, {"17 Boundary Road", "", "Paddington", "QLD", "4064"}, {"8 Hay Street", "", "Subiaco", "WA", "6008"}, {"3/22 Darley Road", "", "Manly", "NSW", "2095"}},
	"NZ": {{"10 Queen Street", "Auckland Central", "Auckland", "Auckland", "1010"}, {"5 Lambton Quay", "Pipitea", "Wellington", "Wellington", "6011"}, {"23 Riccarton Road", "Riccarton", "Christchurch", "Canterbury", "8041"}, {"12 Rata Street", "Glenholme", "Rotorua", "Bay of Plenty", "3010"}, {"Flat 2, 88 Ponsonby Road", "Ponsonby", "Auckland", "Auckland", "1011"}},
	"GB": {{"14 High Street", "", "Manchester", "Greater Manchester", "M4 1HQ"}, {"Flat 3, 22 Gloucester Road", "Bishopston", "Bristol", "", "BS7 8AE"}, {"7 Royal Mile", "", "Edinburgh", "", "EH1 1RE"}, {"41 Green Lane", "Small Heath", "Birmingham", "West Midlands", "B9 5BU"}},
	"SG": {{"Blk 123 Ang Mo Kio Avenue 3", "#08-1234", "Singapore", "", "560123"}, {"50 Jurong West Street 61", "#12-45", "Singapore", "", "640050"}, {"8 Tampines Central 1", "#15-02", "Singapore", "", "529538"}},
	"ZA": {{"12 Long Street", "", "Cape Town", "Western Cape", "8001"}, {"3 Vilakazi Street", "Orlando West", "Soweto", "Gauteng", "1804"}, {"45 Florida Road", "Morningside", "Durban", "KwaZulu-Natal", "4001"}, {"18 Jan Smuts Avenue", "Parktown", "Johannesburg", "Gauteng", "2193"}},
}

// w25XeroOrg is the organisation whose Xero the contact is in, with its
// contact groups and what being in one tells of a contact.
type w25XeroOrg struct {
	kind, name string
	groups     []bioLine
}

var w25XeroOrgs = map[string][]w25XeroOrg{
	"AU": {
		{"physio", "Harbourside Physiotherapy Pty Ltd", []bioLine{{"health", "NDIS participants"}, {"health", "Private health patients"}, {"health", "WorkCover claimants"}}},
		{"tutoring", "Bright Sparks Tutoring", []bioLine{{"", "Parents - Term 2"}, {"", "Online students"}}},
		{"church", "St Andrew's Anglican Parish", []bioLine{{"religion", "Planned giving - parishioners"}, {"religion", "Confirmation class families"}}},
		{"trades", "Reilly Plumbing & Gas", []bioLine{{"", "Residential customers"}, {"", "Strata managers"}}},
		{"accountant", "Southbank Tax & BAS Services", []bioLine{{"", "Sole traders"}, {"", "Rideshare drivers"}}},
	},
	"NZ": {
		{"physio", "Ponsonby Physio & Pilates Ltd", []bioLine{{"health", "ACC claimants"}, {"health", "Pelvic health clients"}}},
		{"union", "Hospitality Workers Union - Wellington branch", []bioLine{{"trade_union", "Financial members"}, {"trade_union", "Workplace delegates"}}},
		{"church", "St Mary's Catholic Parish - Ponsonby", []bioLine{{"religion", "Tithing parishioners"}}},
		{"accountant", "Kiwi Books Accounting Ltd", []bioLine{{"", "Sole traders"}, {"", "GST monthly filers"}}},
		{"trades", "Ngata Electrical Ltd", []bioLine{{"", "Residential customers"}}},
	},
	"GB": {
		{"counselling", "Hillside Counselling & Psychotherapy", []bioLine{{"health", "Private therapy clients"}, {"health", "EAP referrals"}}},
		{"mosque", "Masjid Al-Noor Trust", []bioLine{{"religion", "Zakat donors"}, {"religion", "Madrasah parents"}}},
		{"party", "Green Party - Bristol Central", []bioLine{{"political", "Members"}, {"political", "Regular donors"}}},
		{"trades", "Taylor & Sons Roofing", []bioLine{{"", "Domestic customers"}}},
		{"tutoring", "Eleven Plus Tutors Ltd", []bioLine{{"", "Year 5 parents"}}},
	},
	"SG": {
		{"clinic", "Tan Family Clinic & Surgery", []bioLine{{"health", "Chronic disease (CDMP) patients"}, {"health", "Corporate panel patients"}}},
		{"tutoring", "Ace Maths Tuition Centre", []bioLine{{"", "Sec 3 parents"}, {"", "PSLE class"}}},
		{"church", "Grace Assembly - Tithes & Offerings", []bioLine{{"religion", "Tithers"}}},
		{"accountant", "Lion City Corporate Services", []bioLine{{"", "Sole proprietors"}}},
	},
	"ZA": {
		{"clinic", "Dr Naidoo Family Practice", []bioLine{{"health", "Medical aid patients"}, {"health", "HIV chronic programme"}}},
		{"church", "Rhema Bible Church - Giving", []bioLine{{"religion", "Tithers"}}},
		{"union", "Metalworkers Union - Ekurhuleni local", []bioLine{{"trade_union", "Paid-up members"}}},
		{"trades", "Mokoena Building & Renovations", []bioLine{{"", "Residential customers"}}},
		{"tutoring", "Cape Tutors", []bioLine{{"", "Matric learners' parents"}}},
	},
}

var w25XeroCurrency = map[string]string{"AU": "AUD", "NZ": "NZD", "GB": "GBP", "SG": "SGD", "ZA": "ZAR"}

// w25XeroDate is a time as Xero's JSON writes it, /Date(ms+0000)/.
func w25XeroDate(t time.Time, offset bool) string {
	if offset {
		return fmt.Sprintf("/Date(%d+0000)/", t.UnixMilli())
	}
	return fmt.Sprintf("/Date(%d)/", t.UnixMilli())
}

// w25ABN is an Australian Business Number: eleven digits whose first
// less one, weighted 10 1 3 5 7 9 11 13 15 17 19, sum to a multiple of
// 89, written 51 824 753 556.
func (g *gen) w25ABN() string {
	w := []int{10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19}
	for {
		d := append([]int{1 + g.r.IntN(9), g.r.IntN(10)}, digits(g.r, 9)...)
		s := 0
		for i, x := range d {
			if i == 0 {
				x--
			}
			s += x * w[i]
		}
		if s%89 == 0 {
			v := str(d)
			return v[:2] + " " + v[2:5] + " " + v[5:8] + " " + v[8:]
		}
	}
}

// w25IRD is a New Zealand IRD number: eight digits (a leading zero for
// the older ones) and a mod-11 check digit, weights 3 2 7 6 5 4 3 2, or
// 7 4 3 2 5 2 7 6 when the first gives 10, written 049-091-850.
func (g *gen) w25IRD() string {
	for {
		n := 10000000 + g.r.IntN(140000000)
		base := fmt.Sprintf("%08d", n)
		d := make([]int, 8)
		for i := range d {
			d[i] = int(base[i] - '0')
		}
		c := -1
		for _, w := range [][]int{{3, 2, 7, 6, 5, 4, 3, 2}, {7, 4, 3, 2, 5, 2, 7, 6}} {
			r := wsum(d, w) % 11
			if r == 0 {
				c = 0
				break
			}
			if 11-r != 10 {
				c = 11 - r
				break
			}
		}
		if c < 0 {
			continue
		}
		v := fmt.Sprintf("%09d", n*10+c)
		return v[:3] + "-" + v[3:6] + "-" + v[6:]
	}
}

// w25UKVAT is a United Kingdom VAT number: seven digits and two check
// digits making the seven weighted 8 down to 2 a multiple of 97.
func (g *gen) w25UKVAT() string {
	d := append([]int{1 + g.r.IntN(9)}, digits(g.r, 6)...)
	c := (97 - wsum(d, []int{8, 7, 6, 5, 4, 3, 2})%97) % 97
	v := str(d) + fmt.Sprintf("%02d", c)
	return "GB " + v[:3] + " " + v[3:7] + " " + v[7:]
}

// w25XeroTax is the tax number a sole trader of the country gives.
func (g *gen) w25XeroTax(cc string) string {
	switch cc {
	case "AU":
		return g.w25ABN()
	case "NZ":
		return g.w25IRD()
	case "GB":
		return g.w25UKVAT()
	case "SG":
		return "53" + pattern(g.r, "######") + string(rune('A'+g.r.IntN(26)))
	}
	body := "4" + pattern(g.r, "########")
	return body + fmt.Sprint(luhnDigit(body))
}

// w25XeroBank is a bank account as Xero's free-text BankAccountDetails
// and BatchPayments get it.
func (g *gen) w25XeroBank(cc string) string {
	switch cc {
	case "AU":
		return pick(g.r, []string{"062-000", "033-172", "082-401", "013-943"}) + " " + pattern(g.r, "########")
	case "NZ":
		return pick(g.r, []string{"12-3140", "06-0501", "02-0248", "38-9000"}) + "-" + pattern(g.r, "0######") + "-00"
	case "GB":
		return pick(g.r, []string{"20-00-00", "40-11-62", "30-94-41", "60-83-71"}) + " " + pattern(g.r, "########")
	case "SG":
		return pick(g.r, []string{"DBS ", "OCBC ", "UOB "}) + pattern(g.r, "###-#-######")
	}
	return pick(g.r, []string{"FNB 62", "Capitec 1", "Standard Bank 0"}) + pattern(g.r, "#########") + " branch " + pick(g.r, []string{"250655", "470010", "051001"})
}

// w25XeroAccount is the number the organisation files the contact under.
func (g *gen) w25XeroAccount(kind, cc, group string) string {
	switch {
	case kind == "physio" && cc == "AU" && strings.HasPrefix(group, "NDIS"):
		return "43" + pattern(g.r, "#######")
	case kind == "physio" && cc == "AU":
		m, irn := auMedicare(g.r)
		return m + "-" + irn
	case kind == "physio":
		return "ACC" + pattern(g.r, "#######")
	case kind == "clinic" && cc == "ZA":
		return pick(g.r, []string{"DH", "BON", "MOM"}) + pattern(g.r, "#########")
	case kind == "clinic":
		return "P" + pattern(g.r, "######")
	case kind == "union":
		return "M" + pattern(g.r, "######")
	case kind == "counselling":
		return "CL-" + pattern(g.r, "####")
	}
	return pick(g.r, []string{"CUST-", "C", "DON-"}) + pattern(g.r, "#####")
}

func xeroContact(g *gen) *node {
	cc := pick(g.r, []string{"AU", "AU", "AU", "NZ", "NZ", "NZ", "GB", "GB", "SG", "SG", "ZA", "ZA"})
	g.w25Redraw(cc)
	g.w25Age(19, 82)
	p := g.p
	n := pick(g.r, w25XeroNames[cc])
	g.w25SetName(n, w25XeroDomains[cc])
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w25SetPhone(cc)
	}
	org := pick(g.r, w25XeroOrgs[cc])
	pl := pick(g.r, w25XeroPlaces[cc])
	currency := w25XeroCurrency[cc]
	full := n.given + " " + n.family
	if cc == "SG" && !strings.Contains(n.family, " ") {
		full = n.family + " " + n.given
	}
	contactID := g.uuid()
	tenant := g.uuid()
	updated := g.t.Add(-time.Duration(g.r.IntN(3000)) * time.Millisecond)

	// What the contact is to the organisation.
	supplier := org.kind == "trades" && g.r.IntN(4) == 0 || org.kind == "accountant" && g.r.IntN(6) == 0
	group := pick(g.r, org.groups)
	name := P(full)
	switch {
	case org.kind == "accountant" || supplier:
		// A sole trader, filed under the trading name.
		trading := pick(g.r, []string{n.family + " Carpentry", full + " Consulting", n.given + "'s Cleaning Services", n.family + " & Co", full + " t/a " + pick(g.r, []string{"Bright Homes", "Kiwi Movers", "Cape Lawns", "Lion Tutoring"})})
		name = P(trading)
	case group.cat == "health" && cc == "AU" && strings.HasPrefix(group.text, "NDIS") && g.r.IntN(3) == 0:
		// The practice tells NDIS participants apart in the name.
		name = S(n.family+", "+n.given+" (NDIS)", "health")
	case g.r.IntN(4) == 0:
		name = P(n.family + ", " + n.given)
	}
	if org.kind == "tutoring" && g.r.IntN(3) == 0 {
		// A parent filed under the child's name.
		kid, _ := split(pick(g.r, p.c.given))
		name = P(kid + " " + n.family + " (parent: " + n.given + ")")
	}

	nsn := g.w25NSN()
	phoneCode := callingCode(p.phoneE164)
	area, local := "", nsn
	if p.phoneCC != "SG" && len(nsn) > 6 {
		cut := map[string]int{"AU": 1, "GB": 4}[p.phoneCC]
		if cut == 0 {
			cut = 2
		}
		area, local = "0"+nsn[:cut], nsn[cut:]
		if g.r.IntN(3) == 0 {
			area, local = "", "0"+nsn
		}
	}
	if len(local) > 6 && g.r.IntN(2) == 0 {
		local = local[:len(local)-4] + " " + local[len(local)-4:]
	}
	mobileType := pick(g.r, []string{"MOBILE", "MOBILE", "DEFAULT"})
	if g.r.IntN(4) == 0 {
		phoneCode = ""
	}
	phoneEntry := func(typ string) *node {
		if typ == mobileType {
			if num := g.phone(local); num != nil {
				return O("PhoneType", N(typ), "PhoneNumber", num, "PhoneAreaCode", N(area), "PhoneCountryCode", N(phoneCode))
			}
		}
		return O("PhoneType", N(typ), "PhoneNumber", N(""), "PhoneAreaCode", N(""), "PhoneCountryCode", N(""))
	}
	country := pick(g.r, []string{englishName[cc], englishName[cc], cc, strings.ToUpper(englishName[cc])})
	if cc == "GB" && g.r.IntN(2) == 0 {
		country = "UK"
	}
	attention := g.r.IntN(3) == 0
	poBox := pick(g.r, []string{"PO Box ", "Private Bag ", "PO Box "}) + pattern(g.r, "####")
	addrEntry := func(typ string, filled bool) *node {
		if !filled || !p.showResidence {
			return O("AddressType", N(typ), "AddressLine1", N(""), "AddressLine2", N(""), "AddressLine3", N(""), "AddressLine4", N(""), "City", N(""), "Region", N(""), "PostalCode", N(""), "Country", N(""), "AttentionTo", N(""))
		}
		line1 := pl.line1
		if typ == "POBOX" {
			line1 = poBox
		}
		att := N("")
		if attention {
			att = P(full)
		}
		return O("AddressType", N(typ), "AddressLine1", g.addr(line1), "AddressLine2", w25Or(g.addrOrNil(pl.line2)), "AddressLine3", N(""), "AddressLine4", N(""),
			"City", g.addr(pl.city), "Region", w25Or(g.addrN(pl.region)), "PostalCode", g.addr(pl.post), "Country", w25Or(g.residence(country)), "AttentionTo", att)
	}
	withPOBox := g.r.IntN(4) == 0
	contactNumber := ""
	if g.r.IntN(3) == 0 {
		contactNumber = pick(g.r, []string{"CRM-", "HS-", "ID"}) + pattern(g.r, "######")
	}
	account := ""
	if g.r.IntN(2) == 0 || group.cat != "" {
		account = g.w25XeroAccount(org.kind, cc, group.text)
	}
	bank := ""
	if supplier || g.r.IntN(5) == 0 {
		bank = g.w25XeroBank(cc)
	}
	tax := ""
	if supplier || org.kind == "accountant" {
		tax = g.w25XeroTax(cc)
	}
	var other *w25Name
	if org.kind == "tutoring" && g.r.IntN(2) == 0 {
		og, ogl := split(pick(g.r, p.c.given))
		other = &w25Name{w25Title(og), n.family, ogl, n.familyL, false}
	}
	otherEmail := ""
	if other != nil {
		otherEmail = g.w25Email(other.givenL, other.familyL, w25XeroDomains[cc])
	}
	outstanding, overdue := g.r.IntN(90000), 0
	if g.r.IntN(3) == 0 {
		overdue = outstanding / 2
	}
	attachments := g.r.IntN(5) == 0
	terms := O("Sales", O("Day", N(pick(g.r, []int{7, 14, 20, 30})), "Type", N(pick(g.r, []string{"DAYSAFTERBILLDATE", "OFFOLLOWINGMONTH"}))))
	groupID := g.uuid()
	buildContact := func(create bool) *node {
		c := O()
		if !create {
			c.set("ContactID", P(contactID))
		}
		if contactNumber != "" {
			c.set("ContactNumber", P(contactNumber))
		}
		if account != "" {
			c.set("AccountNumber", P(account))
		}
		if !create {
			c.set("ContactStatus", N("ACTIVE"))
		}
		c.set("Name", name)
		c.set("FirstName", P(n.given))
		c.set("LastName", P(n.family))
		c.set("EmailAddress", P(p.email))
		if bank != "" {
			c.set("BankAccountDetails", P(bank))
		} else if !create {
			c.set("BankAccountDetails", N(""))
		}
		if tax != "" {
			c.set("TaxNumber", P(tax))
		}
		if !create {
			c.set("AccountsReceivableTaxType", N(map[string]string{"AU": "OUTPUT", "NZ": "OUTPUT2", "GB": "OUTPUT2", "SG": "OUTPUT", "ZA": "OUTPUT"}[cc]))
			if supplier {
				c.set("AccountsPayableTaxType", N("INPUT"))
			}
		}
		c.set("Addresses", A(addrEntry("POBOX", withPOBox), addrEntry("STREET", !withPOBox)))
		c.set("Phones", A(phoneEntry("DDI"), phoneEntry("DEFAULT"), phoneEntry("FAX"), phoneEntry("MOBILE")))
		if !create {
			c.set("UpdatedDateUTC", N(w25XeroDate(updated, true)))
			c.set("ContactGroups", A(O("ContactGroupID", N(groupID), "Name", w25Text(group.text, group.cat), "Status", N("ACTIVE"), "HasValidationErrors", N(false))))
			c.set("IsSupplier", N(supplier))
			c.set("IsCustomer", N(!supplier))
			c.set("DefaultCurrency", N(currency))
		}
		if other != nil {
			// The other parent, copied on the invoices.
			c.set("ContactPersons", A(O("FirstName", P(other.given), "LastName", P(other.family), "EmailAddress", P(otherEmail), "IncludeInEmails", N(true))))
		} else if !create {
			c.set("ContactPersons", A())
		}
		if !create {
			c.set("HasAttachments", N(attachments))
			c.set("HasValidationErrors", N(false))
			c.set("Balances", O("AccountsReceivable", O("Outstanding", N(float64(outstanding)/100), "Overdue", N(float64(overdue)/100)), "AccountsPayable", O("Outstanding", N(0.0), "Overdue", N(0.0))))
			if supplier {
				c.set("BatchPayments", O("BankAccountNumber", P(strings.NewReplacer(" ", "", "-", "").Replace(bank)), "BankAccountName", P(strings.ToUpper(n.given[:1]+" "+n.family)), "Details", N("Invoice payment"), "Code", N(""), "Reference", N(org.name[:min(12, len(org.name))])))
			}
			c.set("PaymentTerms", terms)
		}
		return c
	}
	apiToken := func() *node {
		claims := `{"nbf":` + fmt.Sprint(g.t.Unix()-60) + `,"exp":` + fmt.Sprint(g.t.Unix()+1740) + `,"iss":"https://identity.xero.com","aud":"https://identity.xero.com/resources","client_id":"` + strings.ToUpper(g.hex(32)) + `","sub":"` + g.hex(32) + `","auth_time":` + fmt.Sprint(g.t.Unix()-86400) + `,"xero_userid":"` + g.uuid() + `","global_session_id":"` + g.hex(32) + `","jti":"` + g.hex(32) + `","authentication_event_id":"` + g.uuid() + `","scope":["email","profile","openid","accounting.contacts","offline_access"]}`
		return C("Bearer " + g.w25JWT(`{"alg":"RS256","kid":"1CAF8930D2A7BF4A5B5E6E6C3A3D5E8F8C9A9C1A","typ":"JWT","x5t":"HK-JMNKnv0pbXm5uw6PY2Lu0s9Q"}`, claims, 256))
	}
	apiURL := "https://api.xero.com/api.xro/2.0/Contacts"
	appName := pick(g.r, []string{"Cliniko Sync", "PracticePal", "ChurchSuite Giving", "TutorBird Connector", "ServiceM8", "Zapier"})
	envelope := func(c *node) *node {
		return O("Id", N(g.uuid()), "Status", N("OK"), "ProviderName", N(appName), "DateTimeUTC", N(w25XeroDate(g.t, false)), "Contacts", A(c))
	}
	webhook := func() (*node, *node) {
		ev := O("resourceUrl", P(apiURL+"/"+contactID), "resourceId", P(contactID), "eventDateUtc", N(updated.UTC().Format("2006-01-02T15:04:05.000")),
			"eventType", N(pick(g.r, []string{"CREATE", "UPDATE", "UPDATE"})), "eventCategory", N("CONTACT"), "tenantId", N(tenant), "tenantType", N("ORGANISATION"))
		evs := A(ev)
		if g.r.IntN(3) == 0 {
			inv := g.uuid()
			evs.arr = append(evs.arr, O("resourceUrl", N("https://api.xero.com/api.xro/2.0/Invoices/"+inv), "resourceId", N(inv), "eventDateUtc", N(updated.Add(time.Duration(g.r.IntN(5000))*time.Millisecond).UTC().Format("2006-01-02T15:04:05.000")),
				"eventType", N("CREATE"), "eventCategory", N("INVOICE"), "tenantId", N(tenant), "tenantType", N("ORGANISATION")))
		}
		seq := 1 + g.r.IntN(5000)
		body := O("events", evs, "firstEventSequence", N(seq), "lastEventSequence", N(seq+len(evs.arr)-1), "entropy", N(strings.ToUpper(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 20))))
		raw := string(render(body, &Label{}))
		sig := C(base64.StdEncoding.EncodeToString(w25HMAC(g.chars(b64Set, 64), raw)))
		return body, sig
	}
	hookHeaders := func(sig *node) *node {
		return O("Content-Type", N("application/json; charset=utf-8"), "x-xero-signature", sig, "User-Agent", N("Xero Webhooks"))
	}

	switch g.r.IntN(10) {
	case 0, 1, 2:
		// The contact as the API returns it.
		return envelope(buildContact(false))
	case 3, 4:
		// A webhook, and the contact it names fetched.
		body, sig := webhook()
		return O(
			"webhook", O("headers", hookHeaders(sig), "body", body, "signature_valid", N(true)),
			"fetch", O(
				"request", O("method", N("GET"), "url", P(apiURL+"/"+contactID), "headers", O("Authorization", apiToken(), "xero-tenant-id", N(tenant), "Accept", N("application/json"))),
				"response", O("status", N(200), "body", envelope(buildContact(false))),
			),
		)
	case 5:
		// The webhook alone, as received.
		body, sig := webhook()
		if g.r.IntN(4) == 0 {
			// Xero's intent to receive: no events, the signature checked.
			body = O("events", A(), "firstEventSequence", N(0), "lastEventSequence", N(0), "entropy", N(strings.ToUpper(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 20))))
			sig = C(base64.StdEncoding.EncodeToString(w25HMAC(g.chars(b64Set, 64), string(render(body, &Label{})))))
		}
		return O("received_at", N(g.t.UTC().Format(time.RFC3339Nano)), "headers", hookHeaders(sig), "raw_body", w25JSON(body), "response_status", N(200))
	case 6, 7:
		// An app creates the contact from its own records.
		req := O("Contacts", A(buildContact(true)))
		return O(
			"request", O("method", N(pick(g.r, []string{"POST", "PUT"})), "url", N(apiURL+"?summarizeErrors=false"), "headers", O("Authorization", apiToken(), "xero-tenant-id", N(tenant), "Content-Type", N("application/json"), "Idempotency-Key", N(g.uuid())), "body", req),
			"response", O("status", N(200), "body", envelope(buildContact(false))),
		)
	}
	// A sync job's log line.
	return O("level", N("info"), "ts", N(g.t.UTC().Format(time.RFC3339)), "msg", N("xero contact synced"), "org", w25Text(org.name, org.groups[0].cat), "tenant_id", N(tenant), "contact", buildContact(false))
}

// --------------------------------------------------------------- Tamara

// w25Kuwait is Kuwait, one of Tamara's markets, known to this wave only:
// its subjects are drawn by this shape alone.
var w25Kuwait = &country{code: "KW", locale: "ar-KW", tz: "Asia/Kuwait", name: "الكويت", lang: "ar",
	given: []string{"عبدالعزيز|abdulaziz", "دانة|dana", "يوسف|yousef", "نورة|noura"}, family: []string{"العنزي|alenezi", "الرشيدي|alrashidi", "العجمي|alajmi", "الهاجري|alhajri"},
	cities: []string{"Salmiya", "Hawalli", "Kuwait City", "الجهراء"}, streets: []string{"Block 10, Street 5, Building 18", "Block 3, Street 12, House 45"}, post: "#####", region: "Hawalli", domain: "gmail.com"}

var w25GulfNames = map[string][]w25Name{
	"SA": {{"محمد", "العتيبي", "mohammed", "alotaibi", false}, {"نورة", "القحطاني", "noura", "alqahtani", true}, {"عبدالله", "الشمري", "abdullah", "alshammari", false}, {"ريم", "الدوسري", "reem", "aldosari", true}, {"فهد", "الغامدي", "fahad", "alghamdi", false}, {"سارة", "الزهراني", "sarah", "alzahrani", true}, {"خالد", "الحربي", "khalid", "alharbi", false}, {"لمى", "المطيري", "lama", "almutairi", true}},
	"AE": {{"أحمد", "المنصوري", "ahmed", "almansoori", false}, {"مريم", "الكعبي", "maryam", "alkaabi", true}, {"خالد", "الشامسي", "khalid", "alshamsi", false}, {"فاطمة", "النعيمي", "fatima", "alnuaimi", true}, {"سعيد", "المهيري", "saeed", "almheiri", false}},
	"KW": {{"عبدالعزيز", "العنزي", "abdulaziz", "alenezi", false}, {"دانة", "الرشيدي", "dana", "alrashidi", true}, {"يوسف", "العجمي", "yousef", "alajmi", false}, {"نورة", "الهاجري", "noura", "alhajri", true}, {"بدر", "المطيري", "bader", "almutairi", false}},
	// Expatriates who live in the Gulf.
	"IN": {{"Rahul", "Menon", "rahul", "menon", false}, {"Anjali", "Nair", "anjali", "nair", true}, {"Mohammed", "Shafi", "mohammed", "shafi", false}},
	"PK": {{"Imran", "Khan", "imran", "khan", false}, {"Sana", "Iqbal", "sana", "iqbal", true}},
	"EG": {{"محمود", "حسن", "mahmoud", "hassan", false}, {"ياسمين", "عبدالرحمن", "yasmin", "abdelrahman", true}, {"Mostafa", "Ibrahim", "mostafa", "ibrahim", false}},
	"PH": {{"Maria Cristina", "Santos", "mariacristina", "santos", true}, {"Mark Anthony", "Reyes", "markanthony", "reyes", false}},
	"GB": {{"James", "Walker", "james", "walker", false}, {"Hannah", "Clarke", "hannah", "clarke", true}},
	"BD": {{"তানভীর", "হাসান", "tanvir", "hasan", false}, {"Md. Rakib", "Hossain", "rakib", "hossain", false}},
}

// w25GulfPlace is a city with its region and streets, and its name in
// Arabic.
type w25GulfPlace struct {
	city, cityAr, region, post string
	streets                    []string
}

var w25GulfPlaces = map[string][]w25GulfPlace{
	"SA": {
		{"Riyadh", "الرياض", "Riyadh Region", "12245", []string{"3764 Al Urubah Rd, As Sulimaniyah", "7081 Prince Sultan Rd, Al Nakheel", "RHMA3929, 2415 Anas Ibn Malik, Al Malqa", "حي النرجس، شارع الأمير سلطان"}},
		{"Jeddah", "جدة", "Makkah Region", "23432", []string{"Al Tahlia St, Al Andalus", "JEDA4521, 6921 Prince Majed Rd, Al Safa", "حي الروضة، شارع صاري"}},
		{"Dammam", "الدمام", "Eastern Province", "32241", []string{"King Saud St, Al Faisaliyah", "DDAC7788, 3120 Al Khaleej Rd, Al Shati"}},
	},
	"AE": {
		{"Dubai", "دبي", "Dubai", "", []string{"Apartment 1203, Marina Heights, Dubai Marina", "Villa 14, Street 25, Al Barsha 2", "Flat 405, Al Waleed Building, Al Karama"}},
		{"Abu Dhabi", "أبوظبي", "Abu Dhabi", "", []string{"Flat 502, Building C4, Al Nahyan", "Villa 7, Khalifa City A, Sector 12"}},
		{"Sharjah", "الشارقة", "Sharjah", "", []string{"Apartment 901, Al Majaz Tower 2, Al Majaz 3"}},
	},
	"KW": {
		{"Salmiya", "السالمية", "Hawalli", "22001", []string{"Block 10, Street 5, Building 18, Floor 2, Flat 7", "Block 12, Salem Al Mubarak St, Building 44"}},
		{"Kuwait City", "مدينة الكويت", "Al Asimah", "13001", []string{"Sharq, Block 2, Ahmad Al Jaber St, Building 9"}},
		{"Jahra", "الجهراء", "Al Jahra", "01000", []string{"Block 4, Street 21, House 13"}},
	},
}

// w25TamaraShops: a merchant's kind, name, platform and goods (price in
// riyals), with what an item tells of its buyer.
var w25TamaraShops = []struct {
	kind, name, host, platform string
	items                      []w25Item
}{
	{"electronics", "Jarir-like Electronics", "https://www.electro-example.sa", "Magento 2.4.6", []w25Item{{"iPhone 15 Pro 256GB", 5199, ""}, {"Samsung Galaxy S24 Ultra", 4799, ""}, {"PlayStation 5 Slim", 2099, ""}, {"AirPods Pro (2nd generation)", 949, ""}}},
	{"fashion", "Layla Modest Wear", "https://www.layla-example.com", "Salla", []w25Item{{"Abaya - black crepe, size 56", 349, ""}, {"Embroidered jalabiya", 289, ""}, {"Oud perfume 100ml", 420, ""}, {"Nike Air Max 90", 599, ""}}},
	{"pharmacy", "Shifa Online Pharmacy", "https://shop.shifa-example.sa", "Zid", []w25Item{{"Accu-Chek Instant glucose meter kit", 189, "health"}, {"Clearblue digital pregnancy test x2", 79, "health"}, {"NovoFine insulin pen needles x100", 145, "health"}, {"Centrum Women multivitamin 90 tabs", 119, ""}, {"Panadol Extra 24 tabs", 14, ""}, {"La Roche-Posay Anthelios SPF50", 110, ""}}},
	{"clinic", "Basma Dental & Derma Clinics", "https://book.basma-example.sa", "Custom", []w25Item{{"Invisalign clear aligners - full treatment", 14500, "health"}, {"Dental implant (single tooth)", 4800, "health"}, {"IVF cycle - consultation and tests", 6500, "health"}, {"Laser hair removal - 6 sessions", 1900, ""}, {"Teeth whitening session", 1200, ""}}},
	{"travel", "Rahal Travel", "https://www.rahal-example.com", "WooCommerce", []w25Item{{"Umrah package - 5 nights Makkah, 3 nights Madinah", 3950, "religion"}, {"Umrah visa and transport package", 1450, "religion"}, {"Flight RUH-CAI return, economy", 1890, ""}, {"Hotel - 3 nights Dubai Marina", 2100, ""}}},
	{"books", "Maktaba Bookstore", "https://www.maktaba-example.com", "Shopify", []w25Item{{"Quran - Uthmani script with tafsir", 180, "religion"}, {"Prayer rug (sajjada) - travel size", 95, "religion"}, {"Kids' Arabic storybook set", 120, ""}, {"Atomic Habits (Arabic edition)", 65, ""}}},
	{"furniture", "Nest Home Furniture", "https://www.nest-example.ae", "Shopify", []w25Item{{"3-seater sofa, grey", 2899, ""}, {"Queen bed frame with storage", 2150, ""}, {"Dining table set, 6 chairs", 3400, ""}}},
}

var w25TamaraCurrency = map[string]string{"SA": "SAR", "AE": "AED", "KW": "KWD"}

// w25SaudiID is a Saudi national ID (1…, citizens) or iqama (2…,
// residents): ten digits, the last a Luhn check digit.
func (g *gen) w25SaudiID(citizen bool) string {
	first := "1"
	if !citizen {
		first = "2"
	}
	body := first + pattern(g.r, "########")
	return body + fmt.Sprint(luhnDigit(body))
}

// w25KWCivilID is a Kuwaiti civil ID number: the century (2 for the
// 1900s, 3 for the 2000s), YYMMDD, four digits and a check digit (eleven
// less the eleven weighted 2 1 6 3 7 9 10 5 8 4 2, modulo 11; a number
// whose check would be 10 or 11 is not issued).
func (g *gen) w25KWCivilID(dob time.Time) string {
	for {
		c := "2"
		if dob.Year() >= 2000 {
			c = "3"
		}
		body := c + dob.Format("060102") + pattern(g.r, "####")
		d := make([]int, 11)
		for i := range d {
			d[i] = int(body[i] - '0')
		}
		k := 11 - wsum(d, []int{2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2})%11
		if k >= 10 {
			continue
		}
		return body + fmt.Sprint(k)
	}
}

func tamaraOrderWebhook(g *gen) *node {
	cc := pick(g.r, []string{"SA", "SA", "SA", "SA", "SA", "SA", "SA", "AE", "AE", "AE", "KW"})
	if cc == "KW" {
		g.p = newPerson(g.r, w25Kuwait, g.t)
	} else {
		g.w25Redraw(cc)
	}
	g.w25Age(18, 66)
	p := g.p
	p.cit = p.c
	expat := false
	switch cc {
	case "SA":
		expat = g.r.IntN(3) == 0
	case "AE":
		expat = g.r.IntN(3) != 0
	case "KW":
		expat = g.r.IntN(2) == 0
	}
	if expat {
		from := pick(g.r, []string{"IN", "IN", "PK", "EG", "EG", "PH", "BD", "GB"})
		p.cit = countryByCode(from)
	}
	n := pick(g.r, w25GulfNames[p.cit.code])
	g.w25SetName(n, []string{"gmail.com", "gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com"})
	// Tamara checks a local mobile number.
	if p.phoneCC != cc {
		g.w25SetPhone(cc)
	}
	nsn := g.w25NSN()
	code := callingCode(p.phoneE164)
	phone := pick(g.r, []string{"+" + code + nsn, "0" + nsn, nsn, code + nsn, "+" + code + " " + nsn})
	// The name as the buyer typed it at checkout.
	first, last := w25Title(n.givenL), w25Title(n.familyL)
	if strings.HasPrefix(n.familyL, "al") && len(n.familyL) > 4 && g.r.IntN(2) == 0 {
		last = "Al " + w25Title(n.familyL[2:])
	}
	if n.given != w25Title(n.givenL) && g.r.IntN(5) < 2 {
		first, last = n.given, n.family
	}
	var nationalID string
	switch cc {
	case "SA":
		nationalID = g.w25SaudiID(!expat)
	case "AE":
		v := emiratesID(g.r, p.dob)
		nationalID = pick(g.r, []string{v, v[:3] + "-" + v[3:7] + "-" + v[7:14] + "-" + v[14:]})
	default:
		nationalID = g.w25KWCivilID(p.dob)
	}
	shop := pick(g.r, w25TamaraShops)
	currency := w25TamaraCurrency[cc]
	var items []*node
	total := 0.0
	var firstItem w25Item
	for i := range 1 + g.r.IntN(3) {
		it := g.w25Special(shop.items, 3)
		if i == 0 {
			firstItem = it
		}
		price := float64(it.price)
		switch currency {
		case "AED":
			price = w25Round2(float64(it.price) * 0.98)
		case "KWD":
			price = float64(it.price*82/10) / 100
		}
		q := 1
		if shop.kind == "pharmacy" || shop.kind == "books" {
			q = 1 + g.r.IntN(2)
		}
		line := w25Round2(price * float64(q))
		total += line
		items = append(items, O(
			"reference_id", N(pattern(g.r, "#####")),
			"type", N(map[bool]string{true: "Digital", false: "Physical"}[shop.kind == "clinic" || shop.kind == "travel"]),
			"name", w25Text(it.name, it.cat),
			"sku", N(strings.ToUpper(shop.kind[:3])+"-"+pattern(g.r, "####")),
			"quantity", N(q),
			"unit_price", O("amount", N(price), "currency", N(currency)),
			"tax_amount", O("amount", N(0.0), "currency", N(currency)),
			"discount_amount", O("amount", N(0.0), "currency", N(currency)),
			"total_amount", O("amount", N(line), "currency", N(currency)),
		))
		if shop.kind == "clinic" || shop.kind == "travel" || shop.kind == "furniture" {
			break
		}
	}
	total = w25Round2(total)
	orderRef := pick(g.r, []string{pattern(g.r, "1000#####"), "ORD-" + pattern(g.r, "######"), g.uuid()})
	orderNumber := orderRef
	if g.r.IntN(2) == 0 {
		orderNumber = "#" + pattern(g.r, "#####")
	}
	desc := N("Order " + orderNumber + " from " + shop.name)
	if shop.kind == "clinic" {
		// An order from a clinic is a treatment.
		desc = S("Order "+orderNumber+" from "+shop.name, "health")
	}
	if len(items) == 1 && g.r.IntN(2) == 0 {
		desc = w25Text(firstItem.name, firstItem.cat)
	}
	orderID, checkoutID := g.uuid(), g.uuid()
	payType := pick(g.r, []string{"PAY_BY_INSTALMENTS", "PAY_BY_INSTALMENTS", "PAY_BY_INSTALMENTS", "PAY_NOW", "PAY_NEXT_MONTH"})
	instalments := 0
	if payType == "PAY_BY_INSTALMENTS" {
		instalments = pick(g.r, []int{3, 4, 4, 6})
	}
	pl := pick(g.r, w25GulfPlaces[cc])
	street := pick(g.r, pl.streets)
	sandbox := g.r.IntN(6) == 0
	api := map[bool]string{true: "https://api-sandbox.tamara.co", false: "https://api.tamara.co"}[sandbox]
	apiToken := func() *node {
		return C("Bearer " + g.w25JWT(`{"alg":"RS256","typ":"JWT"}`, `{"accountId":"`+g.uuid()+`","type":"merchant","salt":"`+g.hex(32)+`","roles":["ROLE_MERCHANT"],"iat":`+fmt.Sprint(g.t.Unix()-int64(g.r.IntN(3e7)))+`,"iss":"Tamara"}`, 256))
	}
	address := func() *node {
		a := O("first_name", P(first), "last_name", P(last), "line1", g.addr(street))
		if g.r.IntN(3) == 0 {
			a.set("line2", g.addr(pick(g.r, []string{"Near Panda Hypermarket", "Building 7, 3rd floor", "Flat 12", "خلف مسجد الراجحي"})))
		}
		a.set("region", g.addrN(pl.region))
		if pl.post != "" {
			a.set("postal_code", g.addr(pl.post))
		}
		a.set("city", g.addr(pick(g.r, []string{pl.city, pl.city, pl.cityAr})))
		a.set("country_code", g.residence(cc))
		a.set("phone_number", g.phone(phone))
		return a
	}
	amount := func(v float64) *node { return O("amount", N(v), "currency", N(currency)) }

	// The merchant's own order record.
	order := func(status string) *node {
		cust := O("firstname", P(first), "lastname", P(last), "email", P(p.email), "telephone", g.phone(phone))
		if g.r.IntN(3) == 0 {
			cust.set("customer_id", P(pattern(g.r, "#####")))
		}
		o := O("increment_id", N(orderRef), "state", N(status), "grand_total", N(total), "order_currency_code", N(currency),
			"customer", cust,
			"payment", O("method", N("tamara_"+strings.ToLower(payType)), "additional_information", O("tamara_order_id", N(orderID), "tamara_checkout_id", N(checkoutID))))
		if p.showResidence {
			o.set("shipping_address", O("street", g.addr(street), "city", g.addr(pl.city), "region", g.addrN(pl.region), "country_id", g.residence(cc), "telephone", g.phone(phone)))
		}
		return o
	}

	mode := pick(g.r, []string{"checkout", "checkout", "checkout", "webhook", "webhook", "webhook", "webhook", "details", "details"})
	if mode == "checkout" || mode == "details" {
		// A checkout carries the shipping address and the mobile number
		// Tamara requires.
		p.showResidence = true
		p.showPhone = true
	}
	consumer := func() *node {
		c := O("first_name", P(first), "last_name", P(last), "phone_number", g.phone(phone), "email", P(p.email))
		if g.r.IntN(3) == 0 {
			c.set("national_id", P(nationalID))
		}
		if g.r.IntN(4) == 0 {
			c.set("date_of_birth", g.dob(pick(g.r, []string{"2006-01-02", "02-01-2006"})))
		}
		c.set("is_first_order", N(g.r.IntN(3) == 0))
		return c
	}
	switch mode {
	case "checkout":
		body := O(
			"order_reference_id", N(orderRef),
			"order_number", N(orderNumber),
			"total_amount", amount(total),
			"shipping_amount", amount(0.0),
			"tax_amount", amount(0.0),
			"description", desc,
			"country_code", g.residence(cc),
			"payment_type", N(payType),
		)
		if instalments > 0 {
			body.set("instalments", N(instalments))
		}
		if l := g.locale(pick(g.r, []string{strings.Replace(p.locale, "-", "_", 1), "en_US", "ar_SA"})); l != nil {
			body.set("locale", l)
		}
		body.set("items", A(items...))
		body.set("consumer", consumer())
		body.set("billing_address", address())
		body.set("shipping_address", address())
		body.set("merchant_url", O(
			"success", N(shop.host+"/checkout/tamara/success"),
			"failure", N(shop.host+"/checkout/tamara/failure"),
			"cancel", N(shop.host+"/checkout/tamara/cancel"),
			"notification", N(shop.host+"/api/tamara/webhook"),
		))
		body.set("platform", N(shop.platform))
		body.set("is_mobile", N(g.r.IntN(2) == 0))
		if g.r.IntN(2) == 0 {
			created := g.t.AddDate(-g.r.IntN(5), -g.r.IntN(12), -g.r.IntN(28))
			ra := O(
				"customer_age", P(g.ageAt()),
				"customer_dob", g.dob("02-01-2006"),
				"customer_gender", P(map[bool]string{true: "Female", false: "Male"}[p.female]),
			)
			if p.showCitizenship || expat {
				p.showCitizenship = true
				ra.set("customer_nationality", g.citizenship(p.cit.code))
			}
			orders := g.r.IntN(30)
			ra.set("is_premium_customer", N(g.r.IntN(4) == 0))
			ra.set("is_existing_customer", N(orders > 0))
			ra.set("is_guest_user", N(orders == 0 && g.r.IntN(2) == 0))
			ra.set("account_creation_date", N(created.Format("02-01-2006")))
			if orders > 0 {
				ra.set("date_of_first_transaction", N(created.AddDate(0, 0, g.r.IntN(60)).Format("02-01-2006")))
				ra.set("total_order_count", N(orders))
				ra.set("order_amount_last3months", N(float64(g.r.IntN(500000))/100))
				ra.set("order_count_last3months", N(g.r.IntN(min(orders, 6)+1)))
				ra.set("has_delivered_order", N(true))
			}
			ra.set("is_card_on_file", N(g.r.IntN(2) == 0))
			ra.set("is_COD_customer", N(g.r.IntN(3) == 0))
			ra.set("is_phone_verified", N(true))
			ra.set("is_fraudulent_customer", N(false))
			body.set("risk_assessment", ra)
		}
		if g.r.IntN(3) == 0 {
			body.set("additional_data", O("delivery_method", N(pick(g.r, []string{"home delivery", "store pickup", "express"})), "pickup_store", N(""), "store_code", N("")))
		}
		var resp *node
		if g.r.IntN(10) == 0 {
			resp = O("message", N("Invalid input"), "errors", A(O("error_code", N(pick(g.r, []string{"consumer_phone_number_is_invalid", "total_amount_invalid_limit", "not_supported_country"})))))
		} else {
			resp = O("order_id", N(orderID), "checkout_id", N(checkoutID), "checkout_url", N(map[bool]string{true: "https://checkout-sandbox.tamara.co", false: "https://checkout.tamara.co"}[sandbox]+"/checkout/"+checkoutID+"?locale=en_US&orderId="+orderID), "status", N("new"))
		}
		out := O(
			"request", O("method", N("POST"), "url", N(api+"/checkout"), "headers", O("Authorization", apiToken(), "Content-Type", N("application/json")), "body", body),
			"response", O("status", N(map[bool]int{true: 400, false: 200}[resp.obj[0].key == "message"]), "body", resp),
		)
		if g.r.IntN(4) == 0 {
			return O("ts", N(g.t.UTC().Format(time.RFC3339Nano)), "channel", N("tamara"), "level", N("debug"), "message", N("create checkout session"), "context", O("request_body", w25JSON(body), "response_body", w25JSON(resp)))
		}
		return out
	case "details":
		status := pick(g.r, []string{"approved", "authorised", "fully_captured", "fully_captured", "declined", "expired"})
		det := O(
			"order_id", N(orderID),
			"order_reference_id", N(orderRef),
			"order_number", N(orderNumber),
			"description", desc,
			"consumer", consumer(),
			"status", N(status),
			"shipping_address", address(),
			"billing_address", address(),
			"items", A(items...),
			"payment_type", N(payType),
			"instalments", N(instalments),
			"total_amount", amount(total),
			"shipping_amount", amount(0.0),
			"tax_amount", amount(0.0),
			"discount_amount", O("name", N(""), "amount", amount(0.0)),
			"captured_amount", amount(map[bool]float64{true: total, false: 0}[status == "fully_captured"]),
			"refunded_amount", amount(0.0),
			"canceled_amount", amount(0.0),
			"paid_amount", amount(0.0),
			"settlement_status", N(pick(g.r, []string{"pending", "settled"})),
			"created_at", N(g.t.Add(-time.Duration(600+g.r.IntN(86400))*time.Second).UTC().Format("2006-01-02T15:04:05.000Z")),
			"platform", N(shop.platform),
			"is_mobile", N(g.r.IntN(2) == 0),
			"country_code", g.residence(cc),
		)
		return O(
			"request", O("method", N("GET"), "url", N(api+"/merchants/orders/"+orderID), "headers", O("Authorization", apiToken())),
			"response", O("status", N(200), "body", det),
		)
	}
	// The webhook.
	event := pick(g.r, []string{"order_approved", "order_approved", "order_approved", "order_authorised", "order_captured", "order_captured", "order_declined", "order_expired"})
	var data *node = A()
	if event == "order_declined" {
		reason := pick(g.r, [][3]string{{"Your purchase could not be completed at this time.", "TX_LIMIT", "soft"}, {"Customer failed identity verification.", "ID_VERIFICATION_FAILED", "hard"}, {"Credit limit exceeded.", "CREDIT_LIMIT", "soft"}})
		data = O("declined_reason", N(reason[0]), "declined_code", N(reason[1]), "decline_type", N(reason[2]))
	}
	hook := O("order_id", N(orderID), "order_reference_id", N(orderRef), "order_number", N(orderNumber), "event_type", N(event), "data", data)
	token := g.w25JWT(`{"alg":"HS256","typ":"JWT"}`, `{"iat":`+fmt.Sprint(g.t.Unix())+`,"iss":"Tamara"}`, 32)
	path := pick(g.r, []string{"/api/tamara/webhook", "/tamara/notification", "/rest/V1/tamara/webhook"})
	stateOf := map[string]string{"order_approved": "pending_payment", "order_authorised": "processing", "order_captured": "processing", "order_declined": "canceled", "order_expired": "canceled"}
	switch g.r.IntN(5) {
	case 0, 1:
		out := O(
			"received_at", N(g.t.UTC().Format(time.RFC3339Nano)),
			"method", N("POST"),
			"url", C(shop.host+path+"?tamaraToken="+token),
			"headers", O("Authorization", C("Bearer "+token), "Content-Type", N("application/json"), "User-Agent", N("Tamara-Webhook")),
			"body", hook,
		)
		if g.r.IntN(2) == 0 {
			out.set("order", order(stateOf[event]))
		}
		return out
	case 2:
		if event == "order_approved" {
			// Approved: the merchant authorises the order.
			auth := O("order_id", N(orderID), "status", N("authorised"), "order_expiry_time", N(g.t.AddDate(0, 0, 21).UTC().Format("2006-01-02T15:04:05Z")), "payment_type", N(payType), "auto_captured", N(false), "authorized_amount", amount(total))
			return O("webhook", hook, "authorise", O(
				"request", O("method", N("POST"), "url", N(api+"/orders/"+orderID+"/authorise"), "headers", O("Authorization", apiToken())),
				"response", O("status", N(200), "body", auth),
			), "order", order("processing"))
		}
		return O("webhook", hook, "order", order(stateOf[event]))
	case 3:
		return O("path", N(path), "query", O("tamaraToken", C(token)), "body", hook)
	}
	return hook
}

// -------------------------------------------------------------- ZaloPay

// w25VNName is a full name with its diacritics, without them (as many
// forms and bank records have it) and the Latin parts of e-mail
// addresses.
type w25VNName struct {
	full, ascii, givenL, familyL string
	female                       bool
}

var w25VNNames = []w25VNName{
	{"Nguyễn Thị Thu Hà", "Nguyen Thi Thu Ha", "thuha", "nguyen", true}, {"Trần Văn Nam", "Tran Van Nam", "nam", "tran", false},
	{"Lê Hoàng Anh", "Le Hoang Anh", "hoanganh", "le", false}, {"Phạm Minh Tuấn", "Pham Minh Tuan", "tuan", "pham", false},
	{"Võ Thị Ngọc Trâm", "Vo Thi Ngoc Tram", "ngoctram", "vo", true}, {"Đặng Quốc Bảo", "Dang Quoc Bao", "quocbao", "dang", false},
	{"Huỳnh Thanh Tâm", "Huynh Thanh Tam", "thanhtam", "huynh", true}, {"Bùi Thị Mai", "Bui Thi Mai", "mai", "bui", true},
	{"Ngô Gia Huy", "Ngo Gia Huy", "giahuy", "ngo", false}, {"Đỗ Khánh Linh", "Do Khanh Linh", "khanhlinh", "do", true},
}

// w25THNames are Thai buyers living in Vietnam, in Thai script and in
// the Latin spelling of their passports.
var w25THNames = []w25VNName{
	{"สมชาย ใจดี", "Somchai Jaidee", "somchai", "jaidee", false}, {"สุดารัตน์ ศรีสุข", "Sudarat Srisuk", "sudarat", "srisuk", true},
	{"ณัฐพล วงศ์ไทย", "Nattapon Wongthai", "nattapon", "wongthai", false}, {"พิมพ์ชนก แก้วมณี", "Pimchanok Kaewmanee", "pimchanok", "kaewmanee", true},
}

// w25VNAddr is a Vietnamese address: house and street, ward, district,
// province or city.
type w25VNAddr struct{ street, ward, district, city string }

var w25VNAddrs = []w25VNAddr{
	{"Số 12 ngõ 34 Tôn Thất Tùng", "P. Khương Thượng", "Q. Đống Đa", "Hà Nội"},
	{"268 Lý Thường Kiệt", "Phường 14", "Quận 10", "TP. Hồ Chí Minh"},
	{"45 Nguyễn Văn Linh", "P. Nam Dương", "Q. Hải Châu", "Đà Nẵng"},
	{"Tòa L3, căn 12.05, Vinhomes Central Park, 720A Điện Biên Phủ", "Phường 22", "Q. Bình Thạnh", "TP. Hồ Chí Minh"},
	{"Tổ 5, khu phố 3", "P. Tân Phong", "TP. Biên Hòa", "Đồng Nai"},
	{"18 Trần Phú", "P. Vĩnh Ninh", "TP. Huế", "Thừa Thiên Huế"},
	{"Căn hộ 1508, chung cư Times City, 458 Minh Khai", "P. Vĩnh Tuy", "Q. Hai Bà Trưng", "Hà Nội"},
}

// w25ZLPShops: a merchant's kind, name, ZaloPay app id and goods (price
// in dong).
var w25ZLPShops = []struct {
	kind, name, host string
	appID            int
	items            []w25Item
}{
	{"pharmacy", "Nhà thuốc An Tâm", "https://nhathuocantam.example.vn", 2553, []w25Item{{"Panadol Extra hộp 180 viên", 195000, ""}, {"Vitamin C 1000mg Nature's Bounty", 320000, ""}, {"Que thử thai Quickstick", 25000, "health"}, {"Bút tiêm Insulin Mixtard 30 FlexPen", 245000, "health"}, {"Máy đo đường huyết Accu-Chek Guide", 1150000, "health"}, {"Seroquel 25mg (theo đơn)", 380000, "health"}}},
	{"shop", "Thời trang Mộc", "https://thoitrangmoc.example.vn", 2554, []w25Item{{"Áo thun nam cổ tròn", 150000, ""}, {"Quần jean nữ ống rộng", 390000, ""}, {"Dép sandal quai ngang", 220000, ""}, {"Áo dài cách tân", 650000, ""}}},
	{"food", "Cơm Tấm Sài Gòn", "https://comtamsaigon.example.vn", 2555, []w25Item{{"Cơm tấm sườn bì chả", 55000, ""}, {"Canh chua cá lóc", 45000, ""}, {"Trà đá", 5000, ""}}},
	{"pagoda", "Chùa Phúc Lâm - cúng dường trực tuyến", "https://chuaphuclam.example.vn", 2556, []w25Item{{"Cúng dường Tam Bảo", 200000, "religion"}, {"Đăng ký lễ cầu an đầu năm", 500000, "religion"}, {"Ghi danh khóa tu mùa hè cho thanh thiếu niên", 300000, "religion"}, {"Thỉnh kinh Pháp Hoa", 150000, "religion"}}},
	{"clinic", "Phòng khám Đa khoa Hòa Bình", "https://pkhoabinh.example.vn", 2557, []w25Item{{"Phí khám chuyên khoa Nội tiết", 300000, "health"}, {"Xét nghiệm HIV nhanh", 150000, "health"}, {"Khám thai định kỳ + siêu âm 4D", 450000, "health"}, {"Tư vấn tâm lý (60 phút)", 600000, "health"}}},
	{"game", "Garena Top-up", "https://napthe.example.vn", 2558, []w25Item{{"Nạp 520 Kim Cương Free Fire", 100000, ""}, {"Gói Thẻ Tuần Liên Quân", 50000, ""}}},
	{"thai", "Siam Beauty Vietnam", "https://siambeauty.example.vn", 2559, []w25Item{{"Kem dưỡng Snail White 50ml", 450000, ""}, {"Dầu gió Green Herb", 35000, ""}, {"Trà Thái ChaTraMue 400g", 180000, ""}, {"ยาดมโป๊ยเซียน (Dầu hít Poy Sian)", 30000, ""}}},
}

var w25VNNotes = []bioLine{
	{"", "Giao giờ hành chính"}, {"", "Gọi trước khi giao"}, {"", "Để hàng ở bảo vệ tòa nhà"}, {"", "Không lấy đũa muỗng"},
	{"health", "Thuốc cho mẹ bị tiểu đường, giao gấp giúp em"}, {"health", "Em đang mang thai, nhờ shop giao cẩn thận"},
	{"religion", "Cầu an cho gia đình Phật tử, mong quý thầy hồi hướng"},
}

var w25THNotes = []bioLine{
	{"", "ฝากไว้กับ รปภ. ได้เลยค่ะ"}, {"", "โทรก่อนส่งนะครับ"}, {"health", "ยาสำหรับคุณแม่ที่เป็นเบาหวาน ส่งด่วนนะคะ"},
}

func zalopayCallback(g *gen) *node {
	g.w25Redraw("VN")
	if g.r.IntN(10) == 0 {
		g.w25Age(15, 17)
	} else {
		g.w25Age(18, 70)
	}
	p := g.p
	p.cit = p.c
	thai := g.r.IntN(7) == 0
	var nm w25VNName
	var shopIdx int
	if thai {
		p.cit = countryByCode("TH")
		nm = pick(g.r, w25THNames)
		shopIdx = len(w25ZLPShops) - 1
		if g.r.IntN(3) == 0 {
			g.w25SetPhone("TH")
		} else {
			g.w25SetPhone("VN")
		}
	} else {
		nm = pick(g.r, w25VNNames)
		shopIdx = g.r.IntN(len(w25ZLPShops))
		if p.minor && g.r.IntN(2) == 0 {
			shopIdx = len(w25ZLPShops) - 2 // a teenager's game top-up
		}
		g.w25SetPhone("VN")
	}
	shop := w25ZLPShops[shopIdx]
	// Goods are delivered; fees, offerings and top-ups are not.
	delivered := shop.kind == "pharmacy" || shop.kind == "shop" || shop.kind == "food" || shop.kind == "thai"
	p.female = nm.female
	p.givenL, p.familyL = nm.givenL, nm.familyL
	p.email = g.w25Email(nm.givenL, nm.familyL, []string{"gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com"})
	name := pick(g.r, []string{nm.full, nm.full, nm.ascii, strings.ToUpper(nm.ascii)})
	nsn := g.w25NSN()
	phone := g.e164()
	if p.phoneCC == "VN" {
		phone = pick(g.r, []string{"0" + nsn, "0" + nsn, "+84" + nsn, "84" + nsn, "0" + nsn[:3] + " " + nsn[3:6] + " " + nsn[6:]})
	} else {
		phone = pick(g.r, []string{"0" + nsn, "+66" + nsn, "+66 " + nsn})
	}
	a := pick(g.r, w25VNAddrs)
	fullAddr := a.street + ", " + a.ward + ", " + a.district + ", " + a.city
	ict := time.FixedZone("", 7*3600)

	// The cart.
	var items []*node
	amount := 0
	var cart []w25Item
	for range 1 + g.r.IntN(3) {
		it := g.w25Special(shop.items, 3)
		dup := false
		for _, c := range cart {
			dup = dup || c.name == it.name
		}
		if dup {
			continue
		}
		cart = append(cart, it)
		q := 1
		if shop.kind == "food" || shop.kind == "shop" || shop.kind == "pharmacy" {
			q = 1 + g.r.IntN(3)
		}
		amount += it.price * q
		items = append(items, O("itemid", N(strings.ToLower(shop.kind[:2])+pattern(g.r, "####")), "itemname", w25Text(it.name, it.cat), "itemprice", N(it.price), "itemquantity", N(q)))
		if shop.kind == "pagoda" || shop.kind == "clinic" {
			break
		}
	}
	orderCode := pick(g.r, []string{"DH" + pattern(g.r, "######"), pattern(g.r, "#######"), "#" + pattern(g.r, "#####")})
	appTime := g.t.Add(-time.Duration(30+g.r.IntN(900)) * time.Second)
	appTransID := appTime.In(ict).Format("060102") + "_" + pick(g.r, []string{pattern(g.r, "######"), fmt.Sprint(appTime.UnixMilli()), strings.TrimPrefix(orderCode, "#")})
	key1, key2 := g.chars(b62Set, 32), g.chars(b62Set, 32)
	sandbox := g.r.IntN(5) == 0
	api := map[bool]string{true: "https://sb-openapi.zalopay.vn/v2", false: "https://openapi.zalopay.vn/v2"}[sandbox]

	// app_user: how the merchant knows the buyer.
	mode := pick(g.r, []string{"create", "create", "callback", "callback", "callback", "query"})
	// What the create and callback exchanges carry (a query names the
	// transaction alone).
	var appUser, embedText, itemText, desc *node
	var bankCode, macText string
	var noteLine bioLine
	if mode != "query" {
		switch g.r.IntN(5) {
		case 0:
			appUser = N(shop.name)
		case 1, 2:
			// The buyer's phone number, where the merchant keys users by it.
			if p.phoneCC == "VN" && p.showPhone {
				appUser = g.phone("0" + nsn)
			} else {
				appUser = P("u" + pattern(g.r, "#######"))
			}
		case 3:
			appUser = P(p.email)
		default:
			appUser = P("user_" + pattern(g.r, "######"))
		}

		// embed_data: what the merchant wants back in the callback.
		embed := O("redirecturl", N(shop.host+"/checkout/zalopay/return"))
		if g.r.IntN(2) == 0 {
			embed.set("preferred_payment_method", A(N(pick(g.r, []string{"zalopay_wallet", "vietqr", "international_card", "domestic_card"}))))
		} else {
			embed.set("preferred_payment_method", A())
		}
		if g.r.IntN(3) == 0 {
			embed.set("merchantinfo", N("order_"+strings.TrimPrefix(orderCode, "#")))
		}
		if g.r.IntN(3) == 0 {
			ci := O("store_name", N(shop.name))
			if g.r.IntN(2) == 0 {
				ci.set("customer_name", P(name))
			}
			embed.set("columninfo", w25JSON(ci))
		}
		if g.r.IntN(3) == 0 {
			cust := O("name", P(name))
			if ph := g.phone(phone); ph != nil {
				cust.set("phone", ph)
			}
			if p.showResidence && delivered {
				cust.set("address", g.addr(fullAddr))
				g.lab.Residence = addCountry(g.lab.Residence, "VN")
			}
			embed.set("customer", cust)
		}
		notes := w25VNNotes
		if thai {
			notes = w25THNotes
		}
		if delivered && g.r.IntN(4) == 0 {
			noteLine = g.w25Note(notes)
			embed.set("note", w25Text(noteLine.text, noteLine.cat))
		}
		if shop.kind == "pagoda" && g.r.IntN(2) == 0 {
			// The names the prayers are offered for.
			embed.set("ten_cau_an", S(name+", "+pick(g.r, []string{"Nguyễn Văn Bình", "Trần Thị Lan", "Lê Văn Hòa"}), "religion"))
		}
		embedText = w25JSON(embed)
		itemText = w25JSON(A(items...))
		// Paying a clinic or a pagoda tells what the payment is for.
		desc = w25Text(shop.name+" - Thanh toán đơn hàng "+orderCode, map[string]string{"clinic": "health", "pagoda": "religion"}[shop.kind])
		if len(cart) == 1 && g.r.IntN(3) == 0 {
			desc = w25Text(shop.name+" - "+cart[0].name, cart[0].cat)
		}
		bankCode = pick(g.r, []string{"", "", "zalopayapp", "zalopayapp", "CC", "ATM"})
		macText = fmt.Sprintf("%d|%s|%s|%d|%d|%s|%s", shop.appID, appTransID, appUser.raw, amount, appTime.UnixMilli(), embedText.raw, itemText.raw)
	}

	// The merchant's order.
	order := func(status string) *node {
		cust := O("name", P(name), "phone", g.phone(phone))
		if g.r.IntN(2) == 0 {
			cust.set("email", P(p.email))
		}
		if g.r.IntN(5) == 0 {
			cust.set("birthday", g.dob(pick(g.r, []string{"02/01/2006", "2006-01-02"})))
		}
		o := O("order_code", N(orderCode), "status", N(status), "total", N(amount), "currency", N("VND"), "customer", cust)
		var lines []*node
		for _, it := range items {
			lines = append(lines, O("name", it.obj[1].val, "qty", it.obj[3].val, "price", it.obj[2].val))
		}
		o.set("items", A(lines...))
		if p.showResidence && delivered {
			o.set("shipping", O("address", g.addr(a.street), "ward", g.addr(a.ward), "district", g.addr(a.district), "province", g.addrN(a.city), "country", g.residence(pick(g.r, []string{"VN", "Việt Nam", "Vietnam"}))))
		}
		if noteLine.text != "" {
			o.set("note", w25Text(noteLine.text, noteLine.cat))
		}
		o.set("payment", O("method", N("zalopay"), "app_trans_id", N(appTransID)))
		return o
	}

	switch mode {
	case "create":
		body := O(
			"app_id", N(shop.appID),
			"app_user", appUser,
			"app_trans_id", N(appTransID),
			"app_time", N(appTime.UnixMilli()),
			"expire_duration_seconds", N(pick(g.r, []int{900, 900, 1800, 86400})),
			"amount", N(amount),
			"item", itemText,
			"embed_data", embedText,
			"description", desc,
			"bank_code", N(bankCode),
			"callback_url", N(shop.host+"/api/zalopay/callback"),
		)
		if g.r.IntN(3) == 0 && shop.kind != "clinic" && shop.kind != "pagoda" {
			body.set("title", N(shop.name))
		}
		if g.r.IntN(3) == 0 {
			if ph := g.phone("0" + nsn); ph != nil {
				body.set("phone", ph)
			}
			body.set("email", P(p.email))
			if p.showResidence && delivered {
				body.set("address", g.addr(fullAddr))
				g.lab.Residence = addCountry(g.lab.Residence, "VN")
			}
		}
		body.set("mac", C(hex.EncodeToString(w25HMAC(key1, macText))))
		var resp *node
		if g.r.IntN(8) == 0 {
			resp = O("return_code", N(2), "return_message", N("Giao dịch thất bại"), "sub_return_code", N(-402), "sub_return_message", N("Chữ ký không hợp lệ"))
		} else {
			tok := g.chars(b62Set, 22)
			resp = O("return_code", N(1), "return_message", N("Giao dịch thành công"), "sub_return_code", N(1), "sub_return_message", N("Giao dịch thành công"),
				"zp_trans_token", C("AC"+tok), "order_url", C(map[bool]string{true: "https://qcgateway.zalopay.vn", false: "https://gateway.zalopay.vn"}[sandbox]+"/openinapp?order="+base64.StdEncoding.EncodeToString([]byte(`{"zptranstoken":"AC`+tok+`","appid":`+fmt.Sprint(shop.appID)+`}`))),
				"order_token", C("AC"+tok),
				"qr_code", N("00020101021226520010vn.zalopay0203001010627000201180623"+pattern(g.r, "############")+"5204739953037045405"+fmt.Sprint(amount)+"5802VN6304"+strings.ToUpper(g.hex(4))))
		}
		out := O(
			"request", O("method", N("POST"), "url", N(api+"/create"), "headers", O("Content-Type", N(pick(g.r, []string{"application/json", "application/x-www-form-urlencoded"}))), "body", body),
			"response", O("status", N(200), "body", resp),
		)
		if g.r.IntN(2) == 0 {
			out.set("order", order("pending_payment"))
		}
		return out
	case "query":
		qmac := C(hex.EncodeToString(w25HMAC(key1, fmt.Sprintf("%d|%s|%s", shop.appID, appTransID, key1))))
		zpTrans := appTime.In(ict).Format("060102") + pattern(g.r, "000######")
		resp := O("return_code", N(1), "return_message", N("Giao dịch thành công"), "sub_return_code", N(1), "sub_return_message", N(""), "is_processing", N(false), "amount", N(amount), "discount_amount", N(0), "zp_trans_id", N(w25Atoi(zpTrans)), "server_time", N(g.t.UnixMilli()))
		if g.r.IntN(5) == 0 {
			resp = O("return_code", N(3), "return_message", N("Giao dịch chưa được thực hiện"), "sub_return_code", N(-49), "sub_return_message", N("Đơn hàng chưa thanh toán"), "is_processing", N(true), "amount", N(amount), "discount_amount", N(0), "zp_trans_id", N(0), "server_time", N(g.t.UnixMilli()))
		}
		out := O(
			"request", O("method", N("POST"), "url", N(api+"/query"), "body", O("app_id", N(shop.appID), "app_trans_id", N(appTransID), "mac", qmac)),
			"response", O("status", N(200), "body", resp),
		)
		if g.r.IntN(2) == 0 {
			out.set("order", order(map[bool]string{true: "paid", false: "pending_payment"}[resp.obj[0].val.raw == "1"]))
		}
		return out
	}
	// The callback ZaloPay posts when the payment succeeds.
	zpUser := g.chars(b64Set, 43)
	data := O(
		"app_id", N(shop.appID),
		"app_trans_id", N(appTransID),
		"app_time", N(appTime.UnixMilli()),
		"app_user", appUser,
		"amount", N(amount),
		"embed_data", embedText,
		"item", itemText,
		"zp_trans_id", N(w25Atoi(appTime.In(ict).Format("060102")+pattern(g.r, "000######"))),
		"server_time", N(g.t.UnixMilli()),
		"channel", N(pick(g.r, []int{38, 38, 36, 39, 37})),
		"merchant_user_id", P(zpUser),
		"zp_user_id", P(zpUser),
		"user_fee_amount", N(0),
		"discount_amount", N(pick(g.r, []int{0, 0, 0, 10000, 20000})),
	)
	dataText := w25JSON(data)
	mac := C(hex.EncodeToString(w25HMAC(key2, dataText.raw)))
	body := O("data", dataText, "mac", mac, "type", N(1))
	switch g.r.IntN(4) {
	case 0, 1:
		out := O(
			"received_at", N(g.t.Add(time.Duration(100+g.r.IntN(900))*time.Millisecond).In(ict).Format("2006-01-02T15:04:05.000-07:00")),
			"remote_addr", N(pick(g.r, []string{"118.102.2.", "49.213.81.", "113.161.18."})+fmt.Sprint(1+g.r.IntN(250))),
			"headers", O("Content-Type", N("application/json"), "User-Agent", N("Apache-HttpClient/4.5.13 (Java/1.8.0_292)")),
			"body", body,
			"mac_valid", N(true),
			"response", O("return_code", N(1), "return_message", N("success")),
		)
		if g.r.IntN(2) == 0 {
			out.set("order", order("paid"))
		}
		return out
	case 2:
		// The merchant logs the data decoded.
		return O("callback", body, "data", data, "order", order("paid"))
	}
	return body
}

// -------------------------------------------------------------- Cal.com

// w25CalType is an event type: its slug, title, length, price (in the
// currency's minor unit) and the special category booking it tells of
// whoever books it.
type w25CalType struct {
	slug, title string
	length      int
	cat         string
	price       int
}

// w25CalPro is a professional who takes bookings on Cal.com.
type w25CalPro struct {
	kind                       string // therapy, clinic, lawyer, faith, tutor
	name, email, username, tz  string
	offset                     int // minutes from UTC, standard time
	locale, currency, location string
	description                string
	types                      []w25CalType
}

var w25CalPros = []w25CalPro{
	{"therapy", "Dr. Maya Levin", "maya@levintherapy.example", "dr-maya-levin", "Europe/London", 0, "en", "gbp", "integrations:daily", "A confidential video session.", []w25CalType{{"individual-therapy", "Individual Therapy (50 min)", 50, "health", 9500}, {"couples-counselling", "Couples Counselling", 80, "health", 14000}, {"free-consultation", "Free 15-minute consultation", 15, "health", 0}}},
	{"therapy", "Sarah Okonkwo, LMFT", "sarah@okonkwocounseling.example", "sarah-okonkwo", "America/Los_Angeles", -480, "en", "usd", "integrations:zoom", "Telehealth session via Zoom. Please join from a private space.", []w25CalType{{"therapy-session", "Therapy Session", 50, "health", 16000}, {"lgbtq-affirming-intake", "LGBTQ+ Affirming Intake", 30, "health", 0}}},
	{"therapy", "Lukas Brenner", "praxis@brenner-psychotherapie.example", "lukas-brenner", "Europe/Berlin", 60, "de", "eur", "integrations:daily", "Psychotherapeutische Sprechstunde per Video.", []w25CalType{{"erstgespraech", "Erstgespräch (Psychotherapie)", 50, "health", 0}, {"einzelsitzung", "Einzelsitzung", 50, "health", 10000}}},
	{"therapy", "Camila Rojas", "camila@psicologacamila.example", "psicologa-camila", "America/Bogota", -300, "es", "cop", "integrations:google:meet", "Sesión de psicoterapia en línea.", []w25CalType{{"terapia-individual", "Terapia individual", 60, "health", 18000000}, {"terapia-pareja", "Terapia de pareja", 75, "health", 25000000}}},
	{"clinic", "Dr. Ananya Iyer", "appointments@iyerclinic.example", "dr-ananya-iyer", "Asia/Kolkata", 330, "en", "inr", "integrations:daily", "Video consultation. Keep your reports handy.", []w25CalType{{"gp-video-consult", "GP video consultation", 15, "health", 50000}, {"diabetes-follow-up", "Diabetes follow-up", 20, "health", 80000}}},
	{"clinic", "Dr. Thabo Mokoena", "reception@mokoenamedical.example", "dr-mokoena", "Africa/Johannesburg", 120, "en", "zar", "18 Jan Smuts Avenue, Parktown, Johannesburg", "Consulting rooms, ground floor.", []w25CalType{{"consultation", "Consultation", 20, "health", 52000}, {"home-visit", "Home visit", 45, "health", 120000}}},
	{"clinic", "Dr. med. Johanna Keller", "termine@hautarzt-keller.example", "praxis-keller", "Europe/Berlin", 60, "de", "eur", "Sendlinger Straße 24, 80331 München", "Hautarztpraxis, 2. OG.", []w25CalType{{"hautkrebs-screening", "Hautkrebs-Screening", 20, "health", 0}, {"videosprechstunde", "Videosprechstunde", 15, "health", 0}}},
	{"clinic", "Dr. Haruka Sato", "yoyaku@sakura-clinic.example", "sakura-clinic", "Asia/Tokyo", 540, "ja", "jpy", "integrations:daily", "オンライン診療です。保険証をご用意ください。", []w25CalType{{"prenatal-checkup", "妊婦健診", 30, "health", 500000}, {"online-consult", "オンライン診療", 15, "health", 330000}}},
	{"lawyer", "Elena Ruiz", "intake@ruizimmigration.example", "elena-ruiz-law", "America/New_York", -300, "en", "usd", "integrations:zoom", "Immigration law consultation.", []w25CalType{{"immigration-consultation", "Immigration consultation", 30, "", 15000}, {"asylum-case-review", "Asylum case review", 60, "", 0}}},
	{"lawyer", "Chidi Okafor", "consult@okaforlaw.example", "okafor-partners", "Africa/Lagos", 60, "en", "ngn", "integrations:google:meet", "Okafor & Partners, barristers and solicitors.", []w25CalType{{"property-dispute", "Property dispute consultation", 45, "", 5000000}, {"divorce-consultation", "Divorce consultation", 45, "", 5000000}}},
	{"lawyer", "Stefan Müller", "kanzlei@mueller-arbeitsrecht.example", "kanzlei-mueller", "Europe/Berlin", 60, "de", "eur", "integrations:daily", "Erstberatung im Arbeitsrecht.", []w25CalType{{"erstberatung-arbeitsrecht", "Erstberatung Arbeitsrecht", 30, "", 22610}}},
	{"lawyer", "Ayesha Siddiqui", "chambers@siddiquilaw.example", "siddiqui-law", "Asia/Karachi", 300, "en", "pkr", "integrations:zoom", "Siddiqui Law Chambers.", []w25CalType{{"family-law", "Family law consultation", 30, "", 500000}, {"employment-dispute", "Employment dispute", 30, "", 500000}}},
	{"faith", "Rev. Anne Brooks", "vicar@stmarks-parish.example", "rev-anne-brooks", "Europe/London", 0, "en", "gbp", "St Mark's Vicarage, 3 Church Lane, Manchester", "A conversation at the vicarage.", []w25CalType{{"pastoral-care", "Pastoral care conversation", 45, "religion", 0}, {"wedding-preparation", "Marriage preparation", 60, "religion", 0}, {"baptism-visit", "Baptism preparation visit", 45, "religion", 0}}},
	{"faith", "Imam Yusuf Adeyemi", "imam@alnoorcentre.example", "imam-yusuf", "Europe/London", 0, "en", "gbp", "integrations:zoom", "Confidential counselling.", []w25CalType{{"islamic-counselling", "Islamic counselling", 45, "religion", 0}, {"nikah-consultation", "Nikah consultation", 30, "religion", 0}}},
	{"faith", "Rabbi David Cohen", "rabbi@bethshalom.example", "rabbi-cohen", "America/New_York", -300, "en", "usd", "integrations:zoom", "Beth Shalom congregation.", []w25CalType{{"conversion-inquiry", "Conversion inquiry", 45, "religion", 0}, {"study-session", "Torah study session", 60, "religion", 0}}},
	{"faith", "Padre João Batista", "secretaria@paroquiasaojose.example", "padre-joao", "America/Sao_Paulo", -180, "pt-BR", "brl", "Rua das Flores, 123, São Paulo", "Paróquia São José.", []w25CalType{{"atendimento-pastoral", "Atendimento pastoral", 30, "religion", 0}, {"confissao", "Confissão", 15, "religion", 0}}},
	{"tutor", "Hannah Price", "hello@brightminds.example", "bright-minds", "Europe/London", 0, "en", "gbp", "integrations:daily", "Bright Minds Tutoring: one-to-one online lessons.", []w25CalType{{"maths-ks3", "Maths tutoring (KS3)", 60, "", 4500}, {"11-plus-trial", "11+ trial lesson", 30, "", 0}}},
	{"tutor", "Chen Li Ping", "mschen@mathsclass.example", "ms-chen-maths", "Asia/Singapore", 480, "en", "sgd", "integrations:google:meet", "PSLE and Secondary Maths.", []w25CalType{{"psle-maths", "PSLE Maths", 90, "", 8000}, {"sec-maths-trial", "Secondary Maths trial", 45, "", 0}}},
	{"tutor", "Lucía Fernández", "lucia@inglesninos.example", "profe-lucia", "America/Bogota", -300, "es", "cop", "integrations:google:meet", "Inglés para niños de 6 a 12 años.", []w25CalType{{"clase-prueba", "Clase de prueba", 30, "", 0}, {"ingles-ninos", "Inglés para niños", 45, "", 6000000}}},
	{"tutor", "Markus Schmidt", "info@nachhilfe-schmidt.example", "nachhilfe-schmidt", "Europe/Berlin", 60, "de", "eur", "integrations:daily", "Nachhilfe in Mathe und Physik.", []w25CalType{{"mathe-nachhilfe", "Mathe-Nachhilfe", 60, "", 3500}}},
}

// What people tell a professional when they book.
var (
	w25CalTherapyReasons = []bioLine{
		{"health", "Anxiety and panic attacks since I changed jobs"}, {"health", "Low mood for a few months, trouble sleeping"},
		{"health", "Grief after my father died in March"}, {"health", "I was diagnosed with ADHD last year and want support"},
		{"sexual_orientation", "I'm gay and struggling to come out to my family"}, {"health", "Postnatal depression - my GP suggested therapy"},
		{"health", "Ich habe seit Monaten Panikattacken."}, {"health", "Tengo ansiedad y ataques de pánico desde hace un año."},
	}
	w25CalClinicReasons = []bioLine{
		{"health", "Blood sugar readings above 250 for a week"}, {"health", "Rash on both arms, itchy, three weeks"},
		{"health", "Follow-up on thyroid results"}, {"health", "Persistent cough and fever since Monday"},
		{"health", "Leberfleck am Rücken hat sich verändert"}, {"health", "妊娠12週、つわりがひどいです"},
	}
	w25CalLawCases = []bioLine{
		{"", "My landlord is refusing to return my deposit"}, {"", "Need advice on an H-1B transfer"},
		{"", "Divorce, we have two children and a house"}, {"trade_union", "Dismissed two weeks after I joined the union and became a rep"},
		{"religion", "My employer told me I cannot wear my hijab at the front desk"}, {"health", "Lost my job after telling my manager about my cancer treatment"},
		{"", "Asylum claim - I fled my home country in 2023"},
	}
	w25CalFaithTopics = []bioLine{
		{"religion", "I would like to talk about returning to church after many years"}, {"religion", "We want our daughter baptised in the spring"},
		{"religion", "Istikhara for a marriage proposal"}, {"religion", "I am considering converting to Judaism"},
		{"religion", "Preparing for our nikah in August"}, {"religion", "Quero me confessar antes da Páscoa"},
	}
	w25CalLearningNeeds = []bioLine{
		{"", "None"}, {"", "Shy at first, likes football examples"}, {"health", "Dyslexia - needs extra time reading questions"},
		{"health", "ADHD, works best with short breaks"}, {"health", "Autistic, prefers a calm and predictable routine"},
	}
	w25CalCancelReasons = []bioLine{
		{"", "Something came up at work"}, {"", "Need to reschedule, travelling"}, {"health", "I'm in hospital this week"},
		{"health", "My child has a fever"}, {"", "Found another time that suits better"},
	}
)

func calcomBookingWebhook(g *gen) *node {
	pro := pick(g.r, w25CalPros)
	if g.r.IntN(2) == 0 {
		// Most people book someone who speaks their language.
		var same []w25CalPro
		for _, c := range w25CalPros {
			if strings.HasPrefix(c.locale, g.lang()) {
				same = append(same, c)
			}
		}
		if len(same) > 0 {
			pro = pick(g.r, same)
		}
	}
	typ := pick(g.r, pro.types)
	child := pro.kind == "tutor"
	if child {
		g.w25Age(6, 16)
	} else {
		g.w25Age(18, 80)
	}
	p := g.p
	trigger := pick(g.r, []string{"BOOKING_CREATED", "BOOKING_CREATED", "BOOKING_CREATED", "BOOKING_CREATED", "BOOKING_REQUESTED", "BOOKING_RESCHEDULED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED", "BOOKING_CANCELLED", "MEETING_ENDED", "MEETING_ENDED", "FORM_SUBMITTED", "FORM_SUBMITTED"})
	if trigger != "FORM_SUBMITTED" {
		// A booking always carries the booker's time zone.
		p.showLocale = true
	}
	latin := w25Title(p.givenL) + " " + w25Title(p.familyL)
	// The booker: the subject, or for a child's lesson the parent.
	bookerName, bookerEmail := pick(g.r, []string{p.fullName(), p.fullName(), latin}), p.email
	childName := ""
	if child {
		pg, pgl := split(pick(g.r, p.c.given))
		native := pg + " " + p.family
		switch {
		case p.c.familyFirst && p.c.noSpace:
			native = p.family + pg
		case p.c.familyFirst:
			native = p.family + " " + pg
		}
		bookerName = pick(g.r, []string{native, w25Title(pgl) + " " + w25Title(p.familyL)})
		bookerEmail = g.w25Email(pgl, p.familyL, []string{"gmail.com", "outlook.com", "icloud.com", p.c.domain})
		childName = pick(g.r, []string{p.given, w25Title(p.givenL)})
	}
	offset := pro.offset
	orgID := 1000 + g.r.IntN(400000)
	uid := g.chars(b62Set, 22)
	bookingID := 100000 + g.r.IntN(9000000)
	eventTypeID := 1000 + g.r.IntN(900000)
	start := g.t.Truncate(time.Hour).Add(time.Duration(24+g.r.IntN(20*24)) * time.Hour)
	if trigger == "MEETING_ENDED" {
		start = g.t.Add(-time.Duration(typ.length+g.r.IntN(5)) * time.Minute).Truncate(15 * time.Minute)
	}
	end := start.Add(time.Duration(typ.length) * time.Minute)
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	zms := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	timeFormat := pick(g.r, []string{"h:mma", "HH:mm"})

	// Where the meeting takes place.
	var location *node
	var videoURL *node
	home := false
	switch pro.location {
	case "integrations:daily":
		location = N("integrations:daily")
		videoURL = N("https://app.cal.com/video/" + uid)
	case "integrations:zoom":
		location = N("integrations:zoom")
		// Zoom's join link carries the meeting passcode.
		videoURL = C("https://us06web.zoom.us/j/" + pattern(g.r, "8##########") + "?pwd=" + g.b62(32) + ".1")
	case "integrations:google:meet":
		location = N("integrations:google:meet")
		videoURL = N("https://meet.google.com/" + g.chars("abcdefghijklmnopqrstuvwxyz", 3) + "-" + g.chars("abcdefghijklmnopqrstuvwxyz", 4) + "-" + g.chars("abcdefghijklmnopqrstuvwxyz", 3))
	default:
		location = N(pro.location)
	}
	if typ.slug == "home-visit" && p.showResidence {
		home = true
	}
	lang := func() *node {
		tag := g.lang()
		if tag == "pt" || tag == "zh" {
			tag = p.locale
		}
		if v := g.locale(tag); v != nil {
			return v
		}
		return N(g.lang())
	}

	// The booking questions.
	type answer struct {
		slug, label string
		val         *node
	}
	var custom []answer
	add := func(slug, label string, v *node) {
		if v != nil {
			custom = append(custom, answer{slug, label, v})
		}
	}
	nationality := func() *node {
		if name := englishName[p.cit.code]; name != "" {
			return g.citizenship(name)
		}
		return nil
	}
	switch pro.kind {
	case "therapy":
		r := g.w25Note(w25CalTherapyReasons)
		add("reason", "What brings you to therapy?", w25About(r.text, r.cat))
		if g.r.IntN(3) == 0 {
			add("pronouns", "Pronouns", P(pick(g.r, []string{"she/her", "he/him", "they/them"})))
		}
		if g.r.IntN(3) == 0 {
			// Someone else's name and number.
			eg, _ := split(pick(g.r, p.c.given))
			_, nat := phoneNumber(g.r, p.c.code)
			add("emergency-contact", "Emergency contact (name and phone)", P(eg+" "+p.family+", "+nat))
		}
	case "clinic":
		add("date-of-birth", "Date of birth", g.dob(pick(g.r, []string{"2006-01-02", "02/01/2006", "02.01.2006"})))
		r := g.w25Note(w25CalClinicReasons)
		add("reason-for-visit", "Reason for visit", w25About(r.text, r.cat))
		switch {
		case p.c.code == "AU" && g.r.IntN(2) == 0:
			m, irn := auMedicare(g.r)
			add("medicare", "Medicare number", P(m+" "+irn))
		case p.c.code == "GB" && g.r.IntN(2) == 0:
			add("nhs-number", "NHS number", P(nhsNumber(g.r)))
		case g.r.IntN(3) == 0:
			add("insurance", "Insurance provider and member ID", P(pick(g.r, []string{"Discovery Health ", "AXA ", "Techniker Krankenkasse ", "Star Health ", "Bupa "})+pattern(g.r, "A#########")))
		}
		if home {
			add("home-address", "Address for the visit", g.addr(p.street+", "+p.city))
			g.lab.Residence = addCountry(g.lab.Residence, p.c.code)
		}
	case "lawyer":
		r := g.w25Note(w25CalLawCases)
		add("case-summary", "Briefly describe your case", w25About(r.text, r.cat))
		if strings.Contains(typ.slug, "immigration") || strings.Contains(typ.slug, "asylum") {
			p.showCitizenship = true
			add("nationality", "Nationality", nationality())
			if p.showResidence {
				add("current-country", "Country you live in now", g.residence(g.english()))
			}
		}
		if strings.Contains(typ.slug, "employment") || strings.Contains(typ.slug, "arbeitsrecht") {
			add("employer", "Employer", P(pick(g.r, []string{"Lidl Dienstleistung GmbH", "K-Electric Ltd", "Amazon Logistics", "Stadtwerke München"})))
		}
	case "faith":
		r := g.w25Note(w25CalFaithTopics)
		add("topic", "What would you like to talk about?", w25About(r.text, r.cat))
		if g.r.IntN(2) == 0 {
			add("congregation", "Are you a member of our congregation?", S(pick(g.r, []string{"Yes", "Yes, since 2015", "Not yet"}), "religion"))
		}
	case "tutor":
		add("student-name", "Student's name", P(childName))
		if g.r.IntN(2) == 0 {
			add("student-dob", "Student's date of birth", g.dob(pick(g.r, []string{"2006-01-02", "02/01/2006"})))
		} else {
			add("student-age", "Student's age", P(fmt.Sprint(g.ageAt())))
		}
		add("year-group", "School year / grade", N(fmt.Sprint(max(1, g.ageAt()-5))))
		r := g.w25Note(w25CalLearningNeeds)
		add("learning-needs", "Any learning needs we should know about?", w25About(r.text, r.cat))
	}

	if trigger == "FORM_SUBMITTED" {
		// A routing form: no booking yet, only the answers.
		resp := O()
		flat := O()
		put := func(label string, v *node) {
			if v == nil {
				return
			}
			resp.set(label, O("value", v, "response", v))
			flat.set(label, v)
		}
		put(map[bool]string{true: "Parent's name", false: "Full name"}[child], P(bookerName))
		put("Email", P(bookerEmail))
		put("Phone", g.phone(""))
		if p.showResidence && g.r.IntN(2) == 0 {
			put("Country", g.residence(g.english()))
		}
		for _, a := range custom {
			put(a.label, a.val)
		}
		payload := O("formId", N(g.uuid()), "formName", N(pick(g.r, []string{"Intake form", "Get in touch", "New client enquiry", "Anfrage"})), "teamId", N(nil), "responses", resp)
		if g.r.IntN(2) == 0 {
			for _, m := range flat.obj {
				payload.set(m.key, m.val)
			}
		}
		body := O("triggerEvent", N("FORM_SUBMITTED"), "createdAt", N(zms(g.t)), "payload", payload)
		return g.w25CalDelivery(body)
	}

	// Who the title names.
	titleText := typ.title + " between " + pro.name + " and " + bookerName
	title := P(titleText)
	if typ.cat != "" {
		title = S(titleText, typ.cat)
	}
	responses := O(
		"name", O("label", N("your_name"), "value", P(bookerName)),
		"email", O("label", N("email_address"), "value", P(bookerEmail)),
	)
	locValue := O("value", location, "optionValue", N(""))
	if home {
		locValue = O("value", N("attendeeInPerson"), "optionValue", g.addr(p.street+", "+p.city))
		g.lab.Residence = addCountry(g.lab.Residence, p.c.code)
	} else if pro.location == "integrations:zoom" && g.r.IntN(5) == 0 {
		if ph := g.phone(g.e164()); ph != nil {
			locValue = O("value", N("phone"), "optionValue", ph)
		}
	}
	responses.set("location", O("label", N("location"), "value", locValue))
	var notes *node = N("")
	if g.r.IntN(3) == 0 {
		// Some bookers repeat their story in the notes.
		for _, a := range custom {
			switch a.slug {
			case "reason", "reason-for-visit", "case-summary", "topic", "learning-needs":
				notes = a.val
			}
		}
	}
	responses.set("notes", O("label", N("additional_notes"), "value", notes))
	guests := A()
	if g.r.IntN(5) == 0 && pro.kind != "clinic" {
		_, ggl := split(pick(g.r, p.c.given))
		guests.arr = append(guests.arr, P(g.w25Email(ggl, p.familyL, []string{"gmail.com", "outlook.com"})))
	}
	responses.set("guests", O("label", N("additional_guests"), "value", guests))
	var smsNumber *node = N(nil)
	if p.showPhone && g.r.IntN(3) == 0 {
		ph := g.phone(g.e164())
		responses.set("attendeePhoneNumber", O("label", N("phone_number"), "value", ph))
		if g.r.IntN(2) == 0 {
			smsNumber = g.phone(g.e164())
		}
	}
	userFields := O()
	for _, a := range custom {
		responses.set(a.slug, O("label", N(a.label), "value", a.val))
		userFields.set(a.slug, O("label", N(a.label), "value", a.val))
	}
	attendee := func() *node {
		off, _ := g.utcOffset()
		return O("email", P(bookerEmail), "name", P(bookerName), "firstName", N(""), "lastName", N(""),
			"timeZone", g.tz(p.tz), "language", O("locale", lang()), "timeFormat", N(timeFormat), "utcOffset", g.tzNum(int(off*60)))
	}
	attendees := A(attendee())
	for _, gm := range guests.arr {
		attendees.arr = append(attendees.arr, O("email", gm, "name", N(""), "firstName", N(""), "lastName", N(""), "timeZone", N(p.tz), "language", O("locale", N(g.lang()))))
	}
	organizer := O("id", P(orgID), "name", P(pro.name), "email", P(pro.email), "username", P(pro.username), "timeZone", N(pro.tz), "language", O("locale", N(pro.locale)), "timeFormat", N(pick(g.r, []string{"h:mma", "HH:mm"})), "utcOffset", N(offset))
	meta := O()
	if videoURL != nil && !home {
		meta.set("videoCallUrl", videoURL)
	}

	if trigger == "MEETING_ENDED" {
		booking := O(
			"id", N(bookingID), "uid", N(uid), "userId", P(orgID), "eventTypeId", N(eventTypeID),
			"title", title, "description", N(""), "customInputs", O(), "responses", responses,
			"startTime", N(zms(start)), "endTime", N(zms(end)), "location", map[bool]*node{true: locValue.obj[1].val, false: location}[home],
			"createdAt", N(zms(start.AddDate(0, 0, -1-g.r.IntN(14)))), "updatedAt", N(nil),
			"status", N("accepted"), "paid", N(typ.price > 0), "destinationCalendarId", N(nil),
			"cancellationReason", N(nil), "rejectionReason", N(nil), "dynamicEventSlugRef", N(nil), "dynamicGroupSlugRef", N(nil),
			"rescheduled", N(nil), "fromReschedule", N(nil), "recurringEventId", N(nil), "smsReminderNumber", smsNumber,
			"scheduledJobs", A(), "metadata", meta, "isRecorded", N(false), "iCalUID", N(uid+"@Cal.com"), "iCalSequence", N(0),
			"user", O("email", P(pro.email), "name", P(pro.name), "timeZone", N(pro.tz), "username", P(pro.username)),
		)
		att := O("id", N(bookingID*2+g.r.IntN(2)), "email", P(bookerEmail), "name", P(bookerName), "timeZone", g.tz(p.tz), "locale", lang(), "bookingId", N(bookingID), "noShow", N(g.r.IntN(10) == 0))
		booking.set("attendees", A(att))
		booking.set("eventType", O("id", N(eventTypeID), "title", w25Text(typ.title, typ.cat), "slug", w25Text(typ.slug, typ.cat), "length", N(typ.length), "price", N(typ.price), "currency", N(pro.currency)))
		body := O("triggerEvent", N("MEETING_ENDED"), "createdAt", N(zms(g.t)), "payload", booking)
		return g.w25CalDelivery(body)
	}

	payload := O(
		"type", w25Text(typ.slug, typ.cat),
		"title", title,
		"description", N(pro.description),
		"additionalNotes", notes,
		"customInputs", O(),
		"startTime", N(z(start)),
		"endTime", N(z(end)),
		"organizer", organizer,
		"responses", responses,
		"userFieldsResponses", userFields,
		"attendees", attendees,
		"location", location,
	)
	if home {
		payload.set("location", locValue.obj[1].val)
	}
	if g.r.IntN(2) == 0 {
		cal := pick(g.r, []string{"google_calendar", "office365_calendar", "apple_calendar"})
		payload.set("destinationCalendar", O("id", N(g.r.IntN(90000)), "integration", N(cal), "externalId", P(pro.email), "userId", P(orgID), "eventTypeId", N(nil), "credentialId", N(g.r.IntN(90000))))
	}
	payload.set("hideCalendarNotes", N(false))
	payload.set("requiresConfirmation", N(trigger == "BOOKING_REQUESTED"))
	payload.set("eventTypeId", N(eventTypeID))
	payload.set("seatsShowAttendees", N(true))
	payload.set("seatsPerTimeSlot", N(nil))
	payload.set("uid", N(uid))
	payload.set("iCalUID", N(uid+"@Cal.com"))
	if trigger == "BOOKING_CREATED" && videoURL != nil && !home {
		app := map[string][2]string{"integrations:daily": {"Cal Video", "daily_video"}, "integrations:zoom": {"Zoom", "zoom_video"}, "integrations:google:meet": {"Google Meet", "google_video"}}[pro.location]
		payload.set("appsStatus", A(O("appName", N(app[0]), "type", N(app[1]), "success", N(1), "failures", N(0), "errors", A(), "warnings", A())))
	}
	payload.set("eventTitle", w25Text(typ.title, typ.cat))
	payload.set("eventDescription", N(pro.description))
	payload.set("price", N(typ.price))
	payload.set("currency", N(pro.currency))
	payload.set("length", N(typ.length))
	payload.set("bookingId", N(bookingID))
	payload.set("metadata", meta)
	payload.set("status", N(map[string]string{"BOOKING_CREATED": "ACCEPTED", "BOOKING_REQUESTED": "PENDING", "BOOKING_RESCHEDULED": "ACCEPTED", "BOOKING_CANCELLED": "CANCELLED"}[trigger]))
	payload.set("smsReminderNumber", smsNumber)
	switch trigger {
	case "BOOKING_RESCHEDULED":
		prev := start.Add(-time.Duration(1+g.r.IntN(72)) * time.Hour)
		payload.set("rescheduleId", N(bookingID-1-g.r.IntN(50)))
		payload.set("rescheduleUid", N(g.chars(b62Set, 22)))
		payload.set("rescheduleStartTime", N(zms(prev)))
		payload.set("rescheduleEndTime", N(zms(prev.Add(time.Duration(typ.length)*time.Minute))))
		by := bookerEmail
		if g.r.IntN(3) == 0 {
			by = pro.email
		}
		payload.set("rescheduledBy", P(by))
		if g.r.IntN(2) == 0 {
			r := g.w25Note(w25CalCancelReasons)
			responses.set("rescheduleReason", O("label", N("reschedule_reason"), "value", w25About(r.text, r.cat)))
		}
	case "BOOKING_CANCELLED":
		r := g.w25Note(w25CalCancelReasons)
		payload.set("cancellationReason", w25About(r.text, r.cat))
		payload.set("cancelledBy", P(bookerEmail))
	}
	body := O("triggerEvent", N(trigger), "createdAt", N(zms(g.t)), "payload", payload)
	return g.w25CalDelivery(body)
}

// w25CalDelivery is a Cal.com webhook body as the receiving backend logs
// it: with the request's headers and signature, as its raw text, or alone.
func (g *gen) w25CalDelivery(body *node) *node {
	raw := string(render(body, &Label{}))
	sig := C(hex.EncodeToString(w25HMAC(g.chars(b62Set, 32), raw)))
	if g.r.IntN(6) == 0 {
		// No secret set on the webhook.
		sig = N("no-secret-provided")
	}
	headers := O("Content-Type", N("application/json"), "X-Cal-Signature-256", sig, "User-Agent", N("node-fetch"))
	switch g.r.IntN(4) {
	case 0, 1:
		return O("received_at", N(g.t.Add(time.Duration(200+g.r.IntN(2000))*time.Millisecond).UTC().Format(time.RFC3339Nano)), "method", N("POST"), "path", N(pick(g.r, []string{"/api/webhooks/calcom", "/hooks/cal", "/webhook/booking"})), "headers", headers, "body", body)
	case 2:
		return O("headers", headers, "raw_body", w25JSON(body), "signature_valid", N(sig.leaf.Kind == Credential))
	}
	return body
}
