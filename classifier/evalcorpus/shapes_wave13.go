package evalcorpus

import (
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// wave13Shapes are a thirteenth set of producers, written blind from each
// producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are national identity and
// KYC services of India, Ukraine, the Baltic states and Africa, an
// identity verification, a money transfer, a point of sale, an HR
// system, an airline booking system and an Indonesian payment gateway:
// UIDAI's Aadhaar Paperless Offline e-KYC XML forwarded inside a JSON
// string with its share code, Diia document sharing with the Cyrillic
// passport, the РНОКПП taxpayer card and a child's birth certificate
// beside the encrypted package they came in, a Smart-ID RP API v2
// authentication with the Baltic personal code in the URL, the document
// number and the certificate, Smile ID Enhanced and Biometric KYC
// results with the Nigerian, Kenyan and South African registers' full
// records (religion, ethnic group, next of kin), a Stripe Identity
// verification session with its expanded verified outputs and report, a
// Wise recipient account with each currency's bank details, a Square
// customer.created webhook with a birthday without a year, a SAP
// SuccessFactors PerPerson OData record with /Date()/ values, national
// ids, emergency contacts and dependants, an Amadeus Flight Create
// Orders call with its travellers' passports (children and infants
// among them) and a Midtrans Snap transaction with its payment
// notification.
var wave13Shapes = []Shape{
	{Name: "aadhaar_offline_ekyc", Doc: "uidai.gov.in Aadhaar Paperless Offline e-KYC (ecosystem/authentication-devices-documents/about-aadhaar-paperless-offline-e-kyc: the resident downloads a ZIP protected by a four-character share code holding a digitally signed XML: <OfflinePaperlessKyc referenceId=last four digits of the Aadhaar number + YYYYMMDDHHMMSSsss><UidData><Poi dob=DD-MM-YYYY e=email hash gender=M/F/T m=mobile hash name/><Poa careof country dist house landmark loc pc po state street subdist vtc/><Pht>base64 JPEG</Pht></UidData><Signature xmlns=xmldsig>; the mobile and e-mail hashes are SHA-256 of value + share code, hashed again as many times as the last digit of the Aadhaar number (once for 0 and 1); the Aadhaar number itself is never in the XML) as an Indian lender's onboarding service forwards it: the XML as a JSON string beside the share code, the file name and the fields it extracted", build: aadhaarOfflineEKYC},
	{Name: "diia_document_share", Doc: "diia.gov.ua partner documentation for Дія.Шерінг (document sharing) and its acquirer SDK github.com/diiaintegration/ua-acquirers-sdk-dotnet-master: GET https://{diia_host}/api/v1/auth/acquirer/{acquirer_token} with Authorization: Basic {auth_acquirer_token} -> {token}; POST /api/v2/acquirers/branch/{branch_id}/offer-request/dynamic with Authorization: Bearer {session token} {offerId, requestId} -> {deeplink}; Diia then POSTs multipart/form-data to the partner's endpoint with the X-Document-Request-Trace-Id header (the requestId), encodeData (the metadata, signed and encrypted: CMS in base64) and each document as <type>-….pdf.p7s.p7e; the decoded Metadata {requestId, documentTypes, data{internal-passport[{taxpayerNumber, residenceUA, docNumber, genderUA Ч/Ж, nationalityUA, lastNameUA, firstNameUA, middleNameUA, birthday dd.mm.yyyy, birthPlaceUA, issueDate, expirationDate, recordNumber (УНЗР YYYYMMDD-XXXXC), department, genderEN, lastNameEN, firstNameEN, fileName}], foreign-passport[{… departmentUA, countryCode, departmentEN …}], taxpayer-card[{creationDate, docNumber (РНОКПП: days since 31.12.1899, sequence, sex digit, check digit weighted -1 5 7 9 4 6 10 5 7 mod 11 mod 10), lastNameUA, firstNameUA, middleNameUA, birthday, fileName}], birth-certificate[{id, document{series, number, department, issueDate}, child{lastName, firstName, middleName, birthDate, birthPlace, currentRegistrationPlaceUA, citizenship}, parents{father, mother{fullName, citizenship}}, act{name, registrationPlace}, fileName}]}}", build: diiaDocumentShare},
	{Name: "smart_id_session", Doc: "github.com/SK-EID/smart-id-documentation (Smart-ID RP API v2: POST /authentication/etsi/PNO{EE,LV,LT}-{personal code} or /authentication/document/{documentNumber} {relyingPartyUUID, relyingPartyName, certificateLevel QUALIFIED, hash, hashType SHA512, allowedInteractionsOrder[{type displayTextAndPIN / verificationCodeChoice / confirmationMessage, displayText60 / displayText200}], requestProperties{shareMdClientIpAddress}} -> {sessionID}; GET /session/{sessionId} -> {state COMPLETE, result{endResult OK, documentNumber PNOEE-38001085718-XXXX-Q}, signature{value, algorithm sha512WithRSAEncryption}, cert{value base64 DER, certificateLevel}, interactionFlowUsed, deviceIpAddress}; the verification code is four digits from the hash; the certificate subject C, CN=SURNAME,GIVENNAME,PNOEE-…, SN, GN, serialNumber PNOEE-…) and the smart-id-java-client AuthenticationIdentity (givenName, surName, identityCode, country, dateOfBirth); Estonian isikukood and Lithuanian asmens kodas (GYYMMDDSSSC, two-stage mod 11) and the Latvian personas kods DDMMYY-CNNNN (1101 less the weighted sum mod 11)", build: smartIDSession},
	{Name: "smile_id_job_result", Doc: "docs.usesmileid.com (Enhanced KYC and Biometric KYC job results and callbacks: {JSONVersion, SmileJobID, PartnerParams{job_id, user_id, job_type 5/1}, ResultType ID Verification, ResultText, ResultCode 1012 / 0810, IsFinalResult, Actions{Verify_ID_Number, Return_Personal_Info, Names, DOB, Gender, Phone_Number, ID_Verification, Liveness_Check, Selfie_To_ID_Authority_Compare, Register_Selfie}, Country, IDType NIN_V2 / BVN / NATIONAL_ID, IDNumber, ExpirationDate, FullName, DOB, Gender, Photo, PhoneNumber, PhoneNumber2, Address, Source, FullData (the authority's record as returned: NIMC NIN with religion, next of kin, origin, photo and signature; BVN with nationality, enrolment bank and image; Kenya IPRS with Clan, Ethnic_Group, Family, Citizenship, KRA Pin, Date_of_Birth M/D/YYYY 12:00:00 AM; South Africa DHA with citizenship), ConfidenceValue, timestamp, signature (HMAC of timestamp, partner id and sid_request) or the legacy sec_key with a millisecond timestamp; Not Available for what the authority did not return}) and the South African ID number (YYMMDD SSSS C A Z, Luhn)", build: smileIDJobResult},
	{Name: "stripe_identity_verified", Doc: "docs.stripe.com/api/identity/verification_sessions/object and docs.stripe.com/identity/verification-sessions (VerificationSession{id vs_…, object identity.verification_session, client_reference_id, client_secret (null but at creation), created, last_error, last_verification_report, livemode, metadata, options{document{allowed_types, require_id_number, require_live_capture, require_matching_selfie}, id_number{}}, provided_details{email, phone}, redaction, status verified, type document / id_number, url, verified_outputs{address{city, country, line1, line2, postal_code, state}, dob{day, month, year} and id_number only when expanded, email, first_name, id_number_type br_cpf / sg_nric / us_ssn, last_name, phone}}; webhook Event{id evt_…, object event, api_version, created, data{object}, livemode, pending_webhooks, request{id, idempotency_key}, type identity.verification_session.verified} with the Stripe-Signature header t=…,v1=…) and docs.stripe.com/api/identity/verification_reports/object (document{address, dob, error, expiration_date, files, first_name, issued_date, issuing_country, last_name, number, status, type passport / driving_license / id_card}, selfie{document, error, selfie, status})", build: stripeIdentityVerified},
	{Name: "wise_recipient_account", Doc: "docs.wise.com/api-docs/api-reference/recipient (POST https://api.transferwise.com/v1/accounts with Authorization: Bearer {currency, type, profile, ownedByCustomer, accountHolderName, details{legalType PRIVATE, and per currency: sort_code {sortCode, accountNumber} GBP, iban {IBAN, BIC} EUR/PLN/TRY, indian {ifscCode, accountNumber} INR, mexican {clabe} MXN, brazil {bankCode, branchCode, accountNumber, accountType, cpf, phoneNumber} BRL, aba {abartn, accountNumber, accountType, address} USD, japanese {bankCode, branchCode, accountType, accountNumber} JPY, south_korean_paygate {bankCode, accountNumber, dateOfBirth, email} KRW, australian {bsbCode, accountNumber} AUD, canadian {institutionNumber, transitNumber, accountNumber, accountType} CAD; address{country, countryCode, firstLine, postCode, city, state}, email}} -> account {id, business, profile, accountHolderName, currency, country, type, details (every detail member, null when unused), user, active, ownedByCustomer}; the address is asked for when paying USD, PHP, THB or TRY or paying from USD or AUD), with IBANs of valid ISO 13616 check digits, CLABEs with their 3-7-1 check digit and ABA routing numbers with their 3-7-1 checksum", build: wiseRecipientAccount},
	{Name: "square_customer_created", Doc: "developer.squareup.com/reference/square/customers-api/webhooks/customer.created ({merchant_id, type customer.created, event_id, created_at, data{type customer, id, object{customer}}}) and developer.squareup.com/reference/square/objects/Customer (id, created_at, updated_at, given_name, family_name, nickname, company_name, email_address, address{address_line_1, address_line_2, locality, administrative_district_level_1, postal_code, country}, phone_number as the seller entered it, birthday YYYY-MM-DD or 0000-MM-DD without a year, reference_id, note, preferences{email_unsubscribed}, creation_source, group_ids, segment_ids, version, tax_ids{eu_vat}) and developer.squareup.com/docs/webhooks/step3validate (x-square-hmacsha256-signature)", build: squareCustomerCreated},
	{Name: "successfactors_perperson", Doc: "help.sap.com SAP SuccessFactors Employee Central OData v2 reference (PerPerson{__metadata{uri, type SFOData.PerPerson}, personIdExternal, personId, perPersonUuid, dateOfBirth /Date(ms)/, countryOfBirth (ISO alpha-3), placeOfBirth, dateOfDeath, createdDateTime /Date(ms+0000)/, lastModifiedDateTime, personalInfoNav{results[PerPersonal{personIdExternal, startDate, endDate /Date(253402214400000)/, firstName, lastName, middleName, firstNameAlt1, lastNameAlt1, displayName, formalName, gender, maritalStatus and salutation (picklist option ids), nationality, secondNationality, nativePreferredLang}]}, nationalIdNav{results[PerNationalId{country, cardType, nationalId, isPrimary}]}, emailNav{results[PerEmail{emailAddress, emailType, isPrimary}]}, phoneNav{results[PerPhone{phoneType, countryCode, phoneNumber, isPrimary}]}, homeAddressNavDEFLT{results[PerAddressDEFLT{addressType, startDate, address1, city, zipCode, state, country}]}, emergencyContactNav{results[PerEmergencyContacts{personIdExternal, name, relationship, phone, secondPhone, email, primaryFlag, isAddSameAsEmployee, addressAddress1, addressCity, addressZipCode, addressCountry}]}, personRerlationshipNav (SAP's spelling){results[PerPersonRelationship{personIdExternal, relatedPersonIdExternal, relationshipType, startDate, endDate, firstName, lastName, isBeneficiary, isAccompanyingDependent, isAddressSameAsPerson, relPersonNav (PerPerson), relPersonalNav (PerPersonal), relNationalIdNav (PerNationalId)}]}; also regionOfBirth, birthName, userId, createdBy, createdOn, lastModifiedBy, lastModifiedOn; entity fields as the SAP Cloud SDK's generated SFOData entities list them) as GET /odata/v2/PerPerson?$expand=… returns it in {d{results}}", build: successFactorsPerPerson},
	{Name: "amadeus_flight_order", Doc: "developers.amadeus.com Flight Create Orders (POST https://api.amadeus.com/v1/booking/flight-orders with Authorization: Bearer from /v1/security/oauth2/token, Content-Type application/vnd.amadeus+json; body {data{type flight-order, flightOffers (as Flight Offers Price returns them: id, source GDS, itineraries[{duration, segments[{departure{iataCode, at}, arrival, carrierCode, number, aircraft{code}, duration, id, numberOfStops}]}], price, pricingOptions, validatingAirlineCodes, travelerPricings[{travelerId, fareOption, travelerType ADULT / CHILD / HELD_INFANT, associatedAdultId, price, fareDetailsBySegment}]), travelers[{id, dateOfBirth, name{firstName, lastName}, gender MALE/FEMALE, contact{emailAddress, phones[{deviceType MOBILE, countryCallingCode, number}], address}, documents[{documentType PASSPORT, birthPlace, issuanceLocation, issuanceDate, number, expiryDate, issuanceCountry, validityCountry, nationality, holder}]}], remarks{general[{subType, text}]}, ticketingAgreement{option DELAY_TO_CANCEL, delay}, contacts[{addresseeName, companyName, purpose, phones, emailAddress, address{lines, postalCode, cityName, countryCode}}]}} -> 201 {data{type, id, queuingOfficeId, associatedRecords[{reference, creationDate, originSystemCode, flightOfferId}], flightOffers, travelers}, dictionaries{locations}})", build: amadeusFlightOrder},
	{Name: "midtrans_snap_notification", Doc: "docs.midtrans.com (Snap: POST https://app.midtrans.com/snap/v1/transactions with Authorization: Basic base64(server key + ':') {transaction_details{order_id, gross_amount}, item_details[{id, price, quantity, name}], customer_details{first_name, last_name, email, phone (081… or +62 81…), billing_address{first_name, last_name, email, phone, address, city, postal_code, country_code IDN}, shipping_address}, enabled_payments, credit_card{secure, save_card}, callbacks{finish}} -> {token, redirect_url}; HTTP(S) notification {transaction_time (WIB), transaction_status settlement / capture, transaction_id, status_message, status_code, signature_key = SHA512(order_id + status_code + gross_amount + server key), settlement_time, payment_type gopay / bank_transfer / credit_card / qris / cstore, order_id, merchant_id, gross_amount, fraud_status, currency IDR, and per type va_numbers[{va_number, bank}], masked_card, card_type, bank, approval_code, eci, channel_response_code, three_ds_version, saved_token_id, issuer, acquirer, store, payment_code})", build: midtransNotification},
}

// inLatin is an Indian subject's place written as UIDAI's English
// records write it.
var inLatin = map[string]string{"मुंबई": "Mumbai", "दिल्ली": "New Delhi", "एमजी रोड": "M G Road", "महाराष्ट्र": "Maharashtra"}

func latinIN(s string) string {
	if v, ok := inLatin[s]; ok {
		return v
	}
	return s
}

// inDistrict is the district and state of the corpus's Indian cities.
var inDistrict = map[string][2]string{"Mumbai": {"Mumbai Suburban", "Maharashtra"}, "New Delhi": {"New Delhi", "Delhi"}, "Bengaluru": {"Bengaluru Urban", "Karnataka"}}

// xmlAttr escapes a value for an XML attribute.
func xmlAttr(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace(s)
}

func aadhaarOfflineEKYC(g *gen) *node {
	g.redraw("IN")
	p := g.p
	aadhaar := digitsOf(genAadhaar(g.r, p.dob, p.female, [2]string{}))
	last := int(aadhaar[11] - '0')
	// The XML is generated on the resident's request, minutes to days
	// before they hand it over (IST, with milliseconds).
	ist := time.FixedZone("IST", 5*3600+1800)
	made := g.t.Add(-time.Duration(10+g.r.IntN(3*24*60)) * time.Minute).In(ist)
	stamp := made.Format("20060102150405") + fmt.Sprintf("%03d", made.Nanosecond()/1e6)
	ref := aadhaar[8:] + stamp
	share := pattern(g.r, "####")
	name := titled(p.givenL, p.familyL)
	if isLatin(p.given) {
		name = p.given + " " + p.family
	}
	gender := map[bool]string{true: "F", false: "M"}[p.female]
	if g.r.IntN(60) == 0 {
		gender = "T"
	}
	mobile := digitsOf(g.nsn())
	var mHash, eHash string
	if g.r.IntN(8) != 0 {
		mHash = aadhaarOfflineHash(mobile, share, last)
	}
	if g.r.IntN(2) == 0 {
		eHash = aadhaarOfflineHash(p.email, share, last)
	}
	// The care-of line names the father (S/O, D/O) or the husband (W/O).
	rel := map[bool]string{true: "D/O", false: "S/O"}[p.female]
	father := newPerson(g.r, p.c, g.t)
	for father.female {
		father = newPerson(g.r, p.c, g.t)
	}
	careof := rel + ": " + titled(father.givenL, p.familyL)
	if p.female && g.ageAt() > 24 && g.r.IntN(2) == 0 {
		husband := newPerson(g.r, p.c, g.t)
		careof = "W/O: " + titled(husband.givenL, husband.familyL)
	}
	city := latinIN(p.city)
	dist := inDistrict[city]
	house := fmt.Sprintf("%d", 1+g.r.IntN(900))
	if g.r.IntN(2) == 0 {
		house = fmt.Sprintf("Flat %d%02d, %s", 1+g.r.IntN(12), 1+g.r.IntN(8), pick(g.r, []string{"Sai Krupa Apartments", "Shanti Niketan CHS", "Green Park Residency"}))
	}
	street := latinIN(p.street)
	landmark := pick(g.r, []string{"Near Hanuman Mandir", "Opp. Post Office", "Behind Bus Depot", ""})
	photo := ""
	if g.r.IntN(5) != 0 {
		photo = g.jpegB64(300 + g.r.IntN(300))
	}
	var x strings.Builder
	x.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`)
	fmt.Fprintf(&x, `<OfflinePaperlessKyc referenceId="%s"><UidData>`, ref)
	fmt.Fprintf(&x, `<Poi dob="%s" e="%s" gender="%s" m="%s" name="%s"/>`, p.dob.Format("02-01-2006"), eHash, gender, mHash, xmlAttr(name))
	if p.showResidence {
		fmt.Fprintf(&x, `<Poa careof="%s" country="India" dist="%s" house="%s" landmark="%s" loc="%s" pc="%s" po="%s" state="%s" street="%s" subdist="%s" vtc="%s"/>`,
			xmlAttr(careof), dist[0], xmlAttr(house), landmark, pick(g.r, []string{"Andheri East", "Karol Bagh", "Indiranagar", ""}), p.post, city, dist[1], xmlAttr(street), dist[0], city)
	}
	if photo != "" {
		fmt.Fprintf(&x, `<Pht>%s</Pht>`, photo)
	}
	fmt.Fprintf(&x, `</UidData><Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><CanonicalizationMethod Algorithm="http://www.w3.org/TR/2001/REC-xml-c14n-20010315"/><SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/><Reference URI=""><Transforms><Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/></Transforms><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>%s</DigestValue></Reference></SignedInfo><SignatureValue>%s</SignatureValue></Signature></OfflinePaperlessKyc>`,
		base64.StdEncoding.EncodeToString([]byte(g.hex(16))), g.chars(b62Set+"+/", 344))

	kyc := O(
		"file_name", N("offlineaadhaar"+stamp+".zip"),
		// The share code the resident chose: the ZIP's password, which
		// also salts the mobile and e-mail hashes.
		"share_code", C(share),
		"xml", P(x.String()),
		"xml_version", N("2.0"),
		"signature_valid", N(true),
		"mobile_hash_matched", orNull(map[bool]*node{true: N(true)}[mHash != "" && p.showPhone && p.phoneCC == "IN"]),
		"email_hash_matched", orNull(map[bool]*node{true: N(true)}[eHash != ""]),
	)
	ext := O(
		"reference_id", P(ref),
		"aadhaar_last4", P(aadhaar[8:]),
		"name", P(name),
		"dob", g.dob("02-01-2006"),
		"gender", P(gender),
	)
	if p.showResidence {
		ext.set("care_of", P(careof))
		ext.set("address", O(
			"house", g.addr(house),
			"street", g.addr(street),
			"landmark", Pif(landmark),
			"vtc", g.addr(city),
			"subdist", g.addr(dist[0]),
			"dist", g.addrN(dist[0]),
			"state", g.addrN(dist[1]),
			"pc", g.addr(p.post),
			"country", g.residence("India"),
		))
	}
	if photo != "" {
		ext.set("photo", S(photo, "biometric"))
	}
	cust := O("customer_id", P("CUST"+pattern(g.r, "########")))
	if p.showPhone && p.phoneCC == "IN" {
		cust.set("mobile", g.phone(mobile))
	}
	cust.set("email", Pif(map[bool]string{true: p.email}[eHash != ""]))
	return O(
		"event_type", N("kyc.aadhaar_offline.verified"),
		"event_id", N(g.uuid()),
		"created_at", N(g.at(0, iso)),
		"source", N("onboarding-service"),
		"customer", cust,
		"offline_ekyc", kyc,
		"extracted", ext,
	)
}

// diiaBirthPlace is the Latin spelling of a Ukrainian city.
var diiaLatinCity = map[string]string{"Київ": "Kyiv", "Львів": "Lviv", "Одеса": "Odesa", "Харків": "Kharkiv", "Дніпро": "Dnipro"}

func diiaDocumentShare(g *gen) *node {
	g.redraw("UA")
	g.adult(14) // the ID card is issued from 14
	p := g.p
	p.cit = p.c // Diia holds the documents of Ukraine's citizens
	p.showCitizenship = true
	mid := g.patronymic()
	givenEN, familyEN := titled(p.givenL), titled(p.familyL)
	birthCity := pick(g.r, []string{"Київ", "Львів", "Одеса", "Харків", "Дніпро"})
	issued := g.t.AddDate(-g.r.IntN(9), -g.r.IntN(12), -g.r.IntN(28))
	if first := p.dob.AddDate(14, 0, 0); issued.Before(first) {
		issued = first.AddDate(0, 1+g.r.IntN(6), 0)
	}
	d := func(t time.Time) string { return t.Format("02.01.2006") }
	rnokpp := genRNOKPP(g.r, p.dob, p.female)
	unzr := genUNZR(g.r, p.dob)
	addr := "м. " + p.city + ", " + p.street + ", буд. " + fmt.Sprint(1+g.r.IntN(120))
	if g.r.IntN(2) == 0 {
		addr += ", кв. " + fmt.Sprint(1+g.r.IntN(200))
	}
	requestID := base64.StdEncoding.EncodeToString([]byte(g.hex(32)))
	data := O()
	var types []*node
	var files []*node
	want := pick(g.r, [][]string{{"internal-passport"}, {"internal-passport", "taxpayer-card"}, {"taxpayer-card"}, {"foreign-passport"}, {"internal-passport", "taxpayer-card", "birth-certificate"}, {"foreign-passport", "birth-certificate"}})
	for _, k := range want {
		file := fmt.Sprintf("%s-%s.pdf", k, g.hex(8))
		switch k {
		case "internal-passport":
			data.set(k, A(O(
				"taxpayerNumber", P(rnokpp),
				"residenceUA", P(addr),
				"docNumber", P(pattern(g.r, "#########")),
				"genderUA", P(map[bool]string{true: "Ж", false: "Ч"}[p.female]),
				"nationalityUA", g.citizenship("Україна"),
				"lastNameUA", P(p.family),
				"firstNameUA", P(p.given),
				"middleNameUA", P(mid),
				"birthday", g.dob("02.01.2006"),
				"birthPlaceUA", P("м. "+birthCity),
				"issueDate", P(d(issued)),
				"expirationDate", P(d(issued.AddDate(10, 0, 0))),
				"recordNumber", P(unzr),
				"department", N(pattern(g.r, "####")),
				"genderEN", P(map[bool]string{true: "F", false: "M"}[p.female]),
				"lastNameEN", P(familyEN),
				"firstNameEN", P(givenEN),
				"fileName", N(file),
			)))
		case "taxpayer-card":
			data.set(k, A(O(
				"creationDate", P(d(p.dob.AddDate(0, 2+g.r.IntN(200), 0))),
				"docNumber", P(rnokpp),
				"lastNameUA", P(p.family),
				"firstNameUA", P(p.given),
				"middleNameUA", P(mid),
				"birthday", g.dob("02.01.2006"),
				"fileName", N(file),
			)))
		case "foreign-passport":
			dept := pattern(g.r, "####")
			data.set(k, A(O(
				"taxpayerNumber", P(rnokpp),
				"residenceUA", P(addr),
				"docNumber", P(strings.ToUpper(g.chars("ABCEFGHKMNPTX", 2))+pattern(g.r, "######")),
				"genderUA", P(map[bool]string{true: "Ж", false: "Ч"}[p.female]),
				"nationalityUA", g.citizenship("Україна"),
				"lastNameUA", P(p.family),
				"firstNameUA", P(p.given),
				"middleNameUA", P(mid),
				"birthday", g.dob("02.01.2006"),
				"birthPlaceUA", P("м. "+birthCity),
				"issueDate", P(d(issued)),
				"expirationDate", P(d(issued.AddDate(10, 0, 0))),
				"recordNumber", P(unzr),
				"departmentUA", N(dept),
				"countryCode", g.citizenship("UKR"),
				"genderEN", P(map[bool]string{true: "F", false: "M"}[p.female]),
				"lastNameEN", P(strings.ToUpper(familyEN)),
				"firstNameEN", P(strings.ToUpper(givenEN)),
				"departmentEN", N(dept),
				"fileName", N(file),
			)))
		case "birth-certificate":
			// A child's birth certificate the parent shares: the child is
			// another person, most often a minor.
			if g.ageAt() < 20 {
				continue
			}
			kid := newPerson(g.r, p.c, g.t)
			born := g.t.AddDate(-g.r.IntN(min(g.ageAt()-19, 15)+1), -g.r.IntN(12), -g.r.IntN(28))
			other := newPerson(g.r, p.c, g.t)
			self := O("fullName", P(p.family+" "+p.given+" "+mid), "citizenship", g.citizenship("Україна"))
			spouse := O("fullName", P(map[bool]string{true: p.family, false: other.family}[g.r.IntN(2) == 0]+" "+other.given+" "+pick(g.r, map[bool][]string{true: {"Іванович", "Петрович", "Олегович"}, false: {"Іванівна", "Олександрівна", "Петрівна"}}[p.female])), "citizenship", P("Україна"))
			parents := O("father", spouse, "mother", self)
			if !p.female {
				parents = O("father", self, "mother", spouse)
			}
			data.set(k, A(O(
				"id", P(g.uuid()),
				"document", O("series", P("І-"+pick(g.r, []string{"ТП", "КИ", "ЛВ", "ОД", "ХА"})), "number", P(pattern(g.r, "######")), "department", N("Відділ державної реєстрації актів цивільного стану у місті "+p.city), "issueDate", P(d(born.AddDate(0, 0, 3+g.r.IntN(20))))),
				"child", O(
					"lastName", P(p.family),
					"firstName", P(kid.given),
					"middleName", P(map[bool]string{true: pick(g.r, []string{"Андріївна", "Тарасівна"}), false: pick(g.r, []string{"Андрійович", "Тарасович"})}[kid.female]),
					"birthDate", P(d(born)),
					"birthPlace", P("Україна, м. "+p.city),
					"currentRegistrationPlaceUA", P(addr),
					"citizenship", P("Україна"),
				),
				"parents", parents,
				"act", O("name", P(fmt.Sprintf("Актовий запис № %d", 100+g.r.IntN(9000))), "registrationPlace", N("Відділ державної реєстрації актів цивільного стану у місті "+p.city)),
				"fileName", N(file),
			)))
		}
		types = append(types, N(k))
		files = append(files, O("name", N("file"), "fileName", N(file+".p7s.p7e"), "contentType", N("application/octet-stream"), "length", N(40000+g.r.IntN(120000))))
	}
	// encodeData: the metadata, signed and encrypted for the partner's
	// key (CMS, base64): personal data the partner can read.
	cms := []byte{0x30, 0x82, 0x0b, 0x1f, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x03}
	for range 900 + g.r.IntN(600) {
		cms = append(cms, byte(g.r.UintN(256)))
	}
	partner := O("userId", P(g.uuid()))
	if v := g.phone(strings.TrimPrefix(g.e164(), "+")); v != nil {
		partner.set("phone", v)
	}
	branch := g.hex(64)
	out := O("received_at", N(g.at(0, iso)))
	if g.r.IntN(3) == 0 {
		// The session token the partner got for its acquirer token.
		acq := g.b62(32)
		out.set("session", O(
			"method", N("GET"),
			"url", C("https://api2.diia.gov.ua/api/v1/auth/acquirer/"+acq),
			"headers", O("accept", N("application/json"), "Authorization", C("Basic "+acq)),
			"response", O("token", C(g.jwt("RS256", map[string]any{"acquirer": g.b62(12), "iat": g.t.Unix() - 60, "exp": g.t.Unix() + 7140}))),
		))
	}
	out.set("offer_request", O(
		"method", N("POST"),
		"url", N("https://api2.diia.gov.ua/api/v2/acquirers/branch/"+branch+"/offer-request/dynamic"),
		"headers", O("Authorization", C("Bearer "+g.jwt("RS256", map[string]any{"acquirer": g.b62(12), "iat": g.t.Unix() - 30}))),
		"body", O("offerId", N(g.hex(64)), "requestId", N(requestID)),
		"response", O("deeplink", N("https://diia.app/acquirers/offer-request/dynamic/"+fmt.Sprint(1000+g.r.IntN(9000))+"/"+g.b62(40))),
	))
	out.set("upload", O(
		"method", N("POST"),
		"path", N("/doc/upload"),
		"headers", O(
			"Content-Type", N("multipart/form-data; boundary=--------------------------"+pattern(g.r, "########################")),
			"X-Document-Request-Trace-Id", N(requestID),
		),
		"form", O("encodeData", P(base64.StdEncoding.EncodeToString(cms))),
		"files", A(files...),
	))
	out.set("metadata", O("requestId", N(requestID), "documentTypes", A(types...), "data", data))
	out.set("partner_user", partner)
	return out
}

// smartIDDisplay is the text a relying party shows on the phone, in the
// country's language.
var smartIDDisplay = map[string]string{"EE": "Sisselogimine: %s", "LV": "Pieslēgšanās: %s", "LT": "Prisijungimas: %s"}

func smartIDSession(g *gen) *node {
	cc := pick(g.r, []string{"EE", "EE", "EE", "EE", "LV", "LV", "LV", "LT", "LT", "LT"})
	g.redraw(cc)
	g.adult(18)
	p := g.p
	p.showResidence = true // the semantics identifier and the certificate name the country
	code := genBalticPersonalCode(g.r, p.dob, p.female)
	if cc == "LV" {
		code = genLVPersonasKods(g.r, p.dob)
	}
	semID := "PNO" + cc + "-" + code
	docNo := semID + "-" + strings.ToUpper(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 4)) + "-" + pick(g.r, []string{"Q", "Q", "Q", "NQ"})
	given, family := strings.ToUpper(p.given), strings.ToUpper(p.family)
	rpName := pick(g.r, []string{"Northwind Pank", "DEMO", "Globex Finance", "Initech Energia"})
	rpUUID := g.uuid()
	hash := sha512.Sum512([]byte(g.hex(64)))
	hashB64 := base64.StdEncoding.EncodeToString(hash[:])
	vc := fmt.Sprintf("%04d", (int(hash[62])<<8|int(hash[63]))%10000)
	flow := pick(g.r, []string{"displayTextAndPIN", "verificationCodeChoice", "confirmationMessage"})
	bySemantics := g.r.IntN(3) != 0
	url := "https://rp-api.smart-id.com/v2/authentication/etsi/" + semID
	if !bySemantics {
		url = "https://rp-api.smart-id.com/v2/authentication/document/" + docNo
	}
	display := fmt.Sprintf(smartIDDisplay[cc], rpName)
	if g.r.IntN(3) == 0 {
		display = "Log in to " + rpName
	}
	// The certificate: DER, in base64, whose subject names the holder.
	der := []byte{0x30, 0x82, 0x07, 0x86, 0x30, 0x82, 0x05, 0x6e, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x10}
	for range 120 {
		der = append(der, byte(g.r.UintN(256)))
	}
	for _, part := range [][2]any{{[]byte{0x55, 0x04, 0x06}, cc}, {[]byte{0x55, 0x04, 0x03}, family + "," + given + "," + semID}, {[]byte{0x55, 0x04, 0x04}, family}, {[]byte{0x55, 0x04, 0x2a}, given}, {[]byte{0x55, 0x04, 0x05}, semID}} {
		v := []byte(part[1].(string))
		der = append(der, 0x31, byte(len(v)+11), 0x30, byte(len(v)+9), 0x06, 0x03)
		der = append(der, part[0].([]byte)...)
		der = append(der, 0x0c, byte(len(v)))
		der = append(der, v...)
	}
	for range 900 {
		der = append(der, byte(g.r.UintN(256)))
	}
	status := O(
		"state", N("COMPLETE"),
		"result", O("endResult", N("OK"), "documentNumber", P(docNo)),
		"signature", O("value", N(g.chars(b62Set+"+/", 683)+"="), "algorithm", N("sha512WithRSAEncryption")),
		"cert", O("value", P(base64.StdEncoding.EncodeToString(der)), "certificateLevel", N("QUALIFIED")),
		"interactionFlowUsed", N(flow),
	)
	if g.r.IntN(2) == 0 {
		status.set("deviceIpAddress", P(p.ip))
	}
	idn := O(
		"givenName", P(given),
		"surName", P(family),
		"identityCode", P(code),
		"country", g.residence(cc),
		"dateOfBirth", g.dob("2006-01-02"),
	)
	return O(
		"timestamp", N(g.at(0, iso)),
		"relyingParty", O("uuid", N(rpUUID), "name", N(rpName)),
		"authenticationRequest", O(
			"method", N("POST"),
			"url", P(url),
			"body", O(
				"relyingPartyUUID", N(rpUUID),
				"relyingPartyName", N(rpName),
				"certificateLevel", N("QUALIFIED"),
				"hash", N(hashB64),
				"hashType", N("SHA512"),
				"allowedInteractionsOrder", A(O("type", N(flow), map[bool]string{true: "displayText200", false: "displayText60"}[flow == "confirmationMessage"], N(display))),
				"requestProperties", O("shareMdClientIpAddress", N(true)),
			),
			"response", O("sessionID", N(g.uuid())),
		),
		"verificationCode", N(vc),
		"sessionStatus", status,
		"authenticationIdentity", idn,
		"certificateSubject", P(fmt.Sprintf("SERIALNUMBER=%s, GIVENNAME=%s, SURNAME=%s, CN=\"%s,%s,%s\", C=%s", semID, given, family, family, given, semID, cc)),
	)
}

// kenyaEthnic are communities the Kenyan register records (IPRS
// Ethnic_Group), with clans of them.
var kenyaEthnic = [][2]string{{"KIKUYU", "ANJIRU"}, {"LUO", "JOKA JOK"}, {"KALENJIN", "TUGEN"}, {"LUHYA", "MARAGOLI"}, {"KAMBA", "AKAMBA"}}

// ngStates are Nigerian states with a local government area of each.
var ngStates = [][2]string{{"Lagos", "Ikeja"}, {"Lagos", "Eti-Osa"}, {"FCT", "Abuja Municipal"}, {"Anambra", "Onitsha North"}, {"Oyo", "Ibadan North"}, {"Kano", "Nassarawa"}, {"Enugu", "Enugu East"}}

func smileIDJobResult(g *gen) *node {
	switch x := g.r.IntN(20); {
	case x < 12:
		g.redraw("NG")
	case x < 17:
		g.redraw("KE")
	default:
		g.redraw("ZA")
	}
	g.adult(16)
	p := g.p
	cc := p.c.code
	p.showResidence = true // the job's Country is the register's
	if cc != "NG" {
		p.cit = p.c // Kenya's and South Africa's registers of citizens
	}
	p.showCitizenship = true
	given, family := titled(p.givenL), titled(p.familyL)
	middle := titled(newPerson(g.r, p.c, g.t).givenL)
	idType := map[string]string{"KE": "NATIONAL_ID", "ZA": "NATIONAL_ID"}[cc]
	if cc == "NG" {
		idType = pick(g.r, []string{"NIN_V2", "NIN_V2", "BVN"})
	}
	var idNum string
	switch {
	case idType == "BVN":
		idNum = "22" + pattern(g.r, "#########")
	case cc == "NG":
		idNum = pattern(g.r, "###########")
	case cc == "KE":
		idNum = fmt.Sprint(20000000 + g.r.IntN(19000000))
	default:
		idNum = zaID(g.r, p.dob, p.female, true)
	}
	photo := g.jpegB64(400 + g.r.IntN(400))
	phone := ""
	if p.showPhone && p.phoneCC == cc {
		phone = "0" + g.nsn()
	}
	biometric := g.r.IntN(3) == 0
	jobType := 5
	if biometric {
		jobType = 1
	}
	actions := O(
		"Verify_ID_Number", N("Verified"),
		"Return_Personal_Info", N("Returned"),
		"Names", N(pick(g.r, []string{"Exact Match", "Exact Match", "Partial Match"})),
		"DOB", N("Exact Match"),
		"Gender", N("Exact Match"),
		"Phone_Number", N(map[bool]string{true: "Exact Match", false: "Not Provided"}[phone != ""]),
		"ID_Verification", N("Verified"),
	)
	if biometric {
		actions.set("Liveness_Check", N("Passed"))
		actions.set("Selfie_To_ID_Authority_Compare", N("Completed"))
		actions.set("Register_Selfie", N("Approved"))
	}
	state := pick(g.r, ngStates)
	street := p.street
	full := O()
	switch {
	case idType == "NIN_V2":
		nok := newPerson(g.r, p.c, g.t)
		full = O(
			"firstname", P(strings.ToUpper(given)),
			"middlename", P(strings.ToUpper(middle)),
			"surname", P(strings.ToUpper(family)),
			"birthdate", g.dob("02-01-2006"),
			"gender", P(map[bool]string{true: "f", false: "m"}[p.female]),
			"nin", P(idNum),
			"trackingId", P(strings.ToUpper(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 15))),
			"telephoneno", Pif(phone),
			"title", P(map[bool]string{true: pick(g.r, []string{"mrs", "miss", "ms"}), false: "mr"}[p.female]),
			"maritalstatus", P(pick(g.r, []string{"single", "married"})),
			"religion", S(pick(g.r, []string{"christianity", "islam", "christianity", "traditional"}), "religion"),
			"educationallevel", P(pick(g.r, []string{"tertiary", "secondary", "primary"})),
			"profession", P(pick(g.r, []string{"TRADER", "STUDENT", "CIVIL SERVANT", "ENGINEER", "FARMER"})),
			"emplymentstatus", P(pick(g.r, []string{"employed", "unemployed", "self employed"})),
			"residence_AdressLine1", g.addr(strings.ToUpper(street)),
			"residence_Town", g.addr(strings.ToUpper(p.city)),
			"residence_lga", g.addr(state[1]),
			"residence_state", g.addrN(state[0]),
			"residencestatus", N("birth"),
			"self_origin_state", P(pick(g.r, ngStates)[0]),
			"self_origin_lga", P(pick(g.r, ngStates)[1]),
			"birthstate", P(pick(g.r, ngStates)[0]),
			"birthcountry", P("nigeria"),
			"nok_firstname", P(strings.ToUpper(titled(nok.givenL))),
			"nok_surname", P(strings.ToUpper(titled(nok.familyL))),
			"nok_address1", P(strings.ToUpper(nok.street)),
			"nok_town", P(strings.ToUpper(nok.city)),
			"spoken_language", P(pick(g.r, []string{"yoruba", "igbo", "hausa", "english"})),
			"photo", S(photo, "biometric"),
			"signature", P(g.jpegB64(80+g.r.IntN(80))),
		)
	case idType == "BVN":
		full = O(
			"BVN", P(idNum),
			"FirstName", P(strings.ToUpper(given)),
			"MiddleName", P(strings.ToUpper(middle)),
			"LastName", P(strings.ToUpper(family)),
			"DateOfBirth", g.dob("02-Jan-2006"),
			"Gender", P(map[bool]string{true: "Female", false: "Male"}[p.female]),
			"PhoneNumber1", Pif(phone),
			"Email", P(p.email),
			"MaritalStatus", P(pick(g.r, []string{"Single", "Married"})),
			"Nationality", g.citizenship(englishName[p.cit.code]),
			"StateOfOrigin", P(pick(g.r, ngStates)[0]+" State"),
			"LgaOfOrigin", P(pick(g.r, ngStates)[1]),
			"StateOfResidence", g.addrN(state[0]+" State"),
			"LgaOfResidence", g.addr(state[1]),
			"ResidentialAddress", g.addr(street+", "+p.city),
			"EnrollmentBank", N(pick(g.r, []string{"033", "044", "057", "058", "011"})),
			"EnrollmentBranch", N(pick(g.r, []string{"IKEJA", "VICTORIA ISLAND", "WUSE II", "ONITSHA MAIN MARKET"})),
			"RegistrationDate", P(g.t.AddDate(-1-g.r.IntN(10), -g.r.IntN(12), 0).Format("02-Jan-2006")),
			"LevelOfAccount", N(pick(g.r, []string{"Level 1 - Low Level Accounts", "Level 2 - Medium Level Accounts", "Level 3 - High Level Accounts"})),
			"NameOnCard", P(strings.ToUpper(given+" "+family)),
			"WatchListed", N("NO"),
			"Base64Image", S(photo, "biometric"),
		)
	case cc == "KE":
		eth := pick(g.r, kenyaEthnic)
		born := p.dob.Format("1/2/2006") + " 12:00:00 AM"
		g.lab.BirthDate = p.dob.Format("2006-01-02")
		full = O(
			"ID_Number", P(idNum),
			"Serial_Number", P(pattern(g.r, "#########")),
			"First_Name", P(strings.ToUpper(given)),
			"Other_Name", P(strings.ToUpper(middle)),
			"Surname", P(strings.ToUpper(family)),
			"Gender", P(map[bool]string{true: "F", false: "M"}[p.female]),
			"Date_of_Birth", P(born),
			"Place_of_Birth", P(strings.ToUpper(pick(g.r, []string{"Nairobi", "Kiambu", "Kisumu", "Nakuru", "Machakos"}))),
			"Citizenship", g.citizenship("Kenyan"),
			"Family", P(strings.ToUpper(family)),
			"Clan", S(eth[1], "ethnicity"),
			"Ethnic_Group", S(eth[0], "ethnicity"),
			"Occupation", P(pick(g.r, []string{"STUDENT", "FARMER", "BUSINESS", "TEACHER"})),
			"Place_of_Live", g.addr(strings.ToUpper(p.city)),
			"Pin", P("A"+pattern(g.r, "#########")+string(rune('A'+g.r.IntN(26)))),
			"Date_of_Issue", P(p.dob.AddDate(18, g.r.IntN(24), 0).Format("1/2/2006")+" 12:00:00 AM"),
			"Photo", S(photo, "biometric"),
		)
	default:
		full = O(
			"IDNumber", P(idNum),
			"FirstNames", P(strings.ToUpper(given+" "+middle)),
			"Surname", P(strings.ToUpper(family)),
			"DOB", g.dob("2006-01-02"),
			"Gender", P(map[bool]string{true: "Female", false: "Male"}[p.female]),
			"Citizenship", g.citizenship("South African"),
			"MaritalStatus", P(pick(g.r, []string{"SINGLE", "MARRIED"})),
			"DeceasedStatus", N("ALIVE"),
			"Photo", S(photo, "biometric"),
		)
	}
	res := O(
		"JSONVersion", N("1.0.0"),
		"SmileJobID", N(fmt.Sprintf("%010d", g.r.IntN(90000000))),
		"PartnerParams", O("job_id", N(g.uuid()), "user_id", P("user-"+g.uuid()), "job_type", N(jobType)),
		"ResultType", N("ID Verification"),
		"ResultText", N(map[bool]string{true: "Enroll User", false: "ID Number Validated"}[biometric]),
		"ResultCode", N(map[bool]string{true: "0810", false: "1012"}[biometric]),
		"IsFinalResult", N("true"),
		"Actions", actions,
		"Country", g.residence(cc),
		"IDType", N(idType),
		"IDNumber", P(idNum),
		"ExpirationDate", N("Not Available"),
		"FullName", P(given+" "+middle+" "+family),
		"DOB", g.dob("2006-01-02"),
		"Gender", P(map[bool]string{true: "Female", false: "Male"}[p.female]),
		"Photo", S(photo, "biometric"),
		"PhoneNumber", notAvailable(Pif(phone)),
		"PhoneNumber2", N("Not Available"),
		"Address", notAvailable(g.addr(strings.ToUpper(street+", "+p.city))),
		"Source", N(map[bool]string{true: "Biometric KYC", false: "Enhanced KYC"}[biometric]),
		"FullData", full,
	)
	if phone != "" {
		// the number was read, so it counts
		g.phone(phone)
	}
	if biometric {
		res.set("ConfidenceValue", N(fmt.Sprintf("%d.%d", 90+g.r.IntN(9), g.r.IntN(10))))
	}
	if g.r.IntN(4) == 0 {
		// The legacy signature: sec_key and a timestamp in milliseconds.
		res.set("sec_key", N(g.chars(b62Set+"+/", 172)+"=|"+g.hex(64)))
		res.set("timestamp", N(g.t.UnixMilli()))
		return res
	}
	res.set("timestamp", N(g.at(0, "2006-01-02T15:04:05.000Z")))
	res.set("signature", N(g.chars(b62Set+"+/", 43)+"="))
	return res
}

// notAvailable is n, or the "Not Available" Smile ID writes for a field
// the authority did not return.
func notAvailable(n *node) *node {
	if n == nil {
		return N("Not Available")
	}
	return n
}

// stripeIDCountries are the countries of Stripe Identity's subjects.
var stripeIDCountries = []string{"US", "US", "US", "US", "GB", "DE", "FR", "BR", "BR", "SG", "IN", "JP", "MX", "ES", "IT", "CA", "AU"}

func stripeIdentityVerified(g *gen) *node {
	g.redraw(stripeIDCountries...)
	g.adult(16)
	p := g.p
	cc := p.c.code
	idType := map[string]string{"US": "us_ssn", "BR": "br_cpf", "SG": "sg_nric"}[cc]
	var idNum string
	switch cc {
	case "US":
		idNum = strings.ReplaceAll(genSSN(g.r, p.dob, p.female, [2]string{}), "-", "")
	case "BR":
		idNum = digitsOf(genCPF(g.r, p.dob, p.female, [2]string{}))
	case "SG":
		idNum = nric(g.r, p.dob, false, p.cit == p.c)
	}
	sessType := "document"
	if idType != "" && g.r.IntN(3) == 0 {
		sessType = "id_number"
	}
	// A document session collects the id number only when asked to.
	requireID := sessType == "id_number" || (idType != "" && g.r.IntN(2) == 0)
	if !requireID {
		idType = ""
	}
	docType := ""
	if sessType == "document" {
		docType = pick(g.r, []string{"passport", "driving_license", "driving_license", "id_card"})
		if cc == "US" || cc == "CA" || cc == "AU" || cc == "GB" {
			docType = pick(g.r, []string{"passport", "driving_license", "driving_license"})
		}
	}
	given, family := latinName(p.given, p.givenL), latinName(p.family, p.familyL)
	if !isLatin(given + family) {
		given, family = titled(p.givenL), titled(p.familyL)
	}
	vsID := "vs_1" + g.b62(23)
	vrID := "vr_1" + g.b62(23)
	ref := "user_" + g.b62(10)
	created := g.t.Add(-time.Duration(60+g.r.IntN(1800)) * time.Second)
	addr := func() *node {
		if !p.showResidence || docType == "passport" {
			return N(nil)
		}
		state := p.region
		if cc == "US" {
			state = pick(g.r, usStates)[0]
		}
		return O(
			"city", g.addr(p.city),
			"country", g.residence(cc),
			"line1", g.addr(p.street),
			"line2", N(nil),
			"postal_code", g.addr(p.post),
			"state", g.addrN(state),
		)
	}
	opts := O()
	if sessType == "document" {
		opts.set("document", O("allowed_types", A(N("driving_license"), N("id_card"), N("passport")), "require_id_number", N(requireID), "require_live_capture", N(true), "require_matching_selfie", N(g.r.IntN(2) == 0)))
	} else {
		opts.set("id_number", O())
	}
	flow := pick(g.r, []string{"signup", "payout_onboarding", "age_check"})
	outputs := func(expanded bool) *node {
		o := O(
			"address", addr(),
			"dob", N(nil),
			"email", N(nil),
			"first_name", P(given),
			"id_number", N(nil),
			"id_number_type", Nif(idType),
			"last_name", P(family),
			"phone", N(nil),
		)
		if expanded {
			d := g.dobAt()
			o.set("dob", O("day", P(d.Day()), "month", P(int(d.Month())), "year", P(d.Year())))
			if idType != "" {
				o.set("id_number", P(idNum))
			}
		}
		if idType == "" {
			o.set("id_number_type", N(nil))
		}
		return o
	}
	session := func(expanded bool) *node {
		s := O(
			"id", N(vsID),
			"object", N("identity.verification_session"),
			"client_reference_id", P(ref),
			"client_secret", N(nil),
			"created", N(created.Unix()),
			"last_error", N(nil),
			"last_verification_report", N(vrID),
			"livemode", N(true),
			"metadata", O("user_id", P(ref), "flow", N(flow)),
			"options", opts,
		)
		if g.r.IntN(2) == 0 {
			pd := O("email", P(p.email))
			if v := g.phone(g.e164()); v != nil {
				pd.set("phone", v)
			}
			s.set("provided_details", pd)
		}
		s.set("redaction", N(nil))
		s.set("status", N("verified"))
		s.set("type", N(sessType))
		s.set("url", N(nil))
		s.set("verified_outputs", outputs(expanded))
		return s
	}
	out := O(
		"headers", O("Stripe-Signature", N(fmt.Sprintf("t=%d,v1=%s", g.t.Unix(), g.hex(64))), "User-Agent", N("Stripe/1.0 (+https://stripe.com/docs/webhooks)")),
		"event", O(
			"id", N("evt_1"+g.b62(23)),
			"object", N("event"),
			"api_version", N("2024-06-20"),
			"created", N(g.t.Unix()),
			"data", O("object", session(false)),
			"livemode", N(true),
			"pending_webhooks", N(1),
			"request", O("id", N(nil), "idempotency_key", N(nil)),
			"type", N("identity.verification_session.verified"),
		),
	)
	if g.r.IntN(2) == 0 {
		// The handler fetches the session with the sensitive outputs
		// and the report expanded.
		s := session(true)
		if sessType == "document" {
			issuer := cc
			var ic *node
			switch docType {
			case "passport", "id_card":
				issuer = p.cit.code
				g.lab.Citizenship = addCountry(g.lab.Citizenship, issuer)
				ic = P(issuer)
			default:
				// A driving licence is issued where its holder lives.
				g.lab.Residence = addCountry(g.lab.Residence, issuer)
				ic = N(issuer)
			}
			issued := g.t.AddDate(-g.r.IntN(9), -g.r.IntN(12), -g.r.IntN(28))
			exp := issued.AddDate(10, 0, 0)
			d := g.dobAt()
			doc := O(
				"address", addr(),
				"dob", O("day", P(d.Day()), "month", P(int(d.Month())), "year", P(d.Year())),
				"error", N(nil),
				"expiration_date", O("day", P(exp.Day()), "month", P(int(exp.Month())), "year", P(exp.Year())),
				"files", A(N("file_1"+g.b62(23)), N("file_1"+g.b62(23))),
				"first_name", P(given),
				"issued_date", O("day", P(issued.Day()), "month", P(int(issued.Month())), "year", P(issued.Year())),
				"issuing_country", ic,
				"last_name", P(family),
				"number", P(strings.ToUpper(g.passportNumber(issuer))),
				"status", N("verified"),
				"type", N(docType),
			)
			rep := O(
				"id", N(vrID),
				"object", N("identity.verification_report"),
				"client_reference_id", P(ref),
				"created", N(g.t.Unix()-5),
				"document", doc,
				"livemode", N(true),
				"options", O("document", O()),
				"type", N("document"),
				"verification_session", N(vsID),
			)
			if g.r.IntN(2) == 0 {
				rep.set("selfie", O("document", N("file_1"+g.b62(23)), "error", N(nil), "selfie", N("file_1"+g.b62(23)), "status", N("verified")))
			}
			s.set("last_verification_report", rep)
		}
		out.set("session_expanded", s)
	}
	return out
}

// wiseRoute is how Wise pays a currency: the recipient type and the
// bank country.
var wiseRoute = map[string][2]string{
	"GB": {"GBP", "sort_code"}, "DE": {"EUR", "iban"}, "FR": {"EUR", "iban"}, "ES": {"EUR", "iban"}, "IT": {"EUR", "iban"},
	"NL": {"EUR", "iban"}, "BE": {"EUR", "iban"}, "PT": {"EUR", "iban"}, "EE": {"EUR", "iban"}, "LT": {"EUR", "iban"},
	"PL": {"PLN", "iban"}, "TR": {"TRY", "iban"}, "IN": {"INR", "indian"}, "MX": {"MXN", "mexican"}, "BR": {"BRL", "brazil"},
	"US": {"USD", "aba"}, "JP": {"JPY", "japanese"}, "KR": {"KRW", "south_korean_paygate"}, "AU": {"AUD", "australian"},
	"CA": {"CAD", "canadian"},
}

var wiseCountries = []string{"GB", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "PT", "EE", "LT", "PL", "TR", "IN", "IN", "MX", "BR", "US", "US", "JP", "KR", "AU", "CA"}

// wiseDetailKeys are the members every v1 account's details carry, null
// when the type does not use them.
var wiseDetailKeys = []string{"address", "email", "legalType", "accountNumber", "sortCode", "abartn", "accountType", "bankgiroNumber", "ifscCode", "bsbCode", "institutionNumber", "transitNumber", "phoneNumber", "bankCode", "russiaRegion", "routingNumber", "branchCode", "cpf", "cardNumber", "identificationNumber", "idType", "idNumber", "idCountryIso3", "idValidFrom", "idValidTo", "clabe", "swiftCode", "dateOfBirth", "clearingNumber", "bankName", "branchName", "businessNumber", "province", "city", "rut", "token", "cnpj", "payinReference", "pspReference", "orderId", "idDocumentType", "idDocumentNumber", "targetProfile", "taxId", "job", "nationality", "interacAccount", "bban", "town", "postCode", "language", "billerCode", "customerReferenceNumber", "prefix", "IBAN", "iban", "BIC", "bic"}

func wiseRecipientAccount(g *gen) *node {
	g.redraw(wiseCountries...)
	g.adult(18)
	p := g.p
	cc := p.c.code
	route := wiseRoute[cc]
	name := latinName(p.given, p.givenL) + " " + latinName(p.family, p.familyL)
	if !isLatin(name) {
		name = titled(p.givenL, p.familyL)
	}
	own := g.r.IntN(4) == 0 // the sender's own account abroad
	det := map[string]*node{"legalType": N("PRIVATE")}
	switch route[1] {
	case "sort_code":
		det["sortCode"] = P(pattern(g.r, "######"))
		det["accountNumber"] = P(pattern(g.r, "########"))
	case "iban":
		det["IBAN"] = P(ibanFor(g.r, cc))
		if g.r.IntN(2) == 0 {
			det["BIC"] = N(map[string]string{"DE": "DEUTDEFF", "FR": "BNPAFRPP", "ES": "CAIXESBB", "IT": "UNCRITMM", "NL": "INGBNL2A", "BE": "GEBABEBB", "PT": "CGDIPTPL", "EE": "HABAEE2X", "LT": "HABALT22", "PL": "PKOPPLPW", "TR": "TGBATRIS"}[cc])
		}
	case "indian":
		det["ifscCode"] = P(pick(g.r, []string{"HDFC", "ICIC", "SBIN", "UTIB", "KKBK"}) + "0" + pattern(g.r, "######"))
		det["accountNumber"] = P(pattern(g.r, "############"))
	case "mexican":
		det["clabe"] = P(genCLABE(g.r))
	case "brazil":
		det["bankCode"] = N(pick(g.r, []string{"001", "237", "341", "104", "260"}))
		det["branchCode"] = P(pattern(g.r, "####"))
		det["accountNumber"] = P(pattern(g.r, "#######-#"))
		det["accountType"] = N(pick(g.r, []string{"CHECKING", "SAVINGS"}))
		det["cpf"] = P(genCPF(g.r, p.dob, p.female, [2]string{}))
		if v := g.phone(g.e164()); v != nil {
			det["phoneNumber"] = v
		}
	case "aba":
		det["abartn"] = P(genABARouting(g.r))
		det["accountNumber"] = P(pattern(g.r, "##########"))
		det["accountType"] = N(pick(g.r, []string{"CHECKING", "SAVINGS"}))
	case "japanese":
		det["bankCode"] = N(pick(g.r, []string{"0005", "0001", "0009", "0036"}))
		det["branchCode"] = P(pattern(g.r, "###"))
		det["accountType"] = N(pick(g.r, []string{"SAVINGS", "CURRENT"}))
		det["accountNumber"] = P(pattern(g.r, "#######"))
	case "south_korean_paygate":
		det["bankCode"] = N(pick(g.r, []string{"004", "088", "020", "081"}))
		det["accountNumber"] = P(pattern(g.r, "############"))
		det["dateOfBirth"] = g.dob("2006-01-02")
		det["email"] = P(p.email)
	case "australian":
		det["bsbCode"] = P(pattern(g.r, "######"))
		det["accountNumber"] = P(pattern(g.r, "#########"))
	case "canadian":
		det["institutionNumber"] = N(pick(g.r, []string{"001", "002", "003", "004", "006"}))
		det["transitNumber"] = P(pattern(g.r, "#####"))
		det["accountNumber"] = P(pattern(g.r, "#######"))
		det["accountType"] = N(pick(g.r, []string{"Checking", "Savings"}))
	}
	if _, ok := det["email"]; !ok && g.r.IntN(2) == 0 {
		det["email"] = P(p.email)
	}
	// Wise asks for the address when paying USD, PHP, THB or TRY, and
	// when the money leaves USD or AUD.
	needAddr := route[0] == "USD" || route[0] == "TRY" || g.r.IntN(4) == 0
	var addrN *node
	if needAddr && p.showResidence {
		state := N(nil)
		switch cc {
		case "US":
			state = g.addrN(pick(g.r, usStates)[0])
		case "CA", "AU":
			state = g.addrN(p.region)
		}
		addrN = O(
			"country", g.residence(cc),
			"countryCode", g.residence(cc),
			"firstLine", g.addr(p.street),
			"postCode", g.addr(p.post),
			"city", g.addr(p.city),
			"state", state,
		)
	}
	if addrN != nil {
		det["address"] = addrN
	}
	reqDet := O()
	for _, k := range wiseDetailKeys {
		if v, ok := det[k]; ok {
			reqDet.set(k, v)
		}
	}
	respDet := O()
	for _, k := range wiseDetailKeys {
		switch v, ok := det[k]; {
		case ok:
			respDet.set(k, v)
		case k == "address":
			respDet.set(k, O("country", N(nil), "countryCode", N(nil), "firstLine", N(nil), "postCode", N(nil), "city", N(nil), "state", N(nil)))
		default:
			respDet.set(k, N(nil))
		}
	}
	profile := 10000000 + g.r.IntN(9000000)
	id := 140000000 + g.r.IntN(90000000)
	return O(
		"logged_at", N(g.at(0, iso)),
		"request", O(
			"method", N("POST"),
			"url", N("https://api.transferwise.com/v1/accounts"),
			"headers", O("Authorization", C("Bearer "+g.uuid()), "Content-Type", N("application/json")),
			"body", O(
				"currency", N(route[0]),
				"type", N(route[1]),
				"profile", N(profile),
				"ownedByCustomer", N(own),
				"accountHolderName", P(name),
				"details", reqDet,
			),
		),
		"response", O(
			"status", N(200),
			"body", O(
				"id", N(id),
				"business", N(nil),
				"profile", N(profile),
				"accountHolderName", P(name),
				"currency", N(route[0]),
				"country", N(cc),
				"type", N(route[1]),
				"details", respDet,
				"user", N(5000000+g.r.IntN(4000000)),
				"active", N(true),
				"ownedByCustomer", N(own),
			),
		),
	)
}

// squareNotes are what a merchant's staff note on a customer, by
// language; some say what a special category would.
var squareNotes = map[string][]bioLine{
	"en": {{"health", "Allergic to latex and nuts - check products before the appointment"}, {"health", "Pregnant (2nd trimester), no retinol treatments"}, {"", "Prefers Saturday mornings with Jess"}, {"", "Regular since 2019, likes oat milk flat white"}, {"religion", "Halal meat only for catering orders"}},
	"ja": {{"health", "金属アレルギーあり。施術前に必ず確認。"}, {"", "土曜日の午前中を希望。"}, {"", "常連様、ポイントカード紛失済み。"}},
	"fr": {{"health", "Allergique au latex, ne pas utiliser de gants en latex."}, {"", "Préfère les rendez-vous le mercredi."}},
	"es": {{"health", "Diabética, avisar si el tratamiento lleva azúcar."}, {"", "Cliente habitual, prefiere a Marta."}},
}

var squareCountries = []string{"US", "US", "US", "US", "US", "CA", "GB", "GB", "AU", "JP", "JP", "FR", "ES"}

func squareCustomerCreated(g *gen) *node {
	g.redraw(squareCountries...)
	p := g.p
	cc := p.c.code
	custID := strings.ToUpper(g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26))
	created := g.t.Add(-time.Duration(1+g.r.IntN(5)) * time.Second)
	ts := created.UTC().Format("2006-01-02T15:04:05.000Z")
	c := O(
		"id", P(custID),
		"created_at", N(ts),
		"updated_at", N(ts),
		"given_name", P(p.given),
		"family_name", P(p.family),
	)
	if g.r.IntN(5) == 0 {
		c.set("nickname", P(map[bool]string{true: p.given[:min(len(p.given), 3)], false: cap1(p.givenL)}[isLatin(p.given)]))
	}
	if g.r.IntN(6) == 0 {
		c.set("company_name", P(pick(g.r, []string{"Northwind Traders", "Globex", "Initech", "株式会社ノースウィンド"})))
	}
	c.set("email_address", P(p.email))
	if p.showResidence && g.r.IntN(4) != 0 {
		line2 := ""
		if cc == "US" && g.r.IntN(3) == 0 {
			line2 = fmt.Sprintf("Apt %d", 1+g.r.IntN(40))
		}
		state := p.region
		if cc == "US" {
			state = pick(g.r, usStates)[0]
		}
		c.set("address", O(
			"address_line_1", g.addr(p.street),
			"address_line_2", g.addr(line2),
			"locality", g.addr(p.city),
			"administrative_district_level_1", g.addrN(state),
			"postal_code", g.addr(p.post),
			"country", g.residence(cc),
		))
	}
	if p.showPhone {
		// As the seller typed it at the counter.
		c.set("phone_number", g.phone(pick(g.r, []string{p.phoneNat, g.intl(), strings.ReplaceAll(g.intl(), " ", "-"), g.e164()})))
	}
	switch x := g.r.IntN(4); {
	case x == 0:
		// A birthday without a year, in the notation of either API
		// version.
		c.set("birthday", P("0000-"+p.dob.Format(pick(g.r, []string{"01-02", "01-02T00:00:00-00:00"}))))
	case x < 3:
		c.set("birthday", g.dob(pick(g.r, []string{"2006-01-02", "2006-01-02T00:00:00-00:00"})))
	}
	if g.r.IntN(2) == 0 {
		c.set("reference_id", P(pattern(g.r, "CUST-#####")))
	}
	if g.r.IntN(3) == 0 {
		lang := map[string]string{"JP": "ja", "FR": "fr", "ES": "es"}[cc]
		if lang == "" {
			lang = "en"
		}
		n := pick(g.r, squareNotes[lang])
		if n.cat != "" {
			c.set("note", S(n.text, n.cat))
		} else {
			c.set("note", P(n.text))
		}
	}
	c.set("preferences", O("email_unsubscribed", N(g.r.IntN(5) == 0)))
	c.set("creation_source", N(pick(g.r, []string{"THIRD_PARTY", "DIRECTORY", "APPOINTMENTS", "LOYALTY", "INVOICES", "ONLINE_STORE"})))
	if g.r.IntN(3) == 0 {
		c.set("group_ids", A(N(g.b62(26))))
	}
	c.set("segment_ids", A(N("ML"+strings.ToUpper(g.b62(13)))))
	c.set("version", N(0))
	if (cc == "FR" || cc == "ES") && g.r.IntN(3) == 0 {
		vat := map[string]string{"FR": "FR" + pattern(g.r, "###########"), "ES": "ES" + pattern(g.r, "########") + string(rune('A'+g.r.IntN(26)))}[cc]
		c.set("tax_ids", O("eu_vat", P(vat)))
	}
	return O(
		"headers", O(
			"content-type", N("application/json"),
			"square-environment", N("Production"),
			"x-square-hmacsha256-signature", N(base64.StdEncoding.EncodeToString([]byte(g.hex(16)))),
			"user-agent", N("Square Connect v2"),
		),
		"body", O(
			"merchant_id", N(strings.ToUpper(g.chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 13))),
			"type", N("customer.created"),
			"event_id", N(g.uuid()),
			"created_at", N(g.at(0, "2006-01-02T15:04:05.000Z")),
			"data", O(
				"type", N("customer"),
				"id", P(custID),
				"object", O("customer", c),
			),
		),
	)
}

// sfDate is a date as SuccessFactors' OData v2 writes it: /Date(ms)/.
func sfDate(t time.Time) string { return fmt.Sprintf("/Date(%d)/", t.UnixMilli()) }

// sfIDs is each country's national id in SuccessFactors: the card type
// and the generator.
var sfCountries = []string{"DE", "DE", "DE", "FR", "PL", "JP", "JP", "CN", "IN", "IN", "BR", "US", "US"}

func (g *gen) sfNationalID() (cardType, v string) {
	p := g.p
	a := [2]string{p.givenL, p.familyL}
	switch p.c.code {
	case "DE":
		return "taxid", genIdNr(g.r, p.dob, p.female, a)
	case "FR":
		return "nir", strings.ReplaceAll(genNIR(g.r, p.dob, p.female, a), " ", "")
	case "PL":
		return "pesel", genPESEL(g.r, p.dob, p.female, a)
	case "JP":
		return "mynumber", g.myNumber()
	case "CN":
		return "residentid", genRIC(g.r, p.dob, p.female, a)
	case "IN":
		if g.r.IntN(2) == 0 {
			return "pan", genPAN(g.r, p.dob, p.female, a)
		}
		return "aadhaar", genAadhaar(g.r, p.dob, p.female, a)
	case "BR":
		return "cpf", genCPF(g.r, p.dob, p.female, a)
	}
	return "ssn", genSSN(g.r, p.dob, p.female, a)
}

func successFactorsPerPerson(g *gen) *node {
	g.redraw(sfCountries...)
	g.adult(16)
	p := g.p
	cc := p.c.code
	a3 := alpha3[cc]
	host := pick(g.r, []string{"api4.successfactors.com", "api012.successfactors.eu", "api15.sapsf.cn", "api10.successfactors.com"})
	pid := fmt.Sprint(100000 + g.r.IntN(900000))
	meta := func(set, key string) *node {
		return O("uri", P(fmt.Sprintf("https://%s/odata/v2/%s(%s)", host, set, key)), "type", N("SFOData."+set))
	}
	start := g.t.AddDate(-g.r.IntN(6), -g.r.IntN(12), 0).Truncate(24 * time.Hour)
	cjk := cc == "JP" || cc == "CN"
	first, last := p.given, p.family
	info := O(
		"__metadata", meta("PerPersonal", fmt.Sprintf("personIdExternal='%s',startDate=datetime'%s'", pid, start.Format("2006-01-02T15:04:05"))),
		"personIdExternal", P(pid),
		"startDate", N(sfDate(start)),
		"endDate", N("/Date(253402214400000)/"),
		"firstName", P(first),
		"lastName", P(last),
		"middleName", N(nil),
	)
	if cjk || !isLatin(first+last) {
		info.set("firstNameAlt1", P(titled(p.givenL)))
		info.set("lastNameAlt1", P(titled(p.familyL)))
	}
	disp := first + " " + last
	if cjk {
		disp = p.fullName()
	}
	info.set("displayName", P(disp))
	info.set("formalName", P(disp))
	info.set("gender", P(map[bool]string{true: "F", false: "M"}[p.female]))
	info.set("maritalStatus", P(pick(g.r, []string{"10834", "10835", "10836"})))
	info.set("salutation", P(map[bool]string{true: "10809", false: "10808"}[p.female]))
	info.set("nationality", g.citizenship(alpha3[p.cit.code]))
	info.set("nativePreferredLang", N(pick(g.r, []string{"10584", "10586", "10590"})))
	if p.cit != p.c && g.r.IntN(3) == 0 && p.showCitizenship {
		info.set("secondNationality", g.citizenship(a3))
	}
	cardType, idv := g.sfNationalID()
	ids := A(O(
		"__metadata", meta("PerNationalId", fmt.Sprintf("cardType='%s',country='%s',personIdExternal='%s'", cardType, a3, pid)),
		"country", P(a3),
		"cardType", N(cardType),
		"nationalId", P(idv),
		"isPrimary", N(true),
	))
	emails := []*node{O("emailAddress", P(strings.ToLower(latinOnly(p.givenL))+"."+strings.ToLower(latinOnly(p.familyL))+"@northwind-group.com"), "emailType", N("8448"), "isPrimary", N(true))}
	if g.r.IntN(2) == 0 {
		emails = append(emails, O("emailAddress", P(p.email), "emailType", N("8449"), "isPrimary", N(false)))
	}
	person := O(
		"__metadata", meta("PerPerson", "'"+pid+"'"),
		"personIdExternal", P(pid),
		"personId", P(fmt.Sprint(1000+g.r.IntN(90000))),
		"perPersonUuid", P(strings.ToUpper(g.hex(32))),
		"dateOfBirth", P(sfDate(g.dobAt())),
		"countryOfBirth", P(alpha3[p.cit.code]),
		"placeOfBirth", P(pick(g.r, p.cit.cities)),
		"regionOfBirth", N(nil),
		"birthName", N(nil),
		"userId", P(pid),
		"createdBy", N("sfadmin"),
		"createdOn", N(sfDate(start)),
		"createdDateTime", N(fmt.Sprintf("/Date(%d+0000)/", start.UnixMilli())),
		"lastModifiedBy", N(pick(g.r, []string{"sfadmin", "hrbp_integration", "SFAPI"})),
		"lastModifiedOn", N(sfDate(g.t)),
		"lastModifiedDateTime", N(fmt.Sprintf("/Date(%d+0000)/", g.t.UnixMilli())),
		"personalInfoNav", O("results", A(info)),
		"nationalIdNav", O("results", ids),
		"emailNav", O("results", A(emails...)),
	)
	if p.showPhone {
		person.set("phoneNav", O("results", A(O(
			"phoneType", N("10605"),
			"countryCode", N(callingCode(p.phoneE164)),
			"phoneNumber", g.phone(g.nsn()),
			"isPrimary", N(true),
		))))
	}
	if p.showResidence {
		person.set("homeAddressNavDEFLT", O("results", A(O(
			"addressType", N("home"),
			"startDate", N(sfDate(start)),
			"address1", g.addr(p.street),
			"city", g.addr(p.city),
			"zipCode", g.addr(p.post),
			"state", g.addrN(p.region),
			"country", g.residence(a3),
		))))
	}
	if g.r.IntN(3) != 0 {
		ec := newPerson(g.r, p.c, g.t)
		same := g.r.IntN(2) == 0
		c := O(
			"personIdExternal", P(pid),
			"name", P(ec.fullName()),
			"relationship", P(pick(g.r, []string{"24211", "24212", "24214", "24215"})),
			"phone", P(ec.phone),
			"secondPhone", N(nil),
			"email", P(ec.email),
			"primaryFlag", N("Y"),
			"isAddSameAsEmployee", N(same),
		)
		if !same {
			// The contact lives elsewhere, in the same country.
			c.set("addressAddress1", P(ec.street))
			c.set("addressCity", P(ec.city))
			c.set("addressZipCode", P(ec.post))
			c.set("addressCountry", N(a3))
		}
		person.set("emergencyContactNav", O("results", A(c)))
	}
	// Dependants: a spouse and children, each with the person record and
	// the personal information the relationship's navigations expand
	// (the navigation's name is SAP's, misspelt).
	var rels []*node
	if g.ageAt() >= 24 {
		for i := range g.r.IntN(4) {
			kid := newPerson(g.r, p.c, g.t)
			rel, born := "child", g.t.AddDate(-g.r.IntN(min(g.ageAt()-20, 22)+1), -g.r.IntN(12), -g.r.IntN(28)).Truncate(24*time.Hour)
			if i == 0 && g.r.IntN(2) == 0 {
				rel, born = "spouse", p.dob.AddDate(g.r.IntN(7)-3, g.r.IntN(12), 0)
			}
			kidLast := p.family
			if rel == "spouse" {
				kidLast = kid.family
			}
			rid := fmt.Sprint(100000 + g.r.IntN(900000))
			r := O(
				"personIdExternal", P(pid),
				"relatedPersonIdExternal", P(rid),
				"relationshipType", P(map[string]string{"child": "24203", "spouse": "24201"}[rel]),
				"startDate", N(sfDate(start)),
				"endDate", N("/Date(253402214400000)/"),
				"firstName", P(kid.given),
				"lastName", P(kidLast),
				"isBeneficiary", N(g.r.IntN(2) == 0),
				"isAccompanyingDependent", N(false),
				"isAddressSameAsPerson", N(true),
				"relPersonNav", O(
					"personIdExternal", P(rid),
					"dateOfBirth", P(sfDate(born)),
					"countryOfBirth", P(a3),
				),
				"relPersonalNav", O(
					"personIdExternal", P(rid),
					"firstName", P(kid.given),
					"lastName", P(kidLast),
					"gender", P(map[bool]string{true: "F", false: "M"}[kid.female]),
				),
			)
			if cc == "DE" || cc == "PL" || cc == "FR" || g.r.IntN(3) == 0 {
				// The dependant's own national id (for the tax and
				// insurance forms), generated from their birth date.
				q := *g.p
				q.dob, q.female, q.givenL, q.familyL = born, kid.female, kid.givenL, p.familyL
				keep := g.p
				g.p = &q
				ct, v := g.sfNationalID()
				g.p = keep
				r.set("relNationalIdNav", O("country", P(a3), "cardType", N(ct), "nationalId", P(v), "isPrimary", N(true)))
			}
			rels = append(rels, r)
		}
	}
	if len(rels) > 0 {
		person.set("personRerlationshipNav", O("results", A(rels...)))
	}
	return O("d", O("results", A(person)))
}

// amadeusCountries are where the travellers of a GDS booking live.
var amadeusCountries = []string{"ES", "ES", "FR", "DE", "IT", "GB", "IN", "IN", "AE", "SA", "TR", "BR", "MX", "JP", "KR", "US"}

func amadeusFlightOrder(g *gen) *node {
	g.redraw(amadeusCountries...)
	p := g.p
	from := airports[p.c.code]
	if from == nil {
		from = airports["ES"]
	}
	org := pick(g.r, from)
	var dests []airport
	for cc, as := range airports {
		if cc != org.cc {
			dests = append(dests, as...)
		}
	}
	sortAirports(dests)
	dst := pick(g.r, dests)
	al := pick(g.r, airlines)
	type trav struct {
		p   *person
		typ string
	}
	travs := []trav{{p: p}}
	n := pick(g.r, []int{0, 0, 1, 1, 2, 3})
	if p.minor && n == 0 {
		n = 1
	}
	for i := range n {
		q := newPerson(g.r, p.c, g.t)
		if i == 0 && p.minor {
			for q.minor || q.dob.Year() > p.dob.Year()-18 {
				q = newPerson(g.r, p.c, g.t)
			}
		}
		if i > 0 && !p.minor && g.ageAt() >= 25 && g.r.IntN(2) == 0 {
			// A child of the family, an infant on a lap at times.
			q.dob = g.t.AddDate(-g.r.IntN(12), -g.r.IntN(12), -g.r.IntN(28)).Truncate(24 * time.Hour)
			q.minor = true
		}
		q.family, q.familyL = p.family, p.familyL
		q.cit = p.cit
		travs = append(travs, trav{p: q})
	}
	firstAdult := ""
	for i := range travs {
		age := g.t.Year() - travs[i].p.dob.Year()
		switch {
		case age < 2:
			travs[i].typ = "HELD_INFANT"
		case age < 12:
			travs[i].typ = "CHILD"
		default:
			travs[i].typ = "ADULT"
			if firstAdult == "" {
				firstAdult = fmt.Sprint(i + 1)
			}
		}
	}
	withDocs := org.cc != dst.cc
	var travellers []*node
	for i, t := range travs {
		q := t.p
		tid := fmt.Sprint(i + 1)
		// A GDS writes names in capitals without diacritics: the
		// names' ASCII spellings (Jürgen as JUERGEN).
		given, family := strings.ToUpper(q.givenL), strings.ToUpper(q.familyL)
		born := P(q.dob.Format("2006-01-02"))
		if i == 0 {
			born = g.dob("2006-01-02")
		}
		tr := O(
			"id", N(tid),
			"dateOfBirth", born,
			"name", O("firstName", P(given), "lastName", P(family)),
			"gender", P(map[bool]string{true: "FEMALE", false: "MALE"}[q.female]),
		)
		if i == 0 {
			ct := O("emailAddress", P(q.email))
			if v := g.phone(g.nsn()); v != nil {
				ct.set("phones", A(O("deviceType", N("MOBILE"), "countryCallingCode", N(callingCode(q.phoneE164)), "number", v)))
			}
			if p.showResidence && g.r.IntN(2) == 0 {
				ct.set("address", O("lines", A(g.addr(p.street)), "postalCode", g.addr(p.post), "cityName", g.addr(p.city), "countryCode", g.residence(p.c.code)))
			}
			tr.set("contact", ct)
		}
		if withDocs {
			issued := g.t.AddDate(-g.r.IntN(9), -g.r.IntN(12), -g.r.IntN(28))
			var nat, iss *node
			if i == 0 {
				p.showCitizenship = true
				nat, iss = g.citizenship(q.cit.code), g.citizenship(q.cit.code)
			} else {
				nat, iss = P(q.cit.code), P(q.cit.code)
			}
			tr.set("documents", A(O(
				"documentType", N("PASSPORT"),
				"birthPlace", P(pick(g.r, q.cit.cities)),
				"issuanceLocation", P(pick(g.r, q.cit.cities)),
				"issuanceDate", P(issued.Format("2006-01-02")),
				"number", P(g.passportNumber(q.cit.code)),
				"expiryDate", P(issued.AddDate(10, 0, 0).Format("2006-01-02")),
				"issuanceCountry", iss,
				"validityCountry", N(q.cit.code),
				"nationality", nat,
				"holder", N(true),
			)))
		}
		travellers = append(travellers, tr)
	}
	dep := time.Date(g.t.Year(), g.t.Month(), g.t.Day(), 6+g.r.IntN(16), 5*g.r.IntN(12), 0, 0, time.UTC).AddDate(0, 0, 7+g.r.IntN(120))
	dur := time.Duration(75+g.r.IntN(700)) * time.Minute
	cur := pick(g.r, []string{"EUR", "EUR", "USD", "GBP", "INR"})
	base := 90 + g.r.IntN(1500)
	total := fmt.Sprintf("%d.%02d", base+30+g.r.IntN(200), g.r.IntN(100))
	var pricings []*node
	for i, t := range travs {
		tp := O(
			"travelerId", N(fmt.Sprint(i+1)),
			"fareOption", N("STANDARD"),
			"travelerType", N(t.typ),
		)
		if t.typ == "HELD_INFANT" && firstAdult != "" {
			tp.set("associatedAdultId", N(firstAdult))
		}
		tp.set("price", O("currency", N(cur), "total", N(fmt.Sprintf("%d.00", base/2+g.r.IntN(100))), "base", N(fmt.Sprintf("%d.00", base/3))))
		tp.set("fareDetailsBySegment", A(O("segmentId", N("1"), "cabin", N("ECONOMY"), "fareBasis", N(strings.ToUpper(g.b62(7))), "class", N(string(rune('A'+g.r.IntN(26)))), "includedCheckedBags", O("quantity", N(g.r.IntN(3))))))
		pricings = append(pricings, tp)
	}
	offer := O(
		"type", N("flight-offer"),
		"id", N("1"),
		"source", N("GDS"),
		"instantTicketingRequired", N(false),
		"nonHomogeneous", N(false),
		"lastTicketingDate", N(g.t.AddDate(0, 0, 3).Format("2006-01-02")),
		"itineraries", A(O("duration", N(fmt.Sprintf("PT%dH%dM", int(dur.Hours()), int(dur.Minutes())%60)), "segments", A(O(
			"departure", O("iataCode", N(org.iata), "at", N(dep.Format("2006-01-02T15:04:05"))),
			"arrival", O("iataCode", N(dst.iata), "at", N(dep.Add(dur).Format("2006-01-02T15:04:05"))),
			"carrierCode", N(al.iata),
			"number", N(fmt.Sprint(100+g.r.IntN(8000))),
			"aircraft", O("code", N(pick(g.r, []string{"320", "321", "789", "359"}))),
			"duration", N(fmt.Sprintf("PT%dH%dM", int(dur.Hours()), int(dur.Minutes())%60)),
			"id", N("1"),
			"numberOfStops", N(0),
		)))),
		"price", O("currency", N(cur), "total", N(total), "base", N(fmt.Sprintf("%d.00", base)), "grandTotal", N(total)),
		"pricingOptions", O("fareType", A(N("PUBLISHED")), "includedCheckedBagsOnly", N(false)),
		"validatingAirlineCodes", A(N(al.iata)),
		"travelerPricings", A(pricings...),
	)
	agency := O(
		"addresseeName", O("firstName", P(pick(g.r, []string{"PABLO", "MARIE", "ANJALI", "TOM"})), "lastName", P(pick(g.r, []string{"RODRIGUEZ", "DUPONT", "MEHTA", "BAKER"}))),
		"companyName", N("NORTHWIND TRAVEL"),
		"purpose", N("STANDARD"),
		"phones", A(O("deviceType", N("LANDLINE"), "countryCallingCode", N("34"), "number", N("480080071"))),
		"emailAddress", N("bookings@northwind-travel.example"),
		"address", O("lines", A(N("Calle Prado, 16")), "postalCode", N("28014"), "cityName", N("Madrid"), "countryCode", N("ES")),
	)
	pnr := strings.ToUpper(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6))
	// A flight order id: the order's reference, compressed, in URL-encoded base64.
	orderID := "eJzTd9f3" + g.chars(b62Set+"/+", 16) + "%3D"
	return O(
		"request", O(
			"method", N("POST"),
			"url", N("https://api.amadeus.com/v1/booking/flight-orders"),
			"headers", O("Authorization", C("Bearer "+g.b62(28)), "Content-Type", N("application/vnd.amadeus+json")),
			"body", O("data", O(
				"type", N("flight-order"),
				"flightOffers", A(offer),
				"travelers", A(travellers...),
				"remarks", O("general", A(O("subType", N("GENERAL_MISCELLANEOUS"), "text", N("ONLINE BOOKING FROM NORTHWIND TRAVEL")))),
				"ticketingAgreement", O("option", N("DELAY_TO_CANCEL"), "delay", N("6D")),
				"contacts", A(agency),
			)),
		),
		"response", O(
			"status", N(201),
			"body", O(
				"data", O(
					"type", N("flight-order"),
					"id", N(strings.ReplaceAll(strings.ReplaceAll(orderID, "/", "%2F"), "+", "%2B")),
					"queuingOfficeId", N("MAD1A0955"),
					"associatedRecords", A(O("reference", P(pnr), "creationDate", N(g.t.UTC().Format("2006-01-02T15:04:05.000")), "originSystemCode", N("GDS"), "flightOfferId", N("1"))),
					"flightOffers", A(offer),
					"travelers", A(travellers...),
				),
				"dictionaries", O("locations", O(
					org.iata, O("cityCode", N(org.city), "countryCode", N(org.cc)),
					dst.iata, O("cityCode", N(dst.city), "countryCode", N(dst.cc)),
				)),
			),
		),
	)
}

func midtransNotification(g *gen) *node {
	g.redraw("ID")
	g.adult(17)
	p := g.p
	orderID := fmt.Sprintf("ORDER-%d-%s", g.t.Unix(), strings.ToUpper(g.b62(4)))
	amount := (20 + g.r.IntN(2000)) * 1000
	phone := ""
	if p.showPhone {
		// As the shop's checkout form took it.
		phone = pick(g.r, []string{"0" + g.nsn(), "0" + g.nsn(), g.e164(), g.intl()})
		if p.phoneCC != "ID" {
			phone = g.e164()
		}
	}
	cust := O(
		"first_name", P(p.given),
		"last_name", P(p.family),
		"email", P(p.email),
	)
	if phone != "" {
		cust.set("phone", g.phone(phone))
	}
	if p.showResidence {
		addr := p.street + ", " + p.city
		cust.set("billing_address", O(
			"first_name", P(p.given),
			"last_name", P(p.family),
			"email", P(p.email),
			"phone", orNull(Pif(phone)),
			"address", g.addr(addr),
			"city", g.addr(p.city),
			"postal_code", g.addr(p.post),
			"country_code", g.residence("IDN"),
		))
		if g.r.IntN(3) == 0 {
			// Sent to someone else: a gift.
			q := newPerson(g.r, p.c, g.t)
			cust.set("shipping_address", O(
				"first_name", P(q.given),
				"last_name", P(q.family),
				"phone", P("0"+strings.TrimPrefix(q.phoneE164, "+62")),
				"address", P(q.street+", "+q.city),
				"city", P(q.city),
				"postal_code", P(q.post),
				"country_code", N("IDN"),
			))
		}
	}
	items := A(O("id", N("SKU-"+pattern(g.r, "#####")), "price", N(amount), "quantity", N(1), "name", N(pick(g.r, []string{"Paket Data 50GB", "Kaos Polos Hitam L", "Voucher Belanja", "Kopi Susu Gula Aren 1L"}))))
	serverKey := "Mid-server-" + g.chars(b64Set, 24)
	token := g.uuid()
	ptype := pick(g.r, []string{"gopay", "bank_transfer", "bank_transfer", "credit_card", "qris", "cstore"})
	status := map[string]string{"credit_card": "capture"}[ptype]
	if status == "" {
		status = "settlement"
	}
	wib := time.FixedZone("WIB", 7*3600)
	txTime := g.t.Add(-time.Duration(30+g.r.IntN(900)) * time.Second).In(wib)
	gross := fmt.Sprintf("%d.00", amount)
	sig := sha512.Sum512([]byte(orderID + "200" + gross + serverKey))
	nt := O(
		"transaction_time", N(txTime.Format("2006-01-02 15:04:05")),
		"transaction_status", N(status),
		"transaction_id", N(g.uuid()),
		"status_message", N("midtrans payment notification"),
		"status_code", N("200"),
		"signature_key", N(hex.EncodeToString(sig[:])),
	)
	if status == "settlement" {
		nt.set("settlement_time", N(g.t.In(wib).Format("2006-01-02 15:04:05")))
	}
	nt.set("payment_type", N(ptype))
	nt.set("order_id", N(orderID))
	nt.set("merchant_id", N("G"+pattern(g.r, "#########")))
	nt.set("gross_amount", N(gross))
	nt.set("fraud_status", N("accept"))
	nt.set("currency", N("IDR"))
	switch ptype {
	case "bank_transfer":
		bank := pick(g.r, []string{"bca", "bni", "bri", "cimb"})
		nt.set("va_numbers", A(O("va_number", P(pattern(g.r, "###########")), "bank", N(bank))))
		nt.set("payment_amounts", A())
		nt.set("expiry_time", N(txTime.Add(24*time.Hour).Format("2006-01-02 15:04:05")))
	case "credit_card":
		bin := pick(g.r, []string{"481111", "521111", "410505"})
		nt.set("masked_card", P(bin+"-"+pattern(g.r, "####")))
		nt.set("card_type", N(pick(g.r, []string{"credit", "debit"})))
		nt.set("bank", N(pick(g.r, []string{"bni", "mandiri", "bca"})))
		nt.set("approval_code", N(pattern(g.r, "#############")))
		nt.set("eci", N("05"))
		nt.set("channel_response_code", N("00"))
		nt.set("channel_response_message", N("Approved"))
		nt.set("three_ds_version", N("2"))
		if g.r.IntN(3) == 0 {
			// The card saved for one-click payments: a token that pays.
			nt.set("saved_token_id", C(bin+pattern(g.r, "####")+"-"+g.b62(5)))
			nt.set("saved_token_id_expired_at", N(g.t.AddDate(3, 0, 0).In(wib).Format("2006-01-02 15:04:05")))
		}
	case "qris":
		nt.set("issuer", N(pick(g.r, []string{"gopay", "dana", "ovo", "shopeepay"})))
		nt.set("acquirer", N("gopay"))
	case "cstore":
		nt.set("store", N(pick(g.r, []string{"indomaret", "alfamart"})))
		nt.set("payment_code", P(pattern(g.r, "##############")))
	}
	return O(
		"snap_request", O(
			"method", N("POST"),
			"url", N("https://app.midtrans.com/snap/v1/transactions"),
			"headers", O(
				"Accept", N("application/json"),
				"Content-Type", N("application/json"),
				"Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte(serverKey+":"))),
			),
			"body", O(
				"transaction_details", O("order_id", N(orderID), "gross_amount", N(amount)),
				"item_details", items,
				"customer_details", cust,
				"enabled_payments", A(N("gopay"), N("bca_va"), N("bni_va"), N("credit_card"), N("other_qris"), N("indomaret")),
				"credit_card", O("secure", N(true), "save_card", N(g.r.IntN(3) == 0)),
				"callbacks", O("finish", N("https://shop.northwind.co.id/checkout/finish")),
			),
		),
		"snap_response", O(
			"token", C(token),
			"redirect_url", C("https://app.midtrans.com/snap/v4/redirection/"+token),
		),
		"notification", nt,
	)
}
