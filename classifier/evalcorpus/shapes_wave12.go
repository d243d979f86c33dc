package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"time"
)

// wave12Shapes are a twelfth set of producers, written blind from each
// producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are government and health
// identity logins of France, Italy, Belgium and England, an airline
// order, a payment of emerging markets, an identity verification and an
// open-source identity server: a FranceConnect / FranceConnect+ login
// with the birthplace and country of birth as INSEE codes, a SPID or
// CIE id login with the codice fiscale, the PEC address and the identity
// document, an itsme login with the Belgian national register number,
// the eID card and the photo, an NHS login with the NHS number and the
// GP practice's linkage credentials, a Duffel air order with its
// travellers' passports and loyalty accounts, a dLocal payment with the
// payer's document of twenty countries, a Trulioo GlobalGateway
// verification with the national ids of many countries, and an Ory
// Kratos identity with its credentials and the registration webhook.
var wave12Shapes = []Shape{
	{Name: "franceconnect_userinfo", Doc: "docs.partenaires.franceconnect.gouv.fr (fournisseur de service: /api/v2/authorize, /api/v2/token {access_token, expires_in 60, id_token, scope, token_type Bearer}, /api/v2/userinfo as a signed JWT; id_token {iss, sub, aud, exp, iat, nonce, acr eidas1 / FranceConnect+ eidas2 eidas3, amr, idp_acr}; identité pivot and claims: given_name (all first names), given_name_array, family_name (birth name), preferred_username (usage name), birthdate YYYY-MM-DD, birthplace (INSEE COG commune code, empty when born abroad), birthcountry (INSEE COG country code, 99100 for France), gender male/female, email, phone_number, address{formatted, street_address, locality, postal_code, country}, sub (per service, 64 hex + v1)) and api.gouv.fr/les-api/franceconnect, as a relying party logs the token response, the id token's claims and the userinfo", build: franceconnectUserinfo},
	{Name: "spid_cie_oidc_userinfo", Doc: "italia.github.io/spid-cie-oidc-docs (Token Endpoint {access_token, token_type Bearer, expires_in, id_token, refresh_token}; UserInfo Endpoint: signed and encrypted JWT {iss, aud, iat, sub, claims}; User attributes with $PREFIX=https://attributes.eid.gov.it: $PREFIX/spid_code, given_name, family_name, place_of_birth{locality Belfiore code, region province}, birthdate, gender M/F, $PREFIX/fiscal_number TINIT-<codice fiscale>, $PREFIX/vat_number, $PREFIX/company_name, email, phone_number, landline_number, $PREFIX/e_delivery_service (PEC), $PREFIX/eid_exp_date, address{street_address, postal_code, locality, region, country_code}, document_details{type, document_number, issuer, date_of_issue, date_of_expiry}; acr https://www.spid.gov.it/SpidL1..L3, CIE id CieL1..L3) and the codice fiscale of the Agenzia delle Entrate (DM 12/03/1974: surname and name letters, year, month letter, day plus 40 for women, Belfiore code of the comune or Z-code of the foreign country, check letter of odd/even tables)", build: spidCIEOIDCUserinfo},
	{Name: "itsme_userinfo", Doc: "belgianmobileid.github.io/doc (itsme OpenID Connect: /v2/authorization with scope openid service:<code> profile eid phone email address and the claims parameter, /v2/token {access_token, token_type, expires_in, id_token}, /v2/userinfo; claims sub, name, given_name, family_name, gender, birthdate, locale, picture, email, email_verified, phone_number (+32 4…), phone_number_verified, address{formatted, street_address, postal_code, locality, country}, http://itsme.services/v2/claim/BENationalNumber, BEeidSn, IDDocumentSN, IDDocumentType, validityFrom, validityTo, claim_citizenship, claim_citizenship_as_iso, place_of_birth, birthdate_as_string, physical_person_photo, claim_device{os, appName, appRelease, deviceLabel, debugEnabled, deviceID, osRelease, manufacturer, hasSimEnabled, deviceLockLevel, smsEnabled, rooted, imei, deviceModel, sdkRelease}; acr http://itsme.services/v2/claim/acr_basic / acr_advanced) and developer.signicat.com/identity-methods/itsme; the Belgian national register number (YYMMDD, day counter odd for men, 97 less the number modulo 97, with 2 put before it for births since 2000) and the eID card number (ten digits and their remainder modulo 97)", build: itsmeUserinfo},
	{Name: "nhs_login_userinfo", Doc: "nhsconnect.github.io/nhslogin (scopes-and-claims: openid {iss, aud, sub}, profile {nhs_number, family_name, birthdate, identity_proofing_level P0/P5/P9}, profile_extended {given_name}, email {email, email_verified}, phone {phone_number, phone_number_verified, phone_number_pds_matched}, landline {landline_number, landline_number_verified}, gp_registration_details {gp_ods_code}, gp_integration_credentials {gp_linkage_key, gp_ods_code, gp_user_id}, client_metadata {client_user_metadata}; id token vot e.g. P9.Cp.Cd, vtm https://auth.login.nhs.uk/trustmark/auth.login.nhs.uk, id_status, token_use, auth_time; users aged 13 and over) and digital.nhs.uk NHS number (ten digits, modulus 11 check digit)", build: nhsLoginUserinfo},
	{Name: "duffel_order_created", Doc: "duffel.com/docs/api/v2/orders (POST /air/orders {data{type instant/hold, selected_offers, payments[{type balance, currency, amount}], passengers[{id, title mr/ms/mrs/miss/dr, gender m/f, given_name, family_name, born_on, email, phone_number, infant_passenger_id, identity_documents[{type passport, unique_identifier, issuing_country_code, expires_on}], loyalty_programme_accounts[{airline_iata_code, account_number}]}], metadata}} -> Order{id ord_…, live_mode, created_at, synced_at, type, booking_reference, owner{id arl_…, iata_code, name}, total_amount, total_currency, base_amount, tax_amount, passengers[{id pas_…, type adult/child/infant_without_seat, title, gender, given_name, family_name, born_on, infant_passenger_id, loyalty_programme_accounts}], slices[{id sli_…, origin, destination (Place: type airport, iata_code, iata_city_code, iata_country_code, icao_code, name, city_name, time_zone), duration, fare_brand_name, segments[{id seg_…, departing_at, arriving_at, marketing_carrier, operating_carrier, marketing_carrier_flight_number, aircraft, duration, distance, passengers[{passenger_id, cabin_class, cabin_class_marketing_name, fare_basis_code, baggages[{type, quantity}], seat{designator}}]}]}], documents[{type electronic_ticket, unique_identifier, passenger_ids}], conditions, payment_status{awaiting_payment, payment_required_by, paid_at}, metadata, available_actions}), duffel.com/docs/api/v2/webhooks (event {id wev_…, type order.created, live_mode, created_at, idempotency_key, object, api_version, data{object}}, X-Duffel-Signature t=…,v1=…) and duffel.com/docs/guides/adding-loyalty-programme-accounts", build: duffelOrderCreated},
	{Name: "dlocal_payment", Doc: "docs.dlocal.com (Payments API: POST https://api.dlocal.com/payments with headers X-Date, X-Login, X-Trans-Key, X-Version 2.1, Authorization V2-HMAC-SHA256, Signature: …; body {amount, currency, country, payment_method_id CARD / PIX / OX / UI / VA / MP, payment_method_flow DIRECT / REDIRECT, payer{name, email, birth_date dd-MM-yyyy, phone, document, document_type, user_reference, address{state, city, zip_code, street, number}, ip, device_id}, card{holder_name, token, installments, capture}, order_id, description, notification_url, callback_url} -> payment {id D-4-…, amount, currency, country, payment_method_id, payment_method_type, payment_method_flow, card{holder_name, expiration_month, expiration_year, brand, last4, card_id}, redirect_url, created_date, approved_date, status PAID/PENDING, status_code, status_detail, order_id, notification_url}; notifications POST the payment object to notification_url) and the per-country payer document (docs.dlocal.com country references: CPF/CNPJ, CURP, DNI/CUIT/CUIL, RUT, CC, DNI, CI, South African ID, BVN, national ID, PAN, NIK, Thai ID, CCCD, MyKad, TCKN, CNIE)", build: dlocalPayment},
	{Name: "trulioo_verify_result", Doc: "developer.trulioo.com/reference (GlobalGateway Normalized API: POST https://gateway.trulioo.com/verifications/v1/verify with x-trulioo-api-key {AcceptTruliooTermsAndConditions, CleansedAddress, ConfigurationName Identity Verification, ConsentForDataSources, CountryCode, CustomerReferenceID, VerboseMode, DataFields{PersonInfo{FirstGivenName, MiddleName, FirstSurName, SecondSurname, DayOfBirth, MonthOfBirth, YearOfBirth, Gender}, Location{BuildingNumber, UnitNumber, StreetName, StreetType, City, Suburb, StateProvinceCode, PostalCode}, Communication{Telephone, MobileNumber, EmailAddress}, NationalIds[{Number, Type NationalID/SocialService/Health/TaxIDNumber}], DriverLicence{Number, State}}} -> {TransactionID, UploadedDt, CountryCode, ProductName, CustomerReferenceID, Record{TransactionRecordID, RecordStatus match/nomatch, DatasourceResults[{DatasourceName, DatasourceFields[{FieldName, Status match/nomatch/missing}], AppendedFields[{FieldName, Data}], Errors, FieldGroups}], Errors, Rule{RuleName, Note}}, Errors}) with the national ids of each country by their published structure (SSN, SIN with its Luhn digit, CURP, CPF, CUIL, RUT, CC, DNI, codice fiscale, personnummer, CPR, fødselsnummer, HETU, PESEL, TCKN, Aadhaar, resident identity card, NRIC, MyKad, South African ID, Medicare card with its check digit)", build: truliooVerifyResult},
	{Name: "ory_kratos_identity", Doc: "ory.sh/docs/kratos/manage-identities/overview and ory.sh/docs/reference/api (Identity{id, schema_id, schema_url, state active/inactive, state_changed_at, traits (validated by the identity schema: email, name{first, last}, phone, birthday and custom traits), verifiable_addresses[{id, value, verified, via email/sms, status pending/sent/completed, verified_at, created_at, updated_at}], recovery_addresses[{id, value, via, created_at, updated_at}], metadata_public, metadata_admin, organization_id, created_at, updated_at, credentials{password{type, identifiers, config{hashed_password}, version, created_at, updated_at}, oidc{type, identifiers provider:subject, config{providers[{subject, provider, initial_id_token, initial_access_token, initial_refresh_token}]}}, code}}; GET /admin/identities/{id}?include_credential=…) and ory.sh/docs/guides/integrate-with-ory-cloud-through-webhooks (registration after-hook web_hook with the Jsonnet body's ctx {flow{id, type, expires_at, issued_at, request_url, active, ui, state, transient_payload}, identity, request_headers, request_method, request_url, transient_payload} and auth api_key / basic_auth)", build: oryKratosIdentity},
}

// latinName is a name as systems restricted to Latin letters write it:
// the name itself when it is Latin, else its Latin spelling.
func latinName(native, latin string) string {
	if isLatin(native) {
		return native
	}
	return titled(latin)
}

// oidcTokens is a token endpoint's response as a relying party logs it.
func (g *gen) oidcTokens(iss, sub, aud string, ttl int, scope string, refresh bool) *node {
	at := map[string]any{"iss": iss, "sub": sub, "aud": aud, "iat": g.t.Unix(), "exp": g.t.Unix() + int64(ttl), "jti": g.b62(22), "scope": scope}
	it := map[string]any{"iss": iss, "sub": sub, "aud": aud, "iat": g.t.Unix(), "exp": g.t.Unix() + int64(ttl), "nonce": g.hex(16)}
	t := O(
		"access_token", C(g.jwt("RS256", at)),
		"token_type", N("Bearer"),
		"expires_in", N(ttl),
		"id_token", C(g.jwt("RS256", it)),
		"scope", N(scope),
	)
	if refresh {
		t.set("refresh_token", C(g.b62(48)))
	}
	return t
}

// fcBirthCountry is the INSEE COG code of a country of birth.
var fcBirthCountry = map[string]string{
	"FR": "99100", "MA": "99350", "PT": "99139", "IT": "99127", "ES": "99134", "DE": "99109", "GB": "99132",
	"TR": "99208", "CN": "99216", "VN": "99243", "PL": "99122", "RO": "99114", "BR": "99416", "JP": "99217",
	"US": "99404", "BE": "99131",
}

// fcCommunes are INSEE COG codes of communes of birth in France (Paris,
// Lyon and Marseille by arrondissement), with a département overseas.
var fcCommunes = []string{"75107", "75113", "75115", "75118", "75120", "69383", "69387", "13201", "13208", "31555", "33063", "59350", "44109", "67482", "06088", "35238", "34172", "97411", "2A004", "57463"}

func franceconnectUserinfo(g *gen) *node {
	origin := pick(g.r, []string{"FR", "FR", "FR", "FR", "FR", "FR", "FR", "FR", "FR", "FR", "MA", "MA", "PT", "IT", "ES", "DE", "GB", "TR", "CN", "VN", "PL", "RO", "BR", "JP"})
	g.redraw(origin)
	g.adult(15)
	if origin != "FR" {
		g.movedTo("FR")
	}
	p := g.p
	plus := g.r.IntN(4) == 0
	iss := "https://oidc.franceconnect.gouv.fr/api/v2"
	acr := "eidas1"
	if plus {
		iss = "https://auth.franceconnect.gouv.fr/api/v2"
		acr = pick(g.r, []string{"eidas2", "eidas3"})
	}
	client := g.hex(64)
	sub := g.hex(64) + "v1"
	// The civil status: every first name, the birth name in capitals.
	givens := []string{latinName(p.given, p.givenL)}
	if g.r.IntN(2) == 0 {
		q := newPerson(g.r, countryByCode(origin), g.t)
		if q.female == p.female || g.r.IntN(3) == 0 {
			if n := latinName(q.given, q.givenL); n != givens[0] {
				givens = append(givens, n)
			}
		}
	}
	birthName := strings.ToUpper(latinName(p.family, p.familyL))
	ui := O(
		"sub", P(sub),
		"given_name", P(strings.Join(givens, " ")),
	)
	if plus || g.r.IntN(2) == 0 {
		arr := make([]*node, len(givens))
		for i, s := range givens {
			arr[i] = P(s)
		}
		ui.set("given_name_array", A(arr...))
	}
	ui.set("family_name", P(birthName))
	usage := ""
	if p.female && g.ageAt() > 25 && g.r.IntN(3) == 0 {
		// A married woman's usage name.
		fam, _ := split(pick(g.r, countryByCode("FR").family))
		usage = strings.ToUpper(fam)
	}
	if usage != "" {
		ui.set("preferred_username", P(usage))
	} else if g.r.IntN(2) == 0 {
		ui.set("preferred_username", N(""))
	}
	ui.set("birthdate", g.dob("2006-01-02"))
	ui.set("gender", P(g.gender()))
	if origin == "FR" {
		ui.set("birthplace", P(pick(g.r, fcCommunes)))
	} else {
		// Born abroad: no commune.
		ui.set("birthplace", N(""))
	}
	ui.set("birthcountry", P(fcBirthCountry[origin]))
	ui.set("email", P(p.email))
	if !plus && g.r.IntN(3) == 0 {
		ui.set("phone_number", g.phone(p.phoneNat))
	}
	if !plus && p.showResidence && g.r.IntN(3) == 0 {
		ui.set("address", O(
			"country", g.residence("France"),
			"formatted", g.addr(p.street+" "+p.post+" "+p.city),
			"locality", g.addr(p.city),
			"postal_code", g.addr(p.post),
			"street_address", g.addr(p.street),
		))
	}
	scope := "openid given_name family_name preferred_username birthdate birthplace birthcountry gender email"
	idp := pick(g.r, []string{"impots.gouv.fr", "ameli.fr", "l'Identité Numérique La Poste", "MSA", "France Identité"})
	claims := O(
		"iss", N(iss),
		"sub", P(sub),
		"aud", N(client),
		"exp", N(g.t.Unix()+60),
		"iat", N(g.t.Unix()),
		"auth_time", N(g.t.Unix()-int64(5+g.r.IntN(60))),
		"nonce", N(g.hex(32)),
		"acr", N(acr),
		"amr", A(N(pick(g.r, []string{"pwd", "mfa", "pop"}))),
		"idp_acr", N(acr),
	)
	return O(
		"logged_at", N(g.at(0, iso)),
		"provider", N(map[bool]string{true: "franceconnect-plus", false: "franceconnect"}[plus]),
		"identity_provider", N(idp),
		"token_response", g.oidcTokens(iss, sub, client, 60, scope, false),
		"id_token_claims", claims,
		"userinfo", ui,
	)
}

// spidPlace is a comune of birth: its Belfiore code and province.
var spidPlaces = [][2]string{{"H501", "RM"}, {"F205", "MI"}, {"F839", "NA"}, {"L219", "TO"}, {"G273", "PA"}, {"A944", "BO"}, {"D612", "FI"}, {"L736", "VE"}, {"D969", "GE"}, {"A662", "BA"}}

// spidForeign is the Z-code (the Agenzia delle Entrate's code of a
// foreign country of birth) of the countries Italy's residents were
// born in.
var spidForeign = map[string]string{"RO": "Z129", "MA": "Z330", "CN": "Z210", "UA": "Z138", "PH": "Z216", "EG": "Z336", "PE": "Z611", "BR": "Z602", "IN": "Z222"}

// spidProvince is a province code of the corpus's Italian cities.
var spidProvince = map[string]string{"Roma": "RM", "Milano": "MI"}

func spidCIEOIDCUserinfo(g *gen) *node {
	origin := pick(g.r, []string{"IT", "IT", "IT", "IT", "IT", "IT", "IT", "IT", "RO", "MA", "CN", "UA", "PH", "EG", "PE", "BR", "IN"})
	g.redraw(origin)
	g.adult(14)
	if origin != "IT" {
		g.movedTo("IT")
	}
	p := g.p
	cie := g.r.IntN(3) == 0
	given, family := latinName(p.given, p.givenL), latinName(p.family, p.familyL)
	place := pick(g.r, spidPlaces)
	if origin != "IT" {
		place = [2]string{spidForeign[origin], "EE"}
	}
	cf := cfAt(p.dob, p.female, p.givenL, p.familyL, place[0])
	const pfx = "https://attributes.eid.gov.it/"
	op := pick(g.r, []string{"https://posteid.poste.it", "https://identity.infocert.it", "https://loginspid.aruba.it", "https://spid.intesa.it", "https://id.lepida.it/idp", "https://login.id.tim.it/affwebservices/public/saml2sso"})
	level := pick(g.r, []string{"https://www.spid.gov.it/SpidL2", "https://www.spid.gov.it/SpidL2", "https://www.spid.gov.it/SpidL1", "https://www.spid.gov.it/SpidL3"})
	if cie {
		op = "https://oidc.idserver.servizicie.interno.gov.it"
		level = pick(g.r, []string{"https://www.spid.gov.it/SpidL2", "https://www.spid.gov.it/SpidL3"})
	}
	rp := pick(g.r, []string{"https://servizi.comune.roma.it", "https://www.inps.it/rp", "https://app.northwind-banca.it/oidc/rp", "https://sportello.regione.lombardia.it"})
	sub := g.uuid()
	ui := O(
		"iss", N(op),
		"aud", N(rp),
		"iat", N(g.t.Unix()),
		"sub", P(sub),
	)
	if !cie {
		idp := map[string]string{"https://posteid.poste.it": "POST", "https://identity.infocert.it": "INFC", "https://loginspid.aruba.it": "ARUB", "https://spid.intesa.it": "INTE", "https://id.lepida.it/idp": "LEPI"}[op]
		if idp == "" {
			idp = "TIMS"
		}
		ui.set(pfx+"spid_code", P(idp+strings.ToUpper(g.chars("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 10))))
	}
	ui.set("given_name", P(given))
	ui.set("family_name", P(family))
	ui.set(pfx+"fiscal_number", P("TINIT-"+cf))
	ui.set("birthdate", g.dob("2006-01-02"))
	if !cie || g.r.IntN(2) == 0 {
		ui.set("place_of_birth", O("locality", P(place[0]), "region", P(place[1])))
		ui.set("gender", P(map[bool]string{true: "F", false: "M"}[p.female]))
	}
	ui.set("email", P(p.email))
	if v := g.phone(g.e164()); v != nil {
		ui.set("phone_number", v)
	}
	if !cie && g.r.IntN(3) == 0 {
		// The certified e-mail (PEC) the user receives legal notices at.
		ui.set(pfx+"e_delivery_service", P(strings.ToLower(latinOnly(p.givenL))+"."+strings.ToLower(latinOnly(p.familyL))+"@"+pick(g.r, []string{"pec.it", "legalmail.it", "postecert.it"})))
	}
	if !cie && p.showResidence && g.r.IntN(4) != 0 {
		prov := spidProvince[p.city]
		if prov == "" {
			prov = "RM"
		}
		ui.set("address", O(
			"street_address", g.addr(p.street),
			"postal_code", g.addr(p.post),
			"locality", g.addr(p.city),
			"region", g.addrN(prov),
			"country_code", g.residence("IT"),
		))
	}
	if !cie && g.r.IntN(2) == 0 {
		issued := g.t.AddDate(-1-g.r.IntN(9), -g.r.IntN(12), -g.r.IntN(28))
		typ := pick(g.r, []string{"cartaIdentita", "cartaIdentita", "passaporto", "patenteGuida", "permessoSoggiorno"})
		if origin != "IT" && g.r.IntN(2) == 0 {
			typ = "permessoSoggiorno"
		}
		num := strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2)) + pattern(g.r, "#####") + strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2))
		issuer := "MinisteroInterno"
		switch typ {
		case "passaporto":
			num, issuer = strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2))+pattern(g.r, "#######"), "Questura"+p.city
		case "patenteGuida":
			num, issuer = strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2))+pattern(g.r, "#######")+"A", "MCTC"
		case "permessoSoggiorno":
			num, issuer = strings.ToUpper(g.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 1))+pattern(g.r, "########"), "Questura"+p.city
		}
		ui.set("document_details", O(
			"type", N(typ),
			"document_number", P(num),
			"issuer", N(issuer),
			"date_of_issue", P(issued.Format("2006-01-02")),
			"date_of_expiry", P(issued.AddDate(10, 0, 0).Format("2006-01-02")),
		))
		ui.set(pfx+"eid_exp_date", N(g.t.AddDate(2+g.r.IntN(8), 0, 0).Format("2006-01-02")))
	}
	scope := "openid profile email"
	return O(
		"logged_at", N(g.at(0, iso)),
		"provider", N(map[bool]string{true: "cieid", false: "spid"}[cie]),
		"op", N(op),
		"acr", N(level),
		"token_response", g.oidcTokens(op, sub, rp, 180, scope, g.r.IntN(3) == 0),
		"userinfo", O("header", O("alg", N("RS256"), "kid", N(g.b62(43)), "typ", N("JWT")), "claims", ui),
	)
}

// itsmeCitizenship is a nationality as the Belgian card prints it in
// Dutch, and in French for the Walloon and Brussels cards.
var itsmeCitizenship = map[string][2]string{
	"BE": {"Belg", "Belge"}, "NL": {"Nederlander", "Néerlandaise"}, "FR": {"Fransman", "Française"}, "IT": {"Italiaan", "Italienne"},
	"MA": {"Marokkaan", "Marocaine"}, "PL": {"Pool", "Polonaise"}, "RO": {"Roemeen", "Roumaine"}, "TR": {"Turk", "Turque"},
	"ES": {"Spanjaard", "Espagnole"}, "DE": {"Duitser", "Allemande"}, "PT": {"Portugees", "Portugaise"},
}

// itsmeLatinCity is a city of birth of a country written in another
// script, as the Belgian register writes it.
var itsmeLatinCity = map[string][]string{"MA": {"Casablanca", "Rabat", "Tanger", "Nador"}}

func itsmeUserinfo(g *gen) *node {
	origin := pick(g.r, []string{"BE", "BE", "BE", "BE", "BE", "BE", "BE", "BE", "BE", "NL", "FR", "IT", "MA", "MA", "PL", "RO", "TR", "ES", "DE", "PT"})
	g.redraw(origin)
	g.adult(18)
	if origin != "BE" {
		g.movedTo("BE")
	}
	p := g.p
	fr := p.city == "Liège" || p.city == "Charleroi" || p.city == "Namur" || (p.city == "Brussel" && g.r.IntN(2) == 0)
	given, family := latinName(p.given, p.givenL), latinName(p.family, p.familyL)
	sub := g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 36)
	iss := "https://idp.prd.itsme.services/v2"
	client := g.b62(10)
	nrn := genBENRN(g.r, p.dob, p.female, [2]string{})
	card := beEIDCardNumber(g.r)
	claims := O(
		"sub", P(sub),
		"name", P(given+" "+family),
		"given_name", P(given),
		"family_name", P(family),
		"gender", P(g.gender()),
		"birthdate", g.dob("2006-01-02"),
	)
	if g.r.IntN(2) == 0 {
		claims.set("http://itsme.services/v2/claim/birthdate_as_string", P(p.dob.Format("02.01.2006")))
	}
	loc := "NL"
	if fr {
		loc = "FR"
	}
	if g.r.IntN(8) == 0 {
		loc = "EN"
	}
	claims.set("locale", g.locale(loc))
	claims.set("email", P(p.email))
	claims.set("email_verified", N(g.r.IntN(3) != 0))
	if g.p.showPhone {
		cc := callingCode(p.phoneE164)
		claims.set("phone_number", g.phone("+"+cc+" "+g.nsn()))
		claims.set("phone_number_verified", N(true))
	}
	const c = "http://itsme.services/v2/claim/"
	claims.set(c+"BENationalNumber", P(nrn))
	if g.r.IntN(3) != 0 {
		issued := g.t.AddDate(-g.r.IntN(9), -g.r.IntN(12), -g.r.IntN(28))
		claims.set(c+"BEeidSn", P(card))
		claims.set(c+"IDDocumentSN", P(card))
		claims.set(c+"IDDocumentType", N(pick(g.r, []string{"I", "I", "A"})))
		claims.set(c+"validityFrom", P(issued.Format("2006-01-02")))
		claims.set(c+"validityTo", P(issued.AddDate(10, 0, 0).Format("2006-01-02")))
	}
	if p.showCitizenship || g.r.IntN(2) == 0 {
		p.showCitizenship = true
		names := itsmeCitizenship[p.cit.code]
		claims.set(c+"claim_citizenship", g.citizenship(names[b2iW12(fr)]))
		claims.set(c+"claim_citizenship_as_iso", g.citizenship(alpha3[p.cit.code]))
	}
	if g.r.IntN(2) == 0 {
		city := pick(g.r, p.cit.cities)
		if l := itsmeLatinCity[p.cit.code]; l != nil {
			city = pick(g.r, l)
		}
		claims.set(c+"place_of_birth", O("formatted", P(city)))
	}
	if p.showResidence && g.r.IntN(4) != 0 {
		claims.set("address", O(
			"formatted", g.addr(p.street+"\n"+p.post+" "+p.city),
			"street_address", g.addr(p.street),
			"postal_code", g.addr(p.post),
			"locality", g.addr(p.city),
			"country", g.residence(pick(g.r, []string{"BE", "België", "Belgique"})),
		))
	}
	if g.r.IntN(3) == 0 {
		// The eID chip's photo: biometric data.
		claims.set(c+"physical_person_photo", S(g.jpegB64(160+g.r.IntN(200)), "biometric"))
	}
	if g.r.IntN(3) == 0 {
		android := g.r.IntN(2) == 0
		dev := O(
			"os", N(map[bool]string{true: "ANDROID", false: "IOS"}[android]),
			"appName", N("itsme"),
			"appRelease", N(fmt.Sprintf("4.%d.%d", g.r.IntN(20), g.r.IntN(10))),
			// The name the user gave the phone.
			"deviceLabel", P(map[bool]string{true: "Telefoon van " + given, false: "iPhone de " + given}[!fr]),
			"debugEnabled", N(false),
			"deviceID", P(g.hex(32)),
			"osRelease", N(map[bool]string{true: fmt.Sprint(12 + g.r.IntN(4)), false: fmt.Sprintf("17.%d", g.r.IntN(6))}[android]),
			"manufacturer", N(map[bool]string{true: pick(g.r, []string{"samsung", "Google", "OnePlus"}), false: "Apple"}[android]),
			"hasSimEnabled", N(true),
			"deviceLockLevel", N(pick(g.r, []string{"fingerprint", "face", "pin"})),
			"smsEnabled", N(true),
			"rooted", N(false),
		)
		if android && g.r.IntN(2) == 0 {
			dev.set("imei", P(genIMEI(g)))
		}
		dev.set("deviceModel", N(map[bool]string{true: pick(g.r, []string{"SM-S918B", "Pixel 8", "CPH2449"}), false: pick(g.r, []string{"iPhone15,2", "iPhone14,5"})}[android]))
		dev.set("sdkRelease", N("4.2.0"))
		claims.set(c+"claim_device", dev)
	}
	scope := "openid service:NORTHWIND_LOGIN profile eid email phone address"
	id := O(
		"iss", N(iss),
		"sub", P(sub),
		"aud", N(client),
		"exp", N(g.t.Unix()+300),
		"iat", N(g.t.Unix()),
		"nonce", N(g.hex(16)),
		"acr", N(pick(g.r, []string{c + "acr_advanced", c + "acr_basic"})),
	)
	return O(
		"received_at", N(g.at(0, iso)),
		"token_response", g.oidcTokens(iss, sub, client, 3600, scope, false),
		"id_token", id,
		"userinfo", claims,
	)
}

func b2iW12(b bool) int {
	if b {
		return 1
	}
	return 0
}

// genIMEI is a phone's IMEI: a type allocation code, a serial and the
// Luhn check digit.
func genIMEI(g *gen) string {
	body := pick(g.r, []string{"35", "86", "49"}) + pattern(g.r, "############")
	return body + fmt.Sprint(luhnDigit(body))
}

// odsPractices are GP practice codes of the Organisation Data Service:
// a letter of the commissioning region and five digits.
func (g *gen) odsPractice() string {
	return string("ABCDEFGHJKLMNPY"[g.r.IntN(15)]) + pattern(g.r, "#####")
}

func nhsLoginUserinfo(g *gen) *node {
	origin := pick(g.r, []string{"GB", "GB", "GB", "GB", "GB", "GB", "GB", "GB", "GB", "IN", "PL", "RO", "NG", "CN", "PH", "IT", "KE", "ZA", "PT"})
	g.redraw(origin)
	g.adult(13)
	if origin != "GB" {
		g.movedTo("GB")
	}
	p := g.p
	level := pick(g.r, []string{"P9", "P9", "P9", "P9", "P5", "P0"})
	client := pick(g.r, []string{"northwind-pharmacy", "patient-portal-prod", "nw-repeat-prescriptions", "online-consult"})
	iss := "https://auth.login.nhs.uk"
	sub := g.uuid()
	given, family := latinName(p.given, p.givenL), strings.ToUpper(latinName(p.family, p.familyL))
	ui := O(
		"iss", N(iss),
		"aud", N(client),
		"sub", P(sub),
	)
	var nhsNo *node
	if level != "P0" {
		if level == "P9" || g.r.IntN(2) == 0 {
			nhsNo = P(strings.ReplaceAll(nhsNumber(g.r), " ", ""))
			ui.set("nhs_number", nhsNo)
		}
		ui.set("birthdate", g.dob("2006-01-02"))
		ui.set("family_name", P(family))
		ui.set("given_name", P(given))
	}
	ui.set("identity_proofing_level", N(level))
	ui.set("email", P(p.email))
	ui.set("email_verified", N(true))
	if ph := g.phone(g.e164()); ph != nil {
		ui.set("phone_number", ph)
		ui.set("phone_number_verified", N(true))
		if level != "P0" {
			ui.set("phone_number_pds_matched", N(g.r.IntN(3) != 0))
		}
	}
	if p.showPhone && g.r.IntN(5) == 0 {
		// A landline at home, a British number.
		g.lab.Weak = addCountry(g.lab.Weak, "GB")
		ui.set("landline_number", P("+44"+pick(g.r, []string{"20", "161", "121", "113", "117", "1632"})+pattern(g.r, "7######")))
		ui.set("landline_number_verified", N(false))
	}
	ods := g.odsPractice()
	if level != "P0" && g.r.IntN(3) != 0 {
		// The practice the patient is registered with.
		ui.set("gp_registration_details", O("gp_ods_code", P(ods)))
	}
	if level == "P9" && g.r.IntN(3) == 0 {
		// What the GP system needs to create an IM1 token for the patient.
		ui.set("gp_integration_credentials", O(
			"gp_user_id", P(fmt.Sprint(1000000000+g.r.Int64N(8000000000))),
			"gp_linkage_key", C(strings.ToUpper(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 13))),
			"gp_ods_code", P(ods),
		))
	}
	if g.r.IntN(5) == 0 {
		ui.set("client_user_metadata", P("patient:"+g.uuid()))
	}
	vot := level + pick(g.r, []string{".Cp.Cd", ".Cp.Ck", ".Cm"})
	id := O(
		"iss", N(iss),
		"sub", P(sub),
		"aud", N(client),
		"iat", N(g.t.Unix()),
		"exp", N(g.t.Unix()+3600),
		"auth_time", N(g.t.Unix()-int64(3+g.r.IntN(40))),
		"jti", N(g.uuid()),
		"nonce", N(g.hex(16)),
		"vot", N(vot),
		"vtm", N("https://auth.login.nhs.uk/trustmark/auth.login.nhs.uk"),
		"id_status", N("verified"),
		"token_use", N("id"),
		"identity_proofing_level", N(level),
	)
	if level != "P0" {
		id.set("birthdate", P(p.dob.Format("2006-01-02")))
		if nhsNo != nil {
			id.set("nhs_number", nhsNo)
		}
	}
	scope := "openid profile email phone"
	if level == "P0" {
		scope = "openid email phone"
	}
	return O(
		"logged_at", N(g.at(0, iso)),
		"client_id", N(client),
		"token_response", g.oidcTokens(iss, sub, client, 3600, scope, g.r.IntN(2) == 0),
		"id_token_claims", id,
		"userinfo", ui,
	)
}

// airport is a Duffel Place of type airport.
type airport struct{ iata, city, icao, name, cityName, tz, cc string }

var airports = map[string][]airport{
	"GB": {{"LHR", "LON", "EGLL", "Heathrow Airport", "London", "Europe/London", "GB"}, {"MAN", "MAN", "EGCC", "Manchester Airport", "Manchester", "Europe/London", "GB"}},
	"FR": {{"CDG", "PAR", "LFPG", "Paris Charles de Gaulle Airport", "Paris", "Europe/Paris", "FR"}, {"LYS", "LYS", "LFLL", "Lyon-Saint Exupéry Airport", "Lyon", "Europe/Paris", "FR"}},
	"DE": {{"FRA", "FRA", "EDDF", "Frankfurt Airport", "Frankfurt", "Europe/Berlin", "DE"}, {"MUC", "MUC", "EDDM", "Munich Airport", "Munich", "Europe/Berlin", "DE"}, {"BER", "BER", "EDDB", "Berlin Brandenburg Airport", "Berlin", "Europe/Berlin", "DE"}},
	"ES": {{"MAD", "MAD", "LEMD", "Adolfo Suárez Madrid-Barajas Airport", "Madrid", "Europe/Madrid", "ES"}, {"BCN", "BCN", "LEBL", "Josep Tarradellas Barcelona-El Prat Airport", "Barcelona", "Europe/Madrid", "ES"}},
	"IT": {{"FCO", "ROM", "LIRF", "Leonardo da Vinci-Fiumicino Airport", "Rome", "Europe/Rome", "IT"}, {"MXP", "MIL", "LIMC", "Milan Malpensa Airport", "Milan", "Europe/Rome", "IT"}},
	"NL": {{"AMS", "AMS", "EHAM", "Amsterdam Airport Schiphol", "Amsterdam", "Europe/Amsterdam", "NL"}},
	"PT": {{"LIS", "LIS", "LPPT", "Humberto Delgado Airport", "Lisbon", "Europe/Lisbon", "PT"}},
	"PL": {{"WAW", "WAW", "EPWA", "Warsaw Chopin Airport", "Warsaw", "Europe/Warsaw", "PL"}},
	"SE": {{"ARN", "STO", "ESSA", "Stockholm Arlanda Airport", "Stockholm", "Europe/Stockholm", "SE"}},
	"CH": {{"ZRH", "ZRH", "LSZH", "Zurich Airport", "Zurich", "Europe/Zurich", "CH"}},
	"AT": {{"VIE", "VIE", "LOWW", "Vienna International Airport", "Vienna", "Europe/Vienna", "AT"}},
	"GR": {{"ATH", "ATH", "LGAV", "Athens International Airport", "Athens", "Europe/Athens", "GR"}},
	"TR": {{"IST", "IST", "LTFM", "Istanbul Airport", "Istanbul", "Europe/Istanbul", "TR"}},
	"US": {{"JFK", "NYC", "KJFK", "John F. Kennedy International Airport", "New York", "America/New_York", "US"}, {"AUS", "AUS", "KAUS", "Austin-Bergstrom International Airport", "Austin", "America/Chicago", "US"}, {"ORD", "CHI", "KORD", "O'Hare International Airport", "Chicago", "America/Chicago", "US"}},
	"CA": {{"YYZ", "YTO", "CYYZ", "Toronto Pearson International Airport", "Toronto", "America/Toronto", "CA"}, {"YUL", "YMQ", "CYUL", "Montréal-Trudeau International Airport", "Montreal", "America/Toronto", "CA"}},
	"MX": {{"MEX", "MEX", "MMMX", "Mexico City International Airport", "Mexico City", "America/Mexico_City", "MX"}, {"GDL", "GDL", "MMGL", "Guadalajara International Airport", "Guadalajara", "America/Mexico_City", "MX"}},
	"BR": {{"GRU", "SAO", "SBGR", "São Paulo/Guarulhos International Airport", "São Paulo", "America/Sao_Paulo", "BR"}, {"GIG", "RIO", "SBGL", "Rio de Janeiro/Galeão International Airport", "Rio de Janeiro", "America/Sao_Paulo", "BR"}},
	"AR": {{"EZE", "BUE", "SAEZ", "Ministro Pistarini International Airport", "Buenos Aires", "America/Argentina/Buenos_Aires", "AR"}},
	"JP": {{"HND", "TYO", "RJTT", "Tokyo Haneda Airport", "Tokyo", "Asia/Tokyo", "JP"}, {"KIX", "OSA", "RJBB", "Kansai International Airport", "Osaka", "Asia/Tokyo", "JP"}},
	"KR": {{"ICN", "SEL", "RKSI", "Incheon International Airport", "Seoul", "Asia/Seoul", "KR"}},
	"CN": {{"PVG", "SHA", "ZSPD", "Shanghai Pudong International Airport", "Shanghai", "Asia/Shanghai", "CN"}, {"PEK", "BJS", "ZBAA", "Beijing Capital International Airport", "Beijing", "Asia/Shanghai", "CN"}},
	"TW": {{"TPE", "TPE", "RCTP", "Taiwan Taoyuan International Airport", "Taipei", "Asia/Taipei", "TW"}},
	"IN": {{"DEL", "DEL", "VIDP", "Indira Gandhi International Airport", "Delhi", "Asia/Kolkata", "IN"}, {"BOM", "BOM", "VABB", "Chhatrapati Shivaji Maharaj International Airport", "Mumbai", "Asia/Kolkata", "IN"}, {"BLR", "BLR", "VOBL", "Kempegowda International Airport", "Bengaluru", "Asia/Kolkata", "IN"}},
	"SG": {{"SIN", "SIN", "WSSS", "Singapore Changi Airport", "Singapore", "Asia/Singapore", "SG"}},
	"TH": {{"BKK", "BKK", "VTBS", "Suvarnabhumi Airport", "Bangkok", "Asia/Bangkok", "TH"}},
	"VN": {{"SGN", "SGN", "VVTS", "Tan Son Nhat International Airport", "Ho Chi Minh City", "Asia/Ho_Chi_Minh", "VN"}, {"HAN", "HAN", "VVNB", "Noi Bai International Airport", "Hanoi", "Asia/Ho_Chi_Minh", "VN"}},
	"ID": {{"CGK", "JKT", "WIII", "Soekarno-Hatta International Airport", "Jakarta", "Asia/Jakarta", "ID"}},
	"AE": {{"DXB", "DXB", "OMDB", "Dubai International Airport", "Dubai", "Asia/Dubai", "AE"}},
	"SA": {{"RUH", "RUH", "OERK", "King Khalid International Airport", "Riyadh", "Asia/Riyadh", "SA"}},
	"EG": {{"CAI", "CAI", "HECA", "Cairo International Airport", "Cairo", "Africa/Cairo", "EG"}},
	"IL": {{"TLV", "TLV", "LLBG", "Ben Gurion Airport", "Tel Aviv", "Asia/Jerusalem", "IL"}},
	"NG": {{"LOS", "LOS", "DNMM", "Murtala Muhammed International Airport", "Lagos", "Africa/Lagos", "NG"}},
	"KE": {{"NBO", "NBO", "HKJK", "Jomo Kenyatta International Airport", "Nairobi", "Africa/Nairobi", "KE"}},
	"ZA": {{"JNB", "JNB", "FAOR", "O. R. Tambo International Airport", "Johannesburg", "Africa/Johannesburg", "ZA"}, {"CPT", "CPT", "FACT", "Cape Town International Airport", "Cape Town", "Africa/Johannesburg", "ZA"}},
	"AU": {{"SYD", "SYD", "YSSY", "Sydney Kingsford Smith Airport", "Sydney", "Australia/Sydney", "AU"}, {"MEL", "MEL", "YMML", "Melbourne Airport", "Melbourne", "Australia/Sydney", "AU"}},
	"NZ": {{"AKL", "AKL", "NZAA", "Auckland Airport", "Auckland", "Pacific/Auckland", "NZ"}},
}

// airlines are carriers on Duffel, with the digits of their loyalty
// account numbers.
var airlines = []struct{ iata, name, loyalty string }{
	{"BA", "British Airways", "########"}, {"AF", "Air France", "##########"}, {"KL", "KLM", "##########"}, {"LH", "Lufthansa", "992#############"},
	{"IB", "Iberia", "IB########"}, {"EK", "Emirates", "EK#########"}, {"QR", "Qatar Airways", "#########"}, {"TK", "Turkish Airlines", "TK#########"},
	{"AA", "American Airlines", "AAA####"}, {"UA", "United Airlines", "AA######"}, {"SQ", "Singapore Airlines", "##########"}, {"NH", "ANA", "#########"},
	{"LA", "LATAM Airlines", "############"}, {"ET", "Ethiopian Airlines", "ET#########"}, {"AZ", "ITA Airways", "#########"},
}

// passportNumber is a passport number in the issuing country's format.
func (g *gen) passportNumber(cc string) string {
	switch cc {
	case "GB", "US", "AU":
		return pattern(g.r, "#########")
	case "DE":
		return "C" + strings.ToUpper(g.chars("CFGHJKLMNPRTVWXYZ0123456789", 8))
	case "FR":
		return pattern(g.r, "##AA#####")
	case "IT", "JP", "BR":
		return pattern(g.r, "AA#######")
	case "ES":
		return pattern(g.r, "AAA######")
	case "IN":
		return pattern(g.r, "A#######")
	case "CN":
		return "E" + pattern(g.r, "########")
	case "KR":
		return "M" + pattern(g.r, "########")
	}
	return pattern(g.r, "AA#######")
}

// duffelID is a Duffel object id: its prefix and 22 base-62 characters
// whose first four are 0000.
func (g *gen) duffelID(prefix string) string { return prefix + "_0000" + g.b62(18) }

func (g *gen) place(a airport) *node {
	return O(
		"type", N("airport"),
		"id", N("arp_"+strings.ToLower(a.iata)+"_"+strings.ToLower(a.cc)),
		"iata_code", N(a.iata),
		"iata_city_code", N(a.city),
		"iata_country_code", N(a.cc),
		"icao_code", N(a.icao),
		"name", N(a.name),
		"city_name", N(a.cityName),
		"time_zone", N(a.tz),
	)
}

// duffelNotes are what a travel agent writes in an order's metadata.
var duffelNotes = []bioLine{
	{"health", "Wheelchair assistance requested at both airports (WCHR)"},
	{"religion", "Asked for a Hindu vegetarian meal (HNML)"},
	{"religion", "Kosher meal requested (KSML)"},
	{"health", "Passenger is 28 weeks pregnant, fit-to-fly letter on file"},
	{"health", "Travelling with insulin and a glucose monitor in cabin baggage"},
	{"", "Prefers aisle seats"},
	{"", "Corporate booking, invoice to cost centre 4410"},
	{"", "Honeymoon - please request seats together"},
}

func duffelOrderCreated(g *gen) *node {
	p := g.p
	home := p.c.code
	from := airports[home]
	if from == nil {
		from = airports[pick(g.r, []string{"GB", "AE", "FR", "DE", "SG"})]
	}
	org := pick(g.r, from)
	var dests []airport
	for cc, as := range airports {
		if cc != org.cc {
			dests = append(dests, as...)
		}
	}
	// Map order is random: sort by code so that a seed makes one event.
	sortAirports(dests)
	dst := pick(g.r, dests)
	al := pick(g.r, airlines)
	// The travellers: the subject, and companions of the same country.
	type trav struct {
		p        *person
		id, typ  string
		subject  bool
		passport string
	}
	travs := []trav{{p: p, subject: true}}
	n := pick(g.r, []int{0, 0, 0, 1, 1, 2, 3})
	if p.minor && n == 0 {
		n = 1 // a parent
	}
	for i := range n {
		q := newPerson(g.r, p.c, g.t)
		if i == 0 && p.minor {
			for q.minor || g.t.Year()-q.dob.Year() < g.t.Year()-p.dob.Year()+18 {
				q = newPerson(g.r, p.c, g.t)
			}
		}
		q.family, q.familyL = p.family, p.familyL
		q.cit = p.cit
		travs = append(travs, trav{p: q})
	}
	roundTrip := g.r.IntN(3) != 0
	withDocs := org.cc != dst.cc && g.r.IntN(3) != 0
	var reqPax, orderPax []*node
	var paxIDs []string
	// The request's passports and phone are evidence only in the events
	// that carry the request: the webhook variant takes these back.
	cit0, weak0 := slices.Clone(g.lab.Citizenship), slices.Clone(g.lab.Weak)
	for i := range travs {
		t := &travs[i]
		q := t.p
		t.id = g.duffelID("pas")
		paxIDs = append(paxIDs, t.id)
		age := g.t.Year() - q.dob.Year()
		t.typ = "adult"
		switch {
		case age < 2:
			t.typ = "infant_without_seat"
		case age < 18:
			t.typ = "child"
		}
		title := "mr"
		if q.female {
			title = pick(g.r, []string{"ms", "mrs", "miss"})
			if age < 18 {
				title = "miss"
			}
		} else if age >= 30 && g.r.IntN(15) == 0 {
			title = "dr"
		}
		given, family := latinName(q.given, q.givenL), latinName(q.family, q.familyL)
		if strings.ContainsFunc(given+family, func(r rune) bool { return r > 0x17f }) {
			given, family = titled(q.givenL), titled(q.familyL)
		}
		var born *node
		if t.subject {
			born = g.dob("2006-01-02")
		} else {
			born = P(q.dob.Format("2006-01-02"))
		}
		var loyalty []*node
		if age >= 18 && g.r.IntN(3) == 0 {
			loyalty = append(loyalty, O("airline_iata_code", N(al.iata), "account_number", P(pattern(g.r, al.loyalty))))
		}
		pax := O(
			"id", P(t.id),
			"type", N(t.typ),
			"title", P(title),
			"gender", P(map[bool]string{true: "f", false: "m"}[q.female]),
			"given_name", P(given),
			"family_name", P(family),
			"born_on", born,
			"infant_passenger_id", N(nil),
			"loyalty_programme_accounts", A(loyalty...),
		)
		req := O(
			"id", P(t.id),
			"title", P(title),
			"gender", P(map[bool]string{true: "f", false: "m"}[q.female]),
			"given_name", P(given),
			"family_name", P(family),
			"born_on", born,
		)
		if i == 0 {
			req.set("email", P(q.email))
			req.set("phone_number", g.phone(g.e164()))
		}
		if withDocs {
			issuer := q.cit.code
			var ic *node
			if t.subject {
				// A passport's issuing country is its holder's nationality.
				g.lab.Citizenship = addCountry(g.lab.Citizenship, issuer)
				ic = P(issuer)
			} else {
				ic = P(issuer)
			}
			t.passport = g.passportNumber(issuer)
			req.set("identity_documents", A(O(
				"type", N("passport"),
				"unique_identifier", P(t.passport),
				"issuing_country_code", ic,
				"expires_on", P(g.t.AddDate(1+g.r.IntN(9), g.r.IntN(12), 0).Format("2006-01-02")),
			)))
		}
		if len(loyalty) > 0 {
			req.set("loyalty_programme_accounts", A(O("airline_iata_code", N(al.iata), "account_number", loyalty[0].obj[1].val)))
		}
		reqPax = append(reqPax, req)
		orderPax = append(orderPax, pax)
	}
	// An infant sits on the first adult's lap.
	for i, t := range travs {
		if t.typ == "infant_without_seat" {
			for j, u := range travs {
				if u.typ == "adult" && j != i {
					orderPax[j].set("infant_passenger_id", P(t.id))
					break
				}
			}
			break
		}
	}
	cabin := pick(g.r, []string{"economy", "economy", "economy", "premium_economy", "business"})
	dep := time.Date(g.t.Year(), g.t.Month(), g.t.Day(), 6+g.r.IntN(16), 5*g.r.IntN(12), 0, 0, time.UTC).AddDate(0, 0, 7+g.r.IntN(120))
	dur := time.Duration(75+g.r.IntN(700)) * time.Minute
	durISO := func(d time.Duration) string {
		return fmt.Sprintf("PT%02dH%02dM", int(d.Hours()), int(d.Minutes())%60)
	}
	segment := func(o, d airport, at time.Time) *node {
		var sp []*node
		for _, t := range travs {
			if t.typ == "infant_without_seat" {
				continue
			}
			s := O(
				"passenger_id", P(t.id),
				"cabin_class", N(cabin),
				"cabin_class_marketing_name", N(map[string]string{"economy": "Economy", "premium_economy": "Premium Economy", "business": "Business"}[cabin]),
				"fare_basis_code", N(strings.ToUpper(g.chars("KLMQTVY", 1))+strings.ToUpper(g.b62(5))),
				"baggages", A(O("type", N("checked"), "quantity", N(g.r.IntN(3))), O("type", N("carry_on"), "quantity", N(1))),
			)
			if g.r.IntN(3) == 0 {
				// The seat the traveller was given.
				s.set("seat", O("designator", P(fmt.Sprintf("%d%c", 5+g.r.IntN(40), "ABCDEF"[g.r.IntN(6)])), "name", N(nil), "disclosures", A()))
			}
			sp = append(sp, s)
		}
		fn := fmt.Sprint(10 + g.r.IntN(2900))
		carrier := O("id", N(g.duffelID("arl")), "iata_code", N(al.iata), "name", N(al.name))
		return O(
			"id", N(g.duffelID("seg")),
			"origin", g.place(o),
			"destination", g.place(d),
			"origin_terminal", N(fmt.Sprint(1+g.r.IntN(5))),
			"destination_terminal", N(fmt.Sprint(1+g.r.IntN(5))),
			"departing_at", N(at.Format("2006-01-02T15:04:05")),
			"arriving_at", N(at.Add(dur).Format("2006-01-02T15:04:05")),
			"duration", N(durISO(dur)),
			"distance", N(fmt.Sprintf("%d.%d", 300+g.r.IntN(9000), g.r.IntN(10))),
			"marketing_carrier", carrier,
			"operating_carrier", carrier,
			"marketing_carrier_flight_number", N(fn),
			"operating_carrier_flight_number", N(fn),
			"aircraft", O("iata_code", N(pick(g.r, []string{"320", "321", "789", "359", "77W", "738"})), "name", N(pick(g.r, []string{"Airbus A320", "Airbus A321", "Boeing 787-9", "Airbus A350-900", "Boeing 777-300ER", "Boeing 737-800"}))),
			"passengers", A(sp...),
		)
	}
	slices := []*node{O("id", N(g.duffelID("sli")), "origin", g.place(org), "destination", g.place(dst), "origin_type", N("airport"), "destination_type", N("airport"), "duration", N(durISO(dur)), "fare_brand_name", N(pick(g.r, []string{"Basic", "Standard", "Flex", "Light"})), "segments", A(segment(org, dst, dep)))}
	if roundTrip {
		back := dep.AddDate(0, 0, 3+g.r.IntN(25))
		slices = append(slices, O("id", N(g.duffelID("sli")), "origin", g.place(dst), "destination", g.place(org), "origin_type", N("airport"), "destination_type", N("airport"), "duration", N(durISO(dur)), "fare_brand_name", N("Standard"), "segments", A(segment(dst, org, back))))
	}
	cur := pick(g.r, []string{"GBP", "EUR", "USD"})
	base := 80 + g.r.IntN(1800)
	tax := 20 + g.r.IntN(300)
	total := fmt.Sprintf("%d.%02d", base+tax, g.r.IntN(100))
	pnr := strings.ToUpper(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6))
	var tickets []*node
	for _, t := range travs {
		// An e-ticket: the airline's three digits and ten.
		tickets = append(tickets, O("type", N("electronic_ticket"), "unique_identifier", P(pattern(g.r, "#############")), "passenger_ids", A(P(t.id))))
	}
	meta := O()
	if g.r.IntN(2) == 0 {
		meta.set("customer_ref", P(pattern(g.r, "NW-CUST-######")))
	}
	if g.r.IntN(3) == 0 {
		nt := pick(g.r, duffelNotes)
		if nt.cat != "" {
			meta.set("agent_notes", S(nt.text, nt.cat))
		} else {
			meta.set("agent_notes", P(nt.text))
		}
	}
	orderID := g.duffelID("ord")
	created := g.t.Add(-time.Duration(1+g.r.IntN(20)) * time.Second)
	order := O(
		"id", N(orderID),
		"live_mode", N(true),
		"type", N("instant"),
		"content", N("managed"),
		"created_at", N(created.UTC().Format("2006-01-02T15:04:05.000000Z")),
		"synced_at", N(g.t.UTC().Format("2006-01-02T15:04:05Z")),
		// The airline's record of these travellers' booking.
		"booking_reference", P(pnr),
		"owner", O("id", N(g.duffelID("arl")), "iata_code", N(al.iata), "name", N(al.name)),
		"total_amount", N(total),
		"total_currency", N(cur),
		"base_amount", N(fmt.Sprintf("%d.00", base)),
		"base_currency", N(cur),
		"tax_amount", N(fmt.Sprintf("%d.00", tax)),
		"tax_currency", N(cur),
		"passengers", A(orderPax...),
		"slices", A(slices...),
		"documents", A(tickets...),
		"services", A(),
		"conditions", O(
			"refund_before_departure", O("allowed", N(false), "penalty_amount", N(nil), "penalty_currency", N(nil)),
			"change_before_departure", O("allowed", N(true), "penalty_amount", N(fmt.Sprintf("%d.00", 50+g.r.IntN(150))), "penalty_currency", N(cur)),
		),
		"payment_status", O("awaiting_payment", N(false), "payment_required_by", N(nil), "price_guarantee_expires_at", N(nil), "paid_at", N(created.UTC().Format("2006-01-02T15:04:05Z"))),
		"metadata", meta,
		"cancelled_at", N(nil),
		"void_window_ends_at", N(created.Add(24*time.Hour).UTC().Format("2006-01-02T15:04:05Z")),
		"available_actions", A(N("cancel"), N("change"), N("update")),
		"changes", A(),
		"airline_initiated_changes", A(),
		"users", A(),
	)
	if g.r.IntN(2) == 0 {
		// As the seller's API log has it: the request and the response.
		return O(
			"request", O(
				"method", N("POST"),
				"url", N("https://api.duffel.com/air/orders"),
				"headers", O("Duffel-Version", N("v2"), "Authorization", C("Bearer duffel_live_"+g.b62(43)), "Content-Type", N("application/json")),
				"body", O("data", O(
					"type", N("instant"),
					"selected_offers", A(N(g.duffelID("off"))),
					"payments", A(O("type", N("balance"), "currency", N(cur), "amount", N(total))),
					"passengers", A(reqPax...),
					"metadata", meta,
				)),
			),
			"response", O("status", N(201), "body", O("data", order)),
		)
	}
	g.lab.Citizenship, g.lab.Weak = cit0, weak0
	return O(
		"headers", O(
			"Content-Type", N("application/json"),
			"User-Agent", N("Duffel-Webhooks/1.0"),
			"X-Duffel-Signature", N(fmt.Sprintf("t=%d,v1=%s", g.t.Unix(), g.hex(64))),
		),
		"body", O(
			"id", N(g.duffelID("wev")),
			"type", N("order.created"),
			"live_mode", N(true),
			"created_at", N(g.t.UTC().Format("2006-01-02T15:04:05.000000Z")),
			"idempotency_key", N(orderID),
			"object", N("order"),
			"api_version", N("v2"),
			"data", O("object", order),
		),
	)
}

func sortAirports(a []airport) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j].iata < a[j-1].iata; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// splitStreet parts a street line into the street and the house number
// (the last part with a digit, or a leading number).
func splitStreet(s string) (street, number string) {
	f := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(f) > 1 && strings.ContainsAny(f[0], "0123456789") && !strings.ContainsAny(f[len(f)-1], "0123456789") {
		return strings.Join(f[1:], " "), f[0]
	}
	for i := len(f) - 1; i > 0; i-- {
		if strings.ContainsAny(f[i], "0123456789") {
			return strings.Join(append(append([]string{}, f[:i]...), f[i+1:]...), " "), f[i]
		}
	}
	return s, ""
}

// dlocalMarket is a dLocal country: currency, the payer document's type
// and a local payment method.
var dlocalMarket = map[string]struct{ cur, doc, local string }{
	"BR": {"BRL", "CPF", "PIX"}, "MX": {"MXN", "CURP", "OX"}, "AR": {"ARS", "CUIL", "RP"}, "CL": {"CLP", "RUT", "WP"},
	"CO": {"COP", "CC", "PC"}, "PE": {"PEN", "DNI", "PE"}, "UY": {"UYU", "CI", "AI"}, "ZA": {"ZAR", "ID", "IO"},
	"NG": {"NGN", "BVN", "BT"}, "KE": {"KES", "NATIONAL_ID", "MP"}, "EG": {"EGP", "NATIONAL_ID", "FW"}, "MA": {"MAD", "CNIE", "CA"},
	"IN": {"INR", "PAN", "UI"}, "ID": {"IDR", "NIK", "VA"}, "PH": {"PHP", "PSN", "GC"}, "VN": {"VND", "CCCD", "MO"},
	"TH": {"THB", "ID", "PP"}, "MY": {"MYR", "NRIC", "FP"}, "TR": {"TRY", "TCKN", "PA"},
}

// dlocalDescriptions are what merchants write of a payment, in the
// payer's language: some tell of a consultation or a donation.
var dlocalDescriptions = map[string][]bioLine{
	"en": {{"", "Monthly subscription"}, {"", "Gem pack 1200"}, {"", "Course: Data Analysis 101"}, {"health", "Online therapy session (50 min)"}, {"religion", "Zakat donation"}, {"health", "Telehealth consultation - diabetes follow-up"}},
	"pt": {{"", "Assinatura mensal"}, {"", "Pacote de 1200 gemas"}, {"health", "Consulta online - Psiquiatria"}, {"religion", "Dízimo - Igreja Batista"}, {"health", "Teleconsulta ginecológica - pré-natal"}},
	"es": {{"", "Suscripción mensual"}, {"", "Pasaje de bus Lima - Cusco"}, {"health", "Consulta médica online - Psicología"}, {"religion", "Donación - Parroquia San José"}, {"health", "Farmacia en línea - tratamiento antirretroviral"}},
	"tr": {{"", "Aylık abonelik"}, {"", "Oyun içi altın paketi"}, {"health", "Online diyetisyen seansı (diyabet)"}},
	"ar": {{"", "اشتراك شهري"}, {"religion", "تبرع زكاة المال"}, {"health", "استشارة طبية عن بعد - طب نفسي"}},
	"id": {{"", "Langganan bulanan"}, {"religion", "Zakat fitrah"}, {"health", "Konsultasi dokter online - kulit"}},
	"ms": {{"", "Langganan bulanan"}, {"religion", "Bayaran zakat pendapatan"}},
	"th": {{"", "สมาชิกรายเดือน"}, {"health", "ปรึกษาแพทย์ออนไลน์ - โรคเบาหวาน"}},
	"vi": {{"", "Gói đăng ký hàng tháng"}, {"health", "Tư vấn bác sĩ trực tuyến - tiểu đường"}},
}

// dlocalAmount is a typical checkout amount in the currency.
var dlocalScale = map[string]float64{"BRL": 5, "MXN": 17, "ARS": 900, "CLP": 900, "COP": 4000, "PEN": 3.7, "UYU": 39, "ZAR": 18, "NGN": 1500, "KES": 130, "EGP": 48, "MAD": 10, "INR": 83, "IDR": 16000, "PHP": 56, "VND": 25000, "THB": 35, "MYR": 4.6, "TRY": 32}

func dlocalPayment(g *gen) *node {
	cc := pick(g.r, []string{"BR", "BR", "BR", "MX", "MX", "AR", "CL", "CO", "CO", "PE", "UY", "ZA", "NG", "NG", "KE", "EG", "MA", "IN", "IN", "ID", "PH", "VN", "TH", "MY", "TR"})
	g.redraw(cc)
	g.adult(16)
	p := g.p
	// dLocal's country is where the payer pays from: always stated.
	p.showResidence = true
	mk := dlocalMarket[cc]
	var doc string
	docType := mk.doc
	switch cc {
	case "BR":
		doc = digitsOf(genCPF(g.r, p.dob, p.female, [2]string{}))
	case "MX":
		doc = curp(g.r, p.dob, p.female, p.givenL, p.familyL)
	case "AR":
		cuil, dni := arCUIL(g.r, p.dob, p.female)
		doc = digitsOf(cuil)
		if g.r.IntN(2) == 0 {
			doc, docType = dni, "DNI"
		}
	case "CL":
		doc = strings.ReplaceAll(p.idValue, ".", "")
	case "CO", "PE", "UY", "MY", "TR", "PH":
		doc = digitsOf(p.idValue)
	case "ZA":
		doc = zaID(g.r, p.dob, p.female, p.cit == p.c)
	case "NG":
		doc = "22" + pattern(g.r, "#########")
	case "KE":
		doc = fmt.Sprint(10000000 + g.r.IntN(30000000))
	case "EG":
		doc = egNationalID(g.r, p.dob, p.female)
	case "MA":
		doc = genCNIE(g.r, p.dob, p.female, [2]string{})
	case "IN":
		doc = genPAN(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL})
	case "ID", "VN", "TH":
		doc = g.nationalIDNumber(cc)
	}
	name := p.fullName()
	if !isLatin(name) && g.r.IntN(2) == 0 {
		name = titled(p.givenL, p.familyL)
	}
	amount := float64(int((5+g.r.Float64()*120)*dlocalScale[mk.cur]*100)) / 100
	local := g.r.IntN(3) == 0
	method, flow, mtype := "CARD", "DIRECT", "CARD"
	if local {
		method, flow, mtype = mk.local, "REDIRECT", pick(g.r, []string{"BANK_TRANSFER", "TICKET", "WALLET"})
	}
	orderID := pattern(g.r, "NW-########")
	merchant := pick(g.r, []string{"northwind-games", "streamly", "tailspin-travel", "contoso-learning"})
	notify := "https://api." + merchant + ".com/webhooks/dlocal"
	street, number := splitStreet(p.street)
	if number == "" {
		number = fmt.Sprint(1 + g.r.IntN(2000))
	}
	payer := O(
		"name", P(name),
		"email", P(p.email),
	)
	if g.r.IntN(3) == 0 {
		payer.set("birth_date", g.dob("02-01-2006"))
	}
	payer.set("phone", g.phone(""))
	payer.set("document", P(doc))
	if g.r.IntN(2) == 0 {
		payer.set("document_type", N(docType))
	}
	userRef := pattern(g.r, "U-#########")
	payer.set("user_reference", P(userRef))
	if g.r.IntN(4) != 0 {
		payer.set("address", O(
			"state", g.addrN(p.region),
			"city", g.addr(p.city),
			"zip_code", g.addr(p.post),
			"street", g.addr(street),
			"number", g.addr(number),
		))
	}
	payer.set("ip", P(p.ip))
	payer.set("device_id", P(g.b62(24)))
	holder := upperName(p.givenL, p.familyL)
	brand := pick(g.r, []string{"VI", "MC", "VI", "MC", "AE"})
	if cc == "BR" && g.r.IntN(3) == 0 {
		brand = "EL"
	}
	last4 := pattern(g.r, "####")
	expM, expY := 1+g.r.IntN(12), g.t.Year()+1+g.r.IntN(6)
	body := O(
		"amount", N(amount),
		"currency", N(mk.cur),
		"country", g.residence(cc),
		"payment_method_id", N(method),
		"payment_method_flow", N(flow),
		"payer", payer,
	)
	cardID := "CID-" + g.uuid()
	if !local {
		body.set("card", O(
			"holder_name", P(holder),
			// A token of the card the payer keyed in the merchant's form.
			"token", P("CV-"+g.uuid()),
			"installments", N(fmt.Sprint(pick(g.r, []int{1, 1, 1, 3, 6, 12}))),
			"capture", N(true),
		))
	}
	body.set("order_id", N(orderID))
	lang := map[string]string{"BR": "pt", "MX": "es", "AR": "es", "CL": "es", "CO": "es", "PE": "es", "UY": "es", "TR": "tr", "EG": "ar", "MA": "ar", "ID": "id", "MY": "ms", "TH": "th", "VN": "vi"}[cc]
	if lang == "" || g.r.IntN(5) == 0 {
		lang = "en"
	}
	desc := pick(g.r, dlocalDescriptions[lang])
	for desc.cat != "" && g.r.IntN(2) == 0 {
		desc = pick(g.r, dlocalDescriptions[lang]) // most purchases tell nothing
	}
	if desc.cat != "" {
		// What was bought tells of the payer.
		body.set("description", S(desc.text, desc.cat))
	} else {
		body.set("description", N(desc.text))
	}
	body.set("notification_url", N(notify))
	if local {
		body.set("callback_url", N("https://www."+merchant+".com/checkout/return"))
	}
	created := g.t.Add(-time.Duration(2+g.r.IntN(40)) * time.Second)
	dts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000-0700") }
	pay := O(
		"id", N("D-4-"+g.uuid()),
		"amount", N(amount),
		"currency", N(mk.cur),
		"payment_method_id", N(method),
		"payment_method_type", N(mtype),
		"payment_method_flow", N(flow),
		"country", g.residence(cc),
	)
	if local {
		pay.set("redirect_url", N("https://pay.dlocal.com/gmf-apm/payments/M-"+g.uuid()))
		pay.set("created_date", N(dts(created)))
		pay.set("status", N("PENDING"))
		pay.set("status_detail", N("The payment is pending."))
		pay.set("status_code", N("100"))
	} else {
		pay.set("card", O(
			"holder_name", P(holder),
			"expiration_month", P(expM),
			"expiration_year", P(expY),
			"brand", N(brand),
			"last4", P(last4),
			"card_id", P(cardID),
		))
		pay.set("created_date", N(dts(created)))
		pay.set("approved_date", N(dts(g.t)))
		pay.set("status", N("PAID"))
		pay.set("status_detail", N("The payment was paid."))
		pay.set("status_code", N("200"))
	}
	pay.set("order_id", N(orderID))
	pay.set("notification_url", N(notify))
	login := g.b62(10)
	xdate := g.t.UTC().Format("2006-01-02T15:04:05.000Z")
	if g.r.IntN(3) == 0 {
		// The notification dLocal posts to the merchant: the payment,
		// with the payer as dLocal keeps it.
		pay.set("payer", O("name", P(name), "email", P(p.email), "user_reference", P(userRef)))
		return O(
			"headers", O(
				"Content-Type", N("application/json"),
				"X-Date", N(xdate),
				"X-Login", N(login),
				"Authorization", N("V2-HMAC-SHA256, Signature: "+g.hex(64)),
			),
			"body", pay,
		)
	}
	return O(
		"request", O(
			"method", N("POST"),
			"url", N("https://api.dlocal.com/payments"),
			"headers", O(
				"X-Date", N(xdate),
				"X-Login", N(login),
				"X-Trans-Key", C(g.b62(10)),
				"X-Version", N("2.1"),
				"Content-Type", N("application/json"),
				"Authorization", N("V2-HMAC-SHA256, Signature: "+g.hex(64)),
			),
			"body", body,
		),
		"response", O("status", N(200), "body", pay),
	)
}

// truliooSources are datasources of a country's Identity Verification
// product, as GlobalGateway names them in results.
var truliooSources = map[string][]string{
	"US": {"Credit Agency", "Consumer Database", "Telco"}, "CA": {"Credit Agency 2", "Consumer Database", "Phone Database"},
	"MX": {"Government Database", "Consumer Database"}, "BR": {"Government Database", "Credit Agency"}, "AR": {"Government Database", "Consumer Database"},
	"CL": {"National Registry", "Consumer Database"}, "CO": {"National Registry", "Credit Agency"}, "PE": {"National Registry"},
	"ES": {"Credit Agency", "Consumer Database"}, "IT": {"Credit Agency", "Telco"}, "SE": {"Citizen Register"}, "DK": {"Citizen Register"},
	"NO": {"National Registry", "Credit Agency"}, "FI": {"Population Register"}, "PL": {"Government Database", "Consumer Database"},
	"TR": {"Government Database"}, "IN": {"Government Database", "PAN Registry"}, "CN": {"Resident Identity Database"},
	"MY": {"National Registry", "Credit Agency"}, "SG": {"Consumer Database", "Telco"}, "ZA": {"Home Affairs", "Credit Agency"},
	"AU": {"Australia Electoral Roll", "Credit Agency", "Medicare"}, "GB": {"Credit Agency", "Electoral Roll", "Utility"},
	"DE": {"Credit Agency", "Utility"}, "FR": {"Consumer Database", "Telco"}, "JP": {"Consumer Database", "Telco"}, "NZ": {"Credit Agency", "Driver Licence"},
}

// truliooSecondSurname countries write a second (maternal) surname.
var truliooSecondSurname = map[string]bool{"MX": true, "ES": true, "AR": true, "CL": true, "CO": true, "PE": true}

func truliooVerifyResult(g *gen) *node {
	var codes []string
	for cc := range truliooSources {
		codes = append(codes, cc)
	}
	sortStrings(codes)
	cc := pick(g.r, codes)
	if g.r.IntN(3) == 0 {
		cc = pick(g.r, []string{"US", "CA", "AU", "GB", "MX", "BR"})
	}
	g.redraw(cc)
	p := g.p
	// The country's datasources are searched for the person's records
	// there: the request states where they live.
	p.showResidence = true
	pi := O()
	given, family := p.given, p.family
	if cc != "CN" && cc != "JP" && !isLatin(given+family) {
		given, family = titled(p.givenL), titled(p.familyL)
	}
	pi.set("FirstGivenName", P(given))
	if g.r.IntN(4) == 0 && cc != "CN" && cc != "JP" {
		q := newPerson(g.r, p.c, g.t)
		pi.set("MiddleName", P(latinName(q.given, q.givenL)))
	}
	pi.set("FirstSurName", P(family))
	if truliooSecondSurname[cc] {
		q := newPerson(g.r, p.c, g.t)
		pi.set("SecondSurname", P(latinName(q.family, q.familyL)))
	}
	d := g.dobAt()
	pi.set("DayOfBirth", P(d.Day()))
	pi.set("MonthOfBirth", P(int(d.Month())))
	pi.set("YearOfBirth", P(d.Year()))
	if g.r.IntN(2) == 0 {
		pi.set("Gender", P(map[bool]string{true: "F", false: "M"}[p.female]))
	}
	street, number := splitStreet(p.street)
	loc := O()
	if number != "" {
		loc.set("BuildingNumber", P(number))
	}
	if g.r.IntN(6) == 0 {
		loc.set("UnitNumber", P(fmt.Sprint(1+g.r.IntN(40))))
	}
	loc.set("StreetName", P(street))
	loc.set("City", P(p.city))
	if cc == "AU" {
		loc.set("Suburb", P(pick(g.r, []string{"Surry Hills", "Parramatta", "Fitzroy", "St Kilda"})))
	}
	switch cc {
	case "US":
		loc.set("StateProvinceCode", N(pick(g.r, usStates)[0]))
	case "CA":
		loc.set("StateProvinceCode", N(pick(g.r, []string{"ON", "QC", "BC", "AB"})))
	case "AU":
		loc.set("StateProvinceCode", N(pick(g.r, []string{"NSW", "VIC", "QLD"})))
	}
	loc.set("PostalCode", P(p.post))
	comm := O()
	if ph := g.phone(p.phoneNat); ph != nil {
		comm.set(pick(g.r, []string{"Telephone", "MobileNumber"}), ph)
	}
	comm.set("EmailAddress", P(p.email))
	var ids []*node
	nid := func(num, typ string) { ids = append(ids, O("Number", P(num), "Type", N(typ))) }
	switch cc {
	case "US":
		nid(strings.ReplaceAll(genSSN(g.r, p.dob, p.female, [2]string{}), "-", ""), "SocialService")
	case "CA":
		if g.r.IntN(2) == 0 {
			nid(strings.ReplaceAll(caSIN(g.r, true), " ", ""), "SocialService")
		}
	case "MX":
		nid(curp(g.r, p.dob, p.female, p.givenL, p.familyL), "NationalID")
	case "BR":
		nid(digitsOf(genCPF(g.r, p.dob, p.female, [2]string{})), "NationalID")
	case "AR":
		_, dni := arCUIL(g.r, p.dob, p.female)
		nid(dni, "NationalID")
	case "CL", "CO", "PE", "ES", "DK", "NO", "FI", "PL", "TR", "CN", "MY":
		if p.idValue != "" {
			nid(strings.ReplaceAll(p.idValue, ".", ""), "NationalID")
		}
	case "IT":
		nid(genCF(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL}), "TaxIDNumber")
	case "SE":
		nid(g.personnummer(), "NationalID")
	case "IN":
		if g.r.IntN(2) == 0 {
			nid(strings.ReplaceAll(genAadhaar(g.r, p.dob, p.female, [2]string{}), " ", ""), "NationalID")
		} else {
			nid(genPAN(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL}), "TaxIDNumber")
		}
	case "SG":
		nid(nric(g.r, p.dob, p.cit != p.c, p.cit == p.c), "NationalID")
	case "ZA":
		nid(zaID(g.r, p.dob, p.female, p.cit == p.c), "NationalID")
	case "AU":
		if g.r.IntN(2) == 0 {
			// The Medicare card: a health card.
			num, _ := auMedicare(g.r)
			nid(num, "Health")
		}
	}
	fields := O("PersonInfo", pi, "Location", loc, "Communication", comm)
	if len(ids) > 0 {
		fields.set("NationalIds", A(ids...))
	}
	if (cc == "AU" || cc == "NZ" || cc == "US") && g.r.IntN(3) == 0 {
		dl := strings.ToUpper(g.b62(9))
		if cc == "US" {
			dl = g.usLicence(pick(g.r, usStates)[0])
		}
		fields.set("DriverLicence", O("Number", P(dl), "State", N(map[string]string{"AU": "NSW", "NZ": "", "US": "TX"}[cc])))
	}
	ref := pattern(g.r, "cust-########")
	sources := truliooSources[cc]
	req := O(
		"AcceptTruliooTermsAndConditions", N(true),
		"CleansedAddress", N(g.r.IntN(2) == 0),
		"ConfigurationName", N("Identity Verification"),
		"CountryCode", g.residence(cc),
		"CustomerReferenceID", P(ref),
		"VerboseMode", N(true),
		"DataFields", fields,
	)
	if cc == "AU" || cc == "NZ" || cc == "CA" {
		cs := make([]*node, len(sources))
		for i, s := range sources {
			cs[i] = N(s)
		}
		req.set("ConsentForDataSources", A(cs...))
	}
	status := pick(g.r, []string{"match", "match", "match", "nomatch"})
	var results []*node
	for _, src := range sources {
		var df []*node
		st := func(name string) {
			s := "match"
			switch {
			case status == "nomatch" && g.r.IntN(2) == 0:
				s = "nomatch"
			case g.r.IntN(6) == 0:
				s = "missing"
			}
			df = append(df, O("FieldName", N(name), "Status", N(s)))
		}
		for _, f := range []string{"FirstGivenName", "FirstSurName", "DayOfBirth", "MonthOfBirth", "YearOfBirth", "StreetName", "City", "PostalCode"} {
			st(f)
		}
		if len(ids) > 0 && g.r.IntN(2) == 0 {
			st("NationalID")
		}
		var app []*node
		if g.r.IntN(4) == 0 {
			// What the source holds that the request did not give.
			app = append(app, O("FieldName", N("Gender"), "Data", P(map[bool]string{true: "F", false: "M"}[p.female])))
		}
		results = append(results, O(
			"DatasourceName", N(src),
			"DatasourceFields", A(df...),
			"AppendedFields", A(app...),
			"Errors", A(),
			"FieldGroups", A(),
		))
	}
	resp := O(
		"TransactionID", N(g.uuid()),
		"UploadedDt", N(g.t.UTC().Format("2006-01-02T15:04:05")),
		"CountryCode", g.residence(cc),
		"ProductName", N("Identity Verification"),
		"CustomerReferenceID", P(ref),
		"Record", O(
			"TransactionRecordID", N(g.uuid()),
			"RecordStatus", N(status),
			"DatasourceResults", A(results...),
			"Errors", A(),
			"Rule", O("RuleName", N("RuleScript - IDV_"+cc+"_AUTH-"+pick(g.r, []string{"1", "2"})), "Note", N(pick(g.r, []string{"1+1", "2+2", "1+1+NationalID"}))),
		),
		"Errors", A(),
	)
	return O(
		"request", O(
			"method", N("POST"),
			"url", N("https://gateway.trulioo.com/verifications/v1/verify"),
			"headers", O("x-trulioo-api-key", C(g.hex(32)), "Content-Type", N("application/json")),
			"body", req,
		),
		"response", O("status", N(200), "body", resp),
	)
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// kratosHash is a password hash as Kratos stores it: argon2id by
// default, bcrypt for identities imported or configured so.
func (g *gen) kratosHash() string {
	if g.r.IntN(3) == 0 {
		return "$2a$12$" + g.chars("./"+b62Set, 53)
	}
	enc := func(n int) string { return g.chars(b62Set+"+/", n) }
	return "$argon2id$v=19$m=65536,t=1,p=" + fmt.Sprint(pick(g.r, []int{2, 4})) + "$" + enc(22) + "$" + enc(43)
}

func oryKratosIdentity(g *gen) *node {
	p := g.p
	slug := pick(g.r, []string{"eloquent-wozniak", "festive-hopper", "quirky-lovelace", "sharp-babbage"}) + "-" + g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 6)
	base := "https://" + slug + ".projects.oryapis.com"
	custom := g.r.IntN(3) != 0
	schemaID := "preset://email"
	if custom {
		schemaID = pick(g.r, []string{"customer", "user_v2", "member"})
	}
	schemaURL := base + "/schemas/" + strings.TrimRight(b64url(schemaID), "=")
	id := g.uuid()
	created := g.t.Add(-time.Duration(g.r.IntN(3)) * time.Second)
	ts := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000Z") }
	traits := O("email", P(p.email))
	var phoneNode *node
	if custom {
		traits.set("name", O("first", P(p.given), "last", P(p.family)))
		if ph := g.phone(g.e164()); ph != nil {
			phoneNode = ph
			traits.set("phone", ph)
		}
		if g.r.IntN(2) == 0 {
			traits.set("birthday", g.dob("2006-01-02"))
		}
		if g.r.IntN(2) == 0 {
			traits.set("country", g.residence(p.c.code))
		}
		if g.r.IntN(3) == 0 {
			traits.set("language", g.locale(p.locale))
		}
		if g.r.IntN(4) == 0 {
			traits.set("nationality", g.citizenship(p.cit.code))
		}
		if g.r.IntN(3) == 0 {
			traits.set("gender", P(g.gender()))
		}
		if b := g.bio(); b != nil && g.r.IntN(2) == 0 {
			traits.set("about", b)
		}
		traits.set("newsletter", N(g.r.IntN(2) == 0))
		traits.set("tos_accepted_at", N(ts(created)))
	}
	method := pick(g.r, []string{"password", "password", "oidc", "code"})
	verifiable := []*node{O(
		"id", P(g.uuid()),
		"value", P(p.email),
		"verified", N(method == "oidc"),
		"via", N("email"),
		"status", N(map[bool]string{true: "completed", false: "sent"}[method == "oidc"]),
		"created_at", N(ts(created)),
		"updated_at", N(ts(created)),
	)}
	if method == "oidc" {
		verifiable[0].set("verified_at", N(ts(created)))
	}
	if phoneNode != nil && g.r.IntN(2) == 0 {
		verifiable = append(verifiable, O(
			"id", P(g.uuid()),
			"value", phoneNode,
			"verified", N(false),
			"via", N("sms"),
			"status", N("pending"),
			"created_at", N(ts(created)),
			"updated_at", N(ts(created)),
		))
	}
	ident := O(
		"id", P(id),
		"schema_id", N(schemaID),
		"schema_url", N(schemaURL),
		"state", N("active"),
		"state_changed_at", N(ts(created)),
		"traits", traits,
		"verifiable_addresses", A(verifiable...),
		"recovery_addresses", A(O("id", P(g.uuid()), "value", P(p.email), "via", N("email"), "created_at", N(ts(created)), "updated_at", N(ts(created)))),
		"metadata_public", N(nil),
		"metadata_admin", N(nil),
		"created_at", N(ts(created)),
		"updated_at", N(ts(created)),
		"organization_id", N(nil),
	)
	provider := pick(g.r, []string{"google", "apple", "github", "microsoft"})
	providerSub := map[string]string{"google": pattern(g.r, "1##################"), "apple": pattern(g.r, "######.") + g.hex(32) + pattern(g.r, ".####"), "github": fmt.Sprint(1000000 + g.r.IntN(150000000)), "microsoft": g.uuid()}[provider]
	switch g.r.IntN(3) {
	case 0:
		// GET /admin/identities/{id}?include_credential=…, as an admin
		// tool logs it.
		if g.r.IntN(2) == 0 {
			ident.set("metadata_public", O("plan", N(pick(g.r, []string{"free", "pro", "team"})), "onboarding_completed", N(g.r.IntN(2) == 0)))
		}
		if g.r.IntN(2) == 0 {
			ma := O("crm_id", P(pattern(g.r, "00Q##########AAA")), "signup_ip", P(p.ip))
			if g.r.IntN(3) == 0 {
				nt := pick(g.r, []bioLine{{"health", "Asked for large-print emails (visually impaired)"}, {"religion", "Requested no Saturday calls (observes Shabbat)"}, {"", "VIP customer, escalate tickets"}, {"", "Migrated from legacy auth 2024"}})
				if nt.cat != "" {
					ma.set("support_notes", S(nt.text, nt.cat))
				} else {
					ma.set("support_notes", P(nt.text))
				}
			}
			ident.set("metadata_admin", ma)
		}
		creds := O()
		switch method {
		case "password":
			creds.set("password", O(
				"type", N("password"),
				"identifiers", A(P(p.email)),
				"config", O("hashed_password", C(g.kratosHash())),
				"version", N(0),
				"created_at", N(ts(created)),
				"updated_at", N(ts(created)),
			))
		case "oidc":
			creds.set("oidc", O(
				"type", N("oidc"),
				"identifiers", A(P(provider+":"+providerSub)),
				"config", O("providers", A(O(
					"subject", P(providerSub),
					"provider", N(provider),
					"initial_id_token", C(g.chars(b64Set, 180)),
					"initial_access_token", C(g.chars(b64Set, 120)),
					"initial_refresh_token", C(g.chars(b64Set, 100)),
					"organization", N(nil),
				))),
				"version", N(0),
				"created_at", N(ts(created)),
				"updated_at", N(ts(created)),
			))
		default:
			creds.set("code", O(
				"type", N("code"),
				"identifiers", A(P(p.email)),
				"config", O("addresses", A(O("channel", N("email"), "address", P(p.email)))),
				"version", N(1),
				"created_at", N(ts(created)),
				"updated_at", N(ts(created)),
			))
		}
		ident.set("credentials", creds)
		return O(
			"logged_at", N(g.at(0, iso)),
			"request", O("method", N("GET"), "url", N(base+"/admin/identities/"+id+"?include_credential="+method), "headers", O("Authorization", C("Bearer ory_pat_"+g.b62(32)))),
			"response", O("status", N(200), "body", ident),
		)
	case 1:
		// The after-registration web hook with a Jsonnet body of the
		// app's own.
		body := O("identity_id", P(id), "email", P(p.email), "traits", traits, "method", N(method))
		return O(
			"headers", O("Content-Type", N("application/json"), "X-Api-Key", C(g.b62(40)), "User-Agent", N("Ory Network Webhook")),
			"body", body,
		)
	}
	// The default body, the whole ctx.
	flowID := g.uuid()
	issued := created.Add(-time.Duration(20+g.r.IntN(300)) * time.Second)
	reqURL := base + "/self-service/registration?flow=" + flowID
	flow := O(
		"id", N(flowID),
		"type", N(pick(g.r, []string{"browser", "browser", "api"})),
		"expires_at", N(ts(issued.Add(time.Hour))),
		"issued_at", N(ts(issued)),
		"request_url", N(base+"/self-service/registration/browser?return_to=https://app.example.com/welcome"),
		"active", N(method),
		"ui", O("action", N(reqURL), "method", N("POST"), "nodes", A()),
		"state", N("choose_method"),
		"organization_id", N(nil),
		"transient_payload", O(),
	)
	tp := O()
	if g.r.IntN(2) == 0 {
		tp.set("consents", O("marketing", N(g.r.IntN(2) == 0), "terms", N(true)))
	}
	if g.r.IntN(3) == 0 {
		tp.set("referral_code", N(strings.ToUpper(g.b62(8))))
	}
	hdr := O(
		"Accept", A(N("application/json")),
		"Content-Type", A(N("application/x-www-form-urlencoded")),
		"User-Agent", A(g.ua()),
		"X-Forwarded-For", A(P(p.ip)),
	)
	if l := g.locale(p.locale); l != nil {
		hdr.set("Accept-Language", A(l))
	}
	// The anti-CSRF cookie of the registration form.
	hdr.set("Cookie", A(N("csrf_token_"+g.hex(64)+"="+g.chars(b64Set, 44)+"=")))
	return O(
		"headers", O("Content-Type", N("application/json"), "Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte("hook:"+g.b62(24))))),
		"body", O(
			"flow", flow,
			"identity", ident,
			"request_headers", hdr,
			"request_method", N("POST"),
			"request_url", N(reqURL),
			"transient_payload", tp,
		),
	)
}

func b64url(s string) string { return base64.URLEncoding.EncodeToString([]byte(s)) }
