package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ------------------------------------------------ OneRoster and LTI 1.3

// A OneRoster record's status, dateLastModified, roles, role types, org,
// class, course and school references, enrollment dates and flags, and
// paging are non-personal, as are an LTI launch's issuer, audience,
// client and deployment ids, times, nonce, message type, version, target
// link, roles, context, resource link, platform, presentation and service
// endpoints. A user's sourcedId (in the user's and the demographics'
// URLs too), master identifier, user name, user ids, names, preferred
// name, pronouns, e-mail, phones, grades, the guardians' and children's
// sourcedIds, the demographics' birth date, sex, country, state and city
// of birth and school residence status, the launch's subject, names,
// e-mail, picture, person sourcedId, mentored users' ids and custom
// parameters that carry them are personal. The race and ethnicity flags
// of the demographics are sensitive (ethnicity), true or false; an IEP,
// 504 plan or medical alert in metadata is sensitive (health). A country
// a custom parameter substitutes from $Person.address.country is the
// residence, a locale and time zone weak evidence; OneRoster carries no
// address. The password, the OAuth bearer token and the posted id_token
// are credentials.

var w35ORCountries = []string{"US", "US", "US", "US", "CA", "GB", "IE", "NL", "SE", "NO", "FI", "DK", "ES", "FR", "DE", "JP", "KR", "TW", "SG", "IN", "PH", "AE", "SA",
	"AU", "NZ", "BR", "MX", "CO", "CL", "ZA", "KE", "NG"}

var w35ORStates = []string{"TX", "CA", "NY", "FL", "IL", "WA", "GA", "OH", "MN", "AZ"}

func oneRosterLTI(g *gen) *node {
	cc := pick(g.r, w35ORCountries)
	g.w34Redraw(cc)
	role := pick(g.r, []string{"student", "student", "student", "student", "teacher", "guardian"})
	switch role {
	case "student":
		g.w34Age(5, 18)
	case "teacher":
		g.w34Age(23, 64)
	default:
		g.w34Age(27, 58)
	}
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	first, last := g.w34Names(cc == "US" || cc == "GB" || g.r.IntN(2) == 0)
	sid := pick(g.r, []string{g.uuid(), fmt.Sprint(100000 + g.r.IntN(9000000)), "stu-" + g.hex(8)})
	if role != "student" {
		sid = pick(g.r, []string{g.uuid(), "t-" + g.hex(8), fmt.Sprint(900000 + g.r.IntN(99999))})
	}
	district := pick(g.r, []string{"sis.lakeside-isd.example", "oneroster.nordskolen.example", "api.colegio-andino.example", "roster.sakura-gakuen.example", "sis.greenvale.example"})
	base := "https://" + district + "/ims/oneroster/rostering/v1p2"
	schoolID := "org-" + g.hex(6)
	grade := g.w34AgeNow() - 5
	if grade < 0 {
		grade = 0
	}
	gradeS := fmt.Sprintf("%02d", grade)
	if grade == 0 {
		gradeS = "KG"
	}
	if grade > 12 {
		gradeS = "12"
	}
	local := strings.ToLower(w34Clean(p.givenL)[:min(len(w34Clean(p.givenL)), 1)] + w34Clean(p.familyL))
	domain := strings.SplitN(district, ".", 2)[1]
	mail := local + fmt.Sprint(g.r.IntN(100)) + "@" + pick(g.r, []string{"students.", "k12."}) + domain
	if role != "student" {
		mail = w34Clean(p.givenL) + "." + w34Clean(p.familyL) + "@" + domain
	}
	if role == "guardian" {
		mail = p.email
	}
	kids := []string{}
	if role == "guardian" {
		for range 1 + g.r.IntN(2) {
			kids = append(kids, g.uuid())
		}
	}
	orgRef := func(id, typ string) *node {
		return O("href", N(base+"/orgs/"+id), "sourcedId", N(id), "type", N(typ))
	}
	modified := g.t.Add(-time.Duration(g.r.IntN(90*24)) * time.Hour).UTC().Format("2006-01-02T15:04:05.000Z")

	user := func() *node {
		u := O("sourcedId", P(sid), "status", N("active"), "dateLastModified", N(modified))
		md := O()
		if role == "student" {
			switch g.r.IntN(6) {
			case 0:
				md.set("ext.iep", S("true", "health"))
			case 1:
				md.set("ext.504plan", S("true", "health"))
			case 2:
				md.set("ext.medicalAlert", S(pick(g.r, []string{"Severe peanut allergy - EpiPen in nurse's office", "Type 1 diabetes - insulin pump", "Asthma - inhaler in backpack", "Epilepsy - seizure action plan on file"}), "health"))
			case 3:
				md.set("ext.ell", P("true"))
			}
			if g.r.IntN(3) == 0 {
				md.set("ext.lunchStatus", P(pick(g.r, []string{"free", "reduced", "paid"})))
			}
		}
		if g.r.IntN(2) == 0 {
			md.set("ext.sourceSystem", N(pick(g.r, []string{"PowerSchool", "Infinite Campus", "Skyward", "Aeries", "SchoolSoft"})))
		}
		if len(md.obj) > 0 {
			u.set("metadata", md)
		}
		u.set("userMasterIdentifier", P(pick(g.r, []string{sid, fmt.Sprint(1000000000 + g.r.Int64N(8999999999))})))
		u.set("username", P(strings.SplitN(mail, "@", 2)[0]))
		ids := A()
		if role == "student" {
			if cc == "US" {
				ids.arr = append(ids.arr, O("type", N("StateID"), "identifier", P(fmt.Sprint(1000000000+g.r.Int64N(8999999999)))))
			}
			ids.arr = append(ids.arr, O("type", N("SIS"), "identifier", P(fmt.Sprint(100000+g.r.IntN(900000)))))
		}
		if g.r.IntN(2) == 0 {
			ids.arr = append(ids.arr, O("type", N("LDAP"), "identifier", P("cn="+local+",ou=people,dc="+strings.SplitN(domain, ".", 2)[0])))
		}
		u.set("userIds", ids)
		u.set("enabledUser", N(g.r.IntN(10) != 0))
		u.set("givenName", P(first))
		u.set("familyName", P(last))
		if g.r.IntN(4) == 0 {
			u.set("middleName", P(w34Title(g.w34Other(cc).givenL)))
		}
		if g.r.IntN(4) == 0 {
			u.set("preferredFirstName", P(pick(g.r, []string{w34Title(w34Clean(p.givenL))[:min(len(w34Clean(p.givenL)), 3)], w34Title(w34Clean(p.givenL))})))
		}
		if g.r.IntN(5) == 0 {
			u.set("pronouns", P(pick(g.r, []string{"she/her", "he/him", "they/them"})))
		}
		roles := A(O("roleType", N("primary"), "role", N(role), "org", orgRef(schoolID, "school"), "beginDate", N(fmt.Sprintf("%d-08-15", g.t.Year()-1))))
		if role == "teacher" && g.r.IntN(2) == 0 {
			roles.arr = append(roles.arr, O("roleType", N("secondary"), "role", N("administrator"), "org", orgRef("org-"+g.hex(6), "district")))
		}
		u.set("roles", roles)
		u.set("primaryOrg", orgRef(schoolID, "school"))
		if role != "student" || g.w34AgeNow() >= 10 {
			u.set("email", P(mail))
		}
		if role != "student" || g.w34AgeNow() >= 13 {
			u.set("sms", g.phone(g.e164()))
		}
		if role == "guardian" && g.r.IntN(2) == 0 {
			u.set("phone", P(pattern(g.r, "(###) ###-####")))
		}
		agents := A()
		switch role {
		case "student":
			for range g.r.IntN(3) {
				gid := g.uuid()
				agents.arr = append(agents.arr, O("href", P(base+"/users/"+gid), "sourcedId", P(gid), "type", N("user")))
			}
		case "guardian":
			for _, k := range kids {
				agents.arr = append(agents.arr, O("href", P(base+"/users/"+k), "sourcedId", P(k), "type", N("user")))
			}
		}
		u.set("agents", agents)
		if role == "student" {
			u.set("grades", A(P(gradeS)))
		} else if role == "teacher" {
			u.set("grades", A(N("06"), N("07"), N("08")))
		}
		if g.r.IntN(5) == 0 {
			// some SIS exports still fill the 1.1 password field
			u.set("password", C(pick(g.r, []string{g.w35Password(), w34Title(w34Clean(p.givenL)) + fmt.Sprint(p.dob.Year()), g.bcrypt()})))
		}
		return u
	}

	demographics := func() *node {
		d := O("sourcedId", P(sid), "status", N("active"), "dateLastModified", N(modified), "birthDate", g.dob("2006-01-02"),
			"sex", P(pick(g.r, []string{map[bool]string{true: "female", false: "male"}[p.female], map[bool]string{true: "female", false: "male"}[p.female], "unspecified"})))
		if cc == "US" || (cc == "CA" && g.r.IntN(3) == 0) {
			race := g.r.IntN(6)
			flag := func(i int) *node { return S(race == i, "ethnicity") }
			d.set("americanIndianOrAlaskaNative", flag(0))
			d.set("asian", flag(1))
			d.set("blackOrAfricanAmerican", flag(2))
			d.set("nativeHawaiianOrOtherPacificIslander", flag(3))
			d.set("white", flag(4))
			d.set("demographicRaceTwoOrMoreRaces", flag(5))
			d.set("hispanicOrLatinoEthnicity", S(g.r.IntN(4) == 0, "ethnicity"))
			if g.r.IntN(2) == 0 {
				d.set("stateOfBirthAbbreviation", P(pick(g.r, w35ORStates)))
				d.set("cityOfBirth", P(pick(g.r, []string{"Houston", "El Paso", "Sacramento", "Chicago", "Atlanta"})))
				d.set("countryOfBirthCode", P("US"))
			} else if g.r.IntN(2) == 0 {
				d.set("countryOfBirthCode", P(pick(g.r, []string{"MX", "GT", "SV", "VN", "IN", "SO", "UA", "AF", "HN"})))
			}
			d.set("publicSchoolResidenceStatus", P(pick(g.r, []string{"01652", "01653", "01654"})))
		} else if g.r.IntN(2) == 0 {
			d.set("countryOfBirthCode", P(pick(g.r, []string{cc, cc, "UA", "SY", "IN", "PH"})))
			if g.r.IntN(2) == 0 {
				d.set("cityOfBirth", P(pick(g.r, p.c.cities)))
			}
		}
		return d
	}

	switch v := g.r.IntN(10); {
	case v < 3: // GET /users/{id}
		return O("request", O("method", N("GET"), "url", P(base+"/users/"+sid), "headers", O("Authorization", C("Bearer "+g.b62(40)), "Accept", N("application/json"))),
			"response", O("status", N(200), "body", O("user", user())))
	case v < 5: // GET /demographics/{id} or the demographics of a roster sync
		if g.r.IntN(2) == 0 {
			return O("demographics", demographics())
		}
		return O("user", user(), "demographics", demographics())
	case v < 6: // an enrollment
		en := O("sourcedId", N(g.uuid()), "status", N("active"), "dateLastModified", N(modified), "role", N(map[bool]string{true: "teacher", false: "student"}[role == "teacher"]),
			"primary", N(role == "teacher"), "user", O("href", P(base+"/users/"+sid), "sourcedId", P(sid), "type", N("user")),
			"class", O("href", N(base+"/classes/cls-"+g.hex(6)), "sourcedId", N("cls-"+g.hex(6)), "type", N("class")),
			"school", orgRef(schoolID, "school"), "beginDate", N(fmt.Sprintf("%d-08-20", g.t.Year()-1)), "endDate", N(fmt.Sprintf("%d-06-15", g.t.Year())))
		return O("enrollments", A(en), "pagination", O("offset", N(0), "limit", N(100)))
	}
	// an LTI 1.3 resource link launch
	platform := pick(g.r, [][3]string{{"https://canvas.instructure.com", "canvas", "Canvas LMS"}, {"https://schoology.schoology.com", "schoology", "Schoology"},
		{"https://blackboard.com", "BlackboardLearn", "Blackboard Learn"}, {"https://" + district[strings.Index(district, ".")+1:] + "/moodle", "moodle", "Moodle"}})
	ltiRole := map[string]string{"student": "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", "teacher": "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
		"guardian": "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"}[role]
	inst := map[string]string{"student": "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student", "teacher": "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty",
		"guardian": "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Guardian"}[role]
	clientID := fmt.Sprint(10000000000000 + g.r.Int64N(89999999999999))
	claims := O("iss", N(platform[0]), "sub", P(g.uuid()), "aud", N(clientID), "azp", N(clientID), "exp", N(g.t.Add(time.Hour).Unix()), "iat", N(g.t.Unix()), "nonce", N(g.uuid()))
	if g.r.IntN(3) != 0 {
		claims.set("name", P(g.w34Full(first, last)))
		claims.set("given_name", P(first))
		claims.set("family_name", P(last))
		if role != "student" || g.w34AgeNow() >= 10 {
			claims.set("email", P(mail))
		}
		if g.r.IntN(3) == 0 {
			claims.set("picture", P("https://"+district+"/images/thumbnails/"+fmt.Sprint(g.r.IntN(99999))+"/"+g.b62(40)))
		}
	}
	loc := p.locale
	if g.r.IntN(3) == 0 {
		loc = strings.SplitN(loc, "-", 2)[0]
	}
	claims.set("locale", g.locale(loc))
	lti := "https://purl.imsglobal.org/spec/lti/claim/"
	claims.set(lti+"message_type", N("LtiResourceLinkRequest"))
	claims.set(lti+"version", N("1.3.0"))
	claims.set(lti+"deployment_id", N(fmt.Sprint(g.r.IntN(999))+":"+g.hex(40)))
	claims.set(lti+"target_link_uri", N("https://tool.mathquest.example/lti/launch"))
	claims.set(lti+"roles", A(N(ltiRole), N(inst)))
	if role == "guardian" && len(kids) > 0 {
		ms := A()
		for _, k := range kids {
			ms.arr = append(ms.arr, P(k))
		}
		claims.set(lti+"role_scope_mentor", ms)
	}
	course := pick(g.r, [][2]string{{"MATH-7A", "Grade 7 Mathematics"}, {"SCI-4", "Science 4th grade"}, {"ENG-10H", "English 10 Honors"}, {"数学2年B組", "2年B組 数学"}, {"LENGUA-3", "Lengua y Literatura 3°"}})
	claims.set(lti+"context", O("id", N(g.hex(40)), "label", N(course[0]), "title", N(course[1]), "type", A(N("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"))))
	claims.set(lti+"resource_link", O("id", N(g.hex(40)), "title", N(pick(g.r, []string{"Fractions practice", "Unit 3 quiz", "Reading log"})), "description", N(nil)))
	claims.set(lti+"tool_platform", O("guid", N(g.b62(40)), "name", N(pick(g.r, []string{"Lakeside ISD", "Nordskolen", "Colegio Andino", "Sakura Gakuen"})), "product_family_code", N(platform[1]),
		"version", N("cloud"), "contact_email", N("lms-support@"+domain)))
	claims.set(lti+"launch_presentation", O("document_target", N("iframe"), "return_url", N(platform[0]+"/courses/"+fmt.Sprint(g.r.IntN(9999))+"/external_content/success/external_tool_redirect"),
		"locale", g.locale(p.locale), "height", N(400), "width", N(800)))
	claims.set(lti+"lis", O("person_sourcedid", P(sid), "course_offering_sourcedid", N("CO-"+g.hex(6)), "course_section_sourcedid", N("CS-"+g.hex(6))))
	custom := O()
	if g.r.IntN(2) == 0 {
		custom.set("canvas_user_id", P(fmt.Sprint(1000+g.r.IntN(90000))))
		custom.set("canvas_user_login_id", P(strings.SplitN(mail, "@", 2)[0]))
	}
	if g.r.IntN(2) == 0 {
		custom.set("person_address_country", g.residence(cc))
		custom.set("person_address_timezone", g.tz(p.tz))
	}
	if g.r.IntN(3) == 0 && role != "student" {
		custom.set("person_phone_mobile", g.phone(g.e164()))
	}
	if role == "student" && g.r.IntN(2) == 0 {
		custom.set("student_grade", P(gradeS))
	}
	custom.set("section_name", N(pick(g.r, []string{"Period 3", "Section B", "2年B組"})))
	claims.set(lti+"custom", custom)
	claims.set("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", O("scope", A(N("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem"), N("https://purl.imsglobal.org/spec/lti-ags/scope/score")),
		"lineitems", N(platform[0]+"/api/lti/courses/"+fmt.Sprint(g.r.IntN(9999))+"/line_items")))
	claims.set("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", O("context_memberships_url", N(platform[0]+"/api/lti/courses/"+fmt.Sprint(g.r.IntN(9999))+"/names_and_roles"),
		"service_versions", A(N("2.0"))))
	if g.r.IntN(2) == 0 {
		return claims
	}
	// the tool logs the form post with the decoded claims
	return O("form", O("id_token", C(g.w34JWT()), "state", N(g.uuid())), "decoded", claims, "received_at", g.w34Stamp(2*time.Second))
}
