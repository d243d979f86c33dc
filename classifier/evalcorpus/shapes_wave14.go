package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"html"
	"strings"
	"time"
)

// wave14Shapes are a fourteenth set of producers, written blind from each
// producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a European payment
// service, an inbound e-mail service, a hotel property management
// system, a Philippine payment gateway, a messaging platform, a B2B lead
// form, an appointment scheduler with intake forms and Chile's national
// login: a Mollie payment fetched on its id-only webhook with the
// payer's IBAN, the customer and the SEPA mandate, a Postmark inbound
// e-mail with its headers, Cc'd people and the body in the sender's
// language, a Mews Connector reservation with the booker's and the
// companions' customer records (passports, nationality, notes and
// classifications), a Maya Checkout request and its payment webhook
// (Filipino middle names, buyers abroad shipping to family at home), a
// Sunshine Conversations v2 webhook of WhatsApp, LINE, Telegram or web
// messages, a LinkedIn Lead Sync form response whose answers name their
// questions only by number, an Acuity Scheduling appointment with its
// health intake form and a ClaveÚnica login with its RolUnico.
var wave14Shapes = []Shape{
	{Name: "mollie_payment_fetched", Doc: "docs.mollie.com/reference/webhooks (Mollie POSTs only id=tr_… as application/x-www-form-urlencoded to the webhookUrl; the receiver fetches the object with Authorization: Bearer live_…) and docs.mollie.com/reference/get-payment (Payment{resource payment, id tr_…, mode live, createdAt, amount{value \"10.00\", currency EUR}, description, method ideal / bancontact / banktransfer / directdebit / creditcard, metadata, status paid, paidAt, amountRefunded, amountRemaining, locale nl_NL, countryCode (the consumer's, ISO 3166-1 alpha-2), profileId pfl_…, sequenceType oneoff / first / recurring, redirectUrl, webhookUrl, customerId cst_…, mandateId mdt_…, details per method: ideal {consumerName, consumerAccount IBAN, consumerBic}, bancontact {cardNumber last four, cardFingerprint, consumerName, consumerAccount, consumerBic}, banktransfer {bankName, bankAccount, bankBic, transferReference, billingEmail, consumerName, consumerAccount, consumerBic}, directdebit {consumerName, consumerAccount, consumerBic, transferReference, creditorIdentifier, dueDate, signatureDate}, creditcard {cardHolder, cardNumber, cardFingerprint, cardAudience, cardLabel, cardCountryCode, cardSecurity, feeRegion}; _links{self, dashboard, customer, mandate, documentation}}), docs.mollie.com/reference/get-customer (resource customer, id, mode, name, email, locale, metadata, createdAt, _links) and docs.mollie.com/reference/get-mandate (resource mandate, id mdt_…, mode, status valid, method directdebit, details{consumerName, consumerAccount, consumerBic}, mandateReference, signatureDate YYYY-MM-DD, createdAt), with IBANs of valid ISO 13616 check digits", build: mollieFetched},
	{Name: "postmark_inbound_email", Doc: "postmarkapp.com/developer/webhooks/inbound-webhook and postmarkapp.com/developer/user-guide/inbound/parse-an-email (POST of the parsed message as JSON: FromName, MessageStream inbound, From, FromFull{Email, Name, MailboxHash}, To, ToFull[{Email, Name, MailboxHash}], Cc, CcFull[], Bcc, BccFull[], OriginalRecipient hash+mailboxhash@inbound.postmarkapp.com, Subject, MessageID, ReplyTo, MailboxHash, Date (RFC 5322, the sender's offset), TextBody, HtmlBody, StrippedTextReply, Tag, Headers[{Name, Value}] (Received, X-Spam-Status, X-Spam-Score, X-Spam-Tests, Received-SPF, DKIM-Signature, Message-ID, Content-Language, X-Originating-IP …), Attachments[{Name, Content base64, ContentType, ContentLength}]; basic-auth credentials in the webhook URL arrive as an Authorization header), as a support desk's relay logs it, with mail in the senders' languages and scripts", build: postmarkInbound},
	{Name: "mews_reservation_customers", Doc: "mews-systems.gitbook.io/connector-api (General webhooks {EnterpriseId, IntegrationId, Events[{Discriminator ServiceOrderUpdated / CustomerAdded, Value{Id}}]}; every request carries ClientToken, AccessToken and Client in its JSON body; reservations/getAll/2023-06-06 {Reservations[{Id, ServiceId, AccountId, AccountType Customer, BookerId, Number, ChannelNumber, State Confirmed, Origin, CommanderOrigin, CreatedUtc, UpdatedUtc, ScheduledStartUtc, ScheduledEndUtc, ActualStartUtc, ActualEndUtc, RequestedResourceCategoryId, AssignedResourceId, BusinessSegmentId, RateId, GroupId, Purpose, PersonCounts[{AgeCategoryId, Count}], Options{OwnerCheckedIn, AllCompanionsCheckedIn, AnyCompanionCheckedIn}}], Cursor}; companionships/getAll {Companionships[{Id, CustomerId, ReservationGroupId, ReservationId}]}; customers/getAll {Customers[{Id, ChainId, Number, Title Mister / Miss / Misses, Sex Male / Female, FirstName, LastName, SecondLastName, NationalityCode ISO alpha-2, LanguageCode, BirthDate, BirthPlace, Occupation, Email, HasOtaEmail, Phone, TaxIdentificationNumber, LoyaltyCode, AccountingCode, BillingCode, Notes, CarRegistrationNumber, CreatedUtc, UpdatedUtc, Passport / IdentityCard / Visa / DriversLicense {Number, Expiration, Issuance, IssuingCountryCode}, Address{Line1, Line2, City, PostalCode, CountryCode, CountrySubdivisionCode}, Classifications (Returning, Important, DisabledPerson, Student, Military …), Options (SendMarketingEmails, Invoiceable …), ActivityState}], Cursor}): the booker's record and the companions' (a spouse, children, friends: other people, with their own nationalities and passports)", build: mewsReservation},
	{Name: "maya_checkout_payment", Doc: "developers.maya.ph Maya Checkout (POST https://pg.paymaya.com/checkout/v1/checkouts with Authorization: Basic base64(public key + ':') {totalAmount{value, currency PHP, details{discount, serviceCharge, shippingFee, tax, subtotal}}, buyer{firstName, middleName (the mother's maiden surname), lastName, birthday YYYY-MM-DD, customerSince, sex M/F, contact{phone, email}, shippingAddress{firstName, middleName, lastName, phone, email, line1, line2, city, state, zipCode, countryCode, shippingType ST / SD}, billingAddress{line1, line2, city, state, zipCode, countryCode}}, items[{name, quantity, code, description, amount{value}, totalAmount{value}}], redirectUrl{success, failure, cancel}, requestReferenceNumber, metadata} -> {checkoutId, redirectUrl}; the payment webhook PAYMENT_SUCCESS {id, isPaid, status, amount, currency, canVoid, canRefund, canCapture, createdAt, updatedAt, description, paymentTokenId, fundSource{type card, id, description, details{scheme, last4, first6, masked, issuer}}, receipt{transactionId, receiptNo, approval_code, approvalCode}, approvalCode, receiptNumber, requestReferenceNumber, metadata}), with Filipino buyers at home and abroad shipping to family in the Philippines", build: mayaCheckoutPayment},
	{Name: "sunshine_conversations_message", Doc: "docs.smooch.io/rest (Sunshine Conversations v2 webhooks: POST with the X-API-Key header holding the webhook secret, {app{id}, webhook{id, version v2}, events[{id, createdAt, type conversation:message, payload{conversation{id, type personal, brandId, activeSwitchboardIntegration{id, name, integrationId, integrationType}}, message{id, received, author{userId, displayName, avatarUrl, type user, user{id, externalId, signedUpAt, authenticated, profile{givenName, surname, email, avatarUrl, locale}, metadata} (includeFullUser)}, content{type text, text}, source{type whatsapp / line / telegram / web, integrationId, originalMessageId, client{id, type, externalId (the WhatsApp number without +, the LINE user id, the Telegram chat id), displayName, status, lastSeen, raw}, device{id, guid, type, status, info{sdkVersion, URL, userAgent, referrer, browserLanguage, currentUrl, currentTitle}} (includeFullSource)}}}}]}), with free-text messages in the customers' languages telling names, phone numbers, addresses and health or religion", build: sunshineMessage},
	{Name: "linkedin_lead_form_response", Doc: "learn.microsoft.com/linkedin/marketing/lead-sync (Lead Sync API: lead notification {type LEAD_ACTION, leadGenFormResponse urn:li:leadGenFormResponse:…, leadGenForm, owner{sponsoredAccount}, leadAction CREATED, occurredAt}; GET /rest/leadFormResponses/{id} with Authorization: Bearer, LinkedIn-Version YYYYMM, X-Restli-Protocol-Version 2.0.0 -> {id, owner{sponsoredAccount urn}, submitter urn:li:person:…, versionedLeadGenFormUrn urn:li:versionedLeadGenForm:(urn:li:leadGenForm:N,V), leadType SPONSORED, submittedAt ms, testLead, formResponse{answers[{questionId, answerDetails{textQuestionAnswer{answer}} | {multipleChoiceAnswer{options[]}}}], consentResponses[{consentId, accepted}]}, leadMetadata{sponsoredLeadMetadata{campaign}}, associatedEntity{associatedCreative}}; GET /rest/leadForms/{id} -> {id, owner, name, state PUBLISHED, versionId, created, content{description, questions[{questionId, name, question{localized{en_US}}, predefinedField FIRST_NAME / LAST_NAME / EMAIL / PHONE_NUMBER / CITY / COUNTRY / COMPANY_NAME / JOB_TITLE / WORK_EMAIL, questionDetails{textQuestionDetails{maxResponseLength} | multipleChoiceQuestionDetails{options[{id, text{localized}}]}}}], consents[{consentId, content{localized}, required}]}, hiddenFields}): the answers name their questions only by number, custom questions included", build: linkedinLeadResponse},
	{Name: "acuity_appointment_intake", Doc: "developers.acuityscheduling.com/docs/webhooks (POST application/x-www-form-urlencoded action=scheduled&id=…&calendarID=…&appointmentTypeID=… with X-Acuity-Signature, base64 HMAC-SHA256 of the body with the API key) and developers.acuityscheduling.com/reference/get-appointments-id (GET https://acuityscheduling.com/api/v1/appointments/{id} with HTTP Basic user id:API key -> {id, firstName, lastName, phone, email, date \"June 17, 2013\", time 10:15am, endTime, dateCreated, datetimeCreated, datetime ISO with offset, price, priceSold, paid, amountPaid, type, appointmentTypeID, classID, addonIDs, category, duration, calendar, calendarID, certificate, confirmationPage, location, notes, timezone (the client's), calendarTimezone, canceled, canClientCancel, canClientReschedule, labels[{id, name, color}], forms[{id, name, values[{id, fieldID, name, value}]}], formsText}): clinics' and therapists' intake forms with medical history, medication, emergency contacts (other people) and the client's address", build: acuityAppointment},
	{Name: "claveunica_login", Doc: "claveunica.gob.cl/institucional/manual-de-integracion and the ClaveÚnica OpenID Connect integration guide (GET https://accounts.claveunica.gob.cl/openid/authorize?client_id&response_type=code&scope=openid run name email&redirect_uri&state -> redirect_uri?code&state; POST /openid/token {client_id, client_secret, redirect_uri, grant_type authorization_code, code} -> {access_token, token_type bearer, expires_in 3600, id_token}; POST /openid/userinfo with Authorization: Bearer -> {sub, RolUnico{numero (the RUN without its check digit, a number), DV (the mod-11 check character, K for 10), tipo RUN}, name{nombres[], apellidos[] (paternal then maternal)}, email}) as a Chilean public service's relying party logs the login, foreign residents' RUNs (20 million and above) among them", build: claveUnicaLogin},
}

// w14Local is t on the subject's clock (UTC when the zone is unknown).
func (g *gen) w14Local(t time.Time) time.Time {
	if _, ok := zoneOffsets[g.p.tz]; !ok {
		return t.UTC()
	}
	h, _ := g.utcOffset()
	return t.In(time.FixedZone("", int(h*3600)))
}

// w14Initial is the first letter of a name, for "J. de Vries".
func w14Initial(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// mollieBIC are banks of the payers' countries.
var mollieBIC = map[string][]string{
	"NL": {"INGBNL2A", "RABONL2U", "ABNANL2A", "SNSBNL2A", "BUNQNL2A"},
	"BE": {"GEBABEBB", "KREDBEBB", "BBRUBEBB", "GKCCBEBB"},
	"DE": {"COBADEFFXXX", "DEUTDEDBXXX", "INGDDEFFXXX", "GENODEM1GLS"},
	"FR": {"BNPAFRPPXXX", "CRLYFRPPXXX", "SOGEFRPP", "AGRIFRPP882"},
	"AT": {"BKAUATWWXXX", "GIBAATWWXXX", "RZOOAT2L", "OBKLAT2L"},
}

// mollieJoint is how a bank names a joint account's holders.
var mollieJoint = map[string]string{"NL": " en/of ", "BE": " en/of ", "DE": " u. ", "AT": " u. ", "FR": " ou "}

func mollieFetched(g *gen) *node {
	g.redraw("NL", "NL", "NL", "NL", "BE", "BE", "DE", "DE", "FR", "AT")
	g.adult(18)
	p := g.p
	cc := p.c.code
	pid := "tr_" + g.b62(10)
	cid := "cst_" + g.b62(10)
	mid := "mdt_" + g.b62(10)
	org := "org_" + fmt.Sprint(1000000+g.r.IntN(9000000))
	methods := []string{"banktransfer", "directdebit", "creditcard", "creditcard"}
	switch cc {
	case "NL":
		methods = append(methods, "ideal", "ideal", "ideal", "ideal")
	case "BE":
		methods = append(methods, "bancontact", "bancontact", "bancontact")
	}
	method := pick(g.r, methods)
	seq := "oneoff"
	if method == "directdebit" {
		seq = pick(g.r, []string{"first", "recurring", "recurring"})
	} else if method == "creditcard" && g.r.IntN(4) == 0 {
		seq = "first"
	}
	ts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05+00:00") }
	created := g.t.Add(-time.Duration(60+g.r.IntN(3000)) * time.Second)
	amount := fmt.Sprintf("%d.%02d", 5+g.r.IntN(400), g.r.IntN(100))
	eur := func(v string) *node { return O("value", N(v), "currency", N("EUR")) }
	// The account holder as the bank names them.
	holder := p.given + " " + p.family
	switch g.r.IntN(5) {
	case 0:
		holder = w14Initial(p.given) + ". " + p.family
	case 1:
		q := newPerson(g.r, p.c, g.t)
		holder = w14Initial(p.given) + ". " + p.family + mollieJoint[cc] + w14Initial(q.given) + ". " + q.family
	case 2:
		holder = strings.ToUpper(p.family + " " + p.given)
	}
	iban := ibanFor(g.r, cc)
	bic := pick(g.r, mollieBIC[cc])
	order := fmt.Sprint(100000 + g.r.IntN(900000))
	shop := pick(g.r, []string{"https://www.fietsenwinkel.example", "https://shop.kaffeerösterei.example", "https://boutique.example.fr", "https://tickets.example.be"})
	locale := strings.ReplaceAll(p.locale, "-", "_")
	api := "https://api.mollie.com/v2/"
	link := func(href *node, typ string) *node { return O("href", href, "type", N(typ)) }
	details := O()
	consumer := func() {
		details.set("consumerName", P(holder))
		details.set("consumerAccount", P(iban))
		details.set("consumerBic", N(bic))
	}
	signed := g.t.AddDate(0, -g.r.IntN(30), -g.r.IntN(28))
	if seq == "first" {
		signed = g.t
	}
	switch method {
	case "ideal":
		consumer()
	case "bancontact":
		details.set("cardNumber", P(pattern(g.r, "####")))
		details.set("cardFingerprint", P(g.b62(24)))
		details.set("qrCode", N(nil))
		consumer()
	case "banktransfer":
		details.set("bankName", N("Stichting Mollie Payments"))
		details.set("bankAccount", N(ibanOf("NL", "INGB"+pattern(g.r, "##########"))))
		details.set("bankBic", N("INGBNL2A"))
		details.set("transferReference", N(pattern(g.r, "RF##-####-####-####")))
		details.set("billingEmail", P(p.email))
		consumer()
	case "directdebit":
		consumer()
		details.set("transferReference", N("SD"+pattern(g.r, "##-####-####-####")))
		details.set("creditorIdentifier", N(genCreditorID(g.r, pick(g.r, []string{"NL", "NL", cc}))))
		details.set("dueDate", N(g.t.AddDate(0, 0, 3).Format("2006-01-02")))
		details.set("signatureDate", P(signed.Format("2006-01-02")))
		details.set("bankReasonCode", N(nil))
		details.set("bankReason", N(nil))
		details.set("endToEndIdentifier", N(nil))
		details.set("mandateReference", P("NW-MD"+pattern(g.r, "######")))
		details.set("batchReference", N(nil))
		details.set("fileReference", N(nil))
	case "creditcard":
		label := pick(g.r, []string{"Mastercard", "Visa", "Visa", "Maestro"})
		details.set("cardHolder", P(holder))
		details.set("cardNumber", P(pattern(g.r, "####")))
		details.set("cardFingerprint", P(g.b62(24)))
		details.set("cardAudience", N("consumer"))
		details.set("cardLabel", N(label))
		details.set("cardCountryCode", N(cc))
		details.set("cardSecurity", N("3dsecure"))
		details.set("feeRegion", N("intra-eu"))
	}
	pay := O(
		"resource", N("payment"),
		"id", N(pid),
		"mode", N("live"),
		"createdAt", N(ts(created)),
		"amount", eur(amount),
		"description", N("Order #"+order),
		"method", N(method),
		"metadata", O("order_id", N(order)),
		"status", N("paid"),
		"paidAt", N(ts(g.t.Add(-time.Duration(2+g.r.IntN(50))*time.Second))),
		"amountRefunded", eur("0.00"),
		"amountRemaining", eur(amount),
		"locale", g.locale(locale),
		"countryCode", g.residence(cc),
		"profileId", N("pfl_"+g.b62(10)),
		"sequenceType", N(seq),
		"redirectUrl", N(shop+"/order/"+order+"/return"),
		"webhookUrl", N(shop+"/payments/webhook"),
	)
	withCustomer := seq != "oneoff" || g.r.IntN(2) == 0
	if withCustomer {
		pay.set("customerId", P(cid))
	}
	if seq != "oneoff" {
		pay.set("mandateId", P(mid))
	}
	pay.set("settlementAmount", eur(amount))
	pay.set("details", details)
	links := O(
		"self", link(N(api+"payments/"+pid), "application/hal+json"),
		"dashboard", link(N("https://my.mollie.com/dashboard/"+org+"/payments/"+pid), "text/html"),
	)
	if withCustomer {
		links.set("customer", link(P(api+"customers/"+cid), "application/hal+json"))
	}
	if seq != "oneoff" {
		links.set("mandate", link(P(api+"customers/"+cid+"/mandates/"+mid), "application/hal+json"))
	}
	links.set("documentation", link(N("https://docs.mollie.com/reference/get-payment"), "text/html"))
	pay.set("_links", links)
	out := O(
		"received_at", N(g.at(0, iso)),
		"webhook", O(
			"method", N("POST"),
			"path", N("/payments/webhook"),
			"headers", O("Content-Type", N("application/x-www-form-urlencoded"), "User-Agent", N("Mollie HTTP")),
			"body", N("id="+pid),
		),
		"fetch", O(
			"method", N("GET"),
			"url", N(api+"payments/"+pid),
			"headers", O("Authorization", C("Bearer live_"+g.b62(30)), "Accept", N("application/json")),
		),
		"payment", pay,
	)
	if withCustomer {
		var meta *node = N(nil)
		if g.r.IntN(2) == 0 {
			meta = O("shop_customer_id", P(fmt.Sprint(10000+g.r.IntN(90000))))
		}
		out.set("customer", O(
			"resource", N("customer"),
			"id", P(cid),
			"mode", N("live"),
			"name", P(p.given+" "+p.family),
			"email", P(p.email),
			"locale", orNull(g.locale(locale)),
			"metadata", meta,
			"createdAt", N(ts(signed.Add(-time.Hour))),
			"_links", O(
				"self", link(P(api+"customers/"+cid), "application/hal+json"),
				"dashboard", link(P("https://my.mollie.com/dashboard/"+org+"/customers/"+cid), "text/html"),
				"documentation", link(N("https://docs.mollie.com/reference/get-customer"), "text/html"),
			),
		))
	}
	if seq != "oneoff" {
		out.set("mandate", O(
			"resource", N("mandate"),
			"id", P(mid),
			"mode", N("live"),
			"status", N("valid"),
			"method", N(map[bool]string{true: "directdebit", false: "creditcard"}[method == "directdebit"]),
			"details", map[bool]*node{
				true:  O("consumerName", P(holder), "consumerAccount", P(iban), "consumerBic", N(bic)),
				false: O("cardHolder", P(holder), "cardNumber", P(pattern(g.r, "####")), "cardLabel", N("Mastercard"), "cardFingerprint", P(g.b62(24)), "cardExpiryDate", P(g.t.AddDate(1+g.r.IntN(4), 0, 0).Format("2006-01")+"-31")),
			}[method == "directdebit"],
			"mandateReference", P("NW-MD"+pattern(g.r, "######")),
			"signatureDate", P(signed.Format("2006-01-02")),
			"createdAt", N(ts(signed)),
			"_links", O(
				"self", link(P(api+"customers/"+cid+"/mandates/"+mid), "application/hal+json"),
				"customer", link(P(api+"customers/"+cid), "application/hal+json"),
				"documentation", link(N("https://docs.mollie.com/reference/get-mandate"), "text/html"),
			),
		))
	}
	return out
}

// w14Msg is a customer's message, by language: greeting, name, phone,
// address, reference and closing lines (each with %s where it applies).
type w14Lines struct{ hi, name, phone, addr, ref, bye, subject string }

var w14Msg = map[string]w14Lines{
	"en": {"Hello,", "my name is %s.", "You can reach me on %s.", "My address is %s.", "It is about booking %s.", "Kind regards,", "Question about booking %s"},
	"de": {"Guten Tag,", "mein Name ist %s.", "Sie erreichen mich unter %s.", "Meine Adresse: %s.", "Es geht um die Buchung %s.", "Mit freundlichen Grüßen", "Frage zu Buchung %s"},
	"fr": {"Bonjour,", "je m'appelle %s.", "Vous pouvez me joindre au %s.", "Mon adresse : %s.", "Il s'agit de la réservation %s.", "Cordialement,", "Question sur la réservation %s"},
	"es": {"Hola,", "me llamo %s.", "Pueden llamarme al %s.", "Mi dirección es %s.", "Es sobre la reserva %s.", "Saludos,", "Consulta sobre la reserva %s"},
	"pt": {"Olá,", "meu nome é %s.", "Meu telefone é %s.", "Meu endereço é %s.", "É sobre o pedido %s.", "Atenciosamente,", "Dúvida sobre o pedido %s"},
	"it": {"Buongiorno,", "mi chiamo %s.", "Potete chiamarmi al %s.", "Il mio indirizzo è %s.", "Riguarda la prenotazione %s.", "Cordiali saluti,", "Domanda sulla prenotazione %s"},
	"pl": {"Dzień dobry,", "nazywam się %s.", "Mój telefon: %s.", "Mój adres: %s.", "Chodzi o rezerwację %s.", "Pozdrawiam,", "Pytanie o rezerwację %s"},
	"nl": {"Hallo,", "mijn naam is %s.", "U kunt mij bereiken op %s.", "Mijn adres is %s.", "Het gaat om boeking %s.", "Met vriendelijke groet,", "Vraag over boeking %s"},
	"ru": {"Здравствуйте!", "Меня зовут %s.", "Мой телефон: %s.", "Мой адрес: %s.", "Это по заказу %s.", "С уважением,", "Вопрос по заказу %s"},
	"uk": {"Добрий день!", "Мене звати %s.", "Мій телефон: %s.", "Моя адреса: %s.", "Це щодо замовлення %s.", "З повагою,", "Питання щодо замовлення %s"},
	"tr": {"Merhaba,", "adım %s.", "Telefonum: %s.", "Adresim: %s.", "%s numaralı rezervasyon hakkında.", "Saygılarımla,", "%s numaralı rezervasyon"},
	"ja": {"お世話になっております。", "%sと申します。", "電話番号は%sです。", "住所は%sです。", "予約番号%sの件でご連絡しました。", "よろしくお願いいたします。", "予約番号%sについて"},
	"zh": {"您好，", "我叫%s。", "我的电话是%s。", "我的地址是%s。", "关于订单%s。", "谢谢！", "关于订单%s的问题"},
	"ko": {"안녕하세요.", "저는 %s입니다.", "제 전화번호는 %s입니다.", "주소는 %s입니다.", "예약 번호 %s 관련 문의입니다.", "감사합니다.", "예약 %s 문의"},
	"ar": {"مرحباً،", "اسمي %s.", "رقم هاتفي %s.", "عنواني %s.", "بخصوص الحجز رقم %s.", "مع التحية،", "استفسار عن الحجز %s"},
	"he": {"שלום,", "שמי %s.", "הטלפון שלי %s.", "הכתובת שלי %s.", "בנוגע להזמנה %s.", "תודה,", "שאלה לגבי הזמנה %s"},
	"th": {"สวัสดีค่ะ", "ดิฉันชื่อ%s", "เบอร์โทร %s", "ที่อยู่ %s", "เรื่องการจองหมายเลข %s", "ขอบคุณค่ะ", "สอบถามการจอง %s"},
	"el": {"Καλησπέρα,", "ονομάζομαι %s.", "Το τηλέφωνό μου είναι %s.", "Η διεύθυνσή μου είναι %s.", "Αφορά την κράτηση %s.", "Με εκτίμηση,", "Ερώτηση για την κράτηση %s"},
	"hi": {"नमस्ते,", "मेरा नाम %s है।", "मेरा फ़ोन नंबर %s है।", "मेरा पता %s है।", "यह बुकिंग %s के बारे में है।", "धन्यवाद,", "बुकिंग %s के बारे में"},
	"vi": {"Xin chào,", "tôi tên là %s.", "Số điện thoại của tôi là %s.", "Địa chỉ của tôi là %s.", "Về đơn đặt chỗ %s.", "Trân trọng,", "Hỏi về đơn %s"},
}

// w14Lang is the language the subject writes in, with its lines.
func (g *gen) w14Lang() (string, w14Lines) {
	lang := g.p.c.lang
	l, ok := w14Msg[lang]
	if !ok || g.r.IntN(6) == 0 {
		return "en", w14Msg["en"]
	}
	return lang, l
}

// w14Message is a message the subject writes: who they are, optionally
// a reference, their bio's line (a special category when it names one),
// their number (recorded as the phone's evidence) and address, as lines;
// cat is the bio's category.
func (g *gen) w14Lines(l w14Lines, ref string, withPhone, withAddr bool) (lines []string, cat string) {
	p := g.p
	lines = []string{l.hi, fmt.Sprintf(l.name, p.fullName())}
	if ref != "" {
		lines = append(lines, fmt.Sprintf(l.ref, ref))
	}
	if p.bio != "" && g.r.IntN(3) != 0 {
		lines = append(lines, p.bio)
		cat = p.bioCat
	}
	if withPhone && g.phone("") != nil {
		// Typed by hand: a tel: URI is how systems write it, not people.
		num := p.phone
		if strings.HasPrefix(num, "tel:") {
			num = g.intl()
		}
		lines = append(lines, fmt.Sprintf(l.phone, num))
	}
	if withAddr && p.showResidence {
		lines = append(lines, fmt.Sprintf(l.addr, w14Address(p)))
	}
	return lines, cat
}

// w14Address is the subject's address on one line, in the country's
// order: the big unit first in East Asia, the street first elsewhere.
func w14Address(p *person) string {
	switch p.c.code {
	case "JP":
		return "〒" + p.post + " " + p.city + p.street
	case "CN", "TW":
		return p.city + p.street
	case "KR":
		return p.city + " " + p.street
	}
	return p.street + ", " + p.post + " " + p.city
}

// w14Sep joins a message's sentences: no space in Chinese and Japanese.
func w14Sep(lang string) string {
	if lang == "ja" || lang == "zh" {
		return ""
	}
	return " "
}

// w14Message is w14Lines joined by sep.
func (g *gen) w14Message(l w14Lines, ref, sep string, withPhone, withAddr bool) (string, string) {
	lines, cat := g.w14Lines(l, ref, withPhone, withAddr)
	return strings.Join(lines, sep), cat
}

// textLeaf labels free text: sensitive of cat, else personal.
func textLeaf(v, cat string) *node {
	if cat != "" {
		return S(v, cat)
	}
	return P(v)
}

// rfc5322 is a Date header on the sender's clock when the event tells
// the zone, else in UTC.
func (g *gen) rfc5322(t time.Time) *node {
	if n := g.tzNum("x"); n != nil {
		return n.withRaw(g.w14Local(t).Format("Mon, 2 Jan 2006 15:04:05 -0700"))
	}
	return N(t.UTC().Format("Mon, 2 Jan 2006 15:04:05 -0700"))
}

func postmarkInbound(g *gen) *node {
	p := g.p
	lang, l := g.w14Lang()
	company := pick(g.r, [][2]string{{"Northwind Hotels", "reservations@northwind-hotels.example"}, {"Globex Care", "patients@globex-care.example"}, {"Initech Travel", "help@initech-travel.example"}, {"Contoso Shop", "support@contoso-shop.example"}})
	hash := g.hex(32)
	mbox := "ticket-" + fmt.Sprint(10000+g.r.IntN(90000))
	inbound := hash + "+" + mbox + "@inbound.postmarkapp.com"
	ref := "NW-" + pattern(g.r, "######")
	text, cat := g.w14Message(l, ref, "\n\n", g.r.IntN(2) == 0, g.r.IntN(3) == 0)
	reply := text + "\n\n" + l.bye + "\n" + p.fullName()
	sent := g.t.Add(-time.Duration(5+g.r.IntN(600)) * time.Second)
	quoted := reply + "\n\nOn " + sent.Add(-26*time.Hour).UTC().Format("Mon, Jan 2, 2006 at 3:04 PM") + " " + company[0] + " <" + company[1] + "> wrote:\n> Thank you for contacting " + company[0] + ". Your reference is " + ref + "."
	htmlBody := `<div dir="ltr">` + strings.ReplaceAll(html.EscapeString(reply), "\n", "<br>") + `</div><div class="gmail_quote">On ` + sent.Add(-26*time.Hour).UTC().Format("Mon, Jan 2, 2006") + ` ` + company[0] + ` wrote:<blockquote>Thank you for contacting ` + company[0] + `.</blockquote></div>`
	subject := "Re: " + fmt.Sprintf(l.subject, ref)
	fromName := p.fullName()
	var cc, ccFull []*node
	ccLine := ""
	if g.r.IntN(3) == 0 {
		// A spouse or colleague copied in: another person.
		q := newPerson(g.r, p.c, g.t)
		ccLine = fmt.Sprintf("\"%s\" <%s>", q.fullName(), q.email)
		ccFull = append(ccFull, O("Email", P(q.email), "Name", P(q.fullName()), "MailboxHash", N("")))
	}
	if ccLine != "" {
		cc = append(cc, P(ccLine))
	} else {
		cc = append(cc, N(""))
	}
	domain := p.email[strings.IndexByte(p.email, '@')+1:]
	msgID := "<" + g.b62(32) + "@" + domain + ">"
	if domain == "gmail.com" {
		msgID = "<CA" + g.b62(40) + "@mail.gmail.com>"
	}
	headers := []*node{
		O("Name", N("Return-Path"), "Value", P("<"+p.email+">")),
		O("Name", N("Received"), "Value", N("by p-pm-inboundg02a-aws-euwest1a.inbound.postmarkapp.com (Postfix, from userid 996) id "+strings.ToUpper(g.hex(10))+"; "+sent.UTC().Format("Mon, 2 Jan 2006 15:04:05 +0000 (MST)"))),
		O("Name", N("X-Spam-Checker-Version"), "Value", N("SpamAssassin 3.4.0 (2014-02-07) on p-pm-inboundg02a-aws-euwest1a")),
		O("Name", N("X-Spam-Status"), "Value", N("No")),
		O("Name", N("X-Spam-Score"), "Value", N(fmt.Sprintf("%.1f", -float64(g.r.IntN(20))/10))),
		O("Name", N("X-Spam-Tests"), "Value", N("DKIM_SIGNED,DKIM_VALID,DKIM_VALID_AU,RCVD_IN_DNSWL_NONE,SPF_HELO_NONE,SPF_PASS")),
		O("Name", N("Received-SPF"), "Value", P("pass ("+domain+": Sender is authorized to use '"+p.email+"' in 'mfrom' identity (mechanism 'include:_spf."+domain+"' matched)) receiver=p-pm-inboundg02a-aws-euwest1a; identity=mailfrom; envelope-from=\""+p.email+"\"; helo=mail-ej1-f41.google.com; client-ip=209.85.218.41")),
		O("Name", N("DKIM-Signature"), "Value", N("v=1; a=rsa-sha256; c=relaxed/relaxed; d="+domain+"; s=20230601; t="+fmt.Sprint(sent.Unix())+"; h=to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to; bh="+base64.StdEncoding.EncodeToString([]byte(g.hex(16)))+"; b="+g.chars(b62Set+"+/", 340))),
		O("Name", N("MIME-Version"), "Value", N("1.0")),
		O("Name", N("Message-ID"), "Value", N(msgID)),
	}
	if v := g.locale(p.locale); v != nil {
		headers = append(headers, O("Name", N("Content-Language"), "Value", v))
	}
	if g.r.IntN(4) == 0 {
		headers = append(headers, O("Name", N("X-Originating-IP"), "Value", P("["+p.ip+"]")))
	}
	var atts []*node
	switch g.r.IntN(5) {
	case 0:
		img := g.jpegB64(400 + g.r.IntN(400))
		atts = append(atts, O("Name", P("passport_"+strings.ToLower(latinOnly(p.familyL))+".jpg"), "Content", P(img), "ContentType", N("image/jpeg"), "ContentLength", N(len(img)*3/4)))
	case 1:
		pdf := base64.StdEncoding.EncodeToString([]byte("%PDF-1.7\n" + g.hex(200)))
		atts = append(atts, O("Name", P("medical_certificate.pdf"), "Content", S(pdf, "health"), "ContentType", N("application/pdf"), "ContentLength", N(len(pdf)*3/4)))
	}
	body := O(
		"FromName", P(fromName),
		"MessageStream", N("inbound"),
		"From", P(p.email),
		"FromFull", O("Email", P(p.email), "Name", P(fromName), "MailboxHash", N("")),
		"To", N(fmt.Sprintf("\"%s\" <%s>", company[0], company[1])),
		"ToFull", A(O("Email", N(company[1]), "Name", N(company[0]), "MailboxHash", N(""))),
		"Cc", cc[0],
		"CcFull", A(ccFull...),
		"Bcc", N(""),
		"BccFull", A(),
		"OriginalRecipient", N(inbound),
		"Subject", P(subject),
		"MessageID", N(g.uuid()),
		"ReplyTo", N(""),
		"MailboxHash", N(mbox),
		"Date", g.rfc5322(sent),
		"TextBody", textLeaf(quoted, cat),
		"HtmlBody", textLeaf(htmlBody, cat),
		"StrippedTextReply", textLeaf(reply, cat),
		"Tag", N(""),
		"Headers", A(headers...),
		"Attachments", A(atts...),
	)
	hdr := O("Content-Type", N("application/json"), "User-Agent", N("Postmark"))
	if g.r.IntN(2) == 0 {
		hdr.set("Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte("postmark:"+g.b62(20)))))
	}
	_ = lang
	return O("received_at", N(g.at(0, iso)), "path", N("/inbound/postmark"), "headers", hdr, "body", body)
}

// mewsNote is what the front desk writes in a customer's notes, with
// the special category it tells.
var mewsNotes = []bioLine{
	{"health", "Wheelchair user - accessible room near the lift, roll-in shower."},
	{"health", "Severe peanut allergy, kitchen informed."},
	{"health", "Guest is pregnant, extra pillows and no feather duvet."},
	{"religion", "Halal breakfast only, no alcohol in the minibar."},
	{"religion", "Kosher meals requested; Shabbat - needs a mechanical key, not the card."},
	{"", "Late arrival around 23:30, keep the room."},
	{"", "Anniversary - champagne on arrival."},
	{"", "Prefers a high floor, quiet room away from the street."},
}

func mewsReservation(g *gen) *node {
	g.adult(18)
	p := g.p
	ts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	chain := g.uuid()
	enterprise := g.uuid()
	service := g.uuid()
	ownerID := g.uuid()
	resID := g.uuid()
	groupID := g.uuid()
	adultsCat, childCat := g.uuid(), g.uuid()
	booked := g.t.Add(-time.Duration(1+g.r.IntN(90*24)) * time.Hour)
	arrive := g.t.AddDate(0, 0, 1+g.r.IntN(60)).Truncate(24 * time.Hour).Add(14 * time.Hour)
	nights := 1 + g.r.IntN(7)
	hisp := p.c.code == "ES" || p.c.code == "MX" || p.c.code == "AR" || p.c.code == "CL" || p.c.code == "CO" || p.c.code == "PE"
	sex := map[bool]string{true: "Female", false: "Male"}[p.female]
	title := map[bool]string{true: pick(g.r, []string{"Misses", "Miss"}), false: "Mister"}[p.female]
	doc := func(number string, issued time.Time, country *node) *node {
		return O("Number", P(number), "Expiration", P(issued.AddDate(10, 0, -1).Format("2006-01-02")), "Issuance", P(issued.Format("2006-01-02")), "IssuingCountryCode", country)
	}
	// customer is one Customer record; the owner's fields go through the
	// label's evidence, the companions' are other people's.
	owner := O(
		"Id", P(ownerID),
		"ChainId", N(chain),
		"Number", P(fmt.Sprint(1000+g.r.IntN(90000))),
		"Title", P(title),
		"Sex", P(sex),
		"FirstName", P(p.given),
		"LastName", P(p.family),
	)
	if hisp {
		second, _ := split(pick(g.r, p.c.family))
		owner.set("SecondLastName", P(second))
	} else {
		owner.set("SecondLastName", N(nil))
	}
	owner.set("NationalityCode", orNull(g.citizenship(p.cit.code)))
	owner.set("LanguageCode", orNull(g.locale(p.locale)))
	if g.r.IntN(3) != 0 {
		owner.set("BirthDate", g.dob("2006-01-02"))
		owner.set("BirthPlace", orNull(Pif(map[bool]string{true: pick(g.r, p.cit.cities)}[g.r.IntN(2) == 0])))
	} else {
		owner.set("BirthDate", N(nil))
		owner.set("BirthPlace", N(nil))
	}
	owner.set("Occupation", N(nil))
	owner.set("Email", P(p.email))
	owner.set("HasOtaEmail", N(false))
	if g.r.IntN(4) == 0 {
		// A channel manager's relay address instead of the guest's.
		owner.set("Email", P(strings.ToLower(p.familyL)+"."+g.hex(8)+"@guest.booking.com"))
		owner.set("HasOtaEmail", N(true))
	}
	owner.set("Phone", orNull(g.phone("")))
	if p.idValue != "" && g.r.IntN(3) == 0 {
		owner.set("TaxIdentificationNumber", P(p.idValue))
	} else {
		owner.set("TaxIdentificationNumber", N(nil))
	}
	owner.set("LoyaltyCode", N(nil))
	owner.set("AccountingCode", N(nil))
	owner.set("BillingCode", N(nil))
	notes := N(nil)
	if g.r.IntN(2) == 0 {
		n := pick(g.r, mewsNotes)
		notes = textLeaf(n.text, n.cat)
	}
	owner.set("Notes", notes)
	owner.set("CarRegistrationNumber", orNull(Pif(map[bool]string{true: pattern(g.r, "AA-###-AA")}[g.r.IntN(5) == 0])))
	owner.set("CreatedUtc", N(ts(booked)))
	owner.set("UpdatedUtc", N(ts(g.t.Add(-time.Minute))))
	pass := N(nil)
	if v := g.citizenship(p.cit.code); v != nil && g.r.IntN(3) != 0 {
		pass = doc(g.passportNumber(p.cit.code), g.t.AddDate(-g.r.IntN(9), -g.r.IntN(12), 0), v)
	}
	owner.set("Passport", pass)
	owner.set("IdentityCard", N(nil))
	owner.set("Visa", N(nil))
	owner.set("DriversLicense", N(nil))
	if p.showResidence {
		owner.set("Address", O(
			"Line1", g.addr(p.street),
			"Line2", N(nil),
			"City", g.addr(p.city),
			"PostalCode", g.addr(p.post),
			"CountryCode", g.residence(p.c.code),
			"CountrySubdivisionCode", N(nil),
		))
		owner.set("AddressId", P(g.uuid()))
	} else {
		owner.set("Address", N(nil))
		owner.set("AddressId", N(nil))
	}
	var classes []*node
	if g.r.IntN(3) == 0 {
		classes = append(classes, N("Returning"))
	}
	if g.r.IntN(8) == 0 {
		classes = append(classes, S("DisabledPerson", "health"))
	}
	if g.r.IntN(10) == 0 {
		classes = append(classes, N("Important"))
	}
	owner.set("Classifications", A(classes...))
	opts := []*node{}
	if g.r.IntN(2) == 0 {
		opts = append(opts, N("SendMarketingEmails"))
	}
	owner.set("Options", A(opts...))
	owner.set("ActivityState", N("Active"))

	// Companions: a spouse or friend and children, other people with
	// their own nationality and documents.
	customers := []*node{owner}
	var comps []*node
	counts := map[string]int{adultsCat: 1}
	n := g.r.IntN(4)
	for i := range n {
		child := i > 0 && g.ageAt() >= 28
		q := newPerson(g.r, p.c, g.t)
		if !child && g.r.IntN(4) == 0 {
			// A friend from abroad.
			q = newPerson(g.r, pick(g.r, countries), g.t)
		}
		born := q.dob
		if child {
			born = g.t.AddDate(-(2 + g.r.IntN(14)), -g.r.IntN(12), -g.r.IntN(28)).Truncate(24 * time.Hour)
			q.family = p.family
			counts[childCat]++
		} else {
			counts[adultsCat]++
		}
		id := g.uuid()
		c := O(
			"Id", P(id),
			"ChainId", N(chain),
			"Number", P(fmt.Sprint(1000+g.r.IntN(90000))),
			"Title", orNull(Pif(map[bool]string{true: map[bool]string{true: "Misses", false: "Mister"}[q.female]}[!child])),
			"Sex", P(map[bool]string{true: "Female", false: "Male"}[q.female]),
			"FirstName", P(q.given),
			"LastName", P(q.family),
			"SecondLastName", N(nil),
			"NationalityCode", P(q.cit.code),
			"LanguageCode", N(nil),
			"BirthDate", orNull(Pif(map[bool]string{true: born.Format("2006-01-02")}[child || g.r.IntN(2) == 0])),
			"BirthPlace", N(nil),
			"Occupation", N(nil),
			"Email", orNull(Pif(map[bool]string{true: q.email}[!child && g.r.IntN(2) == 0])),
			"HasOtaEmail", N(false),
			"Phone", N(nil),
			"TaxIdentificationNumber", N(nil),
			"LoyaltyCode", N(nil),
			"AccountingCode", N(nil),
			"BillingCode", N(nil),
			"Notes", N(nil),
			"CarRegistrationNumber", N(nil),
			"CreatedUtc", N(ts(booked.Add(time.Minute))),
			"UpdatedUtc", N(ts(booked.Add(time.Minute))),
		)
		if g.r.IntN(2) == 0 {
			c.set("Passport", doc(g.passportNumber(q.cit.code), g.t.AddDate(-g.r.IntN(5), -g.r.IntN(12), 0), P(q.cit.code)))
		} else {
			c.set("Passport", N(nil))
		}
		c.set("IdentityCard", N(nil))
		c.set("Visa", N(nil))
		c.set("DriversLicense", N(nil))
		c.set("Address", N(nil))
		c.set("AddressId", N(nil))
		c.set("Classifications", A())
		c.set("Options", A())
		c.set("ActivityState", N("Active"))
		customers = append(customers, c)
		comps = append(comps, O("Id", N(g.uuid()), "CustomerId", P(id), "ReservationGroupId", N(groupID), "ReservationId", N(resID)))
	}
	personCounts := []*node{O("AgeCategoryId", N(adultsCat), "Count", N(counts[adultsCat]))}
	if counts[childCat] > 0 {
		personCounts = append(personCounts, O("AgeCategoryId", N(childCat), "Count", N(counts[childCat])))
	}
	origin := pick(g.r, []string{"ChannelManager", "ChannelManager", "Connector", "Distributor"})
	res := O(
		"Id", N(resID),
		"ServiceId", N(service),
		"AccountId", P(ownerID),
		"AccountType", N("Customer"),
		"BookerId", P(ownerID),
		"Number", N(fmt.Sprint(1000+g.r.IntN(9000))),
		"ChannelNumber", orNull(Nif(map[bool]string{true: pattern(g.r, "##########")}[origin == "ChannelManager"])),
		"State", N("Confirmed"),
		"Origin", N(origin),
		"CommanderOrigin", N(nil),
		"CreatedUtc", N(ts(booked)),
		"UpdatedUtc", N(ts(g.t.Add(-time.Minute))),
		"ScheduledStartUtc", N(ts(arrive)),
		"ScheduledEndUtc", N(ts(arrive.AddDate(0, 0, nights).Add(-4*time.Hour))),
		"ActualStartUtc", N(nil),
		"ActualEndUtc", N(nil),
		"RequestedResourceCategoryId", N(g.uuid()),
		"AssignedResourceId", N(nil),
		"BusinessSegmentId", N(g.uuid()),
		"RateId", N(g.uuid()),
		"GroupId", N(groupID),
		"Purpose", N(pick(g.r, []string{"Leisure", "Leisure", "Business"})),
		"PersonCounts", A(personCounts...),
		"Options", O("OwnerCheckedIn", N(false), "AllCompanionsCheckedIn", N(false), "AnyCompanionCheckedIn", N(false)),
	)
	req := func(extra ...any) *node {
		o := O(
			"ClientToken", C(strings.ToUpper(g.hex(32))+"-"+strings.ToUpper(g.hex(31))),
			"AccessToken", C(strings.ToUpper(g.hex(32))+"-"+strings.ToUpper(g.hex(31))),
			"Client", N("Northwind Guest App 2.4.0"),
		)
		for i := 0; i+1 < len(extra); i += 2 {
			o.set(extra[i].(string), extra[i+1].(*node))
		}
		return o
	}
	events := []*node{O("Discriminator", N("ServiceOrderUpdated"), "Value", O("Id", N(resID)))}
	if g.r.IntN(2) == 0 {
		events = append(events, O("Discriminator", N("CustomerAdded"), "Value", O("Id", P(ownerID))))
	}
	cids := []*node{P(ownerID)}
	last := ownerID
	for _, c := range comps {
		last = c.obj[1].val.raw
		cids = append(cids, P(last))
	}
	return O(
		"webhook", O("EnterpriseId", N(enterprise), "IntegrationId", N(g.uuid()), "Events", A(events...)),
		"reservations", O(
			"request", req("EnterpriseIds", A(N(enterprise)), "ReservationIds", A(N(resID)), "Limitation", O("Count", N(100))),
			"response", O("Reservations", A(res), "Cursor", N(resID)),
		),
		"companionships", O(
			"request", req("ReservationIds", A(N(resID)), "Limitation", O("Count", N(100))),
			"response", O("Companionships", A(comps...), "Cursor", orNull(Nif(map[bool]string{true: g.uuid()}[len(comps) > 0]))),
		),
		"customers", O(
			"request", req("CustomerIds", A(cids...), "Extent", O("Customers", N(true), "Documents", N(true), "Addresses", N(true)), "Limitation", O("Count", N(100))),
			"response", O("Customers", A(customers...), "Cursor", P(last)),
		),
	)
}

// mayaAbroad are where Filipinos working abroad pay from.
var mayaAbroad = []string{"AE", "SA", "SG", "US", "JP", "GB", "CA", "AU"}

func mayaCheckoutPayment(g *gen) *node {
	g.redraw("PH")
	g.adult(18)
	abroad := g.r.IntN(5) == 0
	if abroad {
		g.movedTo(pick(g.r, mayaAbroad))
	}
	p := g.p
	ph := countryByCode("PH")
	middle, _ := split(pick(g.r, ph.family))
	for middle == p.family {
		middle, _ = split(pick(g.r, ph.family))
	}
	phone := ""
	if p.showPhone {
		phone = g.e164()
		if p.phoneCC == "PH" && g.r.IntN(2) == 0 {
			phone = "0" + g.nsn()
		}
	}
	ref := pattern(g.r, "##########")
	items := []*node{}
	total := 0
	for range 1 + g.r.IntN(3) {
		it := pick(g.r, []struct {
			name, code string
			price      int
		}{{"Canvas Sneakers Size 9", "SNK-009", 1899}, {"Rice Cooker 1.8L", "RC-180", 2450}, {"Prepaid Load 500", "LOAD-500", 500}, {"Milk Tea Bundle", "MT-B12", 399}, {"School Bag", "BAG-22", 1250}})
		q := 1 + g.r.IntN(2)
		total += it.price * q
		items = append(items, O("name", N(it.name), "quantity", N(q), "code", N(it.code), "description", N(it.name), "amount", O("value", N(it.price)), "totalAmount", O("value", N(it.price*q))))
	}
	fee := 0
	if abroad || g.r.IntN(2) == 0 {
		fee = 150
	}
	buyer := O(
		"firstName", P(p.given),
		"middleName", P(middle),
		"lastName", P(p.family),
	)
	if g.r.IntN(2) == 0 {
		buyer.set("birthday", g.dob("2006-01-02"))
	}
	buyer.set("customerSince", P(g.t.AddDate(-g.r.IntN(6), -g.r.IntN(12), 0).Format("2006-01-02")))
	buyer.set("sex", P(map[bool]string{true: "F", false: "M"}[p.female]))
	contact := O("email", P(p.email))
	if phone != "" {
		contact = O("phone", g.phone(phone), "email", P(p.email))
	}
	buyer.set("contact", contact)
	if abroad {
		// Shipped to family at home: another person in the Philippines.
		q := newPerson(g.r, ph, g.t)
		qm, _ := split(pick(g.r, ph.family))
		buyer.set("shippingAddress", O(
			"firstName", P(q.given), "middleName", P(qm), "lastName", P(q.family),
			"phone", P(q.phoneE164), "email", P(q.email),
			"line1", P(q.street), "line2", N(""), "city", P(q.city), "state", N(q.region), "zipCode", P(q.post),
			"countryCode", N("PH"), "shippingType", N("ST"),
		))
	} else if p.showResidence {
		buyer.set("shippingAddress", O(
			"firstName", P(p.given), "middleName", P(middle), "lastName", P(p.family),
			"phone", orNull(Pif(phone)), "email", P(p.email),
			"line1", g.addr(p.street), "line2", N(""), "city", g.addr(p.city), "state", g.addrN(p.region), "zipCode", g.addr(p.post),
			"countryCode", g.residence("PH"), "shippingType", N(pick(g.r, []string{"ST", "SD"})),
		))
	}
	if p.showResidence {
		buyer.set("billingAddress", O(
			"line1", g.addr(p.street), "line2", N(""), "city", g.addr(p.city), "state", g.addrN(p.region), "zipCode", g.addr(p.post),
			"countryCode", g.residence(p.c.code),
		))
	}
	site := "https://shop.sarisari.example/checkout/" + ref
	created := g.t.Add(-time.Duration(60+g.r.IntN(900)) * time.Second)
	iso0 := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	checkout := g.uuid()
	scheme := pick(g.r, []string{"master-card", "visa", "visa", "jcb"})
	first6 := map[string]string{"master-card": "512345", "visa": "424242", "jcb": "356999"}[scheme]
	last4 := pattern(g.r, "####")
	return O(
		"checkout_request", O(
			"method", N("POST"),
			"url", N("https://pg.paymaya.com/checkout/v1/checkouts"),
			"headers", O("Content-Type", N("application/json"), "Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte("pk-"+g.b62(43)+":")))),
			"body", O(
				"totalAmount", O("value", N(total+fee), "currency", N("PHP"), "details", O("discount", N(0), "serviceCharge", N(0), "shippingFee", N(fee), "tax", N(0), "subtotal", N(total))),
				"buyer", buyer,
				"items", A(items...),
				"redirectUrl", O("success", N(site+"?status=success"), "failure", N(site+"?status=failure"), "cancel", N(site+"?status=cancel")),
				"requestReferenceNumber", N(ref),
				"metadata", O("channel", N("web")),
			),
		),
		"checkout_response", O("checkoutId", N(checkout), "redirectUrl", N("https://payments.maya.ph/v2/checkout?id="+checkout)),
		"webhook", O(
			"received_at", N(g.at(0, iso)),
			"body", O(
				"id", N(checkout),
				"isPaid", N(true),
				"status", N("PAYMENT_SUCCESS"),
				"amount", N(fmt.Sprint(total+fee)),
				"currency", N("PHP"),
				"canVoid", N(true),
				"canRefund", N(false),
				"canCapture", N(false),
				"createdAt", N(iso0(created)),
				"updatedAt", N(iso0(g.t)),
				"description", P("Charge for "+p.email),
				"paymentTokenId", C(g.b62(86)),
				"fundSource", O(
					"type", N("card"),
					// The card's token, which pays again.
					"id", C(g.b62(86)),
					"description", P("**** **** **** "+last4),
					"details", O("scheme", N(scheme), "last4", P(last4), "first6", N(first6), "masked", P(first6+"******"+last4), "issuer", N("Others")),
				),
				"receipt", O("transactionId", N(g.uuid()), "receiptNo", N(g.hex(12)), "approval_code", N(pattern(g.r, "########")), "approvalCode", N(pattern(g.r, "########"))),
				"approvalCode", N(pattern(g.r, "########")),
				"receiptNumber", N(g.hex(12)),
				"requestReferenceNumber", N(ref),
				"metadata", O("channel", N("web")),
			),
		),
	)
}

func sunshineMessage(g *gen) *node {
	p := g.p
	lang, l := g.w14Lang()
	// The channel: WhatsApp where it dominates, LINE in Japan, Thailand
	// and Taiwan, Telegram in the former Soviet Union, else the web
	// widget.
	channel := "web"
	switch p.c.code {
	case "BR", "MX", "AR", "IN", "ID", "DE", "ES", "IT", "NG", "ZA", "KE", "TR", "SA", "AE", "EG":
		channel = pick(g.r, []string{"whatsapp", "whatsapp", "web"})
	case "JP", "TH", "TW":
		channel = pick(g.r, []string{"line", "line", "web"})
	case "RU", "UA", "KZ", "BY":
		channel = pick(g.r, []string{"telegram", "telegram", "web"})
	}
	if channel == "whatsapp" && p.phoneE164 == "" {
		channel = "web"
	}
	if channel == "whatsapp" {
		// The number is the WhatsApp identity: always there.
		p.showPhone = true
	}
	appID := g.hex(24)
	userID := g.hex(24)
	conv := g.hex(24)
	integ := g.hex(24)
	ts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	display := p.fullName()
	if g.r.IntN(3) == 0 {
		display = p.given
	}
	var client *node
	switch channel {
	case "whatsapp":
		wa := strings.TrimPrefix(g.e164(), "+")
		client = O(
			"integrationId", N(integ), "type", N("whatsapp"), "externalId", g.phone(wa), "id", N(g.hex(24)),
			"lastSeen", N(ts(g.t)), "platform", N("whatsapp"), "displayName", P(display), "status", N("active"),
			"raw", O("profile", O("name", P(display)), "from", g.phone(wa)),
		)
	case "line":
		lid := "U" + g.hex(32)
		client = O(
			"integrationId", N(integ), "type", N("line"), "externalId", P(lid), "id", N(g.hex(24)),
			"lastSeen", N(ts(g.t)), "platform", N("line"), "displayName", P(display), "status", N("active"),
			"avatarUrl", P("https://profile.line-scdn.net/0h"+g.chars(b64Set, 40)),
			"raw", O("userId", P(lid), "displayName", P(display), "pictureUrl", P("https://profile.line-scdn.net/0h"+g.chars(b64Set, 40))),
		)
	case "telegram":
		tid := fmt.Sprint(100000000 + g.r.IntN(1900000000))
		client = O(
			"integrationId", N(integ), "type", N("telegram"), "externalId", P(tid), "id", N(g.hex(24)),
			"lastSeen", N(ts(g.t)), "platform", N("telegram"), "displayName", P(display), "status", N("active"),
			"raw", O("id", P(tid), "first_name", P(p.given), "last_name", P(p.family), "username", P(p.username), "language_code", N(g.lang())),
		)
	default:
		info := O("sdkVersion", N("5.6.0"), "URL", N("help.northwind.example"), "userAgent", g.ua(), "referrer", N("https://www.google.com/"), "browserLanguage", g.locale(p.locale), "currentUrl", N("https://help.northwind.example/contact"), "currentTitle", N("Contact us"))
		client = O(
			"integrationId", N(integ), "type", N("web"), "id", N(g.hex(24)),
			"lastSeen", N(ts(g.t)), "platform", N("web"), "displayName", orNull(nil), "status", N("active"),
			"info", info,
		)
	}
	source := O("type", N(channel), "integrationId", N(integ))
	if channel != "web" {
		source.set("originalMessageId", N(map[string]string{"whatsapp": "wamid.HBgM" + g.chars(b62Set, 40), "line": pattern(g.r, "##################"), "telegram": fmt.Sprint(1 + g.r.IntN(5000))}[channel]))
	}
	source.set("client", client)
	if channel == "web" {
		source.set("device", O("id", N(g.hex(24)), "guid", N(g.hex(32)), "clientId", N(g.hex(32)), "integrationId", N(integ), "type", N("web"), "status", N("active"), "lastSeen", N(ts(g.t)),
			"info", O("sdkVersion", N("5.6.0"), "URL", N("help.northwind.example"), "userAgent", g.ua(), "browserLanguage", g.locale(p.locale))))
	}
	profile := O("givenName", P(p.given), "surname", P(p.family))
	if channel == "web" || g.r.IntN(2) == 0 {
		profile.set("email", P(p.email))
	}
	profile.set("locale", g.locale(p.locale))
	user := O("id", P(userID))
	if g.r.IntN(2) == 0 {
		user.set("externalId", P("cus_"+g.b62(14)))
		user.set("authenticated", N(true))
	} else {
		user.set("authenticated", N(false))
	}
	user.set("signedUpAt", N(ts(g.t.AddDate(0, -g.r.IntN(20), -g.r.IntN(28)))))
	user.set("profile", profile)
	user.set("metadata", O("plan", N(pick(g.r, []string{"free", "plus", "family"}))))
	author := O("userId", P(userID), "displayName", P(display), "type", N("user"), "user", user)
	// One to three messages: the customer writes in several bubbles.
	ref := "NW-" + pattern(g.r, "######")
	lines, cat := g.w14Lines(l, ref, true, g.r.IntN(2) == 0)
	if g.r.IntN(3) == 0 {
		// The bot asked for the date of birth to find the account: the
		// customer writes it as people of their language do.
		lines = append(lines, g.dobSentence(lang))
	}
	type bubble struct {
		text string
		leaf *node
	}
	var parts []bubble
	if len(lines) > 2 && g.r.IntN(2) == 0 {
		// The greeting and name first, the rest in a second bubble.
		first := lines[0] + w14Sep(lang) + lines[1]
		rest := strings.Join(lines[2:], w14Sep(lang))
		parts = []bubble{{first, P(first)}, {rest, textLeaf(rest, cat)}}
	} else {
		t := strings.Join(lines, w14Sep(lang))
		parts = []bubble{{t, textLeaf(t, cat)}}
	}
	conversation := O("id", N(conv), "type", N("personal"), "brandId", N(g.hex(24)), "activeSwitchboardIntegration", O("id", N(g.hex(24)), "name", N("zd-agentWorkspace"), "integrationId", N(g.hex(24)), "integrationType", N("zd:agentWorkspace")))
	var events []*node
	for i, b := range parts {
		at := g.t.Add(-time.Duration(len(parts)-i) * 4 * time.Second)
		leaf := b.leaf
		events = append(events, O(
			"id", N(g.hex(24)),
			"createdAt", N(ts(at)),
			"type", N("conversation:message"),
			"payload", O(
				"conversation", conversation,
				"message", O(
					"id", N(g.hex(24)),
					"received", N(ts(at)),
					"author", author,
					"content", O("type", N("text"), "text", leaf),
					"source", source,
				),
			),
		))
	}
	return O(
		"headers", O("content-type", N("application/json"), "x-api-key", C(g.chars(b64Set, 40)), "user-agent", N("Sunshine Conversations")),
		"body", O(
			"app", O("id", N(appID)),
			"webhook", O("id", N(g.hex(24)), "version", N("v2")),
			"events", A(events...),
		),
	)
}

// leadNeeds are answers to an event's "accessibility or dietary needs"
// question, with the special category they tell.
var leadNeeds = []bioLine{
	{"health", "Wheelchair access needed, I use a power chair."},
	{"health", "Coeliac - strictly gluten-free meals please."},
	{"health", "I am hard of hearing, live captions would help."},
	{"health", "Type 1 diabetic, need to keep insulin in a fridge."},
	{"religion", "Halal meals please."},
	{"religion", "Kosher meals, and I cannot attend on Saturday."},
	{"", "Vegetarian."},
	{"", "None"},
	{"", "No, thanks."},
}

func linkedinLeadResponse(g *gen) *node {
	g.adult(20)
	p := g.p
	account := fmt.Sprint(500000000 + g.r.IntN(99999999))
	formID := 3000 + g.r.IntN(900000)
	version := 1 + g.r.IntN(4)
	respID := g.uuid()
	submitted := g.t.Add(-time.Duration(5+g.r.IntN(600)) * time.Second)
	formLoc := pick(g.r, []string{"en_US", "en_US", "de_DE", "fr_FR", "es_ES", "pt_BR", "ja_JP"})
	type q struct {
		field, name, text string
		answer            *node
		choice            []string
	}
	company := pick(g.r, []string{"Northwind Traders", "Globex", "Initech", "Umbrella Logistics", "Stark Industries", "Hooli"})
	title := pick(g.r, []string{"Head of Data", "Procurement Manager", "CTO", "Marketing Director", "Software Engineer", "HR Business Partner"})
	work := strings.ToLower(latinOnly(p.givenL)) + "." + strings.ToLower(strings.ReplaceAll(latinOnly(p.familyL), " ", "")) + "@" + strings.ToLower(strings.ReplaceAll(company, " ", "")) + ".example"
	qs := []q{
		{"FIRST_NAME", "firstName", "First name", P(p.given), nil},
		{"LAST_NAME", "lastName", "Last name", P(p.family), nil},
		{pick(g.r, []string{"EMAIL", "WORK_EMAIL"}), "email", "Email address", nil, nil},
	}
	if qs[2].field == "EMAIL" {
		qs[2].answer = P(p.email)
	} else {
		qs[2].name, qs[2].text, qs[2].answer = "workEmail", "Work email", P(work)
	}
	if ph := g.phone(""); ph != nil {
		qs = append(qs, q{"PHONE_NUMBER", "phoneNumber", "Phone number", ph, nil})
	}
	qs = append(qs, q{"COMPANY_NAME", "companyName", "Company name", P(company), nil}, q{"JOB_TITLE", "jobTitle", "Job title", P(title), nil})
	if c := g.residence(g.english()); c != nil {
		qs = append(qs, q{"COUNTRY", "country", "Country/Region", c, nil})
		if g.r.IntN(2) == 0 {
			qs = append(qs, q{"CITY", "city", "City", g.addr(p.city), nil})
		}
	}
	choices := []string{"Data platform", "Analytics add-on", "Professional services", "Just researching"}
	qs = append(qs, q{"", "interest", "Which product are you interested in?", nil, choices})
	if g.r.IntN(2) == 0 {
		n := pick(g.r, leadNeeds)
		qs = append(qs, q{"", "needs", "Do you have any accessibility or dietary requirements for the event?", textLeaf(n.text, n.cat), nil})
	}
	var questions, answers []*node
	for i, x := range qs {
		id := i + 1
		loc := func(s string) *node { return O("localized", O(formLoc, N(s))) }
		qn := O("questionId", N(id), "name", N(x.name), "question", loc(x.text))
		if x.field != "" {
			qn.set("predefinedField", N(x.field))
		}
		if x.choice != nil {
			var opts []*node
			for j, c := range x.choice {
				opts = append(opts, O("id", N(j+1), "text", loc(c)))
			}
			qn.set("questionDetails", O("multipleChoiceQuestionDetails", O("options", A(opts...))))
			answers = append(answers, O("answerDetails", O("multipleChoiceAnswer", O("options", A(N(1+g.r.IntN(len(x.choice)))))), "questionId", N(id)))
		} else {
			qn.set("questionDetails", O("textQuestionDetails", O("maxResponseLength", N(300))))
			answers = append(answers, O("answerDetails", O("textQuestionAnswer", O("answer", x.answer)), "questionId", N(id)))
		}
		questions = append(questions, qn)
	}
	consentID := 1 + g.r.IntN(9)
	formURN := fmt.Sprintf("urn:li:leadGenForm:%d", formID)
	owner := O("sponsoredAccount", N("urn:li:sponsoredAccount:"+account))
	token := "AQV" + g.chars(b64Set, 180)
	hdr := func() *node {
		return O("Authorization", C("Bearer "+token), "LinkedIn-Version", N("202405"), "X-Restli-Protocol-Version", N("2.0.0"))
	}
	return O(
		"notification", O(
			"headers", O("X-LI-Signature", N(g.hex(64)), "Content-Type", N("application/json")),
			"body", O(
				"type", N("LEAD_ACTION"),
				"leadGenFormResponse", N("urn:li:leadGenFormResponse:"+respID),
				"leadGenForm", N(formURN),
				"owner", owner,
				"leadAction", N("CREATED"),
				"occurredAt", N(submitted.UnixMilli()),
			),
		),
		"lead_form_response", O(
			"request", O("method", N("GET"), "url", N("https://api.linkedin.com/rest/leadFormResponses/"+respID), "headers", hdr()),
			"response", O(
				"owner", owner,
				"submitter", P("urn:li:person:"+g.chars(b64Set, 10)),
				"leadMetadata", O("sponsoredLeadMetadata", O("campaign", N(fmt.Sprintf("urn:li:sponsoredCampaign:%d", 100000000+g.r.IntN(99999999))))),
				"versionedLeadGenFormUrn", N(fmt.Sprintf("urn:li:versionedLeadGenForm:(%s,%d)", formURN, version)),
				"id", N(respID),
				"submittedAt", N(submitted.UnixMilli()),
				"testLead", N(false),
				"formResponse", O(
					"answers", A(answers...),
					"consentResponses", A(O("accepted", N(g.r.IntN(3) != 0), "consentId", N(consentID))),
				),
				"leadType", N("SPONSORED"),
				"associatedEntity", O("associatedCreative", N(fmt.Sprintf("urn:li:sponsoredCreative:%d", 200000000+g.r.IntN(99999999)))),
			),
		),
		"lead_form", O(
			"request", O("method", N("GET"), "url", N(fmt.Sprintf("https://api.linkedin.com/rest/leadForms/%d", formID)), "headers", hdr()),
			"response", O(
				"id", N(formID),
				"owner", owner,
				"name", N("Summit 2026 registration"),
				"state", N("PUBLISHED"),
				"versionId", N(version),
				"created", N(g.t.AddDate(0, -2, 0).UnixMilli()),
				"content", O(
					"description", O("localized", O(formLoc, N("Register for the summit and get the agenda."))),
					"questions", A(questions...),
					"consents", A(O("consentId", N(consentID), "content", O("localized", O(formLoc, N("I agree to receive marketing communications."))), "required", N(false))),
				),
				"hiddenFields", A(O("name", N("utm_source"), "value", N("linkedin")), O("name", N("utm_campaign"), "value", N("summit26"))),
			),
		),
	)
}

// offsetOf is a zone's offset from UTC at t, by zoneOffsets' rules.
func offsetOf(tz string, t time.Time) *time.Location {
	z, ok := zoneOffsets[tz]
	if !ok {
		return time.UTC
	}
	m := t.Month()
	h := z.hours
	if z.dst == 'N' && m >= time.April && m <= time.October || z.dst == 'S' && (m >= time.October || m <= time.March) {
		h++
	}
	return time.FixedZone("", int(h*3600))
}

// acuityHealth are intake answers: the reason for the visit, current
// medication and allergies.
var acuityReason = []string{"Lower back pain since a fall in January, worse when sitting.", "Recurring migraines, 3-4 a month.", "Anxiety and trouble sleeping since changing jobs.", "Right knee pain after ACL reconstruction last year.", "Stiff neck and shoulder, desk work.", "Follow-up after my hip replacement."}
var acuityMeds = []string{"No", "None", "Sertraline 50mg daily", "Metformin 500mg twice a day", "Ibuprofen as needed", "Levothyroxine 75mcg", "Salbutamol inhaler"}
var acuityAllergies = []string{"No", "None known", "Penicillin", "Latex", "Peanuts and tree nuts"}

func acuityAppointment(g *gen) *node {
	g.redraw("US", "US", "US", "US", "CA", "GB", "GB", "AU", "NZ", "ZA")
	g.adult(16)
	p := g.p
	p.showLocale = true // the client's time zone is always on the appointment
	p.tz = p.c.tz
	bizTZ := p.c.tz
	if p.c.code == "US" && g.r.IntN(2) == 0 {
		bizTZ = "America/New_York"
	}
	id := 100000000 + g.r.IntN(900000000)
	calID := 1000000 + g.r.IntN(9000000)
	typeID := 10000000 + g.r.IntN(90000000)
	owner := 10000000 + g.r.IntN(90000000)
	start := g.t.AddDate(0, 0, 1+g.r.IntN(30)).Truncate(time.Hour).Add(time.Duration(g.r.IntN(4)) * 15 * time.Minute)
	biz := offsetOf(bizTZ, start)
	local := start.In(biz)
	local = time.Date(local.Year(), local.Month(), local.Day(), 9+g.r.IntN(8), []int{0, 15, 30, 45}[g.r.IntN(4)], 0, 0, biz)
	dur := pick(g.r, []int{30, 45, 60})
	end := local.Add(time.Duration(dur) * time.Minute)
	kitchen := func(t time.Time) string { return strings.ToLower(t.Format("3:04PM")) }
	created := g.t.Add(-time.Duration(g.r.IntN(600)) * time.Second).In(biz)
	practice := pick(g.r, [][2]string{{"Harbour Physio", "Dr. Sarah Lee"}, {"Bright Mind Counselling", "Tom Okafor, MSW"}, {"Evergreen Acupuncture", "Mei Chen, L.Ac."}, {"Northside Chiropractic", "Dr. James Patel"}})
	price := pick(g.r, []string{"85.00", "95.00", "120.00", "140.00"})
	paid := g.r.IntN(2) == 0
	// The number as the client typed it into the booking page.
	typed := p.phone
	if strings.HasPrefix(typed, "tel:") {
		typed = g.intl()
	}
	phone := g.phone(typed)
	dobNode := g.dob("")
	var vals []*node
	var text []string
	fid := 5000000 + g.r.IntN(900000)
	add := func(name string, v *node) {
		if v == nil {
			return
		}
		fid++
		vals = append(vals, O("id", N(2000000000+g.r.IntN(99999999)), "fieldID", N(fid), "name", N(name), "value", v))
		text = append(text, name+": "+v.raw)
	}
	add("Date of birth", dobNode)
	if p.showResidence {
		add("Home address", P(p.street+", "+p.city+" "+p.post))
		add("Country", g.residence(g.english()))
	}
	add("Reason for your visit", S(pick(g.r, acuityReason), "health"))
	add("Are you currently taking any medications? If yes, please list them.", S(pick(g.r, acuityMeds), "health"))
	add("Do you have any allergies?", S(pick(g.r, acuityAllergies), "health"))
	if p.female && g.ageAt() < 50 && g.r.IntN(2) == 0 {
		add("Are you pregnant or could you be pregnant?", S(pick(g.r, []string{"No", "Yes", "Not sure"}), "health"))
	}
	q := newPerson(g.r, p.c, g.t)
	add("Emergency contact name and relationship", P(q.given+" "+q.family+" ("+pick(g.r, []string{"wife", "husband", "mother", "partner", "friend"})+")"))
	add("Emergency contact phone", P(q.phone))
	add("How did you hear about us?", N(pick(g.r, []string{"Google", "Friend or family", "Instagram", "My GP"})))
	add("I consent to assessment and treatment", N("yes"))
	formsText := "Name: " + p.given + " " + p.family + "\nPhone: " + map[bool]string{true: typed}[phone != nil] + "\nEmail: " + p.email + "\n\nLocation\n============\n" + practice[0] + "\n\nClient Intake Form\n============\n" + strings.Join(text, "\n") + "\n"
	notes := N("")
	if g.r.IntN(2) == 0 {
		notes = orEmptyBio(g)
	}
	appt := O(
		"id", N(id),
		"firstName", P(p.given),
		"lastName", P(p.family),
		"phone", orEmpty(phone),
		"email", P(p.email),
		"date", N(local.Format("January 2, 2006")),
		"time", N(kitchen(local)),
		"endTime", N(kitchen(end)),
		"dateCreated", N(created.Format("January 2, 2006")),
		"datetimeCreated", N(created.Format("2006-01-02T15:04:05-0700")),
		"datetime", N(local.Format("2006-01-02T15:04:05-0700")),
		"price", N(price),
		"priceSold", N(price),
		"paid", N(map[bool]string{true: "yes", false: "no"}[paid]),
		"amountPaid", N(map[bool]string{true: price, false: "0.00"}[paid]),
		"type", N(pick(g.r, []string{"Initial Consultation (60 min)", "Follow-up Visit", "New Client Assessment"})),
		"appointmentTypeID", N(typeID),
		"classID", N(nil),
		"addonIDs", A(),
		"category", N(""),
		"duration", N(fmt.Sprint(dur)),
		"calendar", P(practice[1]),
		"calendarID", N(calID),
		"certificate", N(nil),
		"confirmationPage", P(fmt.Sprintf("https://app.acuityscheduling.com/schedule.php?owner=%d&id[]=%s&action=appt", owner, g.hex(32))),
		"location", N(practice[0]),
		"notes", notes,
		"timezone", g.tz(p.tz),
		"calendarTimezone", N(bizTZ),
		"canceled", N(false),
		"canClientCancel", N(true),
		"canClientReschedule", N(true),
		"labels", N(nil),
		"forms", A(O("id", N(1000000+g.r.IntN(900000)), "name", N("Client Intake Form"), "values", A(vals...))),
		"formsText", S(formsText, "health"),
		"isVerified", N(false),
		"scheduledBy", N(nil),
	)
	body := fmt.Sprintf("action=scheduled&id=%d&calendarID=%d&appointmentTypeID=%d", id, calID, typeID)
	return O(
		"webhook", O(
			"method", N("POST"),
			"headers", O("Content-Type", N("application/x-www-form-urlencoded"), "X-Acuity-Signature", N(base64.StdEncoding.EncodeToString([]byte(g.hex(16))))),
			"body", N(body),
		),
		"fetch", O(
			"method", N("GET"),
			"url", N(fmt.Sprintf("https://acuityscheduling.com/api/v1/appointments/%d", id)),
			"headers", O("Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte(fmt.Sprintf("%d:%s", owner, g.hex(32)))))),
		),
		"appointment", appt,
	)
}

// orEmptyBio is the client's note to the practice: their bio's line, or
// an empty string.
func orEmptyBio(g *gen) *node {
	if b := g.bio(); b != nil {
		return b
	}
	return N("")
}

func claveUnicaLogin(g *gen) *node {
	g.redraw("CL")
	g.adult(18)
	foreign := g.r.IntN(5) == 0
	if foreign {
		// A foreign resident with a RUN of their own: names of their
		// country of origin, numbers from 20 million.
		g.redraw("PE", "CO", "AR", "UY")
		g.adult(18)
		g.movedTo("CL")
	}
	p := g.p
	n := 4000000 + (p.dob.Year()-1940)*300000
	n = min(max(n, 3000000), 26000000) + g.r.IntN(300000)
	if foreign {
		n = 20000000 + g.r.IntN(7000000)
	}
	dv := rutDV(n)
	origin := p.cit
	// A second given name of the subject's sex, as the civil register
	// records both.
	second := pick(g.r, map[bool][]string{true: {"Ignacia", "Andrea", "Paz", "Antonia", "Isabel"}, false: {"Ignacio", "Andrés", "José", "Alejandro", "Tomás"}}[p.female])
	maternal, _ := split(pick(g.r, origin.family))
	nombres := []*node{P(p.given)}
	if g.r.IntN(4) != 0 {
		nombres = append(nombres, P(second))
	}
	apellidos := []*node{P(p.family), P(maternal)}
	if g.r.IntN(3) == 0 {
		up := func(ns []*node) {
			for _, x := range ns {
				x.raw = strings.ToUpper(x.raw)
			}
		}
		up(nombres)
		up(apellidos)
	}
	clientID := g.hex(32)
	rp := pick(g.r, []string{"https://www.municipalidad.example.cl", "https://tramites.servicio.example.cl", "https://portal.caja.example.cl"})
	redirect := rp + "/auth/claveunica/callback"
	state := g.hex(32)
	code := g.hex(32)
	access := g.hex(32)
	sub := fmt.Sprint(1000 + g.r.IntN(9000000))
	iat := g.t.Unix()
	scope := "openid run name"
	withEmail := g.r.IntN(2) == 0
	if withEmail {
		scope += " email"
	}
	userinfo := O(
		"sub", P(sub),
		"RolUnico", O("numero", P(n), "DV", P(dv), "tipo", N("RUN")),
		"name", O("nombres", A(nombres...), "apellidos", A(apellidos...)),
	)
	if withEmail {
		userinfo.set("email", P(p.email))
	}
	return O(
		"event", N("login.success"),
		"provider", N("claveunica"),
		"at", N(g.at(0, iso)),
		"authorize", O("url", N("https://accounts.claveunica.gob.cl/openid/authorize?client_id="+clientID+"&response_type=code&scope="+strings.ReplaceAll(scope, " ", "+")+"&redirect_uri="+redirect+"&state="+state)),
		"callback", O("code", C(code), "state", N(state)),
		"token", O(
			"request", O(
				"url", N("https://accounts.claveunica.gob.cl/openid/token"),
				"body", O("client_id", N(clientID), "client_secret", C(g.hex(32)), "redirect_uri", N(redirect), "grant_type", N("authorization_code"), "code", C(code)),
			),
			"response", O(
				"access_token", C(access),
				"token_type", N("bearer"),
				"expires_in", N(3600),
				"id_token", C(g.jwt("RS256", map[string]any{"iss": "https://accounts.claveunica.gob.cl/openid", "sub": sub, "aud": clientID, "exp": iat + 3600, "iat": iat, "auth_time": iat - 20})),
			),
		),
		"userinfo", O(
			"request", O("method", N("POST"), "url", N("https://accounts.claveunica.gob.cl/openid/userinfo"), "headers", O("Authorization", C("Bearer "+access))),
			"response", userinfo,
		),
		"session", O(
			"user_id", P(g.uuid()),
			"rut", P(dotted(n)+"-"+dv),
			"ip", P(p.ip),
			"user_agent", g.ua(),
			"locale", g.locale(p.locale),
			"new_user", N(g.r.IntN(4) == 0),
		),
	)
}

// dobSentence is the subject's birth date in a sentence of lang, in the
// notation its speakers write (Japanese and Chinese 2007年1月23日, Korean
// 2007년 1월 23일, Thai with the Buddhist era's year, dotted in Central
// and Eastern Europe, day first elsewhere, month first in the US), and
// records it.
func (g *gen) dobSentence(lang string) string {
	d := g.dobAt()
	y, m, day := d.Year(), int(d.Month()), d.Day()
	dmy := func(sep string) string { return fmt.Sprintf("%02d%s%02d%s%d", day, sep, m, sep, y) }
	switch lang {
	case "ja":
		return fmt.Sprintf("生年月日は%d年%d月%d日です。", y, m, day)
	case "zh":
		return fmt.Sprintf("我的出生日期是%d年%d月%d日。", y, m, day)
	case "ko":
		return fmt.Sprintf("생년월일은 %d년 %d월 %d일입니다.", y, m, day)
	case "th":
		return fmt.Sprintf("วันเกิด %d/%d/%d", day, m, y+543)
	case "de":
		return "Mein Geburtsdatum ist der " + dmy(".") + "."
	case "ru":
		return "Дата рождения: " + dmy(".")
	case "uk":
		return "Дата народження: " + dmy(".")
	case "pl":
		return "Data urodzenia: " + dmy(".")
	case "tr":
		return "Doğum tarihim " + dmy(".")
	case "he":
		return "תאריך הלידה שלי " + dmy(".")
	case "el":
		return "Ημερομηνία γέννησης " + dmy("/")
	case "fr":
		return "Ma date de naissance : " + dmy("/")
	case "es":
		return "Mi fecha de nacimiento es " + dmy("/")
	case "pt":
		return "Minha data de nascimento é " + dmy("/")
	case "it":
		return "La mia data di nascita è " + dmy("/")
	case "nl":
		return "Mijn geboortedatum is " + dmy("-")
	case "ar":
		return "تاريخ ميلادي " + dmy("/")
	case "hi":
		return "मेरी जन्मतिथि " + dmy("/") + " है।"
	case "vi":
		return "Ngày sinh của tôi là " + dmy("/")
	}
	if g.p.c.code == "US" {
		return fmt.Sprintf("My date of birth is %02d/%02d/%d.", m, day, y)
	}
	return "My date of birth is " + dmy("/") + "."
}
