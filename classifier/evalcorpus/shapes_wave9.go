package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// wave9Shapes are a ninth set of producers, each written from its own
// public documentation before the classifier was scored on it, chosen to
// stress national identifiers, minors, special categories, non-Latin
// scripts, field names in other languages, credentials in webhooks and
// ids that are not personal: a school platform's enrolment event with
// the user's profile (Canvas LMS), a game platform's player summaries
// with the caller's Web API key (Steam), a KYC inquiry webhook in
// kebab-case (Persona), a US background-check candidate (Checkr), a
// Nordic checkout order with the Swedish personal identity number
// (Klarna), a Turkish checkout form with the buyer's T.C. kimlik no and
// the merchant's signed Authorization header (iyzico), a Korean payment
// webhook with Korean values and a deposit secret (Toss Payments), the
// Russian public-services identity with SNILS, INN, passport and
// children (ESIA / Gosuslugi), a Chinese workplace directory's
// user-created event with its verification token and custom attributes
// of ethnicity and political status (Feishu / Lark) and a Japanese
// no-code database's record webhook whose field codes are Japanese
// (kintone), with My Numbers and medical history. Their first figures
// measure producers the classifier had not seen.
var wave9Shapes = []Shape{
	{Name: "canvas_enrollment_created", Doc: "canvas.instructure.com/doc/api/file.live_events_data_formats.html (Canvas Live Events: metadata{root_account_id, root_account_uuid, root_account_lti_guid, user_login, user_account_id, user_sis_id, user_id, time_zone, developer_key_id, context_type, context_id, context_sis_source_id, context_role, request_id, session_id, hostname, http_method, user_agent, client_ip, url, referrer, producer, event_name, event_time}; enrollment_created body{enrollment_id, course_id, user_id, user_name, type StudentEnrollment/ObserverEnrollment/TeacherEnrollment, created_at, updated_at, limit_privileges_to_course_section, course_section_id, associated_user_id, workflow_state}) with the enrolled user's profile of canvas.instructure.com/doc/api/users.html#method.profile.settings (GET /api/v1/users/:user_id/profile: id, name, short_name, sortable_name, title, bio, pronouns, primary_email, login_id, sis_user_id, lti_user_id, avatar_url, calendar{ics}, time_zone, locale, k5_user, use_classic_font_in_k5), as a connector publishes the enrolment", build: canvasEnrollmentCreated},
	{Name: "steam_player_summary", Doc: "developer.valvesoftware.com/wiki/Steam_Web_API#GetPlayerSummaries_.28v0002.29 and partner.steamgames.com/doc/webapi/ISteamUser#GetPlayerSummaries (GET api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=<Web API key>&steamids=…: response.players[{steamid, communityvisibilitystate, profilestate, personaname, commentpermission, profileurl, avatar, avatarmedium, avatarfull, avatarhash, lastlogoff, personastate, realname, primaryclanid, timecreated, personastateflags, gameid, gameextrainfo, loccountrycode (the user's country of residence), locstatecode, loccityid}]) and #GetPlayerBans (players[{SteamId, CommunityBanned, VACBanned, NumberOfVACBans, DaysSinceLastBan, NumberOfGameBans, EconomyBan}]), as a service logs the request it made with the response", build: steamPlayerSummary},
	{Name: "persona_inquiry", Doc: "docs.withpersona.com/docs/webhooks and docs.withpersona.com/reference/events (event: data{type event, id evt_…, attributes{name inquiry.completed, payload{data, included}, created-at}}, Persona-Signature header t=…,v1=…), docs.withpersona.com/reference/inquiries (inquiry: id inq_…, attributes{status, reference-id, note, behaviors, tags, created-at, started-at, completed-at, decisioned-at, expires-at, name-first, name-middle, name-last, birthdate, address-street-1, address-street-2, address-city, address-subdivision, address-postal-code, address-country-code, email-address, phone-number, identification-number, fields{<name>{type, value}}}, relationships{account, template, inquiry-template, verifications, sessions, documents, selfie}) and docs.withpersona.com/reference/verifications (verification/government-id: status, id-class pp/id/dl, country-code, name-first, name-last, birthdate, identification-number, issue-date, expiration-date, issuing-authority, front-photo-url, back-photo-url as signed links)", build: personaInquiry},
	{Name: "checkr_candidate", Doc: "docs.checkr.com/#tag/Candidates (candidate: id, object candidate, uri, created_at, first_name, middle_name, no_middle_name, last_name, mother_maiden_name, dob, ssn, email, zipcode, phone, custom_id, driver_license_number, driver_license_state, previous_driver_license_number, previous_driver_license_state, copy_requested, adjudication, metadata, report_ids, geo_ids, work_locations[{country, state, city}]) and docs.checkr.com/#section/Webhooks (event: id, object event, type candidate.created, created_at, webhook_url, data{object}, account_id; X-Checkr-Signature HMAC header)", build: checkrCandidate},
	{Name: "klarna_checkout_order", Doc: "docs.klarna.com/api/checkout/#operation/readOrderMerchant (order: order_id, status checkout_incomplete/checkout_complete, purchase_country, purchase_currency, locale, billing_address and shipping_address{given_name, family_name, email, title, street_address, street_address2, postal_code, city, region, phone, country, care_of}, customer{date_of_birth, type person, gender, national_identification_number}, order_amount, order_tax_amount, order_lines[{type, reference, name, quantity, quantity_unit, unit_price, tax_rate, total_amount, total_discount_amount, total_tax_amount}], merchant_urls{terms, checkout, confirmation, push}, html_snippet, started_at, completed_at, last_modified_at, options, merchant_reference1, recurring, recurring_token) and the Swedish personnummer of Skatteverket (YYMMDD-NNNC, Luhn check digit)", build: klarnaCheckoutOrder},
	{Name: "iyzico_checkout_form", Doc: "docs.iyzico.com/en/payment-methods/checkoutform/cf-implementation/cf-initialize (request: locale, conversationId, price, paidPrice, currency, basketId, paymentGroup, callbackUrl, enabledInstallments, buyer{id, name, surname, identityNumber, email, gsmNumber, registrationDate, lastLoginDate, registrationAddress, city, country, zipCode, ip}, shippingAddress and billingAddress{contactName, city, country, address, zipCode}, basketItems[{id, price, name, category1, category2, itemType}]; response: status, locale, systemTime, conversationId, token, checkoutFormContent, tokenExpireTime, paymentPageUrl, signature) and docs.iyzico.com/en/getting-started/preliminaries/authentication/hmacsha256-auth (Authorization: IYZWSv2 base64(apiKey:…&randomKey:…&signature:…), x-iyzi-rnd), as a relay logs the call", build: iyzicoCheckoutForm},
	{Name: "toss_payment_status_changed", Doc: "docs.tosspayments.com/reference/using-api/webhook-events (PAYMENT_STATUS_CHANGED: eventType, createdAt, data Payment) and docs.tosspayments.com/reference#payment-객체 (Payment: version, paymentKey, type, orderId, orderName, mId, currency, method 카드/가상계좌/간편결제/휴대폰/계좌이체, totalAmount, balanceAmount, status, requestedAt, approvedAt, useEscrow, lastTransactionKey, suppliedAmount, vat, cultureExpense, taxFreeAmount, taxExemptionAmount, cancels, isPartialCancelable, card{amount, issuerCode, acquirerCode, number, installmentPlanMonths, approveNo, useCardPoint, cardType, ownerType, acquireStatus, isInterestFree, interestPayer}, virtualAccount{accountType, accountNumber, bankCode, customerName, dueDate, refundStatus, expired, settlementStatus, refundReceiveAccount}, secret, mobilePhone{customerMobilePhone, settlementStatus, receiptUrl}, transfer, easyPay{provider, amount, discountAmount}, receipt{url}, checkout{url}, country, failure, cashReceipt, discount)", build: tossPaymentStatusChanged},
	{Name: "esia_person", Doc: "digital.gov.ru and esia.gosuslugi.ru methodical recommendations for using ESIA (Методические рекомендации по использованию ЕСИА: token endpoint /aas/oauth2/v3/te {access_token, expires_in, state, token_type, refresh_token, id_token}; REST /rs/prns/{oid} {stateFacts, firstName, lastName, middleName, birthDate dd.MM.yyyy, birthPlace, gender M/F, trusted, citizenship, snils, inn, updatedOn, status, verifying, rIdDoc, containsUpCfmCode, eTag}; /rs/prns/{oid}/ctts, /addrs and /docs with embed=(elements): contacts {type MBT/EML/CEM, vrfStu, value}, addresses {type PRG/PLV, addressStr, countryId, zipCode, region, city, street, house, flat, fiasCode}, documents {type RF_PASSPORT/FID_DOC, vrfStu, series, number, issueDate, issueId, issuedBy}; /rs/prns/{oid}/kids {firstName, lastName, middleName, birthDate, gender, snils, rfBrthCert{series, number, issueDate}}), as a login service publishes the sign-in", build: esiaPerson},
	{Name: "feishu_user_created", Doc: "open.feishu.cn/document/server-docs/contact-v3/user/events/created and open.larksuite.com for Lark tenants (event schema 2.0: header{event_id, event_type contact.user.created_v3, create_time, token (the app's verification token), app_id, tenant_key}, event{object{open_id, union_id, user_id, name, en_name, nickname, email, enterprise_email, job_title, mobile, mobile_visible, gender 0/1/2/3, avatar{avatar_72, avatar_240, avatar_640, avatar_origin}, status{is_frozen, is_resigned, is_activated, is_exited, is_unjoin}, department_ids, leader_user_id, city, country, work_station, join_time, is_tenant_manager, employee_no, employee_type, orders[{department_id, user_order, department_order, is_primary_dept}], time_zone, custom_attrs[{type, id, value{text, url, pc_url}}] (ids only: the names are the tenant's), job_level_id, job_family_id, dotted_line_leader_user_ids}})", build: feishuUserCreated},
	{Name: "kintone_record_webhook", Doc: "kintone.dev/en/docs/kintone/overview/webhooks/ (webhook: id, type ADD_RECORD, app{id, name}, record, recordTitle, url) and kintone.dev/en/docs/kintone/overview/field-types/ (record values by field code: {type, value} for RECORD_NUMBER, __ID__, __REVISION__, CREATOR/MODIFIER{code, name}, CREATED_TIME, UPDATED_TIME, SINGLE_LINE_TEXT, MULTI_LINE_TEXT, NUMBER, DATE, RADIO_BUTTON, DROP_DOWN, CHECK_BOX, LINK, FILE[{contentType, fileKey, name, size}], SUBTABLE[{id, value}]), field codes as the app's builder named them, in Japanese; the My Number check digit of the Cabinet Order of the Number Act (art. 8)", build: kintoneRecordWebhook},
}

// inAge redraws the subject in the same country until their age at
// event time is within [lo, hi].
func (g *gen) inAge(lo, hi int) {
	for a := g.ageAt(); a < lo || a > hi; a = g.ageAt() {
		g.p = newPerson(g.r, g.p.c, g.t)
	}
}

// canvasHost is a school's or university's Canvas instance by country.
var canvasHost = map[string][]string{
	"US": {"canvas.austinisd.org", "k12.instructure.com", "canvas.utexas.edu"},
	"GB": {"canvas.ox.ac.uk", "canvas.kcl.ac.uk"},
	"AU": {"canvas.sydney.edu.au", "education.nsw.instructure.com"},
	"NL": {"canvas.uva.nl", "canvas.tudelft.nl"},
	"SE": {"canvas.kth.se", "canvas.gu.se"},
	"BR": {"canvas.colegioband.com.br"},
	"MX": {"canvas.tec.mx"},
}

func canvasEnrollmentCreated(g *gen) *node {
	if g.r.IntN(4) != 0 {
		g.redraw("US", "US", "GB", "AU", "NL", "SE", "BR", "MX", "NZ", "CA")
	}
	p := g.p
	hosts := canvasHost[p.c.code]
	if hosts == nil {
		hosts = []string{"canvas.instructure.com"}
	}
	host := pick(g.r, hosts)
	shard := int64(10000000000000) * int64(1+g.r.IntN(9))
	uid := shard + int64(1000+g.r.IntN(900000))
	course := shard + int64(100+g.r.IntN(90000))
	section := course + int64(1+g.r.IntN(50))
	enr := shard + int64(10000+g.r.IntN(9000000))
	root := shard + 1
	// Who enrolled: a student joining a self-enrolment course, or the
	// teacher or admin who added them.
	observer := g.ageAt() >= 25 && g.r.IntN(3) == 0
	typ := "StudentEnrollment"
	if observer {
		typ = "ObserverEnrollment"
	}
	self := !observer && g.r.IntN(3) == 0
	actorID, actorLogin, actorSIS, actorIP := uid, p.email, "", p.ip
	var actorSISNode *node
	if !self {
		t := newPerson(g.r, p.c, g.t)
		actorID = shard + int64(1000+g.r.IntN(900000))
		actorLogin = t.email
		actorIP = t.ip
		if g.r.IntN(2) == 0 {
			actorSIS = "T" + pattern(g.r, "#####")
		}
	} else if g.r.IntN(2) == 0 {
		actorSIS = "S" + pattern(g.r, "#######")
	}
	if actorSIS != "" {
		actorSISNode = P(actorSIS)
	}
	ev := g.at(time.Duration(g.r.IntN(3000))*time.Millisecond, "2006-01-02T15:04:05.000Z")
	meta := O(
		"root_account_id", N(fmt.Sprint(root)),
		"root_account_uuid", N(g.b62(40)),
		"root_account_lti_guid", N(g.b62(40)+":canvas-lms"),
		"user_login", P(actorLogin),
		"user_account_id", N(fmt.Sprint(root)),
		"user_sis_id", actorSISNode,
		"user_id", P(fmt.Sprint(actorID)),
	)
	if self {
		meta.set("time_zone", orNull(g.tz(p.tz)))
	} else {
		// The teacher's account's zone: the school's, in the subject's
		// country all the same.
		meta.set("time_zone", N(p.c.tz))
		for _, c := range countries {
			if c.tz == p.c.tz {
				g.lab.Weak = addCountry(g.lab.Weak, c.code)
			}
		}
	}
	meta.set("developer_key_id", N(fmt.Sprint(shard+int64(g.r.IntN(100)))))
	meta.set("context_type", N("Course"))
	meta.set("context_id", N(fmt.Sprint(course)))
	meta.set("context_sis_source_id", N(pattern(g.r, "MATH-###-2026")))
	meta.set("context_role", N(map[bool]string{true: "StudentEnrollment", false: "TeacherEnrollment"}[self]))
	meta.set("request_id", N(g.uuid()))
	meta.set("session_id", P(g.hex(32)))
	meta.set("hostname", N(host))
	meta.set("http_method", N("POST"))
	meta.set("user_agent", g.ua())
	meta.set("client_ip", P(actorIP))
	meta.set("url", N(fmt.Sprintf("https://%s/courses/%d/enroll_users", host, course%10000000000000)))
	meta.set("referrer", N(fmt.Sprintf("https://%s/courses/%d/users", host, course%10000000000000)))
	meta.set("producer", N("canvas"))
	meta.set("event_name", N("enrollment_created"))
	meta.set("event_time", N(ev))

	name := p.given + " " + p.family
	sortable := p.family + ", " + p.given
	if p.c.familyFirst {
		name = p.fullName()
	}
	body := O(
		"enrollment_id", P(fmt.Sprint(enr)),
		"course_id", N(fmt.Sprint(course)),
		"user_id", P(fmt.Sprint(uid)),
		"user_name", P(name),
		"type", N(typ),
		"created_at", N(ev),
		"updated_at", N(ev),
		"limit_privileges_to_course_section", N(false),
		"course_section_id", N(fmt.Sprint(section)),
	)
	if observer {
		// The child this parent observes.
		body.set("associated_user_id", P(fmt.Sprint(shard+int64(1000+g.r.IntN(900000)))))
	} else {
		body.set("associated_user_id", N(nil))
	}
	body.set("workflow_state", N(pick(g.r, []string{"active", "invited", "creation_pending"})))

	avatar := N("https://" + host + "/images/messages/avatar-50.png")
	if g.r.IntN(3) == 0 {
		avatar = P(fmt.Sprintf("https://%s/images/thumbnails/%d/%s", host, 100000+g.r.IntN(900000), g.b62(40)))
	}
	sis := N(nil)
	login := P(p.email)
	if g.r.IntN(2) == 0 {
		s := pattern(g.r, "2026####")
		sis, login = P(s), P(s)
	}
	prof := O(
		"id", P(uid),
		"name", P(name),
		"short_name", P(p.given),
		"sortable_name", P(sortable),
		"title", N(nil),
		"bio", orNull(g.bio()),
		"pronouns", orNull(map[bool]*node{true: P(map[bool]string{true: "she/her", false: "he/him"}[p.female])}[g.r.IntN(3) == 0]),
		"primary_email", P(p.email),
		"login_id", login,
		"sis_user_id", sis,
		"lti_user_id", P(g.hex(40)),
		"avatar_url", avatar,
		// The private calendar feed: whoever holds the link reads the
		// user's timetable.
		"calendar", O("ics", C(fmt.Sprintf("https://%s/feeds/calendars/user_%s.ics", host, g.b62(40)))),
	)
	prof.set("time_zone", orNull(g.tz(p.tz)))
	prof.set("locale", orNull(g.locale(p.locale)))
	// A K-5 account: an elementary-school child.
	prof.set("k5_user", P(!observer && g.ageAt() <= 11))
	prof.set("use_classic_font_in_k5", N(false))
	return O("metadata", meta, "body", body, "user_profile", prof)
}

func steamPlayerSummary(g *gen) *node {
	g.adult(13) // Steam's subscriber agreement: 13 and over
	p := g.p
	steamID := fmt.Sprint(76561197960265728 + g.r.Int64N(1500000000))
	persona := pick(g.r, []string{p.username, p.givenL + "_" + fmt.Sprint(g.r.IntN(1000)), strings.ToUpper(p.familyL[:min(len(p.familyL), 4)]) + "x", p.given})
	hash := g.hex(40)
	img := func(suf string) *node {
		return P("https://avatars.steamstatic.com/" + hash + suf + ".jpg")
	}
	public := g.r.IntN(5) != 0
	pl := O(
		"steamid", P(steamID),
		"communityvisibilitystate", N(map[bool]int{true: 3, false: 1}[public]),
		"profilestate", N(1),
		"personaname", P(persona),
		"commentpermission", N(1),
		"profileurl", P(pick(g.r, []string{"https://steamcommunity.com/profiles/" + steamID + "/", "https://steamcommunity.com/id/" + p.username + "/"})),
		"avatar", img(""),
		"avatarmedium", img("_medium"),
		"avatarfull", img("_full"),
		"avatarhash", P(hash),
		"lastlogoff", N(g.t.Unix()-int64(g.r.IntN(86400*3))),
		"personastate", N(g.r.IntN(7)),
	)
	if public {
		if g.r.IntN(2) == 0 {
			pl.set("realname", P(pick(g.r, []string{p.given + " " + p.family, p.fullName(), p.given})))
		}
		pl.set("primaryclanid", N("103582791429521408"))
		pl.set("timecreated", N(g.t.Unix()-int64(86400*(30+g.r.IntN(3000)))))
		pl.set("personastateflags", N(0))
		if g.r.IntN(3) == 0 {
			gm := pick(g.r, [][2]string{{"730", "Counter-Strike 2"}, {"570", "Dota 2"}, {"1172470", "Apex Legends"}})
			pl.set("gameid", N(gm[0]))
			pl.set("gameextrainfo", N(gm[1]))
		}
		if p.showResidence && g.r.IntN(4) != 0 {
			pl.set("loccountrycode", g.residence(p.c.code))
			if p.c.code == "US" || p.c.code == "CA" || p.c.code == "AU" || g.r.IntN(2) == 0 {
				st := p.region
				if p.c.code != "US" {
					st = fmt.Sprintf("%02d", 1+g.r.IntN(40))
				}
				pl.set("locstatecode", g.addrN(st))
				// Steam's id of the user's city.
				pl.set("loccityid", P(1000+g.r.IntN(60000)))
			}
		}
	}
	out := O(
		"request", O(
			"method", N("GET"),
			"url", N("https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/"),
			"params", O(
				// The caller's Steam Web API key.
				"key", C(strings.ToUpper(g.hex(32))),
				"steamids", P(steamID),
				"format", N("json"),
			),
			"sent_at", N(g.at(0, iso)),
		),
		"response", O("response", O("players", A(pl))),
	)
	if g.r.IntN(2) == 0 {
		vac := g.r.IntN(12) == 0
		out.set("bans", O("players", A(O(
			"SteamId", P(steamID),
			// Whether this player was caught cheating: a judgement of them.
			"CommunityBanned", P(false),
			"VACBanned", P(vac),
			"NumberOfVACBans", P(map[bool]int{true: 1}[vac]),
			"DaysSinceLastBan", P(map[bool]int{true: 20 + g.r.IntN(900)}[vac]),
			"NumberOfGameBans", P(0),
			"EconomyBan", P("none"),
		))))
	}
	return out
}

func personaInquiry(g *gen) *node {
	g.adult(18)
	p := g.p
	inq := "inq_" + g.b62(24)
	ref := "user_" + g.b62(12)
	created := g.t.Add(-time.Duration(120+g.r.IntN(1800)) * time.Second)
	ts := func(t time.Time) string { return t.Format("2006-01-02T15:04:05.000Z") }
	middle := N(nil)
	if g.r.IntN(4) == 0 {
		middle = P(pick(g.r, []string{"Marie", "José", "Ali", "Lee"}))
	}
	attrs := O(
		"status", N("completed"),
		"reference-id", P(ref),
		"note", N(nil),
		"behaviors", O("request-spoof-attempts", N(0), "user-agent-spoof-attempts", N(0), "distraction-events", N(g.r.IntN(3)), "hesitation-percentage", N(float64(g.r.IntN(900))/10), "devtools-open", N(false), "completion-time", N(60+g.r.IntN(500))),
		"tags", A(),
		"created-at", N(ts(created)),
		"started-at", N(ts(created.Add(3*time.Second))),
		"completed-at", N(ts(g.t)),
		"decisioned-at", N(nil),
		"expires-at", N(nil),
		"name-first", P(p.given),
		"name-middle", middle,
		"name-last", P(p.family),
		"birthdate", g.dob("2006-01-02"),
	)
	fields := O(
		"name-first", O("type", N("string"), "value", P(p.given)),
		"name-last", O("type", N("string"), "value", P(p.family)),
		"birthdate", O("type", N("date"), "value", P(p.dob.Format("2006-01-02"))),
	)
	if p.showResidence {
		attrs.set("address-street-1", g.addr(p.street))
		attrs.set("address-street-2", N(nil))
		attrs.set("address-city", g.addr(p.city))
		attrs.set("address-subdivision", orNull(g.addrN(p.region)))
		attrs.set("address-postal-code", orNull(g.addr(p.post)))
		attrs.set("address-country-code", g.residence(p.c.code))
		fields.set("address-country-code", O("type", N("string"), "value", g.residence(p.c.code)))
	}
	attrs.set("email-address", P(p.email))
	attrs.set("phone-number", orNull(g.phone(g.e164())))
	idNum := N(nil)
	if p.idValue != "" && g.r.IntN(2) == 0 {
		idNum = P(p.idValue)
	}
	attrs.set("identification-number", idNum)
	attrs.set("fields", fields)

	// The government id the inquiry verified.
	class := pick(g.r, []string{"pp", "id", "dl"})
	ver := "ver_" + g.b62(24)
	vattrs := O("status", N("passed"), "id-class", N(class))
	number := strings.ToUpper(g.b62(9))
	if class == "dl" {
		// A driving licence is issued where its holder lives.
		g.lab.Residence = addCountry(g.lab.Residence, p.c.code)
		vattrs.set("country-code", N(p.c.code))
	} else {
		// A passport or identity card: its holder's nationality.
		g.lab.Citizenship = addCountry(g.lab.Citizenship, p.cit.code)
		vattrs.set("country-code", P(p.cit.code))
		if class == "id" && p.cit == p.c && p.idValue != "" {
			number = p.idValue
		}
	}
	issued := g.t.AddDate(-1-g.r.IntN(8), -g.r.IntN(12), 0)
	signed := func(side string) *node {
		// Time-limited signed links to the photos of the document.
		return C(fmt.Sprintf("https://files.withpersona.com/%s/%s.jpg?access_token=%s&expires=%d", ver, side, g.chars(b64Set, 64), g.t.Unix()+3600))
	}
	vattrs.set("name-first", P(p.given))
	vattrs.set("name-last", P(p.family))
	vattrs.set("birthdate", P(p.dob.Format("2006-01-02")))
	vattrs.set("identification-number", P(number))
	vattrs.set("issue-date", N(issued.Format("2006-01-02")))
	vattrs.set("expiration-date", N(issued.AddDate(10, 0, 0).Format("2006-01-02")))
	vattrs.set("issuing-authority", N(nil))
	vattrs.set("front-photo-url", signed("front"))
	if class != "pp" {
		vattrs.set("back-photo-url", signed("back"))
	}
	vattrs.set("created-at", N(ts(created.Add(40*time.Second))))
	vattrs.set("completed-at", N(ts(created.Add(90*time.Second))))
	rel := func(typ, id string) *node { return O("data", O("type", N(typ), "id", N(id))) }
	inquiry := O(
		"type", N("inquiry"),
		"id", P(inq),
		"attributes", attrs,
		"relationships", O(
			"account", O("data", O("type", N("account"), "id", P("act_"+g.b62(24)))),
			"template", O("data", N(nil)),
			"inquiry-template", rel("inquiry-template", "itmpl_"+g.b62(24)),
			"verifications", O("data", A(O("type", N("verification/government-id"), "id", P(ver)))),
			"sessions", O("data", A(O("type", N("inquiry-session"), "id", P("iqse_"+g.b62(24))))),
			"documents", O("data", A()),
			"selfie", O("data", N(nil)),
		),
	)
	evID := "evt_" + g.b62(24)
	sig := fmt.Sprintf("t=%d,v1=%s", g.t.Unix(), g.hex(64))
	return O(
		"headers", O("Persona-Signature", N(sig), "Content-Type", N("application/json")),
		"data", O(
			"type", N("event"),
			"id", N(evID),
			"attributes", O(
				"name", N("inquiry.completed"),
				"payload", O(
					"data", inquiry,
					"included", A(O("type", N("verification/government-id"), "id", P(ver), "attributes", vattrs)),
				),
				"created-at", N(ts(g.t)),
			),
		),
	)
}

// usLicence is a driver's licence number in the issuing state's pattern.
func (g *gen) usLicence(st string) string {
	switch st {
	case "CA":
		return pattern(g.r, "A#######")
	case "IL":
		return pattern(g.r, "A###-####-####")
	case "NY":
		return pattern(g.r, "### ### ###")
	}
	return pattern(g.r, "########")
}

func checkrCandidate(g *gen) *node {
	g.redraw("US")
	g.adult(18)
	p := g.p
	st := pick(g.r, usStates)
	id := g.hex(24)
	created := g.at(time.Duration(g.r.IntN(20))*time.Second, "2006-01-02T15:04:05Z")
	middle, noMiddle := N(nil), N(true)
	if g.r.IntN(2) == 0 {
		middle, noMiddle = P(pick(g.r, []string{"Lee", "Ann", "Marie", "James", "Ray"})), N(false)
	}
	c := O(
		"id", P(id),
		"object", N("candidate"),
		"uri", P("/v1/candidates/"+id),
		"created_at", N(created),
		"first_name", P(p.given),
		"middle_name", middle,
		"no_middle_name", noMiddle,
		"last_name", P(p.family),
		"mother_maiden_name", orNull(map[bool]*node{true: P(pick(g.r, []string{"Garcia", "Miller", "Davis", "Wilson"}))}[g.r.IntN(3) == 0]),
		"dob", g.dob("2006-01-02"),
		"ssn", P(p.idValue),
		"email", P(p.email),
		"zipcode", orNull(map[bool]*node{true: P(p.post)}[g.r.IntN(4) != 0]),
		"phone", orNull(g.phone(pick(g.r, []string{g.e164(), p.phoneNat, digitsOf(p.phoneNat)}))),
		"custom_id", P("EMP-"+pattern(g.r, "#####")),
	)
	if g.r.IntN(2) == 0 {
		c.set("driver_license_number", P(g.usLicence(st[0])))
		c.set("driver_license_state", N(st[0]))
		c.set("previous_driver_license_number", N(nil))
		c.set("previous_driver_license_state", N(nil))
	} else {
		c.set("driver_license_number", N(nil))
		c.set("driver_license_state", N(nil))
	}
	c.set("copy_requested", N(g.r.IntN(3) == 0))
	c.set("adjudication", N(nil))
	c.set("metadata", O("requisition_id", N("REQ-"+pattern(g.r, "####"))))
	c.set("report_ids", A())
	c.set("geo_ids", A(N(g.hex(24))))
	// Where the job is: the employer's site, not the candidate's home.
	c.set("work_locations", A(O("country", N("US"), "state", N(st[0]), "city", N(pick(g.r, []string{"Austin", "San Jose", "Chicago", "Buffalo", "Provo"})))))
	return O(
		"headers", O("X-Checkr-Signature", N(g.hex(64))),
		"body", O(
			"id", N(g.hex(24)),
			"object", N("event"),
			"type", N("candidate.created"),
			"created_at", N(created),
			"webhook_url", N("https://hooks.northwind.example/checkr"),
			"data", O("object", c),
			"account_id", N(g.hex(24)),
		),
	)
}

// personnummer is a Swedish personal identity number: the birth date
// (YYMMDD), a separator (+ from the hundredth year), three serial
// digits (the last odd for a man) and the Luhn check digit.
func (g *gen) personnummer() string {
	d := g.p.dob
	serial := g.r.IntN(100)*10 + g.r.IntN(5)*2
	if !g.p.female {
		serial++
	}
	body := d.Format("060102") + fmt.Sprintf("%03d", serial)
	s := 0
	for i, c := range body {
		v := int(c-'0') * (2 - i%2)
		s += v/10 + v%10
	}
	sep := "-"
	if g.ageAt() >= 100 {
		sep = "+"
	}
	return body[:6] + sep + body[6:] + fmt.Sprint((10-s%10)%10)
}

// klarnaMarket is what a Klarna market writes: the lower-case country,
// currency and tax rate of an order.
var klarnaMarket = map[string]struct {
	cur string
	tax int
}{"SE": {"SEK", 2500}, "DE": {"EUR", 1900}, "AT": {"EUR", 2000}, "NL": {"EUR", 2100}, "GB": {"GBP", 2000}, "US": {"USD", 0}}

func klarnaCheckoutOrder(g *gen) *node {
	switch x := g.r.IntN(10); {
	case x < 5:
		g.redraw("SE")
	case x < 7:
		g.redraw("DE")
	case x < 8:
		g.redraw("AT", "NL")
	default:
		g.redraw("GB", "US")
	}
	g.adult(18)
	p := g.p
	m := klarnaMarket[p.c.code]
	lc := strings.ToLower(p.c.code)
	locale := p.locale
	if g.r.IntN(5) == 0 {
		locale = "en-" + p.c.code
	}
	orderID := g.uuid()
	complete := p.showResidence
	qty := 1 + g.r.IntN(3)
	unit := 10000 * (1 + g.r.IntN(30))
	total := unit * qty
	taxAmt := total * m.tax / (10000 + m.tax)
	addr := func(q *person, self bool) *node {
		a := O(
			"given_name", P(q.given),
			"family_name", P(q.family),
			"email", P(q.email),
		)
		if g.r.IntN(4) == 0 {
			a.set("title", P(map[bool]string{true: "Mrs", false: "Mr"}[q.female]))
		}
		a.set("street_address", P(q.street))
		a.set("postal_code", P(q.post))
		a.set("city", P(q.city))
		if self {
			a.set("phone", orEmpty(g.phone(g.intl())))
			a.set("country", g.residence(lc))
		} else {
			a.set("phone", P(q.phone))
			a.set("country", N(lc))
		}
		return a
	}
	bill := O("given_name", P(p.given), "family_name", P(p.family), "email", P(p.email))
	var ship *node
	if complete {
		bill = addr(p, true)
		ship = bill
		if g.r.IntN(5) == 0 {
			// A gift to someone at another address in the same country.
			ship = addr(newPerson(g.r, p.c, g.t), false)
		}
	} else {
		bill.set("country", N(lc))
		bill.set("postal_code", orNull(g.addr(p.post)))
	}
	cust := O("type", N("person"))
	if p.c.code == "SE" || g.r.IntN(2) == 0 {
		cust.set("date_of_birth", g.dob("2006-01-02"))
	}
	if g.r.IntN(2) == 0 {
		cust.set("gender", P(g.gender()))
	}
	if p.c.code == "SE" && g.r.IntN(3) != 0 {
		cust.set("national_identification_number", P(g.personnummer()))
	}
	shop := "https://www.northwind-shop." + map[string]string{"SE": "se", "DE": "de", "AT": "at", "NL": "nl", "GB": "co.uk", "US": "com"}[p.c.code]
	started := g.t.Add(-time.Duration(60+g.r.IntN(900)) * time.Second)
	o := O(
		"order_id", N(orderID),
		"status", N(map[bool]string{true: "checkout_complete", false: "checkout_incomplete"}[complete]),
		"purchase_country", N(lc),
		"purchase_currency", N(m.cur),
		"locale", g.locale(locale),
		"billing_address", bill,
		"shipping_address", ship,
		"customer", cust,
		"order_amount", N(total),
		"order_tax_amount", N(taxAmt),
		"order_lines", A(O(
			"type", N("physical"),
			"reference", N("SKU-"+pattern(g.r, "#####")),
			"name", N(pick(g.r, []string{"Ullfilt", "Regenjacke", "Kaffebryggare", "Running shoes"})),
			"quantity", N(qty),
			"quantity_unit", N("pcs"),
			"unit_price", N(unit),
			"tax_rate", N(m.tax),
			"total_amount", N(total),
			"total_discount_amount", N(0),
			"total_tax_amount", N(taxAmt),
		)),
		"merchant_urls", O(
			"terms", N(shop+"/terms"),
			"checkout", N(shop+"/checkout?klarna_order_id={checkout.order.id}"),
			"confirmation", N(shop+"/confirmation?klarna_order_id={checkout.order.id}"),
			"push", N(shop+"/api/klarna/push?klarna_order_id={checkout.order.id}"),
		),
		"html_snippet", N(`<div id="klarna-checkout-container" style="overflow: hidden;"><script>window._klarnaCheckout=function(c){c("order_id","`+orderID+`")}</script></div>`),
		"started_at", N(started.Format("2006-01-02T15:04:05Z")),
	)
	if complete {
		o.set("completed_at", N(g.at(0, "2006-01-02T15:04:05Z")))
	}
	o.set("last_modified_at", N(g.at(0, "2006-01-02T15:04:05Z")))
	o.set("options", O("allow_separate_shipping_address", N(true), "date_of_birth_mandatory", N(p.c.code == "SE"), "require_validate_callback_success", N(false)))
	o.set("merchant_reference1", N(pattern(g.r, "NW-######")))
	recurring := complete && g.r.IntN(4) == 0
	o.set("recurring", N(recurring))
	if recurring {
		// With the merchant's credentials it charges the customer again.
		o.set("recurring_token", C(g.uuid()))
	}
	return o
}

// iyzicoCity is a city as an iyzico merchant writes it (ASCII, English).
func iyzicoCity(c string) string {
	return strings.NewReplacer("İ", "I", "ı", "i", "ş", "s", "ğ", "g", "ü", "u", "ö", "o", "ç", "c").Replace(c)
}

func iyzicoCheckoutForm(g *gen) *node {
	if g.r.IntN(5) != 0 {
		g.redraw("TR")
	}
	g.adult(18)
	p := g.p
	conv := pattern(g.r, "#########")
	basket := "B" + pattern(g.r, "#####")
	price := float64(100*(1+g.r.IntN(40))) + 0.9
	reg := g.t.AddDate(0, -g.r.IntN(30), -g.r.IntN(28)).Format("2006-01-02 15:04:05")
	last := g.t.Add(-time.Duration(g.r.IntN(600)) * time.Second).In(time.FixedZone("", 3*3600)).Format("2006-01-02 15:04:05")
	idNum := "11111111111" // the value iyzico documents for a buyer without one
	if p.c.code == "TR" || p.cit.code == "TR" {
		idNum = genTCKN(g.r, p.dob, p.female, [2]string{})
	} else if g.r.IntN(2) == 0 {
		idNum = strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1)) + g.chars("0123456789", 8)
	}
	idNode := P(idNum)
	if idNum == "11111111111" {
		idNode = N(idNum)
	}
	buyer := O(
		"id", P("BY"+pattern(g.r, "####")),
		"name", P(p.given),
		"surname", P(p.family),
		"identityNumber", idNode,
		"email", P(p.email),
		"gsmNumber", g.phone(g.e164()),
		"registrationDate", N(reg),
		"lastLoginDate", N(last),
	)
	full := p.given + " " + p.family
	var ship, bill *node
	if p.showResidence {
		buyer.set("registrationAddress", g.addr(p.street+" "+p.post+" "+p.city))
		buyer.set("city", g.addr(iyzicoCity(p.city)))
		buyer.set("country", g.residence(g.english()))
		buyer.set("zipCode", g.addr(p.post))
		rcpt, rcptName := p, full
		if g.r.IntN(5) == 0 {
			rcpt = newPerson(g.r, p.c, g.t)
			rcptName = rcpt.given + " " + rcpt.family
		}
		ship = O("contactName", P(rcptName), "city", P(iyzicoCity(rcpt.city)), "country", N(g.english()), "address", P(rcpt.street), "zipCode", P(rcpt.post))
		if rcpt == p {
			ship.set("country", g.residence(g.english()))
		}
		bill = O("contactName", P(full), "city", P(iyzicoCity(p.city)), "country", g.residence(g.english()), "address", P(p.street), "zipCode", P(p.post))
	}
	buyer.set("ip", P(p.ip))
	item := pick(g.r, [][3]string{{"Kitap", "Kültür", "Roman"}, {"Spor Ayakkabı", "Giyim", "Ayakkabı"}, {"Kulaklık", "Elektronik", "Ses"}})
	req := O(
		"locale", N(pick(g.r, []string{"tr", "tr", "en"})),
		"conversationId", N(conv),
		"price", N(price),
		"paidPrice", N(price),
		"currency", N("TRY"),
		"basketId", N(basket),
		"paymentGroup", N("PRODUCT"),
		"callbackUrl", N("https://www.northwind.com.tr/odeme/sonuc"),
		"enabledInstallments", A(N(1), N(2), N(3), N(6), N(9)),
		"buyer", buyer,
		"shippingAddress", ship,
		"billingAddress", bill,
		"basketItems", A(O("id", N("BI"+pattern(g.r, "###")), "price", N(price), "name", N(item[0]), "category1", N(item[1]), "category2", N(item[2]), "itemType", N("PHYSICAL"))),
	)
	token := g.uuid()
	rnd := fmt.Sprint(g.t.UnixMilli()) + pattern(g.r, "####")
	apiKey := "sandbox-" + g.b62(32)
	authz := "IYZWSv2 " + base64.StdEncoding.EncodeToString([]byte("apiKey:"+apiKey+"&randomKey:"+rnd+"&signature:"+g.hex(64)))
	resp := O(
		"status", N("success"),
		"locale", N("tr"),
		"systemTime", N(g.t.UnixMilli()),
		"conversationId", N(conv),
		// The checkout form's token and page: they open this payment.
		"token", C(token),
		"checkoutFormContent", C(`<script type="text/javascript">if (typeof iyziInit == 'undefined') {var iyziInit = {currency:"TRY",token:"`+token+`",price:`+fmt.Sprint(price)+`,pwiPrice:`+fmt.Sprint(price)+`,locale:"tr",baseUrl:"https://sandbox-api.iyzipay.com"};}</script>`),
		"tokenExpireTime", N(1800),
		"paymentPageUrl", C("https://sandbox-cpp.iyzipay.com?token="+token+"&lang=tr"),
		// The response's HMAC: it proves the sender.
		"signature", N(g.hex(64)),
	)
	return O(
		"request", O(
			"method", N("POST"),
			"url", N("https://sandbox-api.iyzipay.com/payment/iyzipos/checkoutform/initialize/auth/ecom"),
			"headers", O("Authorization", C(authz), "x-iyzi-rnd", N(rnd), "x-iyzi-client-version", N("iyzipay-node-2.0.61"), "Content-Type", N("application/json")),
			"body", req,
		),
		"response", resp,
	)
}

func tossPaymentStatusChanged(g *gen) *node {
	if g.r.IntN(10) != 0 {
		g.redraw("KR")
	}
	p := g.p
	kst := time.FixedZone("", 9*3600)
	req := g.t.Add(-time.Duration(30+g.r.IntN(600)) * time.Second)
	stamp := func(t time.Time) string { return t.In(kst).Format("2006-01-02T15:04:05-07:00") }
	amount := 1000 * (5 + g.r.IntN(200))
	vat := amount / 11
	method := pick(g.r, []string{"카드", "카드", "가상계좌", "간편결제", "휴대폰"})
	status := "DONE"
	if method == "가상계좌" {
		status = pick(g.r, []string{"WAITING_FOR_DEPOSIT", "DONE"})
	}
	orderID := "ORD-" + fmt.Sprint(g.t.UnixMilli())
	payKey := "tgen_" + g.t.In(kst).Format("20060102150405") + g.b62(5)
	// The country the payment was made from: a hint.
	g.lab.Weak = addCountry(g.lab.Weak, "KR")
	pay := O(
		"mId", N("tvivarepublica"),
		"lastTransactionKey", N(g.hex(32)),
		"paymentKey", N(payKey),
		"orderId", N(orderID),
		"orderName", N(pick(g.r, []string{"토스 티셔츠 외 2건", "생수 2L 6개", "온라인 강의 수강권", "Tシャツ"})),
		"taxExemptionAmount", N(0),
		"status", N(status),
		"requestedAt", N(stamp(req)),
		"approvedAt", orNull(map[bool]*node{true: N(stamp(g.t))}[status == "DONE"]),
		"useEscrow", N(false),
		"cultureExpense", N(false),
		"type", N("NORMAL"),
		"method", N(method),
		"version", N("2022-11-16"),
	)
	card, va, mobile, easy := N(nil), N(nil), N(nil), N(nil)
	secret := N(nil)
	switch method {
	case "카드", "간편결제":
		bin := pick(g.r, []string{"43301234", "53275000", "94906000"})
		card = O(
			"issuerCode", N(pick(g.r, []string{"11", "41", "61", "71"})),
			"acquirerCode", N(pick(g.r, []string{"11", "41"})),
			"number", P(bin+"****"+pattern(g.r, "###")+"*"),
			"installmentPlanMonths", N(pick(g.r, []int{0, 0, 3})),
			"isInterestFree", N(false),
			"interestPayer", N(nil),
			"approveNo", N(pattern(g.r, "########")),
			"useCardPoint", N(false),
			"cardType", N(pick(g.r, []string{"신용", "체크"})),
			"ownerType", N("개인"),
			"acquireStatus", N("READY"),
			"amount", N(amount),
		)
		if method == "간편결제" {
			easy = O("provider", N(pick(g.r, []string{"토스페이", "카카오페이", "네이버페이"})), "amount", N(0), "discountAmount", N(0))
		}
	case "가상계좌":
		due := g.t.Add(72 * time.Hour)
		va = O(
			"accountType", N("일반"),
			// The deposit account issued to this payer.
			"accountNumber", P(pattern(g.r, "#############")),
			"bankCode", N(pick(g.r, []string{"20", "88", "04"})),
			"customerName", P(p.fullName()),
			"dueDate", N(stamp(due)),
			"refundStatus", N("NONE"),
			"expired", N(false),
			"settlementStatus", N("INCOMPLETED"),
			"refundReceiveAccount", N(nil),
		)
		// Checks the deposit callback: whoever holds it can fake one.
		secret = C("ps_" + g.b62(20))
	case "휴대폰":
		v := g.phone(digitsOf(p.phoneNat))
		if v == nil {
			v = N("")
		}
		mobile = O("customerMobilePhone", v, "settlementStatus", N("INCOMPLETED"), "receiptUrl", P("https://dashboard.tosspayments.com/receipt/phone?transactionId="+g.hex(32)))
	}
	pay.set("card", card)
	pay.set("virtualAccount", va)
	pay.set("transfer", N(nil))
	pay.set("mobilePhone", mobile)
	pay.set("giftCertificate", N(nil))
	pay.set("cashReceipt", N(nil))
	pay.set("cashReceipts", N(nil))
	pay.set("discount", N(nil))
	pay.set("cancels", N(nil))
	pay.set("secret", secret)
	pay.set("easyPay", easy)
	pay.set("country", N("KR"))
	pay.set("failure", N(nil))
	pay.set("isPartialCancelable", N(true))
	pay.set("receipt", O("url", P("https://dashboard.tosspayments.com/receipt/redirection?transactionId="+payKey+"&ref=PX")))
	pay.set("checkout", O("url", P("https://api.tosspayments.com/v1/payments/"+payKey+"/checkout")))
	pay.set("currency", N("KRW"))
	pay.set("totalAmount", N(amount))
	pay.set("balanceAmount", N(amount))
	pay.set("suppliedAmount", N(amount-vat))
	pay.set("vat", N(vat))
	pay.set("taxFreeAmount", N(0))
	pay.set("metadata", N(nil))
	return O(
		"eventType", N("PAYMENT_STATUS_CHANGED"),
		"createdAt", N(g.t.In(kst).Format("2006-01-02T15:04:05.000000")),
		"data", pay,
	)
}

// esiaPhone writes a number as ESIA shows it: +7(XXX)XXXXXXX.
func (g *gen) esiaPhone() string {
	if strings.HasPrefix(g.p.phoneE164, "+7") && len(g.p.phoneE164) == 12 {
		n := g.p.phoneE164[2:]
		return "+7(" + n[:3] + ")" + n[3:]
	}
	return g.p.phoneE164
}

// birthCert is a Soviet-style birth certificate series and number: a
// Roman numeral, a dash and two Cyrillic letters, then six digits.
func (g *gen) birthCert() (string, string) {
	return pick(g.r, []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII"}) + "-" + pick(g.r, []string{"МЮ", "МЛ", "АГ", "ИК", "РК"}), pattern(g.r, "######")
}

func esiaPerson(g *gen) *node {
	g.redraw("RU")
	if g.r.IntN(8) == 0 {
		// A foreign citizen living in Russia with a confirmed account.
		g.p.cit = countryByCode(pick(g.r, []string{"KZ", "BY", "UA"}))
	}
	g.adult(14) // an account of one's own from 14
	p := g.p
	p.showCitizenship = g.r.IntN(5) != 0
	oid := fmt.Sprint(1000000000 + g.r.Int64N(100000000))
	ddmm := "02.01.2006"
	trusted := g.r.IntN(6) != 0
	claims := map[string]any{"nbf": g.t.Unix(), "scope": "fullname?oid=" + oid + " birthdate?oid=" + oid + " snils?oid=" + oid, "iss": "http://esia.gosuslugi.ru/", "urn:esia:sid": g.hex(32), "urn:esia:sbj_id": oid, "exp": g.t.Unix() + 3600, "iat": g.t.Unix(), "client_id": "NORTHWIND"}
	prn := O(
		"stateFacts", A(N("EntityRoot")),
		"firstName", P(p.given),
		"lastName", P(p.family),
		"middleName", P(g.patronymic()),
		"birthDate", g.dob(ddmm),
		"birthPlace", P("г. "+pick(g.r, p.cit.cities)),
		"gender", P(map[bool]string{true: "F", false: "M"}[p.female]),
		"trusted", N(trusted),
		"citizenship", g.citizenship(alpha3[p.cit.code]),
		"snils", P(genSNILS(g.r, p.dob, p.female, [2]string{})),
	)
	if g.r.IntN(2) == 0 {
		prn.set("inn", P(genINN(g.r, p.dob, p.female, [2]string{})))
	}
	prn.set("updatedOn", N(g.t.Unix()-int64(g.r.IntN(86400*300))))
	prn.set("status", N("REGISTERED"))
	prn.set("verifying", N(false))
	prn.set("rIdDoc", N(10000000+g.r.IntN(90000000)))
	prn.set("containsUpCfmCode", N(false))
	prn.set("eTag", N(strings.ToUpper(g.hex(40))))

	var ctts []*node
	if v := g.phone(g.esiaPhone()); v != nil {
		ctts = append(ctts, O("stateFacts", A(N("Identifiable")), "id", N(10000000+g.r.IntN(90000000)), "type", N("MBT"), "vrfStu", N("VERIFIED"), "value", v, "eTag", N(strings.ToUpper(g.hex(40)))))
	}
	ctts = append(ctts, O("stateFacts", A(N("Identifiable")), "id", N(10000000+g.r.IntN(90000000)), "type", N("EML"), "vrfStu", N(pick(g.r, []string{"VERIFIED", "NOT_VERIFIED"})), "value", P(p.email), "eTag", N(strings.ToUpper(g.hex(40)))))
	if g.ageAt() >= 18 && g.r.IntN(4) == 0 {
		ctts = append(ctts, O("stateFacts", A(N("Identifiable")), "id", N(10000000+g.r.IntN(90000000)), "type", N("CEM"), "vrfStu", N("NOT_VERIFIED"), "value", P(latinOnly(p.givenL)+"."+latinOnly(p.familyL)+"@northwind.ru"), "eTag", N(strings.ToUpper(g.hex(40)))))
	}
	prn.set("contacts", O("stateFacts", A(N("hasSize")), "size", N(len(ctts)), "elements", A(ctts...)))

	if p.showResidence {
		house, flat := fmt.Sprint(1+g.r.IntN(120)), fmt.Sprint(1+g.r.IntN(300))
		var addrs []*node
		for _, typ := range []string{"PRG", "PLV"}[:1+g.r.IntN(2)] {
			// PRG: the registered place of residence; PLV: where one lives.
			addrs = append(addrs, O(
				"stateFacts", A(N("Identifiable")),
				"id", N(10000000+g.r.IntN(90000000)),
				"type", N(typ),
				"addressStr", P(p.region+", г. "+p.city+", "+p.street),
				"countryId", g.residence("RUS"),
				"zipCode", g.addr(p.post),
				"region", g.addrN(p.region),
				"city", g.addr("г. "+p.city),
				"street", g.addr(p.street),
				"house", P(house),
				"flat", P(flat),
				"fiasCode", P(pattern(g.r, "##-#-###-###-###-###-####-####")),
				"eTag", N(strings.ToUpper(g.hex(40))),
			))
		}
		prn.set("addresses", O("stateFacts", A(N("hasSize")), "size", N(len(addrs)), "elements", A(addrs...)))
	}

	doc := O("stateFacts", A(N("Identifiable")), "id", N(10000000+g.r.IntN(90000000)))
	if p.cit.code == "RU" {
		// A Russian passport: its holder is a Russian citizen.
		g.lab.Citizenship = addCountry(g.lab.Citizenship, "RU")
		doc.set("type", N("RF_PASSPORT"))
		doc.set("vrfStu", N(map[bool]string{true: "VERIFIED", false: "NOT_VERIFIED"}[trusted]))
		doc.set("series", P(pattern(g.r, "####")))
		doc.set("number", P(pattern(g.r, "######")))
		doc.set("issueDate", N(g.t.AddDate(-1-g.r.IntN(15), 0, -g.r.IntN(300)).Format(ddmm)))
		doc.set("issueId", N(pattern(g.r, "###-###")))
		doc.set("issuedBy", N(pick(g.r, []string{"ГУ МВД России по г. Москве", "Отделом УФМС России по Республике Татарстан", "ГУ МВД России по Новосибирской области"})))
	} else {
		// A foreign passport: its issuing state is the holder's nationality.
		g.lab.Citizenship = addCountry(g.lab.Citizenship, p.cit.code)
		doc.set("type", N("FID_DOC"))
		doc.set("vrfStu", N("VERIFIED"))
		doc.set("series", N(nil))
		doc.set("number", P(strings.ToUpper(g.chars("ABCKMNPT", 2))+pattern(g.r, "#######")))
		doc.set("issueDate", N(g.t.AddDate(-1-g.r.IntN(8), 0, 0).Format(ddmm)))
		doc.set("issuedBy", orNull(Nif(map[string]string{"KZ": "МВД РК", "BY": "МВД Республики Беларусь", "UA": "ДМС України"}[p.cit.code])))
		doc.set("fidCountry", P(alpha3[p.cit.code]))
	}
	doc.set("eTag", N(strings.ToUpper(g.hex(40))))
	prn.set("documents", O("stateFacts", A(N("hasSize")), "size", N(1), "elements", A(doc)))

	if g.ageAt() >= 24 && g.r.IntN(3) == 0 {
		var kids []*node
		for range 1 + g.r.IntN(2) {
			k := newPerson(g.r, p.c, g.t)
			bd := g.t.AddDate(-g.r.IntN(min(18, g.ageAt()-18)), 0, -g.r.IntN(365))
			ser, num := g.birthCert()
			kid := O(
				"stateFacts", A(N("Identifiable")),
				"id", N(10000000+g.r.IntN(90000000)),
				"firstName", P(k.given),
				"lastName", P(p.family),
				"middleName", P(g.patronymic()),
				"birthDate", P(bd.Format(ddmm)),
				"gender", P(map[bool]string{true: "F", false: "M"}[k.female]),
				"snils", P(genSNILS(g.r, bd, k.female, [2]string{})),
				"rfBrthCert", O("series", P(ser), "number", P(num), "issueDate", N(bd.AddDate(0, 0, 10+g.r.IntN(40)).Format(ddmm))),
				"eTag", N(strings.ToUpper(g.hex(40))),
			)
			kids = append(kids, kid)
		}
		prn.set("kids", O("stateFacts", A(N("hasSize")), "size", N(len(kids)), "elements", A(kids...)))
	}
	idClaims := map[string]any{"aud": "NORTHWIND", "sub": oid, "nbf": g.t.Unix(), "amr": "PWD", "urn:esia:amd": "PWD", "auth_time": g.t.Unix() - 5, "iss": "http://esia.gosuslugi.ru/", "urn:esia:sid": claims["urn:esia:sid"], "exp": g.t.Unix() + 3600, "iat": g.t.Unix()}
	return O(
		"client_id", N("NORTHWIND"),
		"received_at", N(g.at(0, iso)),
		"token", O(
			"access_token", C(g.jwt("GOST3410_2012_256", claims)),
			"expires_in", N(3600),
			"state", N(g.uuid()),
			"token_type", N("Bearer"),
			"refresh_token", C(g.uuid()),
			"id_token", C(g.jwt("GOST3410_2012_256", idClaims)),
		),
		"oid", P(oid),
		"person", prn,
	)
}

// Values of the custom attributes a Chinese employer keeps: the
// ethnic group (民族) and political status (政治面貌).
var (
	cnEthnic    = []string{"汉族", "汉族", "汉族", "回族", "满族", "壮族", "维吾尔族", "藏族", "蒙古族"}
	cnPolitical = []string{"中共党员", "中共预备党员", "共青团员", "群众", "民盟盟员"}
)

func feishuUserCreated(g *gen) *node {
	lark := false
	switch x := g.r.IntN(10); {
	case x < 7:
		g.redraw("CN")
	case x < 8:
		g.redraw("TW")
	default:
		lark = true
		g.redraw("JP", "SG", "TH", "ID")
	}
	g.adult(16)
	p := g.p
	cdn := map[bool]string{true: "https://s16-imfile-sg.larksuitecdn.com", false: "https://s1-imfile.feishucdn.com"}[lark]
	avKey := "v2_" + g.uuid() + "g"
	av := func(size string) *node {
		q := ""
		if size != "" {
			q = "?image_size=" + size + "&cut_type=&quality=&format=png&sticker_format=.webp"
		}
		return P(cdn + "/static-resource/v1/" + avKey + "~" + q)
	}
	tenantDomain := pick(g.r, []string{"northwind", "xinghe-tech", "sakura-kk"})
	openID, unionID := "ou_"+g.hex(32), "on_"+g.hex(32)
	userID := g.hex(8)
	if g.r.IntN(2) == 0 {
		userID = latinOnly(p.givenL) + latinOnly(p.familyL)
	}
	en := cap1(latinOnly(p.givenL)) + " " + cap1(latinOnly(p.familyL))
	u := O(
		"open_id", P(openID),
		"union_id", P(unionID),
		"user_id", P(userID),
		"name", P(p.fullName()),
		"en_name", P(en),
		"nickname", orEmpty(map[bool]*node{true: P(p.given)}[g.r.IntN(3) == 0]),
		"email", P(p.email),
		"enterprise_email", P(strings.ToLower(latinOnly(p.givenL)+"."+latinOnly(p.familyL))+"@"+tenantDomain+"."+map[bool]string{true: "larksuite.com", false: "feishu.cn"}[lark]),
		"job_title", P(pick(g.r, []string{"产品经理", "前端工程师", "销售代表", "エンジニア", "HRBP"})),
		"mobile", orEmpty(g.phone(g.e164())),
		"mobile_visible", N(true),
		"gender", P(map[bool]int{true: 2, false: 1}[p.female]),
		"avatar", O("avatar_72", av("72x72"), "avatar_240", av("240x240"), "avatar_640", av("640x640"), "avatar_origin", av("")),
		"status", O("is_frozen", N(false), "is_resigned", N(false), "is_activated", N(false), "is_exited", N(false), "is_unjoin", N(true)),
		"department_ids", A(N("od-"+g.hex(32))),
		"leader_user_id", P("ou_"+g.hex(32)),
		"city", P(p.city),
	)
	if g.r.IntN(2) == 0 {
		// The country or region the admin entered: a work location,
		// a hint of where the member lives.
		g.lab.Weak = addCountry(g.lab.Weak, p.c.code)
		u.set("country", N(p.c.code))
	}
	u.set("work_station", P(pick(g.r, []string{"A座 5F-012", "望京SOHO T3 1203", "3F East 21"})))
	u.set("join_time", P(g.t.AddDate(0, 0, g.r.IntN(20)).Unix()))
	u.set("is_tenant_manager", N(false))
	u.set("employee_no", P(pattern(g.r, "######")))
	u.set("employee_type", N(1+g.r.IntN(2)))
	u.set("orders", A(O("department_id", N("od-"+g.hex(32)), "user_order", N(0), "department_order", N(1), "is_primary_dept", N(true))))
	u.set("time_zone", g.tz(p.tz))
	var attrs []*node
	attr := func(v *node) {
		attrs = append(attrs, O("type", N("TEXT"), "id", N("C-"+pattern(g.r, "7###################")), "value", O("text", v)))
	}
	if p.c.code == "CN" {
		if p.idValue != "" && g.r.IntN(2) == 0 {
			attr(P(p.idValue)) // 身份证号
		}
		if g.r.IntN(2) == 0 {
			attr(S(pick(g.r, cnEthnic), "ethnicity")) // 民族
		}
		if g.r.IntN(2) == 0 {
			attr(S(pick(g.r, cnPolitical), "political")) // 政治面貌
		}
	}
	if g.r.IntN(3) == 0 {
		// 紧急联系人: another person, with their number.
		ec := newPerson(g.r, p.c, g.t)
		attr(P(ec.fullName() + " " + ec.phoneE164))
	}
	if b := g.bio(); b != nil && g.r.IntN(3) == 0 {
		attr(b) // 个人简介
	}
	u.set("custom_attrs", A(attrs...))
	u.set("job_level_id", N("mga5oa8ayjlp9rb"+g.hex(4)))
	u.set("job_family_id", N("mga5oa8ayjlp9rb"+g.hex(4)))
	u.set("dotted_line_leader_user_ids", A())
	return O(
		"schema", N("2.0"),
		"header", O(
			"event_id", N(g.hex(32)),
			"event_type", N("contact.user.created_v3"),
			"create_time", N(fmt.Sprint(g.t.UnixMilli())),
			// The app's verification token: with it anyone can post
			// events the app will believe.
			"token", C(g.b62(32)),
			"app_id", N("cli_"+g.hex(16)),
			"tenant_key", N(g.hex(16)),
		),
		"event", O("object", u),
	)
}

// myNumber is a Japanese Individual Number: eleven digits and the check
// digit of the Number Act's Cabinet Order (weights 2-7 then 2-6 from the
// right, 11 less the remainder, 0 when the remainder is 0 or 1).
func (g *gen) myNumber() string {
	d := digits(g.r, 11)
	s := 0
	for n := 1; n <= 11; n++ {
		q := n + 1
		if n >= 7 {
			q = n - 5
		}
		s += d[11-n] * q
	}
	c := 0
	if r := s % 11; r > 1 {
		c = 11 - r
	}
	v := str(append(d, c))
	if g.r.IntN(3) == 0 {
		return v[:4] + " " + v[4:8] + " " + v[8:]
	}
	return v
}

func kintoneRecordWebhook(g *gen) *node {
	if g.r.IntN(10) != 0 {
		g.redraw("JP")
	}
	app := pick(g.r, []string{"問診票", "入塾申込", "入社手続き"})
	switch app {
	case "入塾申込":
		g.inAge(6, 17)
	case "入社手続き":
		g.adult(16)
	}
	p := g.p
	sub := pick(g.r, []string{"northwind", "sakura-clinic", "juku-meiko", "yamada-shoji"}) + fmt.Sprint(g.r.IntN(100))
	appID := 10 + g.r.IntN(500)
	recID := 1 + g.r.IntN(5000)
	made := g.t.UTC().Format("2006-01-02T15:04:05Z")
	staff := newPerson(g.r, countryByCode("JP"), g.t)
	staffCode := latinOnly(staff.givenL) + "." + latinOnly(staff.familyL)
	f := func(typ string, v *node) *node { return O("type", N(typ), "value", v) }
	rec := O(
		"レコード番号", f("RECORD_NUMBER", P(fmt.Sprint(recID))),
		"$id", f("__ID__", P(fmt.Sprint(recID))),
		"$revision", f("__REVISION__", N("1")),
		"作成者", f("CREATOR", O("code", P(staffCode), "name", P(staff.fullName()))),
		"作成日時", f("CREATED_TIME", N(made)),
		"更新者", f("MODIFIER", O("code", P(staffCode), "name", P(staff.fullName()))),
		"更新日時", f("UPDATED_TIME", N(made)),
	)
	name := p.fullName()
	if p.c.code == "JP" && g.r.IntN(2) == 0 {
		name = p.family + " " + p.given
	}
	addr := func(prefix string) {
		if !p.showResidence {
			return
		}
		if p.c.code == "JP" {
			// No country field: a Japanese address from its prefecture
			// or city on states the residence all the same.
			g.lab.Residence = addCountry(g.lab.Residence, "JP")
		}
		rec.set(prefix+"郵便番号", f("SINGLE_LINE_TEXT", g.addr(p.post)))
		rec.set(prefix+"住所", f("SINGLE_LINE_TEXT", P(strings.TrimSpace(p.city+p.street))))
	}
	sexWord := map[bool]string{true: "女性", false: "男性"}[p.female]
	title := name
	switch app {
	case "問診票":
		rec.set("氏名", f("SINGLE_LINE_TEXT", P(name)))
		rec.set("生年月日", f("DATE", g.dob("2006-01-02")))
		rec.set("性別", f("RADIO_BUTTON", P(sexWord)))
		rec.set("電話番号", f("SINGLE_LINE_TEXT", orEmpty(g.phone(p.phoneNat))))
		rec.set("メールアドレス", f("SINGLE_LINE_TEXT", P(p.email)))
		addr("")
		rec.set("保険者番号", f("SINGLE_LINE_TEXT", N(pattern(g.r, "0613####"))))
		rec.set("記号・番号", f("SINGLE_LINE_TEXT", P(pattern(g.r, "####・#####"))))
		rec.set("症状", f("MULTI_LINE_TEXT", S(pick(g.r, []string{"3日前から38度の発熱と咳があります。", "胃の痛みが続いています。", "気分の落ち込みと不眠が1か月続いています。", "腰痛で歩くのがつらいです。"}), "health")))
		var hist []*node
		for _, h := range []string{"高血圧", "糖尿病", "喘息", "うつ病"} {
			if g.r.IntN(4) == 0 {
				hist = append(hist, S(h, "health"))
			}
		}
		rec.set("既往歴", f("CHECK_BOX", A(hist...)))
		rec.set("アレルギー", f("SINGLE_LINE_TEXT", orEmpty(map[bool]*node{true: S(pick(g.r, []string{"ペニシリン", "卵", "花粉", "そば"}), "health")}[g.r.IntN(2) == 0])))
		rec.set("服用中の薬", f("MULTI_LINE_TEXT", orEmpty(map[bool]*node{true: S(pick(g.r, []string{"アムロジピン 5mg", "メトホルミン 500mg", "ロキソニン"}), "health")}[g.r.IntN(3) == 0])))
		if p.female && g.ageAt() >= 15 && g.ageAt() <= 50 {
			rec.set("妊娠の可能性", f("RADIO_BUTTON", S(pick(g.r, []string{"なし", "なし", "あり", "わからない"}), "health")))
		}
		rec.set("同意", f("CHECK_BOX", A(N("個人情報の取扱いに同意する"))))
		rec.set("保険証画像", f("FILE", A(O("contentType", N("image/jpeg"), "fileKey", P(g.t.Format("20060102150405")+g.hex(20)), "name", N("hokensho.jpg"), "size", N(fmt.Sprint(80000+g.r.IntN(400000)))))))
	case "入塾申込":
		par := newPerson(g.r, p.c, g.t)
		parName := p.family + " " + par.given
		if p.c.noSpace {
			parName = p.family + par.given
		}
		grade := g.ageAt() - 6
		gradeStr, school := fmt.Sprintf("小学%d年", max(grade, 1)), pick(g.r, []string{"桜ヶ丘小学校", "市立第二小学校"})
		if grade > 6 {
			gradeStr, school = fmt.Sprintf("中学%d年", min(grade-6, 3)), pick(g.r, []string{"市立第一中学校", "私立青葉中学校"})
		}
		if grade > 9 {
			gradeStr, school = fmt.Sprintf("高校%d年", min(grade-9, 3)), pick(g.r, []string{"県立北高等学校", "私立明星高等学校"})
		}
		rec.set("生徒氏名", f("SINGLE_LINE_TEXT", P(name)))
		rec.set("生年月日", f("DATE", g.dob("2006-01-02")))
		rec.set("性別", f("RADIO_BUTTON", P(sexWord)))
		rec.set("学年", f("DROP_DOWN", P(gradeStr)))
		rec.set("学校名", f("SINGLE_LINE_TEXT", P(school)))
		rec.set("保護者氏名", f("SINGLE_LINE_TEXT", P(parName)))
		// The parent's number: it points at where it was issued.
		g.lab.Weak = addCountry(g.lab.Weak, par.phoneCC)
		rec.set("保護者電話番号", f("SINGLE_LINE_TEXT", P(par.phoneNat)))
		rec.set("保護者メール", f("SINGLE_LINE_TEXT", P(par.email)))
		addr("")
		rec.set("希望コース", f("CHECK_BOX", A(N("数学"), N("英語"))))
		if g.r.IntN(3) == 0 {
			rec.set("配慮事項", f("MULTI_LINE_TEXT", S(pick(g.r, []string{"ADHDの診断があります。", "食物アレルギー（ピーナッツ）があります。", "喘息の発作に注意してください。"}), "health")))
		}
	default:
		rec.set("氏名", f("SINGLE_LINE_TEXT", P(name)))
		rec.set("生年月日", f("DATE", g.dob("2006-01-02")))
		rec.set("性別", f("RADIO_BUTTON", P(sexWord)))
		addr("現")
		rec.set("携帯電話", f("SINGLE_LINE_TEXT", orEmpty(g.phone(p.phoneNat))))
		rec.set("マイナンバー", f("SINGLE_LINE_TEXT", P(g.myNumber())))
		rec.set("基礎年金番号", f("SINGLE_LINE_TEXT", P(pattern(g.r, "####-######"))))
		if p.cit.code != "JP" || g.r.IntN(4) == 0 {
			p.showCitizenship = true
			rec.set("国籍", f("SINGLE_LINE_TEXT", g.citizenship(map[bool]string{true: "日本", false: p.cit.name}[p.cit.code == "JP"])))
			if p.cit.code != "JP" && p.c.code == "JP" {
				// A residence card: issued by Japan to those who live there.
				g.lab.Residence = addCountry(g.lab.Residence, "JP")
				rec.set("在留カード番号", f("SINGLE_LINE_TEXT", P(pattern(g.r, "AA########AA"))))
				rec.set("在留資格", f("DROP_DOWN", P(pick(g.r, []string{"技術・人文知識・国際業務", "特定技能1号", "永住者", "留学"}))))
			}
		}
		rec.set("振込口座", f("SINGLE_LINE_TEXT", P(pick(g.r, []string{"三菱UFJ銀行", "ゆうちょ銀行", "みずほ銀行"})+" 普通 "+pattern(g.r, "#######"))))
		var deps []*node
		if g.ageAt() >= 25 && g.r.IntN(2) == 0 {
			for range 1 + g.r.IntN(2) {
				d := newPerson(g.r, p.c, g.t)
				bd := g.t.AddDate(-g.r.IntN(min(40, g.ageAt()-5)), 0, -g.r.IntN(365))
				deps = append(deps, O("id", N(fmt.Sprint(1000000+g.r.IntN(9000000))), "value", O(
					"続柄", f("DROP_DOWN", P(pick(g.r, []string{"配偶者", "長男", "長女", "次男"}))),
					"家族氏名", f("SINGLE_LINE_TEXT", P(p.family+" "+d.given)),
					"家族生年月日", f("DATE", P(bd.Format("2006-01-02"))),
					"家族マイナンバー", f("SINGLE_LINE_TEXT", P(g.myNumber())),
				)))
			}
		}
		rec.set("扶養家族", f("SUBTABLE", A(deps...)))
	}
	host := "https://" + sub + ".cybozu.com"
	return O(
		"id", N(fmt.Sprintf("%02d%s", g.r.IntN(100), g.hex(30))),
		"type", N("ADD_RECORD"),
		"app", O("id", N(fmt.Sprint(appID)), "name", N(app)),
		"record", rec,
		"recordTitle", P(title),
		"url", P(fmt.Sprintf("%s/k/%d/show#record=%d", host, appID, recID)),
	)
}
