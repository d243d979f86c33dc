package evalcorpus

import (
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// wave4Shapes are a fourth set of producers, each written from its own
// public documentation before the classifier was scored on it: a form
// builder (Typeform), a shop (WooCommerce), a spreadsheet database
// (Airtable) whose field names are whatever the base's owner typed, a
// social network (X), payments (Stripe Checkout, PayPal), messengers
// (Telegram, WhatsApp Cloud API) and a schemaless store (Firebase Realtime
// Database). Their first figures measure producers the classifier had not
// seen.
var wave4Shapes = []Shape{
	{Name: "typeform_response", Doc: "typeform.com/developers/webhooks/example-payload (event_id, event_type form_response, form_response{form_id, token, landed_at, submitted_at, hidden{}, calculated{}, definition{id, title, fields[{id, ref, type, title, properties}], endings[]}, answers[{type, <type>, field{id, type, ref}}], ending{}}); answer types of typeform.com/developers/responses/reference/retrieve-responses (text, email, phone_number in E.164, date as YYYY-MM-DD, choice{label}, boolean, number)", build: typeformResponse},
	{Name: "woocommerce_customer", Doc: "woocommerce.github.io/woocommerce-rest-api-docs/#customer-properties (customer.created webhook body: id, date_created(_gmt), date_modified(_gmt), email, first_name, last_name, role, username, billing{first_name, last_name, company, address_1, address_2, city, state, postcode, country, email, phone}, shipping{... phone}, is_paying_customer, avatar_url, meta_data[{id, key, value}], _links)", build: wooCustomer},
	{Name: "airtable_record", Doc: "airtable.com/developers/web/api/get-record and /field-model (record {id rec…, createdTime, fields} keyed by field names the base's owner chose; empty fields left out; phone number as typed, date as YYYY-MM-DD, single select as its option name, collaborator {id usr…, email, name}, multiple record links as rec… ids)", build: airtableRecord},
	{Name: "twitter_v2_user", Doc: "developer.x.com/en/docs/x-api/users/lookup/api-reference/get-users-id (user.fields=created_at,description,entities,location,pinned_tweet_id,profile_image_url,protected,public_metrics,url,verified,verified_type; data{...}); location is the free text the user typed", build: twitterUser},
	{Name: "stripe_checkout_session", Doc: "docs.stripe.com/api/events/object and docs.stripe.com/api/checkout/sessions/object (checkout.session.completed: id evt_, object event, api_version, created, data.object the Session: amount_subtotal, amount_total, client_reference_id, customer, customer_details{address, email, name, phone, tax_exempt, tax_ids}, locale, metadata, payment_intent, payment_status, status, total_details...; livemode, pending_webhooks, request, type)", build: stripeCheckoutSession},
	{Name: "paypal_webhook", Doc: "developer.paypal.com/api/rest/webhooks/event-names/#orders and developer.paypal.com/docs/api/orders/v2/#orders_get (CHECKOUT.ORDER.APPROVED: id WH-, event_version, create_time, resource_type checkout-order, resource_version 2.0, event_type, summary, resource{id, intent, status, payer{name{given_name, surname}, email_address, payer_id, phone, birth_date, address{country_code}}, purchase_units[{reference_id, amount, shipping{name{full_name}, address{address_line_1, address_line_2, admin_area_2, admin_area_1, postal_code, country_code}}}], create_time, links[]}, links[])", build: paypalWebhook},
	{Name: "telegram_update", Doc: "core.telegram.org/bots/api#update, #message, #user, #chat, #contact (update_id, message{message_id, from{id, is_bot, first_name, last_name, username, language_code, is_premium}, chat{id, first_name, last_name, username, type}, date, text, entities[], contact{phone_number, first_name, last_name, user_id}})", build: telegramUpdate},
	{Name: "whatsapp_cloud_webhook", Doc: "developers.facebook.com/docs/whatsapp/cloud-api/webhooks/payload-examples#text-messages (object whatsapp_business_account, entry[{id, changes[{value{messaging_product, metadata{display_phone_number, phone_number_id}, contacts[{profile{name}, wa_id}], messages[{from, id wamid., timestamp, type text, text{body}}]}, field messages}]}])", build: whatsappWebhook},
	{Name: "firebase_rtdb_users", Doc: "firebase.google.com/docs/database/web/lists-of-data#append_to_a_list_of_data (push() keys: 8 characters of timestamp then 12 random, in -0-9A-Z_a-z order) and /docs/database/web/structure-data; an export of /users as the console's Export JSON writes it, one user per event, createdAt as ServerValue.TIMESTAMP in milliseconds", build: firebaseRTDBUsers},
}

// ulid is a ULID of t (Crockford base32: 10 characters of milliseconds,
// 16 random), as Typeform writes event ids.
func (g *gen) ulid(t time.Time) string {
	const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	ms := uint64(t.UnixMilli())
	b := make([]byte, 10)
	for i := 9; i >= 0; i-- {
		b[i] = crockford[ms&31]
		ms >>= 5
	}
	return string(b) + g.chars(crockford, 16)
}

func typeformResponse(g *gen) *node {
	p := g.p
	formID := g.b62(8)
	type question struct {
		typ, title string // the field's type and the question the form asks
		ans        string // the answer's type
		val        *node
	}
	qs := []question{
		{"short_text", "What is your name?", "text", P(p.fullName())},
		{"email", "What's your email address?", "email", P(p.email)},
	}
	if ph := g.phone(g.e164()); ph != nil {
		qs = append(qs, question{"phone_number", "And your phone number?", "phone_number", ph})
	}
	if g.r.IntN(2) == 0 {
		qs = append(qs, question{"date", "When were you born?", "date", g.dob("2006-01-02")})
	}
	if p.showResidence {
		// A dropdown of country names the form's author typed in English.
		qs = append(qs, question{"dropdown", "Which country do you live in?", "choice", O("label", g.residence(g.english()))})
		if g.r.IntN(2) == 0 {
			qs = append(qs, question{"short_text", "Which city?", "text", g.addr(p.city)})
		}
	}
	if c := g.citizenship(englishName[p.cit.code]); c != nil {
		qs = append(qs, question{"dropdown", "What is your nationality?", "choice", O("label", c)})
	}
	if b := g.bio(); b != nil {
		qs = append(qs, question{"long_text", "Tell us a little about yourself", "text", b})
	}
	qs = append(qs,
		question{"multiple_choice", "How did you hear about us?", "choice", O("label", N(pick(g.r, []string{"Friend", "Search engine", "Podcast", "Instagram"})))},
		question{"opinion_scale", "How likely are you to recommend us to a friend?", "number", N(g.r.IntN(11))},
		question{"yes_no", "Can we send you our newsletter?", "boolean", N(g.r.IntN(2) == 0)},
	)
	fields := make([]*node, len(qs))
	answers := make([]*node, len(qs))
	for i, q := range qs {
		id, ref := g.b62(12), g.uuid()
		props := O()
		if q.ans == "choice" {
			props = O("allow_multiple_selections", N(false), "allow_other_choice", N(false))
		}
		fields[i] = O("id", N(id), "ref", N(ref), "type", N(q.typ), "title", N(q.title), "properties", props)
		answers[i] = O("type", N(q.ans), q.ans, q.val, "field", O("id", N(id), "type", N(q.typ), "ref", N(ref)))
	}
	hidden := O("utm_source", N(pick(g.r, []string{"newsletter", "google", "facebook"})))
	if g.r.IntN(2) == 0 {
		// The site passes its own user id to the form.
		hidden.set("user_id", P(fmt.Sprint(100000+g.r.IntN(900000))))
	}
	endingID, endingRef := g.b62(12), g.uuid()
	return O(
		"event_id", N(g.ulid(g.t)),
		"event_type", N("form_response"),
		"form_response", O(
			"form_id", N(formID),
			// The response's id: it names this person's answers.
			"token", P(g.chars("0123456789abcdefghijklmnopqrstuvwxyz", 32)),
			"landed_at", N(g.at(time.Duration(60+g.r.IntN(600))*time.Second, time.RFC3339)),
			"submitted_at", N(g.at(0, time.RFC3339)),
			"hidden", hidden,
			"calculated", O("score", N(0)),
			"definition", O(
				"id", N(formID),
				"title", N("Beta sign-up"),
				"fields", A(fields...),
				"endings", A(O("id", N(endingID), "ref", N(endingRef), "title", N("Thanks! We'll be in touch."), "type", N("thankyou_screen"), "properties", O("show_button", N(false)))),
			),
			"answers", A(answers...),
			"ending", O("id", N(endingID), "ref", N(endingRef)),
		),
	)
}

// gravatar is the Gravatar URL of an address (its MD5), as WordPress and
// WooCommerce write avatar_url: the hash stands for the address.
func gravatar(email string) string {
	sum := md5.Sum([]byte(strings.ToLower(strings.TrimSpace(email))))
	return "https://secure.gravatar.com/avatar/" + hex.EncodeToString(sum[:]) + "?s=96&d=mm&r=g"
}

func wooCustomer(g *gen) *node {
	p := g.p
	id := 100 + g.r.IntN(90000)
	local := g.at(0, "2006-01-02T15:04:05")
	gmt := g.t.UTC().Format("2006-01-02T15:04:05")
	str := func(n *node) *node { // WooCommerce writes an unset field as ""
		if n == nil {
			return N("")
		}
		return n
	}
	company := N("")
	if g.r.IntN(5) == 0 {
		company = N(pick(g.r, []string{"Acme GmbH", "Northwind Traders", "Globex LLC"}))
	}
	billing := O(
		"first_name", P(p.given),
		"last_name", P(p.family),
		"company", company,
		"address_1", str(g.addr(p.street)),
		"address_2", N(""),
		"city", str(g.addr(p.city)),
		"postcode", str(g.addr(p.post)),
		"country", str(g.residence(p.c.code)),
		"state", str(g.addrN(p.region)),
		"email", P(p.email),
		"phone", str(g.phone("")),
	)
	shipping := O("first_name", N(""), "last_name", N(""), "company", N(""), "address_1", N(""), "address_2", N(""),
		"city", N(""), "postcode", N(""), "country", N(""), "state", N(""), "phone", N(""))
	if p.showResidence && g.r.IntN(2) == 0 {
		shipping = O(
			"first_name", P(p.given),
			"last_name", P(p.family),
			"company", N(""),
			"address_1", g.addr(p.street),
			"address_2", N(""),
			"city", g.addr(p.city),
			"postcode", g.addr(p.post),
			"country", g.residence(p.c.code),
			"state", g.addrN(p.region),
			"phone", str(g.phone("")),
		)
	}
	// meta_data rows of wp_usermeta: each row's id is the id of a piece
	// of this customer's data.
	metaID := 1000 + g.r.IntN(900000)
	meta := []*node{O("id", P(metaID), "key", N("wc_last_active"), "value", N(fmt.Sprint(g.t.Unix()/86400*86400)))}
	if g.r.IntN(2) == 0 {
		// A checkout-field plugin's extra billing field.
		meta = append(meta, O("id", P(metaID+1), "key", N("billing_birth_date"), "value", g.dob("2006-01-02")))
	}
	if g.r.IntN(3) == 0 {
		meta = append(meta, O("id", P(metaID+2), "key", N("_stripe_customer_id"), "value", P("cus_"+g.b62(14))))
	}
	base := "https://shop.example.com/wp-json/wc/v3/customers"
	return O(
		"id", P(id),
		"date_created", N(local),
		"date_created_gmt", N(gmt),
		"date_modified", N(local),
		"date_modified_gmt", N(gmt),
		"email", P(p.email),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"role", N("customer"),
		"username", P(p.username),
		"billing", billing,
		"shipping", shipping,
		// Whether the customer has bought anything: purchase history.
		"is_paying_customer", P(false),
		"avatar_url", P(gravatar(p.email)),
		"meta_data", A(meta...),
		"_links", O(
			"self", A(O("href", P(fmt.Sprintf("%s/%d", base, id)))),
			"collection", A(O("href", N(base))),
		),
	)
}

func airtableRecord(g *gen) *node {
	p := g.p
	recID := func() string { return "rec" + g.b62(14) }
	fields := O(
		"Name", P(p.fullName()),
		"Email", P(p.email),
		"Phone", g.phone(""),
	)
	if g.r.IntN(2) == 0 {
		fields.set("Country", g.residence(g.english()))
	} else {
		fields.set("Country", g.residence(p.c.name))
	}
	fields.set("City", g.addr(p.city))
	if g.r.IntN(2) == 0 {
		fields.set("Date of birth", g.dob("2006-01-02"))
	}
	fields.set("Nationality", g.citizenship(englishName[p.cit.code]))
	if _, v := g.idLeaf(); v != nil {
		// The base's owner names the column, whatever the scheme.
		fields.set("National ID", v)
	}
	fields.set("Notes", g.bio())
	fields.set("Status", N(pick(g.r, []string{"New lead", "Contacted", "Onboarded"})))
	fields.set("Newsletter", N(g.r.IntN(2) == 0))
	fields.set("Source", N(pick(g.r, []string{"Website", "Referral", "Event"})))
	// A link to the record of the company the person works for.
	if g.r.IntN(2) == 0 {
		fields.set("Company", A(N(recID())))
	}
	// The colleague who owns the lead: a collaborator, personal too.
	fields.set("Account owner", O("id", P("usr"+g.b62(14)), "email", P("ana.support@example.com"), "name", P("Ana Support")))
	fields.set("Created", N(g.at(0, "2006-01-02T15:04:05.000Z")))
	return O(
		"id", P(recID()),
		"createdTime", N(g.at(0, "2006-01-02T15:04:05.000Z")),
		"fields", fields,
	)
}

func twitterUser(g *gen) *node {
	p := g.p
	id := fmt.Sprint(1000000000 + g.r.Int64N(1800000000000000000))
	var location *node
	if p.showResidence && g.r.IntN(4) != 0 {
		switch g.r.IntN(3) {
		case 0:
			// Only the country: residence evidence and nothing more.
			location = g.residence(p.c.name)
		default:
			// "Москва, Россия": the city makes the text personal.
			g.residence(p.c.name)
			location = P(p.city + ", " + p.c.name)
		}
	}
	short := "https://t.co/" + g.b62(10)
	var url, entities *node
	if g.r.IntN(2) == 0 {
		site := "https://" + p.username + ".example.net"
		url = P(short)
		entities = O("url", O("urls", A(O("start", N(0), "end", N(23), "url", P(short), "expanded_url", P(site), "display_url", P(strings.TrimPrefix(site, "https://"))))))
	} else {
		url = N("")
	}
	desc := g.bio()
	if desc == nil {
		desc = N("")
	}
	user := O(
		"id", P(id),
		"name", P(p.fullName()),
		"username", P(p.username),
		"created_at", N(g.at(time.Duration(g.r.IntN(3000))*24*time.Hour, "2006-01-02T15:04:05.000Z")),
		"description", desc,
		"location", location,
		"entities", entities,
		"url", url,
		"profile_image_url", P("https://pbs.twimg.com/profile_images/"+fmt.Sprint(1000000000000000000+g.r.Int64N(800000000000000000))+"/"+g.b62(8)+"_normal.jpg"),
		"protected", N(g.r.IntN(8) == 0),
		"verified", N(false),
		"verified_type", N("none"),
		"public_metrics", O(
			"followers_count", N(g.r.IntN(5000)),
			"following_count", N(g.r.IntN(2000)),
			"tweet_count", N(g.r.IntN(20000)),
			"listed_count", N(g.r.IntN(30)),
			"like_count", N(g.r.IntN(40000)),
		),
	)
	if g.r.IntN(3) == 0 {
		// A post the user wrote and pinned: it points at their words.
		user.set("pinned_tweet_id", P(fmt.Sprint(1700000000000000000+g.r.Int64N(100000000000000000))))
	}
	return O("data", user)
}

func stripeCheckoutSession(g *gen) *node {
	p := g.p
	created := g.t.Unix()
	addr := func() *node {
		if !p.showResidence {
			return N(nil)
		}
		return O("city", g.addr(p.city), "country", g.residence(p.c.code), "line1", g.addr(p.street), "line2", N(nil), "postal_code", g.addr(p.post), "state", orNull(g.addrN(p.region)))
	}
	amount := (5 + g.r.IntN(200)) * 100
	locale := N("auto")
	if l := g.locale(g.lang()); l != nil {
		locale = l
	}
	shipping := N(nil)
	if p.showResidence && g.r.IntN(2) == 0 {
		shipping = O("address", addr(), "name", P(p.fullName()))
	}
	clientRef := N(nil)
	if g.r.IntN(2) == 0 {
		// The site's own id of the signed-in buyer.
		clientRef = P("user_" + fmt.Sprint(10000+g.r.IntN(90000)))
	}
	// Amounts are what this buyer paid: their purchase history.
	session := O(
		"id", P("cs_live_a1"+g.b62(56)),
		"object", N("checkout.session"),
		"after_expiration", N(nil),
		"allow_promotion_codes", N(nil),
		"amount_subtotal", P(amount),
		"amount_total", P(amount),
		"automatic_tax", O("enabled", N(false), "liability", N(nil), "status", N(nil)),
		"billing_address_collection", N("required"),
		"cancel_url", N("https://shop.example.com/cart"),
		"client_reference_id", clientRef,
		"consent", N(nil),
		"consent_collection", N(nil),
		"created", N(created),
		"currency", N("eur"),
		"custom_fields", A(),
		"customer", P("cus_"+g.b62(14)),
		"customer_creation", N("always"),
		"customer_details", O(
			"address", addr(),
			"email", P(p.email),
			"name", P(p.fullName()),
			"phone", orNull(g.phone(g.e164())),
			"tax_exempt", N("none"),
			"tax_ids", A(),
		),
		"customer_email", N(nil),
		"expires_at", N(created+86400),
		"invoice", N(nil),
		"livemode", N(true),
		"locale", locale,
		"metadata", O("plan", N(pick(g.r, []string{"starter", "pro"}))),
		"mode", N("payment"),
		"payment_intent", P("pi_"+g.b62(24)),
		"payment_link", N(nil),
		"payment_method_collection", N("if_required"),
		"payment_method_types", A(N("card")),
		"payment_status", N("paid"),
		"phone_number_collection", O("enabled", N(true)),
		"recovered_from", N(nil),
		"shipping_address_collection", N(nil),
		"shipping_details", shipping,
		"status", N("complete"),
		"submit_type", N(nil),
		"success_url", N("https://shop.example.com/success?session_id={CHECKOUT_SESSION_ID}"),
		"total_details", O("amount_discount", P(0), "amount_shipping", P(0), "amount_tax", P(0)),
		"ui_mode", N("hosted"),
		"url", N(nil),
	)
	return O(
		"id", N("evt_"+g.b62(24)),
		"object", N("event"),
		"api_version", N("2024-06-20"),
		"created", N(created),
		"data", O("object", session),
		"livemode", N(true),
		"pending_webhooks", N(1),
		"request", O("id", N(nil), "idempotency_key", N(nil)),
		"type", N("checkout.session.completed"),
	)
}

func paypalWebhook(g *gen) *node {
	p := g.p
	const api = "https://api.paypal.com"
	orderID := strings.ToUpper(g.chars("0123456789ABCDEFGHJKLMNPRSTUVWXY", 17))
	evID := "WH-" + strings.ToUpper(g.chars("0123456789ABCDEFGHJKLMNPRSTUVWXY", 17)) + "-" + strings.ToUpper(g.chars("0123456789ABCDEFGHJKLMNPRSTUVWXY", 17))
	when := N(g.at(0, "2006-01-02T15:04:05Z"))
	payer := O(
		"name", O("given_name", P(p.given), "surname", P(p.family)),
		"email_address", P(p.email),
		"payer_id", P(strings.ToUpper(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 13))),
	)
	if g.r.IntN(2) == 0 {
		national := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, p.phoneNat)
		if ph := g.phone(national); ph != nil {
			payer.set("phone", O("phone_number", O("national_number", ph)))
		}
	}
	if g.r.IntN(3) == 0 {
		payer.set("birth_date", g.dob("2006-01-02"))
	}
	if p.showResidence {
		// The country of the payer's PayPal account.
		payer.set("address", O("country_code", g.residence(p.c.code)))
	}
	unit := O(
		"reference_id", N("default"),
		// What this buyer is paying: their purchase.
		"amount", O("currency_code", N("EUR"), "value", P(fmt.Sprintf("%d.00", 5+g.r.IntN(300)))),
	)
	if p.showResidence {
		unit.set("shipping", O(
			"name", O("full_name", P(p.given+" "+p.family)),
			"address", O(
				"address_line_1", g.addr(p.street),
				"admin_area_2", g.addr(p.city),
				"admin_area_1", g.addrN(p.region),
				"postal_code", g.addr(p.post),
				"country_code", g.residence(p.c.code),
			),
		))
	}
	order := api + "/v2/checkout/orders/" + orderID
	return O(
		"id", N(evID),
		"event_version", N("1.0"),
		"create_time", when,
		"resource_type", N("checkout-order"),
		"resource_version", N("2.0"),
		"event_type", N("CHECKOUT.ORDER.APPROVED"),
		"summary", N("An order has been approved by buyer"),
		"resource", O(
			// The buyer's order, and the links that name it.
			"id", P(orderID),
			"intent", N("CAPTURE"),
			"status", N("APPROVED"),
			"payer", payer,
			"purchase_units", A(unit),
			"create_time", when,
			"links", A(
				O("href", P(order), "rel", N("self"), "method", N("GET")),
				O("href", P(order), "rel", N("update"), "method", N("PATCH")),
				O("href", P(order+"/capture"), "rel", N("capture"), "method", N("POST")),
			),
		),
		"links", A(
			O("href", N(api+"/v1/notifications/webhooks-events/"+evID), "rel", N("self"), "method", N("GET")),
			O("href", N(api+"/v1/notifications/webhooks-events/"+evID+"/resend"), "rel", N("resend"), "method", N("POST")),
		),
	)
}

func telegramUpdate(g *gen) *node {
	p := g.p
	uid := int64(100000000 + g.r.Int64N(7000000000))
	lastName := Pif(p.family)
	if g.r.IntN(4) == 0 {
		lastName = nil // Telegram leaves out what the user did not set
	}
	var username *node
	if g.r.IntN(3) != 0 {
		username = P(p.username)
	}
	from := O(
		"id", P(uid),
		"is_bot", N(false),
		"first_name", P(p.given),
		"last_name", lastName,
		"username", username,
		// The language of the user's app: no region, so no country.
		"language_code", g.locale(g.lang()),
	)
	if g.r.IntN(5) == 0 {
		from.set("is_premium", N(true))
	}
	// A private chat's id is the user's id.
	chat := O("id", P(uid), "first_name", P(p.given), "last_name", lastName, "username", username, "type", N("private"))
	msg := O(
		"message_id", N(1+g.r.IntN(5000)),
		"from", from,
		"chat", chat,
		"date", N(g.t.Unix()),
	)
	shared := p.showPhone && p.phoneE164 != "" && g.r.IntN(2) == 0
	switch {
	case shared:
		// The user shared their own contact with the bot's button.
		ph := g.phone(strings.TrimPrefix(g.e164(), "+"))
		msg.set("contact", O("phone_number", ph, "first_name", P(p.given), "last_name", lastName, "user_id", P(uid)))
	case g.r.IntN(2) == 0:
		msg.set("text", N("/start"))
		msg.set("entities", A(O("offset", N(0), "length", N(6), "type", N("bot_command"))))
	default:
		text := g.bio()
		if text == nil {
			text = P("Hi! My name is " + p.given + ", I'd like to sign up.")
		}
		msg.set("text", text)
	}
	return O("update_id", N(100000000+g.r.IntN(800000000)), "message", msg)
}

// wamid is a WhatsApp message id: base64 of a small protobuf that holds
// the sender's number, so the id carries the number.
func (g *gen) wamid(digits string) string {
	b := []byte{0x1c, 0x18, byte(len(digits))}
	b = append(b, digits...)
	b = append(b, 0x15, 0x02, 0x00, 0x12, 0x18, 0x14)
	b = append(b, strings.ToUpper(g.hex(20))...)
	b = append(b, 0x00)
	return "wamid." + base64.StdEncoding.EncodeToString(b)
}

func whatsappWebhook(g *gen) *node {
	p := g.p
	// WhatsApp always has the sender's number: it is their account.
	p.showPhone = true
	digits := strings.TrimPrefix(g.e164(), "+")
	wa := g.phone(digits)
	from := g.phone(digits)
	body := g.bio()
	if body == nil {
		body = P(pick(g.r, []string{"Hi, I'd like to create an account", "Hello! Is the offer still valid?", "Can you send me the sign-up link?"}))
	}
	contacts, messages := A(), A()
	if wa != nil {
		contacts = A(O("profile", O("name", P(p.fullName())), "wa_id", wa))
		messages = A(O(
			"from", from,
			"id", P(g.wamid(digits)),
			"timestamp", N(fmt.Sprint(g.t.Unix())),
			"type", N("text"),
			"text", O("body", body),
		))
	} else {
		contacts = A(O("profile", O("name", P(p.fullName()))))
		messages = A(O("id", N("wamid."+g.b62(40)), "timestamp", N(fmt.Sprint(g.t.Unix())), "type", N("text"), "text", O("body", body)))
	}
	return O(
		"object", N("whatsapp_business_account"),
		"entry", A(O(
			"id", N(fmt.Sprint(100000000000000+g.r.Int64N(900000000000000))),
			"changes", A(O(
				"value", O(
					"messaging_product", N("whatsapp"),
					// The business's own number, not the person's.
					"metadata", O("display_phone_number", N("1555"+fmt.Sprint(1000000+g.r.IntN(9000000))), "phone_number_id", N(fmt.Sprint(100000000000000+g.r.Int64N(900000000000000)))),
					"contacts", contacts,
					"messages", messages,
				),
				"field", N("messages"),
			)),
		)),
	)
}

// pushID is a Firebase Realtime Database push() key made at t.
func (g *gen) pushID(t time.Time) string {
	const chars = "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
	ms := t.UnixMilli()
	b := make([]byte, 8)
	for i := 7; i >= 0; i-- {
		b[i] = chars[ms%64]
		ms /= 64
	}
	return string(b) + g.chars(chars, 12)
}

func firebaseRTDBUsers(g *gen) *node {
	p := g.p
	user := O(
		"displayName", P(p.fullName()),
		"email", P(p.email),
		"phone", g.phone(""),
		"country", g.residence(g.countryName()),
		"createdAt", N(g.t.UnixMilli()),
	)
	if g.r.IntN(2) == 0 {
		user.set("uid", P(g.b62(28)))
	}
	if g.r.IntN(3) == 0 {
		user.set("photoURL", P("https://firebasestorage.googleapis.com/v0/b/app-prod.appspot.com/o/avatars%2F"+g.b62(28)+".jpg?alt=media"))
	}
	if g.r.IntN(3) == 0 {
		user.set("birthday", g.dob(""))
	}
	if b := g.bio(); b != nil && g.r.IntN(2) == 0 {
		user.set("about", b)
	}
	return O("users", O(g.pushID(g.t), user))
}
