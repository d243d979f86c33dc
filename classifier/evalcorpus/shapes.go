package evalcorpus

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"strings"
	"time"
)

// shapes follow each producer's published payload: field names, nesting
// and envelope members as their documentation shows them.
var shapes = []Shape{
	{Name: "segment_identify", Doc: "segment.com/docs/connections/spec/identify + common fields", build: segmentIdentify},
	{Name: "segment_track", Doc: "segment.com/docs/connections/spec/track, B2B SaaS spec 'Signed Up'", build: segmentTrack},
	{Name: "rudderstack_identify", Doc: "rudderstack.com/docs/event-spec/standard-events/identify", build: rudderIdentify},
	{Name: "snowplow_enriched", Doc: "docs.snowplow.io canonical event model, self-describing event (iglu)", build: snowplow},
	{Name: "auth0_user", Doc: "auth0.com/docs/manage-users/user-accounts/user-profiles/user-profile-structure; bulk import custom_password_hash", build: auth0},
	{Name: "okta_user", Doc: "developer.okta.com/docs/reference/api/users (create user with password and recovery question)", build: okta},
	{Name: "keycloak_user", Doc: "keycloak.org admin REST API UserRepresentation", build: keycloak},
	{Name: "firebase_user", Doc: "firebase.google.com/docs/reference/admin/node/firebase-admin.auth.userrecord (toJSON)", build: firebase},
	{Name: "cognito_user", Doc: "docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserType.html", build: cognito},
	{Name: "stripe_customer", Doc: "docs.stripe.com/api/customers/object", build: stripe},
	{Name: "shopify_customer", Doc: "shopify.dev customers/create webhook (REST Customer)", build: shopify},
	{Name: "hubspot_contact", Doc: "developers.hubspot.com CRM API v3 contacts (properties{})", build: hubspot},
	{Name: "salesforce_contact", Doc: "Salesforce REST API sObject Contact (attributes, MailingAddress compound)", build: salesforce},
	{Name: "zendesk_user", Doc: "developer.zendesk.com/api-reference/ticketing/users/users", build: zendesk},
	{Name: "scim_user", Doc: "RFC 7643 section 8.2 full User representation", build: scim},
	{Name: "oidc_claims", Doc: "OpenID Connect Core 1.0 section 5.1 standard claims in an ID token", build: oidc},
	{Name: "fhir_patient", Doc: "hl7.org/fhir/R4/patient.html (with nationality and religion extensions)", build: fhir},
	{Name: "jcard", Doc: "RFC 7095 jCard, in a contact webhook envelope", build: jcard},
	{Name: "schemaorg_person", Doc: "schema.org/Person in JSON-LD", build: schemaOrg},
	{Name: "mailchimp_member", Doc: "mailchimp.com/developer/marketing/api/list-members", build: mailchimp},
	{Name: "braze_user", Doc: "braze.com/docs/api/endpoints/user_data/post_user_track (attributes, events)", build: braze},
	{Name: "intercom_contact", Doc: "developers.intercom.com contacts model", build: intercom},
	{Name: "kyc_onboarding", Doc: "payments KYC onboarding (subject, documents[], session) as identity-verification vendors publish it", build: kyc},
	{Name: "msgraph_user", Doc: "learn.microsoft.com/graph/api/resources/user (v1.0, create user)", build: graph},
}

// addressStreet is the street line with the house as the country writes it.
func (g *gen) countryName() string {
	if g.r.IntN(2) == 0 {
		return g.p.c.code
	}
	return g.p.c.name
}

var userAgents = []string{
	"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
	"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
	"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
}

func (g *gen) ua() *node { return N(pick(g.r, userAgents)) }

func (g *gen) segmentContext(traits *node) *node {
	return O(
		"ip", P(g.p.ip),
		"library", O("name", N("analytics.js"), "version", N("next-1.64.0")),
		"locale", g.locale(g.p.locale),
		"page", O("path", N("/signup"), "referrer", N("https://www.google.com/"), "search", N("?utm_source=newsletter"), "title", N("Create your account"), "url", N("https://app.example.com/signup?utm_source=newsletter")),
		"timezone", g.tz(g.p.tz),
		"userAgent", g.ua(),
		"traits", traits,
	)
}

func (g *gen) segmentTraits() *node {
	p := g.p
	var addr *node
	if p.showResidence {
		addr = O("city", g.addr(p.city), "country", g.residence(g.countryName()), "postalCode", g.addr(p.post), "state", g.addrN(p.region), "street", g.addr(p.street))
	}
	return O(
		"address", addr,
		"birthday", g.dob(""),
		"email", P(p.email),
		"firstName", P(p.given),
		"lastName", P(p.family),
		"phone", g.phone(""),
		"gender", P(map[bool]string{true: "female", false: "male"}[p.female]),
		"username", P(p.username),
		"description", g.bio(),
		"createdAt", N(g.at(0, iso)),
	)
}

func segmentIdentify(g *gen) *node {
	return O(
		"anonymousId", P(g.uuid()),
		"channel", N("client"),
		"context", g.segmentContext(nil),
		"integrations", O("All", N(true), "Mixpanel", N(false)),
		"messageId", N("ajs-next-"+g.hex(32)),
		"originalTimestamp", N(g.at(2*time.Second, iso)),
		"receivedAt", N(g.at(0, iso)),
		"sentAt", N(g.at(time.Second, iso)),
		"timestamp", N(g.at(0, iso)),
		"traits", g.segmentTraits(),
		"type", N("identify"),
		"userId", P("usr_"+g.b62(14)),
		"version", N(2),
	)
}

func segmentTrack(g *gen) *node {
	p := g.p
	return O(
		"anonymousId", P(g.uuid()),
		"context", g.segmentContext(g.segmentTraits()),
		"event", N("Signed Up"),
		"integrations", O(),
		"messageId", N("ajs-next-"+g.hex(32)),
		"properties", O(
			"type", N("organic"),
			"first_name", P(p.given),
			"last_name", P(p.family),
			"email", P(p.email),
			"username", P(p.username),
			"plan", N(pick(g.r, []string{"free", "pro", "team"})),
			"form_name", N("signup-v3"),
			"captcha_token", N("03AFcWeA"+g.chars(b64Set, 60)),
		),
		"receivedAt", N(g.at(0, iso)),
		"sentAt", N(g.at(time.Second, iso)),
		"timestamp", N(g.at(0, iso)),
		"type", N("track"),
		"userId", P("usr_"+g.b62(14)),
	)
}

func rudderIdentify(g *gen) *node {
	p := g.p
	var addr *node
	if p.showResidence {
		addr = O("city", g.addr(p.city), "country", g.residence(p.c.code), "postalcode", g.addr(p.post), "state", g.addrN(p.region), "street", g.addr(p.street))
	}
	uid := P(g.b62(20))
	return O(
		"anonymousId", P(g.uuid()),
		"channel", N("web"),
		"context", O(
			"app", O("build", N("1.0.0"), "name", N("RudderLabs JavaScript SDK"), "namespace", N("com.rudderlabs.javascript"), "version", N("3.0.3")),
			"traits", O("email", P(p.email), "firstname", P(p.given), "lastname", P(p.family), "phone", g.phone(""), "birthday", g.dob(""), "address", addr),
			"library", O("name", N("RudderLabs JavaScript SDK"), "version", N("3.0.3")),
			"userAgent", g.ua(),
			"os", O("name", N(""), "version", N("")),
			"screen", O("density", N(2), "width", N(1440), "height", N(900)),
			"locale", g.locale(p.locale),
			"timezone", g.tz(p.tz),
		),
		"messageId", N(g.uuid()),
		"originalTimestamp", N(g.at(time.Second, iso)),
		"receivedAt", N(g.at(0, iso)),
		"request_ip", P(p.ip),
		"rudderId", P(g.uuid()),
		"sentAt", N(g.at(time.Second, iso)),
		"timestamp", N(g.at(0, iso)),
		"type", N("identify"),
		"userId", uid,
	)
}

func snowplow(g *gen) *node {
	p := g.p
	data := O(
		"email", P(p.email),
		"firstName", P(p.given),
		"lastName", P(p.family),
		"phoneNumber", g.phone(""),
		"dateOfBirth", g.dob("2006-01-02"),
		"country", g.residence(p.c.code),
		"city", g.addr(p.city),
		"marketingOptIn", N(g.r.IntN(2) == 0),
		"formId", N("signup-form-main"),
	)
	return O(
		"app_id", N("acme-web"),
		"platform", N("web"),
		"etl_tstamp", N(g.at(0, "2006-01-02 15:04:05.000")),
		"collector_tstamp", N(g.at(time.Second, "2006-01-02 15:04:05.000")),
		"dvce_created_tstamp", N(g.at(2*time.Second, "2006-01-02 15:04:05.000")),
		"event", N("unstruct"),
		"event_id", N(g.uuid()),
		"name_tracker", N("sp1"),
		"v_tracker", N("js-3.23.0"),
		"v_collector", N("ssc-3.2.0-kinesis"),
		"v_etl", N("snowplow-enrich-kinesis-4.1.0"),
		"user_id", P(g.b62(16)),
		"user_ipaddress", P(p.ip),
		"domain_userid", P(g.uuid()),
		"domain_sessionidx", N(1+g.r.IntN(9)),
		"network_userid", P(g.uuid()),
		"page_url", N("https://www.acme.example/register"),
		"page_title", N("Register"),
		"useragent", g.ua(),
		"br_lang", g.locale(p.locale),
		"os_timezone", g.tz(p.tz),
		"unstruct_event", O(
			"schema", N("iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0"),
			"data", O("schema", N("iglu:com.acme/user_registration/jsonschema/1-0-2"), "data", data),
		),
		"contexts", O(
			"schema", N("iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0"),
			"data", A(O("schema", N("iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0"), "data", O("id", N(g.uuid())))),
		),
	)
}

func auth0(g *gen) *node {
	p := g.p
	id := g.hex(24)
	var meta *node
	var addr *node
	if p.showResidence {
		addr = O("street_address", g.addr(p.street), "locality", g.addr(p.city), "postal_code", g.addr(p.post), "country", g.residence(p.c.code))
	}
	meta = O("birthdate", g.dob(""), "address", addr, "preferred_language", g.locale(p.locale), "bio", g.bio())
	var pw *node
	if g.r.IntN(2) == 0 {
		pw = O("algorithm", N("bcrypt"), "hash", O("value", C(g.bcrypt())))
	}
	return O(
		"user_id", P("auth0|"+id),
		"email", P(p.email),
		"email_verified", N(false),
		"username", P(p.username),
		"phone_number", g.phone(g.e164()),
		"phone_verified", N(false),
		"created_at", N(g.at(0, iso)),
		"updated_at", N(g.at(0, iso)),
		"identities", A(O("connection", N("Username-Password-Authentication"), "user_id", P(id), "provider", N("auth0"), "isSocial", N(false))),
		"app_metadata", O("plan", N("free"), "signup_form", N("universal-login")),
		"user_metadata", meta,
		"picture", P("https://s.gravatar.com/avatar/"+g.hex(32)+"?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F"+strings.ToLower(p.givenL[:1])+".png"),
		"name", P(p.fullName()),
		"nickname", P(p.username),
		"given_name", P(p.given),
		"family_name", P(p.family),
		"last_ip", P(p.ip),
		"last_login", N(g.at(0, iso)),
		"logins_count", N(1),
		"blocked", N(false),
		"custom_password_hash", pw,
	)
}

func okta(g *gen) *node {
	p := g.p
	id := "00u" + g.b62(17)
	return O(
		"id", P(id),
		"status", N("STAGED"),
		"created", N(g.at(0, "2006-01-02T15:04:05.000Z")),
		"activated", N(nil),
		"statusChanged", N(nil),
		"lastLogin", N(nil),
		"lastUpdated", N(g.at(0, "2006-01-02T15:04:05.000Z")),
		"passwordChanged", N(g.at(0, "2006-01-02T15:04:05.000Z")),
		"type", O("id", N("oty"+g.b62(17))),
		"profile", O(
			"firstName", P(p.given),
			"lastName", P(p.family),
			"mobilePhone", g.phone(""),
			"secondEmail", nil,
			"login", P(p.email),
			"email", P(p.email),
			"displayName", P(p.fullName()),
			"nickName", P(p.username),
			"streetAddress", g.addr(p.street),
			"city", g.addr(p.city),
			"state", g.addrN(p.region),
			"zipCode", g.addr(p.post),
			"countryCode", g.residence(p.c.code),
			"preferredLanguage", g.locale(strings.SplitN(p.locale, "-", 2)[0]),
			"locale", g.locale(strings.ReplaceAll(p.locale, "-", "_")),
			"timezone", g.tz(p.tz),
			"userType", N("Customer"),
		),
		"credentials", O(
			"password", O("value", C("Xk"+g.b62(10)+"!9")),
			"recovery_question", O("question", N("What was the name of your first pet?"), "answer", C(pick(g.r, []string{"Murzik", "Rex", "Bella", "Tama"}))),
			"provider", O("type", N("OKTA"), "name", N("OKTA")),
		),
		"_links", O("self", O("href", P("https://acme.okta.com/api/v1/users/"+id))),
	)
}

func keycloak(g *gen) *node {
	p := g.p
	attrs := O(
		"phoneNumber", arr1(g.phone("")),
		"locale", arr1(g.locale(strings.SplitN(p.locale, "-", 2)[0])),
		"birthdate", arr1(g.dob("2006-01-02")),
		"country", arr1(g.residence(p.c.code)),
		"nationality", arr1(g.citizenship(p.cit.code)),
		"city", arr1(g.addr(p.city)),
		"middleName", nil,
	)
	if p.idValue != "" && g.r.IntN(2) == 0 {
		attrs.set(p.idField, A(P(p.idValue)))
	}
	return O(
		"id", P(g.uuid()),
		"createdTimestamp", N(g.t.UnixMilli()),
		"username", P(p.username),
		"enabled", N(true),
		"totp", N(false),
		"emailVerified", N(false),
		"firstName", P(p.given),
		"lastName", P(p.family),
		"email", P(p.email),
		"attributes", attrs,
		"disableableCredentialTypes", A(),
		"requiredActions", A(N("VERIFY_EMAIL")),
		"notBefore", N(0),
		"access", O("manageGroupMembership", N(true), "view", N(true), "mapRoles", N(true), "impersonate", N(false), "manage", N(true)),
		"credentials", A(O("type", N("password"), "value", C("S3cr"+g.b62(8)), "temporary", N(false))),
		"realmRoles", A(N("default-roles-acme")),
	)
}

// arr1 is a one-element array of v, or nil.
func arr1(v *node) *node {
	if v == nil {
		return nil
	}
	return A(v)
}

func firebase(g *gen) *node {
	p := g.p
	uid := g.b62(28)
	var prov *node
	if g.r.IntN(2) == 0 {
		prov = A(O("uid", P(p.email), "displayName", P(p.fullName()), "email", P(p.email), "photoURL", N(nil), "providerId", N("password"), "phoneNumber", N(nil)))
	} else {
		prov = A()
	}
	return O(
		"uid", P(uid),
		"email", P(p.email),
		"emailVerified", N(false),
		"displayName", P(p.fullName()),
		"photoURL", P("https://lh3.googleusercontent.com/a/"+g.b62(40)),
		"phoneNumber", g.phone(g.e164()),
		"disabled", N(false),
		"metadata", O("lastSignInTime", N(g.t.Format(time.RFC1123)), "creationTime", N(g.t.Format(time.RFC1123)), "lastRefreshTime", N(nil)),
		"passwordHash", C(g.chars(b64Set, 86)+"=="),
		"passwordSalt", C(g.chars(b64Set, 22)+"=="),
		"tokensValidAfterTime", N(g.t.Format(time.RFC1123)),
		"tenantId", N(nil),
		"providerData", prov,
		"customClaims", O("plan", N("free"), "country", g.residence(p.c.code)),
	)
}

func cognito(g *gen) *node {
	p := g.p
	var attrs []*node
	add := func(name string, v *node) {
		if v != nil {
			attrs = append(attrs, O("Name", N(name), "Value", v))
		}
	}
	sub := g.uuid()
	add("sub", P(sub))
	add("email", P(p.email))
	add("email_verified", N("false"))
	add("phone_number", g.phone(g.e164()))
	add("given_name", P(p.given))
	add("family_name", P(p.family))
	add("birthdate", g.dob("2006-01-02"))
	add("locale", g.locale(p.locale))
	add("zoneinfo", g.tz(p.tz))
	if p.showResidence {
		add("address", P(fmt.Sprintf(`{"street_address":%q,"locality":%q,"postal_code":%q}`, p.street, p.city, p.post)))
	}
	add("custom:country", g.residence(p.c.code))
	if p.idValue != "" && g.r.IntN(2) == 0 {
		add("custom:"+p.idField, P(p.idValue))
	}
	return O(
		"Username", P(sub),
		"Attributes", A(attrs...),
		"UserCreateDate", N(g.at(0, "2006-01-02T15:04:05.000Z")),
		"UserLastModifiedDate", N(g.at(0, "2006-01-02T15:04:05.000Z")),
		"Enabled", N(true),
		"UserStatus", N("UNCONFIRMED"),
	)
}

func stripe(g *gen) *node {
	p := g.p
	var addr, ship *node
	if p.showResidence {
		addr = O("city", g.addr(p.city), "country", g.residence(p.c.code), "line1", g.addr(p.street), "line2", N(nil), "postal_code", g.addr(p.post), "state", g.addrN(p.region))
		if g.r.IntN(2) == 0 {
			ship = O("address", O("city", g.addr(p.city), "country", g.residence(p.c.code), "line1", g.addr(p.street), "line2", N(nil), "postal_code", g.addr(p.post), "state", g.addrN(p.region)), "name", P(p.fullName()), "phone", g.phone(""))
		}
	}
	if ship == nil {
		ship = N(nil)
	}
	var locales *node
	if p.showLocale {
		locales = A(g.locale(p.locale))
	} else {
		locales = A()
	}
	return O(
		"id", P("cus_"+g.b62(14)),
		"object", N("customer"),
		"address", addr,
		// balance and delinquent are the customer's financial standing
		// (credit owed, payment default): personal financial information.
		"balance", P(0),
		"created", N(g.t.Unix()),
		"currency", N(nil),
		"default_source", N(nil),
		"delinquent", P(false),
		"description", g.bio(),
		"discount", N(nil),
		"email", P(p.email),
		"invoice_prefix", P(strings.ToUpper(g.hex(8))),
		"invoice_settings", O("custom_fields", N(nil), "default_payment_method", N(nil), "footer", N(nil), "rendering_options", N(nil)),
		"livemode", N(false),
		"metadata", O("signup_form", N("checkout-v2"), "birth_date", g.dob("2006-01-02")),
		"name", P(p.fullName()),
		"next_invoice_sequence", N(1),
		"phone", g.phone(""),
		"preferred_locales", locales,
		"shipping", ship,
		"tax_exempt", N("none"),
		"test_clock", N(nil),
	)
}

func shopify(g *gen) *node {
	p := g.p
	id := 6000000000000 + g.r.Int64N(999999999999)
	aid := 8000000000000 + g.r.Int64N(999999999999)
	address := func() *node {
		if !p.showResidence {
			return nil
		}
		return O("id", P(aid), "customer_id", P(id), "first_name", P(p.given), "last_name", P(p.family), "company", N(nil),
			"address1", g.addr(p.street), "address2", N(""), "city", g.addr(p.city), "province", g.addrN(p.region),
			"country", g.residence(p.c.name), "zip", g.addr(p.post), "phone", g.phone(""), "name", P(p.fullName()),
			"province_code", N(nil), "country_code", g.residence(p.c.code), "country_name", g.residence(p.c.name), "default", N(true))
	}
	addrs := A()
	if a := address(); a != nil {
		addrs = A(a)
	}
	return O(
		"id", P(id),
		"email", P(p.email),
		"created_at", N(g.at(0, time.RFC3339)),
		"updated_at", N(g.at(0, time.RFC3339)),
		"first_name", P(p.given),
		"last_name", P(p.family),
		"orders_count", N(0),
		"state", N("disabled"),
		// What the customer has spent is their purchase history.
		"total_spent", P("0.00"),
		"last_order_id", N(nil),
		"note", g.bio(),
		"verified_email", N(true),
		"multipass_identifier", N(nil),
		"tax_exempt", N(false),
		"tags", N(""),
		"last_order_name", N(nil),
		"currency", N("USD"),
		"phone", g.phone(g.e164()),
		"addresses", addrs,
		"tax_exemptions", A(),
		"email_marketing_consent", O("state", N("not_subscribed"), "opt_in_level", N("single_opt_in"), "consent_updated_at", N(nil)),
		"sms_marketing_consent", N(nil),
		"admin_graphql_api_id", P(fmt.Sprintf("gid://shopify/Customer/%d", id)),
		"default_address", address(),
	)
}

func hubspot(g *gen) *node {
	p := g.p
	id := fmt.Sprint(100000 + g.r.IntN(900000))
	return O(
		"id", P(id),
		"properties", O(
			"createdate", N(g.at(0, iso)),
			"email", P(p.email),
			"firstname", P(p.given),
			"lastname", P(p.family),
			"phone", g.phone(""),
			"address", g.addr(p.street),
			"city", g.addr(p.city),
			"zip", g.addr(p.post),
			"state", g.addrN(p.region),
			"country", g.residence(p.c.name),
			"date_of_birth", g.dob("2006-01-02"),
			"hs_object_id", P(id),
			"hs_language", g.locale(strings.SplitN(p.locale, "-", 2)[0]),
			"lastmodifieddate", N(g.at(0, iso)),
			"lifecyclestage", N("subscriber"),
			"hs_analytics_source", N("ORGANIC_SEARCH"),
			"message", g.bio(),
		),
		"createdAt", N(g.at(0, iso)),
		"updatedAt", N(g.at(0, iso)),
		"archived", N(false),
	)
}

func salesforce(g *gen) *node {
	p := g.p
	id := "003" + g.b62(15)
	var mail *node
	if p.showResidence {
		mail = O("city", g.addr(p.city), "country", g.residence(p.c.name), "countryCode", g.residence(p.c.code), "geocodeAccuracy", N(nil), "latitude", N(nil), "longitude", N(nil), "postalCode", g.addr(p.post), "state", g.addrN(p.region), "stateCode", N(nil), "street", g.addr(p.street))
	}
	return O(
		"attributes", O("type", N("Contact"), "url", P("/services/data/v59.0/sobjects/Contact/"+id)),
		"Id", P(id),
		"Salutation", P(map[bool]string{true: "Ms.", false: "Mr."}[p.female]),
		"FirstName", P(p.given),
		"LastName", P(p.family),
		"Email", P(p.email),
		"Phone", g.phone(""),
		"Birthdate", g.dob("2006-01-02"),
		"MailingStreet", g.addr(p.street),
		"MailingCity", g.addr(p.city),
		"MailingPostalCode", g.addr(p.post),
		"MailingCountry", g.residence(p.c.name),
		"MailingAddress", mail,
		"LeadSource", N("Web"),
		"OwnerId", P("005"+g.b62(15)),
		"Description", g.bio(),
		"CreatedDate", N(g.at(0, "2006-01-02T15:04:05.000-0700")),
	)
}

func zendesk(g *gen) *node {
	p := g.p
	id := 360000000000 + g.r.Int64N(99999999999)
	return O("user", O(
		"id", P(id),
		"url", P(fmt.Sprintf("https://acme.zendesk.com/api/v2/users/%d.json", id)),
		"name", P(p.fullName()),
		"email", P(p.email),
		"created_at", N(g.at(0, time.RFC3339)),
		"updated_at", N(g.at(0, time.RFC3339)),
		"time_zone", g.tz(p.tz[strings.LastIndexByte(p.tz, '/')+1:]),
		"iana_time_zone", g.tz(p.tz),
		"phone", g.phone(""),
		"shared_phone_number", N(false),
		"photo", N(nil),
		"locale_id", N(1),
		"locale", g.locale(p.locale),
		"organization_id", N(nil),
		"role", N("end-user"),
		"verified", N(false),
		"external_id", P(g.uuid()),
		"tags", A(N("signup")),
		"alias", N(""),
		"active", N(true),
		"shared", N(false),
		"shared_agent", N(false),
		"last_login_at", N(nil),
		"two_factor_auth_enabled", N(false),
		"signature", N(nil),
		"details", g.addr(p.street+", "+p.city),
		"notes", g.bio(),
		"role_type", N(nil),
		"custom_role_id", N(nil),
		"moderator", N(false),
		"ticket_restriction", N("requested"),
		"only_private_comments", N(false),
		"restricted_agent", N(true),
		"suspended", N(false),
		"default_group_id", N(nil),
		"report_csv", N(false),
		"user_fields", O("birthdate", g.dob("2006-01-02"), "country", g.residence(p.c.code)),
	))
}

func scim(g *gen) *node {
	p := g.p
	id := g.uuid()
	var addrs *node
	if p.showResidence {
		addrs = A(O("type", N("home"), "streetAddress", g.addr(p.street), "locality", g.addr(p.city), "region", g.addrN(p.region), "postalCode", g.addr(p.post), "country", g.residence(p.c.code), "formatted", g.addr(p.street+"\n"+p.post+" "+p.city+"\n"+p.c.name), "primary", N(true)))
	}
	var phones *node
	if ph := g.phone(g.tel()); ph != nil {
		phones = A(O("value", ph, "type", N("mobile")))
	}
	return O(
		"schemas", A(N("urn:ietf:params:scim:schemas:core:2.0:User"), N("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")),
		"id", P(id),
		"externalId", P(p.username),
		"userName", P(p.email),
		"name", O("formatted", P(p.fullName()), "familyName", P(p.family), "givenName", P(p.given)),
		"displayName", P(p.fullName()),
		"nickName", P(p.givenL),
		"profileUrl", P("https://login.example.com/"+p.username),
		"emails", A(O("value", P(p.email), "type", N("home"), "primary", N(true))),
		"addresses", addrs,
		"phoneNumbers", phones,
		"userType", N("Employee"),
		"title", P(pick(g.r, []string{"Tour Guide", "Nurse", "Accountant"})),
		"preferredLanguage", g.locale(p.locale),
		"locale", g.locale(p.locale),
		"timezone", g.tz(p.tz),
		"active", N(true),
		"password", C("t1meMa$heen"+g.b62(4)),
		"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", O(
			"employeeNumber", P(fmt.Sprint(700000+g.r.IntN(99999))),
			"costCenter", N("4130"),
			"organization", N("Universal Studios"),
			"department", N("Tour Operations"),
		),
		"meta", O("resourceType", N("User"), "created", N(g.at(0, time.RFC3339)), "lastModified", N(g.at(0, time.RFC3339)),
			"version", N(`W/"`+g.hex(15)+`"`), "location", P("https://example.com/v2/Users/"+id)),
	)
}

func oidc(g *gen) *node {
	p := g.p
	var addr *node
	if p.showResidence {
		addr = O("formatted", g.addr(p.street+", "+p.post+" "+p.city+", "+p.c.name), "street_address", g.addr(p.street), "locality", g.addr(p.city), "region", g.addrN(p.region), "postal_code", g.addr(p.post), "country", g.residence(p.c.code))
	}
	return O(
		"iss", N("https://server.example.com"),
		"sub", P(g.b62(22)),
		"aud", N("s6BhdRkqt3"),
		"exp", N(g.t.Unix()+3600),
		"iat", N(g.t.Unix()),
		"auth_time", N(g.t.Unix()-10),
		"nonce", N("n-0S6_WzA2Mj"),
		"at_hash", N(g.chars(b64Set, 22)),
		"name", P(p.fullName()),
		"given_name", P(p.given),
		"family_name", P(p.family),
		"nickname", P(p.givenL),
		"preferred_username", P(p.username),
		"picture", P("https://photos.example.com/"+g.hex(12)+".jpg"),
		"email", P(p.email),
		"email_verified", N(true),
		"gender", P(map[bool]string{true: "female", false: "male"}[p.female]),
		"birthdate", g.dob("2006-01-02"),
		"zoneinfo", g.tz(p.tz),
		"locale", g.locale(p.locale),
		"phone_number", g.phone(g.intl()),
		"phone_number_verified", N(false),
		"address", addr,
		"updated_at", N(g.t.Unix()),
	)
}

func fhir(g *gen) *node {
	p := g.p
	var ext []*node
	if n := g.citizenship(p.cit.code); n != nil {
		ext = append(ext, O("url", N("http://hl7.org/fhir/StructureDefinition/patient-nationality"),
			"extension", A(O("url", N("code"), "valueCodeableConcept", O("coding", A(O("system", N("urn:iso:std:iso:3166"), "code", n)))))))
	}
	if g.r.IntN(3) == 0 {
		rel := pick(g.r, [][2]string{{"1013", "Christian (non-Catholic, non-specific)"}, {"1023", "Islam"}, {"1020", "Hinduism"}, {"1041", "Roman Catholic Church"}})
		ext = append(ext, O("url", N("http://hl7.org/fhir/StructureDefinition/patient-religion"),
			"valueCodeableConcept", O("coding", A(O("system", N("http://terminology.hl7.org/CodeSystem/v3-ReligiousAffiliation"), "code", S(rel[0], "religion"), "display", S(rel[1], "religion"))))))
	}
	ids := []*node{O("use", N("usual"), "type", O("coding", A(O("system", N("http://terminology.hl7.org/CodeSystem/v2-0203"), "code", N("MR")))),
		"system", N("urn:oid:1.2.36.146.595.217.0.1"), "value", P(fmt.Sprint(100000+g.r.IntN(900000))))}
	if p.idValue != "" {
		ids = append(ids, O("use", N("official"), "system", N("urn:oid:national-id:"+strings.ToLower(p.c.code)+":"+p.idScheme), "value", P(p.idValue)))
	}
	var telecom []*node
	if ph := g.phone(""); ph != nil {
		telecom = append(telecom, O("system", N("phone"), "value", ph, "use", N("mobile"), "rank", N(1)))
	}
	telecom = append(telecom, O("system", N("email"), "value", P(p.email), "use", N("home")))
	var addr *node
	if p.showResidence {
		addr = A(O("use", N("home"), "type", N("both"), "text", g.addr(p.street+", "+p.city), "line", A(P(p.street)), "city", g.addr(p.city), "state", g.addrN(p.region), "postalCode", g.addr(p.post), "country", g.residence(p.c.code)))
	}
	var comm *node
	if l := g.locale(p.locale); l != nil {
		comm = A(O("language", O("coding", A(O("system", N("urn:ietf:bcp:47"), "code", l))), "preferred", N(true)))
	}
	var extNode *node
	if len(ext) > 0 {
		extNode = A(ext...)
	}
	return O(
		"resourceType", N("Patient"),
		"id", P(g.b62(12)),
		"meta", O("versionId", N("1"), "lastUpdated", N(g.at(0, "2006-01-02T15:04:05.000Z07:00"))),
		"text", O("status", N("generated"), "div", P(`<div xmlns="http://www.w3.org/1999/xhtml">`+p.fullName()+`</div>`)),
		"extension", extNode,
		"identifier", A(ids...),
		"active", N(true),
		"name", A(O("use", N("official"), "family", P(p.family), "given", A(P(p.given)))),
		"telecom", A(telecom...),
		"gender", P(map[bool]string{true: "female", false: "male"}[p.female]),
		"birthDate", g.dob("2006-01-02"),
		"deceasedBoolean", N(false),
		"address", addr,
		"maritalStatus", O("coding", A(O("system", N("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus"), "code", P("M"), "display", P("Married")))),
		"communication", comm,
	)
}

func jcard(g *gen) *node {
	p := g.p
	props := []*node{
		A(N("version"), O(), N("text"), N("4.0")),
		A(N("fn"), O(), N("text"), P(p.fullName())),
		A(N("n"), O(), N("text"), A(P(p.family), P(p.given), N(""), N(""), N(""))),
		A(N("bday"), O(), N("date"), g.dob("20060102")),
		A(N("gender"), O(), N("text"), P(map[bool]string{true: "F", false: "M"}[p.female])),
	}
	if l := g.locale(strings.SplitN(p.locale, "-", 2)[0]); l != nil {
		props = append(props, A(N("lang"), O("pref", N("1")), N("language-tag"), l))
	}
	props = append(props, A(N("email"), O("type", N("home")), N("text"), P(p.email)))
	if ph := g.phone(g.tel()); ph != nil {
		props = append(props, A(N("tel"), O("type", A(N("cell"), N("voice")), "pref", N("1")), N("uri"), ph))
	}
	if p.showResidence {
		props = append(props, A(N("adr"), O("type", N("home")), N("text"), A(N(""), N(""), P(p.street), P(p.city), N(p.region), P(p.post), g.residence(p.c.name))))
	}
	if p.showLocale {
		props = append(props, A(N("tz"), O(), N("text"), g.tz(p.tz)))
	}
	if b := g.bio(); b != nil {
		props = append(props, A(N("note"), O(), N("text"), b))
	}
	return O(
		"type", N("contact.created"),
		"id", N(g.uuid()),
		"created", N(g.at(0, time.RFC3339)),
		"source", N("carddav-sync"),
		"jcard", A(N("vcard"), A(props...)),
	)
}

func schemaOrg(g *gen) *node {
	p := g.p
	var addr, nat *node
	if p.showResidence {
		addr = O("@type", N("PostalAddress"), "streetAddress", g.addr(p.street), "addressLocality", g.addr(p.city), "addressRegion", g.addrN(p.region), "postalCode", g.addr(p.post), "addressCountry", g.residence(p.c.code))
	}
	if c := g.citizenship(p.cit.name); c != nil {
		nat = O("@type", N("Country"), "name", c)
	}
	return O(
		"@context", N("https://schema.org"),
		"@type", N("Person"),
		"@id", P("https://people.example.org/"+p.username+"#me"),
		"name", P(p.fullName()),
		"givenName", P(p.given),
		"familyName", P(p.family),
		"email", P("mailto:"+p.email),
		"telephone", g.phone(""),
		"birthDate", g.dob("2006-01-02"),
		"gender", P(map[bool]string{true: "https://schema.org/Female", false: "https://schema.org/Male"}[p.female]),
		"nationality", nat,
		"address", addr,
		"jobTitle", P(pick(g.r, []string{"Software Engineer", "Teacher", "Pharmacist"})),
		// The subject's employer is information about them (fields.yaml
		// files employer under identity.education, personal), unlike SCIM's
		// organization, which is the tenant every employee shares.
		"worksFor", O("@type", N("Organization"), "name", P("Acme Corp")),
		"description", g.bio(),
	)
}

func mailchimp(g *gen) *node {
	p := g.p
	sum := md5.Sum([]byte(strings.ToLower(p.email)))
	var addr *node
	if p.showResidence {
		addr = O("addr1", g.addr(p.street), "addr2", N(""), "city", g.addr(p.city), "state", g.addrN(p.region), "zip", g.addr(p.post), "country", g.residence(p.c.code))
	}
	birthday := P(g.p.dob.Format("01/02")) // MM/DD: no year, no minor age
	listID := g.hex(10)
	return O(
		"id", P(hex.EncodeToString(sum[:])),
		"email_address", P(p.email),
		"unique_email_id", P(g.hex(10)),
		"contact_id", P(g.hex(32)),
		"full_name", P(p.fullName()),
		"web_id", P(100000000+g.r.IntN(899999999)),
		"email_type", N("html"),
		"status", N("subscribed"),
		"consents_to_one_to_one_messaging", N(true),
		"merge_fields", O("FNAME", P(p.given), "LNAME", P(p.family), "ADDRESS", addr, "PHONE", g.phone(""), "BIRTHDAY", birthday),
		"interests", O(g.hex(10), N(true)),
		"stats", O("avg_open_rate", P(0), "avg_click_rate", P(0)),
		"ip_signup", P(p.ip),
		"timestamp_signup", N(g.at(time.Minute, time.RFC3339)),
		"ip_opt", P(p.ip),
		"timestamp_opt", N(g.at(0, time.RFC3339)),
		// The member rating and open/click rates measure this member's
		// engagement: inferences about the person, not platform counters.
		"member_rating", P(2),
		"last_changed", N(g.at(0, time.RFC3339)),
		"language", g.locale(strings.SplitN(p.locale, "-", 2)[0]),
		"vip", N(false),
		"email_client", N(""),
		"location", O("latitude", P(float64(g.r.IntN(1800000)-900000)/10000), "longitude", P(float64(g.r.IntN(3600000)-1800000)/10000), "gmtoff", N(0), "dstoff", N(0), "country_code", g.residence(p.c.code), "timezone", g.tz(p.tz), "region", g.addrN(p.region)),
		"source", N("API - Generic"),
		"tags_count", N(0),
		"tags", A(),
		"list_id", N(listID),
		"_links", A(O("rel", N("self"), "href", P("https://us1.api.mailchimp.com/3.0/lists/"+listID+"/members/"+hex.EncodeToString(sum[:])), "method", N("GET"))),
	)
}

func braze(g *gen) *node {
	p := g.p
	ext := P("u-" + g.b62(12))
	ext2 := P(strings.TrimPrefix(fmt.Sprint(ext.raw), ""))
	return O(
		"attributes", A(O(
			"external_id", ext,
			"email", P(p.email),
			"first_name", P(p.given),
			"last_name", P(p.family),
			"phone", g.phone(g.e164()),
			"dob", g.dob("2006-01-02"),
			"gender", P(map[bool]string{true: "F", false: "M"}[p.female]),
			"home_city", g.addr(p.city),
			"country", g.residence(p.c.code),
			"language", g.locale(strings.SplitN(p.locale, "-", 2)[0]),
			"time_zone", g.tz(p.tz),
			"email_subscribe", N("opted_in"),
			"push_subscribe", N("subscribed"),
			"signup_channel", N("web"),
			"about_me", g.bio(),
		)),
		"events", A(O(
			"external_id", ext2,
			"app_id", N(g.uuid()),
			"name", N("signed_up"),
			"time", N(g.at(0, time.RFC3339)),
			"properties", O("form", N("signup-modal"), "plan", N("trial")),
		)),
	)
}

func intercom(g *gen) *node {
	p := g.p
	var loc *node
	if p.showResidence {
		loc = O("type", N("location"), "country", g.residence(p.c.name), "region", g.addrN(p.region), "city", g.addr(p.city), "country_code", g.residence(p.c.code), "continent_code", N(nil))
	}
	return O(
		"type", N("contact"),
		"id", P(g.hex(24)),
		"workspace_id", N(g.chars("abcdefghijklmnopqrstuvwxyz0123456789", 8)),
		"external_id", P(g.uuid()),
		"role", N("user"),
		"email", P(p.email),
		"phone", g.phone(""),
		"name", P(p.fullName()),
		"avatar", N(nil),
		"owner_id", N(nil),
		"social_profiles", O("type", N("list"), "data", A()),
		"has_hard_bounced", N(false),
		"marked_email_as_spam", N(false),
		"unsubscribed_from_emails", N(false),
		"created_at", N(g.t.Unix()),
		"updated_at", N(g.t.Unix()),
		"signed_up_at", N(g.t.Unix()),
		"last_seen_at", N(g.t.Unix()),
		"last_replied_at", N(nil),
		"language_override", N(nil),
		"browser", N("chrome"),
		"browser_version", N("124.0.0.0"),
		"browser_language", g.locale(p.locale),
		"os", N("Windows 10"),
		"location", loc,
		"custom_attributes", O("signup_form", N("pricing-page"), "birth_date", g.dob("2006-01-02"), "bio", g.bio()),
		"tags", O("type", N("list"), "data", A(), "url", N("/contacts/tags"), "total_count", N(0), "has_more", N(false)),
	)
}

func kyc(g *gen) *node {
	p := g.p
	docs := []*node{O("type", N("passport"), "number", P(strings.ToUpper(g.b62(9))), "issuing_country", g.citizenship(p.cit.code), "expiry_date", N(g.t.AddDate(6, 0, 0).Format("2006-01-02")))}
	if p.idValue != "" {
		docs = append(docs, O("type", N("national_id"), "number", P(p.idValue), "issuing_country", N(p.c.code)))
		// The issuing country of a national id names where the subject
		// is registered: residence evidence in its own right.
		g.lab.Residence = addCountry(g.lab.Residence, p.c.code)
	}
	var addr *node
	if p.showResidence {
		addr = O("line1", g.addr(p.street), "city", g.addr(p.city), "postal_code", g.addr(p.post), "country", g.residence(p.c.code))
	}
	return O(
		// The session one person goes through: its id names their KYC check
		// at the provider, so it is theirs (a pseudonymous identifier).
		"id", P("onb_"+g.b62(20)),
		"object", N("onboarding_session"),
		"type", N("individual"),
		"created_at", N(g.at(0, time.RFC3339)),
		"subject", O(
			"name", O("first", P(p.given), "last", P(p.family)),
			"birth", O("date", g.dob("2006-01-02"), "place", P(pick(g.r, p.c.cities))),
			"nationality", g.citizenship(p.cit.code),
			"email", P(p.email),
			"phone", g.phone(""),
			"address", addr,
		),
		"documents", A(docs...),
		// A KYC risk score and level are an assessment of the subject: profiling
		// output (GDPR art. 4(4); CCPA "inferences"), personal data about them.
		"risk", O("score", P(g.r.IntN(100)), "level", P("low")),
		"consents", O("terms", N(true), "privacy", N(true)),
		"session", O("ip", P(p.ip), "user_agent", g.ua(), "device_fingerprint", P(g.hex(32)), "csrf_token", N(g.b62(32))),
	)
}

func graph(g *gen) *node {
	p := g.p
	age := g.t.Year() - p.dob.Year()
	group := "Adult"
	if age < 18 {
		group = "Minor"
	}
	upn := strings.ToLower(p.givenL[:min(len(p.givenL), 5)]) + "." + strings.ReplaceAll(p.familyL, " ", "") + "@contoso.onmicrosoft.com"
	var phones *node
	if ph := g.phone(g.intl()); ph != nil {
		phones = A(ph)
	} else {
		phones = A()
	}
	return O(
		"@odata.context", N("https://graph.microsoft.com/v1.0/$metadata#users/$entity"),
		"id", P(g.uuid()),
		"businessPhones", phones,
		"displayName", P(p.fullName()),
		"givenName", P(p.given),
		"surname", P(p.family),
		"jobTitle", P(pick(g.r, []string{"Marketing Assistant", "Retail Manager", "Student"})),
		"mail", P(p.email),
		"mailNickname", P(strings.SplitN(upn, "@", 2)[0]),
		"userPrincipalName", P(upn),
		"officeLocation", N(nil),
		"preferredLanguage", g.locale(p.locale),
		"accountEnabled", N(true),
		"ageGroup", P(group),
		"birthday", g.dob("2006-01-02T15:04:05Z"),
		"streetAddress", g.addr(p.street),
		"city", g.addr(p.city),
		"state", g.addrN(p.region),
		"postalCode", g.addr(p.post),
		"country", g.residence(p.c.name),
		"usageLocation", g.residence(p.c.code),
		"aboutMe", g.bio(),
		"createdDateTime", N(g.at(0, time.RFC3339)),
		"passwordProfile", O("forceChangePasswordNextSignIn", N(true), "password", C("xWwvJ]6NMw+bWH-d"+g.b62(3))),
	)
}
