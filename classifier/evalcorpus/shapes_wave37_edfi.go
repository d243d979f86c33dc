package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------ Ed-Fi ODS/API students

// An Ed-Fi resource's _etag and _lastModifiedDate, the education
// organization, school, program and local education agency references
// and their links, descriptor URIs of address, telephone, e-mail,
// language use, identification system, program type and entry types,
// flags (primary school, do-not-publish, text messages, lives with,
// emergency contact, primary contact), priorities, dates of entry,
// program begin dates, school years, the OAuth grant and token type,
// paging headers and a request's method are non-personal; so is a
// county. A student's, parent's and contact's resource ids and unique
// ids (in URLs and links too), names, birth date, birth city, country
// and state, birth sex, sex, gender identity, date entered the US,
// identification documents and codes (an SSN among them), login id,
// e-mail addresses, telephones, street, city, ZIP code and coordinates,
// grade level, the language spoken at home, English proficiency,
// economic disadvantage, homelessness, migrant, immigrant and single
// parent characteristics, indicators, the food service, homeless and
// migrant program details, the relation to the student and contact
// restrictions are personal. The home address's state (a US state) and
// an international address's country are the residence, the US citizen
// status and a passport's issuing country the citizenship. Races,
// Hispanic or Latino ethnicity and tribal affiliations are sensitive
// (ethnicity); disabilities, diagnoses, IDEA and 504 designations,
// special education settings and a pregnancy are sensitive (health).
// The bearer token, the client credentials and the access token are
// credentials.

// w37EFOrigin is where a US student's family comes from: the home
// language (ISO 639-3) and the race the family reports.
type w37EFOrigin struct {
	cc, lang, race string
	hispanic       bool
}

var w37EFOrigins = []w37EFOrigin{{"US", "eng", "", false}, {"US", "eng", "", false}, {"US", "eng", "", false}, {"US", "eng", "", false}, {"US", "eng", "", false},
	{"MX", "spa", "White", true}, {"MX", "spa", "American Indian - Alaska Native", true}, {"MX", "spa", "White", true}, {"CO", "spa", "White", true},
	{"PE", "spa", "American Indian - Alaska Native", true}, {"VN", "vie", "Asian", false}, {"IN", "hin", "Asian", false}, {"CN", "zho", "Asian", false},
	{"PH", "tgl", "Asian", false}, {"KR", "kor", "Asian", false}, {"PK", "urd", "Asian", false}, {"BD", "ben", "Asian", false}, {"NG", "yor", "Black - African American", false},
	{"ET", "amh", "Black - African American", false}, {"KE", "swa", "Black - African American", false}, {"GH", "twi", "Black - African American", false},
	{"UA", "ukr", "White", false}, {"RU", "rus", "White", false}, {"EG", "ara", "White", false}, {"MA", "ara", "White", false}, {"BR", "por", "White", false},
	{"PL", "pol", "White", false}, {"TR", "tur", "White", false}, {"JP", "jpn", "Asian", false}}

var w37EFRaces = []string{"American Indian - Alaska Native", "Asian", "Black - African American", "Native Hawaiian - Pacific Islander", "White"}

var w37EFGrades = []string{"Kindergarten", "First grade", "Second grade", "Third grade", "Fourth grade", "Fifth grade", "Sixth grade", "Seventh grade", "Eighth grade",
	"Ninth grade", "Tenth grade", "Eleventh grade", "Twelfth grade"}

const w37EF = "uri://ed-fi.org/"

func edfiStudent(g *gen) *node {
	o := pick(g.r, w37EFOrigins)
	abroad := ""
	if g.r.IntN(10) == 0 { // a DoDEA school overseas: a US family stationed abroad
		abroad = pick(g.r, []string{"DE", "JP", "KR", "IT", "ES", "GB", "BE"})
		o = w37EFOrigin{"US", "eng", "", false}
	}
	g.w37Redraw(o.cc)
	if g.r.IntN(20) == 0 {
		g.w37Age(18, 21) // special education serves students up to 21
	} else {
		g.w37Age(5, 18)
	}
	p := g.p
	us := w37Country("US")
	bornIn := p.cit.code
	if o.cc != "US" {
		if g.r.IntN(2) == 0 { // born in the US to immigrant parents
			p.cit = us
		}
		bornIn = p.cit.code
		g.w37Move("US", g.r.IntN(3) == 0)
	}
	county := ""
	if abroad != "" {
		p.cit = us
		bornIn = "US"
		g.w37Move(abroad, g.r.IntN(2) == 0)
	} else {
		county = g.w37USAddress()
	}
	if p.cit.code == "US" {
		bornIn = "US"
	}
	first, last := g.w37Names(true)
	age := g.w37AgeNow()
	grade := min(max(age-5, 0), 12)
	leaID := 100000 + g.r.IntN(900000)
	schoolID := leaID*1000 + 1 + g.r.IntN(120)
	district := pick(g.r, []string{"lakeside-isd", "riverside-usd", "metro-schools", "valley-cusd", "northside-isd"})
	if abroad != "" {
		district = "dodea-" + strings.ToLower(abroad)
	}
	ver := pick(g.r, []string{"v5.3", "v5.4", "v7.1", "v7.2"})
	ds5 := strings.HasPrefix(ver, "v7")
	base := "https://api." + district + ".example/" + ver + "/api/data/v3/ed-fi"
	studentID := g.hex(32)
	suid := pick(g.r, []string{fmt.Sprint(600000 + g.r.IntN(400000)), fmt.Sprint(1000000000 + g.r.Int64N(8999999999)), fmt.Sprintf("S%08d", g.r.IntN(100000000))})
	etag := func() *node { return N(fmt.Sprint(5250000000000000000 + g.r.Int64N(999999999999999999))) }
	modified := func() *node {
		return N(g.t.Add(-time.Duration(g.r.IntN(2000)) * time.Hour).UTC().Format("2006-01-02T15:04:05.000Z"))
	}
	schoolYearStart := g.t.Year()
	if g.t.Month() < 8 {
		schoolYearStart--
	}
	yearStart := func() *node { return N(fmt.Sprintf("%d-08-%02d", schoolYearStart, 10+g.r.IntN(20))) }
	sex := map[bool]string{true: "Female", false: "Male"}[p.female]
	studentRef := func() *node {
		return O("studentUniqueId", P(suid), "link", O("rel", N("Student"), "href", P("/ed-fi/students/"+studentID)))
	}
	eduOrgRef := func(id int, rel string) *node {
		return O("educationOrganizationId", N(id), "link", O("rel", N(rel), "href", N("/ed-fi/"+map[string]string{"LocalEducationAgency": "localEducationAgencies", "School": "schools"}[rel]+"/"+g.hex(32))))
	}
	latLon := func() (*node, *node) {
		return P(fmt.Sprintf("%.6f", 25+g.r.Float64()*23)), P(fmt.Sprintf("%.6f", -122+g.r.Float64()*51))
	}

	student := func() *node {
		s := O("id", P(studentID), "studentUniqueId", P(suid))
		if bornIn == "US" {
			city := p.city
			if abroad != "" {
				city = pick(g.r, w37USPlaces).city
			}
			s.set("birthCity", P(city))
			s.set("birthCountryDescriptor", P(w37EF+"CountryDescriptor#US"))
			if abroad == "" {
				s.set("birthStateAbbreviationDescriptor", P(w37EF+"StateAbbreviationDescriptor#"+p.region))
			}
		} else {
			if city := pick(g.r, w37Country(bornIn).cities); w37LatinName(city) {
				s.set("birthCity", P(city))
			}
			s.set("birthCountryDescriptor", P(w37EF+"CountryDescriptor#"+bornIn))
		}
		s.set("birthDate", g.dob("2006-01-02"))
		s.set("birthSexDescriptor", P(w37EF+"SexDescriptor#"+sex))
		switch {
		case p.cit.code == "US" && p.showCitizenship:
			s.set("citizenshipStatusDescriptor", g.citizenship(w37EF+"CitizenshipStatusDescriptor#US Citizen"))
		case p.cit.code != "US":
			s.set("citizenshipStatusDescriptor", P(w37EF+"CitizenshipStatusDescriptor#"+pick(g.r, []string{"Permanent resident", "Non-resident alien", "Resident alien", "Other"})))
			s.set("dateEnteredUS", P(g.t.AddDate(-1-g.r.IntN(max(age-1, 1)), -g.r.IntN(12), 0).Format("2006-01-02")))
		}
		s.set("firstName", P(first))
		s.set("lastSurname", P(last))
		if g.r.IntN(3) == 0 {
			s.set("middleName", P(w37Title(g.w37Other(o.cc).givenL)))
		}
		if o.cc == "US" && !p.female && g.r.IntN(12) == 0 {
			s.set("generationCodeSuffix", P(pick(g.r, []string{"Jr", "III"})))
		}
		s.set("multipleBirthStatus", P(g.r.IntN(25) == 0))
		if ds5 && g.r.IntN(4) == 0 {
			s.set("preferredFirstName", P(pick(g.r, []string{w37Prefix(first, 3), w37Title(p.givenL), "Alex", "Sam"})))
		}
		if p.cit.code != "US" && p.showCitizenship && g.r.IntN(2) == 0 {
			k := "identificationDocuments"
			if ds5 {
				k = "personalIdentificationDocuments"
			}
			s.set(k, A(O("identificationDocumentUseDescriptor", N(w37EF+"IdentificationDocumentUseDescriptor#Foreign Citizenship Identification"),
				"personalInformationVerificationDescriptor", N(w37EF+"PersonalInformationVerificationDescriptor#Passport"),
				"issuerCountryDescriptor", g.citizenship(w37EF+"CountryDescriptor#"+p.cit.code),
				"documentExpirationDate", P(g.t.AddDate(1+g.r.IntN(4), g.r.IntN(12), 0).Format("2006-01-02")),
				"issuerDocumentIdentificationCode", P(pattern(g.r, "A########")))))
		}
		s.set("_etag", etag())
		s.set("_lastModifiedDate", modified())
		return s
	}

	telephones := func() *node {
		a := A()
		if age >= 12 {
			if ph := g.phone(p.phoneNat); ph != nil {
				a.arr = append(a.arr, O("telephoneNumber", ph, "telephoneNumberTypeDescriptor", N(w37EF+"TelephoneNumberTypeDescriptor#Mobile"),
					"orderOfPriority", N(1), "textMessageCapabilityIndicator", N(true), "doNotPublishIndicator", N(false)))
			}
		}
		if g.r.IntN(2) == 0 {
			a.arr = append(a.arr, O("telephoneNumber", P(g.w36OtherPhone("US")), "telephoneNumberTypeDescriptor", N(w37EF+"TelephoneNumberTypeDescriptor#Home"),
				"orderOfPriority", N(len(a.arr)+1), "doNotPublishIndicator", N(false)))
		}
		return a
	}
	schoolMail := w37Clean(p.givenL) + "." + w37Clean(p.familyL) + fmt.Sprint(g.r.IntN(100)) + "@student." + district + ".example"
	addresses := func(key string) (string, *node) {
		if !p.showResidence {
			return key, A()
		}
		if abroad != "" {
			lat, lon := latLon()
			a := O("addressTypeDescriptor", N(w37EF+"AddressTypeDescriptor#Home"), "countryDescriptor", g.residence(w37EF+"CountryDescriptor#"+abroad),
				"addressLine1", g.addr(p.street), "addressLine2", g.addr(strings.TrimSpace(p.post+" "+p.city)))
			if g.r.IntN(3) == 0 {
				a.set("latitude", lat)
				a.set("longitude", lon)
			}
			a.set("beginDate", yearStart())
			return "internationalAddresses", A(a)
		}
		a := O("addressTypeDescriptor", N(w37EF+"AddressTypeDescriptor#Home"), "stateAbbreviationDescriptor", g.residence(w37EF+"StateAbbreviationDescriptor#"+p.region),
			"city", g.addr(p.city), "postalCode", g.addr(p.post), "streetNumberName", g.addr(p.street))
		if g.r.IntN(3) == 0 {
			a.set("nameOfCounty", g.addrN(county))
		}
		if g.r.IntN(4) == 0 {
			lat, lon := latLon()
			a.set("latitude", lat)
			a.set("longitude", lon)
		}
		a.set("doNotPublishIndicator", N(false))
		a.set("periods", A(O("beginDate", yearStart())))
		return key, A(a)
	}

	seoa := func() *node {
		s := O("id", P(g.hex(32)), "educationOrganizationReference", eduOrgRef(leaID, "LocalEducationAgency"), "studentReference", studentRef())
		if g.r.IntN(6) == 0 {
			s.set("barrierToInternetAccessInResidenceDescriptor", P(w37EF+"BarrierToInternetAccessInResidenceDescriptor#"+pick(g.r, []string{"Cost", "Unavailable", "None"})))
		}
		hisp := o.hispanic
		if o.cc == "US" {
			hisp = g.r.IntN(5) == 0
		}
		s.set("hispanicLatinoEthnicity", S(hisp, "ethnicity"))
		lep := "NotLimited"
		if o.lang != "eng" {
			lep = pick(g.r, []string{"Limited", "Limited Monitored 1", "NotLimited"})
		}
		s.set("limitedEnglishProficiencyDescriptor", P(w37EF+"LimitedEnglishProficiencyDescriptor#"+lep))
		if g.r.IntN(2) == 0 {
			s.set("loginId", P(strings.SplitN(schoolMail, "@", 2)[0]))
		}
		s.set("sexDescriptor", P(w37EF+"SexDescriptor#"+sex))
		if !ds5 && g.r.IntN(10) == 0 {
			s.set("genderIdentity", P(pick(g.r, []string{"Non-binary", sex})))
		}
		s.set(addresses("addresses"))
		if g.r.IntN(6) == 0 {
			d := O("disabilityDescriptor", S(w37EF+"DisabilityDescriptor#"+pick(g.r, []string{"Specific Learning Disability", "Autism", "Speech or Language Impairment", "Other Health Impairment", "Emotional Disturbance", "Hearing Impairment, including Deafness", "Visual Impairment, including Blindness"}), "health"),
				"disabilityDeterminationSourceTypeDescriptor", N(w37EF+"DisabilityDeterminationSourceTypeDescriptor#By assessment"))
			if g.r.IntN(2) == 0 {
				d.set("disabilityDiagnosis", S(pick(g.r, []string{"ADHD, combined presentation", "Dyslexia", "Autism spectrum disorder, level 1", "Type 1 diabetes", "Epilepsy"}), "health"))
			}
			d.set("orderOfDisability", N(1))
			d.set("designations", A(O("disabilityDesignationDescriptor", S(w37EF+"DisabilityDesignationDescriptor#"+pick(g.r, []string{"Individuals with Disabilities Education Act (IDEA)", "Section 504"}), "health"))))
			s.set("disabilities", A(d))
		}
		mails := A(O("electronicMailAddress", P(schoolMail), "electronicMailTypeDescriptor", N(w37EF+"ElectronicMailTypeDescriptor#Organization"), "primaryEmailAddressIndicator", N(true), "doNotPublishIndicator", N(false)))
		if age >= 13 && g.r.IntN(2) == 0 {
			mails.arr = append(mails.arr, O("electronicMailAddress", P(p.email), "electronicMailTypeDescriptor", N(w37EF+"ElectronicMailTypeDescriptor#Home/Personal"), "primaryEmailAddressIndicator", N(false)))
		}
		s.set("electronicMails", mails)
		langs := A(O("languageDescriptor", P(w37EF+"LanguageDescriptor#"+o.lang), "uses", A(O("languageUseDescriptor", N(w37EF+"LanguageUseDescriptor#Home language")))))
		if o.lang != "eng" && g.r.IntN(2) == 0 {
			langs.arr = append(langs.arr, O("languageDescriptor", P(w37EF+"LanguageDescriptor#eng"), "uses", A(O("languageUseDescriptor", N(w37EF+"LanguageUseDescriptor#Dominant language")))))
		}
		s.set("languages", langs)
		race := o.race
		if race == "" {
			race = pick(g.r, w37EFRaces)
		}
		races := A(O("raceDescriptor", S(w37EF+"RaceDescriptor#"+race, "ethnicity")))
		if g.r.IntN(8) == 0 {
			races.arr = append(races.arr, O("raceDescriptor", S(w37EF+"RaceDescriptor#"+pick(g.r, w37EFRaces), "ethnicity")))
		}
		s.set("races", races)
		chars := A()
		addChar := func(v *node) {
			chars.arr = append(chars.arr, O("studentCharacteristicDescriptor", v, "periods", A(O("beginDate", yearStart()))))
		}
		if g.r.IntN(2) == 0 {
			addChar(P(w37EF + "StudentCharacteristicDescriptor#Economic Disadvantaged"))
		}
		if g.r.IntN(12) == 0 {
			addChar(P(w37EF + "StudentCharacteristicDescriptor#Homeless"))
		}
		if o.hispanic && g.r.IntN(4) == 0 {
			addChar(P(w37EF + "StudentCharacteristicDescriptor#Migratory"))
		}
		if bornIn != "US" && g.r.IntN(2) == 0 {
			addChar(P(w37EF + "StudentCharacteristicDescriptor#Immigrant"))
		}
		if p.female && age >= 14 && g.r.IntN(15) == 0 {
			addChar(S(w37EF+"StudentCharacteristicDescriptor#Pregnant", "health"))
		}
		if age >= 15 && g.r.IntN(20) == 0 {
			addChar(P(w37EF + "StudentCharacteristicDescriptor#Single Parent"))
		}
		if g.r.IntN(10) == 0 {
			addChar(S(w37EF+"StudentCharacteristicDescriptor#504", "health"))
		}
		if len(chars.arr) > 0 {
			s.set("studentCharacteristics", chars)
		}
		codes := A(O("assigningOrganizationIdentificationCode", N(pick(g.r, []string{"State", "SEA"})), "studentIdentificationSystemDescriptor", N(w37EF+"StudentIdentificationSystemDescriptor#State"),
			"identificationCode", P(fmt.Sprint(1000000000+g.r.Int64N(8999999999)))),
			O("assigningOrganizationIdentificationCode", N("District"), "studentIdentificationSystemDescriptor", N(w37EF+"StudentIdentificationSystemDescriptor#District"), "identificationCode", P(suid)))
		if p.idScheme == "us_ssn" && g.r.IntN(4) == 0 { // a SIS that still reports the SSN
			codes.arr = append(codes.arr, O("assigningOrganizationIdentificationCode", N("SEA"), "studentIdentificationSystemDescriptor", N(w37EF+"StudentIdentificationSystemDescriptor#SSN"),
				"identificationCode", P(strings.ReplaceAll(p.idValue, "-", ""))))
		}
		s.set("studentIdentificationCodes", codes)
		inds := A()
		if g.r.IntN(5) == 0 {
			inds.arr = append(inds.arr, O("indicatorName", N("Gifted and Talented"), "indicator", P("Yes"), "indicatorGroup", N("Program Eligibility")))
		}
		if g.r.IntN(5) == 0 {
			inds.arr = append(inds.arr, O("indicatorName", N("At Risk"), "indicator", P("Yes"), "indicatorGroup", N("Dropout Prevention"), "designatedBy", N("Campus counselor")))
		}
		if g.r.IntN(8) == 0 {
			inds.arr = append(inds.arr, O("indicatorName", N("Dyslexia"), "indicator", S("Yes", "health"), "indicatorGroup", N("Section 504")))
		}
		if abroad != "" || g.r.IntN(10) == 0 {
			inds.arr = append(inds.arr, O("indicatorName", N("Military Connected"), "indicator", P(pick(g.r, []string{"Active Duty", "National Guard", "Reserve"}))))
		}
		if len(inds.arr) > 0 {
			s.set("studentIndicators", inds)
		}
		s.set("telephones", telephones())
		if race == "American Indian - Alaska Native" && g.r.IntN(2) == 0 {
			s.set("tribalAffiliations", A(O("tribalAffiliationDescriptor", S(w37EF+"TribalAffiliationDescriptor#"+pick(g.r, []string{"Navajo Nation", "Cherokee Nation", "Pueblo of Zuni", "Tohono O'odham Nation"}), "ethnicity"))))
		}
		s.set("_etag", etag())
		s.set("_lastModifiedDate", modified())
		return s
	}

	ssa := func(create bool) *node {
		s := O()
		if !create {
			s.set("id", P(g.hex(32)))
		}
		s.set("schoolReference", O("schoolId", N(schoolID)))
		s.set("studentReference", O("studentUniqueId", P(suid)))
		s.set("entryDate", yearStart())
		s.set("entryGradeLevelDescriptor", P(w37EF+"GradeLevelDescriptor#"+w37EFGrades[grade]))
		s.set("entryTypeDescriptor", N(w37EF+"EntryTypeDescriptor#"+pick(g.r, []string{"Next year school", "Transfer from a public school in the same local education agency", "Original entry into a United States school"})))
		s.set("primarySchool", N(true))
		if g.r.IntN(10) == 0 {
			s.set("repeatGradeIndicator", P(true))
		}
		if g.r.IntN(3) == 0 {
			s.set("residencyStatusDescriptor", P(w37EF+"ResidencyStatusDescriptor#"+pick(g.r, []string{"Resident of admin unit and school area", "Resident of admin unit, but of other school area", "Non-resident of admin unit and school area"})))
		}
		s.set("schoolYearTypeReference", O("schoolYear", N(schoolYearStart+1)))
		if !create {
			s.set("_etag", etag())
			s.set("_lastModifiedDate", modified())
		}
		return s
	}

	program := func() *node {
		kind := pick(g.r, []string{"Food Service", "Food Service", "Homeless", "Migrant Education", "Special Education"})
		if kind == "Migrant Education" && !o.hispanic && g.r.IntN(2) == 0 {
			kind = "Food Service"
		}
		s := O("id", P(g.hex(32)), "beginDate", yearStart(), "educationOrganizationReference", eduOrgRef(leaID, "LocalEducationAgency"),
			"programReference", O("educationOrganizationId", N(leaID), "programName", N(kind), "programTypeDescriptor", N(w37EF+"ProgramTypeDescriptor#"+kind)),
			"studentReference", studentRef())
		path := ""
		switch kind {
		case "Food Service":
			path = "studentSchoolFoodServiceProgramAssociations"
			s.set("directCertification", P(g.r.IntN(2) == 0))
			s.set("schoolFoodServiceProgramServices", A(O("schoolFoodServiceProgramServiceDescriptor", P(w37EF+"SchoolFoodServiceProgramServiceDescriptor#"+pick(g.r, []string{"Free Lunch", "Reduced Price Lunch", "Free Breakfast"})),
				"primaryIndicator", N(true), "serviceBeginDate", yearStart())))
		case "Homeless":
			path = "studentHomelessProgramAssociations"
			s.set("homelessPrimaryNighttimeResidenceDescriptor", P(w37EF+"HomelessPrimaryNighttimeResidenceDescriptor#"+pick(g.r, []string{"Doubled-up", "Shelters", "Hotels/Motels", "Unsheltered"})))
			s.set("homelessUnaccompaniedYouth", P(age >= 14 && g.r.IntN(3) == 0))
			s.set("awaitingFosterCare", P(g.r.IntN(10) == 0))
		case "Migrant Education":
			path = "studentMigrantEducationProgramAssociations"
			s.set("lastQualifyingMove", P(g.t.AddDate(0, -3-g.r.IntN(30), -g.r.IntN(28)).Format("2006-01-02")))
			s.set("qualifyingArrivalDate", P(g.t.AddDate(0, -2-g.r.IntN(30), -g.r.IntN(28)).Format("2006-01-02")))
			if bornIn != "US" {
				s.set("usInitialEntry", P(g.t.AddDate(-1-g.r.IntN(max(age-1, 1)), 0, -g.r.IntN(300)).Format("2006-01-02")))
			}
			s.set("priorityForServices", P(g.r.IntN(3) == 0))
			s.set("stateResidencyDate", P(g.t.AddDate(-g.r.IntN(4), -g.r.IntN(12), 0).Format("2006-01-02")))
		default:
			path = "studentSpecialEducationProgramAssociations"
			s.set("ideaEligibility", S(true, "health"))
			s.set("specialEducationSettingDescriptor", S(w37EF+"SpecialEducationSettingDescriptor#"+pick(g.r, []string{"Inside regular class 80% or more of the day", "Inside regular class 40% through 79% of the day", "Separate school"}), "health"))
			s.set("iepBeginDate", P(g.t.AddDate(0, -g.r.IntN(11), -g.r.IntN(28)).Format("2006-01-02")))
			s.set("iepReviewDate", P(g.t.AddDate(0, 1+g.r.IntN(11), 0).Format("2006-01-02")))
			s.set("multiplyDisabled", S(g.r.IntN(8) == 0, "health"))
			s.set("disabilities", A(O("disabilityDescriptor", S(w37EF+"DisabilityDescriptor#"+pick(g.r, []string{"Autism", "Specific Learning Disability", "Intellectual Disability", "Deaf-Blindness"}), "health"),
				"disabilityDeterminationSourceTypeDescriptor", N(w37EF+"DisabilityDeterminationSourceTypeDescriptor#By assessment"))))
		}
		s.set("_etag", etag())
		s.set("_lastModifiedDate", modified())
		return O("path", N(path), "body", s)
	}

	contact := func() (*node, *node) {
		par := g.w37Other(o.cc)
		par.family, par.familyL = p.family, p.familyL
		pf, pl := par.given, p.family
		if !w37LatinName(pf + pl) {
			pf, pl = w37Title(par.givenL), last
		}
		key, ref, rel, coll := "parentUniqueId", "parentReference", "Parent", "parents"
		if ds5 {
			key, ref, rel, coll = "contactUniqueId", "contactReference", "Contact", "contacts"
		}
		rid := g.hex(32)
		uid := fmt.Sprint(700000 + g.r.IntN(300000))
		c := O("id", P(rid), key, P(uid), "firstName", P(pf), "lastSurname", P(pl))
		if g.r.IntN(3) == 0 {
			c.set("personalTitlePrefix", P(pick(g.r, map[bool][]string{true: {"Mrs", "Ms", "Sra.", "Dr"}, false: {"Mr", "Sr.", "Dr"}}[par.female])))
		}
		c.set("sexDescriptor", P(w37EF+"SexDescriptor#"+map[bool]string{true: "Female", false: "Male"}[par.female]))
		if g.r.IntN(3) == 0 {
			c.set("highestCompletedLevelOfEducationDescriptor", P(w37EF+"LevelOfEducationDescriptor#"+pick(g.r, []string{"High school diploma", "Bachelor's", "Some college no degree", "Did not graduate high school", "Master's"})))
		}
		_, addr := addresses("")
		if abroad != "" {
			c.set("internationalAddresses", addr)
		} else {
			c.set("addresses", addr)
		}
		c.set("electronicMails", A(O("electronicMailAddress", P(w37OtherMail(par, pick(g.r, []string{"gmail.com", "yahoo.com", "outlook.com"}))),
			"electronicMailTypeDescriptor", N(w37EF+"ElectronicMailTypeDescriptor#Home/Personal"), "primaryEmailAddressIndicator", N(true))))
		c.set("telephones", A(O("telephoneNumber", P(g.w36OtherPhone(pick(g.r, []string{"US", "US", o.cc}))), "telephoneNumberTypeDescriptor", N(w37EF+"TelephoneNumberTypeDescriptor#Mobile"),
			"orderOfPriority", N(1), "textMessageCapabilityIndicator", N(true))))
		if g.r.IntN(3) == 0 {
			c.set("loginId", P(w37Clean(par.givenL)+"."+w37Clean(par.familyL)))
		}
		c.set("_etag", etag())
		c.set("_lastModifiedDate", modified())
		as := O("id", P(g.hex(32)), ref, O(key, P(uid), "link", O("rel", N(rel), "href", P("/ed-fi/"+coll+"/"+rid))), "studentReference", studentRef(),
			"relationDescriptor", P(w37EF+"RelationDescriptor#"+pick(g.r, map[bool][]string{true: {"Mother", "Mother", "Grandmother", "Aunt", "Guardian"}, false: {"Father", "Father", "Grandfather", "Stepfather", "Guardian"}}[par.female])),
			"contactPriority", N(1), "emergencyContactStatus", N(true), "livesWith", N(true), "primaryContactStatus", N(true))
		if ds5 {
			as.set("legalGuardian", N(true))
		} else {
			as.set("legalGuardian", N(true))
		}
		if g.r.IntN(10) == 0 {
			as.set("contactRestrictions", P(pick(g.r, []string{"Father may not pick up – court order on file", "No contact with mother per protective order", "Do not release to non-custodial parent"})))
		}
		as.set("_etag", etag())
		as.set("_lastModifiedDate", modified())
		return c, as
	}

	token := g.hex(32)
	auth := func() *node { return O("Authorization", C("Bearer "+token), "Accept", N("application/json")) }
	get := func(path, query string, body *node) *node {
		return O("request", O("method", N("GET"), "url", P(base+"/"+path+"?"+query), "headers", auth()),
			"response", O("status", N(200), "body", body))
	}
	q := "studentUniqueId=" + suid
	var call *node
	switch v := g.r.IntN(20); {
	case v < 5:
		call = get("students", q, A(student()))
	case v < 7: // the SIS pushes the student
		st := O() // a POST carries no resource id nor _etag
		for _, m := range student().obj {
			if m.key != "id" && m.key != "_etag" && m.key != "_lastModifiedDate" {
				st.obj = append(st.obj, m)
			}
		}
		call = O("request", O("method", N("POST"), "url", N(base+"/students"), "headers", auth(), "body", st),
			"response", O("status", N(200), "headers", O("location", P(base+"/students/"+studentID))))
	case v < 12:
		call = get("studentEducationOrganizationAssociations", q, A(seoa()))
	case v < 14:
		call = O("request", O("method", N("POST"), "url", N(base+"/studentSchoolAssociations"), "headers", auth(), "body", ssa(true)),
			"response", O("status", N(201), "headers", O("location", P(base+"/studentSchoolAssociations/"+g.hex(32)), "etag", N(`"`+fmt.Sprint(5250000000000000000+g.r.Int64N(999999999999999999))+`"`))))
	case v < 17:
		c, as := contact()
		coll := "studentParentAssociations"
		if ds5 {
			coll = "studentContactAssociations"
		}
		call = O("calls", A(get(coll, q, A(as)), get(map[bool]string{true: "contacts", false: "parents"}[ds5], "limit=1&"+map[bool]string{true: "contactUniqueId", false: "parentUniqueId"}[ds5]+"="+fmt.Sprint(c.obj[1].val.raw), A(c))))
	default:
		pr := program()
		call = get(pr.obj[0].val.raw, q, A(pr.obj[1].val))
	}
	if g.r.IntN(5) == 0 { // the client's token request logged before the call
		key := g.b62(20)
		secret := g.b62(24)
		tok := O("request", O("method", N("POST"), "url", N(strings.Replace(base, "/data/v3/ed-fi", "/oauth/token", 1)),
			"headers", O("Authorization", C("Basic "+base64.StdEncoding.EncodeToString([]byte(key+":"+secret))), "Content-Type", N("application/x-www-form-urlencoded")),
			"body", O("grant_type", N("client_credentials"))),
			"response", O("status", N(200), "body", O("access_token", C(token), "expires_in", N(1800), "token_type", N("bearer"))))
		return O("log", A(tok, call), "job", N(pick(g.r, []string{"sis-nightly-sync", "enrollment-push", "roster-export"})))
	}
	return call
}
