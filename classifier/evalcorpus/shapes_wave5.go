package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
)

// wave5Shapes are a fifth set of producers, each written from its own
// public documentation before the classifier was scored on it: a code
// host's organization webhook (GitHub), a chat platform's OAuth user
// (Discord), a shop's order webhook (Shopify orders/create), two form
// builders that carry answers in ways of their own (Google Forms keyed by
// question id beside the form's definition; Jotform's answers as a JSON
// string inside a form post), a mail provider's tracking event (Mailgun),
// a scheduling webhook (Calendly), a bank-data aggregator (Plaid
// Identity) and an identity-verification decision (Veriff). Their first
// figures measure producers the classifier had not seen.
var wave5Shapes = []Shape{
	{Name: "github_org_member", Doc: "docs.github.com/en/webhooks/webhook-events-and-payloads#organization (action member_added: membership{url, state, role, organization_url, user}; member_invited: invitation{id, node_id, login, email, role, created_at, failed_at, failed_reason, inviter, team_count, invitation_teams_url, invitation_source}, user; organization{login, id, node_id, url, repos_url, events_url, hooks_url, issues_url, members_url, public_members_url, avatar_url, description}; sender) with the simple-user object of docs.github.com/en/rest/users (login, id, node_id, avatar_url, gravatar_id, url, html_url, *_url, type, user_view_type, site_admin)", build: githubOrgMember},
	{Name: "discord_user", Doc: "discord.com/developers/docs/resources/user#user-object and #get-current-user (GET /users/@me with the identify and email OAuth2 scopes: id snowflake, username, discriminator \"0\", global_name, avatar hash, banner, accent_color, mfa_enabled, locale of discord.com/developers/docs/reference#locales, verified, email, flags, premium_type, public_flags, avatar_decoration_data); snowflake layout of discord.com/developers/docs/reference#snowflakes", build: discordUser},
	{Name: "shopify_order_created", Doc: "shopify.dev/docs/api/admin-rest/latest/resources/order and shopify.dev/docs/api/webhooks?reference=toml#list-of-topics-orders/create (id, admin_graphql_api_id, browser_ip, buyer_accepts_marketing, cart_token, checkout_token, client_details{accept_language, browser_ip, user_agent, session_hash}, confirmation_number, contact_email, current_*_price, customer_locale, email, financial_status, name #1001, order_number, order_status_url, phone, token, total_*, billing_address and shipping_address{first_name, last_name, address1, address2, city, province, zip, country, country_code, province_code, phone, company, latitude, longitude, name}, customer{... default_address}, line_items[], shipping_lines[])", build: shopifyOrderCreated},
	{Name: "google_forms_response", Doc: "developers.google.com/workspace/forms/api/reference/rest/v1/forms (formId, info{title, documentTitle, description}, settings{emailCollectionType}, revisionId, responderUri, items[{itemId, title, questionItem{question{questionId, required, textQuestion{paragraph} | choiceQuestion{type, options[{value}]} | dateQuestion{includeYear}}}}]) and /forms.responses (formId, responseId, createTime, lastSubmittedTime, respondentEmail, answers keyed by questionId {questionId, textAnswers{answers[{value}]}}; a date answer as YYYY-MM-DD), as a connector publishes a response with the form it answers", build: googleFormsResponse},
	{Name: "jotform_webhook", Doc: "jotform.com/help/245-how-to-setup-a-webhook-with-jotform (multipart POST fields action, webhookURL, username, formID, type WEB, customParams, product, formTitle, customTitle, submissionID, event, documentID, teamID, subject, isSilent, customBody, rawRequest, fromTable, appID, pretty, unread, parent, ip) as a bridge turns the form post into JSON; rawRequest is PHP json_encode of the submission (slug, submitSource, submitDate, buildDate, uploadServerUrl, q<N>_<name> answers: name{first, last}, phone{full} or {area, phone}, date{month, day, year}, address{addr_line1, addr_line2, city, state, postal, country}, event_id, timeToSubmit, path) with \\/ and \\uXXXX escapes; pretty is \"Label:value, ...\"", build: jotformWebhook},
	{Name: "mailgun_event", Doc: "documentation.mailgun.com/docs/mailgun/user-manual/events/webhooks and the event structures of documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Events (signature{timestamp, token, signature}, event-data{event delivered/opened/clicked, id, timestamp, log-level, recipient, recipient-domain, tags, user-variables, envelope{transport, sender, sending-ip, targets}, message{headers{to, message-id, from, subject}, attachments, size}, flags{is-routed, is-authenticated, is-system-test, is-test-mode}, delivery-status{tls, mx-host, code, description, session-seconds, utf8, attempt-no, message, certificate-verified}, storage{url, key}, campaigns, and for opens and clicks ip, geolocation{country, region, city} (Unknown when not known), client-info{client-os, device-type, client-name, client-type, user-agent}, url})", build: mailgunEvent},
	{Name: "calendly_invitee_created", Doc: "developer.calendly.com/api-docs (Webhook payload: created_at, created_by, event invitee.created, payload the Invitee: cancel_url, created_at, email, event, first_name, last_name, name, new_invitee, old_invitee, questions_and_answers[{answer, position, question}], reschedule_url, rescheduled, status, text_reminder_number, timezone, tracking{utm_*, salesforce_uuid}, updated_at, uri, scheduled_event{uri, name, status, start_time, end_time, event_type, location{type physical/outbound_call/zoom, location, join_url, data}, invitees_counter, created_at, updated_at, event_memberships[{user, user_email, user_name}], event_guests[]}, no_show, payment, reconfirmation, routing_form_submission, invitee_scheduled_by, scheduling_method)", build: calendlyInviteeCreated},
	{Name: "plaid_identity", Doc: "plaid.com/docs/api/products/identity/#identityget (response: accounts[{account_id, balances{available, current, iso_currency_code, limit, unofficial_currency_code}, mask, name, official_name, owners[{names[], phone_numbers[{data, primary, type}], emails[{data, primary, type}], addresses[{data{street, city, region, postal_code, country}, primary}]}], persistent_account_id, subtype, type, holder_category}], item{available_products, billed_products, consent_expiration_time, error, institution_id, item_id, products, update_type, webhook}, request_id); institutions of the countries plaid.com/docs/institutions lists (US, CA, GB and EU)", build: plaidIdentity},
	{Name: "veriff_decision", Doc: "devdocs.veriff.com/docs/decision-webhook (status, verification{id, attemptId, vendorData, endUserId, status, code 9001/9102/9103/9104, reason, reasonCode, decisionTime, acceptanceTime, person{firstName, lastName, dateOfBirth, yearOfBirth, placeOfBirth, gender, idNumber, nationality, citizenship, pepSanctionMatch, addresses[{fullAddress, parsedAddress}]}, document{number, type PASSPORT/ID_CARD/DRIVERS_LICENSE/RESIDENCE_PERMIT, country, validFrom, validUntil}, riskLabels[{label, category, sessionIds}], additionalVerifiedData, comments}, technicalData{ip})", build: veriffDecision},
}

// ghUser is a GitHub simple-user object for a login and id.
func ghUser(login string, id int64) *node {
	api := "https://api.github.com/users/" + login
	return O(
		"login", P(login),
		"id", P(id),
		// "04:User<id>" in base64, the legacy global node id: the id again.
		"node_id", P(base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("04:User%d", id)))),
		"avatar_url", P(fmt.Sprintf("https://avatars.githubusercontent.com/u/%d?v=4", id)),
		"gravatar_id", N(""),
		"url", P(api),
		"html_url", P("https://github.com/"+login),
		"followers_url", P(api+"/followers"),
		"following_url", P(api+"/following{/other_user}"),
		"gists_url", P(api+"/gists{/gist_id}"),
		"starred_url", P(api+"/starred{/owner}{/repo}"),
		"subscriptions_url", P(api+"/subscriptions"),
		"organizations_url", P(api+"/orgs"),
		"repos_url", P(api+"/repos"),
		"events_url", P(api+"/events{/privacy}"),
		"received_events_url", P(api+"/received_events"),
		"type", N("User"),
		"user_view_type", N("public"),
		"site_admin", N(false),
	)
}

func githubOrgMember(g *gen) *node {
	p := g.p
	login := strings.ReplaceAll(p.givenL+"-"+p.familyL, " ", "")
	if g.r.IntN(2) == 0 {
		login = p.username
	}
	uid := 1000000 + g.r.Int64N(190000000)
	org, orgID := pick(g.r, []string{"acme-labs", "northwind-dev", "globex-oss"}), 10000000+g.r.Int64N(150000000)
	orgAPI := "https://api.github.com/orgs/" + org
	organization := O(
		"login", N(org),
		"id", N(orgID),
		"node_id", N(base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("012:Organization%d", orgID)))),
		"url", N(orgAPI),
		"repos_url", N(orgAPI+"/repos"),
		"events_url", N(orgAPI+"/events"),
		"hooks_url", N(orgAPI+"/hooks"),
		"issues_url", N(orgAPI+"/issues"),
		"members_url", N(orgAPI+"/members{/member}"),
		"public_members_url", N(orgAPI+"/public_members{/member}"),
		"avatar_url", N(fmt.Sprintf("https://avatars.githubusercontent.com/u/%d?v=4", orgID)),
		"description", N("Tools we build in the open"),
	)
	// The owner who added or invited them: a person too.
	admin, adminID := pick(g.r, []string{"mara-ops", "devon-admin", "kit-maintainer"}), 100000+g.r.Int64N(9000000)
	sender := ghUser(admin, adminID)
	if g.r.IntN(2) == 0 {
		return O(
			"action", N("member_added"),
			"membership", O(
				"url", P(orgAPI+"/memberships/"+login),
				"state", N("active"),
				"role", N("member"),
				"organization_url", N(orgAPI),
				"user", ghUser(login, uid),
			),
			"organization", organization,
			"sender", sender,
		)
	}
	// An invitation by user name or by e-mail address alone.
	invID := 10000000 + g.r.Int64N(90000000)
	byEmail := g.r.IntN(3) == 0
	inv := O(
		"id", P(invID),
		"node_id", P("OI_kwDO"+g.b62(14)),
		"login", P(login),
		"email", N(nil),
		"role", N("direct_member"),
		"created_at", N(g.at(0, "2006-01-02T15:04:05Z07:00")),
		"failed_at", N(nil),
		"failed_reason", N(nil),
		"inviter", ghUser(admin, adminID),
		"team_count", N(g.r.IntN(3)),
		"invitation_teams_url", P(fmt.Sprintf("https://api.github.com/organizations/%d/invitations/%d/teams", orgID, invID)),
		"invitation_source", N("member"),
	)
	ev := O("action", N("member_invited"), "invitation", inv)
	if byEmail {
		inv.set("login", N(nil))
		inv.set("email", P(p.email))
	} else {
		ev.set("user", ghUser(login, uid))
	}
	ev.set("organization", organization)
	ev.set("sender", sender)
	return ev
}

// snowflake is a Discord id made at t.
func (g *gen) snowflake(t time.Time) string {
	const discordEpoch = 1420070400000
	ms := t.UnixMilli() - discordEpoch
	return strconv.FormatInt(ms<<22|g.r.Int64N(1<<22), 10)
}

// discordLocale is the locale Discord's client offers closest to the
// person's (discord.com/developers/docs/reference#locales): most have no
// region; English, Spanish, Portuguese, Chinese and Swedish have one.
func (g *gen) discordLocale() string {
	switch lang := g.lang(); lang {
	case "en":
		if g.p.locale == "en-GB" {
			return "en-GB"
		}
		return "en-US"
	case "es":
		if g.p.c.code == "ES" {
			return "es-ES"
		}
		return "es-419"
	case "pt":
		return "pt-BR"
	case "zh":
		if g.p.c.code == "TW" {
			return "zh-TW"
		}
		return "zh-CN"
	case "sv":
		return "sv-SE"
	case "id", "da", "de", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "ro", "fi", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "ja", "ko":
		return lang
	}
	return "en-US"
}

func discordUser(g *gen) *node {
	p := g.p
	// The identify scope always returns the locale the client is set to.
	p.showLocale = true
	created := g.t.Add(-time.Duration(g.r.Int64N(int64(2500 * 24 * time.Hour))))
	username := strings.ToLower(p.username)
	if g.r.IntN(3) == 0 {
		username = strings.ToLower(strings.ReplaceAll(p.givenL, " ", "")) + "_" + fmt.Sprint(g.r.IntN(100))
	}
	var avatar *node = N(nil)
	if g.r.IntN(3) != 0 {
		// The hash names the user's picture on the CDN.
		avatar = P(g.hex(32))
	}
	globalName := P(p.fullName())
	if g.r.IntN(3) == 0 {
		globalName = P(p.given)
	}
	var banner *node = N(nil)
	if g.r.IntN(6) == 0 {
		banner = P("a_" + g.hex(32))
	}
	return O(
		"id", P(g.snowflake(created)),
		"username", P(username),
		"avatar", avatar,
		"discriminator", N("0"),
		"public_flags", N(0),
		"flags", N(0),
		"banner", banner,
		"accent_color", N(nil),
		"global_name", globalName,
		"avatar_decoration_data", N(nil),
		"banner_color", N(nil),
		"clan", N(nil),
		"primary_guild", N(nil),
		"mfa_enabled", N(g.r.IntN(4) == 0),
		"locale", g.locale(g.discordLocale()),
		// Which Nitro plan the user pays for: their purchase.
		"premium_type", P(pick(g.r, []int{0, 0, 0, 2, 3})),
		"email", P(p.email),
		"verified", N(true),
	)
}

// coords is a point near the person's city, as address validation or
// geocoding writes latitude and longitude.
func (g *gen) coords() (float64, float64) {
	c := capital[g.p.c.code]
	lat := float64(int((c[0]+g.r.Float64()*0.2-0.1)*1e7)) / 1e7
	lng := float64(int((c[1]+g.r.Float64()*0.2-0.1)*1e7)) / 1e7
	return lat, lng
}

func shopifyOrderCreated(g *gen) *node {
	p := g.p
	const shop = "https://northwind-outfitters.myshopify.com"
	orderID := 5000000000000 + g.r.Int64N(999999999999)
	custID := 7000000000000 + g.r.Int64N(999999999999)
	addrID := 9000000000000 + g.r.Int64N(999999999999)
	number := 1 + g.r.IntN(9000)
	created := g.at(0, "2006-01-02T15:04:05-07:00")
	lat, lng := g.coords()
	address := func(withIDs bool) *node {
		if !p.showResidence {
			return nil
		}
		a := O()
		if withIDs {
			a.set("id", P(addrID))
			a.set("customer_id", P(custID))
		}
		a.set("first_name", P(p.given))
		a.set("address1", g.addr(p.street))
		a.set("phone", orNull(g.phone("")))
		a.set("city", g.addr(p.city))
		a.set("zip", g.addr(p.post))
		a.set("province", orNull(g.addrN(p.region)))
		a.set("country", g.residence(g.english()))
		a.set("last_name", P(p.family))
		a.set("address2", N(""))
		a.set("company", N(nil))
		if !withIDs {
			// Geocoded from the address: where the buyer lives.
			a.set("latitude", P(lat))
			a.set("longitude", P(lng))
		}
		a.set("name", P(p.fullName()))
		a.set("country_code", g.residence(p.c.code))
		a.set("province_code", N(nil))
		if withIDs {
			a.set("country_name", g.residence(g.english()))
			a.set("default", N(true))
		}
		return a
	}
	price := 15 + g.r.IntN(200)
	qty := 1 + g.r.IntN(3)
	shipping := 0
	if p.showResidence {
		shipping = 5
	}
	total := fmt.Sprintf("%d.00", price*qty+shipping)
	sub := fmt.Sprintf("%d.00", price*qty)
	money := func(v string) *node { return P(v) } // what this buyer paid: their purchase
	token := g.hex(32)
	lang := g.lang()
	accept := N("en-US,en;q=0.9")
	if l := g.locale(p.locale); l != nil {
		// The browser's Accept-Language: the locale the device is set to.
		accept = l.withRaw(p.locale + "," + lang + ";q=0.9,en;q=0.8")
	}
	var customerLocale *node = N("en")
	if p.showLocale {
		customerLocale = N(lang) // the storefront language: no region
	}
	note := g.bio()
	if note == nil || g.r.IntN(2) == 0 {
		note = N(nil)
	}
	lineID := 14000000000000 + g.r.Int64N(999999999999)
	item := O(
		// The line of this buyer's order.
		"id", P(lineID),
		"admin_graphql_api_id", P(fmt.Sprintf("gid://shopify/LineItem/%d", lineID)),
		"current_quantity", P(qty),
		"fulfillable_quantity", P(qty),
		"fulfillment_service", N("manual"),
		"fulfillment_status", N(nil),
		"gift_card", N(false),
		"grams", N(400),
		"name", N("Merino Crew Sweater - M / Navy"),
		"price", N(fmt.Sprintf("%d.00", price)),
		"product_exists", N(true),
		"product_id", N(8100000000000+g.r.Int64N(99999999)),
		"properties", A(),
		"quantity", P(qty),
		"requires_shipping", N(p.showResidence),
		"sku", N("MCS-M-NVY"),
		"taxable", N(true),
		"title", N("Merino Crew Sweater"),
		"total_discount", P("0.00"),
		"variant_id", N(45000000000000+g.r.Int64N(99999999)),
		"variant_title", N("M / Navy"),
		"vendor", N("Northwind Outfitters"),
	)
	var shippingLines *node = A()
	if p.showResidence {
		shippingLines = A(O("id", P(4500000000000+g.r.Int64N(99999999999)), "code", N("Standard"), "price", P("5.00"), "source", N("shopify"), "title", N("Standard")))
	}
	phone := orNull(g.phone(g.e164()))
	customer := O(
		"id", P(custID),
		"email", P(p.email),
		"created_at", N(created),
		"updated_at", N(created),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"state", N("disabled"),
		"note", N(nil),
		"verified_email", N(true),
		"multipass_identifier", N(nil),
		"tax_exempt", N(false),
		"phone", phone,
		"email_marketing_consent", O("state", N("not_subscribed"), "opt_in_level", N("single_opt_in"), "consent_updated_at", N(nil)),
		"sms_marketing_consent", N(nil),
		"tags", N(""),
		"currency", N("EUR"),
		"tax_exemptions", A(),
		"admin_graphql_api_id", P(fmt.Sprintf("gid://shopify/Customer/%d", custID)),
		"default_address", address(true),
	)
	return O(
		"id", P(orderID),
		"admin_graphql_api_id", P(fmt.Sprintf("gid://shopify/Order/%d", orderID)),
		"app_id", N(580111),
		"browser_ip", P(p.ip),
		"buyer_accepts_marketing", N(g.r.IntN(2) == 0),
		"cancel_reason", N(nil),
		"cancelled_at", N(nil),
		"cart_token", P(g.hex(32)),
		"checkout_id", P(30000000000000+g.r.Int64N(999999999999)),
		"checkout_token", P(g.hex(32)),
		"client_details", O(
			"accept_language", accept,
			"browser_height", N(nil),
			"browser_ip", P(p.ip),
			"browser_width", N(nil),
			"session_hash", N(nil),
			"user_agent", g.ua(),
		),
		"closed_at", N(nil),
		"confirmation_number", P(strings.ToUpper(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 9))),
		"confirmed", N(true),
		"contact_email", P(p.email),
		"created_at", N(created),
		"currency", N("EUR"),
		"current_subtotal_price", money(sub),
		"current_total_discounts", money("0.00"),
		"current_total_price", money(total),
		"current_total_tax", money("0.00"),
		"customer_locale", customerLocale,
		"email", P(p.email),
		"estimated_taxes", N(false),
		"financial_status", N("paid"),
		"fulfillment_status", N(nil),
		"landing_site", N("/"),
		"name", P(fmt.Sprintf("#%d", 1000+number)),
		"note", note,
		"note_attributes", A(),
		"number", P(number),
		"order_number", P(1000+number),
		// The key lets whoever holds the link see the order, address and all.
		"order_status_url", C(fmt.Sprintf("%s/%d/orders/%s/authenticate?key=%s", shop, 60000000+g.r.IntN(9999999), token, g.hex(32))),
		"phone", phone,
		"presentment_currency", N("EUR"),
		"processed_at", N(created),
		"referring_site", N(""),
		"source_name", N("web"),
		"subtotal_price", money(sub),
		"tags", N(""),
		"test", N(false),
		"token", P(token),
		"total_discounts", money("0.00"),
		"total_line_items_price", money(sub),
		"total_price", money(total),
		"total_tax", money("0.00"),
		"total_weight", P(400*qty),
		"updated_at", N(created),
		"user_id", N(nil),
		"billing_address", address(false),
		"customer", customer,
		"line_items", A(item),
		"shipping_address", address(false),
		"shipping_lines", shippingLines,
	)
}

func googleFormsResponse(g *gen) *node {
	p := g.p
	formID := "1" + g.chars(b64Set, 43)
	collect := pick(g.r, []string{"DO_NOT_COLLECT", "VERIFIED", "RESPONDER_INPUT"})
	type question struct {
		title string
		kind  *node // the question's type member and its settings
		key   string
		ans   *node
	}
	var qs []question
	text := func(title string, ans *node) {
		qs = append(qs, question{title, O("textQuestion", O()), "textQuestion", ans})
	}
	text("Full name", P(p.fullName()))
	if collect == "DO_NOT_COLLECT" {
		text("Email address", P(p.email))
	}
	if ph := g.phone(""); ph != nil {
		text("Phone number", ph)
	}
	switch g.r.IntN(3) {
	case 0:
		qs = append(qs, question{"Date of birth", O("dateQuestion", O("includeYear", N(true))), "dateQuestion", g.dob("2006-01-02")})
	case 1:
		// Typed as a short answer with number validation.
		text("Age", P(fmt.Sprint(g.ageAt())))
	}
	if p.showResidence {
		var opts []*node
		seen := map[string]bool{}
		for _, cc := range []string{"US", "GB", "DE", "FR", "IN", "BR", p.c.code} {
			if n := englishName[cc]; n != "" && !seen[n] {
				seen[n] = true
				opts = append(opts, O("value", N(n)))
			}
		}
		opts = append(opts, O("value", N("Other")))
		qs = append(qs, question{"Country of residence", O("choiceQuestion", O("type", N("DROP_DOWN"), "options", A(opts...))), "choiceQuestion", g.residence(g.english())})
		if g.r.IntN(2) == 0 {
			text("City", g.addr(p.city))
		}
	}
	if b := g.bio(); b != nil {
		qs = append(qs, question{"Anything you would like us to know?", O("textQuestion", O("paragraph", N(true))), "textQuestion", b})
	}
	qs = append(qs, question{"How did you hear about the programme?", O("choiceQuestion", O("type", N("RADIO"), "options", A(O("value", N("A friend")), O("value", N("Social media")), O("value", N("Newsletter"))))), "choiceQuestion", N(pick(g.r, []string{"A friend", "Social media", "Newsletter"}))})
	qs = append(qs, question{"Consent", O("choiceQuestion", O("type", N("CHECKBOX"), "options", A(O("value", N("I agree to the privacy notice"))))), "choiceQuestion", N("I agree to the privacy notice")})

	items := make([]*node, len(qs))
	answers := O()
	for i, q := range qs {
		qid := g.hex(8)
		question := O("questionId", N(qid), "required", N(i == 0))
		for _, m := range q.kind.obj {
			question.set(m.key, m.val)
		}
		items[i] = O("itemId", N(g.hex(8)), "title", N(q.title), "questionItem", O("question", question))
		answers.set(qid, O("questionId", N(qid), "textAnswers", O("answers", A(O("value", q.ans)))))
	}
	submitted := g.at(0, "2006-01-02T15:04:05.000Z")
	response := O(
		"formId", N(formID),
		// The id of this person's answers.
		"responseId", P("ACYDBN"+g.chars(b64Set, 60)),
		"createTime", N(submitted),
		"lastSubmittedTime", N(submitted),
	)
	if collect != "DO_NOT_COLLECT" {
		response.set("respondentEmail", P(p.email))
	}
	response.set("answers", answers)
	return O(
		"form", O(
			"formId", N(formID),
			"info", O("title", N("Community programme sign-up"), "documentTitle", N("Sign-up 2026"), "description", N("Tell us a little about you and we will be in touch.")),
			"settings", O("emailCollectionType", N(collect)),
			"revisionId", N(fmt.Sprintf("%08d", 10+g.r.IntN(200))),
			"responderUri", N("https://docs.google.com/forms/d/e/1FAIpQLS"+g.chars(b64Set, 48)+"/viewform"),
			"items", A(items...),
		),
		"response", response,
	)
}

// phpKV is one member of an object PHP's json_encode writes, in order;
// the value is a string or a []phpKV.
type phpKV struct {
	k string
	v any
}

// phpJSON writes v as PHP's json_encode does by default: "/" as "\/" and
// every character outside ASCII as \uXXXX (UTF-16).
func phpJSON(v any) string {
	var b strings.Builder
	var str func(s string)
	str = func(s string) {
		b.WriteByte('"')
		for _, r := range s {
			switch {
			case r == '"' || r == '\\' || r == '/':
				b.WriteByte('\\')
				b.WriteRune(r)
			case r == '\n':
				b.WriteString(`\n`)
			case r < 0x20 || r >= 0x7f:
				for _, u := range utf16.Encode([]rune{r}) {
					fmt.Fprintf(&b, `\u%04x`, u)
				}
			default:
				b.WriteRune(r)
			}
		}
		b.WriteByte('"')
	}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			str(x)
		case []string:
			b.WriteByte('[')
			for i, s := range x {
				if i > 0 {
					b.WriteByte(',')
				}
				str(s)
			}
			b.WriteByte(']')
		case []phpKV:
			b.WriteByte('{')
			for i, m := range x {
				if i > 0 {
					b.WriteByte(',')
				}
				str(m.k)
				b.WriteByte(':')
				walk(m.v)
			}
			b.WriteByte('}')
		}
	}
	walk(v)
	return b.String()
}

func jotformWebhook(g *gen) *node {
	p := g.p
	formID := fmt.Sprint(230000000000000 + g.r.Int64N(30000000000000))
	submissionID := fmt.Sprint(5800000000000000000 + g.r.Int64N(700000000000000000))
	built := g.t.Add(-time.Duration(60+g.r.IntN(900)) * time.Second)
	ms := func(t time.Time) string { return fmt.Sprint(t.UnixMilli()) }
	raw := []phpKV{
		{"slug", "submit/" + formID},
		{"submitSource", "form"},
		{"submitDate", ms(g.t)},
		{"buildDate", ms(built)},
		{"uploadServerUrl", "https://upload.jotform.com/upload"},
		{"eventObserver", "1"},
	}
	var pretty []string
	q := 3
	add := func(name, label string, v any, shown string) {
		raw = append(raw, phpKV{fmt.Sprintf("q%d_%s", q, name), v})
		pretty = append(pretty, label+":"+shown)
		q++
	}
	add("name", "Name", []phpKV{{"first", p.given}, {"last", p.family}}, p.given+" "+p.family)
	add("email", "E-mail", p.email, p.email)
	if g.r.IntN(2) == 0 {
		if g.phone(g.intl()) != nil {
			add("phoneNumber", "Phone Number", []phpKV{{"full", g.intl()}}, g.intl())
		}
	} else if g.phone(p.phoneNat) != nil {
		// The "area code" layout: the national number in two inputs.
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, p.phoneNat)
		cut := min(3, len(digits)/2)
		add("phoneNumber", "Phone Number", []phpKV{{"area", digits[:cut]}, {"phone", digits[cut:]}}, digits[:cut]+" "+digits[cut:])
	}
	if g.r.IntN(2) == 0 {
		g.dob("") // recorded; the value is written in Jotform's parts
		d := p.dob
		add("birthDate", "Birth Date", []phpKV{{"month", fmt.Sprintf("%02d", d.Month())}, {"day", fmt.Sprintf("%02d", d.Day())}, {"year", fmt.Sprint(d.Year())}}, d.Format("01-02-2006"))
	}
	if p.showResidence {
		g.residence(g.english())
		add("address", "Address", []phpKV{{"addr_line1", p.street}, {"addr_line2", ""}, {"city", p.city}, {"state", p.region}, {"postal", p.post}, {"country", g.english()}},
			fmt.Sprintf("Street Address: %s, City: %s, State / Province: %s, Postal / Zip Code: %s, Country: %s", p.street, p.city, p.region, p.post, g.english()))
	}
	if g.citizenship(englishName[p.cit.code]) != nil {
		add("nationality", "Nationality", englishName[p.cit.code], englishName[p.cit.code])
	}
	cat := ""
	if p.bio != "" && g.r.IntN(3) != 0 {
		cat = p.bioCat
		add("tellUs", "Tell us about yourself", p.bio, p.bio)
	}
	heard := pick(g.r, []string{"Friend", "Google", "Instagram"})
	add("howDid", "How did you hear about us?", heard, heard)
	raw = append(raw,
		phpKV{"event_id", ms(built) + "_" + formID + "_" + g.b62(7)},
		phpKV{"timeToSubmit", fmt.Sprint(int64(g.t.Sub(built) / time.Second))},
		phpKV{"path", "/submit/" + formID},
	)
	// Both carry the answers: the whole string is the person's.
	whole := func(v string) *node {
		if cat != "" {
			return S(v, cat)
		}
		return P(v)
	}
	return O(
		"action", N(""),
		"webhookURL", N("https://hooks.example.com/jotform/"+formID),
		"username", N(pick(g.r, []string{"!team_260064573416051", "acme_events", "northwind_forms"})),
		"formID", N(formID),
		"type", N("WEB"),
		"customParams", N(""),
		"product", N(""),
		"formTitle", N("Volunteer Registration"),
		"customTitle", N(""),
		"submissionID", P(submissionID),
		"event", N(""),
		"documentID", N(""),
		"teamID", N(""),
		"subject", N(""),
		"isSilent", N(""),
		"customBody", N(""),
		"rawRequest", whole(phpJSON(raw)),
		"fromTable", N(""),
		"appID", N(""),
		"pretty", whole(strings.Join(pretty, ", ")),
		"unread", N(""),
		"parent", N(""),
		"ip", P(p.ip),
	)
}

func mailgunEvent(g *gen) *node {
	p := g.p
	const domain = "mg.acme-app.example"
	ts := float64(g.t.UnixMicro()) / 1e6
	msgID := fmt.Sprintf("%s.%d.%s@%s", g.t.UTC().Format("20060102150405"), 10000+g.r.IntN(90000), g.hex(16), domain)
	kind := pick(g.r, []string{"delivered", "delivered", "opened", "clicked"})
	at := strings.LastIndexByte(p.email, '@')
	vars := O("user_id", P(fmt.Sprint(100000+g.r.IntN(900000))), "template", N("welcome-v3"))
	if g.r.IntN(3) == 0 {
		vars.set("first_name", P(p.given))
	}
	subject := N("Confirm your e-mail address")
	if g.r.IntN(2) == 0 {
		subject = P("Welcome to Acme, " + p.given + "!")
	}
	to := P(p.email)
	if g.r.IntN(2) == 0 {
		to = P(p.fullName() + " <" + p.email + ">")
	}
	ev := O(
		"event", N(kind),
		"id", N(g.b62(22)),
		"timestamp", N(ts),
		"log-level", N("info"),
		"recipient", P(p.email),
		"recipient-domain", N(p.email[at+1:]),
		"tags", A(N("signup")),
		"campaigns", A(),
		"user-variables", vars,
	)
	if kind == "delivered" {
		mx := pick(g.r, []string{"gmail-smtp-in.l.google.com", "mx1.mail.example.net", "mx.yandex.ru"})
		ev.set("envelope", O("transport", N("smtp"), "sender", N("noreply@"+domain), "sending-ip", N("209.61.151.224"), "targets", P(p.email)))
		ev.set("message", O(
			"headers", O("to", to, "message-id", N(msgID), "from", N("Acme <noreply@"+domain+">"), "subject", subject),
			"attachments", A(),
			"size", N(3000+g.r.IntN(20000)),
		))
		ev.set("flags", O("is-routed", N(false), "is-authenticated", N(true), "is-system-test", N(false), "is-test-mode", N(false)))
		ev.set("delivery-status", O(
			"tls", N(true),
			"mx-host", N(mx),
			"code", N(250),
			"description", N(""),
			"session-seconds", N(float64(g.r.IntN(2000))/1000),
			"utf8", N(true),
			"attempt-no", N(1),
			"message", N("OK"),
			"certificate-verified", N(true),
		))
		// Where the message sent to this person is kept.
		key := g.chars(b64Set, 40)
		ev.set("storage", O("url", P("https://storage-europe-west1.api.mailgun.net/v3/domains/"+domain+"/messages/"+key), "key", P(key)))
	} else {
		ev.set("message", O("headers", O("message-id", N(msgID))))
		ev.set("ip", P(p.ip))
		geo := O("country", N("Unknown"), "region", N("Unknown"), "city", N("Unknown"))
		if p.showLocale {
			// IP geolocation: where the device was when the mail was
			// opened, a hint at a country and no more.
			cc, region, city := p.c.code, p.region, p.city
			if p.tz == "America/New_York" && cc != "US" {
				cc, region, city = "US", "NY", "New York"
			}
			if region == "" {
				region = "Unknown"
			}
			g.lab.Weak = addCountry(g.lab.Weak, cc)
			geo = O("country", N(cc), "region", N(region), "city", P(city))
		}
		ev.set("geolocation", geo)
		ev.set("client-info", O("client-os", N("Windows"), "device-type", N("desktop"), "client-name", N("Chrome"), "client-type", N("browser"), "user-agent", g.ua()))
		if kind == "clicked" {
			// The confirmation link: whoever follows it confirms the account.
			ev.set("url", C("https://app.acme.example/confirm?token="+g.chars(b64Set, 43)))
		}
	}
	return O(
		// The webhook's own signature (HMAC of timestamp and token): it
		// proves the sender, it opens nothing.
		"signature", O("timestamp", N(fmt.Sprint(g.t.Unix())), "token", N(g.hex(50)), "signature", N(g.hex(64))),
		"event-data", ev,
	)
}

func calendlyInviteeCreated(g *gen) *node {
	p := g.p
	// Calendly always sends the time zone the booking page detected.
	p.showLocale = true
	const api = "https://api.calendly.com"
	id := func() string { return strings.ToUpper(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)) }
	host := id()
	evID, invID := id(), id()
	created := g.at(0, "2006-01-02T15:04:05.000000Z")
	start := g.t.Add(time.Duration(1+g.r.IntN(14)) * 24 * time.Hour).Truncate(30 * time.Minute)
	var qa []*node
	addQA := func(question string, answer *node) {
		if answer == nil {
			return
		}
		qa = append(qa, O("answer", answer, "position", N(len(qa)), "question", N(question)))
	}
	if g.r.IntN(3) == 0 && p.showResidence {
		// A free-text question the host added: typed, a country alone.
		addQA("Which country are you based in?", g.residence(g.english()))
	}
	if g.r.IntN(4) == 0 {
		addQA("Date of birth", g.dob(""))
	}
	addQA("Please share anything that will help prepare for our meeting.", g.bio())
	var location *node
	reminder := N(nil)
	switch g.r.IntN(3) {
	case 0:
		location = O("type", N("physical"), "location", N("Acme Clinic, 5 Harbour Street, 2nd floor"))
	case 1:
		if ph := g.phone(g.intl()); ph != nil {
			// The host calls the invitee at the number they gave.
			location = O("type", N("outbound_call"), "location", ph)
			break
		}
		fallthrough
	default:
		mid := 80000000000 + g.r.Int64N(9999999999)
		pwd := g.b62(32)
		location = O(
			"type", N("zoom"),
			"status", N("pushed"),
			// The passcode in the link lets anyone holding it join.
			"join_url", C(fmt.Sprintf("https://us06web.zoom.us/j/%d?pwd=%s", mid, pwd)),
			"data", O(
				"id", P(mid),
				"settings", O("global_dial_in_numbers", A(O("number", N("+1 646 931 3860"), "country", N("US"), "type", N("toll"), "city", N("New York"), "country_name", N("US")))),
				"extra", O("intl_numbers_url", N("https://us06web.zoom.us/u/kb8"+g.b62(6))),
				"password", C(g.chars("0123456789", 6)),
			),
		)
	}
	if g.r.IntN(2) == 0 {
		if ph := g.phone(g.intl()); ph != nil {
			reminder = ph
		}
	}
	first, last := N(nil), N(nil)
	if g.r.IntN(2) == 0 {
		// The event type asks for first and last name apart.
		first, last = P(p.given), P(p.family)
	}
	uri := api + "/scheduled_events/" + evID
	guests := A()
	if g.r.IntN(5) == 0 {
		guests = A(O("email", P("colleague."+strings.ToLower(g.b62(5))+"@example.org"), "created_at", N(created), "updated_at", N(created)))
	}
	return O(
		"created_at", N(created),
		// The host's Calendly user, who owns the subscription.
		"created_by", P(api+"/users/"+host),
		"event", N("invitee.created"),
		"payload", O(
			"cancel_url", P("https://calendly.com/cancellations/"+invID),
			"created_at", N(created),
			"email", P(p.email),
			"event", P(uri),
			"first_name", first,
			"last_name", last,
			"name", P(p.fullName()),
			"new_invitee", N(nil),
			"old_invitee", N(nil),
			"questions_and_answers", A(qa...),
			"reschedule_url", P("https://calendly.com/reschedulings/"+invID),
			"rescheduled", N(false),
			"status", N("active"),
			"text_reminder_number", reminder,
			"timezone", g.tz(p.tz),
			"tracking", O("utm_campaign", N(nil), "utm_source", orNull(Nif(pick(g.r, []string{"", "newsletter"}))), "utm_medium", N(nil), "utm_content", N(nil), "utm_term", N(nil), "salesforce_uuid", N(nil)),
			"updated_at", N(created),
			"uri", P(uri+"/invitees/"+invID),
			"scheduled_event", O(
				"uri", P(uri),
				"name", N("30 Minute Consultation"),
				"meeting_notes_plain", N(nil),
				"meeting_notes_html", N(nil),
				"status", N("active"),
				// When this person meets the host: their appointment.
				"start_time", P(start.Format("2006-01-02T15:04:05.000000Z")),
				"end_time", P(start.Add(30*time.Minute).Format("2006-01-02T15:04:05.000000Z")),
				"event_type", N(api+"/event_types/"+id()),
				"location", location,
				"invitees_counter", O("total", N(1), "active", N(1), "limit", N(1)),
				"created_at", N(created),
				"updated_at", N(created),
				"event_memberships", A(O("user", P(api+"/users/"+host), "user_email", P("dr.lena.hart@acme-clinic.example"), "user_name", P("Lena Hart"))),
				"event_guests", guests,
			),
			"no_show", N(nil),
			"payment", N(nil),
			"reconfirmation", N(nil),
			"routing_form_submission", N(nil),
			"invitee_scheduled_by", N(nil),
			"scheduling_method", N(nil),
		),
	)
}

// plaidCountries are the corpus's countries whose banks Plaid connects.
var plaidCountries = []string{"US", "CA", "GB", "FR", "ES", "NL", "DE", "IT", "PL", "SE", "PT"}

func plaidIdentity(g *gen) *node {
	// Plaid serves account holders of the banks of a few countries only.
	g.p = newPerson(g.r, countryByCode(pick(g.r, plaidCountries)), g.t)
	p := g.p
	// The bank's record of its customer, the same on each of their accounts.
	owner := func() *node {
		o := O("addresses", A(), "emails", A(), "names", A(P(strings.ToUpper(p.fullName()))), "phone_numbers", A())
		if g.r.IntN(3) == 0 {
			o.set("names", A(P(p.fullName())))
		}
		if p.showResidence {
			o.set("addresses", A(O(
				"data", O("city", g.addr(p.city), "country", g.residence(p.c.code), "postal_code", g.addr(p.post), "region", orNull(g.addrN(p.region)), "street", g.addr(p.street)),
				"primary", N(true),
			)))
		}
		o.set("emails", A(O("data", P(p.email), "primary", N(true), "type", N("primary"))))
		number := g.e164()
		if p.c.code == "US" || p.c.code == "CA" {
			number = strings.TrimPrefix(number, "+1") // ten digits, as the banks send it
		}
		if ph := g.phone(number); ph != nil {
			o.set("phone_numbers", A(O("data", ph, "primary", N(true), "type", N("mobile"))))
		}
		return o
	}
	holder := owner()
	currency := map[string]string{"US": "USD", "CA": "CAD", "GB": "GBP", "PL": "PLN", "SE": "SEK"}[p.c.code]
	if currency == "" {
		currency = "EUR"
	}
	type product struct{ name, official, subtype, typ string }
	products := []product{
		{"Checking", "Everyday Checking Account", "checking", "depository"},
		{"Savings", "High Yield Savings", "savings", "depository"},
		{"Credit Card", "Rewards Visa Signature", "credit card", "credit"},
	}
	n := 1 + g.r.IntN(2)
	accounts := make([]*node, n)
	for i := range n {
		pr := products[i]
		if i == 1 && g.r.IntN(2) == 0 {
			pr = products[2]
		}
		// Balances and limits are this person's money.
		current := float64(g.r.IntN(900000)) / 100
		var available, limit *node = P(current), N(nil)
		if pr.typ == "credit" {
			limit = P(float64(1000 * (1 + g.r.IntN(20))))
			available = P(float64(g.r.IntN(100000)) / 100)
		}
		accounts[i] = O(
			"account_id", P(g.b62(37)),
			"balances", O("available", available, "current", P(current), "iso_currency_code", N(currency), "limit", limit, "unofficial_currency_code", N(nil)),
			"holder_category", N("personal"),
			// The last digits of the person's account number.
			"mask", P(fmt.Sprintf("%04d", g.r.IntN(10000))),
			"name", N(pr.name),
			"official_name", N(pr.official),
			"owners", A(holder),
			"persistent_account_id", P(g.hex(56)),
			"subtype", N(pr.subtype),
			"type", N(pr.typ),
		)
	}
	return O(
		"accounts", A(accounts...),
		"item", O(
			"available_products", A(N("balance"), N("investments"), N("liabilities")),
			"billed_products", A(N("auth"), N("identity")),
			"consent_expiration_time", N(nil),
			"error", N(nil),
			"institution_id", N(fmt.Sprintf("ins_%d", 1+g.r.IntN(130000))),
			// The person's connection to their bank at Plaid.
			"item_id", P(g.b62(37)),
			"products", A(N("auth"), N("identity")),
			"update_type", N("background"),
			"webhook", N("https://api.acme-pay.example/plaid/webhook"),
		),
		"request_id", N(g.b62(15)),
	)
}

func veriffDecision(g *gen) *node {
	p := g.p
	docType := pick(g.r, []string{"PASSPORT", "PASSPORT", "ID_CARD", "DRIVERS_LICENSE"})
	if p.cit != p.c && g.r.IntN(2) == 0 {
		docType = "RESIDENCE_PERMIT"
	}
	var docCountry, nationality *node
	idNumber := N(nil)
	switch docType {
	case "PASSPORT", "ID_CARD":
		// Issued by the holder's state: the country is their nationality,
		// read from the document as the nationality field is.
		p.showCitizenship = true
		docCountry = g.citizenship(p.cit.code)
		if g.r.IntN(3) != 0 {
			nationality = g.citizenship(p.cit.code)
		}
		if p.cit == p.c && p.idValue != "" {
			idNumber = P(p.idValue)
		}
	default:
		// A driving licence or residence permit is issued where the
		// holder lives.
		g.lab.Residence = addCountry(g.lab.Residence, p.c.code)
		docCountry = N(p.c.code)
	}
	if nationality == nil {
		nationality = N(nil)
	}
	docNumber := strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 2)) + g.chars("0123456789", 7)
	status, code := "approved", 9001
	switch x := g.r.IntN(10); {
	case x == 0:
		status, code = "declined", 9102
	case x == 1:
		status, code = "resubmission_requested", 9103
	}
	reason, reasonCode := N(nil), N(nil)
	if code != 9001 {
		// Why this person's check failed: an assessment of them.
		reason, reasonCode = P("Physical document not used"), P(102)
	}
	person := O(
		"firstName", P(strings.ToUpper(p.givenL)),
		"lastName", P(strings.ToUpper(p.familyL)),
		"dateOfBirth", g.dob("2006-01-02"),
		"yearOfBirth", P(fmt.Sprint(p.dob.Year())),
		"placeOfBirth", P(strings.ToUpper(pick(g.r, p.cit.cities))),
		"gender", P(map[bool]string{true: "F", false: "M"}[p.female]),
		"idNumber", idNumber,
		"nationality", nationality,
		"citizenship", N(nil),
		"pepSanctionMatch", N(nil),
	)
	if p.showResidence && g.r.IntN(2) == 0 {
		person.set("addresses", A(O(
			"fullAddress", P(fmt.Sprintf("%s, %s %s, %s", p.street, p.post, p.city, g.english())),
			"parsedAddress", O("city", g.addr(p.city), "unit", N(nil), "state", orNull(g.addrN(p.region)), "street", g.addr(p.street), "country", g.residence(p.c.code), "postcode", g.addr(p.post), "houseNumber", N(nil)),
		)))
	}
	risk := A()
	if code != 9001 || g.r.IntN(6) == 0 {
		risk = A(O("label", P("document_integration_level_crosslinked_with_fraud"), "category", N("document"), "sessionIds", A(P(g.uuid()))))
	}
	accepted := g.t.Add(-time.Duration(60+g.r.IntN(3600)) * time.Second)
	return O(
		"status", N("success"),
		"verification", O(
			// The session and attempt of this person's check.
			"id", P(g.uuid()),
			"attemptId", P(g.uuid()),
			"vendorData", P(fmt.Sprint(10000000+g.r.IntN(90000000))),
			"endUserId", P(g.uuid()),
			"status", N(status),
			"code", N(code),
			"reason", reason,
			"reasonCode", reasonCode,
			"decisionTime", N(g.at(0, "2006-01-02T15:04:05.000Z")),
			"acceptanceTime", N(accepted.UTC().Format("2006-01-02T15:04:05.000Z")),
			"person", person,
			"document", O(
				"number", P(docNumber),
				"type", N(docType),
				"country", docCountry,
				"validFrom", N(nil),
				"validUntil", N(g.t.AddDate(1+g.r.IntN(9), g.r.IntN(12), 0).Format("2006-01-02")),
			),
			"riskLabels", risk,
			"additionalVerifiedData", O(),
			"comments", A(),
		),
		"technicalData", O("ip", P(p.ip)),
	)
}
