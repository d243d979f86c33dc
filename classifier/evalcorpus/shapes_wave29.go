package evalcorpus

import (
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/nyaruka/phonenumbers"
)

// wave29Shapes are a twenty-ninth set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a food delivery
// marketplace, a crypto payment processor, a hotel booking platform, a
// conversational agent platform and an open-banking aggregator: the Uber
// Eats Marketplace API (the orders.notification webhook signed with
// X-Uber-Signature and the order fetched from its resource_href, with the
// eater's name, Uber's masked phone number and its access code, the
// delivery location and notes, the cart with its items, modifiers and
// special instructions, the store and the charges) as a restaurant's POS
// integration logs it, for eaters in the United States, the United
// Kingdom, France, Brazil, Mexico, Japan and Australia, some of whose
// instructions tell of an allergy, diabetes, a pregnancy or a halal or
// kosher diet; Coinbase Commerce's webhooks (charge:created, charge:
// pending, charge:confirmed, charge:failed) signed with
// X-CC-Webhook-Signature, the charge with its metadata, pricing, on-chain
// payments and timeline, fetched or created with X-CC-Api-Key, beside the
// merchant's own order or donation record, for customers worldwide (Nigeria,
// Turkey, Argentina, Vietnam, the Philippines among them), some of the
// merchants a church's or a political campaign's donation page;
// Booking.com's Connectivity reservations (the B.XML reservations call
// as a channel manager converts it to JSON, and the OTA_HotelResNotifRQ
// message) with the booker's name, address, country, relay e-mail,
// telephone and masked card, the rooms with their guests and remarks,
// beside the hotel's guest registration for the police, for guests of
// many countries staying in hotels abroad, their remarks asking for
// wheelchair access, a cot for a baby, a honeymoon room, a prayer mat or
// halal breakfast; Dialogflow CX's webhook request (detectIntentResponseId,
// intentInfo with its parameters, pageInfo with the form's parameter
// states, sessionInfo, fulfillmentInfo, messages, the channel payload of
// Telegram or WhatsApp, the text and languageCode) sent to a bank's and a
// clinic's fulfillment webhook, whose users type their names, birth dates,
// phones, national identifiers, one-time codes and symptoms in English,
// Spanish, Brazilian Portuguese, German, Hindi, Indonesian and Arabic; and
// Tink's Data API v2 (identities, accounts, account parties and
// transactions with their original and display descriptions, read with a
// user's bearer token) as a lender's affordability service logs them,
// for customers in Sweden, Finland, Norway, Denmark, Germany, the
// Netherlands, Spain, Italy and the United Kingdom, their transactions
// with pharmacies, churches, unions, parties and casinos.
var wave29Shapes = []Shape{
	{Name: "uber_eats_order", Doc: "developer.uber.com/docs/eats (guides/webhooks and references/api/webhooks.orders-notification: POST to the primary webhook URL with X-Uber-Signature (hex HMAC-SHA256 of the body keyed with the client secret) and X-Environment -> {event_id, event_time, event_type orders.notification / orders.cancel, meta{resource_id, status pos}, resource_href https://api.uber.com/v2/eats/order/{id}}; references/api/v2/get-eats-order-orderid: GET /v2/eats/order/{order_id} with Authorization: Bearer (eats.order) -> {id, display_id, external_reference_id, current_state CREATED / ACCEPTED / CANCELED / FINISHED, type DELIVERY_BY_UBER / DELIVERY_BY_RESTAURANT / PICK_UP, brand UBER_EATS, store{id, name, external_reference_id}, eater{first_name, last_name, phone (Uber's masked number), phone_code, delivery{location{type GOOGLE_PLACE, address, address_2, latitude, longitude}, type LEAVE_AT_DOOR / MEET_AT_DOOR, notes}}, cart{items[{id, instance_id, title, external_data, quantity, price{unit_price, total_price{amount, currency_code, formatted_amount}}, selected_modifier_groups[{id, title, selected_items[{id, title, quantity, price}], removed_items}], special_instructions}], special_instructions}, payment{charges{total, sub_total, tax, total_fee, tip}}, packaging{disposable_items{should_include}}, deliveries[{first_name, vehicle{type, make, model, license_plate}, picture_url, phone, phone_code, current_state}], placed_at, estimated_ready_for_pickup_at}; POST /v1/eats/orders/{id}/accept_pos_order {reason, external_reference_id}), as a restaurant's POS integration logs them, for eaters in the United States, the United Kingdom, France, Brazil, Mexico, Japan and Australia", build: uberEatsOrder},
	{Name: "coinbase_commerce_charge", Doc: "docs.cdp.coinbase.com/commerce (api-arcitecture/webhooks-overview and webhooks-fields: POST with X-CC-Webhook-Signature (hex HMAC-SHA256 of the raw body keyed with the webhook shared secret) -> {attempt_number, event{id, resource event, type charge:created / charge:pending / charge:confirmed / charge:failed, api_version 2018-03-22, created_at, data}, id, scheduled_for}; the charge {id, code, name, description, hosted_url https://commerce.coinbase.com/pay/{id}, created_at, expires_at, confirmed_at, pricing_type fixed_price / no_price, pricing{local{amount, currency}, settlement{amount, currency}}, metadata{customer_id, customer_name, email, ...}, payments[{payment_id, network base / ethereum / polygon, transaction_id, status, detected_at, value{local, crypto}, block{height, hash, confirmations, confirmations_required}, payer_addresses[]}], timeline[{status NEW / SIGNED / PENDING / COMPLETED / EXPIRED / FAILED, time}], organization_name, support_email, brand_color, redirects{success_url, cancel_url}, charge_kind WEB3, collected_email, web3_data}; POST and GET https://api.commerce.coinbase.com/charges with X-CC-Api-Key and X-CC-Version: 2018-03-22), beside the merchant's order or donation record, for customers worldwide including Nigeria, Turkey, Argentina, Vietnam and the Philippines, some merchants a church's or a political campaign's donation page", build: coinbaseCommerceCharge},
	{Name: "booking_reservation", Doc: "developers.booking.com/connectivity/docs (reservations API: GET https://secure-supply-xml.booking.com/hotels/xml/reservations with Basic machine-account credentials -> reservations{reservation[{id, status new / modified / cancelled, date, time, hotel_id, hotel_name, currencycode, totalprice, commissionamount, loyalty_id, customer{first_name, last_name, address, city, zip, countrycode, email (relay @guest.booking.com), telephone, company, remarks, cc_type, cc_number, cc_name, cc_expiration_date, cc_cvc, dc_issue_number}, reservation_extra_info{flags[booker_is_genius, no_address_reservation]}, rooms[{id, roomreservation_id, name, arrival_date, departure_date, guest_name, numberofguests, max_children, meal_plan, facilities, smoking, remarks, extra_info, prices[{date, rate_id, genius_rate, amount}], totalprice, commissionamount, currencycode, addons}]}]} as a channel manager converts it to JSON; OTA_HotelResNotifRQ (HotelReservations/HotelReservation{UniqueID, RoomStays/RoomStay{RoomTypes, RatePlans, GuestCounts, TimeSpan, Total, Comments}, ResGuests/ResGuest/Profiles/ProfileInfo/Profile/Customer{PersonName{GivenName, Surname}, Telephone, Email, Address{AddressLine, CityName, PostalCode, CountryName}}, ResGlobalInfo{Comments, Guarantee{GuaranteesAccepted/PaymentCard{CardCode, CardNumber masked, ExpireDate, CardHolderName}}, HotelReservationIDs}}})), beside the hotel's guest registration for the police (Spain, Italy, Portugal, Greece: document, nationality, birth date of every guest), for guests of many countries in hotels abroad", build: bookingReservation},
	{Name: "dialogflow_cx_webhook", Doc: "cloud.google.com/dialogflow/cx/docs/reference/rest/v3/WebhookRequest and /WebhookResponse (POST to the webhook's URI with Authorization: Bearer {Google-signed ID token of the service agent} or the webhook's custom request headers -> {detectIntentResponseId, intentInfo{lastMatchedIntent projects/{p}/locations/{l}/agents/{a}/intents/{id}, displayName, parameters{name: {originalValue, resolvedValue}}, confidence}, pageInfo{currentPage, displayName, formInfo{parameterInfo[{displayName, required, state EMPTY / INVALID / FILLED, value, justCollected}]}}, sessionInfo{session projects/.../sessions/{id}, parameters{}}, fulfillmentInfo{tag}, messages[{text{text[], redactedText[]}, responseType ENTRY_PROMPT / PARAMETER_PROMPT / HANDLER_PROMPT, source VIRTUAL_AGENT}], payload{} (the channel's, here Telegram's update or a WhatsApp Business account's contact), sentimentAnalysisResult{score, magnitude}, text, languageCode en / es / pt-br / de / hi / id / ar}; response {fulfillmentResponse{messages[{text{text[]}}], mergeBehavior}, sessionInfo{parameters}, pageInfo, targetPage}), sent to a bank's and a clinic's fulfillment webhooks, for users in Europe, the Americas, India, Indonesia, the Middle East and North Africa", build: dialogflowCXWebhook},
	{Name: "tink_account_identity", Doc: "docs.tink.com/api (Data v2: GET https://api.tink.com/data/v2/identities with Authorization: Bearer {user access token} (identities:readonly) -> {identities[{dateOfBirth, financialInstitutionId, name, providerName, ssn}]}; GET /data/v2/accounts (accounts:read) -> {accounts[{id, name, type CHECKING / SAVINGS / CREDIT_CARD, balances{booked{amount{currencyCode, value{scale, unscaledValue}}}, available}, identifiers{iban{iban, bban, bic}, sortCode{code, accountNumber}, pan{masked}, financialInstitution{accountNumber}}, dates{lastRefreshed}, financialInstitutionId, customerSegment PERSONAL / BUSINESS}], nextPageToken}; GET /data/v2/accounts/{id}/parties -> {parties[{identity{name, ssn}, role HOLDER / AUTHORIZED_USER}]}; GET /data/v2/transactions (transactions:read) -> {transactions[{id, accountId, amount, descriptions{original, display, detailed{unstructured}}, dates{booked, value, transaction}, bookedDateTime, identifiers{providerTransactionId}, types{type, financialInstitutionTypeCode}, status BOOKED / PENDING, providerMutability, merchantInformation{merchantName, merchantCategoryCode}, counterparties{payer, payee{name, identifiers{financialInstitution{accountNumber}}}}, reference, categories{pfm{id, name}}}], nextPageToken}; POST /api/v1/oauth/token with client_id, client_secret, grant_type authorization_code / client_credentials, code), as a lender's affordability service logs them, for customers in Sweden, Finland, Norway, Denmark, Germany, the Netherlands, Spain, Italy and the United Kingdom", build: tinkAccountIdentity},
}

// ------------------------------------------------------------ helpers

// w29Name is a name as its owner writes it and in the Latin spelling
// forms and e-mail addresses take (lower case).
type w29Name struct {
	given, family, givenL, familyL string
	female                         bool
}

// w29Item is a good or service (price in the currency's usual unit) and
// the special category it tells of whoever buys or asks for it.
type w29Item struct {
	name  string
	price int
	cat   string
}

// w29Leaves lists the leaves of n.
func w29Leaves(n *node) []*node {
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

// w29Raw is text that holds the given leaves (a body, an XML document, a
// JSON string inside JSON): labelled by the most telling of them. A
// credential makes the whole text one, as it leaks with it; else a
// special category; else personal; else not personal.
func w29Raw(text string, leaves []*node) *node {
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

// w29JSON is n's JSON text, as producers and loggers that nest a document
// in a string write it.
func w29JSON(n *node) *node { return w29Raw(string(render(n, &Label{})), w29Leaves(n)) }

// w29Text is the name of a good, service, merchant or place: it tells
// nothing of the person unless it is of a special category.
func w29Text(text, cat string) *node {
	if cat == "" {
		return N(text)
	}
	return S(text, cat)
}

// w29About is text a person wrote or that is about them: personal, or
// of a special category.
func w29About(text, cat string) *node {
	if cat == "" {
		return P(text)
	}
	return S(text, cat)
}

// w29Special picks one of the items: a special one about one time in
// odds, a plain one otherwise.
func (g *gen) w29Special(items []w29Item, odds int) w29Item {
	var plain, special []w29Item
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

// w29Note picks a line the same way, a special one about one time in
// odds.
func (g *gen) w29Note(notes []bioLine, odds int) bioLine {
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

// w29Title writes each word of s with a capital first letter.
func w29Title(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		r := []rune(x)
		r[0] = unicode.ToUpper(r[0])
		w[i] = string(r)
	}
	return strings.Join(w, " ")
}

// w29Clean keeps the ASCII letters and digits of s, in lower case.
func w29Clean(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// w29Latin says whether every letter of s is of the Latin script.
func w29Latin(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) && !unicode.Is(unicode.Latin, c) {
			return false
		}
	}
	return true
}

// w29Redraw makes the subject someone living in country cc.
func (g *gen) w29Redraw(cc string) {
	if c := countryByCode(cc); c != nil {
		g.p = newPerson(g.r, c, g.t)
	}
}

// w29Age makes the subject lo to hi years old at event time, with the
// national identifier their new birth date gives.
func (g *gen) w29Age(lo, hi int) {
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

// w29Email is an address people derive from their Latin name.
func (g *gen) w29Email(givenL, familyL string, domains []string) string {
	fam := strings.Fields(familyL)
	f := ""
	if len(fam) > 0 {
		f = w29Clean(fam[len(fam)-1])
	}
	local := w29Clean(givenL) + pick(g.r, []string{".", "_", "", "."}) + f
	switch g.r.IntN(4) {
	case 0:
		local += fmt.Sprint(g.r.IntN(100))
	case 1:
		local += fmt.Sprint(g.p.dob.Year() % 100)
	}
	return local + "@" + pick(g.r, domains)
}

// w29SetName gives the subject the name n and an address derived from it.
func (g *gen) w29SetName(n w29Name, domains []string) {
	p := g.p
	p.given, p.family, p.givenL, p.familyL, p.female = n.given, n.family, n.givenL, n.familyL, n.female
	p.email = g.w29Email(n.givenL, n.familyL, domains)
	gl, fl := w29Clean(n.givenL), w29Clean(n.familyL)
	p.username = gl[:min(len(gl), 5)] + fl[:min(len(fl), 3)] + fmt.Sprint(10+g.r.IntN(990))
}

// w29SetPhone gives the subject a mobile number of country cc.
func (g *gen) w29SetPhone(cc string) {
	e, nat := phoneNumber(g.r, cc)
	if e == "" {
		return
	}
	p := g.p
	p.phoneCC, p.phoneE164, p.phoneNat = cc, e, nat
	p.phone = phoneNotation(g.r, e, nat)
}

// w29NSN is the national significant number of the subject's phone.
func (g *gen) w29NSN() string {
	n, err := phonenumbers.Parse(g.p.phoneE164, "")
	if err != nil {
		return strings.TrimPrefix(g.p.phoneE164, "+")
	}
	return phonenumbers.GetNationalSignificantNumber(n)
}

// w29Intl is the subject's number in the international notation.
func (g *gen) w29Intl() string {
	n, err := phonenumbers.Parse(g.p.phoneE164, "")
	if err != nil {
		return g.p.phoneE164
	}
	return phonenumbers.Format(n, phonenumbers.INTERNATIONAL)
}

// w29PhoneIn records the subject's phone as written inside a longer text
// and says whether the event may show it.
func (g *gen) w29PhoneIn() bool { return g.phone(g.e164()) != nil }

// w29HMAC is the HMAC-SHA256 of msg keyed with key.
func w29HMAC(key, msg string) []byte {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return m.Sum(nil)
}

// w29Stamp is a time as the receiving backend logs it.
func (g *gen) w29Stamp(after time.Duration) *node {
	return N(g.t.Add(after).UTC().Format(time.RFC3339Nano))
}

// w29OtherName is someone else of country c: a given and a family name
// in the country's script, with their Latin spelling.
func (g *gen) w29OtherName(c *country) w29Name {
	gv, gl := split(pick(g.r, c.given))
	fv, fl := split(pick(g.r, c.family))
	return w29Name{gv, fv, gl, fl, g.r.IntN(2) == 0}
}

// w29Near is a point within about ten kilometres of the capital of cc,
// rounded to digits decimals.
func (g *gen) w29Near(cc string, digits int) (float64, float64) {
	c := capital[cc]
	lat := c[0] + (g.r.Float64()-0.5)*0.2
	lon := c[1] + (g.r.Float64()-0.5)*0.2
	f := 1.0
	for range digits {
		f *= 10
	}
	return float64(int64(lat*f)) / f, float64(int64(lon*f)) / f
}

// w29Zone is the fixed zone of tz at event time.
func (g *gen) w29Zone(tz string) *time.Location {
	z := zoneOffsets[tz]
	h := z.hours
	m := g.t.Month()
	if z.dst == 'N' && m >= time.April && m <= time.October || z.dst == 'S' && (m >= time.October || m <= time.March) {
		h++
	}
	return time.FixedZone("", int(h*3600))
}

// w29LocaleAs is a language tag whose region is written as the producer
// writes it (pt-br): a locale pointing at country cc.
func (g *gen) w29LocaleAs(v, cc string) *node {
	if !g.p.showLocale || v == "" {
		return nil
	}
	g.lab.Weak = addCountry(g.lab.Weak, cc)
	return N(v)
}

// w29Luhn is the Luhn check digit of a string of digits.
func w29Luhn(body string) int {
	sum := 0
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if (len(body)-1-i)%2 == 0 {
			if d *= 2; d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return (10 - sum%10) % 10
}

// w29Personnummer is a Swedish personal identity number (Skatteverket,
// SKV 704): the birth date YYMMDD, a three-digit birth number whose last
// digit is odd for a man and even for a woman, and a Luhn check digit
// over the ten digits; written with the century and a hyphen as banks
// and Tink write it (19670220-1234), or in the ten-digit form with a
// hyphen (a plus from the year one turns a hundred).
func w29Personnummer(g *gen, dob time.Time, female, long bool) string {
	n := g.r.IntN(100) * 10
	sex := g.r.IntN(5) * 2
	if !female {
		sex++
	}
	body := dob.Format("060102") + fmt.Sprintf("%03d", n+sex)
	v := body + fmt.Sprint(w29Luhn(body))
	if long {
		return dob.Format("2006")[:2] + v[:6] + "-" + v[6:]
	}
	return v[:6] + "-" + v[6:]
}
