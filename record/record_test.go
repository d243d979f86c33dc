package record

import (
	"errors"
	"testing"
)

func TestHeaderValue(t *testing.T) {
	hs := []Header{{HeaderSource, []byte("a")}, {HeaderStage, nil}, {HeaderSource, []byte("b")}}
	for _, tc := range []struct {
		key  string
		want []byte
	}{
		{HeaderSource, []byte("a")}, // the first one wins
		{HeaderStage, nil},
		{HeaderError, nil},
	} {
		if got := HeaderValue(hs, tc.key); string(got) != string(tc.want) {
			t.Errorf("HeaderValue(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
	if HeaderValue(nil, HeaderSource) != nil {
		t.Error("HeaderValue of no headers is not nil")
	}
}

func TestSizes(t *testing.T) {
	hs := []Header{{"ab", []byte("cde")}, {"f", nil}}
	for _, tc := range []struct {
		name      string
		got, want int64
	}{
		{"input", (&Input{Topic: "topic", Key: []byte("k"), Value: []byte("vv"), Headers: hs}).Size(), 1 + 2 + 6},
		{"empty input", (&Input{Topic: "topic"}).Size(), 0},
		{"output", int64((&Output{Cluster: "c", Topic: "topic", Key: []byte("k"), Value: []byte("vv"), Headers: hs}).Size()), 5 + 1 + 2 + 6},
		{"empty output", int64((&Output{}).Size()), 0},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: size %d, want %d", tc.name, tc.got, tc.want)
		}
	}
}

func TestWriteErrors(t *testing.T) {
	cause := errors.New("boom")
	errs := WriteErrors{
		{Index: 0, Topic: "a", Reason: ReasonTooLarge, Err: cause},
		{Index: 2, Topic: "a", Reason: ReasonTooLarge, Err: errors.New("second")},
		{Index: 3, Cluster: "dr", Topic: "b", Reason: ReasonUnknownTopic, Err: cause},
	}
	want := `producer: 3 outputs cannot be written; 2 to topic a: produce_too_large: boom; 1 to topic b (cluster "dr"): produce_unknown_topic: boom`
	if got := errs.Error(); got != want {
		t.Fatalf("Error() = %q\nwant %q", got, want)
	}
	if !errors.Is(errs[0], cause) {
		t.Fatal("a WriteError does not unwrap to its cause")
	}
}
