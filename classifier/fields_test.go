package classifier_test

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
)

// field finds a decision's field by path.
func field(d *classifier.Decision, path string) *classifier.Field {
	for i := range d.Fields {
		if d.Fields[i].Path == path {
			return &d.Fields[i]
		}
	}
	return nil
}

// Names are read in context, every value is scanned whatever its name, and
// envelopes of real producers are recognised as non-personal.
func TestFieldsInContext(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct {
		name, event, path, cat, by string
	}{
		{"birth.date is a date of birth", `{"country":"RU","subject":{"birth":{"date":"23.01.2007"}}}`, "/subject/birth/date", "identity.dob", "name"},
		{"dob parts", `{"country":"DE","dob":{"year":2001,"month":5,"day":3}}`, "/dob/year", "identity.dob", "name"},
		{"document type names the scheme", `{"country":"RU","documents":[{"type":"snils","number":"112-233-445 95"}]}`, "/documents/0/number", "gov_id.ru_snils", "value"},
		{"passport number by its type", `{"country":"DE","documents":[{"type":"passport","number":"C01X00T47"}]}`, "/documents/0/number", "gov_id.passport", "name"},
		{"Cognito attribute", `{"country":"DE","Attributes":[{"Name":"given_name","Value":"Ivan"}]}`, "/Attributes/0/Value", "identity.name", "name"},
		{"Cognito attribute name is a label", `{"country":"DE","Attributes":[{"Name":"given_name","Value":"Ivan"}]}`, "/Attributes/0/Name", "event.type", "name"},
		{"type/value pair", `{"country":"DE","contacts":[{"kind":"phone","value":"0301234"}]}`, "/contacts/0/value", "contact.phone", "name"},
		{"a card's expiry is card data, not an event time", `{"country":"GB","card":{"exp":"12/29"}}`, "/card/exp", "financial.payment_card", "name"},
		{"Stripe's exp_year under a payment method's card", `{"country":"GB","payment_method":{"card":{"exp_year":2029}}}`, "/payment_method/card/exp_year", "financial.payment_card", "name"},
		{"a JWT's exp stays a time", `{"country":"GB","claims":{"exp":1767225600}}`, "/claims/exp", "event.timestamp", "name"},
		{"weight is not a counter: a body's weight is about the person", `{"country":"GB","weight":80}`, "/weight", "unknown", "default"},
		// A suffix pattern matches the name it spells: "*healthstatus" took
		// health_status before "*status" made it an event type.
		{"health_status is health, not an event type", `{"country":"GB","health_status":"good"}`, "/health_status", "sensitive.health", "name"},
		{"vaccination_status is health", `{"country":"GB","vaccination_status":"full"}`, "/vaccination_status", "sensitive.health", "name"},
		{"immigration_status is the person's standing", `{"country":"GB","immigration_status":"refugee"}`, "/immigration_status", "identity.status", "name"},
		{"an account's status stays an event type", `{"country":"GB","account_status":"active"}`, "/account_status", "event.type", "name"},
		{"political is political opinion", `{"country":"GB","personal":{"political":3}}`, "/personal/political", "sensitive.political", "name"},
		{"religious_views", `{"country":"GB","religious_views":"x"}`, "/religious_views", "sensitive.religion", "name"},
		{"smoking is health", `{"country":"GB","smoking":2}`, "/smoking", "sensitive.health", "name"},
		// A value that is what its non-personal name says is not scanned
		// into something else.
		{"a number that fits a company's check under an unknown name stays unknown", `{"country":"UA","national_format":"050 123 6920"}`, "/national_format", "unknown", "default"},
		// OData instance annotations name a field, not a mailbox.
		{"a formatted value is its field's value", `{"country":"DE","birthdate":"2007-01-27","birthdate@OData.Community.Display.V1.FormattedValue":"1/27/2007"}`, "/birthdate@OData.Community.Display.V1.FormattedValue", "identity.dob", "name"},
		{"an OData annotation is a label", `{"country":"DE","_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname":"systemuser"}`, "/_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname", "meta.technical", "name"},
		{"an option set's number under statecode is no region", `{"country":"DE","statecode":0}`, "/statecode", "unknown", "default"},
		// A schema's description is labels (Kafka Connect JSON with schemas).
		{"a schema's field name", `{"country":"DE","schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"email","name":"io.debezium.data.Email"}]},"payload":{"email":"a@b.de"}}`, "/schema/fields/0/name", "meta.technical", "name"},
		{"a schema's field", `{"country":"DE","schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"email"}]}}`, "/schema/fields/0/field", "meta.technical", "name"},
		// A schema's default is a value, named by its field (red team 9: F3).
		{"a person's value inside a schema is still found", `{"country":"DE","schema":{"fields":[{"field":"email","default":"ivan@example.ru"}]}}`, "/schema/fields/0/default", "contact.email", "name"},
		{"a credential field's default is a credential", `{"country":"DE","schema":{"type":"struct","fields":[{"field":"pw","default":"Zx9!qwerty77"}]}}`, "/schema/fields/0/default", "credentials.password", "name"},
		{"a member named schema that holds a person's fields describes nothing", `{"country":"DE","schema":{"first_name":"Zbigniew","ethnicity":"Roma"}}`, "/schema/ethnicity", "sensitive.ethnicity", "name"},
		{"a name's display form is the name", `{"country":"DE","name":{"display":"Иван Петров"}}`, "/name/display", "identity.name", "name"},
		{"a device's display is the device's", `{"country":"DE","device":{"display":"6.1in OLED"}}`, "/device/display", "device.model", "name"},
		{"an account's state, not a disability", `{"country":"GB","state":"disabled"}`, "/state", "geo.region", "name"},
		{"a country whose name holds an ethnic term (Romani)", `{"email":"a@b.ro","Mailing_Country":"Romania"}`, "/Mailing_Country", "geo.country", "name"},
		{"an unknown member of user is not an id", `{"country":"DE","user":{"foo":"bar-123"}}`, "/user/foo", "unknown", "default"},
		{"name under user is a person's name", `{"country":"DE","user":{"name":"Ivan"}}`, "/user/name", "identity.name", "name"},
		{"a name under status", `{"country":"DE","status":"Ivan Petrov"}`, "/status", "identity.name", "value"},
		{"a health note under source", `{"country":"DE","source":"I have diabetes"}`, "/source", "sensitive.health", "text"},
		{"a date under campaign", `{"country":"DE","campaign":"1990-05-17"}`, "/campaign", "identity.dob", "value"},
		{"a name under device.model", `{"country":"DE","device":{"model":"Anna Schmidt"}}`, "/device/model", "identity.name", "value"},
		{"a name under integrations", `{"country":"DE","integrations":{"name":"Maria Garcia"}}`, "/integrations/name", "identity.name", "value"},
		{"a timestamp stays a timestamp", `{"country":"DE","created_at":"2024-05-17"}`, "/created_at", "event.timestamp", "name"},
		{"@type", `{"country":"DE","@type":"Person"}`, "/@type", "event.type", "name"},
		{"issued", `{"country":"DE","issued":"2024-05-17T10:00:00Z"}`, "/issued", "event.timestamp", "name"},
		{"form", `{"country":"DE","form":"signup-v2"}`, "/form", "event.type", "name"},
		{"submitted", `{"country":"DE","submitted":true}`, "/submitted", "event.timestamp", "name"},
		{"captcha", `{"country":"DE","captcha_token":"03AFcWeA6x9"}`, "/captcha_token", "event.security", "name"},
		{"csrf", `{"country":"DE","csrf_token":"k3j4h5k6j7"}`, "/csrf_token", "event.security", "name"},
		{"envelope id", `{"country":"DE","meta":{"id":"evt-77"}}`, "/meta/id", "event.id", "name"},
		{"document scheme label", `{"country":"DE","documents":[{"scheme":"passport"}]}`, "/documents/0/scheme", "event.type", "name"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, _ := process(rs, classifier.Input{Value: []byte(c.event), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			f := field(d, c.path)
			if f == nil {
				t.Fatalf("no field %s in %+v", c.path, d.Fields)
			}
			if f.Category != c.cat || f.DetectedBy != c.by {
				t.Errorf("%s: %s by %s, want %s by %s", c.path, f.Category, f.DetectedBy, c.cat, c.by)
			}
		})
	}
}

// A date of birth read in context makes a minor a minor.
func TestBirthDateInContextSetsMinor(t *testing.T) {
	rs := benchRuleset(t)
	d, _ := process(rs, classifier.Input{Value: []byte(`{"country":"RU","subject":{"birth":{"date":"23.01.2012"}}}`), Source: "t/0/1", Time: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)})
	if !d.Minor {
		t.Errorf("a subject born in 2012 is not a minor in 2024")
	}
}

// outsideInput reports where secret appears in the records: any record's
// value (but quarantine, which carries the input by contract), key or
// header.
func outsideInput(recs []classifier.Record, secret string) string {
	for _, r := range recs {
		if r.Projection != "quarantine" && bytes.Contains(r.Value, []byte(secret)) {
			return r.Projection + " value"
		}
		if bytes.Contains(r.Key, []byte(secret)) {
			return r.Projection + " key"
		}
		for _, h := range r.Headers {
			if bytes.Contains(h.Value, []byte(secret)) {
				return r.Projection + " header " + h.Key
			}
		}
	}
	return ""
}

// Credentials leave in no record, full included, by any name in many
// languages and by their shape wherever they sit.
func TestCredentialsNeverLeave(t *testing.T) {
	rs := benchRuleset(t)
	const s = "Zq7-secret-Xw9"
	jwt := "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Zq7secretXw9abcdefghij"
	cases := map[string]string{
		"passphrase":       `"passphrase":"` + s + `"`,
		"pw":               `"pw":"` + s + `"`,
		"passwords[]":      `"passwords":["` + s + `"]`,
		"kennwort":         `"kennwort":"` + s + `"`,
		"contraseña":       `"contraseña":"` + s + `"`,
		"mot_de_passe":     `"mot_de_passe":"` + s + `"`,
		"senha":            `"senha":"` + s + `"`,
		"пароль":           `"пароль":"` + s + `"`,
		"parola":           `"parola":"` + s + `"`,
		"hasło":            `"hasło":"` + s + `"`,
		"wachtwoord":       `"wachtwoord":"` + s + `"`,
		"密码":               `"密码":"` + s + `"`,
		"パスワード":            `"パスワード":"` + s + `"`,
		"비밀번호":             `"비밀번호":"` + s + `"`,
		"كلمة المرور":      `"كلمة المرور":"` + s + `"`,
		"lösenord":         `"lösenord":"` + s + `"`,
		"secret_question":  `"secret_question":{"question":"pet?","answer":"` + s + `"}`,
		"magic link":       `"next":"https://app.example/login?magic=` + s + `"`,
		"token in a link":  `"landing":"https://app.example/verify?token=` + s + `"`,
		"key in a link":    `"order_status_url":"https://shop.example/1/orders/9f8e/authenticate?key=` + s + `Kp3Lm8Qr2"`,
		"OAuth code":       `"redirect":"https://app.example/cb?code=` + s + `&state=x1"`,
		"Zoom join link":   `"join_url":"https://us06web.zoom.us/w/88131246115?tk=` + s + `Kp3Lm8Qr2.DQcAAAAe"`,
		"S3 signed link":   `"url":"https://b.s3.amazonaws.com/cv.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=` + s + `8f4b0fe207b03b5d"`,
		"meeting pin":      `"participant_pin_code":"` + s + `"`,
		"Django password1": `"password1":"` + s + `","password2":"` + s + `"`,
		"WordPress":        `"user_pass":"` + s + `"`,
		"Rails digest":     `"password_digest":"` + s + `"`,
		"confirm field":    `"passwort_wiederholen":"` + s + `","confirmar_senha":"` + s + `","повтор_пароля":"` + s + `"`,
		"Serbian":          `"lozinka":"` + s + `"`,
		"SMS code":         `"sms":{"code":"` + s + `"}`,
		"PHP session":      `"headers":{"cookie":"PHPSESSID=` + s + `abc123"}`,
		"Express session":  `"headers":{"cookie":"connect.sid=s%3A` + s + `"}`,
		"curl string":      `"debug":"curl -H 'Authorization: Bearer ` + s + `Kp3Lm8' https://api.example"`,
		"DSN":              `"dsn":"postgres://app:` + s + `@db.example:5432/app"`,
		"private key":      `"ssh":"-----BEGIN OPENSSH PRIVATE KEY-----\n` + s + `\n-----END OPENSSH PRIVATE KEY-----"`,
		"seed phrase":      `"wallet":{"mnemonic":"` + s + `"}`,
		"reset link":       `"context":{"page":{"referrer":"https://app.example/accounts/reset/MQ/c2x9gh-` + s + `8f4b0fe2/"}}`,
		"PKCE callback":    `"context":{"page":{"url":"https://app.example/auth/callback?code=` + s + `"}}`,
		"JSON Patch":       `"patch":[{"op":"add","path":"/password","value":"` + s + `"}]`,
		"base64 JSON":      `"data_base64":"` + base64.StdEncoding.EncodeToString([]byte(`{"password":"`+s+`"}`)) + `"`,
		"table header":     `"rows":[["login","password"],["anna","` + s + `"],["olga","` + s + `x"]]`,
		"SCIM PATCH":       `"Operations":[{"op":"replace","path":"password","value":"` + s + `"}]`,
		"GraphQL text":     `"query":"mutation { signUp(email: \"a@b.de\", password: \"` + s + `\") { id } }"`,
		"under a schema":   `"schema":{"password":"` + s + `"}`,
		"XML element":      `"raw":"<user><login>anna</login><password>` + s + `</password></user>"`,
		"prose (de)":       `"note":"Mein Passwort ist ` + s + `"`,
		// red team, round 4
		"provider token":         `"note":"hf_` + s + `abcdefghijklmnopqrs"`,
		"plugin's password":      `"plugins":[{"name":"ldap","bind_pw":"` + s + `"}]`,
		"SMTP env":               `"env":[{"name":"SMTP_PASS","value":"` + s + `"}]`,
		"Firebase oobCode":       `"page":"https://app.example.com/x?oobCode=` + s + `Q9LmN3pR7sT1uV&mode=resetPassword"`,
		"magic ?t=":              `"page":"https://app.example.com/login/magic?t=` + s + `Q9LmN3pR7sT1uV"`,
		"verify-email path":      `"page":"https://app.example.com/verify-email/Zq8wTr5xQ9LmN3pR7sT1uV` + s + `"`,
		"k/v pair":               `"kv":{"k":"password","v":"` + s + `"}`,
		"pair array":             `"p":[["password","` + s + `"]]`,
		"header pair":            `"headers":[["X-Auth-Token","` + s + `"]]`,
		"field/content":          `"f":{"field":"password","content":"` + s + `"}`,
		"Cognito custom:":        `"a":{"Name":"custom:pin","Value":"` + s + `"}`,
		"CloudFormation":         `"a":{"ParameterKey":"DbPassword","ParameterValue":"` + s + `"}`,
		"title/text":             `"a":{"title":"PIN","text":"` + s + `"}`,
		"prose (en, far)":        `"note":"the password for the account is ` + s + `"`,
		"prose (zh)":             `"note":"密码是` + s + `"`,
		"mysql -p":               `"cmd":"mysql -u root -p` + s + `"`,
		"curl -u":                `"cmd":"curl -u bob:` + s + ` https://x"`,
		"SQL IDENTIFIED BY":      `"sql":"ALTER USER bob IDENTIFIED BY '` + s + `'"`,
		"Wi-Fi QR":               `"qr":"WIFI:T:WPA;S:home;P:` + s + `;;"`,
		"X-Api-Key text":         `"note":"X-Api-Key: ` + s + `abc"`,
		"XML attribute":          `"xml":"<param name=\"password\" value=\"` + s + `\"/>"`,
		"CAS ticket":             `"page":"https://sso.example.com/cas/login?ticket=ST-12345-` + s + `Q9LmN3pR7"`,
		"prose (ru)":             `"note":"мой пароль ` + s + `"`,
		"CLI flag":               `"cmd":"mysql -u root --password ` + s + `"`,
		"Azure string":           `"conn":"DefaultEndpointsProtocol=https;AccountName=x;AccountKey=` + s + `Kp3Lm8Qr2"`,
		"verification code name": `"验证码":"` + s + `"`,
		"Wi-Fi key":              `"wifi":{"ssid":"home","psk":"` + s + `"}`,
		"verification.code":      `"verification":{"code":"` + s + `"}`,
		"CSV text":               `"export":"login,password\nanna,` + s + `\n"`,
		"SQL insert":             `"sql":"INSERT INTO users (email, password_hash) VALUES ('a@b.de', '` + s + `')"`,
		"bcrypt hash":            `"hash":"$2b$12$` + s + `KIXQ0Ww4eA4r3qZ9xY8kleO1Y2dB3"`,
		"Redis URL":              `"cache":"redis://:` + s + `@10.0.0.5:6379/0"`,
		"Azure SAS":              `"referrer":"https://acct.blob.core.windows.net/c/f.pdf?sv=2022-11-02&sig=` + s + `%2BkP3Lm8Qr2%3D"`,
		"JWT anywhere":           `"note":"` + jwt + `"`,
		"bearer":                 `"hdr":"Bearer ` + s + `abcdef"`,
		"JSON in a string":       `"payload":"{\"password\":\"` + s + `\"}"`,
		"Cookie header":          `"headers":{"Cookie":"sid=` + s + `; theme=dark"}`,
		"Authorization":          `"headers":{"Authorization":"Basic ` + s + `=="}`,
		"entropy":                `"magic_value":"` + s + `Kp3Lm8Qr2"`,
		"user.pw as key":         `"user":{"pw":"` + s + `"}`,
	}
	for name, member := range cases {
		t.Run(name, func(t *testing.T) {
			ev := `{"country":"DE","email":"ivan@example.de",` + member + `}`
			d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			if where := outsideInput(recs, s); where != "" {
				t.Errorf("credential in the %s", where)
			}
		})
	}
}

// Text that mentions a password or a code without telling one keeps its
// place (it is no credential to drop from full records).
func TestCredentialWordsInProseAreNoCredential(t *testing.T) {
	rs := benchRuleset(t)
	for _, note := range []string{"My password is too short", "I forgot my password yesterday", "Your order code is ABCD", "Le code postal est le 75001 à Paris", "Postal / Zip Code: 53516", "PIN code 110001 Delhi", "Promo code: 20202", "my boarding pass is ready", "the password for the account is required", "a passport: X1234567 ok", "cd /tmp && pwd"} {
		d := rs.Classify(classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","note":"` + note + `"}`)})
		if f := field(d, "/note"); f == nil || strings.HasPrefix(f.Category, "credentials.") {
			t.Errorf("%q: %+v, want no credential", note, f)
		}
	}
	d := rs.Classify(classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","sms":"Your verification code is 482913"}`)})
	if f := field(d, "/sms"); f == nil || !strings.HasPrefix(f.Category, "credentials.") {
		t.Errorf("a one-time code in an SMS text: %+v, want a credential", f)
	}
}

// The record key comes only from a field named as the subject key.
func TestRecordKeyOnlyFromSubjectKey(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct{ event, want, not string }{
		{`{"country":"DE","user":{"id":"u-42","foo":"bar-999"}}`, "u-42", ""},
		{`{"country":"DE","user":{"foo":"bar-999"}}`, "", "bar-999"},
		{`{"country":"DE","referred_by":"u-7","user_id":"u-8"}`, "u-8", "u-7"},
		{`{"country":"DE","user":{"nickname_x":"zz-abcdef"}}`, "", "zz-abcdef"},
	}
	for _, c := range cases {
		_, recs := process(rs, classifier.Input{Value: []byte(c.event), Source: "t/0/1"})
		for _, r := range recs {
			if r.Projection != "full" {
				continue
			}
			if c.want != "" && string(r.Key) != c.want {
				t.Errorf("%s: key %q, want %q", c.event, r.Key, c.want)
			}
			if c.not != "" && strings.Contains(string(r.Key), c.not) {
				t.Errorf("%s: key %q holds %q", c.event, r.Key, c.not)
			}
		}
	}
}

// Keys that are data are classified: no non-full record and no audit path
// carries them; the full record keeps them.
func TestKeysAsData(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct{ event, path, cat string }{
		{`{"country":"DE","email":"a@b.de","interests":{"Catholic":true,"LGBTQ":true}}`, "Catholic", "sensitive.religion"},
		{`{"country":"DE","email":"a@b.de","interests":{"Catholic":true,"LGBTQ":true}}`, "LGBTQ", "sensitive.sexual_orientation"},
		{`{"country":"DE","email":"a@b.de","conditions":{"diabetes":{"since":2019}}}`, "diabetes", "sensitive.health"},
		{`{"country":"DE","email":"a@b.de","friends":{"Ivan Petrov":{"since":2019}}}`, "Ivan Petrov", "identity.name"},
		// Red team, round 3: keys encoded, devices, places, profile links,
		// and the keys of a map named by a special category.
		{`{"country":"DE","email":"a@b.de","contacts":{"ivanov77%40mail.ru":1}}`, "ivanov77", "contact.email"},
		{`{"country":"DE","email":"a@b.de","devices":{"3e:22:fb:b9:5b:75":"phone"}}`, "3e:22:fb:b9:5b:75", "online.device_id"},
		{`{"country":"DE","email":"a@b.de","visits":{"52.520008,13.404954":3}}`, "52.520008", "geo.precise"},
		{`{"country":"DE","email":"a@b.de","links":{"https://vk.com/id12345678":true}}`, "vk.com/id12345678", "online.url"},
		{`{"country":"DE","email":"a@b.de","diagnoses":{"E11.9":"2019"}}`, "E11.9", "sensitive.health"},
		{`{"country":"DE","email":"a@b.de","scores":{"anna.schmidt":5}}`, "anna.schmidt", "identity.user_id"},
		// Lower-case logins keying a map of people.
		{`{"country":"DE","email":"a@b.de","members":{"ivan.petrov":"admin","count":1}}`, "ivan.petrov", "identity.user_id"},
		{`{"country":"DE","email":"a@b.de","team":{"followers":{"mike1987":true}}}`, "mike1987", "identity.user_id"},
		// Identifiers by their shape: routed with the key tokenized, where
		// they sent the whole event to quarantine before.
		{`{"country":"DE","contacts":{"ivan@example.ru":{"subscribed":true}}}`, "ivan@example.ru", "contact.email"},
		{`{"country":"DE","phones":{"+4915112345678":"mobile"}}`, "+4915112345678", "contact.phone"},
		{`{"country":"DE","cards":{"4364015031760945":true}}`, "4364015031760945", "financial.payment_card"},
		{`{"country":"DE","devices":{"6d92078a-8246-4ba4-ae5b-76104861e7dc":"ios"}}`, "6d92078a-8246-4ba4-ae5b-76104861e7dc", "identity.user_id"},
		// Red team, round 6: a name over a person's fields, a name in any
		// script under a map of people, a login under visits, a birth
		// date as the key of a birth date.
		{`{"country":"DE","email":"a@b.de","x":{"Ivan":{"age":12}}}`, "Ivan", "identity.age"},
		{`{"country":"DE","email":"a@b.de","scores":{"Trần Thị Mai":5}}`, "Trần Thị Mai", "identity.name"},
		{`{"country":"DE","email":"a@b.de","visits":{"ivan_petrov_1987":3}}`, "ivan_petrov_1987", "identity.user_id"},
		{`{"country":"DE","email":"a@b.de","dob":{"2014-06-01":true}}`, "2014-06-01", "identity.dob"},
		// Red team, round 8 (F5): keys that read as data though nothing
		// knows them: words with spaces that are no field names, a login
		// that starts with a given name, a date keying a map of people.
		{`{"country":"DE","email":"a@b.de","scores":{"anna schmidt":10,"max mustermann":7}}`, "anna schmidt", "unknown"},
		{`{"country":"DE","email":"a@b.de","gift_recipients":{"Ottilie Weber":"book"}}`, "Ottilie Weber", "unknown"},
		{`{"citizenship":"RU","email":"a@b.ru","notes":{"иван петров":"сосед"}}`, "иван", "text.free"},
		{`{"country":"DE","email":"a@b.de","blocked":{"anna.schmidt87":true}}`, "anna.schmidt87", "unknown"},
		{`{"country":"TR","email":"a@b.tr","profile":{"şeker hastalığı":true}}`, "hastalığı", "sensitive.health"},
		{`{"country":"DE","email":"a@b.de","children":{"2014-06-01":{"school":"GS Mitte"}}}`, "2014-06-01", "identity.education"},
		// Red team, round 9 (F4, F5): phones as keys, terms of more
		// languages as keys, a name joined by an underscore.
		{`{"country":"US","email":"a@b.com","contacts":{"2125551234":{"name":"x"}}}`, "2125551234", "identity.name"},
		{`{"country":"US","email":"a@b.com","phones":{"212-555-1234":true}}`, "212-555-1234", "identity.user_id"},
		{`{"country":"ID","email":"a@b.id","profile":{"hamil":true}}`, "hamil", "sensitive.health"},
		{`{"country":"TH","email":"a@b.th","tags":{"รักร่วมเพศ":true}}`, "รักร่วมเพศ", "sensitive.sexual_orientation"},
		{`{"country":"IL","email":"a@b.il","tags":{"יהודי":true}}`, "יהודי", "sensitive.religion"},
		{`{"country":"DE","email":"a@b.de","scores":{"Zbigniew_Kowalczyk":7}}`, "Zbigniew", "identity.user_id"},
		// Red team, round 7: keys in disguise.
		{`{"country":"DE","email":"a@b.de","prefs":{"Ｉｖａｎ Ｐｅｔｒｏｖ":true}}`, "Ｉｖａｎ", "identity.name"},
		{`{"country":"DE","email":"a@b.de","prefs":{"ivan＠mail.ru":true}}`, "ivan＠mail.ru", "contact.email"},
		{`{"country":"DE","email":"a@b.de","prefs":{"Ivаn Petrоv":true}}`, "Petrоv", "identity.name"},
		// Red team 23 (F9): a surname, an initial and a year.
		{`{"country":"DE","email":"a@b.de","files":{"schmidt_a_1990":{"size":12345}}}`, "schmidt_a_1990", "meta.count"},
		{`{"country":"DE","email":"a@b.de","files":{"j.smith.2013":{"size":12345}}}`, "j.smith.2013", "meta.count"},
	}
	for _, c := range cases {
		d, recs := process(rs, classifier.Input{Value: []byte(c.event), Source: "t/0/1"})
		if d.Failed() {
			t.Fatalf("%s: failed: %s", c.event, d.Reason)
		}
		found := false
		for _, f := range d.Fields {
			if strings.Contains(f.Path, c.path) {
				t.Errorf("%s: path %s names the key", c.event, f.Path)
			}
			if f.Category == c.cat {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no field of %s", c.event, c.cat)
		}
		full := false
		for _, r := range recs {
			in := bytes.Contains(r.Value, []byte(c.path))
			switch {
			case r.Projection == "full":
				full = full || in
			case in:
				t.Errorf("%s: %s record carries the key %q: %s", c.event, r.Projection, c.path, r.Value)
			}
		}
		if !full {
			t.Errorf("%s: the full record lost the key %q", c.event, c.path)
		}
	}
}

// A credential's container keyed by a code is a credential as a member
// name (red team, round 4); its own fields in camelCase or a hash
// algorithm's name are schema (PingOne's password.forceChange).
func TestCredentialContainerKeys(t *testing.T) {
	rs := benchRuleset(t)
	for ev, want := range map[string]classifier.Reason{
		`{"country":"DE","email":"a@b.de","password":{"Zq8wTr5x":{"x":1}}}`:                     classifier.ReasonPersonalDataInKey,
		`{"country":"DE","email":"a@b.de","otp":{"834921":"sent"}}`:                             classifier.ReasonPersonalDataInKey,
		`{"country":"DE","email":"a@b.de","password":{"value":"x9!kq","forceChange":false}}`:    "",
		`{"country":"DE","email":"a@b.de","password":{"sha256":"ab12","salt":"cd","rounds":9}}`: "",
	} {
		if d := rs.Classify(classifier.Input{Value: []byte(ev)}); d.Reason != want {
			t.Errorf("%s: reason %q (%s), want %q", ev, d.Reason, d.Detail, want)
		}
	}
}

// A date as a member name is a map's bucket, schema kept as it is; a
// credential as a member name can leave in no record, so the event goes to
// quarantine.
func TestKeysBySchemaShape(t *testing.T) {
	rs := benchRuleset(t)
	d := rs.Classify(classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","logins":{"2024-01-02":5}}`)})
	if d.Failed() || field(d, "/logins/2024-01-02") == nil {
		t.Errorf("a date key: %s %v, want the path kept", d.Reason, d.Fields)
	}
	d = rs.Classify(classifier.Input{Value: []byte(`{"country":"DE","x":{"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U":1}}`)})
	if d.Reason != classifier.ReasonPersonalDataInKey {
		t.Errorf("a JWT as a key: reason %q, want %s", d.Reason, classifier.ReasonPersonalDataInKey)
	}
}

// TestNameInsideNonPersonalText: a person's name with other words beside
// it, under a name a rule calls non-personal, is personal (it reached the
// pseudonymized record in clear before: personName only matched a value
// that was a name as a whole).
func TestNameInsideNonPersonalText(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		ev       string
		path     string
		personal bool
	}{
		{`{"event_id":"n1","country":"DE","campaign":{"name":"Olga Smirnova 1990"}}`, "/campaign/name", true},
		{`{"event_id":"n2","country":"DE","campaign":{"name":"Call Ivan Petrov tomorrow"}}`, "/campaign/name", true},
		{`{"event_id":"n3","country":"DE","campaign":{"name":"Spring Sale 2024"}}`, "/campaign/name", false},
		{`{"event_id":"n4","country":"DE","campaign":{"name":"winter_sale_2022"}}`, "/campaign/name", false},
		// Past 4 KB of text a name was no longer looked for (red team, round 3).
		{`{"event_id":"n5","country":"DE","campaign":{"name":"` + strings.Repeat("lorem ipsum ", 400) + `Anna Schmidt"}}`, "/campaign/name", true},
	} {
		d := rs.Classify(classifier.Input{Value: []byte(tc.ev)})
		f := field(d, tc.path)
		if f == nil {
			t.Fatalf("%s: no field %s", tc.ev, tc.path)
		}
		if f.Personal != tc.personal {
			t.Errorf("%s: %s personal=%v (%s by %s), want %v", tc.ev, tc.path, f.Personal, f.Category, f.DetectedBy, tc.personal)
		}
	}
}

// A quarantine's detail names paths the way decisions do: a member name
// that is data (keys.go) goes by its token, never by itself, whichever
// failure names the path.
func TestFailureDetailHidesDataKeys(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct{ event, key string }{
		// invalid_field_type under a data key
		{`{"country":"DE","email":"a@b.de","friends":{"Ivan Petrov":{"email":42}}}`, "Ivan Petrov"},
		{`{"country":"DE","email":"a@b.de","conditions":{"diabetes":{"email":42}}}`, "diabetes"},
		// personal_data_in_key whose parent is a data key
		{`{"country":"DE","email":"a@b.de","friends":{"Ivan Petrov":{"Bearer abcdefghijklmnopqrstuvwxyz012345":true}}}`, "Ivan Petrov"},
		// unrecognised citizenship under a data key
		{`{"email":"a@b.de","friends":{"Ivan Petrov":{"citizenship":"Atlantis"}}}`, "Ivan Petrov"},
		// Red team, round 8 (F6): keys nothing recognises, under a
		// container nothing names as a map of people.
		{`{"user":{"country":"DE","gift_recipients":{"Greta Weber":{"email":5}}}}`, "Greta Weber"},
		{`{"user":{"country":"TR","profile":{"şeker hastalığı":{"email":5}}}}`, "şeker"},
	}
	for _, c := range cases {
		d, recs := process(rs, classifier.Input{Value: []byte(c.event), Source: "t/0/1"})
		if !d.Failed() {
			t.Errorf("%s: not quarantined", c.event)
			continue
		}
		if strings.Contains(d.Detail, c.key) {
			t.Errorf("%s: %s detail quotes the key %q: %s", c.event, d.Reason, c.key, d.Detail)
		}
		for _, r := range recs {
			if r.Projection == "quarantine" {
				continue
			}
			if bytes.Contains(r.Value, []byte(c.key)) {
				t.Errorf("%s: %s record carries the key %q", c.event, r.Projection, c.key)
			}
		}
	}
}

// TestQuarantineDropsCredentials: a quarantined event is kept as received
// for replay, but without the credentials the classifier found, whichever
// stage failed (a password reached the quarantine topic before).
func TestQuarantineDropsCredentials(t *testing.T) {
	rs := benchRuleset(t)
	for _, ev := range []string{
		// no jurisdiction: classified by name and by value
		`{"email":"a@b.de","password":"hunter2hunter2","note":"Bearer abcdefghijklmnopqrstuvwxyz012345"}`,
		// the walk failed before it reached them
		`{"country":"DE","email":42,"password":"hunter2hunter2","x":{"session":"Bearer abcdefghijklmnopqrstuvwxyz012345"}}`,
		// the parser refused the event: read lexically
		`{"email":"a@b.de","country":"DE","country":"AT","password":"hunter2hunter2"}`,
		`{"email":"a@b.de","country":"DE","country":"AT","user":{"pw":{"v":"hunter2hunter2"},"secret_question":{"q":"pet?","answer":"hunter2 dog"}},"h":["Bearer abcdefghijklmnopqrstuvwxyz012345"]}`,
		`{"email":"a@b.de","kennwort":"hunter2hunter2","n":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}`,
		`{"email":"a@b.de","\u0070assword":"hunter2hunter2", broken`,
		// red team, round 4: a credential's container keyed by the
		// secret, a pair as a member name
		`{"email":"a@b.de","country":"DE","password":{"hunter2X9":{"citizenship":"Narnia"}}}`,
		`{"email":"a@b.de","country":"DE","cfg":{"pw=hunter2pass":1}}`,
		// after the member the walk failed at: credentials in text, by
		// structure, in a JSON string (red team, round 3)
		`{"country":"DE","email":5,"note":"curl -H 'Authorization: Basic aHVudGVyMmh1bnRlcjI6eA==' https://x","body":"username=anna&password=hunter2pass","raw":"{\"password\":\"hunter2pass\"}"}`,
		`{"country":"DE","email":5,"ops":[{"op":"add","path":"/password","value":"hunter2pass"}],"f":[{"value":"hunter2pass","id":"password"}],"attrs":[{"Name":"password","Value":"hunter2pass"}]}`,
		`{"country":"DE","citizenship":"Narnia","email":"a@b.de","rows":[["login","password"],["anna","hunter2pass"],["olga",["hunter2x"]]]}`,
		// the parser refused it: the same structures, read lexically
		`{"country":"DE","country":"DE","email":"a@b.de","ops":[{"op":"add","path":"/password","value":"hunter2pass"}],"rows":[["login","password"],["anna","hunter2pass"]],"f":[{"id":"password","value":"hunter2pass"}]}`,
		// no jurisdiction: an OAuth code beside its state (Sign in with Apple's form_post)
		`{"email":"a@b.de","form_post":{"state":"EaiAO3HJNEx0e6LQNaShlY8R","code":"c65b63d0db43231e689d3dhunter2.0.sljt.X1tO76EmI3rTdEVj9fW9Zb"}}`,
	} {
		d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if !d.Failed() {
			t.Fatalf("%s: not quarantined", ev)
		}
		for _, r := range recs {
			if r.Projection != "quarantine" {
				continue
			}
			if bytes.Contains(r.Value, []byte("hunter2")) || bytes.Contains(r.Value, []byte("Bearer")) {
				t.Errorf("%s: quarantine record holds a credential: %s", ev, r.Value)
			}
			if !bytes.Contains(r.Value, []byte(`"email"`)) {
				t.Errorf("%s: quarantine record lost the rest of the event: %s", ev, r.Value)
			}
		}
	}
}

// A boolean under a personal field's name is a switch, not a broken
// field: whole events were quarantined for a notification preference.
// Other wrong types still are.
func TestSwitchUnderPersonalName(t *testing.T) {
	rs := benchRuleset(t)
	for _, tc := range []struct {
		event  string
		reason classifier.Reason
	}{
		{`{"country":"DE","email":"a@b.de","notifications":{"email":true,"sms":false}}`, ""},
		{`{"country":"DE","email":"a@b.de","log":{"mobile":true}}`, ""},
		{`{"country":"DE","email":42}`, classifier.ReasonInvalidFieldType},
		{`{"country":"DE","email":{"x":1},"name":["a"]}`, ""},
	} {
		d := rs.Classify(classifier.Input{Value: []byte(tc.event), IDFromValue: true})
		if d.Reason != tc.reason {
			t.Errorf("%s: reason %q (%s), want %q", tc.event, d.Reason, d.Detail, tc.reason)
		}
	}
}

// Member names that are people stay out of every record but full: a map of
// people keyed by name, a handle, a national-format phone.
func TestPeopleAsMemberNames(t *testing.T) {
	rs := benchRuleset(t)
	ev := `{"country":"DE","email":"a@b.de","children":{"Lukas":{"age":9}},"emergency_contacts":{"Пётр Смирнов":"+79161234567"},` +
		`"mentions":{"@anna_schmidt87":1},"contacts":{"89161234567":"mom"},"@type":"Person",` +
		`"addresses":{"Hauptstraße 5, 10115 Berlin":{"default":true}},"peers":{"203.0.113.77:443":1}}`
	d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
	if d.Failed() {
		t.Fatalf("failed: %s", d.ErrorText())
	}
	for _, r := range recs {
		if r.Projection == "full" {
			continue
		}
		for _, v := range []string{"Lukas", "Смирнов", "anna_schmidt87", "89161234567", "Hauptstraße", "203.0.113.77"} {
			if bytes.Contains(r.Value, []byte(v)) || bytes.Contains(r.Key, []byte(v)) {
				t.Errorf("%s record holds %q: %s", r.Projection, v, r.Value)
			}
		}
	}
}

// An input record key that is a credential does not key the full record.
func TestCredentialInputKeyIsNotReused(t *testing.T) {
	rs := benchRuleset(t)
	jwt := "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.Zq7secretXw9abcdefghij"
	for _, key := range []string{jwt, "sk_live_51HqLyjWDarjtT1zdp7dcXYZ012345678",
		// red team, round 3: cookies, form pairs, URIs, a login and its
		// password, session ids and bare session tokens
		"PHPSESSID=Zm9vYmFyYmF6cXV4MTIzNDU2", "refresh_token=Zm9vYmFyYmF6cXV4MTIzNDU2", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP",
		"sess_Zm9vYmFyYmF6cXV4MTIzNDU2", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdo", "anna:hunter2pass",
		// red team, round 6: a special-category term, a short random
		// token, an e-mail address and a phone as the input's key
		"muslim-signup-42", "Zq8wTr5xLmQp", "anna@example.de", "+4915112345678",
		// round 6, open until session 11: a random token of 21 to 31
		// characters (an API key's or a generated password's length)
		"aB3dE5fG7hJ9kL1mN3pQ5rS", "Xk29Lmq8Rt0Vz7Nw3Yb5Cd1Fg6Hj4",
		// round 8: a password a person chose, an e-mail address in base64
		"Hunter2Pass!", "dGVzdEBleGFtcGxlLmNvbQ",
	} {
		_, recs := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","user_id":"u-42"}`), Key: []byte(key), Source: "t/0/1"})
		for _, r := range recs {
			if bytes.Contains(r.Key, []byte(key)) {
				t.Errorf("%s record keyed by the input's credential key %q", r.Projection, key)
			}
		}
	}
	// A subject key field shaped like a login and its password keys
	// nothing either.
	_, recs := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","user_id":"anna:Zq8wTr5x!"}`), Source: "t/0/1"})
	for _, r := range recs {
		if bytes.Contains(r.Key, []byte("Zq8wTr5x")) {
			t.Errorf("%s record keyed by a user_id holding a password: %s", r.Projection, r.Key)
		}
	}
	// Nor does a user_id that reads as a chosen password or holds a
	// special-category term (red team, round 8: F8).
	for _, uid := range []string{"Passw0rd!", "muslim-42"} {
		_, recs := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de","user_id":"` + uid + `"}`), Source: "t/0/1"})
		for _, r := range recs {
			if string(r.Key) == uid {
				t.Errorf("%s record keyed by the user_id %q", r.Projection, uid)
			}
		}
	}
	// Ids keep keying the full record: the producer's order is the
	// subject's.
	for _, key := range []string{"u-42", "user:123", "6d92078a-8246-4ba4-ae5b-76104861e7dc", "cus_NffrFeUfNV2Hib", "auth0|5f7c8ec7c33c6c004bbafe82", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"} {
		_, recs := process(rs, classifier.Input{Value: []byte(`{"country":"DE","email":"a@b.de"}`), Key: []byte(key), Source: "t/0/1"})
		for _, r := range recs {
			if r.Projection == "full" && string(r.Key) != key {
				t.Errorf("full record keyed %q, want the input's id key %q", r.Key, key)
			}
		}
	}
}

// A one-time code leaves no record, the quarantine's included: an event
// quarantined for want of evidence still reads it (credentialPass).
func TestOneTimeCodeLeavesNoQuarantine(t *testing.T) {
	rs := benchRuleset(t)
	_, recs := process(rs, classifier.Input{Value: []byte(`{"request":{"url":"https://verify.twilio.com/v2/Services/VA28/VerificationCheck","form":{"VerificationSid":"VEefa3","Code":"963157"}}}`), Source: "t/0/1"})
	if len(recs) == 0 {
		t.Fatal("no records")
	}
	for _, r := range recs {
		if bytes.Contains(r.Value, []byte("963157")) {
			t.Errorf("%s record holds the one-time code: %s", r.Projection, r.Value)
		}
	}
}

// Review of session 11: a condition as a switch in a map of conditions,
// and a camelCase login in a map of followers, are data: neither leaves
// a non-full record or the audit in clear.
func TestSwitchesAndCamelLoginsAreData(t *testing.T) {
	rs := benchRuleset(t)
	for _, key := range []string{"type2Diabetes", "mikeJones"} {
		ev := `{"country":"DE","email":"a@b.de","conditions":{"type2Diabetes":true},"followers":{"mikeJones":true}}`
		_, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		for _, r := range recs {
			if r.Projection != "full" && (bytes.Contains(r.Value, []byte(key)) || bytes.Contains(r.Key, []byte(key))) {
				t.Errorf("%s record holds %q: %s", r.Projection, key, r.Value)
			}
		}
	}
}

// A map of sessions keyed by their ids quarantines the event, and the
// quarantine record names no session (red team, round 8: F4).
func TestSessionKeysLeaveNoRecord(t *testing.T) {
	rs := benchRuleset(t)
	for _, ev := range []string{
		`{"user":{"country":"DE"},"sessions":{"Zk3Jq9XwP2mL7vN4tR8yB1cD5fG0hK6s":{"last_seen":"2026-11-30T10:00:00Z"}}}`,
		`{"user":{"country":"DE"},"sessions":{"s%3AJ8kF2mQx9vLp3RtY7wZb1NcA4dE6gH0i.X8f2kL9mN3pQ7rT1vW5yZ0aB4cD6eF8gH2jK4lM6nP8":{"ip_country":"DE"}}}`,
	} {
		d, recs := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
		if d.Reason != classifier.ReasonPersonalDataInKey {
			t.Errorf("%s: reason %q, want %q", ev, d.Reason, classifier.ReasonPersonalDataInKey)
		}
		for _, r := range recs {
			if bytes.Contains(r.Value, []byte("Zk3Jq9")) || bytes.Contains(r.Value, []byte("J8kF2mQx")) {
				t.Errorf("%s: %s record carries the session id: %s", ev, r.Projection, r.Value)
			}
		}
	}
}
