package evalcorpus

import (
	"crypto/hmac"
	"encoding/base64"
	"fmt"
	"hash"
	"strings"
	"time"
	"unicode"
)

// wave32Shapes are a thirty-second set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a cloud health data
// store, a backend-as-a-service's auth events, a Latin American creator
// platform's sales, a bank payment standard and a form builder:
// Google Cloud Healthcare API HL7v2 stores (ADT^A01 / A03 / A04 / A08
// messages as the store returns them, the ER7 text base64-encoded in
// data and the parsedData segments keyed by position, "5[0].1" the
// family name of PID-5's first repetition; the messages:ingest call of
// an interface engine with its hl7Ack; the Pub/Sub push notification a
// subscriber gets before it fetches the message; messages.list pages)
// from hospitals in the United States, the United Kingdom, Germany, the
// Netherlands, Spain, France, Japan (kanji and katakana name
// repetitions), Brazil, Sweden, Italy, Korea and Saudi Arabia, with
// patient identifiers of each country (NHS number, BSN, INS, CNS,
// personnummer, codice fiscale, RRN, KVNR in IN1), next of kin of
// children, diagnoses, allergies, religion (PID-17), race and ethnic
// group, and clinicians' free-text notes in the hospital's language;
// Appwrite webhooks and function executions for users.*.create,
// users.*.sessions.*.create, users.*.recovery.*.create,
// users.*.verification.*.create, users.*.tokens.*.create and
// users.*.update.* (the user with its argon2 / bcrypt / scrypt password
// hash, prefs, targets and labels; the session with its secret, OAuth
// provider tokens and IP; the token with its secret or one-time code
// and security phrase), signed with X-Appwrite-Webhook-Signature, for
// apps whose users live in South and Southeast Asia, Africa, Latin
// America and Europe, some of them teenagers whose birthdays the app
// keeps in prefs in their country's notation (the Thai one in the
// Buddhist era, the Egyptian one in Arabic-Indic digits); Hotmart's
// purchase, cart abandonment and subscription cancellation webhooks
// (2.0.0 JSON with the hottok in X-HOTMART-HOTTOK and the body, and the
// 1.0.0 form postback) for buyers in Brazil, Portugal, Spain, Mexico,
// Colombia, Argentina, Chile, Peru and the United States, with their CPF
// and other documents, some courses telling of the buyer's health,
// faith or orientation, and a members area's welcome log with a
// temporary password; ISO 20022 pain.001.001.09 customer credit transfer
// initiations in JSON (the XML element names, as xmltodict and as a
// bank's JSON API write them) for payroll, health insurers'
// reimbursements and travel agencies' refunds across the SEPA countries,
// the United Kingdom and Switzerland, with creditors' IBANs, postal
// addresses, identifications and birth dates, remittance information in
// the payer's language, the bank API's request with its OAuth token and
// JWS signature, and pain.002 status reports; and Tally form webhooks
// (FORM_RESPONSE with its fields of INPUT_TEXT, INPUT_DATE,
// INPUT_EMAIL, INPUT_PHONE_NUMBER, TEXTAREA, MULTIPLE_CHOICE,
// CHECKBOXES, DROPDOWN, FILE_UPLOAD, SIGNATURE and HIDDEN_FIELDS, signed
// with Tally-Signature) of children's holiday camps, sports clubs and
// music schools in German, French, Dutch, Spanish, Portuguese,
// Italian, Polish, Japanese, Korean and English, a parent registering a
// child whose birth date is typed in the local notation, with
// allergies, medication and diets in the form's language.
var wave32Shapes = []Shape{
	{Name: "gcp_healthcare_hl7v2_adt", Doc: "cloud.google.com/healthcare-api/docs/reference/rest/v1/projects.locations.datasets.hl7V2Stores.messages (Message {name projects/{p}/locations/{l}/datasets/{d}/hl7V2Stores/{s}/messages/{id}, data (base64 of the ER7 message), createTime, sendFacility (MSH-4), sendTime (MSH-7), messageType (MSH-9.1), patientIds[{value, type}] (from PID-2, PID-3, PID-4), labels{}, parsedData{segments[{segmentId, setId, fields{\"positional key\": value}}]} with keys (\\d+)(\\[\\d+\\])?(.\\d+)?(.\\d+)?, e.g. \"5[0].1\" component 1 of the first repetition of field 5}; messages:ingest {message{data}} -> {hl7Ack (base64 ACK), message}; messages.list -> {hl7V2Messages[], nextPageToken}; GET with view FULL and Authorization: Bearer ya29...), cloud.google.com/healthcare-api/docs/concepts/pubsub (HL7v2 notifications: PubsubMessage data = the message's resource name, attributes msgType; push {message{attributes, data, messageId, publishTime}, subscription} with the push subscription's OIDC token in Authorization); HL7 v2.5.1 chapter 2 (MSH, ER7 encoding, escapes \\F\\ \\S\\ \\T\\ \\R\\ \\E\\) and chapter 3 (ADT A01 / A03 / A04 / A08: EVN, PID-3 CX list, PID-5 XPN, PID-6 mother's maiden name with name representation code I / P (JAHIS), PID-7, PID-8, PID-10 race (CDCREC), PID-11 XAD, PID-13 XTN with NET^Internet e-mail, PID-15, PID-16, PID-17 religion (HL70006), PID-19 SSN, PID-22 ethnic group, PID-26 citizenship; NK1; PV1 patient class, location, attending doctor, hospital service, visit number; OBX; AL1; DG1 ICD-10 / ICD-10-GM; IN1), of hospitals in the US, UK, Germany, the Netherlands, Spain, France, Japan, Brazil, Sweden, Italy, Korea and Saudi Arabia", build: gcpHealthcareHL7v2ADT},
	{Name: "appwrite_users_webhook", Doc: "appwrite.io/docs/advanced/platform/webhooks (POST to the webhook URL with X-Appwrite-Webhook-Id, X-Appwrite-Webhook-Events (the events that triggered the delivery, e.g. users.*, users.*.create, users.{userId}.create), X-Appwrite-Webhook-Name, X-Appwrite-Webhook-User-Id (empty for guest actions such as account.create), X-Appwrite-Webhook-Project-Id, X-Appwrite-Webhook-Signature (base64 HMAC-SHA1 of the URL followed by the payload, keyed with the webhook's signature key), User-Agent Appwrite-Server, and optional HTTP basic authentication); appwrite.io/docs/advanced/platform/events (users.[ID].create, users.[ID].update.email / name / password / prefs / status, users.[ID].sessions.[ID].create, users.[ID].recovery.[ID].create, users.[ID].verification.[ID].create, users.[ID].tokens.[ID].create); appwrite.io/docs/references/cloud/models/user ($id, $createdAt, $updatedAt, name, password, hash argon2 / bcrypt / scryptModified, hashOptions, registration, status, labels, passwordUpdate, email, phone, emailVerification, phoneVerification, mfa, prefs, targets[{$id, name, userId, providerId, providerType, identifier, expired}], accessedAt), /models/session ($id, userId, expire, provider, providerUid, providerAccessToken, providerAccessTokenExpiry, providerRefreshToken, ip, osCode, osName, osVersion, clientType, clientCode, clientName, clientVersion, clientEngine, clientEngineVersion, deviceName, deviceBrand, deviceModel, countryCode, countryName, current, factors, secret (empty unless returned with an API key or in a webhook payload), mfaUpdatedAt), /models/token ($id, $createdAt, userId, secret, expire, phrase); appwrite.io/docs/products/functions/develop (event-triggered executions: req.headers x-appwrite-trigger event, x-appwrite-event, x-appwrite-user-id, x-appwrite-key; req.bodyRaw, req.body), for apps of language learning, study, fitness, dating and commerce whose users live in India, Indonesia, Nigeria, Kenya, Ghana, Vietnam, Thailand, Türkiye, Poland, Ukraine, Korea, Mexico, Argentina, Egypt, Pakistan, Bangladesh, the Philippines, Brazil, Germany and France", build: appwriteUsersWebhook},
	{Name: "hotmart_purchase_webhook", Doc: "developers.hotmart.com/docs/en/2.0.0/webhook/purchase-webhook/ (POST with X-HOTMART-HOTTOK, the account's token, also in the body as hottok -> {id, creation_date (ms), event PURCHASE_APPROVED / PURCHASE_COMPLETE / PURCHASE_CANCELED / PURCHASE_BILLET_PRINTED / PURCHASE_REFUNDED / PURCHASE_CHARGEBACK / PURCHASE_PROTEST / PURCHASE_EXPIRED / PURCHASE_DELAYED, version 2.0.0, data{product{id, ucode, name, has_co_production, warranty_date, support_email, is_physical_product}, affiliates[{affiliate_code, name}], buyer{email, name, first_name, last_name, checkout_phone, address{city, country, country_iso, state, neighborhood, zipcode, address, number, complement}, document, document_type}, producer{name, document, legal_nature}, commissions[{value, source, currency_value}], purchase{approved_date, full_price{value, currency_value}, price, checkout_country{name, iso}, order_bump{is_order_bump, parent_purchase_transaction}, original_offer_price, order_date, status, transaction, payment{installments_number, type CREDIT_CARD / BILLET / PIX / PAYPAL, billet_barcode, billet_url, pix_code, pix_qrcode, pix_expiration_date}, offer{code, coupon_code}, sckPaymentLink, is_funnel, business_model}, subscription{status, plan{id, name}, subscriber{code}}}}), /cart-abandonment-webhook/ (PURCHASE_OUT_OF_SHOPPING_CART: data{affiliate, product{id, name}, buyer_ip, buyer{name, email, phone}, offer{code}, checkout_country{name, iso}}), /cancel-subscription-webhook/ (SUBSCRIPTION_CANCELLATION: data{date_next_charge, product, actual_recurrence_value, subscriber{code, name, email, phone{dddPhone, phone, dddCell, cell}}, subscription{id, plan}, cancellation_date}); developers.hotmart.com/docs/en/1.0.0/webhook/ (the 1.0.0 form postback: hottok, prod, prod_name, off, price, email, name, first_name, last_name, doc, doc_type, phone_checkout_local_code, phone_checkout_number, address, address_number, address_country, address_district, address_comp, address_city, address_state, address_zip_code, transaction, xcod, src, sck, status, payment_type, installments_number, currency, purchase_date, confirmation_purchase_date, subscriber_code, callback_type), for buyers in Brazil, Portugal, Spain, Mexico, Colombia, Argentina, Chile, Peru and the United States", build: hotmartPurchaseWebhook},
	{Name: "iso20022_pain001_json", Doc: "iso20022.org/catalogue-messages (pain.001.001.09 CustomerCreditTransferInitiationV09: Document{CstmrCdtTrfInitn{GrpHdr{MsgId, CreDtTm, NbOfTxs, CtrlSum, InitgPty{Nm, Id{OrgId{LEI | Othr[{Id, SchmeNm{Cd}}]}}}}, PmtInf[{PmtInfId, PmtMtd TRF, BtchBookg, NbOfTxs, CtrlSum, PmtTpInf{SvcLvl{Cd SEPA}, CtgyPurp{Cd SALA / SUPP}}, ReqdExctnDt{Dt}, Dbtr{Nm, PstlAdr{Ctry, AdrLine[]}}, DbtrAcct{Id{IBAN}}, DbtrAgt{FinInstnId{BICFI}}, ChrgBr SLEV, CdtTrfTxInf[{PmtId{InstrId, EndToEndId}, Amt{InstdAmt Ccy}, CdtrAgt{FinInstnId{BICFI}}, Cdtr{Nm, PstlAdr{StrtNm, BldgNb, PstCd, TwnNm, Ctry}, Id{PrvtId{DtAndPlcOfBirth{BirthDt, CityOfBirth, CtryOfBirth}, Othr[{Id, SchmeNm{Cd NIDN / TXID / SOSE / CCPT}}]}}, CtctDtls{EmailAdr, MobNb +CC-number}}, CdtrAcct{Id{IBAN}}, Purp{Cd SALA / MDCS / REFU}, RmtInf{Ustrd[]}}]}]}}; pain.002.001.10 CustomerPaymentStatusReportV10: GrpHdr, OrgnlGrpInfAndSts{OrgnlMsgId, OrgnlMsgNmId, GrpSts}, OrgnlPmtInfAndSts[{OrgnlPmtInfId, TxInfAndSts[{OrgnlEndToEndId, TxSts ACCP / RJCT, StsRsnInf{Rsn{Cd AC01 / AC04 / AM05 / BE04}, AddtlInf}, OrgnlTxRef{Amt, Cdtr, CdtrAcct, RmtInf}}]}]); europeanpaymentscouncil.eu EPC132-08 SEPA Credit Transfer Customer-to-PSP Implementation Guidelines (Latin character set, 140-character Ustrd, structured creditor addresses); as a treasury system posts them to banks' corporate payment APIs in JSON (the XML element names kept, as xmltodict writes them with @Ccy / #text and single elements as objects, or with Ccy / value) with Authorization: Bearer, X-Request-ID, Idempotency-Key and a detached X-JWS-Signature, for payroll, health insurers' reimbursements and travel agencies' refunds in Germany, Austria, Switzerland, France, Belgium, the Netherlands, Spain, Italy, Portugal, Poland, Czechia, Sweden, Finland, Ireland, the Baltic states, Greece, Bulgaria, Romania, Hungary and the United Kingdom", build: iso20022Pain001JSON},
	{Name: "tally_form_response", Doc: "tally.so/help/webhooks (POST {eventId, eventType FORM_RESPONSE, createdAt, data{responseId, submissionId, respondentId, formId, formName, createdAt, fields[{key question_{id} (question_{id}_{optionId} for a checkbox option), label, type INPUT_TEXT / INPUT_EMAIL / INPUT_PHONE_NUMBER / INPUT_DATE / TEXTAREA / MULTIPLE_CHOICE / CHECKBOXES / DROPDOWN / FILE_UPLOAD / SIGNATURE / HIDDEN_FIELDS, value (a string, a number, a boolean, the selected option ids, or files [{id, name, url (storage.tally.so/private/... with id, accessToken and signature), mimeType, size}]), options[{id, text}]}]}} with Tally-Signature, base64 HMAC-SHA256 of the body keyed with the webhook's signing secret, and the custom headers the form owner sets), for children's holiday camps, sports clubs and music schools and a few adult courses in Germany, Austria, Switzerland, France, Belgium, Canada, the Netherlands, Spain, Mexico, Argentina, Colombia, Brazil, Portugal, Italy, Poland, Japan, Korea, the United Kingdom, Ireland, the United States, Australia and South Africa", build: tallyFormResponse},
}

// ------------------------------------------------------------ helpers

// w32Phrase is a sentence and the special category it tells ("" for
// none).
type w32Phrase struct{ cat, text string }

// w32Text is text about the subject: sensitive when it tells of a
// special category, else personal.
func w32Text(text, cat string) *node {
	if cat != "" {
		return S(text, cat)
	}
	return P(text)
}

// w32Item is text that tells of the subject only when it names a
// special category (a product bought, a purpose code): sensitive then,
// else non-personal.
func w32Item(text, cat string) *node {
	if cat != "" {
		return S(text, cat)
	}
	return N(text)
}

// w32Redraw makes the event's subject a person living in cc (before the
// event labels anything).
func (g *gen) w32Redraw(cc string) {
	c := countryByCode(cc)
	if c == nil {
		panic("evalcorpus: wave 32 names an unknown country " + cc)
	}
	g.p = newPerson(g.r, c, g.t)
}

// w32Other is another person of country cc (a parent, a doctor, a
// colleague); the event's labels are not touched.
func (g *gen) w32Other(cc string) *person { return newPerson(g.r, countryByCode(cc), g.t) }

// w32Age redraws the subject's birth date for an age from lo to hi, and
// the national identifier that encodes it.
func (g *gen) w32Age(lo, hi int) {
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

// w32AgeAt is the subject's age in whole years at the event.
func (g *gen) w32AgeAt() int {
	y := g.t.Year() - g.p.dob.Year()
	if g.t.YearDay() < g.p.dob.YearDay() {
		y--
	}
	return y
}

// w32SetPhone gives the subject a mobile number of cc.
func (g *gen) w32SetPhone(cc string) {
	p := g.p
	p.phoneCC = cc
	p.phoneE164, p.phoneNat = phoneNumber(g.r, cc)
	p.phone = phoneNotation(g.r, p.phoneE164, p.phoneNat)
}

// w32Latin says whether every letter of s is Latin.
func w32Latin(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) && !unicode.In(c, unicode.Latin) {
			return false
		}
	}
	return true
}

// w32Title capitalises each word of a Latin spelling.
func w32Title(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		r := []rune(x)
		r[0] = unicode.ToUpper(r[0])
		w[i] = string(r)
	}
	return strings.Join(w, " ")
}

// w32Clean keeps the ASCII letters and digits of s, in lower case.
func w32Clean(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// w32LatinName is the subject's name in Latin letters: the native one
// when it is Latin already (with its diacritics), else the spelling
// e-mail addresses take.
func (p *person) w32LatinName() (first, last string) {
	if w32Latin(p.given + p.family) {
		return p.given, p.family
	}
	return w32Title(p.givenL), w32Title(p.familyL)
}

// w32ASCIIName is the Latin spelling without diacritics.
func (p *person) w32ASCIIName() (first, last string) {
	return w32Title(p.givenL), w32Title(p.familyL)
}

// w32JSON renders n as JSON text without touching the event's labels.
func w32JSON(n *node) string { return string(render(n, &Label{})) }

// w32HMAC is the keyed hash of msg.
func w32HMAC(h func() hash.Hash, key, msg string) []byte {
	m := hmac.New(h, []byte(key))
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// w32B64 is standard base64.
func w32B64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// w32Stamp is when a receiver logged the event, a little after it.
func (g *gen) w32Stamp(d time.Duration) *node {
	return N(g.t.Add(time.Duration(g.r.Int64N(int64(d)))).UTC().Format("2006-01-02T15:04:05.000Z"))
}

// w32DOBText records the subject's birth date and returns it written as
// text (a notation a time layout cannot write).
func (g *gen) w32DOBText(text string) *node {
	g.lab.BirthDate = g.p.dob.Format("2006-01-02")
	return P(text)
}

// w32Snap keeps what the label says so far, for an envelope that
// leaves out the nodes built since (w32Restore puts it back).
func (g *gen) w32Snap() Label {
	l := *g.lab
	l.Residence = append([]string(nil), l.Residence...)
	l.Citizenship = append([]string(nil), l.Citizenship...)
	l.Weak = append([]string(nil), l.Weak...)
	return l
}

// w32Restore puts back a label kept by w32Snap.
func (g *gen) w32Restore(l Label) { *g.lab = l }

// w32Rec records the subject's residence stated inside a longer text
// and says whether the event may state it.
func (g *gen) w32Rec(country string) bool { return g.residence(country) != nil }

// w32Weak records a country an IP address or a checkout points at.
func (g *gen) w32Weak(cc string) { g.lab.Weak = addCountry(g.lab.Weak, cc) }

// w32Digits keeps the digits of s.
func w32Digits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// w32Money writes cents with two decimals.
func w32Money(c int) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

// w32Luhn is the Luhn check digit of the digits in s.
func w32Luhn(s string) int {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-1-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return (10 - sum%10) % 10
}

// w32Alpha3 are the ISO 3166-1 alpha-3 codes HL7 and other standards
// write countries with.
var w32Alpha3 = map[string]string{"RU": "RUS", "KZ": "KAZ", "BY": "BLR", "UA": "UKR", "CN": "CHN", "TW": "TWN", "JP": "JPN", "KR": "KOR", "IN": "IND", "ID": "IDN",
	"VN": "VNM", "TH": "THA", "SA": "SAU", "AE": "ARE", "EG": "EGY", "IL": "ISR", "TR": "TUR", "GR": "GRC", "DE": "DEU", "FR": "FRA", "ES": "ESP", "IT": "ITA",
	"PL": "POL", "NL": "NLD", "SE": "SWE", "PT": "PRT", "AT": "AUT", "CZ": "CZE", "RO": "ROU", "BG": "BGR", "HU": "HUN", "GB": "GBR", "CH": "CHE", "US": "USA",
	"CA": "CAN", "MX": "MEX", "BR": "BRA", "AR": "ARG", "AU": "AUS", "NZ": "NZL", "SG": "SGP", "ZA": "ZAF", "NG": "NGA", "KE": "KEN", "RW": "RWA", "NO": "NOR",
	"DK": "DNK", "FI": "FIN", "PH": "PHL", "ET": "ETH", "MA": "MAR", "CL": "CHL", "CO": "COL", "PE": "PER", "UY": "URY", "MY": "MYS", "BE": "BEL", "EE": "EST",
	"LV": "LVA", "LT": "LTU", "BD": "BGD", "GH": "GHA", "UG": "UGA", "CM": "CMR", "CI": "CIV", "PK": "PAK", "UZ": "UZB", "TJ": "TJK", "AM": "ARM", "IE": "IRL", "HK": "HKG"}

// w32English are countries' names in English, as APIs write them.
var w32English = map[string]string{"IN": "India", "ID": "Indonesia", "NG": "Nigeria", "KE": "Kenya", "GH": "Ghana", "VN": "Vietnam", "TH": "Thailand", "TR": "Turkey",
	"PL": "Poland", "UA": "Ukraine", "KR": "South Korea", "MX": "Mexico", "AR": "Argentina", "EG": "Egypt", "PK": "Pakistan", "BD": "Bangladesh", "PH": "Philippines",
	"BR": "Brazil", "DE": "Germany", "FR": "France", "US": "United States", "PT": "Portugal", "ES": "Spain", "CO": "Colombia", "CL": "Chile", "PE": "Peru"}

// w32SplitStreet splits "Rua das Flores, 123" or "Calle Mayor 3" into
// the street and the house number (empty when there is none at the end).
func w32SplitStreet(s string) (street, number string) {
	s = strings.TrimSpace(s)
	i := strings.LastIndexAny(s, " ,")
	if i < 0 {
		return s, ""
	}
	last := s[i+1:]
	if last == "" || last[0] < '0' || last[0] > '9' {
		return s, ""
	}
	return strings.TrimRight(s[:i], " ,"), last
}
