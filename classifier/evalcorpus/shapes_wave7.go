package evalcorpus

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// wave7Shapes are a seventh set of producers, each written from its own
// public documentation before the classifier was scored on it: an HR
// system's employee with dependents and emergency contacts (BambooHR), a
// fitness tracker's profile with the day's body, sleep and heart-rate
// data (Fitbit), two national identity providers (LINE Login in Japan,
// Thailand and Taiwan; Naver Login in Korea), a payment platform's
// standard notification (Adyen) and an inbound SMS webhook (Twilio).
// Their first figures measure producers the classifier had not seen.
var wave7Shapes = []Shape{
	{Name: "bamboohr_employee", Doc: "documentation.bamboohr.com/reference/get-employee and documentation.bamboohr.com/docs/list-of-field-names (GET /v1/employees/{id}?fields=…: every value a string; id, employeeNumber, firstName, middleName, lastName, preferredName, displayName, dateOfBirth, age, gender, maritalStatus, ssn/nin/sin/nationalId, nationality, ethnicity, eeo, address1, address2, city, state, zipcode, country by name, homeEmail, workEmail, mobilePhone, homePhone, hireDate, jobTitle, department, division, location, supervisor, supervisorEId, payRate, payType, status, lastChanged) with the dependents of GET /v1/employeedependents?employeeid= ({\"Employee Dependents\": [{id, employeeId, firstName, middleName, lastName, relationship, gender, ssn, dateOfBirth, addressLine1, city, state, zipCode, homePhone, country, isUsCitizen, isStudent}]}) and the emergencyContacts table rows, as a connector publishes a new hire", build: bambooHREmployee},
	{Name: "fitbit_user_health", Doc: "dev.fitbit.com/build/reference/web-api/user/get-profile (user{aboutMe, age, avatar, avatar150, avatar640, averageDailySteps, city, state, country, dateOfBirth, displayName, encodedId, firstName, lastName, fullName, gender, height, heightUnit, isChild, locale, memberSince, offsetFromUTCMillis, strideLengthRunning, strideLengthWalking, timezone, weight, weightUnit, …}), body/get-weight-log (weight[{bmi, date, fat, logId, source, time, weight}]), sleep/get-sleep-log-by-date (sleep[{dateOfSleep, duration, efficiency, startTime, endTime, levels.summary, minutesAsleep, minutesAwake, timeInBed, …}], summary) and heartrate-timeseries/get-heartrate-timeseries-by-date (activities-heart[{dateTime, value{heartRateZones[{name, min, max, minutes, caloriesOut}], restingHeartRate}}]), as a connector publishes a newly linked user", build: fitbitUserHealth},
	{Name: "line_login_user", Doc: "developers.line.biz/en/reference/line-login/#issue-access-token (access_token, expires_in, id_token, refresh_token, scope, token_type), #verify-id-token (iss https://access.line.me, sub U+32 hex, aud channel id, exp, iat, auth_time, nonce, amr, name, picture, email) and #get-user-profile (userId, displayName, pictureUrl, statusMessage), with language from developers.line.biz/en/reference/messaging-api/#get-profile and friendFlag of #get-friendship-status, as a login service publishes the sign-in", build: lineLoginUser},
	{Name: "naver_login_user", Doc: "developers.naver.com/docs/login/api/api.md (token: access_token, refresh_token, token_type bearer, expires_in) and developers.naver.com/docs/login/profile/profile.md (GET openapi.naver.com/v1/nid/me: resultcode, message, response{id, nickname, name, email, gender F/M/U, age \"20-29\", birthday MM-DD, profile_image, birthyear, mobile 010-0000-0000, mobile_e164}; each item only with the user's consent)", build: naverLoginUser},
	{Name: "adyen_notification", Doc: "docs.adyen.com/development-resources/webhooks/webhook-types (standard notification: live, notificationItems[{NotificationRequestItem{additionalData, amount{currency, value}, eventCode AUTHORISATION, eventDate, merchantAccountCode, merchantReference, operations, paymentMethod, pspReference, reason authCode:last4:expiry, success}}]) and docs.adyen.com/development-resources/webhooks/additional-settings (additionalData flat keys: authCode, cardSummary, expiryDate, cardHolderName, cardIssuingCountry, shopperEmail, shopperReference, shopperIP, shopperCountry, billingAddress.street/houseNumberOrName/city/postalCode/stateOrProvince/country, recurring.recurringDetailReference, recurring.shopperReference, hmacSignature)", build: adyenNotification},
	{Name: "twilio_inbound_sms", Doc: "twilio.com/docs/messaging/guides/webhook-request (incoming message parameters: MessageSid, SmsSid, SmsMessageSid, AccountSid, MessagingServiceSid, From, To, Body, NumMedia, NumSegments, MediaUrl0, MediaContentType0, FromCity, FromState, FromZip, FromCountry, ToCity, ToState, ToZip, ToCountry, SmsStatus, ApiVersion; the geographic fields are derived from the numbers), as a relay turns the form post into JSON", build: twilioInboundSMS},
}

// adult redraws the subject in the same country until they are at least
// min years old (an employee, an account holder).
func (g *gen) adult(min int) {
	for g.ageAt() < min {
		g.p = newPerson(g.r, g.p.c, g.t)
	}
}

// usState is a US state code with its name, for the US subjects of HR
// and payment producers.
var usStates = [][2]string{{"TX", "Texas"}, {"CA", "California"}, {"IL", "Illinois"}, {"NY", "New York"}, {"UT", "Utah"}}

func bambooHREmployee(g *gen) *node {
	switch x := g.r.IntN(10); {
	case x < 5:
		g.redraw("US")
	case x < 7:
		g.redraw("CA", "GB", "AU")
	}
	// Some employers hire sixteen-year-olds part-time; younger, none.
	g.adult(16)
	p := g.p
	empID := 100 + g.r.IntN(9000)
	empNo := fmt.Sprint(1000 + g.r.IntN(9000))
	company := pick(g.r, []string{"northwind", "globex", "initech"})
	hire := g.t.Add(time.Duration(g.r.IntN(20)) * 24 * time.Hour).Format("2006-01-02")
	gender := map[bool]string{true: "Female", false: "Male"}[p.female]
	marital := "Single"
	if g.ageAt() >= 25 && g.r.IntN(2) == 0 {
		marital = "Married"
	}
	e := O(
		"id", P(fmt.Sprint(empID)),
		"employeeNumber", P(empNo),
		"firstName", P(p.given),
		"middleName", N(""),
		"lastName", P(p.family),
		"preferredName", N(nil),
		"displayName", P(p.given+" "+p.family),
		"dateOfBirth", g.dob("2006-01-02"),
		"age", P(fmt.Sprint(g.ageAt())),
		"gender", P(gender),
		"maritalStatus", P(marital),
	)
	switch {
	case p.c.code == "US" && p.idValue != "":
		e.set("ssn", P(p.idValue))
	case p.idValue != "":
		key := "nationalId"
		if p.idScheme == "gb_nino" {
			key = "nin"
		}
		e.set(key, P(p.idValue))
	}
	if c := g.citizenship(englishName[p.cit.code]); c != nil {
		e.set("nationality", c)
	}
	if p.c.code == "US" || g.r.IntN(4) == 0 {
		// The voluntary self-identification an employer of the US asks for.
		if g.r.IntN(6) == 0 {
			e.set("ethnicity", P("Decline to answer"))
		} else {
			_, race := eeocRace(p.c.code)
			e.set("ethnicity", S(race, "ethnicity"))
		}
	} else {
		e.set("ethnicity", N(nil))
	}
	title := pick(g.r, []string{"Warehouse Associate", "Software Engineer", "Registered Nurse", "Sales Representative"})
	e.set("eeo", P(pick(g.r, []string{"Professionals", "Sales Workers", "Laborers and Helpers", "Technicians"})))
	state, stateName := p.region, p.region
	if p.c.code == "US" {
		s := pick(g.r, usStates)
		state, stateName = s[0], s[1]
	}
	e.set("address1", g.addr(p.street))
	e.set("address2", g.addr(map[bool]string{true: fmt.Sprintf("Apt %d", 1+g.r.IntN(40))}[g.r.IntN(3) == 0]))
	e.set("city", g.addr(p.city))
	e.set("state", g.addrN(stateName))
	e.set("stateCode", g.addrN(state))
	e.set("zipcode", g.addr(p.post))
	e.set("country", g.residence(g.english()))
	e.set("homeEmail", P(p.email))
	e.set("workEmail", P(strings.ToLower(strings.ReplaceAll(p.givenL+"."+p.familyL, " ", ""))+"@"+company+".example"))
	e.set("mobilePhone", g.phone(""))
	e.set("hireDate", P(hire))
	e.set("originalHireDate", N("0000-00-00"))
	e.set("jobTitle", P(title))
	e.set("department", N(pick(g.r, []string{"Operations", "Engineering", "Sales", "Clinical"})))
	e.set("division", N(pick(g.r, []string{"North America", "EMEA", "APAC"})))
	e.set("location", N(pick(g.r, []string{"Lindon, Utah", "Remote", "London Office"})))
	e.set("supervisor", P("Okoro, Maya"))
	e.set("supervisorEId", P(fmt.Sprint(100+g.r.IntN(90))))
	e.set("payRate", P(fmt.Sprintf("%d000.00 USD", 35+g.r.IntN(120))))
	e.set("payType", P("Salary"))
	e.set("status", N("Active"))
	e.set("lastChanged", N(g.at(0, "2006-01-02T15:04:05+00:00")))

	// Dependents: a spouse, and children, most of them minors.
	var deps []*node
	depID := 10 + g.r.IntN(900)
	dependent := func(given, rel string, female bool, dob time.Time) *node {
		depID++
		d := O(
			"id", P(fmt.Sprint(depID)),
			"employeeId", P(fmt.Sprint(empID)),
			"firstName", P(given),
			"middleName", N(""),
			"lastName", P(p.family),
			"relationship", P(rel),
			"gender", P(map[bool]string{true: "Female", false: "Male"}[female]),
		)
		if p.c.code == "US" {
			// Masked but for the last four digits.
			d.set("ssn", P(fmt.Sprintf("xxx-xx-%04d", 1+g.r.IntN(9999))))
		}
		d.set("dateOfBirth", P(dob.Format("2006-01-02")))
		d.set("addressLine1", g.addr(p.street))
		d.set("city", g.addr(p.city))
		d.set("state", g.addrN(state))
		d.set("zipCode", g.addr(p.post))
		d.set("country", g.residence(g.english()))
		if p.c.code == "US" {
			d.set("isUsCitizen", P(pick(g.r, []string{"yes", "yes", "no"})))
		}
		d.set("isStudent", P(map[bool]string{true: "yes", false: "no"}[g.t.Sub(dob) > 18*365*24*time.Hour && g.r.IntN(2) == 0]))
		return d
	}
	if marital == "Married" {
		sp := newPerson(g.r, p.c, g.t)
		deps = append(deps, dependent(sp.given, "Spouse", !p.female, p.dob.AddDate(g.r.IntN(7)-3, g.r.IntN(12), g.r.IntN(28))))
	}
	if g.ageAt() >= 25 {
		for range g.r.IntN(4) {
			kid := newPerson(g.r, p.c, g.t)
			born := g.t.AddDate(-g.r.IntN(min(g.ageAt()-20, 24)+1), -g.r.IntN(12), -g.r.IntN(28)).Truncate(24 * time.Hour)
			deps = append(deps, dependent(kid.given, "Child", kid.female, born))
		}
	}
	out := O("employee", e, "dependents", O("Employee Dependents", A(deps...)))
	if g.r.IntN(3) != 0 {
		c := newPerson(g.r, p.c, g.t)
		rel := "Parent"
		if marital == "Married" {
			rel = "Spouse"
		}
		out.set("emergencyContacts", A(O(
			"id", N(fmt.Sprint(1+g.r.IntN(400))),
			"employeeId", P(fmt.Sprint(empID)),
			"name", P(c.given+" "+p.family),
			"relationship", P(rel),
			"mobilePhone", P(c.phone),
			"email", P(c.email),
			"primaryContact", N("yes"),
		)))
	}
	return out
}

// fitbitLocale is a BCP 47 locale as Fitbit writes it, with an underscore.
func fitbitLocale(l string) string { return strings.ReplaceAll(l, "-", "_") }

func fitbitUserHealth(g *gen) *node {
	p := g.p
	day := g.t.Format("2006-01-02")
	encID := strings.ToUpper(g.chars("0123456789ABCDEFGHJKLMNPQRSTVWXYZ", 6))
	metric := p.c.code != "US"
	unit := map[bool]string{true: "METRIC", false: "en_US"}[metric]
	heightCm := 150 + float64(g.r.IntN(450))/10
	if g.ageAt() < 14 {
		heightCm -= 25
	}
	weightKg := 45 + float64(g.r.IntN(700))/10
	if g.ageAt() < 14 {
		weightKg -= 15
	}
	height, weight := heightCm, weightKg
	if !metric {
		height = float64(int(heightCm/2.54*10)) / 10
		weight = float64(int(weightKg*2.20462*10)) / 10
	}
	avatar := func(size string) *node {
		if g.r.IntN(3) == 0 {
			return N("https://static0.fitbit.com/images/profile/defaultProfile_" + size + ".png")
		}
		return P(fmt.Sprintf("https://static0.fitbit.com/images/profile/%s_profile_%s_square.jpg", g.uuid(), size))
	}
	u := O(
		"aboutMe", orEmpty(g.bio()),
		"age", P(g.ageAt()),
		"ambassador", N(false),
		"autoStrideEnabled", N(true),
		"avatar", avatar("100"),
		"avatar150", avatar("150"),
		"avatar640", avatar("640"),
		"averageDailySteps", P(2000+g.r.IntN(12000)),
		"city", g.addr(p.city),
		"clockTimeDisplayFormat", N(pick(g.r, []string{"12hour", "24hour"})),
		"country", g.residence(p.c.code),
		"dateOfBirth", g.dob("2006-01-02"),
		"displayName", P(p.given+" "+p.family[:min(len(p.family), 1)]+"."),
		"displayNameSetting", N("name"),
		"distanceUnit", N(unit),
		"encodedId", P(encID),
		"features", O("exerciseGoal", N(true)),
		"firstName", P(p.given),
		"fullName", P(p.given+" "+p.family),
		"gender", P(strings.ToUpper(g.gender())),
		"glucoseUnit", N(unit),
		"height", S(height, "health"),
		"heightUnit", N(unit),
		// A Fitbit family account for a child under 13.
		"isChild", P(g.ageAt() < 13),
		"lastName", P(p.family),
		"memberSince", N(g.at(time.Duration(g.r.IntN(2000))*24*time.Hour, "2006-01-02")),
		"mfaEnabled", N(false),
		"sleepTracking", N("Normal"),
		"startDayOfWeek", N(pick(g.r, []string{"SUNDAY", "MONDAY"})),
		"state", g.addrN(map[bool]string{true: p.region}[p.c.code == "US"]),
		"strideLengthRunning", P(float64(int(heightCm*0.9*10))/10),
		"strideLengthRunningType", N("default"),
		"strideLengthWalking", P(float64(int(heightCm*0.415*10))/10),
		"strideLengthWalkingType", N("default"),
		"swimUnit", N(unit),
		"temperatureUnit", N(unit),
		"waterUnit", N(unit),
		"weight", S(weight, "health"),
		"weightUnit", N(unit),
	)
	if l := g.locale(fitbitLocale(p.locale)); l != nil {
		u.set("locale", l)
		u.set("languageLocale", g.locale(fitbitLocale(p.locale)))
		u.set("foodsLocale", g.locale(fitbitLocale(p.locale)))
	}
	if tz := g.tz(p.tz); tz != nil {
		u.set("timezone", tz)
		off, _ := g.utcOffset()
		u.set("offsetFromUTCMillis", N(int64(off*3600000)))
	}
	bmi := float64(int(weightKg/(heightCm*heightCm/10000)*100)) / 100
	wlog := O("bmi", S(bmi, "health"), "date", N(day))
	if g.r.IntN(2) == 0 {
		wlog.set("fat", S(float64(100+g.r.IntN(250))/10, "health"))
	}
	wlog.set("logId", N(g.t.UnixMilli()))
	wlog.set("source", N(pick(g.r, []string{"Aria", "API", "Web"})))
	wlog.set("time", N(g.t.Format("15:04:05")))
	wlog.set("weight", S(weight, "health"))

	stage := func(avg bool) *node {
		m := 20 + g.r.IntN(200)
		s := O("count", S(1+g.r.IntN(30), "health"), "minutes", S(m, "health"))
		if avg {
			s.set("thirtyDayAvgMinutes", S(m+g.r.IntN(40)-20, "health"))
		}
		return s
	}
	asleep := 300 + g.r.IntN(200)
	awake := 20 + g.r.IntN(70)
	start := g.t.Add(-time.Duration(8+g.r.IntN(6)) * time.Hour).Truncate(30 * time.Second)
	end := start.Add(time.Duration(asleep+awake) * time.Minute)
	sleep := O(
		"sleep", A(O(
			"dateOfSleep", N(end.Format("2006-01-02")),
			"duration", S((asleep+awake)*60000, "health"),
			"efficiency", S(80+g.r.IntN(19), "health"),
			"endTime", N(end.Format("2006-01-02T15:04:05.000")),
			"infoCode", N(0),
			"isMainSleep", N(true),
			"levels", O("summary", O("deep", stage(true), "light", stage(true), "rem", stage(true), "wake", stage(true))),
			"logId", N(g.t.UnixMilli()/1000*1000+g.r.Int64N(999)),
			"logType", N("auto_detected"),
			"minutesAfterWakeup", S(g.r.IntN(10), "health"),
			"minutesAsleep", S(asleep, "health"),
			"minutesAwake", S(awake, "health"),
			"minutesToFallAsleep", S(g.r.IntN(20), "health"),
			"startTime", N(start.Format("2006-01-02T15:04:05.000")),
			"timeInBed", S(asleep+awake, "health"),
			"type", N("stages"),
		)),
		"summary", O(
			"stages", O("deep", S(40+g.r.IntN(80), "health"), "light", S(150+g.r.IntN(150), "health"), "rem", S(50+g.r.IntN(70), "health"), "wake", S(awake, "health")),
			"totalMinutesAsleep", S(asleep, "health"),
			"totalSleepRecords", N(1),
			"totalTimeInBed", S(asleep+awake, "health"),
		),
	)
	// Zones from the maximum heart rate Fitbit estimates from the age.
	maxHR := 220 - g.ageAt()
	zone := func(name string, lo, hi int) *node {
		return O("caloriesOut", S(float64(g.r.IntN(200000))/100, "health"), "max", P(hi), "min", P(lo), "minutes", S(g.r.IntN(900), "health"), "name", N(name))
	}
	heart := A(O(
		"dateTime", N(day),
		"value", O(
			"customHeartRateZones", A(),
			"heartRateZones", A(
				zone("Out of Range", 30, maxHR/2),
				zone("Fat Burn", maxHR/2, maxHR*7/10),
				zone("Cardio", maxHR*7/10, maxHR*85/100),
				zone("Peak", maxHR*85/100, maxHR),
			),
			"restingHeartRate", S(52+g.r.IntN(30), "health"),
		),
	))
	return O(
		"ownerId", P(encID),
		"ownerType", N("user"),
		"profile", O("user", u),
		"body", O("weight", A(wlog)),
		"sleep", sleep,
		"heart", O("activities-heart", heart),
	)
}

// jwt is a signed JSON Web Token carrying claims (RS256/HS256 shape).
func (g *gen) jwt(alg string, claims map[string]any) string {
	h, _ := json.Marshal(map[string]string{"alg": alg, "typ": "JWT"})
	c, _ := json.Marshal(claims)
	enc := base64.RawURLEncoding
	return enc.EncodeToString(h) + "." + enc.EncodeToString(c) + "." + g.chars(b64Set, 43)
}

func lineLoginUser(g *gen) *node {
	// LINE's users are mostly in Japan, Thailand and Taiwan.
	switch x := g.r.IntN(20); {
	case x < 11:
		g.redraw("JP")
	case x < 16:
		g.redraw("TH")
	case x < 19:
		g.redraw("TW")
	}
	p := g.p
	sub := "U" + g.hex(32)
	channel := fmt.Sprint(1650000000 + g.r.IntN(10000000))
	iat := g.t.Unix()
	name := p.given
	if g.r.IntN(2) == 0 {
		name = p.fullName()
	}
	pic := "https://profile.line-scdn.net/0h" + g.chars(b64Set, 40)
	amr := pick(g.r, []string{"pwd", "linesso", "lineqr"})
	nonce := g.b62(16)
	claims := map[string]any{"iss": "https://access.line.me", "sub": sub, "aud": channel, "exp": iat + 3600, "iat": iat, "auth_time": iat - 5, "nonce": nonce, "amr": []string{amr}, "name": name, "picture": pic}
	withEmail := g.r.IntN(2) == 0
	if withEmail {
		claims["email"] = p.email
	}
	tok := O(
		// A JWT access token of LINE Login v2.1 and its refresh token: each
		// calls the API as this user.
		"access_token", C(g.jwt("HS256", map[string]any{"iss": "https://access.line.me", "sub": sub, "aud": channel, "exp": iat + 2592000, "iat": iat, "scope": "profile openid email"})),
		"expires_in", N(2592000),
		"id_token", C(g.jwt("ES256", claims)),
		"refresh_token", C(g.b62(20)),
		"scope", N("profile openid email"),
		"token_type", N("Bearer"),
	)
	idt := O(
		"iss", N("https://access.line.me"),
		"sub", P(sub),
		"aud", N(channel),
		"exp", N(iat+3600),
		"iat", N(iat),
		"auth_time", N(iat-5),
		"nonce", N(nonce),
		"amr", A(N(amr)),
		"name", P(name),
		"picture", P(pic),
	)
	if withEmail {
		idt.set("email", P(p.email))
	}
	prof := O("userId", P(sub), "displayName", P(name), "pictureUrl", P(pic))
	if b := g.bio(); b != nil {
		prof.set("statusMessage", b)
	}
	// LINE's language setting: a language, with a region for Chinese.
	lang := g.lang()
	if lang == "zh" {
		lang = map[bool]string{true: "zh-TW", false: "zh-CN"}[p.locale == "zh-TW"]
	}
	if l := g.locale(lang); l != nil {
		prof.set("language", l)
	}
	return O(
		"channel_id", N(channel),
		"token", tok,
		"id_token_claims", idt,
		"profile", prof,
		"friendship", O("friendFlag", N(g.r.IntN(3) != 0)),
	)
}

func naverLoginUser(g *gen) *node {
	if g.r.IntN(10) < 9 {
		g.redraw("KR")
	}
	p := g.p
	// Each item is there only when the user agreed to give it.
	agreed := func() bool { return g.r.IntN(5) != 0 }
	r := O("id", P(g.chars(b64Set, 43)))
	if agreed() {
		r.set("nickname", P(p.username))
	}
	if agreed() {
		r.set("name", P(p.fullName()))
	}
	if agreed() {
		mail := strings.ToLower(p.username) + "@naver.com"
		if g.r.IntN(3) == 0 {
			mail = p.email
		}
		r.set("email", P(mail))
	}
	if agreed() {
		r.set("gender", P(map[bool]string{true: "F", false: "M"}[p.female]))
	}
	if agreed() {
		a := g.ageAt() / 10 * 10
		r.set("age", P(fmt.Sprintf("%d-%d", a, a+9)))
	}
	day, year := agreed(), agreed()
	if day && year {
		g.dobAt()
	}
	if day {
		r.set("birthday", P(p.dob.Format("01-02")))
	}
	if agreed() {
		r.set("profile_image", P("https://phinf.pstatic.net/contact/"+g.t.Format("20060102")+"_"+fmt.Sprint(100+g.r.IntN(900))+"/"+fmt.Sprint(g.t.UnixMilli())+g.b62(6)+".jpeg"))
	}
	if year {
		r.set("birthyear", P(fmt.Sprint(p.dob.Year())))
	}
	if p.showPhone && agreed() {
		nat := p.phoneNat
		if p.phoneCC != "KR" {
			nat = g.intl()
		}
		r.set("mobile", g.phone(nat))
		r.set("mobile_e164", g.phone(g.e164()))
	}
	return O(
		"token", O(
			"access_token", C("AAAAO"+g.chars(b64Set, 150)),
			"refresh_token", C(g.b62(60)),
			"token_type", N("bearer"),
			"expires_in", N("3600"),
		),
		"profile", O("resultcode", N("00"), "message", N("success"), "response", r),
	)
}

func adyenNotification(g *gen) *node {
	p := g.p
	amount := (5 + g.r.IntN(500)) * 100
	cur := pick(g.r, []string{"EUR", "USD", "GBP", "AUD", "JPY"})
	last4 := fmt.Sprintf("%04d", g.r.IntN(10000))
	expM, expY := 1+g.r.IntN(12), g.t.Year()+1+g.r.IntN(5)
	exp := fmt.Sprintf("%d/%d", expM, expY)
	authCode := fmt.Sprint(10000 + g.r.IntN(90000))
	psp := fmt.Sprint(8800000000000000 + g.r.Int64N(99999999999999))
	shopperRef := "shopper-" + g.hex(12)
	holder := strings.ToUpper(p.givenL + " " + p.familyL)
	ad := O(
		"authCode", N(authCode),
		"cardSummary", P(last4),
		"expiryDate", P(exp),
		"cardHolderName", P(holder),
	)
	// The card issuer's country: where the bank is, a hint.
	issued := p.c.code
	if p.cit != p.c && g.r.IntN(2) == 0 {
		issued = p.cit.code
	}
	g.lab.Weak = addCountry(g.lab.Weak, issued)
	ad.set("cardIssuingCountry", N(issued))
	ad.set("shopperEmail", P(p.email))
	ad.set("shopperReference", P(shopperRef))
	ad.set("shopperIP", P(p.ip))
	ad.set("shopperCountry", g.residence(p.c.code))
	if p.showResidence {
		ad.set("billingAddress.street", P(p.street))
		ad.set("billingAddress.houseNumberOrName", P(fmt.Sprint(1+g.r.IntN(200))))
		ad.set("billingAddress.city", P(p.city))
		ad.set("billingAddress.postalCode", g.addr(p.post))
		ad.set("billingAddress.stateOrProvince", g.addrN(p.region))
		ad.set("billingAddress.country", g.residence(p.c.code))
	}
	if g.r.IntN(2) == 0 {
		// The stored card's token: with the merchant's key it charges it.
		ad.set("recurring.recurringDetailReference", C(fmt.Sprint(8300000000000000+g.r.Int64N(99999999999999))))
		ad.set("recurring.shopperReference", P(shopperRef))
	}
	ad.set("threeDAuthenticated", N(pick(g.r, []string{"true", "false"})))
	// The notification's own HMAC: it proves the sender, it opens nothing.
	ad.set("hmacSignature", N(base64.StdEncoding.EncodeToString([]byte(g.hex(32)))))
	method := pick(g.r, []string{"visa", "mc", "amex"})
	return O(
		"live", N("false"),
		"notificationItems", A(O("NotificationRequestItem", O(
			"additionalData", ad,
			"amount", O("currency", N(cur), "value", N(amount)),
			"eventCode", N("AUTHORISATION"),
			"eventDate", N(g.t.In(time.FixedZone("CET", 3600)).Format("2006-01-02T15:04:05-07:00")),
			"merchantAccountCode", N("NorthwindECOM"),
			"merchantReference", N("order-"+fmt.Sprint(100000+g.r.IntN(900000))),
			"operations", A(N("CANCEL"), N("CAPTURE"), N("REFUND")),
			"paymentMethod", N(method),
			"pspReference", N(psp),
			"reason", P(fmt.Sprintf("%s:%s:%02d/%d", authCode, last4, expM, expY)),
			"success", N("true"),
		))),
	)
}

func twilioInboundSMS(g *gen) *node {
	switch x := g.r.IntN(10); {
	case x < 4:
		g.redraw("US")
	case x < 6:
		g.redraw("GB", "CA", "AU")
	}
	p := g.p
	p.showPhone = true // an inbound message always has its sender
	toCC := "US"
	if g.r.IntN(3) == 0 {
		toCC = p.phoneCC
	}
	to, _ := phoneNumber(g.r, toCC)
	if to == "" {
		to, _ = phoneNumber(g.r, "US")
		toCC = "US"
	}
	sid, acct := "SM"+g.hex(32), "AC"+g.hex(32)
	from := g.phone(g.e164())
	fromCity, fromState, fromZip := N(""), N(""), N("")
	if p.phoneCC == "US" {
		// Where the number was issued, looked up by Twilio.
		s := pick(g.r, usStates)
		fromCity, fromState, fromZip = P(strings.ToUpper(p.city)), N(s[0]), P(p.post)
	}
	var body *node
	switch x := g.r.IntN(6); {
	case x == 0:
		body = N("START")
	case x == 1:
		body = N("JOIN")
	case x == 2:
		d := g.dobAt()
		body = P(fmt.Sprintf("Hi, this is %s %s, please sign me up for reminders. DOB %s", p.givenL, p.familyL, d.Format("01/02/2006")))
	case x == 3:
		body = P(fmt.Sprintf("Sign up %s %s", p.email, p.givenL))
	default:
		if b := g.bio(); b != nil {
			body = b
		} else {
			body = P(fmt.Sprintf("Hello! I'm %s, I'd like to join.", p.given))
		}
	}
	ev := O(
		"ToCountry", N(toCC),
		"ToState", N(map[bool]string{true: "CA"}[toCC == "US"]),
		"SmsMessageSid", N(sid),
		"NumMedia", N("0"),
		"ToCity", N(map[bool]string{true: "SAN FRANCISCO"}[toCC == "US"]),
		"FromZip", fromZip,
		"SmsSid", N(sid),
		"FromState", fromState,
		"SmsStatus", N("received"),
		"FromCity", fromCity,
		"Body", body,
		// The country of the sender's number: a hint, not a residence.
		"FromCountry", N(p.phoneCC),
		"To", N(to),
		"MessagingServiceSid", N("MG"+g.hex(32)),
		"ToZip", N(map[bool]string{true: "94105"}[toCC == "US"]),
		"NumSegments", N("1"),
		"MessageSid", N(sid),
		"AccountSid", N(acct),
		"From", from,
		"ApiVersion", N("2010-04-01"),
	)
	if g.r.IntN(5) == 0 {
		// A photo the sender attached (of an ID card, say).
		ev.set("NumMedia", N("1"))
		ev.set("MediaContentType0", N("image/jpeg"))
		ev.set("MediaUrl0", P(fmt.Sprintf("https://api.twilio.com/2010-04-01/Accounts/%s/Messages/%s/Media/ME%s", acct, sid, g.hex(32))))
	}
	return ev
}
