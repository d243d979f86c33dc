package evalcorpus

import (
	"fmt"
	"strings"
	"time"
)

// ---------------------------------------------------- Entra ID sign-ins

// An Entra ID sign-in is the tenant's record of an authentication: the
// sign-in, correlation, tenant, application and resource ids and names,
// the client app, statuses, error codes, risk verdicts, conditional
// access policies, operating system and browser are non-personal. The
// user's object id, display name and user principal name, the IP
// address, the device's id and name, the city and coordinates of the IP
// address and the masked phone number of an SMS or voice step are
// personal; the IP address's country is a weak hint, not a residence.
// The bearer token of the Graph call is a credential.

// w34ENCountries are where the tenants' users work and study.
var w34ENCountries = []string{"DE", "DE", "FR", "GB", "NL", "PL", "ES", "IT", "SE", "CZ", "RO", "UA", "TR", "GR", "JP", "JP", "KR", "CN", "TW", "IN", "IN", "VN", "TH", "ID",
	"SA", "AE", "EG", "IL", "NG", "KE", "ZA", "US", "US", "CA", "MX", "BR", "AU"}

// w34ENTenant is an organisation signing its people in with Entra ID.
type w34ENTenant struct {
	domain, kind string
}

var w34ENTenants = []w34ENTenant{
	{"contoso.com", "corp"}, {"fabrikam.onmicrosoft.com", "corp"}, {"northwind-logistics.com", "corp"}, {"stadtwerke-example.de", "corp"},
	{"edu.lakeside-school.example", "school"}, {"students.univ-example.edu", "school"}, {"klinikum-example.de", "corp"}, {"tailspin.co.jp", "corp"},
}

var w34ENApps = [][2]string{{"00000002-0000-0ff1-ce00-000000000000", "Office 365 Exchange Online"}, {"1fec8e78-bce4-4aaf-ab1b-5451cc387264", "Microsoft Teams"},
	{"00000003-0000-0ff1-ce00-000000000000", "Office 365 SharePoint Online"}, {"4765445b-32c6-49b0-83e6-1d93765276ca", "OfficeHome"},
	{"c44b4083-3bb0-49c1-b47d-974e53cbdf3c", "Azure Portal"}, {"d3590ed6-52b3-4102-aeff-aad2292ab01c", "Microsoft Office"},
	{"0000000c-0000-0000-c000-000000000000", "Microsoft App Access Panel"}, {"29d9ed98-a469-4536-ade2-f981bc1d605e", "Microsoft Authentication Broker"}}

var w34ENDevices = [][3]string{{"Windows10", "Edge 125.0.2535", "Browser"}, {"Windows10", "Chrome 125.0.0", "Browser"}, {"MacOs", "Safari 17.4", "Browser"},
	{"Ios 17.4.1", "Mobile Safari", "Mobile Apps and Desktop clients"}, {"Android 14", "Chrome Mobile 124.0.6367", "Browser"},
	{"Windows 10", "Rich Client 5.2.0", "Mobile Apps and Desktop clients"}, {"Ios", "", "Exchange ActiveSync"}, {"", "", "IMAP4"}}

var w34ENFailures = [][2]string{{"50126", "Error validating credentials due to invalid username or password."}, {"50074", "Strong Authentication is required."},
	{"53003", "Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."},
	{"50053", "Account is locked because user tried to sign in too many times with an incorrect user ID or password."},
	{"500121", "Authentication failed during strong authentication request."}, {"50076", "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access."}}

func entraSignInLog(g *gen) *node {
	cc := pick(g.r, w34ENCountries)
	g.w34Redraw(cc)
	p := g.p
	ten := pick(g.r, w34ENTenants)
	if ten.kind == "school" && g.r.IntN(3) != 0 {
		g.w34Age(12, 17) // pupils sign in to Teams with school accounts
	} else {
		g.w34Age(19, 66)
	}
	if p.phoneCC != cc && g.r.IntN(2) == 0 {
		g.w34SetPhone(cc)
	}
	tenantID := g.uuid()
	userID := g.uuid()
	first, last := g.w34Names(g.r.IntN(3) == 0)
	display := g.w34Full(first, last)
	if g.r.IntN(5) == 0 && !w34Latin(display) {
		display += " (" + w34Title(p.givenL) + " " + w34Title(p.familyL) + ")"
	}
	local := w34Clean(p.givenL) + "." + w34Clean(p.familyL)
	upn := local + "@" + ten.domain
	guest := ten.kind == "corp" && g.r.IntN(6) == 0
	if guest {
		upn = strings.ReplaceAll(p.email, "@", "_") + "#EXT#@" + strings.SplitN(ten.domain, ".", 2)[0] + ".onmicrosoft.com"
	} else if ten.kind == "school" && p.minor {
		upn = w34Clean(p.givenL)[:min(len(w34Clean(p.givenL)), 6)] + fmt.Sprint(g.t.Year()-p.dob.Year()-5) + w34Clean(p.familyL)[:min(len(w34Clean(p.familyL)), 4)] + "@" + ten.domain
	}
	app := pick(g.r, w34ENApps)
	dev := pick(g.r, w34ENDevices)
	corrID := g.uuid()
	interactive := g.r.IntN(4) != 0
	failed := g.r.IntN(3) == 0
	var status *node
	resultType, resultDesc := "0", ""
	if failed {
		f := pick(g.r, w34ENFailures)
		resultType, resultDesc = f[0], f[1]
		status = O("errorCode", N(atoi(f[0])), "failureReason", N(f[1]), "additionalDetails", N(pick(g.r, []string{"The user didn't enter the right credentials. It's expected to see some number of these errors in your logs due to users making mistakes.",
			"MFA requirement satisfied by claim in the token", "The user is blocked by a Conditional Access policy."})))
	} else {
		status = O("errorCode", N(0), "failureReason", N("Other."), "additionalDetails", N(pick(g.r, []string{"MFA requirement satisfied by claim in the token", "MFA completed in Azure AD", "MFA requirement skipped due to remembered device"})))
	}
	caStatus := pick(g.r, []string{"success", "notApplied", "success", "failure"})
	if resultType == "53003" {
		caStatus = "failure"
	}
	risk := pick(g.r, []string{"none", "none", "none", "low", "medium", "high"})
	riskDetail := "none"
	var riskTypes *node = A()
	if risk != "none" {
		riskDetail = pick(g.r, []string{"none", "userPassedMFADrivenByRiskBasedPolicy", "adminConfirmedSigninCompromised", "aiConfirmedSigninSafe"})
		riskTypes = A(N(pick(g.r, []string{"unfamiliarFeatures", "anonymizedIPAddress", "impossibleTravel", "maliciousIPAddress", "passwordSpray"})))
	}
	geo := g.w34GeoOf(cc)
	g.w34Weak(geo.cc)

	// deviceDetail: a registered device has an id and a name.
	deviceID, deviceName := "", ""
	if g.r.IntN(2) == 0 {
		deviceID = g.uuid()
		switch g.r.IntN(3) {
		case 0:
			deviceName = "DESKTOP-" + g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 7)
		case 1:
			deviceName = w34Title(p.givenL) + pick(g.r, []string{"'s iPhone", "'s MacBook Pro", "-Surface", "s iPad"})
		default:
			deviceName = strings.ToUpper(w34Clean(p.familyL)[:min(3, len(w34Clean(p.familyL)))]) + "-NB-" + pattern(g.r, "####")
		}
	}
	device := func() *node {
		d := O("deviceId", P(deviceID), "displayName", P(deviceName), "operatingSystem", N(dev[0]), "browser", N(dev[1]), "isCompliant", N(deviceID != "" && g.r.IntN(3) != 0),
			"isManaged", N(deviceID != ""), "trustType", N(pick(g.r, []string{"Azure AD joined", "Hybrid Azure AD joined", "Azure AD registered"})))
		if deviceID == "" {
			d.set("deviceId", N(""))
			d.set("displayName", N(""))
			d.set("trustType", N(""))
		}
		return d
	}
	location := func() *node {
		return O("city", Pif(geo.city), "state", Nif(geo.region), "countryOrRegion", N(geo.cc),
			"geoCoordinates", O("altitude", N(nil), "latitude", P(geo.lat), "longitude", P(geo.lon)))
	}
	policies := func() *node {
		res := "success"
		if caStatus == "failure" {
			res = "failure"
		}
		return A(O("id", N(g.uuid()), "displayName", N(pick(g.r, []string{"CA001: Require MFA for all users", "CA004: Block legacy authentication", "CA010: Require compliant device for admins"})),
			"enforcedGrantControls", A(N(pick(g.r, []string{"Mfa", "Block", "RequireCompliantDevice"}))), "enforcedSessionControls", A(), "result", N(res)),
			O("id", N(g.uuid()), "displayName", N("CA020: Sign-in frequency 12h"), "enforcedGrantControls", A(), "enforcedSessionControls", A(N("SignInFrequency")), "result", N(pick(g.r, []string{"notApplied", "success"}))))
	}
	authDetails := func() *node {
		steps := A(O("authenticationStepDateTime", N(w33ISO(g.t.Add(-40*time.Second))), "authenticationMethod", N("Password"), "authenticationMethodDetail", N("Password in the cloud"),
			"succeeded", N(resultType != "50126" && resultType != "50053"), "authenticationStepResultDetail", N(map[bool]string{true: "Correct password", false: "Invalid username or password or Invalid on-premise username or password."}[resultType != "50126"]),
			"authenticationStepRequirement", N("Primary authentication")))
		if !failed || resultType == "500121" {
			var m, detail *node
			switch g.r.IntN(3) {
			case 0:
				m, detail = N("Mobile app notification"), N("")
			case 1:
				m, detail = N("OATH verification code"), N("")
			default:
				if p.showPhone && p.phoneE164 != "" {
					e := p.phoneE164
					m = N(pick(g.r, []string{"Text message", "Phone call approval (Authentication phone)"}))
					detail = P(strings.SplitN(g.intl(), " ", 2)[0] + " XXXXXXX" + e[len(e)-2:])
					g.lab.Weak = addCountry(g.lab.Weak, p.phoneCC)
				} else {
					m, detail = N("Mobile app notification"), N("")
				}
			}
			steps.arr = append(steps.arr, O("authenticationStepDateTime", N(w33ISO(g.t.Add(-10*time.Second))), "authenticationMethod", m, "authenticationMethodDetail", detail,
				"succeeded", N(!failed), "authenticationStepResultDetail", N(map[bool]string{true: "MFA successfully completed", false: "User did not respond to mobile app notification"}[!failed]),
				"authenticationStepRequirement", N("Multifactor authentication")))
		}
		return steps
	}
	signIn := func(graph bool) *node {
		s := O("id", N(g.uuid()), "createdDateTime", N(g.t.UTC().Format("2006-01-02T15:04:05Z")), "userDisplayName", P(display), "userPrincipalName", P(upn),
			"userId", P(userID), "appId", N(app[0]), "appDisplayName", N(app[1]), "ipAddress", P(p.ip), "clientAppUsed", N(dev[2]), "correlationId", N(corrID),
			"conditionalAccessStatus", N(caStatus), "isInteractive", N(interactive), "riskDetail", N(riskDetail), "riskLevelAggregated", N(risk),
			"riskLevelDuringSignIn", N(risk), "riskState", N(map[bool]string{true: "none", false: "atRisk"}[risk == "none"]), "riskEventTypes_v2", riskTypes,
			"resourceDisplayName", N(pick(g.r, []string{"Microsoft Graph", "Office 365 Exchange Online", "Windows Azure Service Management API"})), "resourceId", N("00000003-0000-0000-c000-000000000000"),
			"status", status, "deviceDetail", device(), "location", location(), "appliedConditionalAccessPolicies", policies())
		if !graph {
			s.set("authenticationDetails", authDetails())
			s.set("userType", N(map[bool]string{true: "Guest", false: "Member"}[guest]))
			s.set("homeTenantId", N(tenantID))
			s.set("resourceTenantId", N(tenantID))
			s.set("authenticationRequirement", N(pick(g.r, []string{"singleFactorAuthentication", "multiFactorAuthentication"})))
			s.set("tokenIssuerType", N("AzureAD"))
			s.set("processingTimeInMilliseconds", N(40+g.r.IntN(400)))
			s.set("uniqueTokenIdentifier", N(g.chars(b64Set, 22)))
		}
		return s
	}
	// A few tenants sign in people from another country than the one
	// their IP address is in; the display name and UPN are personal
	// whatever the language.
	switch v := g.r.IntN(10); {
	case v < 4: // Microsoft Graph list response, as an exporter logs the call
		body := O("@odata.context", N("https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns"), "value", A(signIn(true)),
			"@odata.nextLink", N("https://graph.microsoft.com/v1.0/auditLogs/signIns?$top=1&$skiptoken="+g.hex(64)))
		if g.r.IntN(2) == 0 {
			return body
		}
		return O("request", O("method", N("GET"), "url", N("https://graph.microsoft.com/v1.0/auditLogs/signIns?$filter=createdDateTime ge "+g.t.Add(-time.Hour).UTC().Format("2006-01-02T15:04:05Z")+"&$top=1"),
			"headers", O("Authorization", C("Bearer "+g.w34JWT()), "ConsistencyLevel", N("eventual"))), "response", O("status", N(200), "body", body))
	case v < 8: // diagnostic settings streamed to an event hub
		props := signIn(false)
		cat := "SignInLogs"
		if !interactive {
			cat = "NonInteractiveUserSignInLogs"
		}
		rec := O("time", N(g.t.UTC().Format("2006-01-02T15:04:05.0000000Z")), "resourceId", N("/tenants/"+tenantID+"/providers/Microsoft.aadiam"),
			"operationName", N("Sign-in activity"), "operationVersion", N("1.0"), "category", N(cat), "tenantId", N(tenantID), "resultType", N(resultType),
			"resultSignature", N("None"), "resultDescription", Nif(resultDesc), "durationMs", N(0), "callerIpAddress", P(p.ip), "correlationId", N(corrID),
			"identity", P(display), "Level", N(4), "location", N(geo.cc), "properties", props)
		return O("records", A(rec))
	}
	// a SigninLogs row of Log Analytics, as a query exports it
	return O("TenantId", N(tenantID), "SourceSystem", N("Azure AD"), "TimeGenerated", N(g.t.UTC().Format("2006-01-02T15:04:05.000Z")), "OperationName", N("Sign-in activity"),
		"Category", N("SignInLogs"), "ResultType", N(resultType), "ResultDescription", Nif(resultDesc), "Identity", P(display), "Level", N("4"), "Location", N(geo.cc),
		"AppDisplayName", N(app[1]), "AppId", N(app[0]), "ClientAppUsed", N(dev[2]), "ConditionalAccessStatus", N(caStatus), "CorrelationId", N(corrID),
		"DeviceDetail", device(), "IPAddress", P(p.ip), "IsInteractive", N(interactive), "LocationDetails", location(), "RiskLevelAggregated", N(risk),
		"Status", status, "UserDisplayName", P(display), "UserId", P(userID), "UserPrincipalName", P(upn), "UserType", N(map[bool]string{true: "Guest", false: "Member"}[guest]),
		"Type", N("SigninLogs"))
}
