package evalcorpus

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/nyaruka/phonenumbers"
)

// wave37Shapes are a thirty-seventh set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are a learning management
// system's web services and events, a K-12 education data standard's
// API, open-banking customer endpoints, a banking-as-a-service platform's
// JSON:API resources and webhooks, an electronic health record standard's
// REST API and an HR platform's people API and webhooks: Moodle web
// service calls (core_user_get_users_by_field with the wstoken in the
// URL, core_user_get_users, core_user_create_users with the password)
// returning users with custom profile fields that schools and
// universities define in their own language (Geburtsdatum as a Unix
// time, Konfession, Religión, special needs, the guardian's name and
// phone, the class, national ids) and preferences (a lockout secret
// among them), and the \core\event\user_created, user_updated,
// user_loggedin and user_password_updated events as an observer plugin
// forwards them (with its token and, at times, the user record with its
// password hash) or a log shipper copies logstore rows with the IP;
// Ed-Fi ODS/API v5 and v7 students, student education organization
// associations with races, Hispanic ethnicity, languages, disabilities,
// characteristics, indicators, identification codes (an SSN among them),
// addresses and phones, student school associations, parents and
// contacts with their associations, and food service, homeless, migrant
// and special education program associations, with descriptors as
// URIs, of K-12 students (minors mostly) in US districts and DoDEA
// schools overseas; Open Finance Brasil customers v2 (personal
// identifications with CPF, passport, other documents, nationality,
// filiation and contacts, qualifications, financial relations with
// legal representatives of minors) of Brazilians at home and abroad and
// foreigners in Brazil, with the UK Open Banking party and the
// Australian Consumer Data Right customer detail; Unit individual and
// business applications with officers and beneficial owners, customers
// and application and customer webhooks with included resources, of US
// residents of many nationalities (SSN, ITIN, passport or matrícula
// consular); openEHR compositions in FLAT and STRUCTURED JSON (vital
// signs, growth charts with a child's age, diagnoses and medications in
// the deployments' languages, vaccinations, pregnancy, a clinical note
// that names the patient's phone), EHR_STATUS with the subject's
// national or insurance number, with patient details in other_details at
// times, and EhrScape demographic parties, from Slovenian, Norwegian,
// Brazilian, German, British, Australian, Dutch, Swiss, Russian and
// Finnish deployments; and HiBob employee searches and reads (categories
// root, about, personal, address, home, work, financial, payroll,
// identification and custom fields of religion, union, health and
// ethnicity, machine-readable list ids and the humanReadable node) and
// employee.created and employee.updated webhooks v1 and v2, of employees
// in Israel, the UK, the US, Europe, Ukraine and beyond, apprentices of
// sixteen and seventeen among them.
var wave37Shapes = []Shape{
	{Name: "moodle_webservice_users", Doc: "docs.moodle.org/dev/Web_service_API_functions and moodledev.io/docs/apis/subsystems/external (REST server /webservice/rest/server.php?wstoken=&wsfunction=&moodlewsrestformat=json, parameters as a query or form; core_user_get_users_by_field(field id / idnumber / username / email, values[]) and core_user_get_users(criteria[{key, value}]) returning users[{id, username, firstname, lastname, fullname, email, address, phone1, phone2, department, institution, idnumber, interests, firstaccess, lastaccess, auth, suspended, confirmed, lang, calendartype, theme, timezone, mailformat, description, descriptionformat, city, country, profileimageurlsmall, profileimageurl, customfields[{type, value, displayvalue, name, shortname}], preferences[{name, value}]}] and warnings; core_user_create_users(users[{createpassword, username, auth, password, firstname, lastname, email, maildisplay, city, country, timezone, description, firstnamephonetic, lastnamephonetic, idnumber, institution, phone1, lang, calendartype, customfields[{type, value}], preferences[{type, value}]}]) returning [{id, username}]), github.com/moodle/moodle user/externallib.php and lib/classes/event/user_created.php, moodledev.io/docs/apis/core/events and docs.huihoo.com/phpdoc/moodle/2.8/xref/lib/classes/event/base.php (\\core\\event\\base::get_data(): eventname, component, action, target, objecttable, objectid, crud, edulevel, contextid, contextlevel, contextinstanceid, userid, courseid, relateduserid, anonymous, other, timecreated; user_created, user_updated, user_loggedin with other{username}, user_password_updated with other{forgottenreset}; logstore_standard_log adds origin, ip, realuserid), docs.moodle.org/en/User_profile_fields (datetime, menu, text, textarea, checkbox fields; a datetime stored as a Unix time), github.com/valentineus/moodle-webhooks docs/getting-started.md (an observer posting get_data() with host, token and extra), for schools, universities and companies in Spain, Mexico, Colombia, Argentina, Chile, Peru, Uruguay, Germany, Austria, Switzerland, France, Belgium, Italy, Portugal, Brazil, Poland, Czechia, Romania, Greece, Türkiye, Japan, Korea, Taiwan, India, Indonesia, Vietnam, Thailand, the Philippines, Malaysia, Saudi Arabia, the UAE, Egypt, Morocco, Kenya, Nigeria, Ghana, Uganda, South Africa, the UK, Ireland, the US, Canada, Australia, New Zealand, Russia, Ukraine, Kazakhstan, Finland, Norway, Sweden, Denmark, the Netherlands, Hungary and Bulgaria", build: moodleWebserviceUsers},
	{Name: "edfi_student", Doc: "docs.ed-fi.org/reference/data-exchange/tutorial (Resources API under /data/v3/ed-fi/ of the ODS/API 7.x, Data Standard 5, and 5.x, Data Standard 4; OAuth 2 client credentials at /oauth/token; _etag, _lastModifiedDate; descriptors as uri://ed-fi.org/<Descriptor>#<codeValue>), edfi.atlassian.net/wiki/spaces/SG (vendor data requirements: students, studentSchoolAssociations, studentEducationOrganizationAssociations), github.com/Ed-Fi-Alliance-OSS/ed-fi-alliance-oss.github.io dataStandard_versioned_docs/version-4/model-reference/student-identification-and-demographics-domain/best-practices.md (demographics, contact information, characteristics and indicators in the student education organization association), github.com/Ed-Fi-Alliance-OSS/Ed-Fi-Data-Standard Descriptors (CountryDescriptor, IdentificationDocumentUseDescriptor, StudentCharacteristicDescriptor#Economic Disadvantaged / Homeless / Migratory / Immigrant / Pregnant / Single Parent / 504 ...); students {id, studentUniqueId, birthCity, birthCountryDescriptor, birthDate, birthSexDescriptor, birthStateAbbreviationDescriptor, citizenshipStatusDescriptor, dateEnteredUS, firstName, middleName, lastSurname, generationCodeSuffix, multipleBirthStatus, preferredFirstName, identificationDocuments / personalIdentificationDocuments}, studentEducationOrganizationAssociations {educationOrganizationReference, studentReference{studentUniqueId, link{rel, href}}, addresses[{addressTypeDescriptor, stateAbbreviationDescriptor, city, postalCode, streetNumberName, nameOfCounty, latitude, longitude, periods}], internationalAddresses[{countryDescriptor, addressLine1, addressLine2}], barrierToInternetAccessInResidenceDescriptor, disabilities[{disabilityDescriptor, disabilityDeterminationSourceTypeDescriptor, disabilityDiagnosis, orderOfDisability, designations}], electronicMails, hispanicLatinoEthnicity, languages[{languageDescriptor, uses}], limitedEnglishProficiencyDescriptor, loginId, races[{raceDescriptor}], sexDescriptor, genderIdentity, studentCharacteristics[{studentCharacteristicDescriptor, periods}], studentIdentificationCodes, studentIndicators[{indicatorName, indicator, indicatorGroup, designatedBy}], telephones, tribalAffiliations}, studentSchoolAssociations {schoolReference, studentReference, entryDate, entryGradeLevelDescriptor, entryTypeDescriptor, primarySchool, repeatGradeIndicator, residencyStatusDescriptor, schoolYearTypeReference}, parents and studentParentAssociations (Data Standard 4) or contacts and studentContactAssociations (Data Standard 5) with relationDescriptor, contactPriority, contactRestrictions, emergencyContactStatus, legalGuardian, livesWith, primaryContactStatus, and studentSchoolFoodServiceProgramAssociations, studentHomelessProgramAssociations, studentMigrantEducationProgramAssociations, studentSpecialEducationProgramAssociations, for K-12 districts in the US whose students' families come from the US, Mexico, Colombia, Peru, Brazil, Vietnam, India, China, the Philippines, Korea, Japan, Pakistan, Bangladesh, Nigeria, Ethiopia, Kenya, Ghana, Ukraine, Russia, Egypt, Morocco, Poland and Türkiye, and for DoDEA schools in Germany, Japan, Korea, Italy, Spain, the UK and Belgium", build: edfiStudent},
	{Name: "openfinance_br_customers", Doc: "openfinancebrasil.atlassian.net/wiki/spaces/OF/pages/17370730 (Informações Gerais – Dados Cadastrais v2: GET /customers/v2/personal/identifications, /personal/qualifications, /personal/financial-relations) and openbanking-brasil.github.io/openapi/dictionary/customersGetPersonalIdentifications_v2.csv (data[{updateDateTime, personalId, brandName, civilName, socialName, birthDate, maritalStatusCode, maritalStatusAdditionalInfo, sex, companiesCnpj, documents{cpfNumber, passport{number, country, expirationDate, issueDate}}, otherDocuments[{type, typeAdditionalInfo, number, checkDigit, additionalInfo, expirationDate}], hasBrazilianNationality, nationality[{otherNationalitiesInfo, documents[{type, number, expirationDate, issueDate, country, additionalInfo}]}], filiation[{type MAE / PAI, civilName, socialName}], contacts{postalAddresses[{isMain, address, additionalInfo, districtName, townName, ibgeTownCode, countrySubDivision, postCode, country, countryCode, geographicCoordinates{latitude, longitude}}], phones[{isMain, type, additionalInfo, countryCallingCode, areaCode, number, phoneExtension}], emails[{isMain, email}]}}], links{self}, meta{totalRecords, totalPages, requestDateTime}; qualifications{companyCnpj, occupationCode, occupationDescription, informedIncome{frequency, amount{amount, currency}, date}, informedPatrimony{amount{amount, currency}, year}}; financial-relations{startDate, productsServicesType, procurators[{type, cpfNumber, civilName, socialName}], accounts[{compeCode, branchCode, number, checkDigit, type, subtype}], paychecksBankLink[{employerName, employerCnpjCpf, paymentDate}]}; FAPI headers x-fapi-interaction-id, x-fapi-auth-date, x-fapi-customer-ip-address; the Open Finance Brasil conformance suite's field checks), openbankinguk.github.io/read-write-api-site3 (Account and Transaction API v3.1, Parties: GET /party and /accounts/{AccountId}/party, Data.Party{PartyId, PartyNumber, PartyType, Name, FullLegalName, LegalStructure, BeneficialOwnership, AccountRole, EmailAddress, Phone, Mobile, Relationships{Account{Related, Id}}, Address[{AddressType, AddressLine, PostCode, TownName, CountrySubDivision, Country}]}, Links, Meta; x-fapi-financial-id), consumerdatastandardsaustralia.github.io/standards/#get-customer-detail (CDR Common API: GET /common/customer and /common/customer/detail, data{customerUType person, person{lastUpdateTime, firstName, lastName, middleNames, prefix, occupationCode, occupationCodeVersion, phoneNumbers[{isPreferred, purpose, countryCode, areaCode, number, fullNumber}], emailAddresses[{isPreferred, purpose, address}], physicalAddresses[{addressUType simple, simple{mailingName, addressLine1, postcode, city, state, country}, purpose}]}}, links, meta; x-v), for Brazilians in Brazil, Portugal, the US, Japan, Ireland, the UK, Germany, Spain, Italy, Argentina, Canada, Australia, France, the Netherlands and Switzerland, foreigners from Argentina, Portugal, China, Japan, the US, Colombia, Peru, Uruguay, Chile, Italy, Germany, France, Korea, Nigeria, Ukraine, Mexico, Spain, Bangladesh and the Philippines living in Brazil, and customers in the UK and Australia of many origins", build: openFinanceCustomers},
	{Name: "unit_customer_application", Doc: "unit.co/docs/api/applications/apis/ (POST /applications with individualApplication: ssn (or ITIN), passport, nationality, fullName{first, last}, dateOfBirth, address{street, street2, city, state, postalCode, country}, phone{countryCode, number}, email, ip, occupation, annualIncome, sourceOfIncome, evaluationParams, soleProprietorship, tags, deviceFingerprints, jwtSubject; businessApplication: name, dba, ein, entityType, stateOfIncorporation, address, phone, contact, officer, beneficialOwners[{…, percentage}], industry, annualRevenue, numberOfEmployees, cashFlow, yearOfIncorporation, countriesOfOperation; responses data{type, id, attributes{createdAt, status, message, evaluationOutcome, evaluationEntityId, archived, …}, relationships{org, customer, documents}} with included documents), unit.co/docs/api/applications (statuses Approved, AwaitingDocuments, Pending, PendingReview, Denied), docs.unit.co/types/ (FullName, Address, Phone, CreateOfficer with ssn or passport and nationality, BeneficialOwner, EvaluationParams, Occupation, AnnualIncome, SourceOfIncome), unit.co/docs/api/application-documents (Passport, IdDocument, AddressVerification, SocialSecurityCard documents, Required status, included in the application's response), unit.co/docs/api/applications/events and unit.co/docs/api/customers/events (application.created, application.approved, application.awaitingDocuments, customer.created: data[{id, type, attributes{createdAt, tags}, relationships{application, customer}}], included resources), unit.co/docs/api/webhooks (POST to the subscriber, X-Unit-Signature), individualCustomer and businessCustomer resources (fullName, ssn, passport, nationality, matriculaConsular, address, dateOfBirth, email, phone, status, riskRate, authorizedUsers, tags; matriculaConsular also in the application documents of the SDKs' models), for US residents who are citizens of the US, Mexico, India, China, Vietnam, the Philippines, Nigeria, Colombia, Brazil, Ukraine, Korea, Pakistan, Bangladesh, Ethiopia, Ghana, Kenya, Egypt, Israel, Türkiye, Peru, Argentina, Chile, Morocco, Japan, Taiwan, the UK, Germany, France, Canada, Russia, Uzbekistan, Armenia, Saudi Arabia, Indonesia, Thailand, Poland, Romania, Hong Kong, Uganda, Cameroon, Uruguay and Côte d'Ivoire", build: unitCustomerApplication},
	{Name: "openehr_composition", Doc: "specifications.openehr.org/releases/ITS-REST/latest/simplified_data_template.html (simSDT FLAT and STRUCTURED JSON: ctx/language, ctx/territory, ctx/time, ctx/composer_name, ctx/id_namespace, ctx/id_scheme, ctx/health_care_facility|name and |id, ctx/participation_name and _function; web template paths with :n indexes and |magnitude, |unit, |code, |value, |terminology, |numerator, |denominator suffixes), specifications.openehr.org/releases/ITS-REST/latest/ehr.html (POST /ehr with an EHR_STATUS, GET /ehr?subject_id=&subject_namespace=, POST and GET /ehr/{ehr_id}/composition with templateId and format, Prefer return=minimal / representation, Location, ETag; the EHR's system_id, ehr_id, ehr_status, time_created), specifications.openehr.org/releases/RM/latest/ehr.html (EHR_STATUS: subject PARTY_SELF with external_ref{id GENERIC_ID{value, scheme}, namespace, type}, is_queryable, is_modifiable, other_details ITEM_TREE), github.com/ehrbase/documentation source/08_flat/00_description/index.rst and docs.ehrbase.org (EHRbase's /ehrbase/rest/openehr/v1, FLAT examples with ctx keys, the web template), github.com/ethercis/ethercis doc/flat json.md (Marand's flat JSON with health care facility ids and namespaces), the EhrScape API of Better (demographics/party: firstNames, lastNames, gender, dateOfBirth, address{address}, partyAdditionalInfo[{key, value}] with the ehrId), archetypes OBSERVATION.body_weight, height, blood_pressure, pulse, body_temperature, pulse_oximetry, head_circumference, body_mass_index, EVALUATION.problem_diagnosis, INSTRUCTION.medication_order, immunisation and EVALUATION.pregnancy_summary, for deployments in Slovenia (EMŠO, ZZZS number), Norway (fødselsnummer), Brazil (CNS), Germany (KVNR, HiGHmed pseudonyms), the UK (NHS number), Australia (IHI), the Netherlands (BSN), Switzerland (AHV number), Russia (SNILS) and Finland (henkilötunnus), labels and terms in their languages", build: openEHRComposition},
	{Name: "hibob_employee", Doc: "apidocs.hibob.com/reference/post_people-search and apidocs.hibob.com/reference/post_people-identifier (POST /v1/people/search with fields, filters[{fieldPath, operator, values}], humanReadable APPEND or REPLACE, showInactive, returning employees[]; POST /v1/people/{identifier} by backend id or e-mail; Basic authentication with a service user's id and token), apidocs.hibob.com/docs/how-to-work-with-lists-public-api (machine-readable list item ids, the humanReadable node, slash-keyed values such as /root/fullName and /work/department), apidocs.hibob.com/docs/fields-metadata (field types text, date, short-date MM-DD, list, employee-reference; custom fields and categories), apidocs.hibob.com/docs/how-to-read-employee-data (categories root, about{avatar, hobbies, superpowers, foodPreferences, socialData, about}, personal{honorific, shortBirthDate, gender, nationality, pronouns, communication}, address, home{legalGender, spouse, familyStatus, numberOfKids, mobilePhone, privateEmail}, work{title, department, site, startDate, manager, reportsTo, employeeIdInCompany}, financial, payroll{employment, salary} and custom categories), apidocs.hibob.com/reference/getting-started-1, apidocs.hibob.com/reference/webhook-events-v1, apidocs.hibob.com/reference/employee-events-v2 and apidocs.hibob.com/reference/post_webhook_employee-updated (companyId, type employee.created / employee.updated, triggeredBy a backend id or system, triggeredAt, version v2 and data{employeeId, fieldUpdates} in v2, the changed fields with old and new values in v1; the Base64 Bob-Signature header), for employees in the UK, Israel, the US, Germany, France, the Netherlands, Ukraine, Poland, Portugal, Spain, Australia, Ireland, Canada, Singapore, Romania, India, Czechia, Italy, Sweden, Denmark, Belgium, Austria, Switzerland and South Africa, some relocated from Ukraine, Israel and India", build: hibobEmployee},
}

// ------------------------------------------------------------ helpers

// w37Slovenia is Slovenia, for the openEHR deployments of wave 37 (the
// Slovenian national EHR runs on openEHR): Slovenian names with their
// carons, Ljubljana's and Maribor's streets. It is in neither countries
// nor moreCountries, so that adding it moved no event: only the wave-37
// shapes that name it draw it.
var w37Slovenia = &country{code: "SI", locale: "sl-SI", tz: "Europe/Ljubljana", name: "Slovenija", lang: "sl",
	given:   []string{"Luka|luka", "Nina|nina", "Žiga|ziga", "Maja|maja", "Jan|jan", "Eva|eva", "Matej|matej", "Špela|spela"},
	family:  []string{"Novak|novak", "Horvat|horvat", "Kovačič|kovacic", "Krajnc|krajnc", "Zupančič|zupancic", "Potočnik|potocnik"},
	cities:  []string{"Ljubljana", "Maribor", "Celje", "Kranj", "Koper"},
	streets: []string{"Slovenska cesta 12", "Trubarjeva ulica 5", "Partizanska cesta 30", "Celovška cesta 150", "Ulica heroja Šaranoviča 7"},
	post:    "####", region: "Osrednjeslovenska", domain: "siol.net"}

// w37Country is the country of cc, Slovenia included.
func w37Country(cc string) *country {
	if cc == "SI" {
		return w37Slovenia
	}
	if c := countryByCode(cc); c != nil {
		return c
	}
	panic("evalcorpus: wave 37 names an unknown country " + cc)
}

// w37Redraw makes the event's subject a new person living in cc.
func (g *gen) w37Redraw(cc string) { g.p = newPerson(g.r, w37Country(cc), g.t) }

// w37Other is another person living in cc (a guardian, a spouse, a
// clinician, a manager): personal wherever written, no evidence of the
// subject.
func (g *gen) w37Other(cc string) *person { return newPerson(g.r, w37Country(cc), g.t) }

// w37Age redraws the subject's birth date so that they are lo to hi
// years old at the event, with the national identifier that encodes it.
// A child keeps no free-text bio.
func (g *gen) w37Age(lo, hi int) {
	p := g.p
	age := lo + g.r.IntN(hi-lo+1)
	p.dob = g.t.AddDate(-age, 0, -g.r.IntN(365)).Truncate(24 * time.Hour)
	p.minor = g.w37AgeNow() < 18
	if p.idScheme != "" {
		gn, ok := idGens[p.idScheme]
		if !ok {
			gn = moreIDGens[p.idScheme]
		}
		p.idValue = gn.gen(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL})
	}
	if p.minor {
		p.bio, p.bioCat = "", ""
	}
}

// w37AgeNow is the subject's age in full years at the event.
func (g *gen) w37AgeNow() int {
	d, t := g.p.dob, g.t
	a := t.Year() - d.Year()
	if t.Month() < d.Month() || (t.Month() == d.Month() && t.Day() < d.Day()) {
		a--
	}
	return a
}

// w37SetPhone gives the subject a number of cc.
func (g *gen) w37SetPhone(cc string) {
	p := g.p
	p.phoneCC = cc
	p.phoneE164, p.phoneNat = phoneNumber(g.r, cc)
	p.phone = phoneNotation(g.r, p.phoneE164, p.phoneNat)
}

// w37Move makes the subject an emigrant living in cc: the address, the
// locale and the time zone are cc's; the citizenship stays the country
// they came from (unless already another), and so does the phone number
// when keepPhone. The national identifier becomes cc's, if cc has one.
func (g *gen) w37Move(cc string, keepPhone bool) {
	p := g.p
	to := w37Country(cc)
	p.c = to
	p.city, p.street = pick(g.r, to.cities), pick(g.r, to.streets)
	p.post = pattern(g.r, to.post)
	p.region = to.region
	p.locale, p.tz = to.locale, to.tz
	p.idScheme, p.idField, p.idValue = "", "", ""
	if len(to.ids) > 0 {
		p.idScheme = pick(g.r, to.ids)
		gn, ok := idGens[p.idScheme]
		if !ok {
			gn = moreIDGens[p.idScheme]
		}
		p.idField = gn.field
		p.idValue = gn.gen(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL})
	}
	if !keepPhone {
		g.w37SetPhone(cc)
	}
}

// w37LatinName is true when s is written in Latin letters.
func w37LatinName(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// w37Title capitalises each part of a Latin spelling.
func w37Title(s string) string {
	b := []rune(s)
	up := true
	for i, r := range b {
		if up {
			b[i] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-' || r == '\''
	}
	return string(b)
}

// w37Clean keeps the lower-case ASCII letters and digits of s, for the
// local parts of e-mail addresses and user names.
func w37Clean(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// w37Names is the subject's given and family name, in Latin letters when
// latin (as forms that ask for them get them) or as the subject writes
// them.
func (g *gen) w37Names(latin bool) (string, string) {
	p := g.p
	if latin && !w37LatinName(p.given+p.family) {
		return w37Title(p.givenL), w37Title(p.familyL)
	}
	return p.given, p.family
}

// w37Full writes a full name in the order of the subject's country: a
// romanised East Asian name given name first, as forms in Latin letters
// write it.
func (g *gen) w37Full(first, last string) string {
	c := g.p.c
	switch {
	case c.noSpace && w37LatinName(first+last):
		return first + " " + last
	case c.noSpace:
		return last + first
	case c.familyFirst:
		return last + " " + first
	}
	return first + " " + last
}

// w37OtherName is another person's full name as their country writes it.
func w37OtherName(o *person) string {
	switch {
	case o.c.noSpace && o.c.familyFirst:
		return o.family + o.given
	case o.c.familyFirst:
		return o.family + " " + o.given
	}
	return o.given + " " + o.family
}

// w37OtherMail is another person's e-mail address.
func w37OtherMail(o *person, domain string) string {
	return w37Clean(o.givenL) + "." + w37Clean(o.familyL) + "@" + domain
}

// w37Password is what a person types as a password.
func (g *gen) w37Password() string {
	p := g.p
	switch g.r.IntN(4) {
	case 0:
		return w37Title(w37Clean(p.givenL)) + fmt.Sprint(p.dob.Year()) + "!"
	case 1:
		return pick(g.r, []string{"Qwerty123!", "Passw0rd2026", "Schule2026!", "Escola@123", "Moodle#2026"})
	case 2:
		return w37Clean(p.familyL) + g.chars("0123456789", 4)
	}
	return g.chars(b62Set+"!#$%&*", 10+g.r.IntN(8))
}

// w37Cit is a personal leaf stating that the subject is a citizen of cc
// (a second nationality, a flag naming one): cc is recorded.
func (g *gen) w37Cit(cc string, v any) *node {
	g.lab.Citizenship = addCountry(g.lab.Citizenship, cc)
	return P(v)
}

// w37TZ is g.tz that also knows the wave's own countries' zones.
func (g *gen) w37TZ(v string) *node {
	n := g.tz(v)
	if n != nil && g.p.tz == g.p.c.tz {
		g.lab.Weak = addCountry(g.lab.Weak, g.p.c.code)
	}
	return n
}

// w37PhoneParts splits the subject's number into its country calling
// code, area (national destination) code and subscriber number, as the
// open-banking standards write phones.
func (g *gen) w37PhoneParts() (cc, area, number string) {
	n, err := phonenumbers.Parse(g.p.phoneE164, "")
	if err != nil {
		return "", "", strings.TrimPrefix(g.p.phoneE164, "+")
	}
	nsn := phonenumbers.GetNationalSignificantNumber(n)
	l := phonenumbers.GetLengthOfNationalDestinationCode(n)
	if l <= 0 || l >= len(nsn) {
		l = min(2, len(nsn)-1)
	}
	return fmt.Sprint(n.GetCountryCode()), nsn[:l], nsn[l:]
}

// w37ISO3 are the ISO 3166-1 alpha-3 codes of the countries.
var w37ISO3 = map[string]string{"RU": "RUS", "KZ": "KAZ", "BY": "BLR", "UA": "UKR", "CN": "CHN", "TW": "TWN", "JP": "JPN", "KR": "KOR", "IN": "IND", "ID": "IDN",
	"VN": "VNM", "TH": "THA", "SA": "SAU", "AE": "ARE", "EG": "EGY", "IL": "ISR", "TR": "TUR", "GR": "GRC", "DE": "DEU", "FR": "FRA", "ES": "ESP", "IT": "ITA",
	"PL": "POL", "NL": "NLD", "SE": "SWE", "PT": "PRT", "AT": "AUT", "CZ": "CZE", "RO": "ROU", "BG": "BGR", "HU": "HUN", "GB": "GBR", "CH": "CHE", "US": "USA",
	"CA": "CAN", "MX": "MEX", "BR": "BRA", "AR": "ARG", "AU": "AUS", "NZ": "NZL", "SG": "SGP", "ZA": "ZAF", "NG": "NGA", "KE": "KEN", "RW": "RWA", "NO": "NOR",
	"DK": "DNK", "FI": "FIN", "PH": "PHL", "ET": "ETH", "MA": "MAR", "CL": "CHL", "CO": "COL", "PE": "PER", "UY": "URY", "MY": "MYS", "BE": "BEL", "EE": "EST",
	"LV": "LVA", "LT": "LTU", "BD": "BGD", "GH": "GHA", "UG": "UGA", "CM": "CMR", "CI": "CIV", "PK": "PAK", "UZ": "UZB", "TJ": "TJK", "AM": "ARM", "IE": "IRL",
	"HK": "HKG", "SI": "SVN"}

// w37English is cc's English name (Slovenia too).
func w37English(cc string) string {
	if cc == "SI" {
		return "Slovenia"
	}
	return w35EnglishName(cc)
}

// w37USPlace is a US city with its state, county and ZIP code prefix.
type w37USPlace struct{ city, state, county, zip string }

var w37USPlaces = []w37USPlace{{"Austin", "TX", "Travis", "787##"}, {"Houston", "TX", "Harris", "770##"}, {"El Paso", "TX", "El Paso", "799##"},
	{"Sacramento", "CA", "Sacramento", "958##"}, {"Los Angeles", "CA", "Los Angeles", "900##"}, {"San Jose", "CA", "Santa Clara", "951##"},
	{"Chicago", "IL", "Cook", "606##"}, {"Phoenix", "AZ", "Maricopa", "850##"}, {"Minneapolis", "MN", "Hennepin", "554##"}, {"Atlanta", "GA", "Fulton", "303##"},
	{"Miami", "FL", "Miami-Dade", "331##"}, {"Orlando", "FL", "Orange", "328##"}, {"Seattle", "WA", "King", "981##"}, {"Denver", "CO", "Denver", "802##"},
	{"Columbus", "OH", "Franklin", "432##"}, {"Providence", "RI", "Providence", "029##"}, {"Nashville", "TN", "Davidson", "372##"}, {"Charlotte", "NC", "Mecklenburg", "282##"},
	{"Newark", "NJ", "Essex", "071##"}, {"Brooklyn", "NY", "Kings", "112##"}, {"Queens", "NY", "Queens", "113##"}, {"Lawrence", "MA", "Essex", "018##"}}

var w37USStreets = []string{"1420 Oak Street", "38 Maple Avenue Apt 4B", "905 W 5th St", "2210 Riverside Dr Unit 12", "77 Elm Street", "4501 N Central Ave Apt 210",
	"316 Jefferson Blvd", "1189 Pine Ridge Rd", "60 Union Ave Apt 3R", "8123 Sunset Blvd", "415 Lincoln Way"}

// w37USAddress gives a subject living in the US a consistent city,
// state, county and ZIP code; it returns the county.
func (g *gen) w37USAddress() string {
	pl := pick(g.r, w37USPlaces)
	p := g.p
	p.city, p.region, p.post, p.street = pl.city, pl.state, pattern(g.r, pl.zip), pick(g.r, w37USStreets)
	return pl.county
}

// w37NationalDigits is the subject's number in national digits only
// (what the open-banking and banking-as-a-service APIs ask for).
func (g *gen) w37NationalDigits() string {
	_, area, num := g.w37PhoneParts()
	return area + num
}

// w37MonthNames are the month names of date display values, by
// language.
var w37MonthNames = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"de": {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	"es": {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"pt": {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
	"it": {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	"pl": {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
	"tr": {"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"},
	"ru": {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
}

// w37LongDate writes d as a person of language lang reads a date.
func w37LongDate(d time.Time, lang string) string {
	switch lang {
	case "ja", "zh":
		return fmt.Sprintf("%d年%d月%d日", d.Year(), d.Month(), d.Day())
	case "ko":
		return fmt.Sprintf("%d년 %d월 %d일", d.Year(), d.Month(), d.Day())
	case "de", "pl":
		m := w37MonthNames[lang]
		return fmt.Sprintf("%d. %s %d", d.Day(), m[d.Month()-1], d.Year())
	case "es", "pt":
		m := w37MonthNames[lang]
		return fmt.Sprintf("%d de %s de %d", d.Day(), m[d.Month()-1], d.Year())
	case "fr", "it", "tr", "ru":
		m := w37MonthNames[lang]
		return fmt.Sprintf("%d %s %d", d.Day(), m[d.Month()-1], d.Year())
	case "en":
		m := w37MonthNames[lang]
		return fmt.Sprintf("%d %s %d", d.Day(), m[d.Month()-1], d.Year())
	}
	return d.Format("02/01/2006")
}

// w37Prefix is the first n letters of s.
func w37Prefix(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

// w37Initial is the first letter of a cleaned Latin spelling.
func w37Initial(s string) string {
	if c := w37Clean(s); c != "" {
		return c[:1]
	}
	return "x"
}
