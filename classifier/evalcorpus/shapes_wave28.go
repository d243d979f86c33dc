package evalcorpus

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/nyaruka/phonenumbers"
)

// wave28Shapes are a twenty-eighth set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a state document wallet,
// a cash and card payment network, a marketplace, a merchant of record
// and a school's learning platform: DigiLocker's Authorized Partner API
// (the OAuth 2.0 code exchange with PKCE whose token response carries the
// DigiLocker id, name, DDMMYYYY birth date, gender, e-Aadhaar flag and
// reference key, the user details, the signed e-Aadhaar XML with its
// masked Aadhaar number, address parts and photo, and the list of issued
// documents) as an Indian fintech's KYC backend logs them beside its own
// KYC record (PAN, residential status, overseas address, guardian), for
// residents of India, NRIs living abroad and minors whose guardian
// consents; FawryPay's server-to-server notification V2 and its payment
// status and charge calls (fawryRefNumber, merchantRefNumber, the
// customer's name, mobile, e-mail and profile id, amounts and fees,
// order status and payment method, the SHA-256 messageSignature and
// signature), beside the merchant's order record whose custom fields
// hold an Egyptian national ID, for customers in Egypt and Egyptians
// working in the Gulf; Yandex Market's Partner API order (GET
// /campaigns/{id}/orders/{orderId} and /buyer, and the order notifications
// pushed to the seller) with the buyer's names, the delivery address,
// dates, region tree and shipments, the items with their subsidies and
// the Api-Key header, for buyers in Russia, Belarus, Kazakhstan and
// Uzbekistan, some of them buying from a pharmacy, a church shop or an
// adult shop; Paddle Billing's webhooks (customer.created,
// customer.updated, transaction.completed, subscription.created) signed
// with Paddle-Signature, the customer with address and business, the
// transaction's line items, totals and card payment, and the customer
// and address fetched with the API key, for customers in the EU, the
// United States, the United Kingdom, Brazil, Japan, Korea, Turkey,
// Australia and South Africa; and the Google Classroom API (the roster,
// user profiles, guardians and guardian invitations, student submissions
// with their attachments, and the Pub/Sub roster notifications) as a
// school's information system logs its sync with the private comments it
// keeps beside each submission, for pupils (minors) and their guardians
// in the United States, the United Kingdom, Brazil, India, Indonesia,
// Poland and Japan, some comments telling of an IEP, asthma or Ramadan.
var wave28Shapes = []Shape{
	{Name: "digilocker_kyc_pull", Doc: "partners.digilocker.gov.in / Authorized Partner API Specification (DigiLocker, NeGD, MeitY: GET https://digilocker.meripehchaan.gov.in/public/oauth2/1/authorize?response_type=code&client_id&redirect_uri&state&code_challenge&code_challenge_method=S256; POST /public/oauth2/1/token (application/x-www-form-urlencoded code, grant_type authorization_code / refresh_token, client_id, client_secret, redirect_uri, code_verifier) -> {access_token, expires_in, token_type Bearer, scope, refresh_token, digilockerid, name, dob DDMMYYYY, gender M / F / T, eaadhaar Y / N, reference_key, new_account}; GET /public/oauth2/1/user with Authorization: Bearer -> {digilockerid, name, dob, gender, eaadhaar, reference_key, mobile}; GET /public/oauth2/3/xml/eaadhaar -> Certificate/CertificateData/KycRes{code, ret, ts, ttl, txn}/UidData{uid xxxxxxxx1234, Poi{dob DD-MM-YYYY, gender, name}, Poa{co, house, street, lm, loc, vtc, subdist, dist, state, country, pc, po}, LData{lang, name, co, house, street, loc, vtc, dist, state}, Pht base64 JPEG}; GET /public/oauth2/2/files/issued -> {items[{name, type file, size, date DD-MM-YYYY, parent, mime[], uri issuerid-doctype-docid, doctype, description, issuerid, issuer}], resource}), as an Indian fintech's KYC backend logs them beside its own KYC record (PAN, residential status, overseas address, guardian of a minor), for subjects in India, NRIs abroad and minors", build: digilockerKYCPull},
	{Name: "fawrypay_notification", Doc: "developer.fawrystaging.com/docs (payment-notifications/server-notification-v2: POST to the merchant's callback {requestId, fawryRefNumber, merchantRefNumber, customerName, customerMobile, customerMail, customerMerchantId / customerProfileId, paymentAmount, orderAmount, fawryFees, shippingFees, authNumber, orderStatus NEW / PAID / CANCELED / REFUNDED / EXPIRED / PARTIAL_REFUNDED / FAILED, paymentMethod PayAtFawry / Card / MWALLET / VALU, paymentTime, paymentRefrenceNumber, orderExpiryDate, orderItems[{itemCode, price, quantity}], failureErrorCode, failureReason, messageSignature hex SHA-256 of fawryRefNumber + merchantRefNumber + paymentAmount + orderAmount + orderStatus + paymentMethod + paymentRefrenceNumber + secureKey}; payment-notifications/get-payment-status-v2: GET /ECommerceWeb/Fawry/payments/status/v2?merchantCode&merchantRefNumber&signature (SHA-256 of merchantCode + merchantRefNumber + secureKey) -> {type PaymentStatusResponse, referenceNumber, merchantRefNumber, paymentAmount, orderAmount, fawryFees, orderStatus, paymentMethod, paymentTime, customerName, customerMobile, customerMail, customerProfileId, signature, statusCode, statusDescription}; server-apis charge: POST /ECommerceWeb/Fawry/payments/charge {merchantCode, merchantRefNum, customerProfileId, customerName, customerMobile, customerEmail, paymentMethod, amount, paymentExpiry, language ar-eg / en-gb, chargeItems[{itemId, description, price, quantity}], description, signature}), beside the merchant's order record with custom fields (an Egyptian national ID for instalments, tuition and insurance), for customers in Egypt and Egyptians working in the Gulf", build: fawrypayNotification},
	{Name: "yandex_market_order", Doc: "yandex.ru/dev/market/partner-api/doc (GET https://api.partner.market.yandex.ru/v2/campaigns/{campaignId}/orders/{orderId} with Api-Key: ACMA:... -> {order{id, status PROCESSING / DELIVERY / PICKUP / DELIVERED / CANCELLED, substatus STARTED / READY_TO_SHIP / SHIPPED / USER_CHANGED_MIND ..., creationDate DD-MM-YYYY HH:MM:SS, updatedAt, currency RUR / BYN / KZT / UZS, itemsTotal, deliveryTotal, buyerItemsTotal, buyerTotal, buyerItemsTotalBeforeDiscount, paymentType PREPAID / POSTPAID, paymentMethod YANDEX / SBP / CARD_ON_DELIVERY / CASH_ON_DELIVERY, fake, items[{id, offerId, offerName, price, buyerPrice, buyerPriceBeforeDiscount, count, vat, shopSku, subsidies[{type YANDEX_CASHBACK / SUBSIDY, amount}]}], delivery{id, type DELIVERY / PICKUP / POST, serviceName, price, deliveryPartnerType YANDEX_MARKET / SHOP, dates{fromDate, toDate, fromTime, toTime}, region{id, name, type CITY / SUBJECT_FEDERATION / COUNTRY_DISTRICT / COUNTRY, parent{...}}, address{country, postcode, city, street, house, block, entrance, entryphone, floor, apartment, recipient, phone, gps{latitude, longitude}}, outletCode, shipments[{id, shipmentDate, tracks, boxes}], dispatchType}, buyer{id, lastName, firstName, middleName, type PERSON / BUSINESS}, notes, taxSystem}}; GET .../orders/{orderId}/buyer -> {status OK, result{id, lastName, firstName, middleName, type, phone, trusted}}; the notifications POSTed to the seller's URL {notificationType ORDER_CREATED / ORDER_STATUS_UPDATED / ORDER_CANCELLED, campaignId, orderId, status, substatus, updatedAt, createdAt, items[{offerId, count}]}), as a seller's shop system logs them, for buyers in Russia, Belarus, Kazakhstan and Uzbekistan", build: yandexMarketOrder},
	{Name: "paddle_billing_webhook", Doc: "developer.paddle.com/webhooks and /api-reference (POST with Paddle-Signature: ts={unix};h1={hex HMAC-SHA256 of ts:body keyed with the notification destination's secret} -> {event_id evt_..., event_type customer.created / customer.updated / transaction.completed / subscription.created, occurred_at, notification_id ntf_..., data}; customer {id ctm_..., name, email, locale, status, marketing_consent, custom_data, created_at, updated_at, import_meta}; address {id add_..., customer_id, description, first_line, second_line, city, postal_code, region, country_code, status}; business {id biz_..., name, company_number, tax_identifier, contacts[{name, email}]}; transaction {id txn_..., status completed, customer_id, address_id, business_id, currency_code, origin, subscription_id, invoice_number, collection_mode, billing_period, items[{price{id, description, unit_price{amount, currency_code}}, quantity}], details{tax_rates_used[], totals{subtotal, discount, tax, total, grand_total, fee, earnings, currency_code}, line_items[{id txnitm_..., price_id, quantity, tax_rate, unit_totals, totals, product{id, name}}]}, payments[{payment_attempt_id, stored_payment_method_id, amount, status captured, method_details{type card, card{type, last4, expiry_month, expiry_year, cardholder_name}}, created_at, captured_at}], custom_data, billed_at}; subscription {id sub_..., status active / trialing, customer_id, address_id, business_id, currency_code, started_at, first_billed_at, next_billed_at, current_billing_period, billing_cycle{interval, frequency}, items[], custom_data, management_urls{update_payment_method, cancel}}; GET /customers/{id} and /customers/{id}/addresses/{address_id} with Authorization: Bearer {API key}), as a SaaS vendor's billing service logs them, for customers in the EU, the United States, the United Kingdom, Brazil, Japan, Korea, Turkey, Australia and South Africa", build: paddleBillingWebhook},
	{Name: "google_classroom_roster", Doc: "developers.google.com/workspace/classroom/reference/rest (courses.students.list GET /v1/courses/{courseId}/students -> {students[{courseId, userId, profile{id, name{givenName, familyName, fullName}, emailAddress, photoUrl, permissions[{permission CREATE_COURSE}], verifiedTeacher}, studentWorkFolder{id, title, alternateLink}}], nextPageToken}; userProfiles.get; userProfiles.guardians.list -> {guardians[{studentId, guardianId, guardianProfile{...}, invitedEmailAddress}]}; userProfiles.guardianInvitations.create / list {studentId, invitationId, invitedEmailAddress, state PENDING / COMPLETE, creationTime}; courses.courseWork.studentSubmissions.list -> {studentSubmissions[{courseId, courseWorkId, id, userId, creationTime, updateTime, state NEW / CREATED / TURNED_IN / RETURNED / RECLAIMED_BY_STUDENT, late, draftGrade, assignedGrade, alternateLink, courseWorkType ASSIGNMENT, assignmentSubmission{attachments[{driveFile{id, title, alternateLink, thumbnailUrl} | link{url, title} | form{formUrl, title}}]}, submissionHistory[{stateHistory{state, stateTimestamp, actorUserId}} | {gradeHistory{pointsEarned, maxPoints, gradeTimestamp, actorUserId, gradeChangeType}}]}]}; registrations with feed COURSE_ROSTER_CHANGES / COURSE_WORK_CHANGES and Cloud Pub/Sub push {message{data base64 {collection, eventType, resourceId{courseId, userId / id}}, messageId, publishTime}, subscription}; OAuth Authorization: Bearer ya29...), as a school information system logs its sync, beside the private comments it keeps with each submission (the API does not return them), for pupils and guardians in the United States, the United Kingdom, Brazil, India, Indonesia, Poland and Japan", build: googleClassroomRoster},
}

// ------------------------------------------------------------ helpers

// w28Name is a name as its owner writes it and in the Latin spelling
// forms and e-mail addresses take (lower case).
type w28Name struct {
	given, family, givenL, familyL string
	female                         bool
}

// w28Item is a good or service (price in the currency's usual unit) and
// the special category it tells of whoever buys it.
type w28Item struct {
	name  string
	price int
	cat   string
}

// w28Leaves lists the leaves of n.
func w28Leaves(n *node) []*node {
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

// w28Raw is text that holds the given leaves (a body, a form, an XML
// document, a JSON string inside JSON, a URL): labelled by the most
// telling of them. A credential makes the whole text one, as it leaks
// with it; else a special category; else personal; else not personal.
func w28Raw(text string, leaves []*node) *node {
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

// w28JSON is n's JSON text, as producers that nest a document in a
// string send it.
func w28JSON(n *node) *node { return w28Raw(string(render(n, &Label{})), w28Leaves(n)) }

// w28Text is the name of a good, service, document or place: it tells
// nothing of the person unless it is of a special category.
func w28Text(text, cat string) *node {
	if cat == "" {
		return N(text)
	}
	return S(text, cat)
}

// w28About is text a person wrote or that is about them: personal, or
// of a special category.
func w28About(text, cat string) *node {
	if cat == "" {
		return P(text)
	}
	return S(text, cat)
}

// w28Special picks one of the items: a special one about one time in
// odds, a plain one otherwise.
func (g *gen) w28Special(items []w28Item, odds int) w28Item {
	var plain, special []w28Item
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

// w28Note picks a line the same way, a special one about one time in
// odds.
func (g *gen) w28Note(notes []bioLine, odds int) bioLine {
	var plain, special []bioLine
	for _, n := range notes {
		if n.cat == "" {
			plain = append(plain, n)
		} else {
			special = append(special, n)
		}
	}
	if len(special) > 0 && (len(plain) == 0 || g.r.IntN(odds) == 0) {
		return pick(g.r, special)
	}
	return pick(g.r, plain)
}

// w28Title writes each word of s with a capital first letter.
func w28Title(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		r := []rune(x)
		r[0] = unicode.ToUpper(r[0])
		w[i] = string(r)
	}
	return strings.Join(w, " ")
}

// w28Clean keeps the ASCII letters and digits of s, in lower case.
func w28Clean(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// w28Redraw makes the subject someone living in country cc.
func (g *gen) w28Redraw(cc string) {
	if c := countryByCode(cc); c != nil {
		g.p = newPerson(g.r, c, g.t)
	}
}

// w28Abroad makes the subject, a citizen of home, live in country cc:
// the home country's names and identifier, the new country's places.
func (g *gen) w28Abroad(home, cc string) {
	g.w28Redraw(home)
	c := countryByCode(cc)
	if c == nil {
		return
	}
	p := g.p
	p.cit, p.c = p.c, c
	p.city, p.street = pick(g.r, c.cities), pick(g.r, c.streets)
	p.post, p.region = pattern(g.r, c.post), c.region
	p.locale, p.tz = c.locale, c.tz
	if g.r.IntN(2) == 0 {
		g.w28SetPhone(cc)
	}
}

// w28Age makes the subject lo to hi years old at event time, with the
// national identifier their new birth date gives.
func (g *gen) w28Age(lo, hi int) {
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

// w28Email is an address people derive from their Latin name.
func (g *gen) w28Email(givenL, familyL string, domains []string) string {
	fam := strings.Fields(familyL)
	f := ""
	if len(fam) > 0 {
		f = w28Clean(fam[len(fam)-1])
	}
	local := w28Clean(givenL) + pick(g.r, []string{".", "_", "", "."}) + f
	switch g.r.IntN(4) {
	case 0:
		local += fmt.Sprint(g.r.IntN(100))
	case 1:
		local += fmt.Sprint(g.p.dob.Year() % 100)
	}
	return local + "@" + pick(g.r, domains)
}

// w28SetName gives the subject the name n and an address derived from it.
func (g *gen) w28SetName(n w28Name, domains []string) {
	p := g.p
	p.given, p.family, p.givenL, p.familyL, p.female = n.given, n.family, n.givenL, n.familyL, n.female
	p.email = g.w28Email(n.givenL, n.familyL, domains)
	gl, fl := w28Clean(n.givenL), w28Clean(n.familyL)
	p.username = gl[:min(len(gl), 5)] + fl[:min(len(fl), 3)] + fmt.Sprint(10+g.r.IntN(990))
}

// w28SetPhone gives the subject a mobile number of country cc.
func (g *gen) w28SetPhone(cc string) {
	e, nat := phoneNumber(g.r, cc)
	if e == "" {
		return
	}
	p := g.p
	p.phoneCC, p.phoneE164, p.phoneNat = cc, e, nat
	p.phone = phoneNotation(g.r, e, nat)
}

// w28NSN is the national significant number of the subject's phone.
func (g *gen) w28NSN() string {
	n, err := phonenumbers.Parse(g.p.phoneE164, "")
	if err != nil {
		return strings.TrimPrefix(g.p.phoneE164, "+")
	}
	return phonenumbers.GetNationalSignificantNumber(n)
}

// w28HMAC is the HMAC-SHA256 of msg keyed with key.
func w28HMAC(key, msg string) []byte {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// w28SHA is the hex SHA-256 of s.
func w28SHA(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// w28Stamp is a time as the receiving backend logs it.
func (g *gen) w28Stamp(after time.Duration) *node {
	return N(g.t.Add(after).UTC().Format(time.RFC3339Nano))
}

// w28OtherName is someone else of country c: a given and a family name
// in the country's script, with their Latin spelling.
func (g *gen) w28OtherName(c *country) w28Name {
	gv, gl := split(pick(g.r, c.given))
	fv, fl := split(pick(g.r, c.family))
	return w28Name{gv, fv, gl, fl, g.r.IntN(2) == 0}
}

// w28Other is a phone number of someone else in country cc: personal,
// but no evidence of where the subject is.
func (g *gen) w28Other(cc string) string {
	e, _ := phoneNumber(g.r, cc)
	return e
}

// w28Near is a point within about ten kilometres of the capital of cc,
// rounded to digits decimals.
func (g *gen) w28Near(cc string, digits int) (float64, float64) {
	c := capital[cc]
	lat := c[0] + (g.r.Float64()-0.5)*0.2
	lon := c[1] + (g.r.Float64()-0.5)*0.2
	f := 1.0
	for range digits {
		f *= 10
	}
	return float64(int64(lat*f)) / f, float64(int64(lon*f)) / f
}

// w28Zone is the fixed zone of tz at event time.
func (g *gen) w28Zone(tz string) *time.Location {
	z := zoneOffsets[tz]
	h := z.hours
	m := g.t.Month()
	if z.dst == 'N' && m >= time.April && m <= time.October || z.dst == 'S' && (m >= time.October || m <= time.March) {
		h++
	}
	return time.FixedZone("", int(h*3600))
}

// w28Latin says whether every letter of s is of the Latin script.
func w28Latin(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) && !unicode.Is(unicode.Latin, c) {
			return false
		}
	}
	return true
}
