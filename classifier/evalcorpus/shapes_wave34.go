package evalcorpus

import (
	"encoding/base64"
	"strings"
	"time"
)

// wave34Shapes are a thirty-fourth set of producers, written blind from
// each producer's public documentation by a writer who did not read the
// classifier, its rules or its figures. They are two identity providers'
// audit streams, a commerce platform's customer API, a direct-debit
// processor's webhooks and a wellness booking platform's client API:
// Microsoft Entra ID sign-in logs (the Microsoft Graph signIn resource
// as /auditLogs/signIns returns it, the diagnostic-settings records
// streamed to Event Hubs and the SigninLogs rows of Log Analytics) of
// employees, guests and students of organisations in Europe, Asia, the
// Middle East, Africa and the Americas, with the IP address's location,
// the device and the authentication steps; Okta System Log events
// (LogEvent: actor, client with its geographical context, outcome,
// target, transaction, debugContext, request.ipChain) of sign-ins, MFA,
// user creation, profile updates and group memberships, some groups of
// which tell of a faith, a health accommodation or a union, delivered by
// an Event Hook with its Authorization secret or read from
// /api/v1/logs with an SSWS token; Adobe Commerce (Magento 2) customers
// from the REST API (GET /V1/customers/{id}, POST /V1/customers with the
// password, searches, customer tokens) with addresses, taxvat, birth
// dates of teenage shoppers and custom attributes of pharmacies, kosher
// and halal grocers and children's shops, with the admin's bearer token;
// GoCardless webhooks (events of mandates, payments, customers and
// billing requests with their Webhook-Signature) and the customers,
// bank accounts and payments fetched after them, for unions, parties,
// churches, gyms and schools collecting by Direct Debit in the UK,
// the euro area, Scandinavia, Australia, New Zealand and North America,
// with the Swedish and Danish identity numbers; and Mindbody Public API
// clients (GET /client/clients, POST /client/addclient, the client
// webhooks) of gyms, yoga studios, physiotherapy practices and spas, the
// children of their kids' classes among them with a parent as emergency
// contact, injuries, pregnancies and conditions in custom fields, notes
// and alerts in the studio's language, with the API key, site id and
// staff token.
var wave34Shapes = []Shape{
	{Name: "entra_signin_log", Doc: "learn.microsoft.com/en-us/graph/api/resources/signin (signIn: id, createdDateTime, userDisplayName, userPrincipalName, userId, appId, appDisplayName, ipAddress, clientAppUsed, correlationId, conditionalAccessStatus, isInteractive, riskDetail, riskLevelAggregated, riskLevelDuringSignIn, riskState, riskEventTypes_v2, resourceDisplayName, resourceId, status{errorCode, failureReason, additionalDetails}, deviceDetail{deviceId, displayName, operatingSystem, browser, isCompliant, isManaged, trustType}, location{city, state, countryOrRegion, geoCoordinates{altitude, latitude, longitude}}, appliedConditionalAccessPolicies[{id, displayName, enforcedGrantControls, enforcedSessionControls, result}]), learn.microsoft.com/en-us/graph/api/signin-list (GET /auditLogs/signIns with Authorization: Bearer, @odata.context, @odata.nextLink), learn.microsoft.com/en-us/graph/api/resources/authenticationdetail (authenticationStepDateTime, authenticationMethod, authenticationMethodDetail, succeeded, authenticationStepResultDetail, authenticationStepRequirement), learn.microsoft.com/en-us/entra/identity/monitoring-health/howto-stream-logs-to-event-hub and learn.microsoft.com/en-us/entra/identity/monitoring-health/reference-azure-monitor-sign-ins-log-schema (records[{time, resourceId, operationName, operationVersion, category SignInLogs / NonInteractiveUserSignInLogs, tenantId, resultType, resultSignature, resultDescription, durationMs, callerIpAddress, correlationId, identity, Level, location, properties{...}}]), learn.microsoft.com/en-us/azure/azure-monitor/reference/tables/signinlogs (SigninLogs columns), learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes (AADSTS 50126, 50074, 50053, 53003, 500121), for organisations in Germany, France, the UK, the Netherlands, Poland, Spain, Italy, Sweden, Czechia, Romania, Ukraine, Türkiye, Greece, Japan, Korea, China, Taiwan, India, Vietnam, Thailand, Indonesia, Saudi Arabia, the UAE, Egypt, Israel, Nigeria, Kenya, South Africa, the US, Canada, Mexico, Brazil and Australia", build: entraSignInLog},
	{Name: "okta_system_log_event", Doc: "developer.okta.com/docs/reference/api/system-log/ (LogEvent: uuid, published, eventType, version, displayMessage, severity, legacyEventType, actor{id, type, alternateId, displayName, detailEntry}, client{userAgent{rawUserAgent, os, browser}, zone, device, id, ipAddress, geographicalContext{city, state, country, postalCode, geolocation{lat, lon}}}, device, authenticationContext{authenticationProvider, credentialProvider, credentialType, issuer, interface, authenticationStep, rootSessionId, externalSessionId}, outcome{result, reason}, target[{id, type, alternateId, displayName, detailEntry}], transaction{type, id, detail}, debugContext{debugData{...}}, securityContext{asNumber, asOrg, isp, domain, isProxy}, request{ipChain[{ip, geographicalContext, version, source}]}; GET /api/v1/logs with Authorization: SSWS), developer.okta.com/docs/reference/api/event-types/ (user.session.start, user.authentication.auth_via_mfa, user.authentication.sso, user.lifecycle.create, user.account.update_profile, user.account.lock, group.user_membership.add, user.mfa.factor.activate, policy.evaluate_sign_on, security.threat.detected), developer.okta.com/docs/concepts/event-hooks/ (POST {eventType com.okta.event_hook, eventTypeVersion, cloudEventsVersion, source, eventId, eventTime, contentType, data{events[]}} with the configured Authorization header and custom headers), for orgs whose users live in the US, Canada, the UK, Ireland, Germany, France, the Netherlands, Sweden, Norway, Denmark, Finland, Poland, Spain, Italy, Portugal, Japan, Korea, Australia, New Zealand, India, the Philippines, Singapore, Malaysia, Indonesia, Brazil, Mexico, Argentina, Colombia, Chile, South Africa, Israel and the UAE", build: oktaSystemLogEvent},
	{Name: "magento_customer_rest", Doc: "developer.adobe.com/commerce/webapi/rest/tutorials/orders/order-create-customer/ and developer.adobe.com/commerce/webapi/rest/quick-reference/ (POST /rest/V1/customers {customer{email, firstname, lastname, addresses[]}, password}; GET /rest/V1/customers/{customerId}; GET /rest/V1/customers/search?searchCriteria[filter_groups][0][filters][0][field]=email; POST /rest/V1/integration/customer/token), adobe-commerce.redoc.ly/2.4.7-admin/ (customer-data-customer-interface: id, group_id, default_billing, default_shipping, confirmation, created_at, updated_at, created_in, dob, email, firstname, lastname, middlename, prefix, suffix, gender, store_id, taxvat, website_id, addresses[customer-data-address-interface: id, customer_id, region{region_code, region, region_id}, region_id, country_id, street[], company, telephone, postcode, city, firstname, lastname, vat_id, default_shipping, default_billing], disable_auto_group_change, extension_attributes{is_subscribed}, custom_attributes[{attribute_code, value}]; customer-data-customer-search-results-interface: items, search_criteria, total_count), developer.adobe.com/commerce/webapi/get-started/authentication/gs-authentication-token/ (admin and integration access tokens as Authorization: Bearer), for shops whose customers live in the US, the UK, Germany, France, the Netherlands, Italy, Spain, Poland, Austria, Switzerland, Belgium, Sweden, Ireland, Czechia, Hungary, Romania, Greece, Türkiye, Israel, the UAE, Saudi Arabia, India, Japan, Australia, New Zealand, Brazil, Mexico, South Africa, Singapore, Malaysia, the Philippines and Ukraine", build: magentoCustomerREST},
	{Name: "gocardless_webhook", Doc: "developer.gocardless.com/api-reference/#appendix-webhooks (POST with Webhook-Signature, the hex HMAC-SHA256 of the body with the endpoint's secret; body {events[{id EV..., created_at, resource_type mandates / payments / customers / billing_requests / subscriptions, action, links{mandate, customer, customer_bank_account, payment, subscription, billing_request, organisation, creditor}, details{origin, cause, description, scheme, reason_code, bank_account_id, will_attempt_retry}, metadata{}, resource_metadata{}}], meta{webhook_id}}), developer.gocardless.com/api-reference/#core-endpoints-customers (GET /customers/{id}: id, created_at, email, given_name, family_name, company_name, address_line1, address_line2, address_line3, city, region, postal_code, country_code, language, phone_number, swedish_identity_number, danish_identity_number, metadata), #core-endpoints-customer-bank-accounts (id, created_at, account_number_ending, account_holder_name, account_type, bank_name, currency, country_code, metadata, enabled, links{customer}), #core-endpoints-payments (id, created_at, charge_date, amount, description, currency, status, reference, metadata, links), #api-usage-making-requests (Authorization: Bearer, GoCardless-Version), developer.gocardless.com/getting-started/stay-up-to-date-with-webhooks, for unions, political parties, churches, gyms, schools and charities collecting from members in the UK, Ireland, France, Germany, Spain, Italy, the Netherlands, Belgium, Austria, Portugal, Finland, Sweden, Denmark, Australia, New Zealand, the US and Canada", build: goCardlessWebhook},
	{Name: "mindbody_client_api", Doc: "developers.mindbodyonline.com/PublicDocumentation/V6 (GET /public/v6/client/clients?SearchText=&ClientIds= returning {PaginationResponse{RequestedLimit, RequestedOffset, PageSize, TotalResults}, Clients[]}; POST /public/v6/client/addclient and /client/updateclient; headers Api-Key, SiteId, Authorization with the staff user token from /usertoken/issue; Client: Id, UniqueId, FirstName, MiddleName, LastName, Email, MobilePhone, HomePhone, WorkPhone, AddressLine1, AddressLine2, City, State, PostalCode, Country, BirthDate, Gender, AppointmentGenderPreference, EmergencyContactInfoName, EmergencyContactInfoPhone, EmergencyContactInfoEmail, EmergencyContactInfoRelationship, ReferredBy, IsProspect, IsCompany, Status, Active, CreationDate, LastModifiedDateTime, FirstAppointmentDate, Liability{IsReleased, AgreementDate, ReleasedBy}, LiabilityRelease, ClientIndexes[{Id, ValueId}], ClientRelationships[{RelatedClientId, Relationship{Id, RelationshipName1, RelationshipName2}, RelationshipName}], CustomClientFields[{Id, DataType, Name, Value}], Notes, RedAlert, YellowAlert, HomeLocation{Id, Name}, SendAccountEmails, SendAccountTexts, SendPromotionalEmails, SendScheduleEmails, PhotoUrl, MembershipIcon), developers.mindbodyonline.com/WebhooksDocumentation (client.created / client.updated: {messageId, eventId, eventSchemaVersion, eventInstanceOriginationDateTime, eventData{siteId, clientId, clientUniqueId, creationDateTime, status, firstName, lastName, email, mobilePhone, addressLine1, city, state, postalCode, country, birthDateTime, gender, referredBy, isProspect, isLiabilityReleased, liabilityAgreementDateTime, homeLocation, indexes[]}} with X-Mindbody-Signature sha256=), for gyms, yoga and pilates studios, physiotherapy practices, swim schools and spas in the US, Canada, the UK, Ireland, Australia, New Zealand, South Africa, Mexico, Brazil, Argentina, Chile, Colombia, Spain, Germany, the Netherlands, France, Italy, Sweden, the UAE, Singapore, Hong Kong, Japan, Korea, Taiwan, India, Thailand, the Philippines, Malaysia, Israel and Türkiye", build: mindbodyClientAPI},
}

// ------------------------------------------------------------ helpers

// w34Redraw replaces the subject by one living in cc.
func (g *gen) w34Redraw(cc string) {
	if c := countryByCode(cc); c != nil {
		g.p = newPerson(g.r, c, g.t)
	}
}

// w34Other is another person of cc (a parent, an administrator).
func (g *gen) w34Other(cc string) *person {
	c := countryByCode(cc)
	if c == nil {
		c = g.p.c
	}
	return newPerson(g.r, c, g.t)
}

// w34Age redraws the subject's age between lo and hi (completed years),
// with the national identifier that encodes the birth date.
func (g *gen) w34Age(lo, hi int) {
	p := g.p
	age := lo + g.r.IntN(hi-lo+1)
	p.dob = g.t.AddDate(-age, 0, -g.r.IntN(360)).Truncate(24 * time.Hour)
	p.minor = age < 18
	if p.idScheme != "" {
		ig, ok := idGens[p.idScheme]
		if !ok {
			ig = moreIDGens[p.idScheme]
		}
		p.idValue = ig.gen(g.r, p.dob, p.female, [2]string{p.givenL, p.familyL})
	}
}

// w34AgeNow is the subject's age in completed years at event time.
func (g *gen) w34AgeNow() int {
	a := g.t.Year() - g.p.dob.Year()
	if g.t.YearDay() < g.p.dob.YearDay() {
		a--
	}
	return a
}

// w34SetPhone gives the subject a mobile number of cc.
func (g *gen) w34SetPhone(cc string) {
	e, n := phoneNumber(g.r, cc)
	if e == "" {
		return
	}
	p := g.p
	p.phoneCC, p.phoneE164, p.phoneNat = cc, e, n
	p.phone = phoneNotation(g.r, e, n)
}

// w34Weak records cc as weak evidence (the country of an IP address's
// geolocation, of a bank account).
func (g *gen) w34Weak(cc string) {
	g.lab.Weak = addCountry(g.lab.Weak, cc)
}

// w34Latin says whether s is written in Latin script.
func w34Latin(s string) bool {
	for _, r := range s {
		if r > 0x24F {
			return false
		}
	}
	return true
}

// w34Clean keeps the ASCII letters and digits of s, lower-cased.
func w34Clean(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// w34Title upper-cases the first letter of s.
func w34Title(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// w34Names are the subject's given and family names as a Latin-only
// system writes them when the draw says so, else in their own script.
func (g *gen) w34Names(latinOnly bool) (string, string) {
	p := g.p
	if latinOnly && !w34Latin(p.given+p.family) {
		return w34Title(p.givenL), w34Title(p.familyL)
	}
	return p.given, p.family
}

// w34Full writes given and family names in the country's order.
func (g *gen) w34Full(given, family string) string {
	c := g.p.c
	if w34Latin(given + family) {
		return given + " " + family
	}
	switch {
	case c.noSpace && c.familyFirst:
		return family + given
	case c.familyFirst:
		return family + " " + given
	}
	return given + " " + family
}

// w34B64 is standard base64.
func w34B64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// w34JWT is a signed JSON Web Token's shape (header, claims, signature).
func (g *gen) w34JWT() string {
	return "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + g.chars(b64Set, 180+g.r.IntN(120)) + "." + g.chars(b64Set, 86)
}

// w34DOB writes the subject's birth date as a form of country cc does.
func (g *gen) w34DOB(cc string) *node {
	switch cc {
	case "US", "PH":
		return g.dob("01/02/2006")
	case "CA":
		return g.dob(pick(g.r, []string{"2006-01-02", "01/02/2006"}))
	case "JP", "TW", "CN":
		return g.dob(pick(g.r, []string{"2006/01/02", "2006年1月2日"}))
	case "KR":
		return g.dob(pick(g.r, []string{"2006.01.02", "2006-01-02"}))
	case "HU", "SE", "LT":
		return g.dob("2006-01-02")
	case "DE", "AT", "CH", "PL", "CZ", "RO", "NO", "DK", "FI", "RU", "UA", "TR":
		return g.dob("02.01.2006")
	case "NL":
		return g.dob("02-01-2006")
	}
	return g.dob("02/01/2006")
}

// w34Geo is where an IP address locates the subject: the country of
// residence mostly, abroad sometimes; the city and coordinates are
// personal, the region not, and the country is weak evidence.
type w34Geo struct {
	cc, city, region string
	lat, lon         float64
}

func (g *gen) w34GeoOf(cc string) w34Geo {
	where := cc
	if g.r.IntN(10) == 0 {
		where = pick(g.r, []string{"US", "DE", "GB", "SG", "AE", "NL", "FR", "JP"})
	}
	c := g.w33CityOf(where)
	geo := w34Geo{cc: where, city: c.name, region: c.region, lat: w33Round(c.lat), lon: w33Round(c.lon)}
	if geo.city == "" {
		if co := countryByCode(where); co != nil {
			geo.city = pick(g.r, co.cities)
			geo.region = co.region
		}
	}
	return geo
}

// w34Stamp is a receiver's time stamp a little after the event.
func (g *gen) w34Stamp(within time.Duration) *node {
	return N(g.t.Add(time.Duration(g.r.Int64N(int64(within)))).UTC().Format(time.RFC3339Nano))
}
