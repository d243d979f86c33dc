package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// wave11Shapes are an eleventh set of producers, written blind from each
// producer's public documentation by a writer who did not read the
// classifier, its rules or its figures; unlike wave 10 they are tuned on
// once their first figures are recorded. They are marketing, CRM,
// support, e-signature and messaging platforms, a verification service,
// an identity pool's trigger, a Southeast Asian super-app login and a
// hospital record: HubSpot form submissions with consent and form fields
// in the visitor's language, Shopify's mandatory customers/data_request
// webhook, Salesforce Change Data Capture and platform events for leads,
// Zoho Desk tickets in many languages with what customers tell support,
// DocuSign Connect envelope-completed events with the signer's tabs,
// Intercom conversation webhooks, Twilio Verify verifications, checks
// (with the code the user typed) and Event Streams events, AWS Cognito
// pre sign-up trigger events with the custom attributes apps add, a
// partner's profile of a Grab sign-in with the identity document of six
// Southeast Asian countries, and an Epic FHIR R4 searchset of
// observations with the patient.
var wave11Shapes = []Shape{
	{Name: "hubspot_form_submission", Doc: "developers.hubspot.com/docs/api/marketing/forms (Forms API v3: POST https://api.hsforms.com/submissions/v3/integration/submit/{portalId}/{formGuid} {submittedAt, fields[{objectTypeId 0-1 contact / 0-2 company, name, value}], context{hutk, pageUri, pageName, ipAddress}, legalConsentOptions{consent{consentToProcess, text, communications[{value, subscriptionTypeId, text}]}}} -> {inlineMessage | redirectUri}) and knowledge.hubspot.com/properties/hubspots-default-contact-properties (email, firstname, lastname, phone, mobilephone, company, jobtitle, city, country, date_of_birth, message; company name, numberofemployees), as a relay logs the submission, with custom fields named and answered in the visitor's language", build: hubspotFormSubmission},
	{Name: "shopify_customer_data_request", Doc: "shopify.dev/docs/apps/build/privacy-law-compliance (mandatory compliance webhooks: customers/data_request payload {shop_id, shop_domain, orders_requested[], customer{id, email, phone}, data_request{id}}) and shopify.dev/docs/apps/build/webhooks/subscribe/https (headers X-Shopify-Topic, X-Shopify-Hmac-Sha256 base64 HMAC of the body with the app's secret, X-Shopify-Shop-Domain, X-Shopify-API-Version, X-Shopify-Webhook-Id, X-Shopify-Triggered-At, X-Shopify-Event-Id)", build: shopifyCustomerDataRequest},
	{Name: "salesforce_platform_event", Doc: "developer.salesforce.com/docs/atlas.en-us.change_data_capture.meta (LeadChangeEvent over CometD /data/LeadChangeEvent: {channel, data{schema, payload{ChangeEventHeader{entityName, recordIds, changeType CREATE/UPDATE, changeOrigin, transactionKey, sequenceNumber, commitTimestamp, commitNumber, commitUser, changedFields, diffFields, nulledFields}, compound Name{Salutation, FirstName, LastName} and Address{Street, City, State, StateCode, PostalCode, Country, CountryCode}, Email, Phone, MobilePhone, Company, Title, LeadSource, Status, Description, custom Birthdate__c, Nationality__c, OwnerId, CreatedDate, CreatedById}, event{replayId}}}; an UPDATE carries only the changed fields) and developer.salesforce.com/docs/atlas.en-us.platform_events.meta (a custom platform event /event/Lead_Signup__e with __c fields and event{EventUuid, replayId})", build: salesforcePlatformEvent},
	{Name: "zoho_desk_ticket", Doc: "desk.zoho.com/support/WebhookDocument.do and desk.zoho.com/DeskAPIDocument#Tickets (webhook body: [{eventType Ticket_Add, orgId, eventTime, payload{ticket: id, ticketNumber, subject, description (HTML), status, statusType, priority, channel, language, email, phone, contactId, contact{id, firstName, lastName, email, phone, mobile, type, account}, departmentId, department{id, name}, assigneeId, createdTime, modifiedTime, dueDate, category, classification, customFields{label: value}, cf{cf_…}, webUrl, threadCount, isSpam, source{type, appName}}}]), with tickets in the customers' languages telling what customers tell support, health and religion among it", build: zohoDeskTicket},
	{Name: "docusign_connect_envelope", Doc: "developers.docusign.com/platform/webhooks/connect/json-sim-event-model (Connect JSON SIM: {event envelope-completed, apiVersion v2.1, uri, retryCount, configurationId, generatedDateTime, data{accountId, userId, envelopeId, envelopeSummary{status, emailSubject, emailBlurb, envelopeId, createdDateTime, sentDateTime, completedDateTime, sender{userName, userId, accountId, email}, recipients{signers[{name, email, recipientId, recipientIdGuid, clientUserId, userId, routingOrder, status, sentDateTime, deliveredDateTime, signedDateTime, deliveryMethod, recipientType, tabs{textTabs, dateTabs, ssnTabs, fullNameTabs, emailAddressTabs, dateSignedTabs, signHereTabs: [{tabLabel, value, documentId, pageNumber, tabId, tabType}]}}], carbonCopies[], recipientCount}, envelopeDocuments[{documentId, name, type, order, pages}]}}}) and developers.docusign.com/platform/webhooks/connect/hmac (X-DocuSign-Signature-1 header)", build: docusignConnectEnvelope},
	{Name: "intercom_conversation_webhook", Doc: "developers.intercom.com/docs/references/webhooks/webhook-models (notification_event: type, app_id, id notif_…, topic conversation.user.created, delivery_status, delivery_attempts, delivered_at, first_sent_at, created_at, self, links, data{type notification_event_data, item}) and developers.intercom.com/docs/references/rest-api/api.intercom.io/conversations (conversation: id, created_at, updated_at, waiting_since, source{type, id, delivered_as, subject, body (HTML), author{type user/lead, id, name, email}, attachments, url, redacted}, contacts{type contact.list, contacts[{type, id, external_id}]}, teammates, title, admin_assignee_id, team_assignee_id, custom_attributes, open, state, read, priority, tags, conversation_parts{conversation_parts[{type, id, part_type, body, created_at, author{id, type admin/bot, name, email}}], total_count}, statistics, first_contact_reply); X-Hub-Signature sha1 header", build: intercomConversationWebhook},
	{Name: "twilio_verify_webhook", Doc: "twilio.com/docs/verify/api/verification (POST /v2/Services/{ServiceSid}/Verifications {To, Channel sms/call/email/whatsapp, Locale} -> {sid VE…, service_sid VA…, account_sid AC…, to, channel, status pending, valid, date_created, date_updated, lookup{carrier{error_code, name, mobile_country_code, mobile_network_code, type}}, amount, payee, send_code_attempts[{time, channel, attempt_sid VL…}], sna, url}), twilio.com/docs/verify/api/verification-check (POST /v2/Services/{ServiceSid}/VerificationCheck {To | VerificationSid, Code} -> {sid, service_sid, account_sid, to, channel, status approved, valid, amount, payee, sna_attempts_error_codes, date_created, date_updated}), twilio.com/docs/events/event-types/verify/verification-status (Event Streams CloudEvents com.twilio.accountsecurity.verify.verification.pending/approved: data{account_sid, service_sid, verification_sid, friendly_name, custom_code_enabled, created_at, verified_at, to, verification_status, country, code_length, send_code_attempts{count, attempts[{time, channel, attempt_sid}]}}) and twilio.com/docs/usage/webhooks/webhooks-security (X-Twilio-Signature), as an app logs its calls and the events it receives", build: twilioVerifyWebhook},
	{Name: "aws_cognito_pre_signup_trigger", Doc: "docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html and cognito-user-pools-working-with-lambda-triggers.html (event: version, region, userPoolId, userName, callerContext{awsSdkVersion, clientId}, triggerSource PreSignUp_SignUp / PreSignUp_AdminCreateUser / PreSignUp_ExternalProvider, request{userAttributes{email, phone_number, given_name, family_name, name, birthdate, gender, locale, zoneinfo, address, custom:…}, validationData, clientMetadata}, response{autoConfirmUser, autoVerifyEmail, autoVerifyPhone}) and user-pool-settings-attributes.html (standard OIDC attributes, custom: attributes as strings), with the custom attributes apps add: national and tax ids, nationality, religion, blood type", build: awsCognitoPreSignupTrigger},
	{Name: "grab_partner_user_profile", Doc: "developer.grab.com/docs/grab-id (GrabID OAuth 2.0 / OpenID Connect: token {access_token, id_token, token_type, expires_in}; userinfo claims sub, name, email, phone_number, phone_number_verified, locale, zoneinfo, birthdate, gender) as a partner app of Singapore, Malaysia, Indonesia, Thailand, Vietnam and the Philippines keeps the linked profile in its own wrapper (partner_user_id, market, tier, kyc_status, id_document{type NRIC/FIN/MyKad/KTP/Thai national ID/CCCD/PhilSys/passport, number, issuing_country}, linked_at); id numbers as the registries define them (NRIC/FIN check letters, MyKad YYMMDD-PB-###G, NIK with the birth date, the Thai ID's mod-11 digit, CCCD, PhilSys Verhoeff)", build: grabPartnerUserProfile},
	{Name: "epic_fhir_bundle_observation", Doc: "fhir.epic.com/Specifications (Observation.Search (Labs) R4 and Observation.Search (Vitals) R4, GET /api/FHIR/R4/Observation?patient=…&category=vital-signs|laboratory&_include=Observation:patient: Bundle{resourceType, type searchset, total, link[{relation self, url}], entry[{link, fullUrl, resource, search{mode match/include/outcome}}]}; Observation{id, status final, category[{coding[{system observation-category, code, display}], text}], code{coding[{system http://loinc.org, code, display}, {Epic flowsheet row}], text}, subject{reference Patient/…, display}, encounter{reference, identifier, display}, effectiveDateTime, issued, valueQuantity{value, unit, system http://unitsofmeasure.org, code}, component[] for blood pressure, interpretation, referenceRange, performer}; Patient.Read R4 {identifier[MRN, EPI, national ids], active, name[{use, text, family, given}], telecom, gender, birthDate, address, maritalStatus, communication[{language, preferred}], US Core race, ethnicity and birthsex extensions}; OperationOutcome warnings) for US hospitals and Epic's customers in the Netherlands, Denmark, Finland, Norway, the UK, Canada, Australia, Singapore and the Gulf", build: epicFHIRBundleObservation},
}

// langEnglish is a language's English name, as support desks and
// patient records write it.
var langEnglish = map[string]string{
	"en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian", "nl": "Dutch",
	"ja": "Japanese", "ko": "Korean", "zh": "Chinese", "ar": "Arabic", "hi": "Hindi", "tr": "Turkish", "pl": "Polish",
	"sv": "Swedish", "ru": "Russian", "vi": "Vietnamese", "th": "Thai", "id": "Indonesian", "ms": "Malay", "da": "Danish",
	"fi": "Finnish", "nb": "Norwegian Bokmål", "tl": "Tagalog", "am": "Amharic", "he": "Hebrew", "uk": "Ukrainian",
}

// hsFormLang is a HubSpot portal's forms in one language: the page, the
// consent texts, a custom field named in that language, and what
// visitors write in the free-text fields.
type hsFormLang struct {
	path, page, consent, comm, thanks string
	heard                             string // internal name of "how did you hear of us"
	heardV                            []string
	needsField                        string // internal name of an event form's needs field
	msgs, needs                       []bioLine
}

var hsForms = map[string]hsFormLang{
	"en": {"contact-us", "Contact us | Northwind", "I agree to allow Northwind to store and process my personal data.", "I agree to receive other communications from Northwind.", "Thanks for submitting the form.",
		"how_did_you_hear_about_us", []string{"Search engine", "LinkedIn", "A colleague", "Trade show", "Podcast"}, "dietary_or_access_requirements",
		[]bioLine{{"", "We'd like a demo for a team of about 40 people."}, {"", "Please send pricing for the Enterprise plan, we are renewing in Q3."}, {"health", "I'm visually impaired and use a screen reader - is your platform accessible?"}, {"", "Our current vendor is ending support, looking for a migration path."}},
		[]bioLine{{"", "Vegetarian"}, {"", "None"}, {"religion", "Halal meals please"}, {"religion", "Kosher meals"}, {"health", "Wheelchair access needed"}, {"health", "Severe peanut allergy (I carry an EpiPen)"}}},
	"de": {"de/kontakt", "Kontakt | Northwind", "Ich bin damit einverstanden, dass Northwind meine personenbezogenen Daten speichert und verarbeitet.", "Ich möchte weitere Mitteilungen von Northwind erhalten.", "Vielen Dank für Ihre Anfrage.",
		"wie_haben_sie_von_uns_erfahren", []string{"Suchmaschine", "LinkedIn", "Empfehlung", "Messe"}, "besondere_anforderungen",
		[]bioLine{{"", "Wir suchen eine Lösung für unser Team mit rund 25 Mitarbeitenden."}, {"", "Bitte senden Sie mir ein Angebot für 3 Standorte."}, {"health", "Ich bin hörgeschädigt, bitte kontaktieren Sie mich nur per E-Mail."}},
		[]bioLine{{"", "Vegetarisch"}, {"", "Keine"}, {"religion", "Halal"}, {"health", "Zöliakie – bitte glutenfrei"}, {"health", "Ich sitze im Rollstuhl und brauche einen barrierefreien Zugang."}}},
	"fr": {"fr/contact", "Nous contacter | Northwind", "J'accepte que Northwind stocke et traite mes données personnelles.", "J'accepte de recevoir d'autres communications de Northwind.", "Merci d'avoir envoyé le formulaire.",
		"comment_nous_avez_vous_connus", []string{"Moteur de recherche", "LinkedIn", "Bouche-à-oreille", "Salon professionnel"}, "besoins_particuliers",
		[]bioLine{{"", "Nous souhaitons une démonstration pour notre équipe commerciale."}, {"", "Pouvez-vous m'envoyer vos tarifs pour les associations ?"}, {"health", "Je suis en congé maladie jusqu'au mois prochain, merci de me recontacter après."}},
		[]bioLine{{"", "Végétarien"}, {"", "Aucun"}, {"religion", "Repas casher"}, {"religion", "Halal"}, {"health", "Allergie sévère aux fruits à coque"}}},
	"es": {"es/contacto", "Contacto | Northwind", "Acepto que Northwind almacene y procese mis datos personales.", "Acepto recibir otras comunicaciones de Northwind.", "Gracias por enviar el formulario.",
		"como_nos_conociste", []string{"Buscador", "LinkedIn", "Recomendación", "Feria"}, "necesidades_especiales",
		[]bioLine{{"", "Queremos una demo para un equipo de 15 personas."}, {"", "Necesito una factura con nuestro CIF, ¿es posible?"}, {"health", "Tengo discapacidad auditiva, prefiero que me contacten por correo."}},
		[]bioLine{{"", "Vegetariana"}, {"", "Ninguna"}, {"health", "Soy celíaca, sin gluten por favor"}, {"health", "Necesito acceso para silla de ruedas"}}},
	"pt": {"pt-br/contato", "Fale conosco | Northwind", "Concordo que a Northwind armazene e processe meus dados pessoais.", "Concordo em receber outras comunicações da Northwind.", "Obrigado por enviar o formulário.",
		"como_voce_nos_conheceu", []string{"Google", "LinkedIn", "Indicação", "Evento"}, "necessidades_especiais",
		[]bioLine{{"", "Gostaria de uma demonstração para minha equipe de vendas."}, {"", "Vocês emitem nota fiscal para empresas do Simples?"}, {"health", "Sou cadeirante, o evento tem acessibilidade?"}},
		[]bioLine{{"", "Vegetariano"}, {"", "Nenhuma"}, {"health", "Intolerância à lactose"}, {"religion", "Sou adventista, não como carne de porco"}}},
	"it": {"it/contatti", "Contattaci | Northwind", "Acconsento a che Northwind conservi e tratti i miei dati personali.", "Acconsento a ricevere altre comunicazioni da Northwind.", "Grazie per aver inviato il modulo.",
		"come_ci_hai_conosciuto", []string{"Motore di ricerca", "LinkedIn", "Passaparola", "Fiera"}, "esigenze_particolari",
		[]bioLine{{"", "Vorremmo una demo per il nostro ufficio di Milano."}, {"", "Mi servirebbe un preventivo per 50 licenze."}},
		[]bioLine{{"", "Vegetariano"}, {"", "Nessuna"}, {"health", "Celiachia"}, {"health", "Ho bisogno di un posto accessibile in sedia a rotelle"}}},
	"nl": {"nl/contact", "Contact | Northwind", "Ik ga ermee akkoord dat Northwind mijn persoonsgegevens opslaat en verwerkt.", "Ik wil andere berichten van Northwind ontvangen.", "Bedankt voor het invullen van het formulier.",
		"hoe_heeft_u_ons_gevonden", []string{"Zoekmachine", "LinkedIn", "Via een collega", "Beurs"}, "bijzonderheden",
		[]bioLine{{"", "Graag een demo voor ons team van 12 mensen."}, {"", "Wat kost een jaarlicentie voor een stichting?"}},
		[]bioLine{{"", "Vegetarisch"}, {"", "Geen"}, {"religion", "Halal"}, {"health", "Notenallergie"}}},
	"ja": {"ja/contact", "お問い合わせ | Northwind", "Northwindが個人情報を保存・処理することに同意します。", "Northwindからのその他のお知らせの受信に同意します。", "送信ありがとうございました。",
		"how_did_you_hear_about_us", []string{"検索エンジン", "LinkedIn", "知人の紹介", "展示会"}, "dietary_or_access_requirements",
		[]bioLine{{"", "30名規模のチームでの導入を検討しています。デモをお願いします。"}, {"", "請求書払いに対応していますか。"}},
		[]bioLine{{"", "特になし"}, {"", "ベジタリアン"}, {"health", "そばアレルギーがあります"}, {"health", "車椅子での参加になります"}}},
	"sv": {"sv/kontakt", "Kontakta oss | Northwind", "Jag godkänner att Northwind lagrar och behandlar mina personuppgifter.", "Jag vill få andra utskick från Northwind.", "Tack för att du skickade formuläret.",
		"hur_hittade_du_oss", []string{"Sökmotor", "LinkedIn", "Tips från kollega", "Mässa"}, "specialkost_eller_tillganglighet",
		[]bioLine{{"", "Vi vill gärna boka en demo för vårt team i Göteborg."}, {"", "Har ni avtal via Kammarkollegiet?"}},
		[]bioLine{{"", "Vegetarisk"}, {"", "Inga"}, {"health", "Glutenfri (celiaki)"}, {"religion", "Halal"}}},
	"pl": {"pl/kontakt", "Kontakt | Northwind", "Wyrażam zgodę na przechowywanie i przetwarzanie moich danych osobowych przez Northwind.", "Chcę otrzymywać inne wiadomości od Northwind.", "Dziękujemy za przesłanie formularza.",
		"skad_o_nas_wiesz", []string{"Wyszukiwarka", "LinkedIn", "Polecenie", "Targi"}, "specjalne_potrzeby",
		[]bioLine{{"", "Prosimy o prezentację dla zespołu 20 osób."}, {"", "Czy wystawiacie faktury VAT w złotówkach?"}},
		[]bioLine{{"", "Wegetariańska"}, {"", "Brak"}, {"health", "Cukrzyca typu 1 - proszę o posiłki bez cukru"}}},
}

func hubspotFormSubmission(g *gen) *node {
	g.redraw("US", "US", "US", "GB", "CA", "AU", "DE", "AT", "CH", "FR", "ES", "IT", "NL", "SE", "PL", "PT", "BR", "MX", "AR", "JP", "IN", "SG", "ZA", "NO", "DK", "FI", "CO", "CL")
	p := g.p
	lang := p.c.lang
	if p.c.code == "BR" || p.c.code == "PT" {
		lang = "pt"
	}
	form, ok := hsForms[lang]
	if !ok || g.r.IntN(6) == 0 {
		lang, form = "en", hsForms["en"] // the English site
	}
	portal := 2000000 + g.r.IntN(40000000)
	guid := g.uuid()
	kind := pick(g.r, []string{"contact", "contact", "event", "newsletter"})
	var fields []*node
	f := func(obj, name string, v *node) {
		if v != nil {
			fields = append(fields, O("objectTypeId", N(obj), "name", N(name), "value", v))
		}
	}
	f("0-1", "email", P(p.email))
	f("0-1", "firstname", P(p.given))
	if kind != "newsletter" || g.r.IntN(2) == 0 {
		f("0-1", "lastname", P(p.family))
	}
	country := g.english()
	if lang != "en" && g.r.IntN(2) == 0 {
		country = p.c.name
	}
	company := pick(g.r, []string{"Contoso", "Fabrikam", "Tailspin Toys", "Wide World Importers", "Adatum", "Litware"}) + pick(g.r, []string{" GmbH", " Ltd", " S.A.", " B.V.", " AB", " Inc.", ""})
	page := form.path
	dir := form.path[:strings.LastIndexByte(form.path, '/')+1] // the site's language folder
	switch kind {
	case "contact":
		f("0-1", "phone", g.phone(""))
		// The visitor's employer, a company property of the form.
		f("0-2", "name", P(company))
		f("0-1", "jobtitle", P(pick(g.r, []string{"Head of Marketing", "CTO", "Office Manager", "Procurement Lead", "Founder"})))
		f("0-2", "numberofemployees", N(pick(g.r, []string{"1-10", "11-50", "51-200", "201-1000"})))
		f("0-1", "country", g.residence(country))
		f("0-1", form.heard, N(pick(g.r, form.heardV)))
		m := pick(g.r, form.msgs)
		if m.cat != "" {
			f("0-1", "message", S(m.text, m.cat))
		} else {
			f("0-1", "message", P(m.text))
		}
	case "event":
		page = dir + "summit-" + fmt.Sprint(g.t.Year())
		f("0-1", "mobilephone", g.phone(""))
		f("0-2", "name", P(company))
		f("0-1", "city", g.addr(p.city))
		f("0-1", "country", g.residence(country))
		if g.r.IntN(3) == 0 {
			f("0-1", "date_of_birth", g.dob("2006-01-02"))
		}
		n := pick(g.r, form.needs)
		if n.cat != "" {
			f("0-1", form.needsField, S(n.text, n.cat))
		} else {
			f("0-1", form.needsField, P(n.text))
		}
	default:
		page = dir + "newsletter"
		f("0-1", "country", g.residence(country))
		if g.r.IntN(3) == 0 {
			f("0-1", "date_of_birth", g.dob("2006-01-02"))
		}
	}
	pageName := form.page
	switch kind {
	case "event":
		pageName = "Northwind Summit " + fmt.Sprint(g.t.Year())
	case "newsletter":
		pageName = "Newsletter | Northwind"
	}
	uri := "https://www.northwind.io/" + page
	if g.r.IntN(2) == 0 {
		uri += "?utm_source=" + pick(g.r, []string{"google", "linkedin", "newsletter"}) + "&utm_medium=" + pick(g.r, []string{"cpc", "social", "email"})
	}
	body := O(
		"submittedAt", N(fmt.Sprint(g.t.UnixMilli())),
		"fields", A(fields...),
		"context", O(
			// The HubSpot tracking cookie: the visitor's browser.
			"hutk", P(g.hex(32)),
			"pageUri", N(uri),
			"pageName", N(pageName),
			"ipAddress", P(p.ip),
		),
	)
	if g.r.IntN(4) != 0 {
		body.set("legalConsentOptions", O("consent", O(
			"consentToProcess", N(true),
			"text", N(form.consent),
			"communications", A(O("value", N(g.r.IntN(2) == 0), "subscriptionTypeId", N(999), "text", N(form.comm))),
		)))
	}
	return O(
		"received_at", N(g.t.UTC().Format(time.RFC3339Nano)),
		"request", O(
			"method", N("POST"),
			"url", N(fmt.Sprintf("https://api.hsforms.com/submissions/v3/integration/submit/%d/%s", portal, guid)),
			"headers", O("Content-Type", N("application/json")),
			"body", body,
		),
		"response", O("status", N(200), "body", O("inlineMessage", N(form.thanks))),
	)
}

func shopifyCustomerDataRequest(g *gen) *node {
	p := g.p
	shop := pick(g.r, []string{"northwind-outfitters", "kaffeehaus-shop", "maison-lumiere-paris", "zakka-tokyo", "casa-verde-store", "nordic-wool-co"})
	var orders []*node
	for range g.r.IntN(4) {
		// The customer's orders the merchant must report on.
		orders = append(orders, P(5000000000000+g.r.Int64N(999999999999)))
	}
	body := O(
		"shop_id", N(50000000+g.r.Int64N(40000000000)),
		"shop_domain", N(shop+".myshopify.com"),
		"orders_requested", A(orders...),
		"customer", O(
			"id", P(6000000000000+g.r.Int64N(2999999999999)),
			"email", P(p.email),
			"phone", orNull(g.phone(g.e164())),
		),
		"data_request", O("id", N(1000000+g.r.Int64N(90000000))),
	)
	mac := make([]byte, 32)
	for i := range mac {
		mac[i] = byte(g.r.UintN(256))
	}
	return O(
		"headers", O(
			"Content-Type", N("application/json"),
			"X-Shopify-Topic", N("customers/data_request"),
			// The app's signature of the body: the sender's, not the customer's.
			"X-Shopify-Hmac-Sha256", N(base64.StdEncoding.EncodeToString(mac)),
			"X-Shopify-Shop-Domain", N(shop+".myshopify.com"),
			"X-Shopify-API-Version", N(pick(g.r, []string{"2024-10", "2025-01", "2025-04", "2025-07"})),
			"X-Shopify-Webhook-Id", N(g.uuid()),
			"X-Shopify-Triggered-At", N(g.t.UTC().Format("2006-01-02T15:04:05.000000000Z")),
			"X-Shopify-Event-Id", N(g.uuid()),
		),
		"body", body,
	)
}

// sfID is a Salesforce record id: the key prefix of the object, the pod
// and twelve characters.
func (g *gen) sfID(prefix string) string { return prefix + g.b62(15) }

func salesforcePlatformEvent(g *gen) *node {
	p := g.p
	ts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	created := g.t.Add(-time.Duration(g.r.IntN(3000)) * time.Millisecond)
	owner, creator := g.sfID("005"), g.sfID("005")
	nat := englishName[p.cit.code]
	if nat == "" {
		nat = p.cit.name
	}
	desc := g.bio()
	if g.r.IntN(3) == 0 {
		desc = nil
	}
	if g.r.IntN(4) == 0 {
		// A custom platform event the org's web-to-lead flow publishes.
		pl := O(
			"CreatedDate", N(ts(created)),
			"CreatedById", P(creator),
			"FirstName__c", P(p.given),
			"LastName__c", P(p.family),
			"Email__c", P(p.email),
			"Phone__c", g.phone(g.e164()),
			"Company__c", P(pick(g.r, []string{"Contoso Ltd", "Fabrikam Inc.", "Adatum GmbH", "Northwind Traders"})),
			"Country__c", g.residence(g.english()),
			"CountryCode__c", g.residence(p.c.code),
			"City__c", g.addr(p.city),
			"Nationality__c", g.citizenship(nat),
			"Consent_Marketing__c", N(g.r.IntN(2) == 0),
			"Lead_Source__c", N(pick(g.r, []string{"Web", "Webinar", "Partner Referral"})),
		)
		if g.r.IntN(2) == 0 {
			pl.set("Birthdate__c", g.dob("2006-01-02"))
		}
		return O(
			"channel", N("/event/Lead_Signup__e"),
			"data", O(
				"schema", N(g.b62(22)),
				"payload", pl,
				"event", O("EventUuid", N(g.uuid()), "replayId", N(1000+g.r.IntN(9000000))),
			),
		)
	}
	id := g.sfID("00Q")
	hdr := func(changeType string, changed []string) *node {
		ch := make([]*node, len(changed))
		for i, c := range changed {
			ch[i] = N(c)
		}
		return O(
			"entityName", N("Lead"),
			"recordIds", A(P(id)),
			"changeType", N(changeType),
			"changeOrigin", N(pick(g.r, []string{"com/salesforce/api/soap/61.0;client=SfdcInternalAPI/", "com/salesforce/api/rest/60.0;client=pardot", "com/salesforce/api/rest/61.0;client=hubspot"})),
			"transactionKey", N(g.uuid()),
			"sequenceNumber", N(1),
			"commitTimestamp", N(created.UnixMilli()),
			"commitNumber", N(int64(10000000000)+g.r.Int64N(900000000000)),
			// The user (a sales rep, an integration user) who committed it.
			"commitUser", P(creator),
			"changedFields", A(ch...),
			"diffFields", A(),
			"nulledFields", A(),
		)
	}
	pl := O()
	if g.r.IntN(3) == 0 {
		// An update: only the changed fields come, listed in the header.
		var changed []string
		set := func(name string, v *node) {
			if v != nil {
				pl.set(name, v)
				changed = append(changed, name)
			}
		}
		set("Email", P(p.email))
		set("MobilePhone", g.phone(""))
		if p.showResidence && g.r.IntN(2) == 0 {
			pl.set("Address", O("City", g.addr(p.city), "Country", g.residence(g.english()), "CountryCode", g.residence(p.c.code)))
			changed = append(changed, "Address.City", "Address.Country", "Address.CountryCode")
		}
		set("Nationality__c", g.citizenship(nat))
		set("Status", N("Working - Contacted"))
		set("LastModifiedDate", N(ts(created)))
		pl.set("ChangeEventHeader", hdr("UPDATE", changed))
		// The header first.
		pl.obj = append([]member{pl.obj[len(pl.obj)-1]}, pl.obj[:len(pl.obj)-1]...)
	} else {
		pl.set("ChangeEventHeader", hdr("CREATE", nil))
		pl.set("Name", O("Salutation", P(map[bool]string{true: "Ms.", false: "Mr."}[p.female]), "FirstName", P(p.given), "LastName", P(p.family)))
		pl.set("Email", P(p.email))
		pl.set("Phone", g.phone(""))
		pl.set("MobilePhone", g.phone(g.e164()))
		pl.set("Company", P(pick(g.r, []string{"Contoso Ltd", "Fabrikam Inc.", "Adatum GmbH", "Northwind Traders", "[not provided]"})))
		pl.set("Title", P(pick(g.r, []string{"Purchasing Manager", "IT Director", "Owner", "Student"})))
		if p.showResidence {
			pl.set("Address", O(
				"Street", g.addr(p.street),
				"City", g.addr(p.city),
				"State", g.addrN(p.region),
				"StateCode", N(nil),
				"PostalCode", g.addr(p.post),
				"Country", g.residence(g.english()),
				"CountryCode", g.residence(p.c.code),
			))
		}
		pl.set("LeadSource", N(pick(g.r, []string{"Web", "Phone Inquiry", "Partner Referral", "Trade Show"})))
		pl.set("Status", N("Open - Not Contacted"))
		pl.set("Description", desc)
		if g.r.IntN(2) == 0 {
			pl.set("Birthdate__c", g.dob("2006-01-02"))
		}
		pl.set("Nationality__c", g.citizenship(nat))
		pl.set("OwnerId", P(owner))
		pl.set("HasOptedOutOfEmail", N(false))
		pl.set("IsConverted", N(false))
		pl.set("CreatedDate", N(ts(created)))
		pl.set("CreatedById", P(creator))
		pl.set("LastModifiedDate", N(ts(created)))
		pl.set("LastModifiedById", P(creator))
	}
	return O(
		"channel", N("/data/LeadChangeEvent"),
		"data", O(
			"schema", N(g.b62(22)),
			"payload", pl,
			"event", O("replayId", N(1000+g.r.IntN(9000000))),
		),
	)
}

// zohoTicket is what a customer writes to support: a subject and a
// body, and the special category each mentions.
type zohoTicket struct{ subjCat, subject, bodyCat, body string }

var zohoTickets = map[string][]zohoTicket{
	"en": {
		{"health", "Insulin pens arrived warm", "health", "Hi, my order of insulin pens arrived warm and the cold pack had melted. I'm type 1 diabetic and I only have two days left - please send a replacement urgently."},
		{"", "Meal request not honoured", "religion", "I asked for a halal meal on my booking because I'm Muslim, but there was nothing I could eat on the flight. I'd like a partial refund."},
		{"", "Charged twice", "", "I was charged twice for the same order. Please refund one of the payments."},
		{"", "Can I still fly?", "health", "I'm 30 weeks pregnant - do I need a doctor's letter to travel on the booking below?"},
		{"", "Change delivery address", "", "Please change the delivery address on my last order, I have moved."},
	},
	"de": {
		{"", "Lieferung fehlt", "health", "Meine Blutdrucktabletten (Ramipril 5 mg) wurden nicht geliefert. Ich brauche sie täglich, bitte um schnelle Nachlieferung."},
		{"", "Rechnung falsch", "", "Auf der Rechnung steht die falsche Adresse. Bitte korrigieren Sie das."},
		{"", "Stornierung", "health", "Ich muss die Reise stornieren, ich wurde gestern am Knie operiert. Ein ärztliches Attest hänge ich an."},
	},
	"fr": {
		{"", "Livraison le samedi", "religion", "Je suis juive pratiquante, pouvez-vous décaler la livraison après le shabbat ?"},
		{"", "Colis non reçu", "", "Mon colis n'est jamais arrivé, le suivi est bloqué depuis une semaine."},
		{"", "Annulation", "health", "Je dois annuler mon séjour, je commence une chimiothérapie la semaine prochaine."},
	},
	"es": {
		{"", "Asistencia en el aeropuerto", "health", "Tengo epilepsia y necesito asistencia en el aeropuerto para la reserva de abajo."},
		{"", "No puedo entrar", "", "No puedo iniciar sesión en mi cuenta, me dice que la contraseña es incorrecta."},
		{"", "Reembolso", "", "Hace tres semanas devolví el pedido y todavía no tengo el reembolso."},
	},
	"pt": {
		{"", "Cancelamento da viagem", "health", "Estou com depressão e o médico recomendou que eu não viaje agora. Anexo o atestado, gostaria de cancelar."},
		{"", "Pedido atrasado", "", "Meu pedido está atrasado há dez dias, podem verificar?"},
	},
	"it": {
		{"health", "Prodotto senza glutine?", "health", "Sono celiaco: il prodotto che ho ordinato contiene glutine? Sull'etichetta non è chiaro."},
		{"", "Cambio indirizzo", "", "Vorrei cambiare l'indirizzo di consegna del mio ordine."},
	},
	"ar": {
		{"", "موعد التوصيل", "religion", "أرجو تأجيل موعد التوصيل إلى ما بعد الإفطار لأنني صائم في رمضان."},
		{"", "الطلب لم يصل", "", "لم يصل طلبي بعد، رقم التتبع لا يعمل."},
		{"", "إلغاء الحجز", "health", "أحتاج إلى إلغاء الحجز لأنني سأجري عملية في القلب الأسبوع القادم."},
	},
	"hi": {
		{"", "इनहेलर की डिलीवरी", "health", "मुझे दमा है, मेरा इनहेलर अभी तक नहीं आया। कृपया जल्दी भेजें।"},
		{"", "रिफंड नहीं मिला", "", "मेरा रिफंड अभी तक नहीं आया, ऑर्डर दस दिन पहले कैंसल किया था।"},
		{"", "व्रत के लिए भोजन", "religion", "नवरात्रि का व्रत है, क्या यात्रा में फलाहार भोजन मिल सकता है?"},
	},
	"ja": {
		{"", "座席について", "health", "持病の心臓病があるため、通路側の座席に変更できますか。"},
		{"", "ログインできません", "", "パスワードを再設定してもログインできません。"},
	},
	"tr": {
		{"", "Teslimat saati", "religion", "Cuma namazı saatinde evde olmuyorum, teslimatı öğleden sonraya alabilir misiniz?"},
		{"", "İade", "", "Ürünü iade ettim ama para hâlâ hesabıma geçmedi."},
	},
	"nl": {
		{"", "Bestelling niet ontvangen", "", "Mijn bestelling is nog steeds niet binnen, kunt u dit nakijken?"},
		{"", "Rolstoel op de luchthaven", "health", "Ik zit in een rolstoel en heb assistentie nodig op Schiphol."},
	},
}

func zohoDeskTicket(g *gen) *node {
	g.redraw("IN", "IN", "IN", "US", "GB", "AE", "SA", "EG", "DE", "FR", "ES", "IT", "NL", "BR", "MX", "JP", "AU", "SG", "ZA", "NG", "KE", "TR", "CA", "MA")
	p := g.p
	lang := p.c.lang
	tickets, ok := zohoTickets[lang]
	if !ok || g.r.IntN(5) == 0 {
		lang, tickets = "en", zohoTickets["en"]
	}
	t := pick(g.r, tickets)
	dc := map[string]string{"IN": "desk.zoho.in", "AE": "desk.zoho.sa", "SA": "desk.zoho.sa", "AU": "desk.zoho.com.au", "JP": "desk.zoho.jp", "DE": "desk.zoho.eu", "FR": "desk.zoho.eu", "ES": "desk.zoho.eu", "IT": "desk.zoho.eu", "NL": "desk.zoho.eu"}[p.c.code]
	if dc == "" {
		dc = "desk.zoho.com"
	}
	org := fmt.Sprint(600000000 + g.r.IntN(300000000))
	id := fmt.Sprint(int64(500000000000000000) + g.r.Int64N(99999999999999999))
	contactID := fmt.Sprint(int64(500000000000000000) + g.r.Int64N(99999999999999999))
	num := fmt.Sprint(1000 + g.r.IntN(90000))
	channel := pick(g.r, []string{"Email", "Email", "Web", "Chat", "Phone", "WhatsApp"})
	created := g.t.Add(-time.Duration(g.r.IntN(120)) * time.Second)
	ts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	order := "NW-" + pattern(g.r, "#######")
	subject := P(t.subject)
	if t.subjCat != "" {
		subject = S(t.subject, t.subjCat)
	}
	html := "<div>" + t.body + "<br><br>" + order + "<br>" + p.fullName() + "</div>"
	if channel == "Email" {
		html = `<div dir="ltr">` + t.body + `<br><br>` + order + `<br>` + p.fullName() + `<br>` + p.email + `</div>`
	}
	desc := P(html)
	if t.bodyCat != "" {
		desc = S(html, t.bodyCat)
	}
	mobile := g.phone("")
	contact := O(
		"id", P(contactID),
		"firstName", P(p.given),
		"lastName", P(p.family),
		"email", P(p.email),
		"phone", N(nil),
		"mobile", orNull(mobile),
		"type", N(nil),
		"account", N(nil),
		"isSpam", N(false),
	)
	if g.r.IntN(3) == 0 {
		// The same number as the mobile, entered twice.
		contact.set("phone", g.phone(""))
	}
	custom := O("Order Number", P(order))
	cf := O("cf_order_number", P(order))
	if g.r.IntN(2) == 0 {
		// A travel or pharmacy desk asks for the date of birth.
		custom.set("Date of Birth", g.dob("2006-01-02"))
		cf.set("cf_date_of_birth", g.dob("2006-01-02"))
	}
	if v := g.residence(g.english()); v != nil {
		custom.set("Country", v)
		cf.set("cf_country", g.residence(g.english()))
	}
	ticket := O(
		"id", P(id),
		"ticketNumber", P(num),
		"subject", subject,
		"description", desc,
		"status", N("Open"),
		"statusType", N("Open"),
		"priority", N(pick(g.r, []any{"High", "Medium", "Low", nil})),
		"channel", N(channel),
		"language", N(langEnglish[lang]),
		"email", P(p.email),
		"phone", orNull(mobile),
		"contactId", P(contactID),
		"contact", contact,
		"departmentId", N(fmt.Sprint(int64(500000000000000000)+g.r.Int64N(9999999999999))),
		"department", O("id", N(fmt.Sprint(int64(500000000000000000)+g.r.Int64N(9999999999999))), "name", N(pick(g.r, []string{"Customer Care", "Bookings", "Pharmacy Support", "Returns"}))),
		"assigneeId", N(nil),
		"category", N(pick(g.r, []any{"Orders", "Billing", "Travel", nil})),
		"classification", N(pick(g.r, []string{"Question", "Problem", "Request"})),
		"createdTime", N(ts(created)),
		"modifiedTime", N(ts(created)),
		"dueDate", N(ts(created.Add(48*time.Hour))),
		"customFields", custom,
		"cf", cf,
		"webUrl", P(fmt.Sprintf("https://%s/support/northwind/ShowHomePage.do#Cases/dv/%s", dc, id)),
		"threadCount", N("1"),
		"isSpam", N(false),
		"source", O("type", N("SYSTEM"), "appName", N(nil), "extId", N(nil), "permalink", N(nil)),
	)
	return O("events", A(O(
		"eventType", N("Ticket_Add"),
		"orgId", N(org),
		"eventTime", N(fmt.Sprint(g.t.UnixMilli())),
		"payload", ticket,
	)))
}

// dsTabLabels are what senders call the tabs of their templates, by
// language: address, city, postcode, country, phone, date of birth,
// national id, employer.
var dsTabLabels = map[string][8]string{
	"en": {"Address", "City", "Zip", "Country", "Phone", "Date of Birth", "ID Number", "Employer"},
	"de": {"Anschrift", "Ort", "PLZ", "Land", "Telefon", "Geburtsdatum", "Steuer-ID", "Arbeitgeber"},
	"fr": {"Adresse", "Ville", "Code postal", "Pays", "Téléphone", "Date de naissance", "N° de sécurité sociale", "Employeur"},
	"es": {"Domicilio", "Ciudad", "Código postal", "País", "Teléfono", "Fecha de nacimiento", "DNI", "Empresa"},
	"it": {"Indirizzo", "Città", "CAP", "Paese", "Telefono", "Data di nascita", "Codice fiscale", "Datore di lavoro"},
	"pt": {"Endereço", "Cidade", "CEP", "País", "Telefone", "Data de nascimento", "CPF", "Empregador"},
	"nl": {"Adres", "Plaats", "Postcode", "Land", "Telefoon", "Geboortedatum", "BSN", "Werkgever"},
	"ja": {"住所", "市区町村", "郵便番号", "国", "電話番号", "生年月日", "マイナンバー", "勤務先"},
	"hi": {"Address", "City", "PIN code", "Country", "Mobile", "Date of Birth", "PAN", "Employer"},
}

func docusignConnectEnvelope(g *gen) *node {
	g.redraw("US", "US", "US", "US", "CA", "GB", "AU", "DE", "FR", "NL", "JP", "BR", "IN", "SG", "ZA", "MX", "ES", "IT")
	p := g.p
	cc := p.c.code
	lang := p.c.lang
	if cc == "BR" {
		lang = "pt"
	}
	labels, ok := dsTabLabels[lang]
	if !ok {
		labels = dsTabLabels["en"]
	}
	account, envelope := g.uuid(), g.uuid()
	senderName := pick(g.r, []string{"Jordan Miller", "Priya Nair", "Katrin Vogel", "Sophie Martin", "Hiroshi Ito", "Ana Souza"})
	senderEmail := strings.ToLower(strings.ReplaceAll(senderName, " ", ".")) + "@northwind-" + strings.ToLower(cc) + ".com"
	senderID := g.uuid()
	kind := pick(g.r, []string{"lease", "hire", "patient", "loan"})
	if cc != "US" && kind == "patient" {
		kind = "hire"
	}
	subject := map[string]string{"lease": "Please DocuSign: Residential Lease Agreement", "hire": "Please DocuSign: Employment Contract", "patient": "Please DocuSign: New Patient Intake and HIPAA Authorization", "loan": "Please DocuSign: Personal Loan Application"}[kind]
	subj := N(subject)
	if g.r.IntN(3) == 0 {
		// Senders often put the signer's name in the subject.
		subj = P("Complete with Docusign: " + strings.TrimPrefix(subject, "Please DocuSign: ") + " - " + p.fullName())
	}
	sent := g.t.Add(-time.Duration(1+g.r.IntN(72)) * time.Hour)
	delivered := sent.Add(time.Duration(1+g.r.IntN(300)) * time.Minute)
	ts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.0000000Z") }
	var tabID = func() *node { return N(g.uuid()) }
	tab := func(label string, v *node, typ string, page int) *node {
		if v == nil {
			return nil
		}
		return O("tabLabel", N(label), "value", v, "documentId", N("1"), "pageNumber", N(fmt.Sprint(page)), "tabId", tabID(), "tabType", N(typ))
	}
	var text []*node
	add := func(n *node) {
		if n != nil {
			text = append(text, n)
		}
	}
	add(tab(labels[0], g.addr(p.street), "text", 1))
	add(tab(labels[1], g.addr(p.city), "text", 1))
	add(tab(labels[2], g.addr(p.post), "text", 1))
	add(tab(labels[3], g.residence(g.english()), "text", 1))
	add(tab(labels[4], g.phone(""), "text", 1))
	if kind == "hire" || kind == "loan" || kind == "lease" {
		add(tab(labels[7], P(pick(g.r, []string{"Contoso Ltd", "City Hospital", "Fabrikam Inc.", "Self-employed"})), "text", 2))
	}
	if kind == "loan" || kind == "lease" {
		income := map[string]string{"de": "Monatliches Nettoeinkommen", "fr": "Revenu mensuel", "es": "Ingresos mensuales", "it": "Reddito mensile", "pt": "Renda mensal", "nl": "Netto maandinkomen", "ja": "月収"}[lang]
		if income == "" {
			income = "Monthly Income"
		}
		add(tab(income, P(fmt.Sprint(1500+100*g.r.IntN(120))), "text", 2))
	}
	var ssn []*node
	if cc == "US" && kind != "lease" || cc == "US" && g.r.IntN(2) == 0 {
		ssn = append(ssn, tab("SSN", P(genSSN(g.r, p.dob, p.female, [2]string{})), "ssn", 1))
	} else if p.idValue != "" && g.r.IntN(2) == 0 {
		label := labels[6]
		switch p.idScheme {
		case "in_aadhaar":
			label = "Aadhaar"
		case "gb_nino":
			label = "National Insurance Number"
		}
		add(tab(label, P(p.idValue), "text", 1))
	}
	if kind == "patient" {
		add(tab("Emergency Contact", P(pick(g.r, []string{"Maria Lopez", "David Chen", "Linda Johnson"})+" ("+pick(g.r, []string{"spouse", "mother", "brother"})+")"), "text", 2))
		add(tab("Allergies", S(pick(g.r, []string{"Penicillin", "Sulfa drugs", "Latex", "Shellfish"}), "health"), "text", 2))
		add(tab("Current Medications", S(pick(g.r, []string{"Metformin 500 mg twice daily", "Lisinopril 10 mg", "Sertraline 50 mg", "Levothyroxine 75 mcg"}), "health"), "text", 2))
		add(tab("Insurance Member ID", P(strings.ToUpper(g.b62(3))+pattern(g.r, "#########")), "text", 1))
	}
	dobLayout := "02/01/2006"
	switch cc {
	case "US":
		dobLayout = "01/02/2006"
	case "JP":
		dobLayout = "2006/01/02"
	case "DE", "NL":
		dobLayout = "02.01.2006"
	}
	var dates []*node
	if kind != "lease" || g.r.IntN(2) == 0 {
		dates = append(dates, tab(labels[5], g.dob(dobLayout), "date", 1))
	}
	signed := g.t.Add(-time.Duration(g.r.IntN(60)) * time.Second)
	dateSigned := signed.Format("1/2/2006")
	if cc != "US" {
		dateSigned = signed.Format("02/01/2006")
	}
	tabs := O(
		"signHereTabs", A(O("tabLabel", N("SignHere_"+g.hex(6)), "documentId", N("1"), "pageNumber", N("3"), "tabId", tabID(), "tabType", N("signhere"), "status", N("signed"))),
		"fullNameTabs", A(tab("Full Name", P(p.fullName()), "fullname", 3)),
		"emailAddressTabs", A(tab("Email", P(p.email), "emailaddress", 3)),
		"dateSignedTabs", A(tab("Date Signed", N(dateSigned), "datesigned", 3)),
		"textTabs", A(text...),
	)
	if len(dates) > 0 {
		tabs.set("dateTabs", A(dates...))
	}
	if len(ssn) > 0 {
		tabs.set("ssnTabs", A(ssn...))
	}
	signer := O(
		"creationReason", N("sender"),
		"isBulkRecipient", N("false"),
		"name", P(p.fullName()),
		"email", P(p.email),
		"recipientId", N("1"),
		"recipientIdGuid", P(g.uuid()),
		"requireIdLookup", N("false"),
		"userId", P(g.uuid()),
		"routingOrder", N("1"),
		"status", N("completed"),
		"sentDateTime", N(ts(sent)),
		"deliveredDateTime", N(ts(delivered)),
		"signedDateTime", N(ts(signed)),
		"deliveryMethod", N("email"),
		"recipientType", N("signer"),
		"tabs", tabs,
	)
	if g.r.IntN(2) == 0 {
		// Embedded signing: the sender's own id for the signer.
		signer.set("clientUserId", P(fmt.Sprint(10000+g.r.IntN(900000))))
	}
	recipients := O("signers", A(signer), "carbonCopies", A(), "recipientCount", N("1"))
	if g.r.IntN(2) == 0 {
		box := pick(g.r, []string{"hr", "leasing", "records", "loans"})
		// A shared mailbox of the sender's, not a person's.
		recipients.set("carbonCopies", A(O("name", N(map[string]string{"hr": "HR Team", "leasing": "Leasing Office", "records": "Medical Records", "loans": "Loan Desk"}[box]), "email", N(box+"@northwind-"+strings.ToLower(p.c.code)+".com"), "recipientId", N("2"), "routingOrder", N("2"), "status", N("completed"), "recipientType", N("carboncopy"))))
		recipients.set("recipientCount", N("2"))
	}
	doc := map[string]string{"lease": "Lease_Agreement.pdf", "hire": "Employment_Contract.pdf", "patient": "Patient_Intake.pdf", "loan": "Loan_Application.pdf"}[kind]
	summary := O(
		"status", N("completed"),
		"documentsUri", N("/envelopes/"+envelope+"/documents"),
		"recipientsUri", N("/envelopes/"+envelope+"/recipients"),
		"envelopeUri", N("/envelopes/"+envelope),
		"emailSubject", subj,
		"envelopeId", N(envelope),
		"signingLocation", N("online"),
		"createdDateTime", N(ts(sent.Add(-10*time.Minute))),
		"sentDateTime", N(ts(sent)),
		"deliveredDateTime", N(ts(delivered)),
		"completedDateTime", N(ts(signed)),
		"statusChangedDateTime", N(ts(signed)),
		"sender", O("userName", P(senderName), "userId", P(senderID), "accountId", N(account), "email", P(senderEmail)),
		"recipients", recipients,
		"envelopeDocuments", A(O("documentId", N("1"), "documentIdGuid", N(g.uuid()), "name", N(doc), "type", N("content"), "order", N("1"), "pages", A(O("pageId", N(g.uuid()), "sequence", N("1")), O("pageId", N(g.uuid()), "sequence", N("2")), O("pageId", N(g.uuid()), "sequence", N("3"))))),
	)
	mac := make([]byte, 32)
	for i := range mac {
		mac[i] = byte(g.r.UintN(256))
	}
	return O(
		"headers", O(
			"Content-Type", N("application/json"),
			// Connect's HMAC of the body with the account's key.
			"X-DocuSign-Signature-1", N(base64.StdEncoding.EncodeToString(mac)),
			"X-DocuSign-AccountId", N(account),
		),
		"body", O(
			"event", N("envelope-completed"),
			"apiVersion", N("v2.1"),
			"uri", N("/restapi/v2.1/accounts/"+account+"/envelopes/"+envelope),
			"retryCount", N(g.r.IntN(2)),
			"configurationId", N(10000000+g.r.IntN(9000000)),
			"generatedDateTime", N(ts(g.t)),
			"data", O(
				"accountId", N(account),
				"userId", P(senderID),
				"envelopeId", N(envelope),
				"envelopeSummary", summary,
			),
		),
	)
}

// icMessage is what a user writes in a messenger, with the special
// category it mentions, and the bot's answer in that language.
var icMessages = map[string]struct {
	lines []bioLine
	ship  string // "send it to" before an address
	bot   string
}{
	"en": {[]bioLine{{"health", "Hi, can I pause my membership? I just had knee surgery and can't train for 8 weeks."}, {"sexual_orientation", "I'm gay and the app keeps showing me women even though I set my preferences, how do I fix that?"}, {"health", "I need to cancel my subscription, I was diagnosed with cancer last month and can't use it."}, {"", "My invoice shows the wrong company name, can you update it?"}, {"", "The replacement charger never arrived."}}, "Please send it to", "Thanks for reaching out! A member of our team will reply as soon as possible."},
	"de": {[]bioLine{{"health", "Hallo, kann ich mein Abo pausieren? Ich bin schwanger und darf gerade nicht trainieren."}, {"", "Die Rechnung hat den falschen Firmennamen."}, {"", "Das Ersatzteil ist nie angekommen."}}, "Bitte schicken Sie es an", "Danke für Ihre Nachricht! Unser Team meldet sich so schnell wie möglich."},
	"fr": {[]bioLine{{"health", "Bonjour, je suis diabétique et l'application ne synchronise plus ma glycémie."}, {"", "Je n'arrive pas à changer mon adresse e-mail."}, {"", "Le colis de remplacement n'est jamais arrivé."}}, "Merci de l'envoyer à", "Merci pour votre message ! Notre équipe vous répond au plus vite."},
	"es": {[]bioLine{{"religion", "Hola, soy musulmán y quiero saber si las comidas del plan son halal."}, {"", "No me llega el correo de confirmación."}, {"", "El cargador de repuesto nunca llegó."}}, "Envíenlo a", "¡Gracias por escribirnos! Nuestro equipo te responderá lo antes posible."},
	"pt": {[]bioLine{{"health", "Oi, tenho ansiedade e as notificações estão me fazendo mal, como desligo todas?"}, {"", "Fui cobrado duas vezes este mês."}, {"", "A peça de reposição nunca chegou."}}, "Por favor enviem para", "Obrigado pelo contato! Nossa equipe vai responder o quanto antes."},
	"it": {[]bioLine{{"", "Non riesco a scaricare la fattura di marzo."}, {"health", "Sono in dialisi tre volte a settimana, posso spostare le lezioni?"}}, "Per favore speditelo a", "Grazie per averci scritto! Il nostro team ti risponderà al più presto."},
	"nl": {[]bioLine{{"", "Mijn factuur klopt niet, het btw-nummer ontbreekt."}, {"health", "Ik heb een burn-out en wil mijn abonnement een paar maanden stopzetten."}}, "Stuur het alstublieft naar", "Bedankt voor je bericht! Ons team reageert zo snel mogelijk."},
	"ja": {[]bioLine{{"", "請求書の宛名を変更したいです。"}, {"health", "うつ病の治療中で、しばらく利用を停止したいです。"}}, "送り先はこちらです:", "お問い合わせありがとうございます。担当者よりできるだけ早くご連絡します。"},
	"ko": {[]bioLine{{"", "결제가 두 번 되었어요."}, {"health", "임신 중이라 운동 프로그램을 바꾸고 싶어요."}}, "여기로 보내주세요:", "문의해 주셔서 감사합니다. 곧 답변드리겠습니다."},
	"tr": {[]bioLine{{"", "Faturamda şirket adı yanlış yazılmış."}, {"religion", "Ramazan'da oruç tutuyorum, antrenman saatlerini iftardan sonraya alabilir miyiz?"}}, "Lütfen şu adrese gönderin:", "Mesajınız için teşekkürler! Ekibimiz en kısa sürede dönüş yapacak."},
	"pl": {[]bioLine{{"", "Nie mogę pobrać faktury za luty."}, {"health", "Mam cukrzycę typu 1, czy aplikacja współpracuje z moim glukometrem?"}}, "Proszę wysłać na adres", "Dziękujemy za wiadomość! Nasz zespół odpowie najszybciej, jak to możliwe."},
}

func intercomConversationWebhook(g *gen) *node {
	g.redraw("US", "US", "US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "BR", "MX", "AR", "JP", "KR", "AU", "CA", "IN", "SG", "IL", "TR", "ZA", "NG", "NO", "DK")
	p := g.p
	lang := p.c.lang
	m, ok := icMessages[lang]
	if !ok || g.r.IntN(5) == 0 {
		lang, m = "en", icMessages["en"]
	}
	line := pick(g.r, m.lines)
	text := line.text
	if p.showResidence && g.r.IntN(3) == 0 {
		// The user gives a delivery address in the message: where they live.
		text += " " + m.ship + " " + p.street + ", " + p.post + " " + p.city + ", " + g.english() + "."
		g.lab.Residence = addCountry(g.lab.Residence, p.c.code)
	}
	html := "<p>" + text + "</p>"
	body := P(html)
	if line.cat != "" {
		body = S(html, line.cat)
	}
	lead := g.r.IntN(4) == 0
	userID := g.hex(24)
	author := O("type", N(map[bool]string{true: "lead", false: "user"}[lead]), "id", P(userID))
	if lead && g.r.IntN(2) == 0 {
		author.set("name", N(nil))
	} else {
		author.set("name", P(p.fullName()))
	}
	author.set("email", P(p.email))
	convID := fmt.Sprint(100000000000 + g.r.Int64N(900000000000))
	created := g.t.Add(-time.Duration(1+g.r.IntN(5)) * time.Second).Unix()
	page := "https://app.northwind.io/" + pick(g.r, []string{"billing", "settings/profile", "orders", "help"})
	botBody := "<p>" + m.bot + "</p>"
	parts := []*node{O(
		"type", N("conversation_part"),
		"id", N(fmt.Sprint(20000000000+g.r.Int64N(9000000000))),
		"part_type", N("comment"),
		"body", N(botBody),
		"created_at", N(created+1),
		"updated_at", N(created+1),
		"notified_at", N(created+1),
		"assigned_to", N(nil),
		"author", O("id", N(fmt.Sprint(5000000+g.r.IntN(900000))), "type", N("bot"), "name", N("Fin"), "email", N("operator+"+g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 8)+"@intercom.io")),
		"attachments", A(),
		"external_id", N(nil),
		"redacted", N(false),
	)}
	teammate := fmt.Sprint(5000000 + g.r.IntN(900000))
	if g.r.IntN(2) == 0 {
		name := pick(g.r, []string{"Emma Clarke", "Lukas Becker", "Camille Dubois", "Mateo García", "Yuki Tanaka"})
		parts = append(parts, O(
			"type", N("conversation_part"),
			"id", N(fmt.Sprint(20000000000+g.r.Int64N(9000000000))),
			"part_type", N("assignment"),
			"body", N(nil),
			"created_at", N(created+2),
			"updated_at", N(created+2),
			"notified_at", N(created+2),
			"assigned_to", O("type", N("admin"), "id", N(teammate)),
			// A teammate: a person too.
			"author", O("id", P(teammate), "type", N("admin"), "name", P(name), "email", P(strings.ToLower(strings.Fields(name)[0])+"@northwind.io")),
			"attachments", A(),
			"external_id", N(nil),
			"redacted", N(false),
		))
	}
	custom := O("Issue type", N(pick(g.r, []string{"Billing", "Account", "Shipping", "Product question"})), "Plan", N(pick(g.r, []string{"Free", "Pro", "Business"})))
	if g.r.IntN(3) == 0 {
		custom.set("Order ID", P(pattern(g.r, "NW-########")))
	}
	item := O(
		"type", N("conversation"),
		"id", P(convID),
		"title", N(nil),
		"created_at", N(created),
		"updated_at", N(created+2),
		"waiting_since", N(created),
		"snoozed_until", N(nil),
		"open", N(true),
		"state", N("open"),
		"read", N(false),
		"priority", N("not_priority"),
		"admin_assignee_id", N(nil),
		"team_assignee_id", N(nil),
		"tags", O("type", N("tag.list"), "tags", A()),
		"conversation_rating", N(nil),
		"source", O(
			"type", N("conversation"),
			"id", N(fmt.Sprint(2000000000+g.r.Int64N(900000000))),
			"delivered_as", N("customer_initiated"),
			"subject", N(""),
			"body", body,
			"author", author,
			"attachments", A(),
			"url", N(page),
			"redacted", N(false),
		),
		"contacts", O("type", N("contact.list"), "contacts", A(O("type", N("contact"), "id", P(userID), "external_id", orNull(map[bool]*node{true: P(g.uuid())}[!lead])))),
		"teammates", O("type", N("admin.list"), "admins", A()),
		"custom_attributes", custom,
		"first_contact_reply", O("created_at", N(created), "type", N("conversation"), "url", N(page)),
		"sla_applied", N(nil),
		"statistics", N(nil),
		"conversation_parts", O("type", N("conversation_part.list"), "conversation_parts", A(parts...), "total_count", N(len(parts))),
		"linked_objects", O("type", N("list"), "data", A(), "total_count", N(0), "has_more", N(false)),
		"ai_agent_participated", N(true),
	)
	return O(
		"headers", O("Content-Type", N("application/json"), "X-Hub-Signature", N("sha1="+g.hex(40)), "User-Agent", N("intercom-parrot-service-rack")),
		"body", O(
			"type", N("notification_event"),
			"app_id", N(g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 8)),
			"data", O("type", N("notification_event_data"), "item", item),
			"links", O(),
			"id", N("notif_"+g.uuid()),
			"topic", N("conversation.user.created"),
			"delivery_status", N("pending"),
			"delivery_attempts", N(1),
			"delivered_at", N(0),
			"first_sent_at", N(g.t.Unix()),
			"created_at", N(g.t.Unix()),
			"self", N(nil),
		),
	)
}

// mobileNetworks are a country's mobile country code and some networks
// (MNC, name), as Twilio's carrier lookup names them.
var mobileNetworks = map[string]struct {
	mcc  string
	nets [][2]string
}{
	"US": {"310", [][2]string{{"260", "T-Mobile USA, Inc."}, {"410", "AT&T Wireless"}, {"012", "Verizon Wireless"}}},
	"GB": {"234", [][2]string{{"10", "O2 (UK)"}, {"15", "Vodafone UK"}, {"30", "EE"}}},
	"DE": {"262", [][2]string{{"01", "Telekom Deutschland GmbH"}, {"02", "Vodafone GmbH"}, {"03", "Telefónica Germany GmbH & Co. OHG"}}},
	"FR": {"208", [][2]string{{"01", "Orange"}, {"10", "SFR"}, {"20", "Bouygues Telecom"}}},
	"ES": {"214", [][2]string{{"01", "Vodafone Spain"}, {"03", "Orange Spain"}, {"07", "Movistar"}}},
	"IT": {"222", [][2]string{{"01", "TIM"}, {"10", "Vodafone Italia"}, {"88", "WindTre"}}},
	"BR": {"724", [][2]string{{"05", "Claro"}, {"06", "Vivo"}, {"02", "TIM Brasil"}}},
	"MX": {"334", [][2]string{{"020", "Telcel"}, {"050", "AT&T Mexico"}}},
	"IN": {"404", [][2]string{{"45", "Bharti Airtel"}, {"20", "Vodafone Idea"}, {"86", "Reliance Jio"}}},
	"ID": {"510", [][2]string{{"10", "Telkomsel"}, {"01", "Indosat Ooredoo"}}},
	"JP": {"440", [][2]string{{"10", "NTT DOCOMO"}, {"20", "SoftBank Corp."}}},
	"KR": {"450", [][2]string{{"05", "SK Telecom"}, {"08", "KT"}}},
	"AU": {"505", [][2]string{{"01", "Telstra"}, {"02", "Optus"}}},
	"CA": {"302", [][2]string{{"720", "Rogers Wireless"}, {"610", "Bell Mobility"}}},
	"NG": {"621", [][2]string{{"30", "MTN Nigeria"}, {"20", "Airtel Nigeria"}}},
	"ZA": {"655", [][2]string{{"01", "Vodacom"}, {"10", "MTN South Africa"}}},
	"TR": {"286", [][2]string{{"01", "Turkcell"}, {"02", "Vodafone Turkey"}}},
	"PL": {"260", [][2]string{{"02", "T-Mobile Polska"}, {"03", "Orange Polska"}}},
	"NL": {"204", [][2]string{{"08", "KPN"}, {"16", "Odido"}}},
	"SG": {"525", [][2]string{{"01", "Singtel"}, {"03", "M1"}}},
	"AE": {"424", [][2]string{{"02", "Etisalat"}, {"03", "du"}}},
	"SA": {"420", [][2]string{{"01", "STC"}, {"03", "Mobily"}}},
	"RU": {"250", [][2]string{{"01", "MTS"}, {"99", "Beeline"}}},
}

func twilioVerifyWebhook(g *gen) *node {
	p := g.p
	acct, service, ve := "AC"+g.hex(32), "VA"+g.hex(32), "VE"+g.hex(32)
	to, channel := g.phone(g.e164()), pick(g.r, []string{"sms", "sms", "sms", "whatsapp", "call"})
	if to == nil {
		to, channel = P(p.email), "email"
	}
	created := g.t.Add(-time.Duration(20+g.r.IntN(240)) * time.Second)
	ts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	attempt := O("time", N(created.UTC().Format("2006-01-02T15:04:05.000Z")), "channel", N(strings.ToUpper(channel)), "attempt_sid", N("VL"+g.hex(32)))
	url := "https://verify.twilio.com/v2/Services/" + service + "/Verifications/" + ve
	switch g.r.IntN(3) {
	case 0:
		// Starting a verification: the request and the verification.
		form := O("To", to, "Channel", N(channel))
		if l := g.locale(p.locale); l != nil && channel != "email" {
			form.set("Locale", l)
		}
		carrier := O("error_code", N(nil), "name", N(nil), "mobile_country_code", N(nil), "mobile_network_code", N(nil), "type", N(nil))
		if mn, ok := mobileNetworks[p.phoneCC]; ok && channel != "email" {
			net := pick(g.r, mn.nets)
			carrier = O("error_code", N(nil), "name", N(net[1]), "mobile_country_code", N(mn.mcc), "mobile_network_code", N(net[0]), "type", N("mobile"))
		}
		var lookup *node = O()
		if channel != "email" {
			lookup = O("carrier", carrier)
		}
		return O(
			"request", O("method", N("POST"), "url", N("https://verify.twilio.com/v2/Services/"+service+"/Verifications"), "form", form),
			"response", O("status", N(201), "body", O(
				"sid", N(ve),
				"service_sid", N(service),
				"account_sid", N(acct),
				"to", to,
				"channel", N(channel),
				"status", N("pending"),
				"valid", N(false),
				"date_created", N(ts(created)),
				"date_updated", N(ts(created)),
				"lookup", lookup,
				"amount", N(nil),
				"payee", N(nil),
				"send_code_attempts", A(attempt),
				"sna", N(nil),
				"url", N(url),
			)),
		)
	case 1:
		// Checking the code the user typed in.
		code := C(pattern(g.r, strings.Repeat("#", pick(g.r, []int{4, 6, 6, 8}))))
		form := O("To", to, "Code", code)
		if g.r.IntN(2) == 0 {
			form = O("VerificationSid", N(ve), "Code", code)
		}
		ok := g.r.IntN(5) != 0
		return O(
			"request", O("method", N("POST"), "url", N("https://verify.twilio.com/v2/Services/"+service+"/VerificationCheck"), "form", form),
			"response", O("status", N(200), "body", O(
				"sid", N(ve),
				"service_sid", N(service),
				"account_sid", N(acct),
				"to", to,
				"channel", N(channel),
				"status", N(map[bool]string{true: "approved", false: "pending"}[ok]),
				"valid", N(ok),
				"amount", N(nil),
				"payee", N(nil),
				"sna_attempts_error_codes", A(),
				"date_created", N(ts(created)),
				"date_updated", N(ts(g.t)),
			)),
		)
	}
	// An Event Streams webhook: an array of CloudEvents.
	approved := g.r.IntN(3) != 0
	typ := "com.twilio.accountsecurity.verify.verification." + map[bool]string{true: "approved", false: "pending"}[approved]
	country := N(nil)
	if channel != "email" {
		// The country of the number the code went to.
		country = N(p.phoneCC)
	}
	data := O(
		"account_sid", N(acct),
		"service_sid", N(service),
		"verification_sid", N(ve),
		"friendly_name", N("Northwind"),
		"custom_code_enabled", N(false),
		"custom_friendly_name", N("Northwind"),
		"created_at", N(created.UTC().Format("2006-01-02T15:04:05.000Z")),
	)
	if approved {
		data.set("verified_at", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")))
	}
	data.set("to", to)
	data.set("verification_status", N(map[bool]string{true: "APPROVED", false: "PENDING"}[approved]))
	data.set("country", country)
	data.set("code_length", N(6))
	data.set("send_code_attempts", O("count", N(1), "attempts", A(attempt)))
	sig := make([]byte, 20)
	for i := range sig {
		sig[i] = byte(g.r.UintN(256))
	}
	return O(
		"headers", O(
			"Content-Type", N("application/json"),
			// Twilio's HMAC-SHA1 of the URL and body with the auth token.
			"X-Twilio-Signature", N(base64.StdEncoding.EncodeToString(sig)),
			"I-Twilio-Idempotency-Token", N(g.uuid()),
		),
		"body", A(O(
			"specversion", N("1.0"),
			"type", N(typ),
			"source", N("/v2/Services/"+service+"/Verifications/"+ve),
			"id", N("NO"+g.hex(32)),
			"dataschema", N("https://events-schemas.twilio.com/AccountSecurity.VerifyEventStreamEvent/3"),
			"datacontenttype", N("application/json"),
			"time", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")),
			"data", data,
		)),
	)
}

// cognitoRegion is the AWS region an app serving the country runs its
// user pool in.
func cognitoRegion(cc string) string {
	switch cc {
	case "IN":
		return "ap-south-1"
	case "SG", "ID", "MY", "PH", "TH", "VN":
		return "ap-southeast-1"
	case "AU", "NZ":
		return "ap-southeast-2"
	case "JP":
		return "ap-northeast-1"
	case "KR":
		return "ap-northeast-2"
	case "BR", "AR", "CL", "CO", "PE":
		return "sa-east-1"
	case "AE", "SA", "EG":
		return "me-central-1"
	case "GB":
		return "eu-west-2"
	case "DE", "FR", "TR", "PL", "ES":
		return "eu-central-1"
	case "ZA", "NG", "KE":
		return "af-south-1"
	}
	return "us-east-1"
}

func awsCognitoPreSignupTrigger(g *gen) *node {
	g.redraw("IN", "IN", "IN", "US", "US", "BR", "ID", "SG", "MY", "PH", "AE", "SA", "EG", "MX", "TR", "DE", "GB", "JP", "KR", "NG", "ZA", "AU", "FR", "ES", "CO")
	p := g.p
	cc := p.c.code
	if (cc == "AE" || cc == "SA") && g.r.IntN(2) == 0 {
		// The Gulf's residents are mostly from elsewhere.
		g.redraw("IN", "IN", "PH", "EG", "GB", "ID")
		g.movedTo(cc)
		p = g.p
	}
	region := cognitoRegion(cc)
	pool := region + "_" + g.b62(9)
	client := g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 26)
	trigger := pick(g.r, []string{"PreSignUp_SignUp", "PreSignUp_SignUp", "PreSignUp_SignUp", "PreSignUp_SignUp", "PreSignUp_AdminCreateUser", "PreSignUp_ExternalProvider"})
	attrs := O()
	userName := P(g.uuid())
	if trigger == "PreSignUp_ExternalProvider" {
		userName = P(pick(g.r, []string{"Google_", "Facebook_", "SignInWithApple_"}) + pattern(g.r, "#####################"))
		attrs.set("email", P(p.email))
		attrs.set("name", P(p.fullName()))
		attrs.set("given_name", P(p.given))
		attrs.set("family_name", P(p.family))
		attrs.set("locale", g.locale(p.locale))
	} else {
		if g.r.IntN(4) == 0 {
			userName = P(p.username)
		}
		attrs.set("email", P(p.email))
		attrs.set("phone_number", g.phone(g.e164()))
		attrs.set("given_name", P(p.given))
		attrs.set("family_name", P(p.family))
		attrs.set("birthdate", g.dob("2006-01-02"))
		if g.r.IntN(2) == 0 {
			attrs.set("gender", P(g.gender()))
		}
		attrs.set("locale", g.locale(p.locale))
		attrs.set("zoneinfo", g.tz(p.tz))
		if p.showResidence && g.r.IntN(2) == 0 {
			attrs.set("address", g.addr(p.street+", "+p.city+" "+p.post))
		}
		attrs.set("custom:country", g.residence(cc))
		if g.r.IntN(3) == 0 {
			attrs.set("custom:nationality", g.citizenship(p.cit.code))
		}
		// National and tax ids, as onboarding apps of the country ask.
		switch p.c.code {
		case "IN":
			if g.r.IntN(2) == 0 {
				attrs.set("custom:national_id", P(strings.ReplaceAll(genAadhaar(g.r, p.dob, p.female, [2]string{}), " ", "")))
			}
			if g.r.IntN(2) == 0 {
				attrs.set("custom:tax_id", P(genPAN(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL})))
			}
		case "BR":
			attrs.set("custom:tax_id", P(genCPF(g.r, p.dob, p.female, [2]string{})))
		case "MX":
			if g.r.IntN(2) == 0 {
				attrs.set("custom:tax_id", P(g.rfc()))
			} else {
				attrs.set("custom:national_id", P(curp(g.r, p.dob, p.female, p.givenL, p.familyL)))
			}
		case "ID", "TH", "VN":
			attrs.set("custom:national_id", P(g.nationalIDNumber(p.c.code)))
		case "SG":
			attrs.set("custom:national_id", P(nric(g.r, p.dob, p.cit != p.c, p.cit == p.c)))
		case "AE":
			attrs.set("custom:national_id", P(emiratesID(g.r, p.dob)))
		default:
			if p.idValue != "" && g.r.IntN(2) == 0 {
				attrs.set("custom:national_id", P(p.idValue))
			}
		}
		switch p.cit.code {
		case "IN", "ID", "MY", "NG", "EG", "SA", "AE":
			if g.r.IntN(3) == 0 {
				// Matrimony, halal-food and community apps ask for it.
				rel := map[string][]string{"IN": {"Hindu", "Muslim", "Sikh", "Christian", "Jain"}, "ID": {"Islam", "Kristen", "Katolik", "Hindu", "Buddha"}, "MY": {"Islam", "Buddhism", "Hinduism", "Christianity"}, "NG": {"Christian", "Muslim"}}[p.cit.code]
				if rel == nil {
					rel = []string{"Muslim", "Christian"}
				}
				attrs.set("custom:religion", S(pick(g.r, rel), "religion"))
			}
		}
		if g.r.IntN(6) == 0 {
			// A health or blood-donation app.
			attrs.set("custom:blood_type", S(pick(g.r, []string{"A+", "O+", "B+", "AB-", "O-"}), "health"))
		}
		attrs.set("custom:marketing_opt_in", N(pick(g.r, []string{"true", "false"})))
		if g.r.IntN(3) == 0 {
			attrs.set("custom:referral_code", N(strings.ToUpper(g.b62(8))))
		}
	}
	var validation, meta *node = N(nil), N(nil)
	if trigger == "PreSignUp_SignUp" {
		if g.r.IntN(2) == 0 {
			validation = O("recaptchaToken", N("03AFcWeA"+g.chars(b64Set, 80)))
		}
		meta = O("platform", N(pick(g.r, []string{"android", "ios", "web"})), "appVersion", N(fmt.Sprintf("%d.%d.%d", 3+g.r.IntN(3), g.r.IntN(20), g.r.IntN(10))))
	}
	sdk := pick(g.r, []string{"aws-sdk-unknown-unknown", "aws-sdk-js-3.600.0", "aws-sdk-android-2.75.0", "aws-sdk-ios-2.36.0"})
	return O(
		"version", N("1"),
		"region", N(region),
		"userPoolId", N(pool),
		"userName", userName,
		"callerContext", O("awsSdkVersion", N(sdk), "clientId", N(client)),
		"triggerSource", N(trigger),
		"request", O("userAttributes", attrs, "validationData", validation, "clientMetadata", meta),
		"response", O("autoConfirmUser", N(false), "autoVerifyEmail", N(false), "autoVerifyPhone", N(false)),
	)
}

func grabPartnerUserProfile(g *gen) *node {
	g.redraw("SG", "MY", "ID", "ID", "TH", "VN", "PH")
	market := g.p.c.code
	foreign := false
	if (market == "SG" || market == "MY") && g.r.IntN(5) == 0 {
		// A foreign worker or student with a work or student pass.
		g.redraw(map[string][]string{"SG": {"IN", "CN", "PH", "MY", "ID", "GB"}, "MY": {"ID", "IN", "CN", "PH"}}[market]...)
		g.movedTo(market)
		foreign = true
	}
	p := g.p
	name := p.fullName()
	if !isLatin(name) && g.r.IntN(2) == 0 {
		name = titled(p.givenL, p.familyL)
	}
	sub := g.uuid()
	claims := O(
		"sub", P(sub),
		"name", P(name),
		"email", P(p.email),
		"phone_number", g.phone(g.e164()),
	)
	if claims.obj[len(claims.obj)-1].key == "phone_number" {
		claims.set("phone_number_verified", N(true))
	}
	loc := p.locale
	if market == "PH" && g.r.IntN(2) == 0 {
		loc = "en-PH"
	}
	claims.set("locale", g.locale(loc))
	claims.set("zoneinfo", g.tz(p.tz))
	if g.r.IntN(3) != 0 {
		claims.set("birthdate", g.dob("2006-01-02"))
	}
	if g.r.IntN(2) == 0 {
		claims.set("gender", P(g.gender()))
	}
	kyc := pick(g.r, []string{"verified", "verified", "pending", "not_started"})
	out := O(
		"partner_user_id", P(fmt.Sprintf("NWF-%s-%07d", market, g.r.IntN(10000000))),
		"market", g.residence(market),
		"tier", N(pick(g.r, []string{"member", "silver", "gold", "platinum"})),
		"kyc_status", N(kyc),
	)
	if kyc != "not_started" {
		var doc *node
		switch {
		case foreign && market == "SG":
			doc = O("type", N("FIN"), "number", P(nric(g.r, p.dob, true, false)))
		case foreign:
			num := strings.ToUpper(g.b62(1)) + pattern(g.r, "#######")
			doc = O("type", N("PASSPORT"), "number", P(num), "issuing_country", orNull(g.citizenship(alpha3[p.cit.code])))
		case market == "SG":
			doc = O("type", N("NRIC"), "number", P(nric(g.r, p.dob, false, true)))
		case market == "MY":
			doc = O("type", N("MYKAD"), "number", P(p.idValue))
		case market == "ID":
			doc = O("type", N("KTP"), "number", P(g.nationalIDNumber("ID")))
		case market == "TH":
			doc = O("type", N("THAI_NATIONAL_ID"), "number", P(g.nationalIDNumber("TH")))
		case market == "VN":
			doc = O("type", N("CCCD"), "number", P(g.nationalIDNumber("VN")))
		default:
			doc = O("type", N("PHILSYS"), "number", P(p.idValue))
		}
		out.set("id_document", doc)
	}
	linked := g.t.Add(-time.Duration(g.r.IntN(90*24)) * time.Hour)
	grab := O("provider", N("grab"), "linked_at", N(linked.UTC().Format(time.RFC3339)), "userinfo", claims)
	if g.r.IntN(3) == 0 {
		// What the token endpoint returned, kept to call Grab's APIs.
		grab.set("token", O(
			"access_token", C(g.jwt("RS256", map[string]any{"aud": g.hex(32), "exp": g.t.Unix() + 3600, "iat": g.t.Unix(), "iss": "https://idp.grab.com", "sub": sub, "jti": g.b62(22)})),
			"token_type", N("Bearer"),
			"expires_in", N(3600),
			"id_token", C(g.jwt("RS256", map[string]any{"aud": g.hex(32), "exp": g.t.Unix() + 3600, "iat": g.t.Unix(), "iss": "https://idp.grab.com", "sub": sub, "nonce": g.hex(16)})),
		))
	}
	out.set("linked_accounts", A(grab))
	out.set("updated_at", N(g.t.UTC().Format(time.RFC3339)))
	return out
}

// epicObs is a vital sign or lab test as Epic's Observation resources
// code it: LOINC, Epic's own row, the unit in UCUM, the range values are
// drawn from, the decimals, the reference range and the text in the
// hospital's language.
type epicObs struct {
	loinc, display, unit string
	lo, hi               float64
	dec                  int
	refLo, refHi         float64
	lab                  bool
	text                 map[string]string
}

var epicObservations = []epicObs{
	{"8867-4", "Heart rate", "/min", 52, 110, 0, 0, 0, false, map[string]string{"en": "Pulse", "nl": "Hartfrequentie", "da": "Puls", "fi": "Syke", "nb": "Puls"}},
	{"29463-7", "Body weight", "kg", 45, 130, 1, 0, 0, false, map[string]string{"en": "Weight", "nl": "Gewicht", "da": "Vægt", "fi": "Paino", "nb": "Vekt"}},
	{"8302-2", "Body height", "cm", 150, 198, 1, 0, 0, false, map[string]string{"en": "Height", "nl": "Lengte", "da": "Højde", "fi": "Pituus", "nb": "Høyde"}},
	{"39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", 17, 38, 1, 0, 0, false, map[string]string{"en": "BMI", "nl": "BMI", "da": "BMI", "fi": "BMI", "nb": "KMI"}},
	{"8310-5", "Body temperature", "Cel", 36.1, 39.2, 1, 0, 0, false, map[string]string{"en": "Temp", "nl": "Temperatuur", "da": "Temperatur", "fi": "Lämpö", "nb": "Temperatur"}},
	{"59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", 91, 100, 0, 0, 0, false, map[string]string{"en": "SpO2", "nl": "Saturatie", "da": "Iltmætning", "fi": "Happisaturaatio", "nb": "SpO2"}},
	{"9279-1", "Respiratory rate", "/min", 12, 24, 0, 0, 0, false, map[string]string{"en": "Resp", "nl": "Ademfrequentie", "da": "Respirationsfrekvens", "fi": "Hengitystaajuus", "nb": "Respirasjonsfrekvens"}},
	{"4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.6, 10.5, 1, 4.0, 5.6, true, map[string]string{"en": "HEMOGLOBIN A1C", "nl": "HbA1c", "da": "HbA1c", "fi": "B-HbA1c", "nb": "HbA1c"}},
	{"2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 68, 240, 0, 70, 99, true, map[string]string{"en": "GLUCOSE", "nl": "Glucose", "da": "Glukose", "fi": "P-Gluk", "nb": "Glukose"}},
	{"13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", 55, 210, 0, 0, 99, true, map[string]string{"en": "LDL CHOLESTEROL, CALCULATED", "nl": "LDL-cholesterol", "da": "LDL-kolesterol", "fi": "P-LDL-kol", "nb": "LDL-kolesterol"}},
	{"718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 9.5, 17.5, 1, 12.0, 16.0, true, map[string]string{"en": "HEMOGLOBIN", "nl": "Hemoglobine", "da": "Hæmoglobin", "fi": "B-Hb", "nb": "Hemoglobin"}},
	{"2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.5, 2.4, 2, 0.6, 1.2, true, map[string]string{"en": "CREATININE", "nl": "Kreatinine", "da": "Kreatinin", "fi": "P-Krea", "nb": "Kreatinin"}},
	{"3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.1, 9.0, 2, 0.4, 4.0, true, map[string]string{"en": "TSH", "nl": "TSH", "da": "TSH", "fi": "P-TSH", "nb": "TSH"}},
}

// epicID is an Epic FHIR id: "e" and base-64 characters.
func (g *gen) epicID(n int) string { return "e" + g.chars(b62Set+"-.", n) }

// usCoreRace is the OMB race and ethnicity categories a US patient may be
// recorded under, by country of origin.
func usCoreRace(g *gen, origin string) (race [2]string, hispanic bool) {
	white, black, asian := [2]string{"2106-3", "White"}, [2]string{"2054-5", "Black or African American"}, [2]string{"2028-9", "Asian"}
	switch origin {
	case "MX", "BR", "AR", "CO":
		return pick(g.r, [][2]string{white, {"2131-1", "Other Race"}}), true
	case "IN", "CN", "VN", "PH", "KR", "JP":
		return asian, false
	case "NG", "ET", "KE":
		return black, false
	case "US":
		return pick(g.r, [][2]string{white, white, white, black, asian, {"1002-5", "American Indian or Alaska Native"}, {"2076-8", "Native Hawaiian or Other Pacific Islander"}}), g.r.IntN(6) == 0
	}
	return white, false
}

func epicFHIRBundleObservation(g *gen) *node {
	us := g.r.IntN(5) < 3
	if us {
		g.redraw("US")
		if g.r.IntN(3) == 0 {
			g.redraw("MX", "MX", "IN", "CN", "VN", "PH", "KR", "NG", "BR", "ET", "RU", "CO")
			g.movedTo("US")
		}
	} else {
		g.redraw("NL", "DK", "FI", "NO", "GB", "CA", "AU", "SG", "AE", "SA")
	}
	p := g.p
	cc := p.c.code
	base := map[string]string{"US": "https://fhir.northwind-health.org", "NL": "https://fhir.umcnorth.nl", "DK": "https://fhir.regionh.dk", "FI": "https://fhir.hus.fi", "NO": "https://fhir.helseplattformen.no", "GB": "https://fhir.northwind.nhs.uk", "CA": "https://fhir.northwindhealth.ca", "AU": "https://fhir.northwind.health.nsw.gov.au", "SG": "https://fhir.northwind.com.sg", "AE": "https://fhir.northwind.ae", "SA": "https://fhir.northwind.med.sa"}[cc] + "/interconnect-fhir-oauth/api/FHIR/R4"
	lang := map[string]string{"NL": "nl", "DK": "da", "FI": "fi", "NO": "nb"}[cc]
	if lang == "" {
		lang = "en"
	}
	pid := g.epicID(23)
	encID := g.epicID(23)
	name := p.fullName()
	if !isLatin(name) {
		name = titled(p.givenL, p.familyL)
	}
	display := name
	gn, fn := p.given, p.family
	if !isLatin(gn + fn) {
		gn, fn = titled(p.givenL), titled(p.familyL)
	}
	if cc == "US" {
		display = fn + ", " + gn // Epic's LAST, FIRST
	}
	when := g.t.Add(-time.Duration(1+g.r.IntN(240)) * time.Hour)
	// The visit the observations were taken at.
	encNum := P(fmt.Sprint(2000000000 + g.r.Int64N(900000000)))
	encKind := N(pick(g.r, []string{"Office Visit", "Hospital Encounter", "Telemedicine", "Lab Visit"}))
	effective := when.Format("2006-01-02T15:04:05Z")
	var entries []*node
	obsSet := []epicObs{}
	labs := g.r.IntN(2) == 0
	for _, o := range epicObservations {
		if o.lab == labs && g.r.IntN(2) == 0 {
			obsSet = append(obsSet, o)
		}
	}
	if len(obsSet) == 0 {
		obsSet = append(obsSet, epicObservations[0])
		labs = false
	}
	cat := [2]string{"vital-signs", "Vital Signs"}
	if labs {
		cat = [2]string{"laboratory", "Laboratory"}
	}
	obs := func(code *node, extra ...any) *node {
		oid := g.epicID(44)
		kv := []any{
			"resourceType", N("Observation"),
			"id", P(oid),
			"status", N("final"),
			"category", A(O("coding", A(O("system", N("http://terminology.hl7.org/CodeSystem/observation-category"), "code", N(cat[0]), "display", N(cat[1]))), "text", N(cat[1]))),
			"code", code,
			"subject", O("reference", P("Patient/"+pid), "display", P(display)),
			"encounter", O("reference", P("Encounter/"+encID), "identifier", O("use", N("usual"), "system", N("urn:oid:1.2.840.114350.1.13.0.1.7.3.698084.8"), "value", encNum), "display", encKind),
			"effectiveDateTime", P(effective),
			"issued", N(when.Add(time.Duration(g.r.IntN(180)) * time.Minute).UTC().Format("2006-01-02T15:04:05Z")),
		}
		kv = append(kv, extra...)
		return O("link", A(O("relation", N("self"), "url", P(base+"/Observation/"+oid))), "fullUrl", P(base+"/Observation/"+oid), "resource", O(kv...), "search", O("mode", N("match")))
	}
	coded := func(loinc, disp, text string) *node {
		// What was measured or tested, in this patient's record.
		return O("coding", A(
			O("system", N("http://loinc.org"), "code", S(loinc, "health"), "display", S(disp, "health")),
			// Epic's own row for it (a flowsheet row or a lab component).
			O("system", N("urn:oid:1.2.840.114350.1.13.0.1.7.2.707679"), "code", S(fmt.Sprint(1+atoi(digitsOf(loinc))%9000), "health"), "display", S(text, "health")),
		), "text", S(text, "health"))
	}
	value := func(o epicObs) (float64, *node) {
		v := o.lo + (o.hi-o.lo)*g.r.Float64()
		pow := 1.0
		for range o.dec {
			pow *= 10
		}
		v = float64(int(v*pow+0.5)) / pow
		return v, O("value", S(v, "health"), "unit", N(strings.NewReplacer("[IU]", "IU", "Cel", "°C").Replace(o.unit)), "system", N("http://unitsofmeasure.org"), "code", N(o.unit))
	}
	if !labs && g.r.IntN(3) != 0 {
		sys, dia := 100+g.r.IntN(70), 60+g.r.IntN(40)
		comp := func(loinc, disp string, v int) *node {
			return O("code", O("coding", A(O("system", N("http://loinc.org"), "code", S(loinc, "health"), "display", S(disp, "health"))), "text", S(disp, "health")),
				"valueQuantity", O("value", S(v, "health"), "unit", N("mm[Hg]"), "system", N("http://unitsofmeasure.org"), "code", N("mm[Hg]")))
		}
		bpText := map[string]string{"en": "BP", "nl": "Bloeddruk", "da": "Blodtryk", "fi": "Verenpaine", "nb": "Blodtrykk"}[lang]
		entries = append(entries, obs(O("coding", A(O("system", N("http://loinc.org"), "code", S("85354-9", "health"), "display", S("Blood pressure panel with all children optional", "health"))), "text", S(bpText, "health")),
			"component", A(comp("8480-6", "Systolic blood pressure", sys), comp("8462-4", "Diastolic blood pressure", dia))))
	}
	for _, o := range obsSet {
		v, q := value(o)
		extra := []any{"valueQuantity", q}
		if o.lab {
			rr := O("low", O("value", N(o.refLo), "unit", N(o.unit), "system", N("http://unitsofmeasure.org"), "code", N(o.unit)), "high", O("value", N(o.refHi), "unit", N(o.unit), "system", N("http://unitsofmeasure.org"), "code", N(o.unit)), "text", N(fmt.Sprintf("%g - %g %s", o.refLo, o.refHi, o.unit)))
			if o.refLo == 0 {
				rr = O("high", O("value", N(o.refHi), "unit", N(o.unit), "system", N("http://unitsofmeasure.org"), "code", N(o.unit)), "text", N(fmt.Sprintf("<=%g %s", o.refHi, o.unit)))
			}
			interp := [2]string{"N", "Normal"}
			if v > o.refHi {
				interp = [2]string{"H", "High"}
			} else if v < o.refLo {
				interp = [2]string{"L", "Low"}
			}
			extra = append(extra,
				"interpretation", A(O("coding", A(O("system", N("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"), "code", S(interp[0], "health"), "display", S(interp[1], "health"))), "text", S(interp[1], "health"))),
				"referenceRange", A(rr),
				// The ordering clinician: a person too.
				"performer", A(O("reference", P("Practitioner/"+g.epicID(23)), "type", N("Practitioner"), "display", P(pick(g.r, []string{"Bianca Lopez, MD", "Omar Haddad, MD", "Sanne de Vries", "Mette Holm", "Anna Virtanen", "Dr. Priya Raman"})))))
		}
		text := o.text[lang]
		if text == "" {
			text = o.text["en"]
		}
		entries = append(entries, obs(coded(o.loinc, o.display, text), extra...))
	}

	matches := len(entries)
	// The patient, included by _include=Observation:patient.
	ids := []*node{
		O("use", N("usual"), "type", O("text", N("EPI")), "system", N("urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.0"), "value", P("E"+pattern(g.r, "#####"))),
		O("use", N("usual"), "type", O("text", N("MRN")), "system", N("urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14"), "value", P(pattern(g.r, "#########"))),
		O("use", N("usual"), "system", N("http://open.epic.com/FHIR/StructureDefinition/patient-fhir-id"), "value", P(pid)),
	}
	natID := func(text, system, v string) {
		ids = append(ids, O("use", N("official"), "type", O("text", N(text)), "system", N(system), "value", P(v)))
	}
	switch cc {
	case "US":
		if g.r.IntN(2) == 0 {
			// Epic masks all but the last four digits.
			natID("SSN", "urn:oid:2.16.840.1.113883.4.1", "xxx-xx-"+genSSN(g.r, p.dob, p.female, [2]string{})[7:])
		}
	case "NL":
		natID("BSN", "http://fhir.nl/fhir/NamingSystem/bsn", g.bsn())
	case "DK":
		natID("CPR", "urn:oid:1.2.208.176.1.2", p.idValue)
	case "FI":
		natID("HETU", "urn:oid:1.2.246.21", p.idValue)
	case "NO":
		natID("FNR", "urn:oid:2.16.578.1.12.4.1.4.1", p.idValue)
	case "GB":
		natID("NHS", "https://fhir.nhs.uk/Id/nhs-number", nhsNumber(g.r))
	case "SG":
		natID("NRIC", "urn:oid:2.16.702.1.2.1", nric(g.r, p.dob, p.cit != p.c, p.cit == p.c))
	case "AE":
		natID("Emirates ID", "urn:oid:2.16.784.1.1", emiratesID(g.r, p.dob))
	}
	var telecom []*node
	if ph := g.phone(""); ph != nil {
		telecom = append(telecom, O("system", N("phone"), "value", ph, "use", N(pick(g.r, []string{"mobile", "home"}))))
	}
	if g.r.IntN(3) != 0 {
		telecom = append(telecom, O("system", N("email"), "value", P(p.email), "rank", N(1)))
	}
	pat := O("resourceType", N("Patient"), "id", P(pid))
	var ext []*node
	if cc == "US" {
		origin := p.cit.code
		race, hisp := usCoreRace(g, origin)
		ext = append(ext,
			O("url", N("http://hl7.org/fhir/us/core/StructureDefinition/us-core-race"), "extension", A(
				O("url", N("ombCategory"), "valueCoding", O("system", N("urn:oid:2.16.840.1.113883.6.238"), "code", S(race[0], "ethnicity"), "display", S(race[1], "ethnicity"))),
				O("url", N("text"), "valueString", S(race[1], "ethnicity")))),
		)
		eth := [2]string{"2186-5", "Not Hispanic or Latino"}
		if hisp {
			eth = [2]string{"2135-2", "Hispanic or Latino"}
		}
		ext = append(ext,
			O("url", N("http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity"), "extension", A(
				O("url", N("ombCategory"), "valueCoding", O("system", N("urn:oid:2.16.840.1.113883.6.238"), "code", S(eth[0], "ethnicity"), "display", S(eth[1], "ethnicity"))),
				O("url", N("text"), "valueString", S(eth[1], "ethnicity")))),
			O("url", N("http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex"), "valueCode", P(map[bool]string{true: "F", false: "M"}[p.female])),
		)
	}
	if len(ext) > 0 {
		pat.set("extension", A(ext...))
	}
	pat.set("identifier", A(ids...))
	pat.set("active", N(true))
	nm := O("use", N("official"), "text", P(name), "family", P(fn), "given", A(P(gn)))
	pat.set("name", A(nm))
	if len(telecom) > 0 {
		pat.set("telecom", A(telecom...))
	}
	pat.set("gender", P(g.gender()))
	pat.set("birthDate", g.dob("2006-01-02"))
	if p.showResidence {
		country := g.residence(cc)
		if cc == "US" && g.r.IntN(2) == 0 {
			country = g.residence("USA")
		}
		pat.set("address", A(O("use", N("home"), "line", A(P(p.street)), "city", g.addr(p.city), "state", g.addrN(p.region), "postalCode", g.addr(p.post), "country", country, "period", O("start", P(g.t.AddDate(-1-g.r.IntN(10), 0, 0).Format("2006-01-02"))))))
	}
	if g.r.IntN(2) == 0 {
		ms := pick(g.r, [][2]string{{"M", "Married"}, {"S", "Never Married"}, {"D", "Divorced"}, {"W", "Widowed"}})
		pat.set("maritalStatus", O("text", P(ms[1])))
	}
	plang := lang
	if cc == "US" || cc == "CA" || cc == "AU" || cc == "GB" || cc == "SG" {
		plang = map[string]string{"MX": "es", "CO": "es", "BR": "pt", "CN": "zh", "VN": "vi", "KR": "ko", "RU": "ru", "ET": "am", "PH": "tl"}[p.cit.code]
		if plang == "" || g.r.IntN(3) == 0 {
			plang = "en"
		}
	}
	if cc == "AE" || cc == "SA" {
		plang = pick(g.r, []string{"ar", "en"})
	}
	// The language the patient prefers: the language, no country.
	pat.set("communication", A(O("language", O("coding", A(O("system", N("urn:ietf:bcp:47"), "code", N(plang), "display", N(langEnglish[plang]))), "text", N(langEnglish[plang])), "preferred", N(true))))
	entries = append(entries, O("link", A(O("relation", N("self"), "url", P(base+"/Patient/"+pid))), "fullUrl", P(base+"/Patient/"+pid), "resource", pat, "search", O("mode", N("include"))))
	if g.r.IntN(3) == 0 {
		entries = append(entries, O("resource", O("resourceType", N("OperationOutcome"), "issue", A(O(
			"severity", N("warning"),
			"code", N("processing"),
			"details", O("coding", A(O("system", N("urn:oid:1.2.840.114350.1.13.0.1.7.2.657369"), "code", N("4119"), "display", N("This response includes information available to the authorized user at the time of the request. It may not contain the entire record available in the system."))), "text", N("This response includes information available to the authorized user at the time of the request. It may not contain the entire record available in the system.")),
			"diagnostics", N("Client id: "+g.uuid()+". Some results may be hidden."),
		))), "search", O("mode", N("outcome"))))
	}
	category := map[bool]string{true: "laboratory", false: "vital-signs"}[labs]
	return O(
		"resourceType", N("Bundle"),
		"type", N("searchset"),
		"total", N(matches),
		"link", A(O("relation", N("self"), "url", P(base+"/Observation?patient="+pid+"&category="+category+"&_include=Observation:patient"))),
		"entry", A(entries...),
	)
}
