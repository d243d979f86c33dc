package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// wave35Shapes are a thirty-fifth set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are an error tracker, a
// product-analytics pipeline, school rostering and launch standards, a
// federation protocol as identity brokers hand it to applications, and
// an e-mail marketing platform: Sentry events as the SDKs send them to
// the ingestion API, as issue-alert webhooks deliver them and as the
// events API returns them (the user with the IP address's location, the
// request with its form or JSON body, cookies and headers, breadcrumbs,
// exceptions with stack frames and their local variables, tags as pairs
// and as an object), developers' mistakes among them: passwords, tokens
// and connection strings in bodies, frame variables, breadcrumbs and
// exception messages that name the user; PostHog captures (single
// events, /batch, the webhook destination's payload and the persons API)
// with $set and $set_once person properties, GeoIP enrichment, device
// and session ids and product-specific properties of health, dating,
// faith and children's apps; IMS OneRoster 1.2 users, demographics with
// race and ethnicity, and enrollments, and IMS LTI 1.3 launch id_token
// claims with custom variable substitutions, for K-12 schools whose
// students are mostly minors, with their teachers and guardians;
// SAML 2.0 assertions as node-saml / passport-saml profiles, Shibboleth
// SP session exports, Auth0 SAML connection profiles, Cognito federated
// sign-up triggers and raw SAMLResponse posts, with eduPerson and SCHAC
// attributes (date of birth, countries of citizenship and residence,
// personal unique codes) of universities in Europe, Latin America, Asia
// and Africa, and enterprise claims of ADFS and Entra ID; and Brevo
// contacts (GET and POST /v3/contacts with the api-key) with attributes
// the accounts define in their own language, faith charities', cooking
// schools', parties', unions' and clinics' among them, and Brevo's
// marketing and transactional webhooks.
var wave35Shapes = []Shape{
	{Name: "sentry_event", Doc: "develop.sentry.dev/sdk/data-model/event-payloads/ (event_id, timestamp, platform, level, logger, transaction, server_name, release, dist, environment, tags, extra, fingerprint, modules, sdk; interfaces: user {id, email, ip_address, username, name, segment, geo{country_code, city, subdivision, region}, data}, request {url, method, data, query_string, cookies, headers, env}, contexts {os, browser, device, runtime, culture{locale, timezone}, trace{trace_id, span_id, op, status}}, breadcrumbs {values[{timestamp, type, category, message, level, data}]}, exception {values[{type, value, module, mechanism, stacktrace{frames[{filename, abs_path, function, module, lineno, colno, in_app, context_line, vars}]}}]}, logentry{message, params}), docs.sentry.io/platforms/python/data-management/data-collected/ and docs.sentry.io/platforms/javascript/data-management/data-collected/ (sendDefaultPii: cookies, headers, user, request bodies), docs.sentry.io/product/data-management-settings/scrubbing/server-side-scrubbing/ ([Filtered]), docs.sentry.io/organization/integrations/integration-platform/webhooks/issue-alerts/ (Sentry-Hook-Resource event_alert, Sentry-Hook-Signature, {action triggered, actor, data{event{... url, web_url, issue_url, issue_id}, triggered_rule}, installation{uuid}}; tags as [[key, value]]), docs.sentry.io/api/events/retrieve-an-event-for-a-project/ (entries[{type, data}], tags[{key, value}], Authorization: Bearer), develop.sentry.dev/sdk/overview/ (X-Sentry-Auth sentry_key), for applications whose users live in the US, Germany, France, the UK, the Netherlands, Poland, Spain, Italy, Sweden, Russia, Ukraine, Türkiye, Israel, India, Japan, Korea, China, Taiwan, Vietnam, Indonesia, Thailand, Brazil, Mexico, Argentina, Colombia, Chile, Nigeria, Kenya, South Africa, Egypt, Saudi Arabia, the UAE, Australia, Canada, Pakistan, Bangladesh, Greece, Czechia and Romania", build: sentryEvent},
	{Name: "posthog_capture", Doc: "posthog.com/docs/api/capture (POST /i/v0/e/ and /batch/ with api_key, event, distinct_id, properties, timestamp; batch[]), posthog.com/docs/product-analytics/person-properties and posthog.com/docs/getting-started/user-properties ($set, $set_once, $identify with $anon_distinct_id), posthog.com/docs/data/events (default properties $current_url, $host, $pathname, $referrer, $browser, $os, $device_type, $device_id, $session_id, $window_id, $lib, $lib_version, $insert_id, $time, $timezone, $browser_language), posthog.com/docs/cdp/geoip-enrichment ($geoip_country_code, $geoip_country_name, $geoip_city_name, $geoip_subdivision_1_name, $geoip_postal_code, $geoip_latitude, $geoip_longitude, $geoip_time_zone, $ip), posthog.com/docs/cdp/destinations/webhook (event{uuid, event, distinct_id, properties, elements_chain, timestamp, url}, person{id, properties, name, url}, project, source), posthog.com/docs/api/persons (results[{id, uuid, distinct_ids, properties, created_at, is_identified}], Authorization: Bearer personal API key), for products whose users live in the US, the UK, Germany, France, the Netherlands, Spain, Italy, Poland, Sweden, Norway, Denmark, Finland, Ireland, Portugal, Israel, Türkiye, the UAE, Saudi Arabia, Egypt, Morocco, Nigeria, Kenya, Ghana, South Africa, India, Pakistan, Bangladesh, Indonesia, Malaysia, the Philippines, Vietnam, Japan, Korea, Taiwan, Hong Kong, Australia, New Zealand, Canada, Mexico, Brazil, Argentina, Colombia and Chile", build: postHogCapture},
	{Name: "oneroster_lti", Doc: "imsglobal.org/sites/default/files/spec/oneroster/v1p2/rostering-restbinding/OneRosterv1p2RosteringService_RESTBindv1p0.html and imsglobal.org/spec/oneroster/v1p2 (GET /ims/oneroster/rostering/v1p2/users/{sourcedId}, /users?limit=&offset=&filter=, /demographics/{sourcedId}, /enrollments; User: sourcedId, status, dateLastModified, metadata, userMasterIdentifier, username, userIds[{type, identifier}], enabledUser, givenName, familyName, middleName, preferredFirstName, pronouns, roles[{roleType, role, org{href, sourcedId, type}, userProfile, beginDate, endDate}], primaryOrg, email, sms, phone, agents[{href, sourcedId, type}], grades[], password; Demographics: birthDate, sex, americanIndianOrAlaskaNative, asian, blackOrAfricanAmerican, nativeHawaiianOrOtherPacificIslander, white, demographicRaceTwoOrMoreRaces, hispanicOrLatinoEthnicity, countryOfBirthCode, stateOfBirthAbbreviation, cityOfBirth, publicSchoolResidenceStatus; Enrollment: role, primary, beginDate, endDate, user, class, school; OAuth 2 bearer token), imsglobal.org/spec/lti/v1p3 (id_token: iss, sub, aud, azp, exp, iat, nonce, name, given_name, family_name, middle_name, email, picture, locale, https://purl.imsglobal.org/spec/lti/claim/message_type, version, deployment_id, target_link_uri, roles, role_scope_mentor, context{id, label, title, type}, resource_link{id, title, description}, tool_platform{guid, name, contact_email, product_family_code, version}, launch_presentation{document_target, return_url, locale}, lis{person_sourcedid, course_offering_sourcedid, course_section_sourcedid}, custom{}), imsglobal.org/spec/lti/v1p3#customproperty-variable-substitution ($Person.address.country, $Person.address.timezone, $Person.phone.mobile, $Person.sourcedId, $User.username), imsglobal.org/spec/lti-ags/v2p0 and imsglobal.org/spec/lti-nrps/v2p0 (service claims), docs.anthology.com/docs/blackboard/lti/1.3/core/jwt-contents (a platform's id_token sample), for K-12 schools and districts in the US, Canada, the UK, Ireland, the Netherlands, Sweden, Norway, Finland, Denmark, Spain, France, Germany, Japan, Korea, Taiwan, Singapore, India, the Philippines, the UAE, Saudi Arabia, Australia, New Zealand, Brazil, Mexico, Colombia, Chile, South Africa, Kenya and Nigeria", build: oneRosterLTI},
	{Name: "saml_assertion_attrs", Doc: "docs.oasis-open.org/security/saml/v2.0/saml-core-2.0-os.pdf (Assertion, Issuer, Subject/NameID Format, AuthnStatement SessionIndex, AttributeStatement Attribute Name/NameFormat/FriendlyName), github.com/node-saml/passport-saml README (Profile: issuer, sessionIndex, nameID, nameIDFormat, nameQualifier, spNameQualifier, mail, email, ID, attributes by Name), wiki.refeds.org/display/STAN/eduPerson and github.com/REFEDS/SCHAC (urn:oid:2.5.4.42 givenName, 2.5.4.4 sn, 2.16.840.1.113730.3.1.241 displayName, 0.9.2342.19200300.100.1.3 mail, 1.3.6.1.4.1.5923.1.1.1.6 eduPersonPrincipalName, .1.1.1.9 eduPersonScopedAffiliation, .1.1.1.10 eduPersonTargetedID, .1.1.1.13 eduPersonUniqueId, .1.1.1.16 eduPersonOrcid, 1.3.6.1.4.1.25178.1.2.1 schacMotherTongue, .1.2.3 schacDateOfBirth YYYYMMDD, .1.2.5 schacCountryOfCitizenship, .1.2.9 schacHomeOrganization, .1.2.10 schacHomeOrganizationType, .1.2.11 schacCountryOfResidence, .1.2.14 schacPersonalUniqueID, .1.2.15 schacPersonalUniqueCode), wiki.shibboleth.net/confluence/display/SP3/Session+Handler (JSON: expiration, client_address, protocol, identity_provider, authn_instant, authncontext_class, attributes[{name, values}]), auth0.com/docs/authenticate/protocols/saml/saml-configuration and auth0.com/docs/manage-users/user-accounts/user-profiles/user-profile-structure (samlp user_id, identities, claim URIs), learn.microsoft.com/en-us/entra/identity-platform/reference-saml-tokens (http://schemas.xmlsoap.org/ws/2005/05/identity/claims/* and http://schemas.microsoft.com/identity/claims/tenantid, objectidentifier, displayname, identityprovider, authnmethodsreferences, groups), docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-saml-idp.html and cognito-user-identity-pools-working-with-aws-lambda-triggers.html (identities attribute, userAttributes), for universities and enterprises in Germany, France, the Netherlands, Belgium, Sweden, Norway, Finland, Denmark, Spain, Portugal, Italy, Poland, Czechia, Austria, Switzerland, Ireland, the UK, Greece, Hungary, Romania, Estonia, Latvia, Lithuania, Brazil, Mexico, Chile, Colombia, Argentina, Peru, Uruguay, Japan, Korea, Taiwan, Hong Kong, India, Singapore, Malaysia, Indonesia, Thailand, Vietnam, South Africa, Kenya, Nigeria, Ghana, Uganda, Ethiopia, Morocco and Egypt", build: samlAssertionAttrs},
	{Name: "brevo_contact_webhook", Doc: "developers.brevo.com/reference/getcontactinfo-1 and developers.brevo.com/reference/createcontact (GET /v3/contacts/{identifier}: email, id, emailBlacklisted, smsBlacklisted, createdAt, modifiedAt, listIds, listUnsubscribed, attributes{FIRSTNAME, LASTNAME, SMS, WHATSAPP, LANDLINE_NUMBER, account-defined UPPERCASE attributes}; POST /v3/contacts {email, attributes, listIds, updateEnabled, emailBlacklisted}; header api-key), developers.brevo.com/docs/contact-attributes (text, date YYYY-MM-DD, number, boolean, category attributes), developers.brevo.com/docs/marketing-webhooks (spam, opened, click, hard_bounce, soft_bounce, delivered, unsubscribed, list_addition, contact_updated, contact_deleted: id, camp_id, email, campaign name, date_sent, date_event, ts_sent, ts_event, ts, date, tag, URL, list_id, reason, sending_ip, key, content), developers.brevo.com/docs/transactional-webhooks (event, email, id, date, ts, message-id, ts_event, subject, tag, sending_ip, ts_epoch, reason, link), for associations, shops, schools, parties, unions, clinics and faith charities with contacts in France, Belgium, Switzerland, Germany, Austria, Spain, Italy, Portugal, the Netherlands, Poland, Romania, Greece, Türkiye, the UK, Ireland, Canada, Morocco, Côte d'Ivoire, Cameroon, Brazil, Mexico, Argentina, Colombia and India", build: brevoContactWebhook},
}

// ------------------------------------------------------------ helpers

// w35Loc is a non-personal leaf holding a locale written as v (an
// Accept-Language header, a language setting) whose region is tag's: weak
// evidence when the event shows the subject's locale, else nil.
func (g *gen) w35Loc(v, tag string) *node {
	if !g.p.showLocale || v == "" {
		return nil
	}
	g.lab.Weak = addCountry(g.lab.Weak, localeCountry(tag))
	return N(v)
}

// w35PhoneText is a personal leaf of free text that carries the
// subject's phone number: the number's country is weak evidence.
func (g *gen) w35PhoneText(s string) *node {
	g.lab.Weak = addCountry(g.lab.Weak, g.p.phoneCC)
	return P(s)
}

// w35DOBText is a personal leaf whose text carries the subject's full
// birth date in a notation of its own (a Python repr, an LDAP address).
func (g *gen) w35DOBText(s string) *node {
	g.lab.BirthDate = g.p.dob.Format("2006-01-02")
	return P(s)
}

// w35ShowPhone says whether the event may carry the subject's number.
func (g *gen) w35ShowPhone() bool { return g.p.showPhone && g.p.phoneE164 != "" }

// w35IP is another machine's or person's IPv4 address.
func (g *gen) w35IP() string {
	return fmt.Sprintf("%d.%d.%d.%d", 20+g.r.IntN(180), g.r.IntN(256), g.r.IntN(256), 1+g.r.IntN(254))
}

// w35Epoch is a Unix time in seconds with milliseconds.
func w35Epoch(t time.Time) float64 { return float64(t.UnixMilli()) / 1000 }

// w35Mail is another person's e-mail address.
func w35Mail(o *person, domain string) string {
	return w34Clean(o.givenL) + "." + w34Clean(o.familyL) + "@" + domain
}

// w35Password is what a person types as a password.
func (g *gen) w35Password() string {
	p := g.p
	switch g.r.IntN(5) {
	case 0:
		return w34Title(w34Clean(p.givenL)) + fmt.Sprint(p.dob.Year()) + "!"
	case 1:
		return pick(g.r, []string{"Qwerty123!", "Passw0rd2026", "iloveyou99", "Sommer2025!", "Azerty#1234"})
	case 2:
		return w34Clean(p.familyL) + g.chars("0123456789", 4)
	}
	return g.chars(b62Set+"!#$%&*", 10+g.r.IntN(8))
}

// w35Native is the country's own name for itself.
func w35Native(cc string) string {
	if c := countryByCode(cc); c != nil {
		return c.name
	}
	return cc
}

// w35English are the countries' English names, as analytics and
// identity providers write them.
var w35English = map[string]string{"US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "NL": "Netherlands", "ES": "Spain", "IT": "Italy",
	"PL": "Poland", "SE": "Sweden", "NO": "Norway", "DK": "Denmark", "FI": "Finland", "IE": "Ireland", "PT": "Portugal", "IL": "Israel", "TR": "Turkey", "AE": "United Arab Emirates",
	"SA": "Saudi Arabia", "EG": "Egypt", "MA": "Morocco", "NG": "Nigeria", "KE": "Kenya", "GH": "Ghana", "ZA": "South Africa", "IN": "India", "PK": "Pakistan", "BD": "Bangladesh",
	"ID": "Indonesia", "MY": "Malaysia", "PH": "Philippines", "VN": "Vietnam", "JP": "Japan", "KR": "South Korea", "TW": "Taiwan", "HK": "Hong Kong", "AU": "Australia",
	"NZ": "New Zealand", "CA": "Canada", "MX": "Mexico", "BR": "Brazil", "AR": "Argentina", "CO": "Colombia", "CL": "Chile", "RU": "Russia", "UA": "Ukraine", "CN": "China",
	"TH": "Thailand", "GR": "Greece", "CZ": "Czechia", "RO": "Romania", "SG": "Singapore", "AT": "Austria", "CH": "Switzerland", "BE": "Belgium", "HU": "Hungary", "EE": "Estonia",
	"LV": "Latvia", "LT": "Lithuania", "PE": "Peru", "UY": "Uruguay", "UG": "Uganda", "ET": "Ethiopia", "CI": "Côte d'Ivoire", "CM": "Cameroon", "RW": "Rwanda", "BG": "Bulgaria"}

// w35EnglishName is cc's English name, or cc.
func w35EnglishName(cc string) string {
	if n := w35English[cc]; n != "" {
		return n
	}
	return cc
}

// w35KV is one header or form field, kept in order.
type w35KV struct {
	k string
	v *node
}

// w35Obj writes fields as an object, w35Pairs as [[name, value]] pairs
// (Sentry's normalised headers, tags and query strings); nil values are
// left out.
func w35Obj(kvs []w35KV) *node {
	o := O()
	for _, kv := range kvs {
		o.set(kv.k, kv.v)
	}
	return o
}

func w35Pairs(kvs []w35KV) *node {
	a := A()
	for _, kv := range kvs {
		if kv.v != nil {
			a.arr = append(a.arr, A(N(kv.k), kv.v))
		}
	}
	return a
}

// w35One is an array of the one value v, or nil when v is nil.
func w35One(v *node) *node {
	if v == nil {
		return nil
	}
	return A(v)
}

// w35Same is a fresh leaf with n's value and label (a value repeated
// elsewhere in the event).
func w35Same(n *node) *node {
	if n == nil {
		return nil
	}
	c := *n
	return &c
}

// w35Q escapes an e-mail address for a query string.
func w35Q(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "@", "%40"), "+", "%2B") }
