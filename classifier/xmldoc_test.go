package classifier

import "testing"

func TestXMLDocument(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		ok             bool
	}{
		{
			name: "elements, attributes and repeated elements",
			in:   `<?xml version="1.0"?><customer id="7"><email>a@b.de</email><phone>1</phone><phone>2</phone></customer>`,
			want: `{"customer":{"email":"a@b.de","id":"7","phone":["1","2"]}}`,
			ok:   true,
		},
		{
			name: "SAML attributes by OID and by URI",
			in:   `<saml:AttributeStatement xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Attribute Name="urn:oid:1.3.6.1.5.5.7.9.4"><saml:AttributeValue>RU</saml:AttributeValue></saml:Attribute><saml:Attribute Name="http://eidas.europa.eu/attributes/naturalperson/DateOfBirth"><saml:AttributeValue>2013-05-06</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>`,
			want: `{"AttributeStatement":{"DateOfBirth":"2013-05-06","countryOfCitizenship":"RU"}}`,
			ok:   true,
		},
		{
			name: "text beside elements is the element's value",
			in:   `<note lang="de">Hallo <b>Anna</b></note>`,
			want: `{"note":{"b":"Anna","lang":"de","value":"Hallo"}}`,
			ok:   true,
		},
		{
			// BankID's signature: the seal is not read, the signed
			// data in its Object is (the personal number, the name).
			name: "an enveloping XML-DSig signature's Object",
			in:   `<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><SignatureMethod Algorithm="rsa-sha256"></SignatureMethod></SignedInfo><SignatureValue>9gUFP0N/+XkDn1KuxEYOPG4q</SignatureValue><KeyInfo><X509Data><X509Certificate>zDhHecjHHytSOp5RJHVd</X509Certificate></X509Data></KeyInfo><Object><bankIdSignedData xmlns="http://www.bankid.com/signature/v1.0.0/types"><userInfo><personalNumber>201212106320</personalNumber><name>Astrid Karlsson</name></userInfo></bankIdSignedData></Object></Signature>`,
			want: `{"Signature":{"Object":{"bankIdSignedData":{"userInfo":{"name":"Astrid Karlsson","personalNumber":"201212106320"}}}}}`,
			ok:   true,
		},
		{name: "empty elements only", in: `<a><b></b><c/></a>`, ok: false},
		{name: "a heart, not a document", in: `<3 you so much`, ok: false},
		{name: "two roots", in: `<a>x</a><b>y</b>`, ok: false},
		{name: "unclosed", in: `<a><b>x</b>`, ok: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := xmlDocument(tc.in)
			if ok != tc.ok || got != tc.want {
				t.Fatalf("xmlDocument = %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestXMLTextBase64(t *testing.T) {
	// "<r><mail>a@b.de</mail></r>" in base64, as a SAMLResponse travels.
	got, ok := xmlText("PHI+PG1haWw+YUBiLmRlPC9tYWlsPjwvcj4=")
	if want := `{"r":{"mail":"a@b.de"}}`; !ok || got != want {
		t.Fatalf("xmlText = %q, %v; want %q", got, ok, want)
	}
	for _, v := range []string{"Plain text that is not base64.", "PaymentIntentSucceeded"} {
		if _, ok := xmlText(v); ok {
			t.Fatalf("%q read as a document", v)
		}
	}
}

func FuzzXMLDocument(f *testing.F) {
	f.Add(`<a x="1"><b>t</b><b>u</b></a>`)
	f.Add(`<Attribute Name="urn:oid:2.5.4.42"><AttributeValue>Anna</AttributeValue></Attribute>`)
	f.Fuzz(func(t *testing.T, v string) {
		xmlText(v) // must not panic on any input
	})
}
