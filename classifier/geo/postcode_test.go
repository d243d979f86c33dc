package geo

import "testing"

func TestPostcodeCountry(t *testing.T) {
	for _, tc := range []struct{ in, cc string }{
		{"NR21 0HX", "GB"}, {"M20 6RL", "GB"}, {"SW1A 1AA", "GB"}, {"ec1a1bb", "GB"},
		{"JE2 3AB", "JE"}, {"GY1 1AA", "GG"}, {"IM1 1AD", "IM"},
		{"K1A 0B1", "CA"}, {"H2X1Y4", "CA"},
		{"1012 AB", "NL"}, {"3511LX", "NL"},
		{"D02 X285", "IE"}, {"D6W 1234", "IE"},
		{"C1425DKA", "AR"}, {"VLT 1117", "MT"},
		{"94105-1804", "US"}, {"01310-100", "BR"}, {"100-0005", "JP"}, {"〒150-0002", "JP"},
		{"00-950", "PL"}, {"1100-148", "PT"}, {"LV-1050", "LV"}, {"LT-01100", "LT"}, {"MD-2001", "MD"}, {"AZ1000", "AZ"},
		// Shared notations name nothing.
		{"10115", ""}, {"114 55", ""}, {"101000", ""}, {"75001", ""}, {"1012 SA", ""}, {"8001", ""},
		{"hello", ""}, {"ABCDEFG", ""},
	} {
		cc, ok := PostcodeCountry(tc.in)
		if cc != tc.cc || ok != (tc.cc != "") {
			t.Errorf("PostcodeCountry(%q) = %q %v, want %q", tc.in, cc, ok, tc.cc)
		}
	}
}
