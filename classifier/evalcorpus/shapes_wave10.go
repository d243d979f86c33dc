package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// wave10Shapes are a tenth set of producers, held out whole: written
// blind, from each producer's public documentation, by a writer who did
// not read the classifier, its rules or its figures, so that no one tunes
// on them. They are government and bank identities, payments of Latin
// America, age and identity verification and a fitness tracker: the
// Singapore government's MyInfo person (NRIC/FIN, race and dialect,
// residential status, CPF and income), a Swedish BankID collect with the
// personal number and the signature, a Vipps MobilePay login of Norway,
// Denmark and Finland with the national identity number and bank
// accounts, a UAE PASS login of residents of many nationalities with the
// Emirates ID, a MOSIP eSignet login of the Philippine, Ethiopian and
// Moroccan national ID systems with the face photo, a Mercado Pago
// payment of seven countries with the payer's identification, a
// Brazilian Pix charge and its webhook, a Yoti Digital ID share with
// derived ages of minors and a selfie, an Onfido check with the
// applicant and the document's machine-readable zone, and a Strava
// activity with heart rate, route and the athlete.
var wave10Shapes = []Shape{
	{Name: "singpass_myinfo_person", Doc: "api.singpass.gov.sg/library/myinfo/developers/resources-personas and public.cloud.myinfo.gov.sg/myinfo/api/myinfo-kyc-v3.2.html (Myinfo v3/v4 Person API: GET /com/v4/person/{sub} or /gov/v3/person/{uinfin}; every attribute {value | code+desc, classification C, source 1 government-verified / 2 user-provided / 3 not applicable / 4 Singpass-verified, lastupdated, unavailable}: uinfin, name, aliasname, hanyupinyinname, hanyupinyinaliasname, marriedname, sex, race, secondaryrace, dialect, nationality, dob, birthcountry, residentialstatus C/P/A, passtype, passstatus, passexpirydate, mobileno{prefix, areacode, nbr}, email, regadd{type SG, block, building, floor, unit, street, postal, country}, housingtype, hdbtype, marital, edulevel, occupation, employment, noa-basic{amount, yearofassessment}, cpfbalances{ma, oa, sa, ra}, vehicles[{vehicleno, type, make, model, yearofmanufacture, roadtaxexpirydate, status}]) and the NRIC/FIN check letter (S/T: JZIHGFEDCBA, F/G: XWUTRQPNMLK over weights 2 7 6 5 4 3 2, plus 4 for T and G)", build: singpassMyInfo},
	{Name: "bankid_collect_complete", Doc: "developers.bankid.com/api-references/auth--sign/auth, /sign and /collect (RP API v6.0: POST /rp/v6.0/auth|sign {endUserIp, requirement{pinCode, mrtd, certificatePolicies, personalNumber}, userVisibleData, userVisibleDataFormat simpleMarkdownV1, returnUrl} -> {orderRef, autoStartToken, qrStartToken, qrStartSecret}; POST /rp/v6.0/collect {orderRef} -> {orderRef, status pending|failed|complete, hintCode outstandingTransaction/started/userSign/userMrtd..., completionData{user{personalNumber, name, givenName, surname}, device{ipAddress, uhi}, bankIdIssueDate, stepUp{mrtd}, signature (base64 XML), ocspResponse (base64)}}), as a relying party logs an order from start to completion", build: bankidCollectComplete},
	{Name: "vipps_login_userinfo", Doc: "developer.vippsmobilepay.com/docs/APIs/login-api/api-guide/user-info and developer.vippsmobilepay.com/api/userinfo (GET /vipps-userinfo-api/userinfo: sub, name, given_name, family_name, email, email_verified, phone_number (digits with the country code, no plus), birthdate, nin (national identity number, approved merchants only: Norwegian fødselsnummer, Danish CPR, Finnish HETU), address{street_address, postal_code, region, country, address_type home/work/other, formatted}, other_addresses[], accounts[{account_name, account_number, bank_name}], delegatedConsents{language, heading, termsDescription, confirmConsentButtonText, links{termsLinkText, termsLinkUrl, privacyStatementLinkText, privacyStatementLinkUrl}, timeOfConsent, consents[{id, accepted, required, textDisplayedToUser}]}, sid) and the fødselsnummer's two mod-11 check digits (Skatteetaten)", build: vippsLoginUserinfo},
	{Name: "uaepass_userinfo", Doc: "docs.uaepass.ae (Resources: User Information endpoint GET /idshub/userinfo, attributes by account level SOP1 basic / SOP2 verified / SOP3 verified with Emirates ID: sub, uuid, userType, fullnameAR, fullnameEN, firstnameEN, lastnameEN, firstnameAR, lastnameAR, gender, email, mobile, idn (Emirates ID, 15 digits: 784, year of birth, serial, Luhn check digit), nationalityEN (ISO alpha-3), nationalityAR, idType, spuuid, profileType, unifiedID, titleEN, acr)", build: uaepassUserinfo},
	{Name: "mosip_esignet_userinfo", Doc: "docs.esignet.io (eSignet OIDC: /oauth/v2/token {access_token, id_token, token_type, expires_in}; /oidc/userinfo returns a signed JWT whose claims are the consented standard claims, with language-tagged values name#en, name#fil, name#am, name#ar, address#en: sub (partner-specific user token), name, birthdate yyyy/MM/dd, gender, phone_number, email, address{formatted, street_address, locality, region, postal_code, country}, picture (base64 face photo), individual_id) and docs.mosip.io UIN generation (Verhoeff check digit, no leading 0 or 1), as PhilSys (Philippines), Fayda (Ethiopia) and the Moroccan national population register run it", build: mosipEsignetUserinfo},
	{Name: "mercadopago_payment", Doc: "mercadopago.com/developers/en/docs/your-integrations/notifications/webhooks (notification: id, live_mode, type payment, date_created, user_id, api_version, action payment.created, data{id}; x-signature ts=…,v1=… and x-request-id headers) and mercadopago.com/developers/en/reference/payments/_payments_id/get (payment: id, date_created, date_approved, date_last_updated, money_release_date, operation_type, issuer_id, payment_method_id, payment_type_id, status, status_detail, currency_id, description, live_mode, collector_id, payer{type, id, email, identification{type DNI/CPF/CURP/RUT/CC/CI, number}, phone{area_code, number, extension}, first_name, last_name, entity_type}, metadata, additional_info{items[], payer{first_name, last_name, phone{area_code, number}, address{zip_code, street_name, street_number}, registration_date}, shipments{receiver_address}, ip_address}, external_reference, transaction_amount, installments, transaction_details{net_received_amount, total_paid_amount, installment_amount, financial_institution, external_resource_url}, card{id, first_six_digits, last_four_digits, expiration_month, expiration_year, date_created, cardholder{name, identification{number, type}}}, point_of_interaction{type, transaction_data{qr_code, ticket_url}}) for Argentina, Brazil, Mexico, Chile, Colombia, Peru and Uruguay", build: mercadopagoPayment},
	{Name: "pix_cob_webhook", Doc: "bacen.github.io/pix-api (API Pix of the Banco Central do Brasil: webhook POST {pix[{endToEndId, txid, valor, chave, horario, infoPagador}]}; GET /cob/{txid} and /cobv/{txid} {calendario{criacao, expiracao | dataDeVencimento}, txid, revisao, loc{id, location, tipoCob}, location, status ATIVA/CONCLUIDA, devedor{cpf | cnpj, nome, email, logradouro, cidade, uf, cep}, valor{original}, chave, solicitacaoPagador, infoAdicionais[{nome, valor}], pix[]}) with the PSP extension gnExtras{pagador{nome, cpf}} of dev.efipay.com.br, keys (chave) of the DICT: CPF, CNPJ, e-mail, +55 phone or random EVP", build: pixCobWebhook},
	{Name: "yoti_profile_share", Doc: "developers.yoti.com/digital-id/profile-attributes and developers.yoti.com/digital-id/receive-the-share (Yoti Digital ID share receipt as the SDKs return it: receipt_id, remember_me_id, parent_remember_me_id, timestamp, sharing_outcome; profile attributes {name, value, content_type, anchors[{type SOURCE/VERIFIER, value, sub_type, signed_time_stamp}]}: given_names, family_name, full_name, date_of_birth, age_over:18 / age_under:13 (derived, value true/false), gender, nationality (ISO alpha-3), postal_address, structured_postal_address{address_format, building_number, address_line1, town_city, postal_code, country_iso, country, formatted_address}, phone_number, email_address, selfie (base64 JPEG), document_details (type issuing_country number expiry [authority]); application_profile{application_name, application_url, application_logo, application_receipt_bgcolor}; extra_data{data_entries[{type THIRD_PARTY_ATTRIBUTE, value{issuance_token, issuing_attributes}}]})", build: yotiProfileShare},
	{Name: "onfido_check_webhook", Doc: "documentation.onfido.com/api/latest#webhooks (payload{resource_type check, action check.completed, object{id, status, completed_at_iso8601, href}}, X-SHA2-Signature header), #applicant-object (id, created_at, sandbox, first_name, last_name, email, dob, delete_at, href, id_numbers[{type ssn/social_insurance/tax_id/identity_card/driving_licence, value, state_code}], phone_number, address{flat_number, building_number, building_name, street, sub_street, town, state, postcode, country (alpha-3)}, location{ip_address, country_of_residence}) and #document-report (properties{document_type passport/driving_licence/national_identity_card, issuing_country, document_numbers[{type, value}], date_of_expiry, date_of_birth, nationality, gender, first_name, last_name, mrz_line1, mrz_line2, mrz_line3}) with ICAO 9303 machine-readable zones (TD3 passports, TD1 cards, 7-3-1 check digits)", build: onfidoCheckWebhook},
	{Name: "strava_activity_athlete", Doc: "developers.strava.com/docs/webhooks (event: object_type activity, object_id, aspect_type create, owner_id, subscription_id, event_time, updates) and developers.strava.com/docs/reference (GET /api/v3/activities/{id} with Authorization: Bearer <access_token>: DetailedActivity{id, resource_state, athlete{id, resource_state}, name, description, distance, moving_time, elapsed_time, total_elevation_gain, sport_type, start_date, start_date_local, timezone, utc_offset, start_latlng, end_latlng, map{id, summary_polyline, polyline}, private, visibility, gear_id, gear{id, name, distance}, average_speed, max_speed, has_heartrate, average_heartrate, max_heartrate, calories, device_name, kudos_count}; SummaryAthlete{id, username, firstname, lastname, city, state, country, sex, premium, summit, created_at, updated_at, weight, profile_medium, profile}; OAuth token {token_type, access_token, expires_at, expires_in, refresh_token})", build: stravaActivityAthlete},
}

// movedTo makes the subject an immigrant living in cc: the names, birth
// date and country of origin (now their citizenship) stay; the address,
// most often the phone number, and the clock are the new country's.
func (g *gen) movedTo(cc string) {
	p, c := g.p, countryByCode(cc)
	if p.c == c {
		return
	}
	p.cit, p.c = p.c, c
	p.city, p.street = pick(g.r, c.cities), pick(g.r, c.streets)
	p.post, p.region = pattern(g.r, c.post), c.region
	if g.r.IntN(4) != 0 {
		p.phoneCC = cc
		p.phoneE164, p.phoneNat = phoneNumber(g.r, cc)
		p.phone = phoneNotation(g.r, p.phoneE164, p.phoneNat)
	}
	p.tz = c.tz
	// The home country's number is not the new one's business.
	p.idScheme, p.idField, p.idValue = "", "", ""
}

// jpegB64 is a JPEG image in base64, as identity providers send a face
// photo: the JFIF header and n bytes of image data.
func (g *gen) jpegB64(n int) string {
	b := []byte{0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xdb, 0x00, 0x43, 0x00}
	for range n {
		b = append(b, byte(g.r.UintN(256)))
	}
	return base64.StdEncoding.EncodeToString(append(b, 0xff, 0xd9))
}

// upperName is a Latin name in capitals, as identity registries write it.
func upperName(parts ...string) string {
	var out []string
	for _, s := range parts {
		if s = strings.ToUpper(latinOnly(s)); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, " ")
}

// titled is a Latin name with each word's first letter in capitals.
func titled(parts ...string) string {
	var out []string
	for _, s := range parts {
		for _, w := range strings.Fields(latinOnly(s)) {
			out = append(out, cap1(w))
		}
	}
	return strings.Join(out, " ")
}

// sgRace is a Singapore citizen's race as Myinfo codes it, with the
// names and dialect the race goes with.
var sgRace = []struct {
	code, desc      string
	given           [2][]string // a woman's, a man's
	family          []string
	dialects        [][2]string
	connector       [2]string // bin/binte, s/o d/o
	hanyu, surnames bool
}{
	{"CN", "CHINESE", [2][]string{{"Wei Ling", "Hui Min", "Xin Yi"}, {"Jun Jie", "Zhi Hao", "Wei Ming"}}, []string{"Tan", "Lim", "Lee", "Ng", "Ong"}, [][2]string{{"HK", "HOKKIEN"}, {"TC", "TEOCHEW"}, {"CT", "CANTONESE"}, {"HA", "HAKKA"}, {"HN", "HAINANESE"}}, [2]string{}, true, true},
	{"MY", "MALAY", [2][]string{{"Nur Aisyah", "Siti Nurhaliza", "Nurul Huda"}, {"Muhammad Hafiz", "Ahmad Faizal", "Mohamed Irfan"}}, []string{"Rahman", "Ismail", "Osman", "Hassan"}, nil, [2]string{"BINTE", "BIN"}, false, false},
	{"IN", "INDIAN", [2][]string{{"Priya", "Kavitha", "Devi"}, {"Arun", "Suresh", "Rajesh"}}, []string{"Rajendran", "Subramaniam", "Krishnan", "Pillai"}, nil, [2]string{"D/O", "S/O"}, false, false},
	{"EU", "EURASIAN", [2][]string{{"Sarah", "Natalie"}, {"Daniel", "Marcus"}}, []string{"de Souza", "Pereira", "Rodrigues"}, nil, [2]string{}, false, true},
}

// sgForeign are the nationalities of Singapore's foreign residents in
// the corpus, with Myinfo's nationality and race.
var sgForeign = map[string]struct{ nat, race, raceDesc string }{
	"CN": {"CHINESE", "CN", "CHINESE"}, "IN": {"INDIAN", "IN", "INDIAN"}, "ID": {"INDONESIAN", "JV", "JAVANESE"},
	"VN": {"VIETNAMESE", "VN", "VIETNAMESE"}, "PH": {"FILIPINO", "FN", "FILIPINO"}, "GB": {"BRITISH", "CA", "CAUCASIAN"},
	"US": {"AMERICAN", "CA", "CAUCASIAN"}, "AU": {"AUSTRALIAN", "CA", "CAUCASIAN"}, "KR": {"KOREAN, SOUTH", "KR", "KOREAN"},
	"JP": {"JAPANESE", "JP", "JAPANESE"}, "TH": {"THAI", "TH", "THAI"},
}

func singpassMyInfo(g *gen) *node {
	status := "C"
	switch x := g.r.IntN(10); {
	case x == 6:
		status = "P"
	case x > 6:
		status = "A"
	}
	citizen := status == "C"
	var race struct {
		code, desc, dialect, dialectDesc string
		hanyu                            string
	}
	if citizen || status == "P" && g.r.IntN(2) == 0 {
		// Born in Singapore (a citizen, or a permanent resident's child).
		g.redraw("SG")
		g.adult(15)
		p := g.p
		if citizen {
			p.cit = p.c
		} else {
			p.cit = countryByCode(pick(g.r, []string{"CN", "IN", "ID"}))
		}
		r := pick(g.r, sgRace)
		race.code, race.desc = r.code, r.desc
		given, family := pick(g.r, r.given[map[bool]int{true: 0, false: 1}[p.female]]), pick(g.r, r.family)
		p.given, p.family = given, family
		if r.connector[0] != "" {
			// A Malay or Indian name: the father's name after bin/binte,
			// s/o or d/o, no family name.
			p.family = r.connector[map[bool]int{true: 0, false: 1}[p.female]] + " " + family
		}
		if r.hanyu {
			race.hanyu = upperName(family, given)
			p.given, p.family = given, family
		}
		if len(r.dialects) > 0 {
			d := pick(g.r, r.dialects)
			race.dialect, race.dialectDesc = d[0], d[1]
		}
		p.givenL, p.familyL = strings.ToLower(strings.ReplaceAll(given, " ", "")), strings.ToLower(strings.ReplaceAll(family, " ", ""))
		p.email = p.givenL + pick(g.r, []string{".", "_", ""}) + p.familyL + fmt.Sprint(g.r.IntN(100)) + "@" + pick(g.r, []string{"gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"})
	} else {
		from := pick(g.r, []string{"CN", "CN", "IN", "IN", "ID", "VN", "PH", "GB", "US", "AU", "KR", "JP", "TH"})
		g.redraw(from)
		g.adult(map[bool]int{true: 15, false: 18}[status == "P"])
		g.movedTo("SG")
		f := sgForeign[from]
		race.code, race.desc = f.race, f.raceDesc
		if from == "CN" {
			race.hanyu = upperName(g.p.familyL, g.p.givenL)
		}
	}
	p := g.p
	foreign := status == "A"
	src := func(s string) *node { return N(s) }
	upd := func() *node {
		return N(g.t.AddDate(0, -g.r.IntN(40), -g.r.IntN(28)).Format("2006-01-02"))
	}
	attr := func(source string, kv ...any) *node {
		o := O(kv...)
		o.set("lastupdated", upd())
		o.set("source", src(source))
		o.set("classification", N("C"))
		o.set("unavailable", N(false))
		return o
	}
	val := func(source string, v *node) *node { return attr(source, "value", v) }
	code := func(source string, c, d *node) *node { return attr(source, "code", c, "desc", d) }
	empty := func() *node { return attr("3", "value", N("")) }
	unavailable := func() *node {
		return O("lastupdated", upd(), "source", src("1"), "classification", N("C"), "unavailable", N(true))
	}

	// Registries write names in Latin capitals: a name in another script
	// in its Latin spelling.
	gn, fn := p.given, p.family
	if !isLatin(gn + fn) {
		gn, fn = p.givenL, p.familyL
	}
	name := upperName(gn, fn)
	if p.cit.familyFirst || race.hanyu != "" {
		name = upperName(fn, gn)
	}
	person := O(
		"uinfin", val("1", P(nric(g.r, p.dob, foreign, citizen))),
		"name", val("1", P(name)),
		"aliasname", empty(),
	)
	if race.hanyu != "" {
		person.set("hanyupinyinname", val("1", P(race.hanyu)))
	} else {
		person.set("hanyupinyinname", empty())
	}
	person.set("hanyupinyinaliasname", empty())
	person.set("marriedname", empty())
	person.set("sex", code("1", P(map[bool]string{true: "F", false: "M"}[p.female]), P(map[bool]string{true: "FEMALE", false: "MALE"}[p.female])))
	// Race, secondary race and dialect group: ethnic origin.
	person.set("race", code("1", S(race.code, "ethnicity"), S(race.desc, "ethnicity")))
	person.set("secondaryrace", code("3", N(""), N("")))
	if race.dialect != "" {
		person.set("dialect", code("1", S(race.dialect, "ethnicity"), S(race.dialectDesc, "ethnicity")))
	} else {
		person.set("dialect", code("3", N(""), N("")))
	}
	if p.showCitizenship {
		nat := "SINGAPORE CITIZEN"
		if !citizen {
			nat = sgForeign[p.cit.code].nat
		}
		person.set("nationality", code("1", g.citizenship(p.cit.code), g.citizenship(nat)))
	}
	person.set("dob", val("1", g.dob("2006-01-02")))
	bc := p.cit
	if status == "P" && p.cit != p.c && g.r.IntN(2) == 0 || citizen {
		bc = countryByCode("SG")
	}
	person.set("birthcountry", code("1", P(bc.code), P(strings.ToUpper(englishName[bc.code]))))
	if p.showCitizenship || p.showResidence {
		desc := map[string]string{"C": "CITIZEN", "P": "PR", "A": "ALIEN"}[status]
		if citizen {
			// "Citizen": the payload states Singapore citizenship.
			g.lab.Citizenship = addCountry(g.lab.Citizenship, "SG")
		} else {
			// A permanent resident or a pass holder lives in Singapore.
			g.lab.Residence = addCountry(g.lab.Residence, "SG")
		}
		person.set("residentialstatus", code("1", P(status), P(desc)))
		if foreign {
			pt := pick(g.r, [][2]string{{"EP", "Employment Pass"}, {"SP", "S Pass"}, {"WP", "Work Permit"}, {"DP", "Dependant Pass"}, {"STP", "Student's Pass"}, {"LTVP", "Long Term Visit Pass"}})
			person.set("passtype", code("1", P(pt[0]), P(pt[1])))
			person.set("passstatus", val("1", P("Live")))
			person.set("passexpirydate", val("1", P(g.t.AddDate(1+g.r.IntN(2), g.r.IntN(12), 0).Format("2006-01-02"))))
		}
	}
	if nbr := g.phone(g.nsn()); nbr != nil {
		person.set("mobileno", O(
			"lastupdated", upd(), "source", src("4"), "classification", N("C"),
			"areacode", O("value", N(callingCode(p.phoneE164))),
			"prefix", O("value", N("+")),
			"nbr", O("value", nbr),
			"unavailable", N(false),
		))
	} else {
		person.set("mobileno", unavailable())
	}
	person.set("email", val("4", P(p.email)))
	hdb := g.r.IntN(5) != 0
	if p.showResidence {
		block := fmt.Sprint(1+g.r.IntN(999)) + pick(g.r, []string{"", "", "A", "B"})
		street := pick(g.r, []string{"BEDOK NORTH AVENUE 1", "JURONG WEST STREET 61", "ANG MO KIO AVENUE 3", "TAMPINES STREET 81", "PUNGGOL FIELD", "WOODLANDS DRIVE 14"})
		building := N("")
		if !hdb {
			street = pick(g.r, []string{"MARINA BOULEVARD", "BUKIT TIMAH ROAD", "RIVER VALLEY ROAD"})
			building = P(pick(g.r, []string{"THE SAIL @ MARINA BAY", "PARC ESTA", "D'LEEDON"}))
		}
		person.set("regadd", O(
			"type", N("SG"),
			"country", O("code", g.residence("SG"), "desc", g.residence("SINGAPORE")),
			"unit", O("value", P(fmt.Sprintf("%02d", 1+g.r.IntN(400)))),
			"street", O("value", P(street)),
			"lastupdated", upd(),
			"block", O("value", P(block)),
			"source", src("1"),
			"postal", O("value", P(pattern(g.r, "######"))),
			"classification", N("C"),
			"floor", O("value", P(fmt.Sprintf("%02d", 2+g.r.IntN(30)))),
			"unavailable", N(false),
			"building", O("value", building),
		))
		if hdb {
			ht := pick(g.r, [][2]string{{"113", "3-ROOM FLAT (HDB)"}, {"114", "4-ROOM FLAT (HDB)"}, {"115", "5-ROOM FLAT (HDB)"}, {"116", "EXECUTIVE FLAT (HDB)"}})
			person.set("housingtype", code("1", N(""), N("")))
			person.set("hdbtype", code("1", P(ht[0]), P(ht[1])))
		} else {
			person.set("housingtype", code("1", P("123"), P("CONDOMINIUM")))
			person.set("hdbtype", code("1", N(""), N("")))
		}
	}
	age := g.ageAt()
	marital := [2]string{"1", "SINGLE"}
	if age >= 25 && g.r.IntN(3) != 0 {
		marital = pick(g.r, [][2]string{{"2", "MARRIED"}, {"2", "MARRIED"}, {"5", "DIVORCED"}, {"3", "WIDOWED"}})
	}
	person.set("marital", code("1", P(marital[0]), P(marital[1])))
	edu := [2]string{"3", "SECONDARY"}
	if age >= 21 {
		edu = pick(g.r, [][2]string{{"4", "POST-SECONDARY (NON-TERTIARY)"}, {"5", "POLYTECHNIC DIPLOMA"}, {"7", "UNIVERSITY"}, {"8", "POST GRADUATE"}})
	}
	person.set("edulevel", code("2", P(edu[0]), P(edu[1])))
	if age >= 18 {
		person.set("occupation", code("2", N(""), P(pick(g.r, []string{"SOFTWARE ENGINEER", "NURSE", "ACCOUNTANT", "SALES EXECUTIVE", "TEACHER", "CONSTRUCTION WORKER"}))))
		person.set("employment", val("2", P(pick(g.r, []string{"NORTHWIND PTE. LTD.", "SEA GROUP", "SINGAPORE GENERAL HOSPITAL", "DBS BANK LTD."}))))
	}
	if age >= 21 && g.r.IntN(3) != 0 {
		// The latest notice of assessment: the subject's income.
		person.set("noa-basic", O(
			"amount", O("value", P(float64(20000+g.r.IntN(180000))+float64(g.r.IntN(100))/100)),
			"yearofassessment", O("value", N(fmt.Sprint(g.t.Year()-1))),
			"classification", N("C"), "source", src("1"), "lastupdated", upd(), "unavailable", N(false),
		))
	}
	if !foreign && age >= 18 {
		bal := func(max int) *node { return O("value", P(float64(g.r.IntN(max*100))/100)) }
		cpf := O("ma", bal(70000), "oa", bal(150000), "sa", bal(90000))
		if age >= 55 {
			cpf.set("ra", bal(200000))
		}
		cpf.set("classification", N("C"))
		cpf.set("source", src("1"))
		cpf.set("lastupdated", upd())
		cpf.set("unavailable", N(false))
		person.set("cpfbalances", cpf)
	}
	if age >= 25 && g.r.IntN(4) == 0 {
		mk := pick(g.r, [][2]string{{"TOYOTA", "COROLLA ALTIS"}, {"HONDA", "VEZEL"}, {"BMW", "320I"}, {"HYUNDAI", "AVANTE"}})
		person.set("vehicles", A(O(
			"vehicleno", O("value", P("S"+g.chars("BCDEFGHJKLMNPRSTUVXYZ", 2)+fmt.Sprint(1+g.r.IntN(9999))+g.chars("ABCDEGHJKLMPRSTUXYZ", 1))),
			"type", O("value", N("PASSENGER MOTOR CAR")),
			"make", O("value", P(mk[0])),
			"model", O("value", P(mk[1])),
			"yearofmanufacture", O("value", P(fmt.Sprint(g.t.Year()-1-g.r.IntN(9)))),
			"roadtaxexpirydate", O("value", N(g.t.AddDate(0, 1+g.r.IntN(11), 0).Format("2006-01-02"))),
			"status", O("code", N("1"), "desc", N("LIVE")),
			"classification", N("C"), "source", src("1"), "lastupdated", upd(), "unavailable", N(false),
		)))
	}
	return person
}

// personalNumber12 is the Swedish personal identity number as BankID
// writes it: twelve digits, the century first, no separator.
func (g *gen) personalNumber12() string {
	pn := g.personnummer()
	return fmt.Sprint(g.p.dob.Year()/100) + pn[:6] + pn[7:]
}

func bankidCollectComplete(g *gen) *node {
	g.redraw("SE")
	g.adult(13)
	p := g.p
	pn := g.personalNumber12()
	// Twelve digits that begin with the full date of birth (YYYYMMDD).
	g.dobAt()
	orderRef := g.uuid()
	sign := g.r.IntN(3) == 0
	mrtd := g.r.IntN(6) == 0
	b64 := base64.StdEncoding.EncodeToString
	text := "Logga in hos Northwind"
	if sign {
		text = pick(g.r, []string{"Jag godkänner låneansökan nr " + pattern(g.r, "######"), "Signera avtal om elavtal " + pattern(g.r, "NW-####"), "Jag intygar att uppgifterna är riktiga."})
	}
	req := O("endUserIp", P(p.ip))
	rq := O("pinCode", N(sign), "mrtd", N(mrtd), "certificatePolicies", A(N("1.2.752.78.1.5")))
	if g.r.IntN(3) == 0 {
		// The relying party already knows who is expected to sign.
		rq.set("personalNumber", P(pn))
	}
	req.set("requirement", rq)
	req.set("userVisibleData", N(b64([]byte(text))))
	req.set("userVisibleDataFormat", N("simpleMarkdownV1"))
	if g.r.IntN(2) == 0 {
		req.set("returnUrl", N("https://www.northwind.se/bankid/return?session="+g.hex(16)))
	}
	started := O(
		"orderRef", N(orderRef),
		// Start the BankID app on this order, and draw its QR codes:
		// whoever holds them can put their own device on the order.
		"autoStartToken", C(g.uuid()),
		"qrStartToken", N(g.uuid()),
		"qrStartSecret", C(g.uuid()),
	)
	var polls []*node
	for _, h := range []string{"outstandingTransaction", "started", "userSign", "userMrtd"}[:1+g.r.IntN(3)] {
		polls = append(polls, O("orderRef", N(orderRef), "status", N("pending"), "hintCode", N(h)))
	}
	devIP := p.ip
	if g.r.IntN(2) == 0 {
		devIP = fmt.Sprintf("%d.%d.%d.%d", 78+g.r.IntN(20), g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
	}
	name := p.given + " " + p.family
	nonce := b64([]byte(g.hex(20)))
	sigXML := `<?xml version="1.0" encoding="UTF-8" standalone="no"?><Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n11-20010315"></CanonicalizationMethod><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"></SignatureMethod></SignedInfo><SignatureValue>` + g.chars(b62Set+"+/", 344) + `</SignatureValue><KeyInfo><X509Data><X509Certificate>` + g.chars(b62Set+"+/", 200) + `</X509Certificate></X509Data></KeyInfo><Object><bankIdSignedData xmlns="http://www.bankid.com/signature/v1.0.0/types" Id="bankIdSignedData"><usrVisibleData charset="UTF-8" visible="wysiwys">` + b64([]byte(text)) + `</usrVisibleData><srvInfo><name>` + b64([]byte("cn=Northwind AB,o=Northwind AB")) + `</name><nonce>` + nonce + `</nonce><displayName>` + b64([]byte("Northwind")) + `</displayName></srvInfo><clientInfo><funcId>Identification</funcId><version>` + b64([]byte("Personal=7.14.0&BankID_exe=7.14.0")) + `</version><env><ai><type>` + b64([]byte("IOS")) + `</type><deviceInfo>` + b64([]byte("17.4")) + `</deviceInfo><uhi>` + g.chars(b62Set, 28) + `</uhi><fsib>0</fsib><utb>cs1</utb><requirement><condition><type>CertificatePolicies</type><value>1.2.752.78.1.5</value></condition></requirement><uauth>pw</uauth></ai></env></clientInfo><userInfo><personalNumber>` + pn + `</personalNumber><name>` + name + `</name></userInfo></bankIdSignedData></Object></Signature>`
	cd := O(
		"user", O("personalNumber", P(pn), "name", P(name), "givenName", P(p.given), "surname", P(p.family)),
		// uhi: the unique hardware id of the user's phone or computer.
		"device", O("ipAddress", P(devIP), "uhi", P(g.chars(b62Set+"+/", 27)+"=")),
		"bankIdIssueDate", P(g.t.AddDate(-g.r.IntN(8), -g.r.IntN(12), -g.r.IntN(28)).Format("2006-01-02")),
	)
	if mrtd {
		cd.set("stepUp", O("mrtd", N(true)))
	}
	// The user's signed data (their name and personal number inside);
	// the OCSP response is the bank's statement on the certificate.
	cd.set("signature", P(b64([]byte(sigXML))))
	cd.set("ocspResponse", N("MIIHfgoBAKCCB3cwggdzBgkrBgEFBQcwAQEEggdkMIIHYDCCATihgYgwgYUx"+g.chars(b62Set+"+/", 400)+"=="))
	out := O(
		"order", O(
			"endpoint", N(map[bool]string{true: "https://appapi2.bankid.com/rp/v6.0/sign", false: "https://appapi2.bankid.com/rp/v6.0/auth"}[sign]),
			"request", req,
			"response", started,
			"startedAt", N(g.at(time.Duration(20+g.r.IntN(60))*time.Second, iso)),
		),
		"collect", A(polls...),
		"result", O("orderRef", N(orderRef), "status", N("complete"), "completionData", cd),
	)
	if l := g.locale(p.locale); l != nil {
		out.set("session", O("id", P(g.hex(32)), "locale", l))
	}
	return out
}

// vippsBank is a bank of a Vipps MobilePay country.
var vippsBank = map[string][]string{
	"NO": {"DNB Bank ASA", "SpareBank 1 SR-Bank", "Nordea Bank Abp, filial i Norge", "Sbanken"},
	"DK": {"Danske Bank", "Jyske Bank", "Nykredit Bank"},
	"FI": {"Nordea", "OP Osuuspankki", "Aktia"},
}

func vippsLoginUserinfo(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 12:
		g.redraw("NO")
	case x < 17:
		g.redraw("DK")
	default:
		g.redraw("FI")
	}
	g.adult(15)
	p := g.p
	cc := p.c.code
	ui := O(
		"sub", P(g.uuid()),
		"name", P(p.given+" "+p.family),
		"given_name", P(p.given),
		"family_name", P(p.family),
		"email", P(p.email),
		"email_verified", N(g.r.IntN(4) != 0),
	)
	if v := g.phone(strings.TrimPrefix(g.e164(), "+")); v != nil {
		ui.set("phone_number", v)
	}
	ui.set("birthdate", g.dob("2006-01-02"))
	if p.idValue != "" && g.r.IntN(2) == 0 {
		// The national identity number, to merchants Vipps approved.
		ui.set("nin", P(strings.ReplaceAll(p.idValue, "-", "")))
	}
	if p.showResidence {
		region := strings.ToUpper(p.city)
		home := O(
			"street_address", g.addr(p.street),
			"postal_code", g.addr(p.post),
			"region", g.addr(region),
			"country", g.residence(cc),
			"address_type", N("home"),
			"formatted", g.addr(p.street+"\n"+p.post+"\n"+region+"\n"+cc),
		)
		ui.set("address", home)
		var others []*node
		if g.r.IntN(3) == 0 {
			q := newPerson(g.r, p.c, g.t)
			r := strings.ToUpper(q.city)
			others = append(others, O(
				"street_address", P(q.street),
				"postal_code", P(q.post),
				"region", P(r),
				"country", N(cc),
				"address_type", N(pick(g.r, []string{"work", "other"})),
				"formatted", P(q.street+"\n"+q.post+"\n"+r+"\n"+cc),
			))
		}
		ui.set("other_addresses", A(others...))
	}
	if cc == "NO" && g.r.IntN(3) == 0 {
		ui.set("accounts", A(O(
			"account_name", P(pick(g.r, []string{"Brukskonto", "Sparekonto", "Felleskonto", "Lønnskonto"})),
			"account_number", P(int64(10000000000)+g.r.Int64N(89999999999)),
			"bank_name", N(pick(g.r, vippsBank[cc])),
		)))
	}
	if g.r.IntN(3) == 0 {
		lang := map[string]string{"NO": "NO", "DK": "DA", "FI": "FI"}[cc]
		text := map[string][2]string{
			"NO": {"Northwind vil gjerne sende deg nyhetsbrev", "Jeg godtar vilkårene"},
			"DK": {"Northwind vil gerne sende dig nyhedsbreve", "Jeg accepterer vilkårene"},
			"FI": {"Northwind haluaa lähettää sinulle uutiskirjeitä", "Hyväksyn ehdot"},
		}[cc]
		ui.set("delegatedConsents", O(
			"language", N(lang),
			"heading", N("Northwind"),
			"termsDescription", N(text[1]),
			"confirmConsentButtonText", N("OK"),
			"links", O(
				"termsLinkText", N("Vilkår"),
				"termsLinkUrl", N("https://www.northwind."+strings.ToLower(cc)+"/vilkar"),
				"privacyStatementLinkText", N("Personvern"),
				"privacyStatementLinkUrl", N("https://www.northwind."+strings.ToLower(cc)+"/personvern"),
			),
			"timeOfConsent", N(g.at(time.Duration(g.r.IntN(30))*time.Second, "2006-01-02T15:04:05Z")),
			"consents", A(
				O("id", N("terms"), "accepted", N(true), "required", N(true), "textDisplayedToUser", N(text[1])),
				O("id", N("newsletter"), "accepted", N(g.r.IntN(2) == 0), "required", N(false), "textDisplayedToUser", N(text[0])),
			),
		))
	}
	ui.set("sid", P(g.hex(8)+"-"+g.hex(4)+"-"+g.hex(4)+"-"+g.hex(4)+"-"+g.hex(12)))
	return ui
}

// arabicNationality is a nationality as UAE PASS writes it in Arabic.
var arabicNationality = map[string]string{
	"AE": "إماراتي", "IN": "هندي", "EG": "مصري", "PH": "فلبيني", "GB": "بريطاني", "SA": "سعودي", "US": "أمريكي",
	"CN": "صيني", "MA": "مغربي", "ET": "إثيوبي", "RU": "روسي", "KE": "كيني", "NG": "نيجيري",
}

func uaepassUserinfo(g *gen) *node {
	nat := pick(g.r, []string{"AE", "AE", "IN", "IN", "IN", "EG", "PH", "PH", "GB", "SA", "US", "CN", "MA", "ET", "RU", "KE", "NG"})
	g.redraw(nat)
	g.adult(15)
	if nat == "AE" {
		g.p.cit = g.p.c
	} else {
		g.movedTo("AE")
	}
	p := g.p
	level := pick(g.r, []string{"SOP3", "SOP3", "SOP3", "SOP2", "SOP2", "SOP1"})
	verified := level != "SOP1"
	u := O(
		"sub", P("UAEPASS/"+g.uuid()),
		"uuid", P(g.uuid()),
		"userType", N(level),
		"profileType", N("1"),
	)
	first, last := titled(p.givenL), titled(p.familyL)
	if !isLatin(p.given+p.family) && (p.cit.code == "AE" || p.cit.code == "SA" || p.cit.code == "EG" || p.cit.code == "MA") {
		u.set("fullnameAR", P(p.given+" "+p.family))
		u.set("firstnameAR", P(p.given))
		u.set("lastnameAR", P(p.family))
	}
	u.set("fullnameEN", P(first+" "+last))
	u.set("firstnameEN", P(first))
	u.set("lastnameEN", P(last))
	u.set("email", P(p.email))
	if v := g.phone(strings.TrimPrefix(g.e164(), "+")); v != nil {
		u.set("mobile", v)
	}
	if verified {
		u.set("gender", P(map[bool]string{true: "Female", false: "Male"}[p.female]))
		u.set("titleEN", P(map[bool]string{true: pick(g.r, []string{"Ms.", "Mrs."}), false: "Mr."}[p.female]))
		// The Emirates ID: issued to the UAE's citizens and residents.
		g.lab.Residence = addCountry(g.lab.Residence, "AE")
		u.set("idn", P(emiratesID(g.r, p.dob)))
		u.set("idType", N("ID"))
		p.showCitizenship = true
		u.set("nationalityEN", g.citizenship(alpha3[p.cit.code]))
		u.set("nationalityAR", g.citizenship(arabicNationality[p.cit.code]))
		u.set("spuuid", P(g.uuid()))
		if level == "SOP3" {
			u.set("unifiedID", P(fmt.Sprint(100000000+g.r.IntN(900000000))))
		}
		u.set("acr", N("urn:safelayer:tws:policies:authentication:level:high"))
	} else {
		u.set("acr", N("urn:safelayer:tws:policies:authentication:level:low"))
	}
	return u
}

// esignetLang is the second language a national ID system writes names in.
var esignetLang = map[string]string{"PH": "fil", "ET": "am", "MA": "ar"}

func mosipEsignetUserinfo(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 10:
		g.redraw("PH")
	case x < 17:
		g.redraw("ET")
	default:
		g.redraw("MA")
	}
	p := g.p
	cc := p.c.code
	iss := map[string]string{"PH": "https://esignet.philsys.gov.ph/v1/esignet", "ET": "https://esignet.fayda.et/v1/esignet", "MA": "https://esignet.rnp.ma/v1/esignet"}[cc]
	client := g.b62(43)
	psut := g.chars(b64Set, 43)
	latin := titled(p.givenL) + " " + titled(p.familyL)
	if cc == "PH" {
		latin = p.given + " " + p.family
	}
	cl := O(
		"sub", P(psut),
		"iss", N(iss),
		"aud", N(client),
		"iat", N(g.t.Unix()),
		"exp", N(g.t.Unix()+3600),
		"name#en", P(latin),
	)
	if l := esignetLang[cc]; l != "fil" || g.r.IntN(2) == 0 {
		native := p.given + " " + p.family
		if l == "fil" {
			native = latin
		}
		cl.set("name#"+l, P(native))
	}
	cl.set("birthdate", g.dob("2006/01/02"))
	cl.set("gender#en", P(map[bool]string{true: "Female", false: "Male"}[p.female]))
	if cc == "ET" {
		cl.set("gender#am", P(map[bool]string{true: "ሴት", false: "ወንድ"}[p.female]))
	}
	if v := g.phone(g.e164()); v != nil {
		cl.set("phone_number", v)
	}
	if cc != "ET" || g.r.IntN(2) == 0 {
		cl.set("email", P(p.email))
	}
	if p.showResidence {
		cl.set("address#en", O(
			"formatted", g.addr(p.street+", "+p.city+", "+p.region+" "+p.post),
			"street_address", g.addr(p.street),
			"locality", g.addr(p.city),
			"region", g.addrN(p.region),
			"postal_code", g.addr(p.post),
			"country", g.residence(englishName[cc]),
		))
	}
	if g.r.IntN(5) < 3 {
		// The face photo of the enrolment: biometric data.
		cl.set("picture", S("data:image/jpeg;base64,"+g.jpegB64(150+g.r.IntN(150)), "biometric"))
	}
	if p.idValue != "" && g.r.IntN(2) == 0 {
		cl.set("individual_id", P(digitsOf(p.idValue)))
	}
	kid := g.b62(43)
	at := map[string]any{"sub": psut, "iss": iss, "aud": client, "iat": g.t.Unix(), "exp": g.t.Unix() + 3600, "scope": "openid profile", "client_id": client}
	return O(
		"received_at", N(g.at(0, iso)),
		"token", O(
			"access_token", C(g.jwt("RS256", at)),
			"id_token", C(g.jwt("RS256", map[string]any{"sub": psut, "iss": iss, "aud": client, "iat": g.t.Unix(), "exp": g.t.Unix() + 3600, "nonce": g.hex(16), "acr": "mosip:idp:acr:biometrics", "auth_time": g.t.Unix() - 20})),
			"token_type", N("Bearer"),
			"expires_in", N(3600),
		),
		"userinfo", O(
			"header", O("alg", N("RS256"), "kid", N(kid), "typ", N("JWT")),
			"claims", cl,
		),
	)
}

// mpSite is what a Mercado Pago country writes: currency, the payer's
// identification type and a typical payment method.
var mpSite = map[string]struct {
	cur, idType string
	methods     []string
}{
	"AR": {"ARS", "DNI", []string{"visa", "master", "naranja", "account_money"}},
	"BR": {"BRL", "CPF", []string{"pix", "visa", "master", "bolbradesco"}},
	"MX": {"MXN", "CURP", []string{"visa", "master", "oxxo", "debvisa"}},
	"CL": {"CLP", "RUT", []string{"visa", "master", "webpay"}},
	"CO": {"COP", "CC", []string{"visa", "master", "pse", "efecty"}},
	"PE": {"PEN", "DNI", []string{"visa", "master", "pagoefectivo_atm"}},
	"UY": {"UYU", "CI", []string{"visa", "master", "abitab"}},
}

func mercadopagoPayment(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 6:
		g.redraw("BR")
	case x < 10:
		g.redraw("MX")
	case x < 14:
		g.redraw("AR")
	case x < 16:
		g.redraw("CL")
	case x < 18:
		g.redraw("CO")
	case x < 19:
		g.redraw("PE")
	default:
		g.redraw("UY")
	}
	g.adult(18)
	p := g.p
	cc := p.c.code
	site := mpSite[cc]
	payID := int64(100000000000) + g.r.Int64N(900000000000)
	collector := int64(100000000) + g.r.Int64N(900000000)
	created := g.t.Add(-time.Duration(5+g.r.IntN(60)) * time.Second)
	ts := func(t time.Time) string { return t.Format("2006-01-02T15:04:05.000-07:00") }
	method := pick(g.r, site.methods)
	ptype := map[string]string{"pix": "bank_transfer", "pse": "bank_transfer", "oxxo": "ticket", "bolbradesco": "ticket", "efecty": "ticket", "pagoefectivo_atm": "atm", "abitab": "ticket", "account_money": "account_money", "webpay": "debit_card", "debvisa": "debit_card"}[method]
	if ptype == "" {
		ptype = "credit_card"
	}
	status, detail := "approved", "accredited"
	if ptype == "ticket" || ptype == "atm" {
		status, detail = "pending", "pending_waiting_payment"
	}
	amount := float64(100*(1+g.r.IntN(300))) + 0.5*float64(g.r.IntN(2))
	idNum := ""
	switch cc {
	case "BR":
		idNum = digitsOf(genCPF(g.r, p.dob, p.female, [2]string{}))
	case "MX":
		idNum = curp(g.r, p.dob, p.female, p.givenL, p.familyL)
	case "AR":
		idNum = fmt.Sprint(20000000 + g.r.IntN(26000000))
	default:
		idNum = p.idValue
		if cc == "CL" || cc == "UY" {
			idNum = strings.ReplaceAll(idNum, ".", "")
		}
	}
	var ident *node
	if idNum != "" && (cc != "MX" || g.r.IntN(2) == 0) {
		ident = O("type", N(site.idType), "number", P(idNum))
	} else {
		ident = O("type", N(nil), "number", N(nil))
	}
	nsn := g.nsn()
	if cc == "AR" && strings.HasPrefix(nsn, "9") {
		nsn = nsn[1:] // the mobile 9 is not part of the area code
	}
	area := nsn[:min(2, len(nsn))]
	var phone *node
	if v := g.phone(nsn[len(area):]); v != nil {
		phone = O("area_code", P(area), "number", v, "extension", N(nil))
	} else {
		phone = O("area_code", N(nil), "number", N(nil), "extension", N(nil))
	}
	payer := O(
		"type", N(nil),
		"id", P(fmt.Sprint(int64(100000000)+g.r.Int64N(2000000000))),
		"email", P(p.email),
		"identification", ident,
		"phone", phone,
		"first_name", N(nil),
		"last_name", N(nil),
		"entity_type", N(nil),
	)
	if g.r.IntN(2) == 0 {
		payer.set("first_name", P(p.given))
		payer.set("last_name", P(p.family))
		payer.set("entity_type", N("individual"))
	}
	item := pick(g.r, [][3]string{{"Zapatillas running", "fashion", "Zapatillas deportivas talle 42"}, {"Fone de ouvido Bluetooth", "electronics", "Fone sem fio"}, {"Suscripción mensual", "services", "Plan Premium"}})
	addPayer := O("first_name", P(p.given), "last_name", P(p.family))
	if v := g.phone(nsn[len(area):]); v != nil {
		addPayer.set("phone", O("area_code", P(area), "number", v))
	}
	if p.showResidence {
		addPayer.set("address", O("zip_code", g.addr(p.post), "street_name", g.addr(p.street), "street_number", P(1+g.r.IntN(3000))))
	}
	addPayer.set("registration_date", N(ts(g.t.AddDate(-g.r.IntN(5), -g.r.IntN(12), 0))))
	add := O(
		"items", A(O(
			"id", N("SKU-"+pattern(g.r, "#####")),
			"title", N(item[0]),
			"description", N(item[2]),
			"category_id", N(item[1]),
			"quantity", N(fmt.Sprint(1+g.r.IntN(3))),
			"unit_price", N(fmt.Sprint(amount)),
		)),
		"payer", addPayer,
	)
	if p.showResidence && g.r.IntN(2) == 0 {
		// Shipping to the payer's home: a state or city of the country
		// states where they live.
		g.lab.Residence = addCountry(g.lab.Residence, cc)
		add.set("shipments", O("receiver_address", O(
			"zip_code", P(p.post),
			"state_name", N(p.region),
			"city_name", P(p.city),
			"street_name", P(p.street),
			"street_number", P(1+g.r.IntN(3000)),
			"floor", orEmpty(map[bool]*node{true: P(fmt.Sprint(1 + g.r.IntN(20)))}[g.r.IntN(3) == 0]),
			"apartment", N(""),
		)))
	}
	add.set("ip_address", P(p.ip))
	pay := O(
		"id", N(payID),
		"date_created", N(ts(created)),
		"date_approved", orNull(map[bool]*node{true: N(ts(g.t))}[status == "approved"]),
		"date_last_updated", N(ts(g.t)),
		"money_release_date", orNull(map[bool]*node{true: N(ts(g.t.AddDate(0, 0, 14)))}[status == "approved"]),
		"operation_type", N("regular_payment"),
		"issuer_id", N(fmt.Sprint(1+g.r.IntN(1200))),
		"payment_method_id", N(method),
		"payment_type_id", N(ptype),
		"status", N(status),
		"status_detail", N(detail),
		"currency_id", N(site.cur),
		"description", N(item[0]),
		"live_mode", N(true),
		"collector_id", N(collector),
		"payer", payer,
		"metadata", O("order_id", N(pattern(g.r, "NW-######"))),
		"additional_info", add,
		"external_reference", N(pattern(g.r, "ORDER-########")),
		"transaction_amount", N(amount),
		"installments", N(pick(g.r, []int{1, 1, 3, 6, 12})),
		"transaction_details", O(
			"net_received_amount", N(float64(int(amount*95))/100),
			"total_paid_amount", N(amount),
			"installment_amount", N(amount),
			"financial_institution", N(nil),
			"external_resource_url", orNull(map[bool]*node{true: N("https://www.mercadopago.com/payments/" + fmt.Sprint(payID) + "/ticket?caller_id=" + fmt.Sprint(collector) + "&hash=" + g.uuid())}[ptype == "ticket"]),
		),
	)
	card := O()
	if ptype == "credit_card" || ptype == "debit_card" {
		bin := pick(g.r, []string{"450995", "503143", "423564", "554730"})
		holder := upperName(p.givenL, p.familyL)
		ch := O("name", P(holder))
		if idNum != "" && cc != "MX" {
			ch.set("identification", O("number", P(idNum), "type", N(site.idType)))
		} else {
			ch.set("identification", O("number", N(nil), "type", N(nil)))
		}
		card = O(
			"id", P(fmt.Sprint(int64(1000000000000)+g.r.Int64N(8000000000000))),
			// The issuer's range: the bank, not the holder.
			"first_six_digits", N(bin),
			"last_four_digits", P(pattern(g.r, "####")),
			"expiration_month", P(1+g.r.IntN(12)),
			"expiration_year", P(g.t.Year()+1+g.r.IntN(6)),
			"date_created", N(ts(created)),
			"date_last_updated", N(ts(created)),
			"cardholder", ch,
		)
	}
	pay.set("card", card)
	poi := O("type", N("UNSPECIFIED"))
	if method == "pix" {
		poi = O("type", N("PIX"), "sub_type", N(nil), "transaction_data", O(
			// The copy-and-paste Pix code: the merchant's key and amount.
			"qr_code", N("00020126580014br.gov.bcb.pix0136"+g.uuid()+"5204000053039865406"+fmt.Sprintf("%.2f", amount)+"5802BR5909NORTHWIND6009SAO PAULO62070503***6304"+strings.ToUpper(g.hex(4))),
			"ticket_url", N("https://www.mercadopago.com.br/payments/"+fmt.Sprint(payID)+"/ticket?caller_id="+fmt.Sprint(collector)+"&hash="+g.uuid()),
		))
	}
	pay.set("point_of_interaction", poi)
	sig := fmt.Sprintf("ts=%d,v1=%s", g.t.Unix(), g.hex(64))
	return O(
		"headers", O("x-signature", N(sig), "x-request-id", N(g.uuid()), "content-type", N("application/json")),
		"notification", O(
			"id", N(int64(100000000000)+g.r.Int64N(900000000000)),
			"live_mode", N(true),
			"type", N("payment"),
			"date_created", N(created.UTC().Format("2006-01-02T15:04:05Z")),
			"user_id", N(collector),
			"api_version", N("v1"),
			"action", N("payment.created"),
			"data", O("id", N(fmt.Sprint(payID))),
		),
		"payment", pay,
	)
}

// pixEndToEnd is an end-to-end id of the SPI: E, the paying
// institution's ISPB, the date and time (yyyyMMddHHmm, UTC) and eleven
// characters.
func (g *gen) pixEndToEnd() string {
	return "E" + pick(g.r, []string{"18236120", "00360305", "60701190", "00000000", "90400888"}) + g.t.UTC().Format("200601021504") + g.chars(b62Set, 11)
}

var brStates = []string{"SP", "RJ", "MG", "BA", "PR", "RS", "PE"}

func pixCobWebhook(g *gen) *node {
	g.redraw("BR")
	g.adult(12)
	p := g.p
	txid := g.b62(26 + g.r.IntN(10))
	valor := fmt.Sprintf("%.2f", float64(500+g.r.IntN(50000))/100)
	cobv := p.showResidence && g.r.IntN(3) == 0
	// The receiver's key: a company's CNPJ or random key, or a sole
	// trader's own CPF, e-mail or phone.
	var chave *node
	switch g.r.IntN(6) {
	case 0:
		chave = N(digitsOf(cnpj(g.r)))
	case 1, 2:
		chave = N(g.uuid())
	case 3:
		chave = P(digitsOf(genCPF(g.r, p.dob, false, [2]string{})))
	case 4:
		q := newPerson(g.r, p.c, g.t)
		chave = P(q.email)
	default:
		e164, _ := phoneNumber(g.r, "BR")
		// Another person's number: it points at where it was issued.
		g.lab.Weak = addCountry(g.lab.Weak, "BR")
		chave = P(e164)
	}
	cpf := digitsOf(genCPF(g.r, p.dob, p.female, [2]string{}))
	name := p.given + " " + p.family
	company := g.r.IntN(8) == 0
	dev := O("cpf", P(cpf), "nome", P(name))
	if company {
		dev = O("cnpj", N(digitsOf(cnpj(g.r))), "nome", N(pick(g.r, []string{"Padaria Pão Quente Ltda", "Construtora Horizonte S.A.", "Loja Estrela ME"})))
	}
	if cobv && !company {
		// A due-date charge carries the debtor's address: a Brazilian
		// street, city, state and CEP state where they live.
		g.lab.Residence = addCountry(g.lab.Residence, "BR")
		dev.set("email", P(p.email))
		dev.set("logradouro", P(p.street))
		dev.set("cidade", P(p.city))
		dev.set("uf", N(pick(g.r, brStates)))
		dev.set("cep", P(digitsOf(p.post)))
	}
	sol := pick(g.r, []string{"Pedido #" + pattern(g.r, "#####"), "Mensalidade " + g.t.Format("01/2006"), "Consulta odontológica", "Serviço de entrega"})
	made := g.t.Add(-time.Duration(60+g.r.IntN(86400)) * time.Second)
	host := pick(g.r, []string{"pix.example-psp.com.br", "qrpix.bradesco.com.br", "pix.sicoob.com.br"})
	loc := 100 + g.r.IntN(90000)
	e2e := g.pixEndToEnd()
	horario := g.t.UTC().Format("2006-01-02T15:04:05.000Z")
	info := N(nil)
	if g.r.IntN(2) == 0 {
		// The payer's own message to the receiver.
		info = P(pick(g.r, []string{"pagamento ref " + pattern(g.r, "####"), "obrigado!", "parcela 2 de 3", "aluguel " + g.t.Format("01/2006")}))
	}
	pix := O(
		"endToEndId", N(e2e),
		"txid", N(txid),
		"valor", N(valor),
		"chave", chave,
		"horario", N(horario),
		"infoPagador", info,
	)
	if g.r.IntN(2) == 0 {
		// The receiving PSP's extension: who actually paid.
		pix.set("gnExtras", O("pagador", O("nome", P(strings.ToUpper(name)), "cpf", P(cpf[:3]+"."+cpf[3:6]+"."+cpf[6:9]+"-"+cpf[9:]))))
	}
	cal := O("criacao", N(made.UTC().Format("2006-01-02T15:04:05Z")), "expiracao", N(3600))
	tipo := "cob"
	if cobv {
		tipo = "cobv"
		cal = O("criacao", N(made.UTC().Format("2006-01-02T15:04:05Z")), "dataDeVencimento", N(g.t.Format("2006-01-02")), "validadeAposVencimento", N(30))
	}
	cob := O(
		"calendario", cal,
		"txid", N(txid),
		"revisao", N(0),
		"loc", O("id", N(loc), "location", N(host+"/qr/v2/"+g.uuid()), "tipoCob", N(tipo)),
		"location", N(host+"/qr/v2/"+g.uuid()),
		"status", N("CONCLUIDA"),
		"devedor", dev,
		"valor", O("original", N(valor)),
		"chave", chave,
		"solicitacaoPagador", N(sol),
	)
	if g.r.IntN(2) == 0 {
		cob.set("infoAdicionais", A(O("nome", N("Campo 1"), "valor", N("Informação Adicional1 do PSP-Recebedor"))))
	}
	cob.set("pix", A(O("endToEndId", N(e2e), "txid", N(txid), "valor", N(valor), "chave", chave, "horario", N(horario), "infoPagador", leafOf(info.raw, info.leaf))))
	if info.raw == "null" {
		cob.arr = nil
	}
	return O("webhook", O("pix", A(pix)), "cob", cob)
}

// yotiAttr is one attribute of a Yoti share with its anchors: where the
// value came from (a document, a phone check) and who verified it.
func (g *gen) yotiAttr(name string, v *node, ct, source string) *node {
	ts := g.t.AddDate(0, -g.r.IntN(30), -g.r.IntN(28)).UTC().Format("2006-01-02T15:04:05.000000Z")
	anchors := A(O("type", N("SOURCE"), "value", N(source), "sub_type", N(map[bool]string{true: "OCR", false: ""}[source == "PASSPORT" || source == "DRIVING_LICENCE" || source == "NATIONAL_ID"]), "signed_time_stamp", N(ts)))
	if source != "USER_PROVIDED" {
		anchors.arr = append(anchors.arr, O("type", N("VERIFIER"), "value", N("YOTI_ADMIN"), "sub_type", N(""), "signed_time_stamp", N(ts)))
	}
	return O("name", N(name), "value", v, "content_type", N(ct), "anchors", anchors)
}

func yotiProfileShare(g *gen) *node {
	if g.r.IntN(20) >= 11 {
		g.redraw("US", "FR", "DE", "IN", "AU", "NG", "ZA", "CA", "NL", "ES", "PL")
	} else {
		g.redraw("GB")
	}
	// Age verification: half of the shares are minors' (a game, a
	// social network or a shop checking an age).
	if g.r.IntN(2) == 0 {
		g.inAge(10, 17)
	} else {
		g.adult(18)
	}
	p := g.p
	docType := pick(g.r, []string{"PASSPORT", "PASSPORT", "DRIVING_LICENCE", "NATIONAL_ID"})
	if g.ageAt() < 17 || p.c.code == "GB" && docType == "NATIONAL_ID" || p.c.code == "US" && docType == "NATIONAL_ID" {
		docType = "PASSPORT"
	}
	if docType == "NATIONAL_ID" && (p.cit != p.c || !idCardMRZ[p.cit.code]) {
		docType = "PASSPORT"
	}
	ageOnly := g.r.IntN(2) == 0
	var attrs []*node
	add := func(name string, v *node, ct, src string) {
		if v != nil {
			attrs = append(attrs, g.yotiAttr(name, v, ct, src))
		}
	}
	age := g.ageAt()
	if g.r.IntN(2) == 0 {
		add("age_over:18", P(fmt.Sprint(age >= 18)), "STRING", docType)
	} else {
		lim := pick(g.r, []int{13, 16, 18})
		add(fmt.Sprintf("age_under:%d", lim), P(fmt.Sprint(age < lim)), "STRING", docType)
	}
	if !ageOnly || g.r.IntN(3) == 0 {
		add("date_of_birth", g.dob("2006-01-02"), "DATE", docType)
	}
	if g.r.IntN(2) == 0 {
		// Age estimation and liveness: the face.
		add("selfie", S(g.jpegB64(200+g.r.IntN(200)), "biometric"), "JPEG", "USER_PROVIDED")
	}
	if !ageOnly {
		add("given_names", P(p.given), "STRING", docType)
		add("family_name", P(p.family), "STRING", docType)
		add("full_name", P(p.given+" "+p.family), "STRING", docType)
		add("gender", P(map[bool]string{true: "FEMALE", false: "MALE"}[p.female]), "STRING", docType)
		if p.showCitizenship {
			add("nationality", g.citizenship(alpha3[p.cit.code]), "STRING", "PASSPORT")
		}
		if p.showResidence {
			bn := fmt.Sprint(1 + g.r.IntN(200))
			formatted := p.street + "\n" + p.city + "\n" + p.post + "\n" + g.english()
			add("postal_address", g.addr(formatted), "STRING", "USER_PROVIDED")
			add("structured_postal_address", O(
				"address_format", N(1),
				"building_number", P(bn),
				"address_line1", P(p.street),
				"town_city", P(p.city),
				"postal_code", P(p.post),
				"country_iso", g.residence(alpha3[p.c.code]),
				"country", g.residence(g.english()),
				"formatted_address", P(formatted),
			), "JSON", "USER_PROVIDED")
		}
		add("phone_number", g.phone(g.e164()), "STRING", "PHONE_NUMBER")
		add("email_address", P(p.email), "STRING", "USER_PROVIDED")
		exp := g.t.AddDate(1+g.r.IntN(9), g.r.IntN(12), 0).Format("2006-01-02")
		switch docType {
		case "DRIVING_LICENCE":
			// A driving licence is issued where its holder lives.
			g.lab.Residence = addCountry(g.lab.Residence, p.c.code)
			num := strings.ToUpper(g.b62(16))
			auth := ""
			if p.c.code == "GB" {
				// DVLA: surname, decade, month (+50 for a woman), day,
				// year, initials, a digit and two check letters.
				num = strings.ToUpper(strings.ReplaceAll(latinOnly(p.familyL), " ", "") + "99999")[:5] + p.dob.Format("06")[:1] + fmt.Sprintf("%02d", int(p.dob.Month())+map[bool]int{true: 50}[p.female]) + p.dob.Format("02") + p.dob.Format("06")[1:] + strings.ToUpper(p.givenL[:1]) + "99" + g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2)
				auth = " DVLA"
			}
			add("document_details", P("DRIVING_LICENCE "+alpha3[p.c.code]+" "+num+" "+exp+auth), "STRING", "DRIVING_LICENCE")
		default:
			// A passport or identity card: its holder's nationality.
			g.lab.Citizenship = addCountry(g.lab.Citizenship, p.cit.code)
			num := pattern(g.r, "#########")
			if p.cit.code != "GB" {
				num = strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2)) + pattern(g.r, "#######")
			}
			add("document_details", P(docType+" "+alpha3[p.cit.code]+" "+num+" "+exp), "STRING", docType)
		}
	}
	app := pick(g.r, [][2]string{{"Northwind Games", "https://play.northwind.example"}, {"Tiny Chat", "https://tinychat.example"}, {"Bottle & Co", "https://bottleandco.example"}})
	out := O(
		"receipt_id", N(base64.StdEncoding.EncodeToString([]byte(g.hex(32)))),
		// The user's lasting id for this organisation and application.
		"remember_me_id", P(base64.StdEncoding.EncodeToString([]byte(g.hex(48)))),
		"parent_remember_me_id", P(base64.StdEncoding.EncodeToString([]byte(g.hex(48)))),
		"timestamp", N(g.t.UTC().Format("2006-01-02T15:04:05Z")),
		"sharing_outcome", N("SUCCESS"),
		"profile", O("attributes", A(attrs...)),
		"application_profile", O(
			"application_name", N(app[0]),
			"application_url", N(app[1]),
			"application_logo", N("https://api.yoti.com/api/v1/image/"+g.uuid()),
			"application_receipt_bgcolor", N("#"+g.hex(6)),
		),
	)
	if g.r.IntN(5) == 0 {
		// An attribute issued to the user for later shares: the token
		// redeems it.
		out.set("extra_data", O("data_entries", A(O(
			"type", N("THIRD_PARTY_ATTRIBUTE"),
			"value", O(
				"issuance_token", C(g.chars(b64Set, 44)),
				"issuing_attributes", O("expiry_date", N(g.t.AddDate(1, 0, 0).UTC().Format("2006-01-02T15:04:05.000Z")), "definitions", A(O("name", N("com.northwind.membership_id")))),
			),
		))))
	}
	return out
}

// idCardMRZ are the countries of the corpus whose identity cards carry a
// machine-readable zone (TD1): the EU's, Switzerland's and Türkiye's.
var idCardMRZ = map[string]bool{
	"DE": true, "FR": true, "ES": true, "IT": true, "PL": true, "NL": true, "SE": true, "PT": true, "AT": true, "CZ": true,
	"RO": true, "BG": true, "HU": true, "GR": true, "CH": true, "TR": true, "FI": true, "NO": true,
}

// mrzPad pads s with fillers to n characters (or cuts it).
func mrzPad(s string, n int) string {
	if len(s) >= n {
		return s[:n]
	}
	return s + strings.Repeat("<", n-len(s))
}

// onfidoIDType is the Onfido id_numbers type of a national id scheme.
var onfidoIDType = map[string]string{
	"us_ssn": "ssn", "it_codice_fiscale": "tax_id", "de_idnr": "tax_id", "br_cpf": "tax_id", "in_pan": "tax_id",
	"es_dni": "identity_card", "pl_pesel": "identity_card", "fr_nir": "identity_card", "in_aadhaar": "identity_card",
}

func onfidoCheckWebhook(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 7:
		g.redraw("GB")
	case x < 12:
		g.redraw("US")
	case x < 17:
		g.redraw("DE", "FR", "ES", "IT", "NL", "PL")
	default:
		g.redraw("IN", "BR", "NG", "ZA", "AU", "CA")
	}
	g.adult(16)
	p := g.p
	host := "api.eu.onfido.com"
	if p.c.code == "US" || p.c.code == "CA" {
		host = "api.us.onfido.com"
	}
	applicantID, checkID, reportID := g.uuid(), g.uuid(), g.uuid()
	created := g.t.Add(-time.Duration(120+g.r.IntN(3000)) * time.Second)
	ts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
	st := pick(g.r, usStates)
	app := O(
		"id", P(applicantID),
		"created_at", N(ts(created)),
		"sandbox", N(false),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"email", P(p.email),
		"dob", g.dob("2006-01-02"),
		"delete_at", N(nil),
		"href", P("/v3.6/applicants/"+applicantID),
	)
	var ids []*node
	if t := onfidoIDType[p.idScheme]; t != "" && g.r.IntN(3) != 0 {
		n := O("type", N(t), "value", P(p.idValue))
		if t == "ssn" {
			n.set("state_code", N(st[0]))
		}
		ids = append(ids, n)
	}
	app.set("id_numbers", A(ids...))
	if v := g.phone(g.e164()); v != nil {
		app.set("phone_number", v)
	}
	if p.showResidence {
		a := O()
		if p.c.code == "GB" && g.r.IntN(3) == 0 {
			a.set("flat_number", P(fmt.Sprint(1+g.r.IntN(40))))
		}
		a.set("building_number", P(fmt.Sprint(1+g.r.IntN(300))))
		a.set("street", P(p.street))
		a.set("town", P(p.city))
		if p.c.code == "US" {
			a.set("state", g.addrN(st[0]))
		}
		a.set("postcode", P(p.post))
		a.set("country", g.residence(alpha3[p.c.code]))
		app.set("address", a)
	}
	loc := O("ip_address", P(p.ip))
	if p.showResidence {
		loc.set("country_of_residence", g.residence(alpha3[p.c.code]))
	}
	app.set("location", loc)

	doc := pick(g.r, []string{"passport", "passport", "driving_licence", "national_identity_card"})
	if doc == "national_identity_card" && !idCardMRZ[p.cit.code] {
		doc = "passport"
	}
	exp := g.t.AddDate(1+g.r.IntN(9), g.r.IntN(12), g.r.IntN(28))
	issuer := p.cit.code
	number := strings.ToUpper(g.chars("CFGHJKLMNPRTVWXYZ", 2)) + pattern(g.r, "#######")
	if issuer == "GB" || issuer == "US" {
		number = pattern(g.r, "#########")
	}
	props := O("document_type", N(doc))
	if doc == "driving_licence" {
		// Issued where its holder lives.
		issuer = p.c.code
		g.lab.Residence = addCountry(g.lab.Residence, issuer)
		number = strings.ToUpper(g.b62(12))
		if issuer == "US" {
			number = g.usLicence(st[0])
		}
		props.set("issuing_country", N(alpha3[issuer]))
	} else {
		// A passport or identity card: its holder's nationality.
		g.lab.Citizenship = addCountry(g.lab.Citizenship, issuer)
		props.set("issuing_country", P(alpha3[issuer]))
	}
	props.set("document_numbers", A(O("type", N("document_number"), "value", P(number))))
	props.set("date_of_expiry", N(exp.Format("2006-01-02")))
	props.set("date_of_birth", P(p.dob.Format("2006-01-02")))
	sex := map[bool]string{true: "F", false: "M"}[p.female]
	props.set("gender", P(map[bool]string{true: "Female", false: "Male"}[p.female]))
	first, last := upperName(p.givenL), upperName(p.familyL)
	props.set("first_name", P(first))
	props.set("last_name", P(last))
	if doc != "driving_licence" {
		props.set("nationality", P(alpha3[p.cit.code]))
		nat := alpha3[p.cit.code]
		dob, ex := p.dob.Format("060102"), exp.Format("060102")
		name := mrzName(p.familyL) + "<<" + mrzName(p.givenL)
		if doc == "passport" {
			num := mrzPad(number, 9)
			personal := mrzPad("", 14)
			l2 := num + mrzCheck(num) + nat + dob + mrzCheck(dob) + sex + ex + mrzCheck(ex) + personal + mrzCheck(personal)
			l2 += mrzCheck(l2[0:10] + l2[13:20] + l2[21:43])
			props.set("mrz_line1", P(mrzPad("P<"+nat+name, 44)))
			props.set("mrz_line2", P(l2))
		} else {
			num := mrzPad(number, 9)
			l1 := mrzPad("I<"+nat+num+mrzCheck(num), 30)
			l2 := dob + mrzCheck(dob) + sex + ex + mrzCheck(ex) + nat + mrzPad("", 11)
			l2 += mrzCheck(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
			props.set("mrz_line1", P(l1))
			props.set("mrz_line2", P(l2))
			props.set("mrz_line3", P(mrzPad(name, 30)))
		}
	}
	clear := func() *node { return O("result", N("clear")) }
	report := O(
		"id", N(reportID),
		"created_at", N(ts(created.Add(40*time.Second))),
		"name", N("document"),
		"href", N("/v3.6/reports/"+reportID),
		"status", N("complete"),
		"result", N("clear"),
		"sub_result", N("clear"),
		"check_id", N(checkID),
		"breakdown", O("data_validation", clear(), "visual_authenticity", clear(), "image_integrity", clear(), "data_consistency", clear(), "compromised_document", clear()),
		"properties", props,
		"documents", A(O("id", N(g.uuid()))),
	)
	return O(
		"headers", O("X-SHA2-Signature", N(g.hex(64)), "Content-Type", N("application/json"), "User-Agent", N("Onfido/1.0")),
		"payload", O(
			"resource_type", N("check"),
			"action", N("check.completed"),
			"object", O(
				"id", N(checkID),
				"status", N("complete"),
				"completed_at_iso8601", N(ts(g.t)),
				"href", N("https://"+host+"/v3.6/checks/"+checkID),
			),
		),
		"applicant", app,
		"document_report", report,
	)
}

// stravaZone is a time zone as Strava writes it: "(GMT+01:00) Europe/Paris".
func (g *gen) stravaZone() (string, float64) {
	off, _ := g.utcOffset()
	sign := "+"
	if off < 0 {
		sign = "-"
	}
	a := off
	if a < 0 {
		a = -a
	}
	h, m := int(a), int((a-float64(int(a)))*60)
	return fmt.Sprintf("(GMT%s%02d:%02d) %s", sign, h, m, g.p.tz), off * 3600
}

func stravaActivityAthlete(g *gen) *node {
	if g.r.IntN(2) == 0 {
		g.redraw("US", "US", "GB", "DE", "FR", "ES", "IT", "NL", "AU", "BR", "JP", "NO", "DK", "CL", "CO", "ZA")
	}
	g.adult(13)
	p := g.p
	athleteID := int64(1000000) + g.r.Int64N(150000000)
	actID := int64(10000000000) + g.r.Int64N(9000000000)
	sport := pick(g.r, []string{"Run", "Run", "Ride", "Walk", "Hike", "Swim"})
	hour := g.t.Hour()
	part := "Morning"
	switch {
	case hour >= 12 && hour < 17:
		part = "Afternoon"
	case hour >= 17:
		part = "Evening"
	}
	name := N(part + " " + sport)
	if g.r.IntN(3) == 0 {
		name = P(pick(g.r, []string{"Long run with " + newPerson(g.r, p.c, g.t).given, "Commute to the office", "Parkrun PB!", "Recovery spin after the flu", "Hill repeats"}))
	}
	var desc *node
	switch g.r.IntN(4) {
	case 0:
		desc = S(pick(g.r, []string{"Knee still sore after the ACL surgery, kept it easy.", "First run since my chemo ended.", "Asthma flared up at km 6, had to walk.", "Back on the bike 3 weeks after the concussion."}), "health")
	case 1:
		desc = g.bio()
	case 2:
		desc = P(pick(g.r, []string{"Easy pace, great weather.", "Left the house at 6, loop around the lake.", "With the club, coffee after."}))
	}
	dist := map[string]float64{"Run": 3000, "Ride": 15000, "Walk": 2000, "Hike": 5000, "Swim": 800}[sport] * (1 + 4*g.r.Float64())
	dist = float64(int(dist*10)) / 10
	speed := map[string]float64{"Run": 2.9, "Ride": 7.5, "Walk": 1.4, "Hike": 1.2, "Swim": 0.9}[sport] * (0.8 + 0.4*g.r.Float64())
	moving := int(dist / speed)
	start := g.t.Add(-time.Duration(moving+120+g.r.IntN(1800)) * time.Second)
	zone, off := g.stravaZone()
	local := start.Add(time.Duration(off) * time.Second).UTC().Format("2006-01-02T15:04:05Z")
	lat, lng := g.coords()
	lat2, lng2 := lat+(g.r.Float64()-0.5)*0.01, lng+(g.r.Float64()-0.5)*0.01
	round := func(f float64) float64 { return float64(int(f*1e6)) / 1e6 }
	priv := g.r.IntN(5) == 0
	act := O(
		"resource_state", N(3),
		"athlete", O("id", P(athleteID), "resource_state", N(1)),
		"name", name,
		"distance", P(dist),
		"moving_time", P(moving),
		"elapsed_time", P(moving+g.r.IntN(600)),
		"total_elevation_gain", P(float64(g.r.IntN(4000))/10),
		"type", N(sport),
		"sport_type", N(sport),
		"id", P(actID),
		"start_date", P(start.UTC().Format("2006-01-02T15:04:05Z")),
		"start_date_local", P(local),
		"timezone", g.tz(zone),
		"utc_offset", g.tzNum(off),
	)
	if sport != "Swim" || g.r.IntN(2) == 0 {
		// Where the athlete started and finished: for most, home.
		act.set("start_latlng", A(P(round(lat)), P(round(lng))))
		act.set("end_latlng", A(P(round(lat2)), P(round(lng2))))
		act.set("map", O("id", N(fmt.Sprintf("a%d", actID)), "summary_polyline", P(g.chars("?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~", 80+g.r.IntN(200))), "resource_state", N(3)))
	} else {
		act.set("start_latlng", A())
		act.set("end_latlng", A())
		act.set("map", O("id", N(fmt.Sprintf("a%d", actID)), "summary_polyline", N(""), "resource_state", N(3)))
	}
	act.set("private", N(priv))
	act.set("visibility", N(map[bool]string{true: "only_me", false: pick(g.r, []string{"everyone", "followers_only"})}[priv]))
	act.set("average_speed", P(float64(int(speed*1000))/1000))
	act.set("max_speed", P(float64(int(speed*1.6*1000))/1000))
	hr := g.r.IntN(4) != 0
	act.set("has_heartrate", N(hr))
	if hr {
		avg := 110 + g.r.IntN(60)
		act.set("average_heartrate", S(float64(avg)+float64(g.r.IntN(10))/10, "health"))
		act.set("max_heartrate", S(float64(avg+15+g.r.IntN(30)), "health"))
	}
	act.set("calories", P(float64(int(dist/1000*60*(0.8+0.4*g.r.Float64())*10))/10))
	if desc != nil {
		act.set("description", desc)
	} else {
		act.set("description", N(nil))
	}
	dev := pick(g.r, []string{"Garmin Forerunner 255", "Apple Watch Series 9", "COROS PACE 3", "Wahoo ELEMNT BOLT", "Strava iPhone App"})
	act.set("device_name", N(dev))
	if sport != "Swim" && g.r.IntN(2) == 0 {
		gid := fmt.Sprintf("%s%d", map[bool]string{true: "b", false: "g"}[sport == "Ride"], 10000000+g.r.IntN(9000000))
		act.set("gear_id", P(gid))
		act.set("gear", O("id", P(gid), "primary", N(true), "name", N(pick(g.r, map[bool][]string{true: {"Canyon Endurace", "Trek Domane", "Specialized Allez"}, false: {"Nike Pegasus 40", "HOKA Clifton 9", "Salomon Speedcross 6"}}[sport == "Ride"])), "resource_state", N(2), "distance", N(float64(g.r.IntN(2000000)))))
	} else {
		act.set("gear_id", N(nil))
	}
	act.set("kudos_count", N(g.r.IntN(40)))

	pic := func(size string) *node {
		return P(fmt.Sprintf("https://dgalywyr863hv.cloudfront.net/pictures/athletes/%d/%d/2/%s.jpg", athleteID, 1000000+g.r.IntN(9000000), size))
	}
	ath := O(
		"id", P(athleteID),
		"username", orNull(map[bool]*node{true: P(p.username)}[g.r.IntN(2) == 0]),
		"resource_state", N(2),
		"firstname", P(p.given),
		"lastname", P(p.family),
		"bio", orNull(g.bio()),
		"city", orNull(g.addr(p.city)),
		"state", orNull(g.addrN(p.region)),
		"country", orNull(g.residence(g.english())),
		"sex", P(map[bool]string{true: "F", false: "M"}[p.female]),
		"premium", N(g.r.IntN(4) == 0),
		"summit", N(g.r.IntN(4) == 0),
		"created_at", N(g.t.AddDate(-g.r.IntN(10), -g.r.IntN(12), 0).UTC().Format("2006-01-02T15:04:05Z")),
		"updated_at", N(g.at(time.Duration(g.r.IntN(86400))*time.Second, "2006-01-02T15:04:05Z")),
		"badge_type_id", N(0),
	)
	if g.r.IntN(2) == 0 {
		ath.set("weight", S(float64(45+g.r.IntN(60))+float64(g.r.IntN(10))/10, "health"))
	} else {
		ath.set("weight", N(0.0))
	}
	ath.set("profile_medium", pic("medium"))
	ath.set("profile", pic("large"))
	token := g.hex(40)
	return O(
		"event", O(
			"aspect_type", N("create"),
			"event_time", N(g.t.Unix()),
			"object_id", P(actID),
			"object_type", N("activity"),
			"owner_id", P(athleteID),
			"subscription_id", N(100000+g.r.IntN(200000)),
			"updates", O(),
		),
		"request", O(
			"method", N("GET"),
			"url", N(fmt.Sprintf("https://www.strava.com/api/v3/activities/%d?include_all_efforts=false", actID)),
			"headers", O("Authorization", C("Bearer "+token)),
		),
		"activity", act,
		"athlete", ath,
		"token", O(
			"token_type", N("Bearer"),
			"access_token", C(token),
			"expires_at", N(g.t.Unix()+int64(600+g.r.IntN(21000))),
			"expires_in", N(600+g.r.IntN(21000)),
			"refresh_token", C(g.hex(40)),
		),
	)
}
