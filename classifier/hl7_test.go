package classifier

import "testing"

func TestHL7Document(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
		ok             bool
	}{
		{
			name: "patient segment with address, citizenship and phone",
			in:   "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20261201120000||ADT^A04|1|P|2.5\rPID|1||8829331^^^HOSP^MR||Petrov^Ivan||20140601|M|||ul. Lenina 1^^Moskva^^101000^RUS^H||^PRN^PH^^7^916^1234567|||||||||||||RUS",
			want: `{"patient":{"addresses":[{"city":"Moskva","country":"RUS","postal_code":"101000","street":"ul. Lenina 1"}],"birthdate":"2014-06-01","citizenship":["RUS"],"phone":["+7 916 1234567"]}}`,
			ok:   true,
		},
		{
			name: "another field separator, LF between segments, business and birth addresses left out",
			in:   "MSH#^~\\&#A#B\nPID#1##7##Doe^Jo##19900102#F###1 Work St^^Paris^^^FRA^B~^^Lyon^^^FRA^N~2 Home St^^Berlin^^^DEU^H",
			want: `{"patient":{"addresses":[{"city":"Berlin","country":"DEU","street":"2 Home St"}],"birthdate":"1990-01-02"}}`,
			ok:   true,
		},
		{
			name: "next of kin only: nothing of the patient",
			in:   "MSH|^~\\&|A|B\rNK1|1|Wang^Li|SPO|1 Road^^Beijing^^100000^CHN^H",
			ok:   false,
		},
		{name: "not HL7", in: "MSH is a word, not a message", ok: false},
		{name: "too short", in: "MSH|^~", ok: false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := hl7Document(tc.in)
			if ok != tc.ok || got != tc.want {
				t.Fatalf("hl7Document = %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func FuzzHL7Document(f *testing.F) {
	f.Add("MSH|^~\\&|A|B\rPID|1||7||Doe^Jo||19900102|F|||2 Home St^^Berlin^^^DEU^H")
	f.Add("MSH#^#\nPID#")
	f.Fuzz(func(t *testing.T, v string) {
		hl7Document(v) // must not panic on any input
	})
}
