package evalcorpus

import (
	"fmt"
	"strings"
	"time"

	"github.com/nyaruka/phonenumbers"
)

// moreShapes are producers added after the first set, each written from
// its own public documentation (field names, nesting, envelope) before
// the classifier was scored on it: their first figures measure producers
// the classifier had not seen.
var moreShapes = []Shape{
	{Name: "adobe_xdm_profile", Doc: "experienceleague.adobe.com XDM Individual Profile (person, personalEmail, mobilePhone, homeAddress, identityMap) in a streaming-ingestion envelope (header.schemaRef, body.xdmMeta, body.xdmEntity)", build: adobeXDM},
	{Name: "mixpanel_people_set", Doc: "developer.mixpanel.com/reference/profile-set (engage: $token, $distinct_id, $ip, $set with reserved $-properties)", build: mixpanelSet},
	{Name: "amplitude_identify", Doc: "amplitude.com/docs/apis/analytics/identify (api_key, identification[] with user_properties.$set/$setOnce, device fields)", build: amplitudeIdentify},
	{Name: "customerio_identify", Doc: "customer.io Track API v2 /entity: type person, action identify, identifiers, attributes, timestamp", build: customerioIdentify},
	{Name: "klaviyo_profile", Doc: "developers.klaviyo.com/en/reference/get_profile (JSON:API data.type/id/attributes, location{}, subscriptions, links)", build: klaviyoProfile},
	{Name: "iterable_user", Doc: "api.iterable.com/api/docs#users_updateUser (email, userId, dataFields{}, preferUserId, mergeNestedObjects)", build: iterableUser},
	{Name: "marketo_lead", Doc: "developers.marketo.com/rest-api/lead-database/leads (createOrUpdate: action, lookupField, partitionName, input[])", build: marketoLead},
	{Name: "zoho_crm_contact", Doc: "zoho.com/crm/developer/docs/api/v6/insert-records.html Contacts (data[], Owner{}, Mailing_*, $-system fields, trigger[])", build: zohoContact},
	{Name: "pipedrive_person", Doc: "pipedrive.readme.io webhooks v1 added.person (meta{}, current{} with phone/email arrays of {label,value,primary}, custom fields keyed by 40-hex hashes, address subfields _country/_locality/...)", build: pipedrivePerson},
	{Name: "freshdesk_contact", Doc: "developers.freshdesk.com/api/#contacts (View a contact: address, language, time_zone as Rails zone names, custom_fields{})", build: freshdeskContact},
	{Name: "google_people_person", Doc: "developers.google.com/people/api/rest/v1/people (resourceName, etag, names[], emailAddresses[], phoneNumbers[], birthdays[].date{year,month,day}, addresses[], locales[], biographies[], each with metadata{primary,source})", build: googlePerson},
	{Name: "pingone_user", Doc: "apidocs.pingidentity.com/pingone/platform/v1/api/#users (create user: environment, population, name{}, address{}, mobilePhone, locale, password{value,forceChange}, _links)", build: pingoneUser},
	{Name: "twilio_lookup", Doc: "twilio.com/docs/lookup/v2-api (PhoneNumbers resource: calling_country_code, country_code, phone_number, national_format, valid, caller_name{}, line_type_intelligence{}, url)", build: twilioLookup},
	{Name: "google_id_token", Doc: "developers.google.com/identity/openid-connect/openid-connect#an-id-tokens-payload (iss, azp, aud, sub, hd, email, email_verified, at_hash, name, picture, given_name, family_name, locale, iat, exp)", build: googleIDToken},
}

// englishName is the country's name in English, as producers run from
// English-language consoles (Amplitude, Marketo, Zoho, Klaviyo) write it.
var englishName = map[string]string{
	"RU": "Russia", "KZ": "Kazakhstan", "BY": "Belarus", "UA": "Ukraine", "CN": "China", "TW": "Taiwan", "JP": "Japan",
	"KR": "South Korea", "IN": "India", "ID": "Indonesia", "VN": "Vietnam", "TH": "Thailand", "SA": "Saudi Arabia",
	"AE": "United Arab Emirates", "EG": "Egypt", "IL": "Israel", "TR": "Turkey", "GR": "Greece", "DE": "Germany",
	"FR": "France", "ES": "Spain", "IT": "Italy", "PL": "Poland", "NL": "Netherlands", "SE": "Sweden", "PT": "Portugal",
	"AT": "Austria", "CZ": "Czech Republic", "RO": "Romania", "BG": "Bulgaria", "HU": "Hungary", "GB": "United Kingdom",
	"CH": "Switzerland", "US": "United States", "CA": "Canada", "MX": "Mexico", "BR": "Brazil", "AR": "Argentina",
	"AU": "Australia", "NZ": "New Zealand", "SG": "Singapore", "ZA": "South Africa", "NG": "Nigeria", "KE": "Kenya",
	"RW": "Rwanda",
	"NO": "Norway", "DK": "Denmark", "FI": "Finland", "PH": "Philippines", "ET": "Ethiopia", "MA": "Morocco", "CL": "Chile",
	"CO": "Colombia", "PE": "Peru", "UY": "Uruguay",
	"MY": "Malaysia",
	"BE": "Belgium",
	"EE": "Estonia", "LV": "Latvia", "LT": "Lithuania",
	"BD": "Bangladesh",
	"GH": "Ghana", "UG": "Uganda", "CM": "Cameroon", "CI": "Côte d'Ivoire", "PK": "Pakistan",
	"UZ": "Uzbekistan",
	"TJ": "Tajikistan", "AM": "Armenia",
	"IE": "Ireland", "HK": "Hong Kong",
}

func (g *gen) english() string {
	if n := englishName[g.p.c.code]; n != "" {
		return n
	}
	return g.p.c.name
}

// lang is the language part of the person's locale ("ru" of "ru-RU").
func (g *gen) lang() string { return strings.SplitN(g.p.locale, "-", 2)[0] }

func (g *gen) gender() string { return map[bool]string{true: "female", false: "male"}[g.p.female] }

// dobAt records the birth date for a shape that writes it in parts.
func (g *gen) dobAt() time.Time {
	g.lab.BirthDate = g.p.dob.Format("2006-01-02")
	return g.p.dob
}

// idLeaf is the person's national identifier under its usual field name,
// in about half of the events of shapes with free custom fields.
func (g *gen) idLeaf() (string, *node) {
	if g.p.idValue == "" || g.r.IntN(2) == 0 {
		return "", nil
	}
	return g.p.idField, P(g.p.idValue)
}

func adobeXDM(g *gen) *node {
	p := g.p
	tenant := "_" + strings.ToLower(g.chars("abcdefghijklmnopqrstuvwxyz", 8))
	schema := "https://ns.adobe.com/" + tenant[1:] + "/schemas/" + g.hex(32)
	ecid := fmt.Sprintf("%038d", g.r.Int64N(1<<62))
	var home *node
	if p.showResidence {
		home = O("street1", g.addr(p.street), "city", g.addr(p.city), "stateProvince", g.addrN(p.region), "postalCode", g.addr(p.post), "country", g.residence(g.english()), "countryCode", g.residence(p.c.code))
	}
	var mobile *node
	if ph := g.phone(""); ph != nil {
		mobile = O("number", ph, "primary", N(true))
	}
	dob := g.dobAt()
	var nat *node
	if c := g.citizenship(p.cit.code); c != nil {
		nat = c
	}
	ext := O("signupChannel", N("web"), "loyaltyOptIn", N(g.r.IntN(2) == 0))
	if k, v := g.idLeaf(); v != nil {
		ext.set(k, v)
	}
	entity := O(
		"_id", N(g.uuid()),
		"_repo", O("createDate", N(g.at(0, iso)), "modifyDate", N(g.at(0, iso))),
		"identityMap", O(
			"ECID", A(O("id", P(ecid), "authenticatedState", N("ambiguous"), "primary", N(false))),
			"Email", A(O("id", P(p.email), "authenticatedState", N("authenticated"), "primary", N(true))),
		),
		"person", O(
			"name", O("firstName", P(p.given), "lastName", P(p.family), "fullName", P(p.fullName())),
			"birthDate", P(dob.Format("2006-01-02")),
			"birthDayAndMonth", P(dob.Format("01-02")),
			"birthYear", P(dob.Year()),
			"gender", P(g.gender()),
			"nationality", nat,
		),
		"personalEmail", O("address", P(p.email), "primary", N(true), "type", N("personal"), "status", N("active")),
		"mobilePhone", mobile,
		"homeAddress", home,
		"preferredLanguage", g.locale(p.locale),
		"consents", O("marketing", O("email", O("val", N("y"))), "collect", O("val", N("y"))),
		"profilePictureLink", P("https://cdn.example.com/avatars/"+g.hex(16)+".png"),
		tenant, ext,
	)
	return O(
		"header", O(
			"schemaRef", O("id", N(schema), "contentType", N("application/vnd.adobe.xed-full+json;version=1")),
			"imsOrgId", N(strings.ToUpper(g.hex(24))+"@AdobeOrg"),
			"datasetId", N(g.hex(24)),
			"source", O("name", N("web-signup-connector")),
		),
		"body", O(
			"xdmMeta", O("schemaRef", O("id", N(schema), "contentType", N("application/vnd.adobe.xed-full+json;version=1"))),
			"xdmEntity", entity,
		),
	)
}

func mixpanelSet(g *gen) *node {
	p := g.p
	set := O(
		"$first_name", P(p.given),
		"$last_name", P(p.family),
		"$name", P(p.fullName()),
		"$email", P(p.email),
		"$phone", g.phone(""),
		"$created", N(g.at(0, "2006-01-02T15:04:05")),
		"$avatar", P("https://cdn.example.com/u/"+g.hex(12)+".jpg"),
		"$city", g.addr(p.city),
		"$region", g.addrN(p.region),
		"$country_code", g.residence(p.c.code),
		"$timezone", g.tz(p.tz),
		"Birthday", g.dob("2006-01-02"),
		"Plan", N(pick(g.r, []string{"Free", "Premium"})),
		"About", g.bio(),
	)
	return O(
		"$token", N(g.hex(32)),
		"$distinct_id", P(g.uuid()),
		"$ip", P(p.ip),
		"$ignore_time", N(false),
		"$set", set,
	)
}

func amplitudeIdentify(g *gen) *node {
	p := g.p
	var lang *node
	if p.showLocale {
		lang = N(map[string]string{"ru": "Russian", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "ja": "Japanese", "zh": "Chinese", "ko": "Korean", "tr": "Turkish", "it": "Italian", "pl": "Polish"}[g.lang()])
		if lang.raw == "" {
			lang = N("English")
		}
	}
	set := O(
		"email", P(p.email),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"phone", g.phone(""),
		"gender", P(g.gender()),
		"plan", N(pick(g.r, []string{"free", "trial"})),
	)
	setOnce := O("initial_referrer", N("https://www.google.com/"), "initial_utm_source", N("newsletter"), "birthdate", g.dob(""))
	id := O(
		"user_id", P(p.email),
		"device_id", P(g.uuid()),
		"user_properties", O("$set", set, "$setOnce", setOnce),
		"country", g.residence(g.english()),
		"region", g.addrN(p.region),
		"city", g.addr(p.city),
		"language", lang,
		"platform", N("Web"),
		"os_name", N("Chrome"),
		"os_version", N("124"),
		"device_model", N("Windows"),
		"app_version", N("2.14.0"),
		"paying", N("false"),
		"start_version", N("2.14.0"),
	)
	return O("api_key", N(g.hex(32)), "identification", A(id))
}

func customerioIdentify(g *gen) *node {
	p := g.p
	id := "cus_" + g.b62(16)
	attrs := O(
		"email", P(p.email),
		"created_at", N(g.t.Unix()),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"phone", g.phone(g.e164()),
		"city", g.addr(p.city),
		"country", g.residence(g.countryName()),
		"language", g.locale(p.locale),
		"timezone", g.tz(p.tz),
		"birthday", g.dob(""),
		"plan_name", N("starter"),
		"about_me", g.bio(),
		"cio_subscription_preferences", O("topics", O("topic_1", N(true), "topic_2", N(false))),
	)
	if k, v := g.idLeaf(); v != nil {
		attrs.set(k, v)
	}
	return O(
		"type", N("person"),
		"identifiers", O("id", P(id)),
		"action", N("identify"),
		"timestamp", N(g.t.Unix()),
		"attributes", attrs,
	)
}

func klaviyoProfile(g *gen) *node {
	p := g.p
	id := "01" + strings.ToUpper(g.chars("0123456789abcdefghjkmnpqrstvwxyz", 24))
	var loc *node
	if p.showResidence || p.showLocale {
		loc = O("address1", g.addr(p.street), "address2", N(nil), "city", g.addr(p.city), "country", g.residence(g.english()), "region", g.addrN(p.region), "zip", g.addr(p.post), "timezone", g.tz(p.tz), "ip", P(p.ip))
	}
	props := O("signup_source", N("footer-form"), "birthday", g.dob("2006-01-02"), "bio", g.bio())
	return O("data", O(
		"type", N("profile"),
		"id", P(id),
		"attributes", O(
			"email", P(p.email),
			"phone_number", g.phone(g.e164()),
			"external_id", P(g.uuid()),
			"anonymous_id", N(nil),
			"first_name", P(p.given),
			"last_name", P(p.family),
			"organization", N(nil),
			"locale", g.locale(p.locale),
			"title", N(nil),
			"image", N(nil),
			"created", N(g.at(0, "2006-01-02T15:04:05+00:00")),
			"updated", N(g.at(0, "2006-01-02T15:04:05+00:00")),
			"last_event_date", N(nil),
			"location", loc,
			"properties", props,
			"subscriptions", O("email", O("marketing", O("can_receive_email_marketing", N(true), "consent", N("SUBSCRIBED"), "consent_timestamp", N(g.at(0, "2006-01-02T15:04:05+00:00")), "method", N("FORM"), "method_detail", N("footer-form"), "double_optin", N(false), "suppression", A(), "list_suppressions", A()))),
		),
		"relationships", O(
			"lists", O("links", O("self", P("https://a.klaviyo.com/api/profiles/"+id+"/relationships/lists/"), "related", P("https://a.klaviyo.com/api/profiles/"+id+"/lists/"))),
		),
		"links", O("self", P("https://a.klaviyo.com/api/profiles/"+id+"/")),
	))
}

func iterableUser(g *gen) *node {
	p := g.p
	uid := g.uuid()
	df := O(
		"firstName", P(p.given),
		"lastName", P(p.family),
		"phoneNumber", g.phone(g.e164()),
		"locale", g.locale(p.locale),
		"dateOfBirth", g.dob("2006-01-02"),
		"homeCity", g.addr(p.city),
		"country", g.residence(p.c.code),
		"signupSource", N("web"),
		"favoriteCategories", A(N("books"), N("travel")),
		"bio", g.bio(),
	)
	if k, v := g.idLeaf(); v != nil {
		df.set(k, v)
	}
	return O(
		"email", P(p.email),
		"userId", P(uid),
		"dataFields", df,
		"preferUserId", N(true),
		"mergeNestedObjects", N(true),
		"createNewFields", N(true),
	)
}

func marketoLead(g *gen) *node {
	p := g.p
	lead := O(
		"email", P(p.email),
		"firstName", P(p.given),
		"lastName", P(p.family),
		"mobilePhone", g.phone(""),
		"address", g.addr(p.street),
		"city", g.addr(p.city),
		"state", g.addrN(p.region),
		"postalCode", g.addr(p.post),
		"country", g.residence(g.english()),
		"dateOfBirth", g.dob("2006-01-02"),
		"company", P(p.family+" Consulting"),
		"title", P(pick(g.r, []string{"Owner", "Marketing Manager", "Student"})),
		"leadSource", N("Website"),
		"unsubscribed", N(false),
	)
	return O(
		"action", N("createOrUpdate"),
		"lookupField", N("email"),
		"partitionName", N("Default"),
		"asyncProcessing", N(false),
		"input", A(lead),
	)
}

func zohoContact(g *gen) *node {
	p := g.p
	owner := "Ana Support"
	return O(
		"data", A(O(
			"Owner", O("name", P(owner), "id", P(fmt.Sprint(4150868000000000000+g.r.Int64N(999999999))), "email", P("ana.support@acme.example")),
			"id", P(fmt.Sprint(4150868000000000000+g.r.Int64N(999999999))),
			"Salutation", P(map[bool]string{true: "Ms.", false: "Mr."}[p.female]),
			"First_Name", P(p.given),
			"Last_Name", P(p.family),
			"Full_Name", P(p.fullName()),
			"Email", P(p.email),
			"Mobile", g.phone(""),
			"Date_of_Birth", g.dob("2006-01-02"),
			"Mailing_Street", g.addr(p.street),
			"Mailing_City", g.addr(p.city),
			"Mailing_State", g.addrN(p.region),
			"Mailing_Zip", g.addr(p.post),
			"Mailing_Country", g.residence(g.english()),
			"Lead_Source", N("Web Download"),
			"Email_Opt_Out", N(false),
			"Description", g.bio(),
			"Created_Time", N(g.at(0, "2006-01-02T15:04:05-07:00")),
			"Modified_Time", N(g.at(0, "2006-01-02T15:04:05-07:00")),
			"$state", N("save"),
			"$approved", N(true),
			"$editable", N(true),
			"$currency_symbol", N("$"),
			"$process_flow", N(false),
		)),
		"trigger", A(N("approval"), N("workflow"), N("blueprint")),
	)
}

func pipedrivePerson(g *gen) *node {
	p := g.p
	id := 1000 + g.r.IntN(90000)
	company := 7000000 + g.r.IntN(999999)
	user := 12000000 + g.r.IntN(999999)
	var phones *node
	if ph := g.phone(""); ph != nil {
		phones = A(O("label", N("mobile"), "value", ph, "primary", N(true)))
	} else {
		phones = A(O("value", N(""), "primary", N(true)))
	}
	dobKey, addrKey := g.hex(40), g.hex(40)
	cur := O(
		"id", P(id),
		"company_id", N(company),
		"owner_id", P(user),
		"org_id", N(nil),
		"name", P(p.fullName()),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"open_deals_count", N(0),
		"phone", phones,
		"email", A(O("label", N("work"), "value", P(p.email), "primary", N(true))),
		"first_char", P(strings.ToLower(string([]rune(p.fullName())[:1]))),
		"add_time", N(g.at(0, "2006-01-02 15:04:05")),
		"update_time", N(g.at(0, "2006-01-02 15:04:05")),
		"visible_to", N("3"),
		"picture_id", N(nil),
		"label", N(nil),
		"owner_name", P("Ana Support"),
		"cc_email", N("acme@pipedrivemail.com"),
		dobKey, g.dob("2006-01-02"),
	)
	if p.showResidence {
		cur.set(addrKey, g.addr(p.street+", "+p.post+" "+p.city+", "+p.c.name))
		cur.set(addrKey+"_route", g.addr(p.street))
		cur.set(addrKey+"_locality", g.addr(p.city))
		cur.set(addrKey+"_admin_area_level_1", g.addrN(p.region))
		cur.set(addrKey+"_postal_code", g.addr(p.post))
		cur.set(addrKey+"_country", g.residence(g.english()))
		cur.set(addrKey+"_formatted_address", g.addr(p.street+", "+p.post+" "+p.city+", "+g.english()))
	}
	t := g.t.UnixMicro()
	return O(
		"v", N(1),
		"matches_filters", O("current", A()),
		"meta", O(
			"action", N("added"),
			"change_source", N("api"),
			"company_id", N(company),
			"host", N("acme.pipedrive.com"),
			"id", P(id),
			"is_bulk_update", N(false),
			"object", N("person"),
			"pipedrive_service_name", N(false),
			"timestamp", N(t/1e6),
			"timestamp_micro", N(t),
			"trans_pending", N(false),
			"user_id", P(user),
			"v", N(1),
			"webhook_id", N(fmt.Sprint(100000+g.r.IntN(99999))),
		),
		"current", cur,
		"previous", N(nil),
		"retry", N(0),
		"event", N("added.person"),
	)
}

// railsZone is the Rails (ActiveSupport) zone name Freshdesk writes for
// an IANA zone; zones it has no name for are left out of the event.
var railsZone = map[string]string{
	"Europe/Moscow": "Moscow", "Asia/Almaty": "Almaty", "Europe/Minsk": "Minsk", "Europe/Kyiv": "Kyiv",
	"Asia/Shanghai": "Beijing", "Asia/Taipei": "Taipei", "Asia/Tokyo": "Tokyo", "Asia/Seoul": "Seoul",
	"Asia/Kolkata": "Chennai", "Asia/Jakarta": "Jakarta", "Asia/Bangkok": "Bangkok", "Asia/Riyadh": "Riyadh",
	"Africa/Cairo": "Cairo", "Asia/Jerusalem": "Jerusalem", "Europe/Istanbul": "Istanbul", "Europe/Athens": "Athens",
	"Europe/Berlin": "Berlin", "Europe/Paris": "Paris", "Europe/Madrid": "Madrid", "Europe/Rome": "Rome",
	"Europe/Warsaw": "Warsaw", "Europe/Amsterdam": "Amsterdam", "Europe/Stockholm": "Stockholm", "Europe/Lisbon": "Lisbon",
	"Europe/Vienna": "Vienna", "Europe/Prague": "Prague", "Europe/Bucharest": "Bucharest", "Europe/Sofia": "Sofia",
	"Europe/Budapest": "Budapest", "Europe/London": "London", "Europe/Zurich": "Zurich",
	"America/Chicago": "Central Time (US & Canada)", "America/New_York": "Eastern Time (US & Canada)",
	"America/Mexico_City": "Mexico City", "America/Sao_Paulo": "Brasilia", "America/Argentina/Buenos_Aires": "Buenos Aires",
	"Australia/Sydney": "Sydney", "Pacific/Auckland": "Auckland", "Asia/Singapore": "Singapore", "Africa/Johannesburg": "Pretoria",
	"Africa/Nairobi": "Nairobi",
}

func freshdeskContact(g *gen) *node {
	p := g.p
	id := 43000000000 + g.r.Int64N(999999999)
	var tz *node
	if z := railsZone[p.tz]; z != "" {
		tz = g.tz(z)
	}
	var address *node
	if p.showResidence {
		address = g.addr(p.street + ", " + p.city + " " + p.post)
	}
	return O(
		"active", N(false),
		"address", address,
		"company_id", N(nil),
		"view_all_tickets", N(false),
		"deleted", N(false),
		"description", g.bio(),
		"email", P(p.email),
		"id", P(id),
		"job_title", N(nil),
		"language", g.locale(g.lang()),
		"mobile", g.phone(""),
		"name", P(p.fullName()),
		"phone", N(nil),
		"time_zone", tz,
		"twitter_id", N(nil),
		"other_emails", A(),
		"facebook_id", N(nil),
		"created_at", N(g.at(0, "2006-01-02T15:04:05Z")),
		"updated_at", N(g.at(0, "2006-01-02T15:04:05Z")),
		"csat_rating", N(nil),
		"preferred_source", N("email"),
		"unique_external_id", P(p.username),
		"other_phone_numbers", A(),
		"avatar", N(nil),
		"tags", A(N("signup")),
		"custom_fields", O("birthday", g.dob("2006-01-02"), "country", g.residence(g.english())),
	)
}

func googlePerson(g *gen) *node {
	p := g.p
	src := g.hex(16)
	meta := func(primary bool) *node {
		return O("primary", N(primary), "source", O("type", N("CONTACT"), "id", P(src)))
	}
	var phones, addrs, locales, bios *node
	if ph := g.phone(""); ph != nil {
		phones = A(O("metadata", meta(true), "value", ph, "canonicalForm", P(g.e164()), "type", N("mobile"), "formattedType", N("Mobile")))
	}
	if p.showResidence {
		addrs = A(O("metadata", meta(true), "formattedValue", g.addr(p.street+"\n"+p.post+" "+p.city+"\n"+p.c.name), "type", N("home"), "formattedType", N("Home"),
			"streetAddress", g.addr(p.street), "city", g.addr(p.city), "region", g.addrN(p.region), "postalCode", g.addr(p.post),
			"country", g.residence(p.c.name), "countryCode", g.residence(p.c.code)))
	}
	if l := g.locale(p.locale); l != nil {
		locales = A(O("metadata", meta(true), "value", l))
	}
	if b := g.bio(); b != nil {
		bios = A(O("metadata", meta(true), "value", b, "contentType", N("TEXT_PLAIN")))
	}
	dob := g.dobAt()
	return O(
		"resourceName", P("people/c"+fmt.Sprint(g.r.Int64N(1<<62))),
		"etag", N("%Eg"+g.chars(b64Set, 20)),
		"names", A(O("metadata", meta(true), "displayName", P(p.fullName()), "familyName", P(p.family), "givenName", P(p.given), "displayNameLastFirst", P(p.family+", "+p.given), "unstructuredName", P(p.fullName()))),
		"emailAddresses", A(O("metadata", meta(true), "value", P(p.email), "type", N("home"), "formattedType", N("Home"))),
		"phoneNumbers", phones,
		"birthdays", A(O("metadata", meta(true), "date", O("year", P(dob.Year()), "month", P(int(dob.Month())), "day", P(dob.Day())))),
		"addresses", addrs,
		"genders", A(O("metadata", meta(true), "value", P(g.gender()), "formattedValue", P(strings.ToUpper(g.gender()[:1])+g.gender()[1:]))),
		"locales", locales,
		"biographies", bios,
	)
}

func pingoneUser(g *gen) *node {
	p := g.p
	env, id := g.uuid(), g.uuid()
	var addr *node
	if p.showResidence {
		addr = O("streetAddress", g.addr(p.street), "locality", g.addr(p.city), "region", g.addrN(p.region), "postalCode", g.addr(p.post), "countryCode", g.residence(p.c.code))
	}
	var pw *node
	if g.r.IntN(2) == 0 {
		pw = O("value", C("Pw!"+g.b62(12)), "forceChange", N(false))
	}
	base := "https://api.pingone.eu/v1/environments/" + env + "/users/" + id
	return O(
		"_links", O("self", O("href", P(base)), "password", O("href", P(base+"/password")), "population", O("href", N("https://api.pingone.eu/v1/environments/"+env+"/populations/"+g.uuid()))),
		"id", P(id),
		"environment", O("id", N(env)),
		"population", O("id", N(g.uuid())),
		"createdAt", N(g.at(0, "2006-01-02T15:04:05.000Z")),
		"updatedAt", N(g.at(0, "2006-01-02T15:04:05.000Z")),
		"email", P(p.email),
		"username", P(p.username),
		"name", O("formatted", P(p.fullName()), "given", P(p.given), "family", P(p.family)),
		"nickname", P(p.givenL),
		"mobilePhone", g.phone(g.e164()),
		"address", addr,
		"preferredLanguage", g.locale(p.locale),
		"locale", g.locale(p.locale),
		"timezone", g.tz(p.tz),
		"type", N("Customer"),
		"enabled", N(true),
		"lifecycle", O("status", N("ACCOUNT_OK")),
		"mfaEnabled", N(false),
		"verifyStatus", N("NOT_INITIATED"),
		"identityProvider", O("type", N("PING_ONE")),
		"account", O("canAuthenticate", N(true), "status", N("OK")),
		"password", pw,
	)
}

func twilioLookup(g *gen) *node {
	p := g.p
	// A lookup is of the phone number: every event carries it.
	p.showPhone = true
	e := g.e164()
	ph := g.phone(e)
	cc := ""
	if c := countryByCode(p.phoneCC); c != nil {
		cc = c.code
	}
	var caller *node
	if g.r.IntN(2) == 0 {
		caller = O("caller_name", P(strings.ToUpper(p.familyL+" "+p.givenL)), "caller_type", N("CONSUMER"), "error_code", N(nil))
	} else {
		caller = N(nil)
	}
	return O(
		"calling_country_code", N(callingCode(e)),
		// The number's country, as a phone's: weak evidence, not residence.
		"country_code", N(cc),
		"phone_number", ph,
		"national_format", P(p.phoneNat),
		"valid", N(true),
		"validation_errors", A(),
		"caller_name", caller,
		"sim_swap", N(nil),
		"call_forwarding", N(nil),
		"line_status", N(nil),
		"line_type_intelligence", O("carrier_name", N(pick(g.r, []string{"Vodafone", "Orange", "T-Mobile", "MTS"})), "error_code", N(nil), "mobile_country_code", N(fmt.Sprint(200+g.r.IntN(500))), "mobile_network_code", N(fmt.Sprintf("%02d", g.r.IntN(100))), "type", N("mobile")),
		"identity_match", N(nil),
		"reassigned_number", N(nil),
		"sms_pumping_risk", N(nil),
		"url", P("https://lookups.twilio.com/v2/PhoneNumbers/"+e),
	)
}

// callingCode is the country calling code of an E.164 number.
func callingCode(e164 string) string {
	n, err := phonenumbers.Parse(e164, "")
	if err != nil {
		return ""
	}
	return fmt.Sprint(n.GetCountryCode())
}

func googleIDToken(g *gen) *node {
	p := g.p
	var hd *node
	if g.r.IntN(4) == 0 {
		hd = N("acme.example")
	}
	client := "1234987819200-" + strings.ToLower(g.b62(32)) + ".apps.googleusercontent.com"
	return O(
		"iss", N("https://accounts.google.com"),
		"azp", N(client),
		"aud", N(client),
		"sub", P(fmt.Sprintf("1%020d", g.r.Int64N(1<<62))),
		"hd", hd,
		"email", P(p.email),
		"email_verified", N(true),
		"at_hash", N(g.chars(b64Set, 22)),
		"nonce", N(g.b62(16)),
		"name", P(p.fullName()),
		"picture", P("https://lh3.googleusercontent.com/a/"+g.b62(40)+"=s96-c"),
		"given_name", P(p.given),
		"family_name", P(p.family),
		"locale", g.locale(p.locale),
		"iat", N(g.t.Unix()),
		"exp", N(g.t.Unix()+3600),
	)
}
