package evalcorpus

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// wave8Shapes are an eighth set of producers, each written from its own
// public documentation before the classifier was scored on it, chosen for
// regional platforms whose field names, labels and values are not
// English: two CRMs of the Russian-speaking world and Latin America
// (Bitrix24 leads with their UF_CRM_* custom fields, amoCRM/Kommo
// contacts keyed by field ids with names in the account's language), a
// KYC provider's applicant with names in two scripts and MRZ lines
// (Sumsub), a German HR system's employee with custom attributes such as
// the church-tax denomination (Personio), Vietnam's Zalo login, an
// Indonesian payment platform's customer (Xendit), an African payment
// webhook (Flutterwave), Sign in with Apple's form post and token
// exchange (no country evidence at all), an event platform's attendee
// with the organiser's questions (Eventbrite) and Alipay's user
// information share. Their first figures measure producers the
// classifier had not seen.
var wave8Shapes = []Shape{
	{Name: "bitrix24_crm_lead", Doc: "apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-get.html and dev.1c-bitrix.ru/rest_help/crm/leads/crm_lead_fields.php (crm.lead.get result: ID, TITLE, HONORIFIC, NAME, SECOND_NAME, LAST_NAME, COMPANY_TITLE, COMPANY_ID, CONTACT_ID, IS_RETURN_CUSTOMER, BIRTHDATE, SOURCE_ID, SOURCE_DESCRIPTION, STATUS_ID, STATUS_DESCRIPTION, POST, COMMENTS, CURRENCY_ID, OPPORTUNITY, IS_MANUAL_OPPORTUNITY, HAS_PHONE, HAS_EMAIL, HAS_IMOL, ASSIGNED_BY_ID, CREATED_BY_ID, MODIFY_BY_ID, DATE_CREATE, DATE_MODIFY, DATE_CLOSED, STATUS_SEMANTIC_ID, OPENED, ORIGINATOR_ID, ORIGIN_ID, MOVED_BY_ID, MOVED_TIME, ADDRESS, ADDRESS_2, ADDRESS_CITY, ADDRESS_POSTAL_CODE, ADDRESS_REGION, ADDRESS_PROVINCE, ADDRESS_COUNTRY, ADDRESS_COUNTRY_CODE, UTM_*, multifields PHONE/EMAIL/IM[{ID, VALUE_TYPE, VALUE, TYPE_ID}], custom fields UF_CRM_<timestamp>) with the event handler's request of apidocs.bitrix24.com/api-reference/events/index.html (event ONCRMLEADADD, event_handler_id, data[FIELDS][ID], ts, auth{access_token, expires, expires_in, scope, domain, server_endpoint, status, client_endpoint, member_id, user_id, refresh_token, application_token}; an outbound webhook's auth carries domain, endpoints, member_id and application_token only), as a relay turns the form post into JSON and adds the lead it fetched", build: bitrix24CRMLead},
	{Name: "amocrm_contact", Doc: "amocrm.ru/developers/content/crm_platform/contacts-api (GET /api/v4/contacts/{id}: id, name, first_name, last_name, responsible_user_id, group_id, created_by, updated_by, created_at, updated_at, closest_task_at, is_deleted, is_unsorted, custom_fields_values[{field_id, field_name, field_code PHONE/EMAIL/POSITION or null, field_type, values[{value, enum_id, enum_code WORK/MOB/PRIV}]}], birthday fields as Unix timestamps, account_id, _links.self.href, _embedded{tags, companies}) and amocrm.ru/developers/content/crm_platform/webhooks-format (contacts[add][0][id, name, responsible_user_id, date_create, last_modified, created_user_id, modified_user_id, account_id, custom_fields[{id, name, values[{value, enum}], code}], created_at, updated_at, type], account[subdomain, id, _links[self]]), the same platform as Kommo (developers.kommo.com) for Latin American and Spanish accounts", build: amoCRMContact},
	{Name: "sumsub_applicant", Doc: "docs.sumsub.com/reference/get-applicant-data (GET /resources/applicants/{applicantId}/one: id, createdAt, key, clientId, inspectionId, externalUserId, info{firstName, firstNameEn, middleName, lastName, lastNameEn, dob, gender, placeOfBirth, country, nationality (alpha-3), addresses[{country, postCode, town, street, buildingNumber, formattedAddress}], idDocs[{idDocType PASSPORT/ID_CARD/RESIDENCE_PERMIT, country, firstName, firstNameEn, lastName, lastNameEn, issuedDate, validUntil, number, dob, mrzLine1..3}]}, email, phone, applicantPlatform, ipCountry, agreement{createdAt, source, targets}, requiredIdDocs{docSets[{idDocSetType, types}]}, review{reviewId, attemptId, attemptCnt, levelName, createDate, reviewDate, reviewResult{reviewAnswer, rejectLabels, reviewRejectType}, reviewStatus, priority}, lang, type) with the applicantReviewed webhook of docs.sumsub.com/docs/user-verification-webhooks (applicantId, inspectionId, correlationId, levelName, externalUserId, type, sandboxMode, reviewStatus, createdAtMs, clientId, reviewResult) and its X-Payload-Digest header", build: sumsubApplicant},
	{Name: "personio_employee", Doc: "developer.personio.de/v1.0/reference/get_company-employees-employee-id and developer.personio.de/changelog/employees-api-universal-id-is-now-exposed ({success, data{type Employee, attributes{<key>{label, value, type, universal_id}}}}: id, first_name, last_name, preferred_name, email, gender, status, position, supervisor (an Employee), employment_type, weekly_working_hours, hire_date, contract_end_date, termination_*, probation_period_end, created_at, last_modified_at, subcompany, office, department, cost_centers, holiday_calendar, absence_entitlement, work_schedule, fix_salary, fix_salary_interval, hourly_salary, last_working_day, profile_picture, team; custom attributes as dynamic_<id> with the labels the company gave them, in its language)", build: personioEmployee},
	{Name: "zalo_user", Doc: "developers.zalo.me/docs/social-api/tham-khao/user-access-token-v4 (oauth.zaloapp.com/v4/access_token: access_token, refresh_token, expires_in), developers.zalo.me/docs/social-api/tham-khao/lay-thong-tin-nguoi-dung (graph.zalo.me/v2.0/me?fields=id,name,birthday,gender,picture: id, name, birthday dd/mm/yyyy, gender, picture.data.url) and miniapp.zaloplatforms.com/documents/api/getPhoneNumber (graph.zalo.me/v2.0/me/info: data.number as 84…, error, message), as a login service publishes the sign-in", build: zaloUser},
	{Name: "xendit_customer", Doc: "developers.xendit.co/api-reference/#customers (API-VERSION 2020-10-31 Customer: id, reference_id, type INDIVIDUAL, individual_detail{given_names, given_names_non_roman, surname, surname_non_roman, nationality, place_of_birth, date_of_birth, gender, employment{employer_name, nature_of_business, role_description}}, business_detail, email, mobile_number, phone_number, hashed_phone_number, addresses[{country, street_line1, street_line2, city, province_state, postal_code, category, is_primary}], identity_accounts[{type, company, description, country, properties}], kyc_documents[{country, type, sub_type, document_name, document_number, expires_at, holder_name, document_images}], description, date_of_registration, domicile_of_registration, metadata, created, updated)", build: xenditCustomer},
	{Name: "flutterwave_charge_completed", Doc: "developer.flutterwave.com/docs/webhooks (charge.completed: event, data{id, tx_ref, flw_ref, device_fingerprint, amount, currency, charged_amount, app_fee, merchant_fee, processor_response, auth_model, ip, narration, status, payment_type card/mpesa/mobilemoneyrwanda/account/ussd, created_at, account_id, customer{id, name, phone_number, email, created_at}, card{first_6digits, last_4digits, issuer, country, type, expiry, token}}, meta_data, event.type) and the verif-hash header carrying the merchant's secret hash (developer.flutterwave.com/docs/webhooks#verifying-webhook-signatures), as a relay keeps the header with the body", build: flutterwaveChargeCompleted},
	{Name: "apple_sign_in", Doc: "developer.apple.com/documentation/sign_in_with_apple/request_an_authorization_to_the_sign_in_with_apple_server (response_mode form_post: state, code, id_token, and on the first authorization only user as a JSON string {name{firstName, lastName}, email}), developer.apple.com/documentation/sign_in_with_apple/tokenresponse (access_token, expires_in, id_token, refresh_token, token_type) and developer.apple.com/documentation/sign_in_with_apple/authenticating-users-with-sign-in-with-apple (id_token claims iss, sub, aud, iat, exp, nonce, nonce_supported, email, email_verified, is_private_email, real_user_status, transfer_sub, auth_time, at_hash), as a login service publishes the sign-in", build: appleSignIn},
	{Name: "eventbrite_attendee", Doc: "www.eventbrite.com/platform/api#/reference/webhooks (payload: config{action, user_id, endpoint_url, webhook_id}, api_url) and www.eventbrite.com/platform/api#/reference/attendee (Attendee: id, created, changed, ticket_class_id, ticket_class_name, quantity, profile{name, email, first_name, last_name, prefix, suffix, age, job_title, company, website, gender, birth_date, cell_phone, addresses{home, ship, work, bill}}, questions, answers[{question_id, question, type, answer}], barcodes[{barcode, status, checkin_type, created, changed, is_printed}], affiliate, checked_in, cancelled, refunded, costs, status, event_id, order_id, guestlist_id, invited_by, delivery_method, resource_uri) with the address object of #/reference/address (address_1, address_2, city, region, postal_code, country, localized_address_display, localized_area_display, localized_multi_line_address_display)", build: eventbriteAttendee},
	{Name: "alipay_user_info_share", Doc: "global.alipay.com/docs/ac/solution_api/infoshare and opendocs.alipay.com/open/02xtl7 (alipay.user.info.share: alipay_user_info_share_response{code, msg, user_id or open_id, avatar, province, city, nick_name, gender F/M, country_code, is_student_certified, user_type, user_status, is_certified; with the real-name scopes user_name, cert_type, cert_no, mobile, email, person_birthday, is_adult, deliver_addresses[{deliver_fullname, deliver_mobile, deliver_province, deliver_city, deliver_area, address, zip, default_deliver_address}]}, sign) with the alipay.system.oauth.token response of opendocs.alipay.com/open/02xtla (access_token, user_id or open_id, expires_in, re_expires_in, refresh_token, auth_start)", build: alipayUserInfoShare},
}

// cap1 writes a lower-case Latin spelling with its first letter capital.
func cap1(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// isLatin reports whether s is written in the Latin script (with or
// without diacritics).
func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// patronymic is an East Slavic middle name derived from a father's name,
// as CRMs of the region keep it in SECOND_NAME or "Отчество".
func (g *gen) patronymic() string {
	if g.p.c.code == "UA" {
		return pick(g.r, map[bool][]string{true: {"Олександрівна", "Іванівна", "Петрівна"}, false: {"Олександрович", "Іванович", "Петрович"}}[g.p.female])
	}
	return pick(g.r, map[bool][]string{true: {"Александровна", "Сергеевна", "Игоревна"}, false: {"Александрович", "Сергеевич", "Игоревич"}}[g.p.female])
}

// bitrixPortal is how a Bitrix24 portal of a country is reached and
// keeps time and money: its domain zone, its clock and its currency.
var bitrixPortal = map[string]struct {
	zone   string
	offset int
	cur    string
}{
	"RU": {"ru", 3, "RUB"}, "KZ": {"kz", 5, "KZT"}, "BY": {"by", 3, "BYN"}, "UA": {"ua", 2, "UAH"},
	"DE": {"de", 1, "EUR"}, "PL": {"pl", 1, "PLN"}, "BR": {"com.br", -3, "BRL"}, "MX": {"mx", -6, "MXN"},
}

// formTitle is the title a web form gives the leads it creates, by language.
var formTitle = map[string]string{
	"ru": "Заявка с сайта", "uk": "Заявка з сайту", "de": "Kontaktformular", "pl": "Formularz kontaktowy",
	"pt": "Formulário do site", "es": "Formulario web", "en": "Website form",
}

// clinicComplaint is what a patient writes in a clinic's sign-up form,
// by language.
var clinicComplaint = map[string]string{
	"ru": "Хочу записаться к эндокринологу, сахарный диабет 2 типа",
	"uk": "Потрібна консультація кардіолога, гіпертонія",
	"de": "Termin beim Orthopäden wegen Bandscheibenvorfall",
	"pl": "Wizyta u diabetologa, cukrzyca typu 1",
	"pt": "Consulta com psiquiatra, crise de ansiedade",
	"es": "Cita con ginecología, embarazo de 12 semanas",
	"en": "Appointment with a cardiologist, high blood pressure",
}

// formLang is the language of a company's forms in the subject's country.
func (g *gen) formLang() string {
	switch l := g.p.c.lang; l {
	case "ru", "uk", "de", "pl", "pt", "es":
		return l
	}
	return "en"
}

func bitrix24CRMLead(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 9:
		g.redraw("RU")
	case x < 12:
		g.redraw("KZ")
	case x < 14:
		g.redraw("BY")
	case x < 15:
		g.redraw("UA")
	case x < 18:
		g.redraw("DE", "PL", "BR", "MX")
	}
	p := g.p
	portal, ok := bitrixPortal[p.c.code]
	if !ok {
		portal.zone, portal.offset, portal.cur = "com", 0, "USD"
	}
	slavic := p.c.code == "RU" || p.c.code == "KZ" || p.c.code == "BY" || p.c.code == "UA"
	companies := []string{"northwind", "clinica-vida", "autocenter", "academy-it"}
	if slavic {
		companies = []string{"stroymarket", "medcenter-zdorovie", "autoplus", "academy-it"}
	}
	company := pick(g.r, companies)
	clinic := company == companies[1]
	domain := company + ".bitrix24." + portal.zone
	loc := time.FixedZone("", portal.offset*3600)
	stamp := func(t time.Time) string { return t.In(loc).Format("2006-01-02T15:04:05-07:00") }
	leadID := fmt.Sprint(1000 + g.r.IntN(90000))
	staff := fmt.Sprint(1 + g.r.IntN(40))
	lang := g.formLang()

	title := N(formTitle[lang])
	if g.r.IntN(3) == 0 {
		title = P(p.given + " " + p.family)
	}
	second := N(nil)
	if slavic && g.r.IntN(2) == 0 {
		second = P(g.patronymic())
	}
	birth := N("")
	if g.r.IntN(5) < 2 {
		d := g.dobAt()
		birth = P(d.Format("2006-01-02") + "T00:00:00" + time.Date(2000, 1, 1, 0, 0, 0, 0, loc).Format("-07:00"))
	}
	comments := N(nil)
	if g.r.IntN(2) == 0 {
		if b := g.bio(); b != nil {
			comments = b
		}
	}
	created := g.t.Add(-time.Duration(g.r.IntN(30)) * time.Second)
	multiID := 100 + g.r.IntN(90000)
	multi := func(typeID, valueType string, v *node) *node {
		if v == nil {
			return nil
		}
		multiID++
		// The row id of this person's phone or e-mail entry.
		return O("ID", P(fmt.Sprint(multiID)), "VALUE_TYPE", N(valueType), "VALUE", v, "TYPE_ID", N(typeID))
	}
	phone := multi("PHONE", pick(g.r, []string{"WORK", "MOBILE"}), g.phone(""))
	var email *node
	if g.r.IntN(5) != 0 {
		email = multi("EMAIL", pick(g.r, []string{"WORK", "HOME"}), P(p.email))
	}
	yn := func(b bool) *node { return N(map[bool]string{true: "Y", false: "N"}[b]) }
	lead := O(
		"ID", P(leadID),
		"TITLE", title,
		"HONORIFIC", N(nil),
		"NAME", P(p.given),
		"SECOND_NAME", second,
		"LAST_NAME", P(p.family),
		"COMPANY_TITLE", N(nil),
		"COMPANY_ID", N(nil),
		"CONTACT_ID", N(nil),
		"IS_RETURN_CUSTOMER", N("N"),
		"BIRTHDATE", birth,
		"SOURCE_ID", N(pick(g.r, []string{"WEB", "CALLBACK", "STORE", "ADVERTISING"})),
		"SOURCE_DESCRIPTION", N(nil),
		"STATUS_ID", N("NEW"),
		"STATUS_DESCRIPTION", N(nil),
		"POST", N(nil),
		"COMMENTS", comments,
		"CURRENCY_ID", N(portal.cur),
		"OPPORTUNITY", N("0.00"),
		"IS_MANUAL_OPPORTUNITY", N("N"),
		"HAS_PHONE", yn(phone != nil),
		"HAS_EMAIL", yn(email != nil),
		"HAS_IMOL", N("N"),
		"ASSIGNED_BY_ID", P(staff),
		"CREATED_BY_ID", P(staff),
		"MODIFY_BY_ID", P(staff),
		"DATE_CREATE", N(stamp(created)),
		"DATE_MODIFY", N(stamp(created)),
		"DATE_CLOSED", N(""),
		"STATUS_SEMANTIC_ID", N("P"),
		"OPENED", N("Y"),
		"ORIGINATOR_ID", N(nil),
		"ORIGIN_ID", N(nil),
		"MOVED_BY_ID", P(staff),
		"MOVED_TIME", N(stamp(created)),
	)
	if p.showResidence && g.r.IntN(4) != 0 {
		lead.set("ADDRESS", g.addr(p.street))
		lead.set("ADDRESS_2", N(nil))
		lead.set("ADDRESS_CITY", g.addr(p.city))
		lead.set("ADDRESS_POSTAL_CODE", orNull(g.addr(p.post)))
		lead.set("ADDRESS_REGION", N(nil))
		lead.set("ADDRESS_PROVINCE", orNull(g.addrN(p.region)))
		lead.set("ADDRESS_COUNTRY", g.residence(p.c.name))
		lead.set("ADDRESS_COUNTRY_CODE", g.residence(p.c.code))
	} else {
		for _, k := range []string{"ADDRESS", "ADDRESS_2", "ADDRESS_CITY", "ADDRESS_POSTAL_CODE", "ADDRESS_REGION", "ADDRESS_PROVINCE", "ADDRESS_COUNTRY", "ADDRESS_COUNTRY_CODE"} {
			lead.set(k, N(nil))
		}
	}
	lead.set("UTM_SOURCE", N(pick(g.r, []string{"yandex", "google", "vk", "instagram"})))
	lead.set("UTM_MEDIUM", N("cpc"))
	lead.set("UTM_CAMPAIGN", N(pick(g.r, []string{"spring_sale", "brand", "retargeting"})))
	lead.set("UTM_CONTENT", N(nil))
	lead.set("UTM_TERM", N(nil))
	if phone != nil {
		lead.set("PHONE", A(phone))
	}
	if email != nil {
		lead.set("EMAIL", A(email))
	}
	if g.r.IntN(4) == 0 {
		lead.set("IM", A(multi("IM", "TELEGRAM", P("@"+p.username))))
	}
	// Custom fields: keyed by when the portal's admin created them.
	uf := func() string { return fmt.Sprintf("UF_CRM_%d", 1600000000+g.r.IntN(130000000)) }
	lead.set(uf(), N(pick(g.r, []string{"1", "Y"}))) // consent to processing
	if slavic && p.idValue != "" && g.r.IntN(5) < 2 {
		lead.set(uf(), P(p.idValue))
	}
	if clinic && g.r.IntN(10) < 7 {
		lead.set(uf(), S(clinicComplaint[lang], "health"))
	}
	if g.r.IntN(3) == 0 {
		// The visitor's analytics client id.
		lead.set(uf(), P(fmt.Sprintf("%d.%d", 1000000000+g.r.Int64N(999999999), g.t.Unix()-int64(g.r.IntN(86400*30)))))
	}

	auth := O()
	app := g.r.IntN(2) == 0
	if app {
		// A local application's handler gets the OAuth tokens of the
		// portal user whose action raised the event.
		auth.set("access_token", C(g.hex(70)))
		auth.set("expires", N(fmt.Sprint(g.t.Unix()+3600)))
		auth.set("expires_in", N("3600"))
		auth.set("scope", N("crm"))
	}
	auth.set("domain", N(domain))
	auth.set("server_endpoint", N("https://oauth.bitrix.info/rest/"))
	if app {
		auth.set("status", N("L"))
	}
	auth.set("client_endpoint", N("https://"+domain+"/rest/"))
	auth.set("member_id", N(g.hex(32)))
	if app {
		auth.set("user_id", P(staff))
		auth.set("refresh_token", C(g.hex(70)))
	}
	// The handler's shared secret: whoever has it can forge events.
	auth.set("application_token", C(g.hex(32)))
	return O(
		"event", N("ONCRMLEADADD"),
		"event_handler_id", N(fmt.Sprint(1+g.r.IntN(40))),
		"data", O("FIELDS", O("ID", P(leadID))),
		"ts", N(fmt.Sprint(g.t.Unix())),
		"auth", auth,
		"lead", lead,
	)
}

// amoNames are the names an amoCRM or Kommo account gives its contact
// fields, in the account's language.
var amoNames = map[string]map[string]string{
	"ru": {"phone": "Телефон", "email": "Email", "position": "Должность", "birthday": "День рождения", "city": "Город", "country": "Страна", "consent": "Согласие на обработку ПД", "source": "Источник", "note": "Комментарий", "ru_snils": "СНИЛС", "ru_inn": "ИНН", "kz_iin": "ИИН"},
	"pt": {"phone": "Telefone", "email": "E-mail", "position": "Cargo", "birthday": "Data de nascimento", "city": "Cidade", "country": "País", "consent": "Aceite LGPD", "source": "Origem", "note": "Observações", "br_cpf": "CPF"},
	"es": {"phone": "Teléfono", "email": "Correo", "position": "Puesto", "birthday": "Fecha de nacimiento", "city": "Ciudad", "country": "País", "consent": "Acepta aviso de privacidad", "source": "Origen", "note": "Notas", "es_dni": "DNI"},
}

func amoCRMContact(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 8:
		g.redraw("RU")
	case x < 11:
		g.redraw("KZ")
	case x < 12:
		g.redraw("BY")
	case x < 15:
		g.redraw("BR")
	case x < 17:
		g.redraw("MX")
	case x < 18:
		g.redraw("AR")
	default:
		g.redraw("ES")
	}
	p := g.p
	lang := map[string]string{"RU": "ru", "KZ": "ru", "BY": "ru", "BR": "pt"}[p.c.code]
	if lang == "" {
		lang = "es"
	}
	names := amoNames[lang]
	host := "amocrm.ru"
	if lang != "ru" {
		host = "kommo.com"
	}
	sub := pick(g.r, []string{"salon", "autodom", "escola", "imoveis", "clinica"}) + fmt.Sprint(g.r.IntN(100))
	account := 28000000 + g.r.IntN(9000000)
	contactID := 10000000 + g.r.IntN(50000000)
	staff := 7000000 + g.r.IntN(2000000)
	created := g.t.Unix() - int64(g.r.IntN(60))
	fieldID := 400000 + g.r.IntN(500000)

	// One custom field: its name, its code (system fields only), its type
	// and its values, each {value, enum} with the enum's code.
	type val struct {
		v    *node
		enum string
	}
	type field struct {
		name, code, typ string
		vals            []val
	}
	var fields []field
	add := func(key, code, typ string, vs ...val) {
		var keep []val
		for _, v := range vs {
			if v.v != nil {
				keep = append(keep, v)
			}
		}
		if len(keep) > 0 {
			fields = append(fields, field{names[key], code, typ, keep})
		}
	}
	add("phone", "PHONE", "multitext", val{g.phone(""), pick(g.r, []string{"WORK", "MOB"})})
	add("email", "EMAIL", "multitext", val{P(p.email), pick(g.r, []string{"WORK", "PRIV"})})
	if g.r.IntN(4) == 0 {
		add("position", "POSITION", "text", val{P(pick(g.r, map[string][]string{"ru": {"Директор", "Менеджер"}, "pt": {"Gerente", "Analista"}, "es": {"Contador", "Gerente"}}[lang])), ""})
	}
	webhook := g.r.IntN(2) == 0
	if g.r.IntN(3) == 0 {
		d := g.dobAt()
		// The API writes a birthday as a Unix timestamp, the webhook as
		// the account's date notation.
		v := P(time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC).Unix())
		if webhook {
			v = P(d.Format(map[bool]string{true: "02.01.2006", false: "02/01/2006"}[lang == "ru"]))
		}
		add("birthday", "", "birthday", val{v, ""})
	}
	if p.showResidence && g.r.IntN(3) != 0 {
		add("city", "", "text", val{g.addr(p.city), ""})
		if g.r.IntN(2) == 0 {
			add("country", "", "select", val{g.residence(p.c.name), ""})
		}
	}
	if k := names[p.idScheme]; k != "" && g.r.IntN(3) == 0 {
		fields = append(fields, field{k, "", "text", []val{{P(p.idValue), ""}}})
	} else if p.c.code == "RU" && g.r.IntN(5) == 0 {
		fields = append(fields, field{"Паспорт", "", "text", []val{{P(pattern(g.r, "## ## ######")), ""}}})
	}
	add("consent", "", "checkbox", val{N(true), ""})
	add("source", "", "select", val{N(pick(g.r, []string{"Instagram", "WhatsApp", "Site", "Telegram"})), ""})
	if g.r.IntN(3) == 0 {
		add("note", "", "textarea", val{g.bio(), ""})
	}
	fullName := p.given + " " + p.family
	if lang == "ru" && g.r.IntN(2) == 0 {
		fullName = p.family + " " + p.given
	}
	enumID := func(code string) int {
		return map[string]int{"WORK": 1, "MOB": 3, "PRIV": 5}[code]*100000 + fieldID%100000
	}
	if webhook {
		var cf []*node
		for i, f := range fields {
			var vs []*node
			for _, v := range f.vals {
				e := O("value", v.v)
				if v.enum != "" {
					e.set("enum", N(fmt.Sprint(enumID(v.enum))))
				}
				vs = append(vs, e)
			}
			c := O("id", N(fmt.Sprint(fieldID+i)), "name", N(f.name), "values", A(vs...))
			if f.code != "" {
				c.set("code", N(f.code))
			}
			cf = append(cf, c)
		}
		return O(
			"contacts", O("add", A(O(
				"id", P(fmt.Sprint(contactID)),
				"name", P(fullName),
				"responsible_user_id", P(fmt.Sprint(staff)),
				"date_create", N(fmt.Sprint(created)),
				"last_modified", N(fmt.Sprint(created)),
				"created_user_id", P(fmt.Sprint(staff)),
				"modified_user_id", P(fmt.Sprint(staff)),
				"account_id", N(fmt.Sprint(account)),
				"custom_fields", A(cf...),
				"created_at", N(fmt.Sprint(created)),
				"updated_at", N(fmt.Sprint(created)),
				"type", N("contact"),
			))),
			"account", O("subdomain", N(sub), "id", N(fmt.Sprint(account)), "_links", O("self", N("https://"+sub+"."+host))),
		)
	}
	var cf []*node
	for i, f := range fields {
		var vs []*node
		for _, v := range f.vals {
			e := O("value", v.v)
			if v.enum != "" {
				e.set("enum_id", N(enumID(v.enum)))
				e.set("enum_code", N(v.enum))
			}
			vs = append(vs, e)
		}
		cf = append(cf, O("field_id", N(fieldID+i), "field_name", N(f.name), "field_code", orNull(Nif(f.code)), "field_type", N(f.typ), "values", A(vs...)))
	}
	return O(
		"id", P(contactID),
		"name", P(fullName),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"responsible_user_id", P(staff),
		"group_id", N(0),
		"created_by", P(staff),
		"updated_by", P(staff),
		"created_at", N(created),
		"updated_at", N(created),
		"closest_task_at", N(nil),
		"is_deleted", N(false),
		"is_unsorted", N(g.r.IntN(3) == 0),
		"custom_fields_values", A(cf...),
		"account_id", N(account),
		"_links", O("self", O("href", P(fmt.Sprintf("https://%s.%s/api/v4/contacts/%d", sub, host, contactID)))),
		"_embedded", O("tags", A(), "companies", A()),
	)
}

// mrzCheck is the ICAO 9303 check digit of s (weights 7, 3, 1).
func mrzCheck(s string) string {
	sum := 0
	for i, c := range s {
		v := 0
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
		}
		sum += v * []int{7, 3, 1}[i%3]
	}
	return fmt.Sprint(sum % 10)
}

// mrzName is a Latin name as a machine-readable zone writes it.
func mrzName(s string) string {
	return strings.ToUpper(strings.NewReplacer(" ", "<", "-", "<").Replace(latinOnly(s)))
}

func sumsubApplicant(g *gen) *node {
	p := g.p
	appID, insp := g.hex(24), g.hex(24)
	ext := "usr_" + g.b62(12)
	level := pick(g.r, []string{"basic-kyc-level", "id-and-liveness", "kyc-enhanced"})
	created := g.t.Add(-time.Duration(300+g.r.IntN(7200)) * time.Second)
	sfmt := "2006-01-02 15:04:05"
	givenEn, familyEn := cap1(p.givenL), cap1(p.familyL)
	dob := g.dob("2006-01-02")

	info := O(
		"firstName", P(p.given),
		"firstNameEn", P(givenEn),
		"lastName", P(p.family),
		"lastNameEn", P(familyEn),
	)
	if p.c.code == "RU" || p.c.code == "KZ" || p.c.code == "BY" {
		info.set("middleName", P(g.patronymic()))
	}
	info.set("dob", dob)
	info.set("gender", P(map[bool]string{true: "F", false: "M"}[p.female]))
	info.set("placeOfBirth", P(pick(g.r, p.cit.cities)))
	if p.showResidence {
		info.set("country", g.residence(alpha3[p.c.code]))
	}
	if g.r.IntN(2) == 0 {
		// The nationality the applicant gave or Sumsub read.
		p.showCitizenship = true
		info.set("nationality", g.citizenship(alpha3[p.cit.code]))
	}
	if p.showResidence && g.r.IntN(2) == 0 {
		info.set("addresses", A(O(
			"country", g.residence(alpha3[p.c.code]),
			"postCode", orNull(g.addr(p.post)),
			"town", g.addr(p.city),
			"street", g.addr(p.street),
			"formattedAddress", P(strings.Join([]string{p.street, p.post, p.city}, ", ")),
		)))
	}
	docType := "PASSPORT"
	switch {
	case p.cit != p.c && g.r.IntN(2) == 0:
		docType = "RESIDENCE_PERMIT"
	case p.cit == p.c && g.r.IntN(2) == 0:
		docType = "ID_CARD"
	}
	number := strings.ToUpper(g.chars("0123456789", 9))
	var docCountry *node
	if docType == "RESIDENCE_PERMIT" {
		// Issued by the country the holder lives in.
		g.lab.Residence = addCountry(g.lab.Residence, p.c.code)
		docCountry = N(alpha3[p.c.code])
	} else {
		// A passport or identity card is issued by the holder's state:
		// its country is their nationality.
		g.lab.Citizenship = addCountry(g.lab.Citizenship, p.cit.code)
		docCountry = P(alpha3[p.cit.code])
		if docType == "ID_CARD" && p.idValue != "" {
			number = p.idValue
		}
	}
	issued := g.t.AddDate(-1-g.r.IntN(8), -g.r.IntN(12), 0)
	valid := issued.AddDate(10, 0, 0)
	doc := O(
		"idDocType", N(docType),
		"country", docCountry,
		"firstName", P(p.given),
		"firstNameEn", P(givenEn),
		"lastName", P(p.family),
		"lastNameEn", P(familyEn),
		"issuedDate", N(issued.Format("2006-01-02")),
		"validUntil", N(valid.Format("2006-01-02")),
		"number", P(number),
		"dob", P(p.dob.Format("2006-01-02")),
	)
	if docType == "PASSPORT" {
		c3 := alpha3[p.cit.code]
		l1 := "P<" + c3 + mrzName(p.familyL) + "<<" + mrzName(p.givenL)
		l1 = (l1 + strings.Repeat("<", 44))[:44]
		num := (number + "<<<<<<<<<")[:9]
		sex := map[bool]string{true: "F", false: "M"}[p.female]
		body := num + mrzCheck(num) + c3 + p.dob.Format("060102") + mrzCheck(p.dob.Format("060102")) + sex + valid.Format("060102") + mrzCheck(valid.Format("060102")) + strings.Repeat("<", 14) + "<"
		l2 := body + mrzCheck(num+mrzCheck(num)+p.dob.Format("060102")+mrzCheck(p.dob.Format("060102"))+valid.Format("060102")+mrzCheck(valid.Format("060102"))+strings.Repeat("<", 15))
		doc.set("mrzLine1", P(l1))
		doc.set("mrzLine2", P(l2))
	}
	info.set("idDocs", A(doc))

	answer := "GREEN"
	var result *node
	if g.r.IntN(8) == 0 {
		answer = "RED"
		// Why this person's check failed: an assessment of them.
		result = O("reviewAnswer", N(answer), "rejectLabels", A(P(pick(g.r, []string{"FORGERY", "SELFIE_MISMATCH", "BLACKLIST"}))), "reviewRejectType", N("FINAL"),
			"moderationComment", P("We could not verify your identity."), "clientComment", P("Selfie does not match the document photo."))
	} else {
		result = O("reviewAnswer", N(answer))
	}
	reviewed := g.t.Add(-time.Duration(g.r.IntN(5)) * time.Second)
	applicant := O(
		"id", P(appID),
		"createdAt", N(created.Format(sfmt)),
		"key", N(strings.ToUpper(g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 14))),
		"clientId", N("northwind_pay"),
		"inspectionId", P(insp),
		"externalUserId", P(ext),
		"info", info,
		"email", P(p.email),
	)
	applicant.set("phone", g.phone(g.e164()))
	applicant.set("applicantPlatform", N(pick(g.r, []string{"Web", "iOS", "Android"})))
	// The country of the address the applicant connected from: where the
	// device was, a hint.
	ipc := p.c
	if g.r.IntN(8) == 0 {
		ipc = pick(g.r, countries)
	}
	g.lab.Weak = addCountry(g.lab.Weak, ipc.code)
	applicant.set("ipCountry", N(alpha3[ipc.code]))
	applicant.set("agreement", O(
		"createdAt", N(created.Add(5*time.Second).Format(sfmt)),
		"source", N("WebSDK"),
		"targets", A(N("By clicking Next, I accept the Terms of Use and Privacy Notice")),
	))
	applicant.set("requiredIdDocs", O("docSets", A(
		O("idDocSetType", N("IDENTITY"), "types", A(N("PASSPORT"), N("ID_CARD"), N("RESIDENCE_PERMIT"))),
		O("idDocSetType", N("SELFIE"), "types", A(N("SELFIE"))),
	)))
	applicant.set("review", O(
		"reviewId", N(g.b62(5)),
		"attemptId", N(g.b62(5)),
		"attemptCnt", N(1+g.r.IntN(2)),
		"elapsedSincePendingMs", N(10000+g.r.IntN(200000)),
		"elapsedSinceQueuedMs", N(10000+g.r.IntN(200000)),
		"reprocessing", N(false),
		"levelName", N(level),
		"createDate", N(created.Format(sfmt)+"+0000"),
		"reviewDate", N(reviewed.Format(sfmt)+"+0000"),
		"reviewResult", result,
		"reviewStatus", N("completed"),
		"priority", N(0),
	))
	applicant.set("lang", N(g.lang()))
	applicant.set("type", N("individual"))
	return O(
		"webhook", O(
			"applicantId", P(appID),
			"inspectionId", P(insp),
			"correlationId", N("req-"+g.uuid()),
			"levelName", N(level),
			"externalUserId", P(ext),
			"type", N("applicantReviewed"),
			"sandboxMode", N(false),
			"reviewStatus", N("completed"),
			"createdAtMs", N(reviewed.Format("2006-01-02 15:04:05.000")),
			"clientId", N("northwind_pay"),
			"reviewResult", O("reviewAnswer", N(answer)),
		),
		// The body's HMAC: it proves the sender, it opens nothing.
		"payloadDigest", O("alg", N("HMAC_SHA256_HEX"), "value", N(g.hex(64))),
		"applicant", applicant,
	)
}

// personioLabels are the labels a Personio company gives its custom
// attributes, in the company's language.
var personioLabels = map[string]map[string]string{
	"de": {"dob": "Geburtsdatum", "nat": "Staatsangehörigkeit", "street": "Straße", "post": "PLZ", "city": "Ort", "country": "Land", "phone": "Mobilnummer", "tax": "Steuer-ID", "ssn": "Sozialversicherungsnummer", "iban": "IBAN", "religion": "Konfession", "disability": "Schwerbehinderung", "insurer": "Krankenkasse", "taxclass": "Steuerklasse", "emergency": "Notfallkontakt"},
	"es": {"dob": "Fecha de nacimiento", "nat": "Nacionalidad", "street": "Dirección", "post": "Código postal", "city": "Ciudad", "country": "País", "phone": "Teléfono móvil", "tax": "DNI/NIE", "ssn": "Número de la Seguridad Social", "iban": "IBAN", "disability": "Grado de discapacidad", "emergency": "Contacto de emergencia"},
	"nl": {"dob": "Geboortedatum", "nat": "Nationaliteit", "street": "Straat", "post": "Postcode", "city": "Woonplaats", "country": "Land", "phone": "Mobiel nummer", "tax": "BSN", "iban": "IBAN", "insurer": "Zorgverzekeraar", "emergency": "Noodcontact"},
	"en": {"dob": "Date of birth", "nat": "Nationality", "street": "Street", "post": "Postcode", "city": "City", "country": "Country", "phone": "Mobile phone", "tax": "Tax ID", "ssn": "Social security number", "iban": "IBAN", "disability": "Disability", "emergency": "Emergency contact"},
}

// bsn is a Dutch citizen service number (the 11-test).
func (g *gen) bsn() string {
	for {
		d := digits(g.r, 8)
		d[0] = 1 + g.r.IntN(9)
		s := 0
		for i, x := range d {
			s += x * (9 - i)
		}
		if c := s % 11; c < 10 {
			return str(append(d, c))
		}
	}
}

// iban is an account number of the country, by its pattern.
func (g *gen) iban(cc string) string {
	switch cc {
	case "DE":
		return pattern(g.r, "DE## #### #### #### #### ##")
	case "AT":
		return pattern(g.r, "AT## #### #### #### ####")
	case "NL":
		return pattern(g.r, "NL## ") + pick(g.r, []string{"ABNA", "INGB", "RABO"}) + pattern(g.r, " #### #### ##")
	case "ES":
		return pattern(g.r, "ES## #### #### #### #### ####")
	}
	return pattern(g.r, "GB## ") + pick(g.r, []string{"BARC", "LOYD", "NWBK"}) + pattern(g.r, " #### #### #### ##")
}

func personioEmployee(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 8:
		g.redraw("DE")
	case x < 11:
		g.redraw("AT")
	case x < 13:
		g.redraw("ES")
	case x < 15:
		g.redraw("NL")
	case x < 17:
		g.redraw("GB", "IT", "SE", "CH")
	}
	// Apprentices start at sixteen.
	g.adult(16)
	p := g.p
	lang := map[string]string{"DE": "de", "AT": "de", "CH": "de", "ES": "es", "MX": "es", "AR": "es", "NL": "nl"}[p.c.code]
	if lang == "" {
		lang = "en"
	}
	labels := personioLabels[lang]
	off := 1
	if m := g.t.Month(); m >= time.April && m <= time.October {
		off = 2
	}
	loc := time.FixedZone("", off*3600)
	day := func(t time.Time) string {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc).Format("2006-01-02T15:04:05-07:00")
	}
	attr := func(label string, v *node, typ string, uid string) *node {
		if v == nil {
			return nil
		}
		return O("label", N(label), "value", v, "type", N(typ), "universal_id", orNull(Nif(uid)))
	}
	id := 100000 + g.r.IntN(9000000)
	hire := g.t.AddDate(0, 0, 1+g.r.IntN(40))
	sup := newPerson(g.r, p.c, g.t)
	supID := 100000 + g.r.IntN(9000000)
	office, officeCC := map[string]string{"DE": "Berlin", "AT": "Wien", "CH": "Zürich", "ES": "Madrid", "NL": "Amsterdam", "GB": "London", "IT": "Milano", "SE": "Stockholm"}[p.c.code], p.c.code
	if office == "" {
		office, officeCC = "München", "DE"
	}
	a := O(
		"id", attr("ID", P(id), "integer", "id"),
		"first_name", attr("First name", P(p.given), "standard", "first_name"),
		"last_name", attr("Last name", P(p.family), "standard", "last_name"),
		"preferred_name", attr("Preferred name", N(""), "standard", "preferred_name"),
		"email", attr("Email", P(strings.ToLower(latinOnly(p.givenL)+"."+latinOnly(p.familyL))+"@northwind.example"), "standard", "email"),
		"gender", attr("Gender", P(pick(g.r, map[bool][]string{true: {"female", "female", "diverse"}, false: {"male", "male", "diverse"}}[p.female])), "standard", "gender"),
		"status", attr("Status", N("onboarding"), "standard", "status"),
		"position", attr("Position", P(pick(g.r, map[string][]string{"de": {"Softwareentwickler*in", "Auszubildende*r Kaufmann/-frau", "Pflegefachkraft"}, "es": {"Desarrolladora de software", "Comercial"}, "nl": {"Softwareontwikkelaar", "Verpleegkundige"}, "en": {"Software Engineer", "Account Executive", "Nurse"}}[lang])), "standard", "position"),
		"supervisor", attr("Supervisor", O("type", N("Employee"), "attributes", O(
			"id", attr("ID", P(supID), "integer", "id"),
			"first_name", attr("First name", P(sup.given), "standard", "first_name"),
			"last_name", attr("Last name", P(sup.family), "standard", "last_name"),
			"email", attr("Email", P(strings.ToLower(latinOnly(sup.givenL)+"."+latinOnly(sup.familyL))+"@northwind.example"), "standard", "email"),
		)), "standard", "supervisor"),
		"employment_type", attr("Employment type", N("internal"), "standard", "employment_type"),
		"weekly_working_hours", attr("Weekly hours", P(fmt.Sprint(pick(g.r, []int{20, 30, 38, 40}))), "standard", "weekly_working_hours"),
		"hire_date", attr("Hire date", P(day(hire)), "date", "hire_date"),
		"contract_end_date", attr("Contract ends", N(nil), "date", "contract_end_date"),
		"termination_date", attr("Termination date", N(nil), "date", "termination_date"),
		"termination_type", attr("Termination type", N(""), "standard", "termination_type"),
		"termination_reason", attr("Termination reason", N(""), "standard", "termination_reason"),
		"probation_period_end", attr("Probation period end", P(day(hire.AddDate(0, 6, 0))), "date", "probation_period_end"),
		"created_at", attr("created_at", N(g.at(0, "2006-01-02T15:04:05-07:00")), "date", "created_at"),
		"last_modified_at", attr("Last modified", N(g.at(0, "2006-01-02T15:04:05-07:00")), "date", "last_modified_at"),
		"subcompany", attr("Subcompany", N(nil), "standard", "subcompany"),
		// The employer's office: where the company works, not where the
		// employee lives.
		"office", attr("Office", O("type", N("Office"), "attributes", O("id", N(1000+g.r.IntN(9000)), "name", N(office))), "standard", "office"),
		"department", attr("Department", O("type", N("Department"), "attributes", O("id", N(1000+g.r.IntN(9000)), "name", N(pick(g.r, []string{"Engineering", "Vertrieb", "Pflege", "Finance"})))), "standard", "department"),
		"cost_centers", attr("Cost center", A(), "standard", "cost_centers"),
		"holiday_calendar", attr("Public holidays", O("type", N("HolidayCalendar"), "attributes", O("id", N(900+g.r.IntN(99)), "name", N(office+map[bool]string{true: " Feiertage", false: " holidays"}[lang == "de"]), "country", N(officeCC), "state", N(nil))), "standard", "holiday_calendar"),
		"absence_entitlement", attr("Absence entitlement", A(O("type", N("TimeOffType"), "attributes", O("id", N(100000+g.r.IntN(900000)), "name", N("Urlaub / Vacation"), "entitlement", P(24+g.r.IntN(7))))), "standard", "absence_entitlement"),
		"work_schedule", attr("Work schedule", O("type", N("WorkSchedule"), "attributes", O("id", N(10000+g.r.IntN(90000)), "name", N("Vollzeit 40h"), "monday", N("08:00"), "tuesday", N("08:00"), "wednesday", N("08:00"), "thursday", N("08:00"), "friday", N("08:00"), "saturday", N("00:00"), "sunday", N("00:00"))), "standard", "work_schedule"),
		"fix_salary", attr("Fixed salary", P(float64(30000+g.r.IntN(70)*1000)), "decimal", "fix_salary"),
		"fix_salary_interval", attr("Salary interval", N("yearly"), "standard", "fix_salary_interval"),
		"hourly_salary", attr("Hourly salary", P(0), "decimal", "hourly_salary"),
		"last_working_day", attr("Last day of work", N(nil), "date", "last_working_day"),
		"profile_picture", attr("Profile Picture", P(fmt.Sprintf("https://api.personio.de/v1/company/employees/%d/profile-picture", id)), "standard", "profile_picture"),
		"team", attr("Team", N(nil), "standard", "team"),
	)
	// Custom attributes, numbered as the company created them.
	dyn := 150000 + g.r.IntN(9000000)
	custom := func(key string, v *node, typ string, uid string) {
		label := labels[key]
		if label == "" || v == nil {
			return
		}
		dyn += 1 + g.r.IntN(40)
		a.set(fmt.Sprintf("dynamic_%d", dyn), attr(label, v, typ, uid))
	}
	g.dobAt()
	custom("dob", P(day(p.dob)), "date", "date_of_birth")
	if g.r.IntN(3) != 0 {
		p.showCitizenship = true
		custom("nat", g.citizenship(englishName[p.cit.code]), "list", "")
	}
	custom("street", g.addr(p.street), "standard", "")
	custom("post", g.addr(p.post), "standard", "")
	custom("city", g.addr(p.city), "standard", "")
	custom("country", g.residence(g.english()), "list", "")
	custom("phone", g.phone(""), "standard", "")
	switch {
	case lang == "nl":
		custom("tax", P(g.bsn()), "standard", "")
	case p.idValue != "" && (p.idScheme == "de_idnr" || p.idScheme == "es_dni" || p.c.code != "DE" && lang == "en"):
		custom("tax", P(p.idValue), "standard", "")
	}
	if lang == "de" {
		custom("ssn", P(fmt.Sprintf("%02d%s%c%02d%d", 10+g.r.IntN(80), p.dob.Format("020106"), strings.ToUpper(latinOnly(p.familyL) + "X")[0], g.r.IntN(50), g.r.IntN(10))), "standard", "")
	} else if lang == "es" {
		custom("ssn", P(pattern(g.r, "28 ##########")), "standard", "")
	}
	custom("iban", P(g.iban(p.c.code)), "standard", "")
	if lang == "de" {
		// The church-tax denomination payroll needs in Germany and Austria.
		custom("religion", S(pick(g.r, []string{"römisch-katholisch", "evangelisch", "keine Konfession", "altkatholisch"}), "religion"), "list", "")
		custom("taxclass", P(pick(g.r, []string{"I", "III", "IV", "V"})), "list", "")
		custom("insurer", P(pick(g.r, []string{"Techniker Krankenkasse", "AOK Bayern", "BARMER", "DAK-Gesundheit"})), "list", "")
	}
	if lang == "nl" {
		custom("insurer", P(pick(g.r, []string{"Zilveren Kruis", "CZ", "VGZ"})), "list", "")
	}
	if g.r.IntN(3) != 0 {
		// A disability status, for the employer's quota and leave.
		v := map[string][]string{"de": {"Ja, GdB 50", "Nein", "Nein"}, "es": {"33 %", "Ninguna", "Ninguna"}, "en": {"Yes", "No", "No"}}[lang]
		if v != nil {
			custom("disability", S(pick(g.r, v), "health"), "list", "")
		}
	}
	if g.r.IntN(2) == 0 {
		c := newPerson(g.r, p.c, g.t)
		custom("emergency", P(c.given+" "+c.family+", "+c.phone), "standard", "")
	}
	return O("success", N(true), "data", O("type", N("Employee"), "attributes", a))
}

func zaloUser(g *gen) *node {
	if g.r.IntN(10) != 0 {
		g.redraw("VN")
	}
	p := g.p
	id := fmt.Sprint(1000000000000000000 + g.r.Int64N(8000000000000000000))
	name := p.fullName()
	if g.r.IntN(3) == 0 {
		name = p.given
	}
	me := O("id", P(id), "name", P(name))
	if g.r.IntN(2) == 0 {
		// Birthday and gender: only for apps Zalo approved for them.
		me.set("birthday", g.dob("02/01/2006"))
		me.set("gender", P(g.gender()))
	}
	me.set("picture", O("data", O("url", P(fmt.Sprintf("https://s120-ava-talk.zadn.vn/%s/%s/%s.jpg", g.hex(1), g.hex(1), g.hex(32))))))
	ev := O(
		"app_id", N(fmt.Sprint(1000000000000000000+g.r.Int64N(900000000000000000))),
		"received_at", N(g.at(0, iso)),
		"oauth", O(
			"access_token", C(g.chars(b64Set, 220)),
			"refresh_token", C(g.chars(b64Set, 220)),
			"expires_in", N("3600"),
		),
		"profile", me,
	)
	if p.showPhone && g.r.IntN(3) != 0 {
		// The number the user agreed to share: digits with the country
		// calling code and no plus.
		ev.set("phone_info", O("data", O("number", g.phone(strings.TrimPrefix(g.e164(), "+"))), "error", N(0), "message", N("Success")))
	}
	return ev
}

// nationalIDNumber is the number on a national identity card of a
// Southeast Asian country, by its published structure: Indonesia's NIK
// (region, birth date with 40 added to a woman's day, serial), Thailand's
// 13-digit number with its check digit, Viet Nam's 12-digit citizen
// identity number (province, sex and century, year, serial).
func (g *gen) nationalIDNumber(cc string) string {
	d := g.p.dob
	switch cc {
	case "ID":
		day := d.Day()
		if g.p.female {
			day += 40
		}
		return pick(g.r, []string{"317101", "327302", "357801", "347104"}) + fmt.Sprintf("%02d%02d%02d", day, int(d.Month()), d.Year()%100) + pattern(g.r, "####")
	case "TH":
		v := digits(g.r, 12)
		v[0] = 1 + g.r.IntN(8)
		s := 0
		for i, x := range v {
			s += x * (13 - i)
		}
		return str(append(v, (11-s%11)%10))
	case "VN":
		sc := 0
		if d.Year() >= 2000 {
			sc = 2
		}
		if g.p.female {
			sc++
		}
		return pick(g.r, []string{"001", "079", "048", "031"}) + fmt.Sprint(sc) + fmt.Sprintf("%02d", d.Year()%100) + pattern(g.r, "######")
	}
	return strings.ToUpper(g.b62(9))
}

func xenditCustomer(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 12:
		g.redraw("ID")
	case x < 15:
		g.redraw("TH")
	case x < 17:
		g.redraw("VN")
	}
	g.adult(17) // an Indonesian e-KTP holder is 17 or married
	p := g.p
	ref := "user_" + g.b62(10)
	given, family := P(p.given), P(p.family)
	givenNR, familyNR := N(nil), N(nil)
	if !isLatin(p.given + p.family) {
		given, family = P(cap1(p.givenL)), P(cap1(p.familyL))
		givenNR, familyNR = P(p.given), P(p.family)
	}
	ind := O(
		"given_names", given,
		"given_names_non_roman", givenNR,
		"surname", family,
		"surname_non_roman", familyNR,
	)
	if g.r.IntN(2) == 0 {
		p.showCitizenship = true
	}
	ind.set("nationality", orNull(g.citizenship(p.cit.code)))
	ind.set("place_of_birth", P(pick(g.r, p.cit.cities)))
	ind.set("date_of_birth", g.dob("2006-01-02"))
	ind.set("gender", P(strings.ToUpper(g.gender())))
	if g.r.IntN(2) == 0 {
		ind.set("employment", O(
			"employer_name", P(pick(g.r, []string{"PT Maju Jaya", "Grab", "Tokopedia", "CP All"})),
			"nature_of_business", N(pick(g.r, []string{"Retail", "Technology", "Logistics"})),
			"role_description", P(pick(g.r, []string{"Driver", "Staff Admin", "Software Engineer", "Kasir"})),
		))
	}
	c := O(
		"id", P("cust-"+g.uuid()),
		"reference_id", P(ref),
		"type", N("INDIVIDUAL"),
		"individual_detail", ind,
		"business_detail", N(nil),
		"email", P(p.email),
		"mobile_number", orNull(g.phone(g.e164())),
		"phone_number", N(nil),
	)
	if p.showPhone && g.r.IntN(3) == 0 {
		sum := sha256.Sum256([]byte(p.phoneE164))
		c.set("hashed_phone_number", P(hex.EncodeToString(sum[:])))
	} else {
		c.set("hashed_phone_number", N(nil))
	}
	if p.showResidence {
		c.set("addresses", A(O(
			"country", g.residence(p.c.code),
			"street_line1", g.addr(p.street),
			"street_line2", N(nil),
			"city", g.addr(p.city),
			"province_state", orNull(g.addrN(p.region)),
			"postal_code", orNull(g.addr(p.post)),
			"category", N("HOME"),
			"is_primary", N(true),
		)))
	} else {
		c.set("addresses", A())
	}
	wallet := false
	if p.showPhone && g.r.IntN(2) == 0 {
		// An e-wallet account of the customer: the wallet's number is
		// theirs, the provider's country is the wallet's.
		ew := map[string][]string{"ID": {"OVO", "DANA", "GOPAY", "SHOPEEPAY"}, "TH": {"TRUEMONEY"}, "VN": {"MOMO", "ZALOPAY"}}[p.c.code]
		if ew != nil {
			wallet = true
			c.set("identity_accounts", A(O(
				"type", N("EWALLET"),
				"company", N(pick(g.r, ew)),
				"description", N(nil),
				"country", N(p.c.code),
				"properties", O("account_details", g.phone(g.e164()), "currency", N(map[string]string{"ID": "IDR", "TH": "THB", "VN": "VND"}[p.c.code])),
			)))
		}
	}
	if !wallet {
		c.set("identity_accounts", A())
	}
	if g.r.IntN(2) == 0 {
		typ, sub := "IDENTITY_CARD", "NATIONAL_ID"
		num := g.nationalIDNumber(p.cit.code)
		if p.cit != p.c {
			typ, sub = "PASSPORT", "PASSPORT"
			num = strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1)) + g.chars("0123456789", 7)
		}
		// The document's issuing state is its holder's nationality.
		g.lab.Citizenship = addCountry(g.lab.Citizenship, p.cit.code)
		c.set("kyc_documents", A(O(
			"country", P(p.cit.code),
			"type", N(typ),
			"sub_type", N(sub),
			"document_name", N(nil),
			"document_number", P(num),
			"expires_at", N(nil),
			"holder_name", P(strings.ToUpper(latinOnly(p.givenL)+" "+latinOnly(p.familyL))),
			"document_images", A(P("https://files.xendit.co/kyc/"+g.hex(24)+".jpg")),
		)))
	} else {
		c.set("kyc_documents", A())
	}
	c.set("description", N(nil))
	c.set("date_of_registration", N(nil))
	c.set("domicile_of_registration", N(nil))
	c.set("metadata", O("app_user_id", P(ref), "signup_channel", N(pick(g.r, []string{"android", "ios", "web"}))))
	c.set("created", N(g.at(0, "2006-01-02T15:04:05.000Z")))
	c.set("updated", N(g.at(0, "2006-01-02T15:04:05.000Z")))
	return O("api_version", N("2020-10-31"), "request_id", N(g.hex(24)), "customer", c)
}

func flutterwaveChargeCompleted(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 10:
		g.redraw("NG")
	case x < 14:
		g.redraw("KE")
	case x < 16:
		g.redraw("RW")
	case x < 18:
		g.redraw("ZA")
	}
	p := g.p
	cur := map[string]string{"NG": "NGN", "KE": "KES", "RW": "RWF", "ZA": "ZAR"}[p.c.code]
	if cur == "" {
		cur = "USD"
	}
	ptype, etype := "card", "CARD_TRANSACTION"
	switch {
	case p.c.code == "KE" && g.r.IntN(3) != 0:
		ptype, etype = "mpesa", "MPESA_TRANSACTION"
	case p.c.code == "RW" && g.r.IntN(2) == 0:
		ptype, etype = "mobilemoneyrwanda", "MOBILEMONEYRW_TRANSACTION"
	case p.c.code == "NG" && g.r.IntN(4) == 0:
		ptype, etype = "account", "ACCOUNT_TRANSACTION"
	}
	momo := ptype == "mpesa" || ptype == "mobilemoneyrwanda"
	if momo {
		// A mobile-money charge is made to the payer's number, one of
		// the country's networks.
		p.showPhone = true
		if p.phoneCC != p.c.code {
			p.phoneCC = p.c.code
			p.phoneE164, p.phoneNat = phoneNumber(g.r, p.c.code)
		}
	}
	amount := float64(100*(1+g.r.IntN(500))) * map[bool]float64{true: 1, false: 0.1}[cur != "USD"]
	fee := float64(int(amount*1.4)) / 100
	txID := 1000000 + g.r.IntN(9000000)
	created := g.at(time.Duration(g.r.IntN(20))*time.Second, "2006-01-02T15:04:05.000Z")
	name := N("Anonymous customer")
	if g.r.IntN(7) != 0 {
		name = P(p.given + " " + p.family)
	}
	phone := N(nil)
	if momo || g.r.IntN(2) == 0 {
		phone = orNull(g.phone(strings.TrimPrefix(g.e164(), "+")))
	}
	data := O(
		"id", N(txID),
		"tx_ref", N("MC-"+fmt.Sprint(g.t.UnixMilli())),
		"flw_ref", N(fmt.Sprintf("FLW-MOCK-%s", g.hex(32))),
		"device_fingerprint", P(g.hex(32)),
		"amount", N(amount),
		"currency", N(cur),
		"charged_amount", N(amount),
		"app_fee", N(fee),
		"merchant_fee", N(0),
		"processor_response", N(map[bool]string{true: "Transaction Successful", false: "Approved by Financial Institution"}[momo]),
		"auth_model", N(map[string]string{"card": pick(g.r, []string{"PIN", "VBVSECURECODE", "NOAUTH"}), "mpesa": "LIPA_MPESA", "mobilemoneyrwanda": "MOBILEMONEY", "account": "AUTH"}[ptype]),
		"ip", P(p.ip),
		"narration", N("CARD Transaction "),
		"status", N("successful"),
		"payment_type", N(ptype),
		"created_at", N(created),
		"account_id", N(17000+g.r.IntN(900000)),
		"customer", O(
			"id", P(200000+g.r.IntN(9000000)),
			"name", name,
			"phone_number", phone,
			"email", P(p.email),
			"created_at", N(created),
		),
	)
	if ptype == "card" {
		issued := p.c.code
		if p.cit != p.c && g.r.IntN(2) == 0 {
			issued = p.cit.code
		}
		// Where the card's bank is: a hint.
		g.lab.Weak = addCountry(g.lab.Weak, issued)
		card := O(
			"first_6digits", N(pick(g.r, []string{"539983", "553188", "418742", "506105"})),
			"last_4digits", P(fmt.Sprintf("%04d", g.r.IntN(10000))),
			"issuer", N(pick(g.r, []string{"MASTERCARD GUARANTY TRUST BANK Mastercard Naira Debit Card", "VISA ACCESS BANK DEBIT CLASSIC", "MASTERCARD EQUITY BANK LIMITED DEBIT STANDARD"})),
			"country", N(issued),
			"type", N(pick(g.r, []string{"MASTERCARD", "VISA", "VERVE"})),
			"expiry", P(fmt.Sprintf("%02d/%02d", 1+g.r.IntN(12), (g.t.Year()+1+g.r.IntN(5))%100)),
		)
		if g.r.IntN(2) == 0 {
			// The card's token: with the merchant's secret key it charges it.
			card.set("token", C(fmt.Sprintf("flw-t1nf-%s-m03k", g.hex(32))))
		}
		data.set("card", card)
	}
	ev := O(
		"event", N("charge.completed"),
		"data", data,
		"meta_data", O("__CheckoutInitAddress", N("https://checkout.flutterwave.com/v3/hosted/pay"), "consumer_id", P(fmt.Sprint(10000+g.r.IntN(90000)))),
		"event.type", N(etype),
	)
	if g.r.IntN(5) < 2 {
		// The merchant's secret hash, sent as it is with every webhook.
		ev = O("headers", O("verif-hash", C(g.b62(32)), "content-type", N("application/json")), "body", ev)
	}
	return ev
}

func appleSignIn(g *gen) *node {
	p := g.p
	team := strings.ToUpper(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10))
	client := "com.northwind.app"
	sub := fmt.Sprintf("%06d.%s.%04d", g.r.IntN(1000000), g.hex(32), g.r.IntN(10000))
	iat := g.t.Unix()
	private := g.r.IntN(2) == 0
	email := p.email
	if private {
		email = strings.ToLower(g.b62(10)) + "@privaterelay.appleid.com"
	}
	first := g.r.IntN(2) == 0 // the first authorization: the name comes once
	nonce := g.hex(32)
	claims := map[string]any{"iss": "https://appleid.apple.com", "aud": client, "exp": iat + 86400, "iat": iat, "sub": sub, "nonce": nonce, "c_hash": g.b62(22), "email": email, "email_verified": true, "is_private_email": private, "auth_time": iat - 2, "nonce_supported": true}
	if first {
		claims["real_user_status"] = 2
	}
	idToken := g.jwt("RS256", claims)
	tok := fmt.Sprintf(".0.s%s.%s", strings.ToLower(g.b62(3)), g.b62(22))
	form := O(
		"state", N(g.b62(24)),
		// The authorization code: with the client secret, tokens for this user.
		"code", C("c"+g.hex(32)+tok),
		"id_token", C(idToken),
	)
	if first {
		u, _ := json.Marshal(map[string]any{"name": map[string]string{"firstName": p.given, "lastName": p.family}, "email": email})
		form.set("user", P(string(u)))
	}
	idt := O(
		"iss", N("https://appleid.apple.com"),
		"aud", N(client),
		"exp", N(iat+86400),
		"iat", N(iat),
		"sub", P(sub),
		"nonce", N(nonce),
		"c_hash", N(claims["c_hash"]),
		"at_hash", N(g.b62(22)),
		"email", P(email),
		"email_verified", N(true),
		"is_private_email", N(private),
		"auth_time", N(iat-2),
		"nonce_supported", N(true),
	)
	if first {
		// Apple's judgement whether the user is a real person.
		idt.set("real_user_status", P(2))
	}
	return O(
		"client_id", N(client),
		"team_id", N(team),
		"received_at", N(g.at(0, iso)),
		"form_post", form,
		"token_response", O(
			"access_token", C("a"+g.hex(32)+tok),
			"token_type", N("Bearer"),
			"expires_in", N(3600),
			"refresh_token", C("r"+g.hex(32)+tok),
			"id_token", C(idToken),
		),
		"id_token_claims", idt,
	)
}

// eventbriteQA are an organiser's questions with the answers that reveal
// something of the attendee, by language: each answer with its special
// category ("" when it has none).
var eventbriteQA = map[string][]struct{ q, a, cat string }{
	"en": {{"Dietary requirements", "Halal", "religion"}, {"Dietary requirements", "Kosher", "religion"}, {"Dietary requirements", "Gluten-free (coeliac disease)", "health"}, {"Dietary requirements", "Vegetarian", ""}, {"Accessibility needs", "Wheelchair access", "health"}, {"Accessibility needs", "British Sign Language interpreter", "health"}, {"T-shirt size", "M", ""}},
	"de": {{"Ernährungswünsche", "Halal", "religion"}, {"Ernährungswünsche", "Glutenfrei (Zöliakie)", "health"}, {"Ernährungswünsche", "Vegan", ""}, {"Barrierefreiheit", "Rollstuhlplatz", "health"}},
	"es": {{"Restricciones alimentarias", "Halal", "religion"}, {"Restricciones alimentarias", "Sin gluten (celiaquía)", "health"}, {"Restricciones alimentarias", "Vegetariano", ""}, {"Accesibilidad", "Silla de ruedas", "health"}},
	"fr": {{"Régime alimentaire", "Casher", "religion"}, {"Régime alimentaire", "Sans gluten (maladie cœliaque)", "health"}, {"Accessibilité", "Fauteuil roulant", "health"}},
	"pt": {{"Restrições alimentares", "Halal", "religion"}, {"Restrições alimentares", "Sem glúten (doença celíaca)", "health"}, {"Acessibilidade", "Cadeirante", "health"}},
	"ja": {{"食事制限", "ハラール", "religion"}, {"食事制限", "小麦アレルギー", "health"}, {"アクセシビリティ", "車椅子", "health"}},
}

func eventbriteAttendee(g *gen) *node {
	p := g.p
	eventID := 800000000000 + g.r.Int64N(99999999999)
	attID := 15000000000 + g.r.Int64N(999999999)
	orderID := 9000000000 + g.r.Int64N(999999999)
	uri := fmt.Sprintf("https://www.eventbriteapi.com/v3/events/%d/attendees/%d/", eventID, attID)
	created := g.at(time.Duration(g.r.IntN(60))*time.Second, "2006-01-02T15:04:05Z")
	prof := O(
		"first_name", P(p.given),
		"last_name", P(p.family),
		"email", P(p.email),
		"name", P(p.given+" "+p.family),
	)
	if g.r.IntN(3) == 0 {
		prof.set("age", P(g.ageAt()))
		prof.set("birth_date", g.dob("2006-01-02"))
	}
	if g.r.IntN(3) == 0 {
		prof.set("gender", P(g.gender()))
	}
	prof.set("cell_phone", g.phone(""))
	if g.r.IntN(3) == 0 && g.ageAt() >= 18 {
		prof.set("job_title", P(pick(g.r, []string{"Product Manager", "Lehrerin", "Estudiante", "エンジニア"})))
		prof.set("company", P(pick(g.r, []string{"Northwind GmbH", "Globex", "Initech S.A."})))
	}
	if p.showResidence && g.r.IntN(3) != 0 {
		area := p.city
		if p.region != "" {
			area += ", " + p.region
		}
		prof.set("addresses", O("home", O(
			"address_1", g.addr(p.street),
			"address_2", N(""),
			"city", g.addr(p.city),
			"region", orEmpty(g.addrN(p.region)),
			"postal_code", orEmpty(g.addr(p.post)),
			"country", g.residence(p.c.code),
			"localized_address_display", P(p.street+", "+area+" "+p.post),
			"localized_area_display", P(area),
			"localized_multi_line_address_display", A(P(p.street), P(strings.TrimSpace(area+" "+p.post))),
		)))
	} else {
		prof.set("addresses", O())
	}
	lang := p.c.lang
	qa := eventbriteQA[lang]
	if qa == nil || p.locale == "en-US" {
		qa = eventbriteQA["en"]
	}
	var questions, answers []*node
	qid := 40000000 + g.r.IntN(9000000)
	if g.r.IntN(3) != 0 {
		x := pick(g.r, qa)
		qid++
		questions = append(questions, O("id", N(fmt.Sprint(qid)), "label", N(x.q), "type", N("multiple_choice"), "required", N(false)))
		a := P(x.a)
		if x.cat != "" {
			a = S(x.a, x.cat)
		}
		answers = append(answers, O("question_id", N(fmt.Sprint(qid)), "question", N(x.q), "type", N("multiple_choice"), "answer", a))
	}
	if b := g.bio(); b != nil && g.r.IntN(2) == 0 {
		qid++
		q := "Anything else we should know?"
		questions = append(questions, O("id", N(fmt.Sprint(qid)), "label", N(q), "type", N("text"), "required", N(false)))
		answers = append(answers, O("question_id", N(fmt.Sprint(qid)), "question", N(q), "type", N("text"), "answer", b))
	}
	if g.ageAt() < 18 {
		// The parent or guardian organisers ask for under-18s.
		par := newPerson(g.r, p.c, g.t)
		qid++
		q := "Parent/guardian name and phone (under 18s)"
		questions = append(questions, O("id", N(fmt.Sprint(qid)), "label", N(q), "type", N("text"), "required", N(true)))
		answers = append(answers, O("question_id", N(fmt.Sprint(qid)), "question", N(q), "type", N("text"), "answer", P(par.given+" "+p.family+" "+par.phone)))
	}
	price := 500 + g.r.IntN(9000)
	cur := pick(g.r, []string{"EUR", "USD", "GBP", "JPY", "BRL"})
	money := func(v int) *node {
		return O("display", N(fmt.Sprintf("%s %d.%02d", cur, v/100, v%100)), "currency", N(cur), "value", N(v), "major_value", N(fmt.Sprintf("%d.%02d", v/100, v%100)))
	}
	ticket := pick(g.r, []string{"General Admission", "Early Bird", "Student"})
	if g.ageAt() < 15 {
		ticket = "Kids (6-14)"
	}
	att := O(
		"id", P(fmt.Sprint(attID)),
		"created", N(created),
		"changed", N(created),
		"ticket_class_id", N(fmt.Sprint(2000000000+g.r.IntN(99999999))),
		"ticket_class_name", N(ticket),
		"variant_id", N(nil),
		"quantity", N(1),
		"profile", prof,
		"questions", A(questions...),
		"answers", A(answers...),
		"barcodes", A(O(
			// The ticket's barcode: it names this attendee at the door.
			"status", N("unused"),
			"barcode", P(fmt.Sprintf("%d%d001", orderID, attID%1000000000)),
			"created", N(created),
			"changed", N(created),
			"checkin_type", N(0),
			"is_printed", N(false),
		)),
		"team", N(nil),
		"affiliate", N(pick(g.r, []string{"ebdssbdestsearch", "oddtdtcreator", "ebdsshcategory"})),
		"checked_in", N(false),
		"cancelled", N(false),
		"refunded", N(false),
		"costs", O("base_price", money(price), "eventbrite_fee", money(price/10), "gross", money(price+price/10), "payment_fee", money(price/30), "tax", money(0)),
		"status", N("Attending"),
		"event_id", N(fmt.Sprint(eventID)),
		"order_id", P(fmt.Sprint(orderID)),
		"guestlist_id", N(nil),
		"invited_by", N(nil),
		"delivery_method", N("electronic"),
		"resource_uri", P(uri),
	)
	return O(
		"config", O(
			"action", N(pick(g.r, []string{"attendee.updated", "order.placed"})),
			"user_id", N(fmt.Sprint(100000000000+g.r.Int64N(99999999999))),
			"endpoint_url", N("https://hooks.northwind.example/eventbrite"),
			"webhook_id", N(fmt.Sprint(10000000+g.r.IntN(9000000))),
		),
		"api_url", P(uri),
		"attendee", att,
	)
}

func alipayUserInfoShare(g *gen) *node {
	if g.r.IntN(10) != 0 {
		g.redraw("CN")
	}
	p := g.p
	// Since 2023 new applications get an open_id for the app; older
	// ones the 2088… user_id.
	idKey, idVal := "user_id", "2088"+g.chars("0123456789", 12)
	if g.r.IntN(2) == 0 {
		idKey, idVal = "open_id", "0"+g.chars(b64Set, 44)
	}
	authStart := g.t.In(time.FixedZone("CST", 8*3600))
	tokenPrefix := "authusrB" + g.hex(32)
	oauth := O(
		"access_token", C(tokenPrefix),
		idKey, P(idVal),
		"expires_in", N(1296000),
		"re_expires_in", N(2592000),
		"refresh_token", C("authusrB"+g.hex(32)),
		"auth_start", N(authStart.Format("2006-01-02 15:04:05")),
	)
	var nick *node
	switch g.r.IntN(4) {
	case 0:
		nick = P(p.username)
	case 1:
		nick = P(p.fullName())
	default:
		nick = P(string([]rune(p.family)[:1]) + map[bool]string{true: "女士", false: "先生"}[p.female])
	}
	info := O(
		"code", N("10000"),
		"msg", N("Success"),
		idKey, P(idVal),
		"avatar", P("https://tfs.alipayobjects.com/images/partner/"+g.b62(24)),
		"nick_name", nick,
		"gender", P(map[bool]string{true: "F", false: "M"}[p.female]),
	)
	if p.showResidence && g.r.IntN(4) != 0 {
		province, city := p.region, p.city
		if p.c.code != "CN" {
			province = ""
		}
		info.set("province", orEmpty(g.addrN(province)))
		info.set("city", g.addr(city))
		info.set("country_code", g.residence(p.c.code))
	}
	info.set("is_student_certified", P(map[bool]string{true: "T", false: "F"}[g.ageAt() < 24 && g.ageAt() >= 16 && g.r.IntN(2) == 0]))
	info.set("user_type", N("2"))
	info.set("user_status", N("T"))
	info.set("is_certified", N("T"))
	if p.c.code == "CN" && g.r.IntN(3) == 0 {
		// The real-name scopes a licensed merchant may hold.
		info.set("user_name", P(p.fullName()))
		if p.idValue != "" {
			info.set("cert_type", N("0"))
			info.set("cert_no", P(p.idValue))
		}
		if v := g.phone(g.nsn()); v != nil {
			info.set("mobile", v)
		}
		info.set("person_birthday", g.dob("20060102"))
		info.set("is_adult", P(map[bool]string{true: "T", false: "F"}[g.ageAt() >= 18]))
		if p.showResidence {
			rec := p
			if g.r.IntN(3) == 0 {
				rec = newPerson(g.r, p.c, g.t) // a gift to someone else
			}
			deliverMobile := P(digitsOf(rec.phoneNat))
			if rec == p {
				deliverMobile = orEmpty(g.phone(digitsOf(p.phoneNat)))
			}
			info.set("deliver_addresses", A(O(
				"deliver_fullname", P(rec.fullName()),
				"deliver_mobile", deliverMobile,
				"deliver_province", N(p.region),
				"deliver_city", P(p.city),
				"deliver_area", N(""),
				"address", P(p.street),
				"zip", P(p.post),
				"default_deliver_address", N("T"),
			)))
		}
	}
	sig := make([]byte, 256)
	for i := range sig {
		sig[i] = byte(g.r.UintN(256))
	}
	return O(
		"app_id", N(fmt.Sprint(2021000000000000+g.r.Int64N(9999999999))),
		"alipay_system_oauth_token_response", oauth,
		"alipay_user_info_share_response", info,
		// The gateway's RSA2 signature of the response: it proves the
		// sender, it opens nothing.
		"sign", N(base64.StdEncoding.EncodeToString(sig)),
	)
}
