package service

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/residency-labs/signup-classifier/classifier"
	"github.com/residency-labs/signup-classifier/configs"
	"github.com/residency-labs/signup-classifier/record"
	"github.com/residency-labs/signup-classifier/settings"
)

// The summaries the live page shows carry no value of the event, and the
// ring stays bounded and newest first.
func TestRecentHoldsNoValues(t *testing.T) {
	cfg, err := settings.Load("", nil)
	if err != nil {
		t.Fatal(err)
	}
	rs, _, err := classifier.LoadFS(configs.Rules(), cfg.ClassifierConfig([]byte("recent-test-key-0123456789")))
	if err != nil {
		t.Fatal(err)
	}
	secrets := []string{"ivan.petrov@example.ru", "+79161234567", "Ivan", "Petrov", "Moscow", "4276123456789012"}
	ev := `{"user_id":"u-8812","email":"ivan.petrov@example.ru","phone":"+79161234567","name":{"first":"Ivan","last":"Petrov"},` +
		`"address":{"city":"Moscow","country":"RU"},"card":"4276123456789012","bio":"call Ivan at +79161234567"}`
	rec := NewRecent(3, 0)
	for i := range 5 {
		d := rs.Classify(classifier.Input{Value: []byte(ev)})
		rec.offer(d, &record.Input{Topic: "signups", Partition: 1, Offset: int64(i), Value: []byte(ev)})
		time.Sleep(time.Millisecond)
	}
	got := rec.Latest()
	if len(got) != 3 || got[0].Offset != 4 || got[2].Offset != 2 {
		t.Fatalf("ring: %d summaries, offsets %v", len(got), got)
	}
	b, _ := json.Marshal(got)
	for _, s := range secrets {
		if strings.Contains(string(b), s) {
			t.Errorf("summary holds a value (%d chars)", len(s))
		}
	}
	if got[0].FieldCount == 0 || got[0].Personal == 0 || len(got[0].Routes) == 0 {
		t.Errorf("summary is empty: %s", b)
	}
}
