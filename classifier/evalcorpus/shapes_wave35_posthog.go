package evalcorpus

import (
	"fmt"
	"time"
)

// --------------------------------------------------------------- PostHog

// A PostHog event's name, uuid, $insert_id, times, library and version,
// browser, operating system, device type, screen sizes, host, path,
// referrer, UTM parameters, feature flags, group keys, plan and signup
// method, the project's ids and names and the persons API's paging are
// non-personal; so are the GeoIP country, region and time zone. The
// distinct ids (an e-mail, a database id or an anonymous device-made id),
// $anon_distinct_id, $device_id, $session_id, $window_id, the person's
// uuid, $ip, the GeoIP city, postal code and coordinates, and what $set
// and $set_once tell of the person (names, e-mail, phone, city, birth
// date, gender, company, another user who referred them) are personal; a
// URL with the e-mail address too. What a health app, a dating app or a
// faith app sets on the person (a condition, whom they are looking for,
// their denomination) is sensitive of that category. The GeoIP country
// is weak evidence, a country the person set their residence, the
// browser language and time zone weak evidence. The project API key
// (phc_), the personal API key (phx_) and a magic-link token in a URL are
// credentials.

var w35PHCountries = []string{"US", "US", "GB", "DE", "FR", "NL", "ES", "IT", "PL", "SE", "NO", "DK", "FI", "IE", "PT", "IL", "TR", "AE", "SA", "EG", "MA", "NG", "KE", "GH", "ZA",
	"IN", "PK", "BD", "ID", "MY", "PH", "VN", "JP", "KR", "TW", "HK", "AU", "NZ", "CA", "MX", "BR", "AR", "CO", "CL"}

// w35PHApp is a product that sends its events to PostHog.
type w35PHApp struct {
	host, kind string
}

var w35PHApps = []w35PHApp{{"app.taskflow.example", "saas"}, {"www.mindease.example", "health"}, {"app.matchly.example", "dating"}, {"app.ummah-connect.example", "faith"},
	{"kids.mathquest.example", "kids"}, {"app.coinpocket.example", "fintech"}, {"shop.greenbasket.example", "shop"}}

func postHogCapture(g *gen) *node {
	cc := pick(g.r, w35PHCountries)
	g.w34Redraw(cc)
	app := pick(g.r, w35PHApps)
	if app.kind == "kids" {
		g.w34Age(7, 13)
	} else if app.kind == "saas" || app.kind == "fintech" {
		g.w34Age(18, 65)
	} else {
		g.w34Age(15, 60)
	}
	p := g.p
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	first, last := g.w34Names(g.r.IntN(3) == 0)
	apiKey := "phc_" + g.b62(43)
	anon := fmt.Sprintf("0190%s-%s-7%s-%s-%s", g.hex(4), g.hex(4), g.hex(3), g.hex(4), g.hex(12)) // a uuidv7 the SDK made
	userID := pick(g.r, []string{p.email, fmt.Sprint(100000 + g.r.IntN(9000000)), "usr_" + g.b62(14)})
	if app.kind == "kids" {
		userID = "kid_" + g.b62(10)
	}
	deviceID := anon
	sessionID := fmt.Sprintf("0190%s-%s-7%s-%s-%s", g.hex(4), g.hex(4), g.hex(3), g.hex(4), g.hex(12))
	windowID := fmt.Sprintf("0190%s-%s-7%s-%s-%s", g.hex(4), g.hex(4), g.hex(3), g.hex(4), g.hex(12))
	browser := pick(g.r, [][4]string{{"Chrome", "Windows", "desktop", "125"}, {"Safari", "Mac OS X", "desktop", "17.4"}, {"Mobile Safari", "iOS", "mobile", "17.4"},
		{"Chrome", "Android", "mobile", "124"}, {"Firefox", "Linux", "desktop", "127"}, {"Samsung Internet", "Android", "mobile", "25"}})
	lib := pick(g.r, [][2]string{{"web", "1.139.2"}, {"web", "1.141.0"}, {"posthog-node", "4.2.0"}, {"posthog-python", "3.5.0"}, {"posthog-ios", "3.6.1"}, {"posthog-android", "3.4.2"}})
	server := lib[0] == "posthog-node" || lib[0] == "posthog-python"
	geo := g.w34GeoOf(cc)
	geoProps := func(props *node) {
		g.w34Weak(geo.cc)
		props.set("$geoip_country_code", N(geo.cc))
		props.set("$geoip_country_name", N(w35EnglishName(geo.cc)))
		props.set("$geoip_city_name", Pif(geo.city))
		props.set("$geoip_subdivision_1_name", Nif(geo.region))
		if geo.cc == cc && p.post != "" && g.r.IntN(3) == 0 {
			props.set("$geoip_postal_code", P(p.post))
		}
		props.set("$geoip_latitude", P(geo.lat))
		props.set("$geoip_longitude", P(geo.lon))
		if c := countryByCode(geo.cc); c != nil {
			props.set("$geoip_time_zone", N(c.tz))
		}
	}
	personSet := func() *node {
		s := O("email", P(p.email))
		if app.kind == "kids" {
			parent := g.w34Other(cc)
			s = O("parent_email", P(w35Mail(parent, pick(g.r, []string{"gmail.com", parent.c.domain}))), "child_first_name", P(first),
				"grade", P(pick(g.r, []string{"2nd", "3rd", "4th", "5th", "6th", "7th"})), "age", P(g.w34AgeNow()))
			if g.r.IntN(2) == 0 {
				s.set("birthday", g.dob("2006-01-02"))
			}
			return s
		}
		switch g.r.IntN(3) {
		case 0:
			s.set("name", P(g.w34Full(first, last)))
		case 1:
			s.set("first_name", P(first))
			s.set("last_name", P(last))
		}
		s.set("phone", g.phone(g.e164()))
		if g.r.IntN(2) == 0 {
			s.set("country", g.residence(pick(g.r, []string{cc, w35EnglishName(cc)})))
			s.set("city", g.addr(p.city))
		}
		if g.r.IntN(3) == 0 {
			s.set("date_of_birth", g.dob("2006-01-02"))
		}
		switch app.kind {
		case "saas":
			s.set("company", P(pick(g.r, []string{"Nordlicht GmbH", "Pixelforge Ltd", "Sakura Design 株式会社", "Agência Luz", "Studio Hadar"})))
			s.set("role", N(pick(g.r, []string{"Engineering", "Marketing", "Founder", "Operations"})))
			s.set("plan", N(pick(g.r, []string{"free", "team", "business"})))
		case "health":
			s.set("primary_concern", S(pick(g.r, []string{"anxiety", "depression", "insomnia", "panic attacks", "postpartum depression", "ADHD"}), "health"))
			if g.r.IntN(2) == 0 {
				s.set("on_medication", S(pick(g.r, []string{"yes", "no"}), "health"))
			}
			s.set("therapist_gender_preference", P(pick(g.r, []string{"female", "male", "no preference"})))
		case "dating":
			s.set("gender", P(map[bool]string{true: "woman", false: "man"}[p.female]))
			s.set("interested_in", S(pick(g.r, []string{"women", "men", "everyone"}), "sexual_orientation"))
			if g.r.IntN(2) == 0 {
				s.set("religion", S(pick(g.r, []string{"Muslim", "Christian", "Jewish", "Hindu", "Buddhist", "Not religious"}), "religion"))
			}
		case "faith":
			s.set("madhab", S(pick(g.r, []string{"Hanafi", "Shafi'i", "Maliki", "Hanbali"}), "religion"))
			s.set("prayer_reminders", N(true))
			s.set("gender", P(map[bool]string{true: "female", false: "male"}[p.female]))
		case "fintech":
			s.set("kyc_status", N(pick(g.r, []string{"pending", "verified"})))
			if p.idValue != "" && g.r.IntN(3) == 0 {
				s.set(p.idField, P(p.idValue)) // a developer set the national id as a property
			}
		case "shop":
			s.set("loyalty_tier", N(pick(g.r, []string{"bronze", "silver", "gold"})))
			if g.r.IntN(3) == 0 {
				s.set("dietary_preference", S(pick(g.r, []string{"halal", "kosher"}), "religion"))
			}
		}
		return s
	}
	url := "https://" + app.host + pick(g.r, []string{"/signup", "/onboarding", "/welcome", "/register?plan=pro"})
	urlNode := N(url)
	switch g.r.IntN(6) {
	case 0:
		urlNode = P("https://" + app.host + "/signup/confirm?email=" + w35Q(p.email))
	case 1:
		urlNode = C("https://" + app.host + "/auth/magic-link?token=" + g.b62(40))
	}
	common := func(props *node, ts time.Time, withGeo bool) {
		if !server {
			props.set("$current_url", urlNode)
			props.set("$host", N(app.host))
			props.set("$pathname", N("/signup"))
			props.set("$browser", N(browser[0]))
			props.set("$browser_version", N(browser[3]))
			props.set("$os", N(browser[1]))
			props.set("$device_type", N(browser[2]))
			props.set("$screen_height", N(pick(g.r, []int{844, 1080, 900, 1440})))
			props.set("$screen_width", N(pick(g.r, []int{390, 1920, 1440, 2560})))
			props.set("$referrer", N(pick(g.r, []string{"$direct", "https://www.google.com/", "https://l.instagram.com/"})))
			props.set("$referring_domain", N(pick(g.r, []string{"$direct", "www.google.com", "l.instagram.com"})))
			props.set("$browser_language", g.locale(p.locale))
			props.set("$timezone", g.tz(p.tz))
			props.set("$device_id", P(deviceID))
			props.set("$session_id", P(sessionID))
			props.set("$window_id", P(windowID))
			props.set("$pageview_id", N(g.uuid()))
		}
		props.set("$lib", N(lib[0]))
		props.set("$lib_version", N(lib[1]))
		props.set("$insert_id", N(g.b62(16)))
		props.set("$time", N(w35Epoch(ts)))
		if withGeo {
			props.set("$ip", P(p.ip))
			geoProps(props)
		}
	}
	capture := func(event string, ts time.Time, withGeo bool, distinct string) *node {
		props := O()
		switch event {
		case "$identify":
			props.set("$anon_distinct_id", P(anon))
			props.set("$set", personSet())
			props.set("$set_once", O("$initial_referrer", N("$direct"), "$initial_utm_source", N(pick(g.r, []string{"google", "facebook", "tiktok"})), "$initial_current_url", N("https://"+app.host+"/")))
		case "$set":
			props.set("$set", personSet())
		case "signed_up":
			props.set("signup_method", N(pick(g.r, []string{"email", "google", "apple"})))
			props.set("plan", N(pick(g.r, []string{"free", "trial"})))
			if g.r.IntN(3) == 0 {
				props.set("referrer_user_id", P(fmt.Sprint(100000+g.r.IntN(9000000))))
			}
			if g.r.IntN(2) == 0 {
				props.set("$set_once", O("signup_date", N(ts.UTC().Format("2006-01-02")), "first_name", P(first)))
			}
			props.set("$feature/new-onboarding", N(pick(g.r, []string{"control", "test"})))
		case "$pageview":
			props.set("title", N("Create your account"))
		}
		if g.r.IntN(4) == 0 {
			props.set("$groups", O("company", N("org_"+g.b62(8))))
		}
		common(props, ts, withGeo)
		e := O("event", N(event), "distinct_id", P(distinct), "properties", props, "timestamp", N(ts.UTC().Format("2006-01-02T15:04:05.000Z")))
		return e
	}
	evName := pick(g.r, []string{"$identify", "$identify", "signed_up", "$set", "$pageview"})
	distinct := userID
	if evName == "$pageview" {
		distinct = anon
	}
	switch v := g.r.IntN(10); {
	case v < 3: // one event to /i/v0/e/
		e := capture(evName, g.t, false, distinct)
		e.obj = append([]member{{"api_key", C(apiKey)}}, e.obj...)
		if g.r.IntN(2) == 0 {
			return e
		}
		return O("method", N("POST"), "url", N(pick(g.r, []string{"https://us.i.posthog.com/i/v0/e/", "https://eu.i.posthog.com/i/v0/e/"})),
			"headers", O("Content-Type", N("application/json"), "User-Agent", N(lib[0]+"/"+lib[1])), "body", e)
	case v < 6: // a batch
		b := A()
		ts := g.t.Add(-time.Duration(20+g.r.IntN(200)) * time.Second)
		b.arr = append(b.arr, capture("$pageview", ts, false, anon))
		if g.r.IntN(2) == 0 {
			b.arr = append(b.arr, capture("signed_up", ts.Add(15*time.Second), false, userID))
		}
		b.arr = append(b.arr, capture("$identify", g.t, false, userID))
		for _, e := range b.arr {
			e.set("type", N("capture"))
		}
		return O("api_key", C(apiKey), "historical_migration", N(false), "sent_at", N(g.t.Add(2*time.Second).UTC().Format("2006-01-02T15:04:05.000Z")), "batch", b)
	case v < 8: // the webhook destination's payload
		ev := capture(evName, g.t, true, distinct)
		ev.set("uuid", N(g.uuid()))
		ev.set("elements_chain", N(""))
		ev.set("url", N(fmt.Sprintf("https://eu.posthog.com/project/%d/events/%s/%s", 10000+g.r.IntN(90000), g.uuid(), g.t.UTC().Format("2006-01-02T15:04:05Z"))))
		personID := g.uuid()
		pprops := personSet()
		pprops.set("$initial_geoip_country_code", N(geo.cc))
		pprops.set("$creator_event_uuid", N(g.uuid()))
		person := O("id", P(personID), "properties", pprops, "name", P(p.email), "url", P("https://eu.posthog.com/project/1/person/"+w35Q(distinct)))
		proj := O("id", N(10000+g.r.IntN(90000)), "name", N(pick(g.r, []string{"Production", "Web app", "Mobile"})), "url", N("https://eu.posthog.com/project/12345"))
		return O("event", ev, "person", person, "groups", O(), "project", proj, "source", O("name", N("Webhook to CRM"), "url", N("https://eu.posthog.com/project/12345/pipeline/destinations/hog-"+g.uuid())))
	}
	// the persons API
	pprops := personSet()
	pprops.set("$initial_browser", N(browser[0]))
	pprops.set("$initial_os", N(browser[1]))
	g.w34Weak(geo.cc)
	pprops.set("$initial_geoip_country_code", N(geo.cc))
	pprops.set("$initial_geoip_city_name", Pif(geo.city))
	ids := A(P(userID), P(anon))
	res := O("id", N(100000000+g.r.IntN(900000000)), "uuid", P(g.uuid()), "name", P(p.email), "distinct_ids", ids, "properties", pprops,
		"created_at", N(g.t.Add(-time.Duration(g.r.IntN(2000))*time.Hour).UTC().Format("2006-01-02T15:04:05.000000Z")), "is_identified", N(true))
	return O("request", O("method", N("GET"), "url", P("https://us.posthog.com/api/projects/12345/persons/?email="+w35Q(p.email)),
		"headers", O("Authorization", C("Bearer phx_"+g.b62(43)))), "response", O("status", N(200),
		"body", O("next", N(nil), "previous", N(nil), "count", N(1), "results", A(res))))
}
