package classifier_test

import (
	"testing"

	"github.com/residency-labs/signup-classifier/classifier"
)

// TestMetadataRule: members no category claims, named in technical words
// only and holding a flag, a number or a code, are meta.technical (each
// was unknown, personal by default, before the rule); a person's data
// under such a name, an actor's name, or a word a person wrote stays
// personal.
func TestMetadataRule(t *testing.T) {
	rs := benchRuleset(t)
	cases := []struct {
		name, event, path, cat, by string
	}{
		// envelope and settings members of real APIs
		{"camelCase flag", `{"canAuthenticate":true}`, "/canAuthenticate", "meta.technical", "name"},
		{"a header's length", `{"headers":{"Content-Length":"512"}}`, "/headers/Content-Length", "meta.technical", "name"},
		{"an X- header's code", `{"headers":{"X-Reference-Id":"ref-123-abc"}}`, "/headers/X-Reference-Id", "meta.technical", "name"},
		{"an express delivery switch", `{"express_delivery":true}`, "/express_delivery", "meta.technical", "name"},
		{"a baby's length stays personal", `{"length_cm":52}`, "/length_cm", "unknown", "default"},
		{"an IP under an X- header stays an IP", `{"headers":{"X-Forwarded-For":"203.0.113.7"}}`, "/headers/X-Forwarded-For", "online.ip", "name"},
		{"camelCase flag 2", `{"asyncProcessing":false}`, "/asyncProcessing", "meta.technical", "name"},
		{"three words", `{"createNewFields":true}`, "/createNewFields", "meta.technical", "name"},
		{"three words 2", `{"mergeNestedObjects":false}`, "/mergeNestedObjects", "meta.technical", "name"},
		{"snake_case permission", `{"view_all_tickets":true}`, "/view_all_tickets", "meta.technical", "name"},
		{"a counter", `{"open_deals_count":4}`, "/open_deals_count", "meta.technical", "name"},
		{"a visibility code", `{"visible_to":"3"}`, "/visible_to", "meta.technical", "name"},
		{"money words are never metadata: a tax exemption is the customer's", `{"tax_exempt":"none"}`, "/tax_exempt", "unknown", "default"},
		{"an amount is what the person paid", `{"amount_total":4999}`, "/amount_total", "unknown", "default"},
		{"an enum", `{"ticket_restriction":"requested"}`, "/ticket_restriction", "meta.technical", "name"},
		{"snake code", `{"method_detail":"double_opt_in"}`, "/method_detail", "meta.technical", "name"},
		{"an etag", `{"etag":"33a64df551425fcc55e4d42a148795d9f25f89d4"}`, "/etag", "meta.technical", "name"},
		{"a media type", `{"schemaRef":{"contentType":"application/json"}}`, "/schemaRef/contentType", "meta.technical", "name"},
		{"a dataset id", `{"datasetId":"ds_8f2k"}`, "/datasetId", "meta.technical", "name"},
		{"a webhook id", `{"webhook_id":"wh_42"}`, "/webhook_id", "meta.technical", "name"},
		{"a generic id in a metadata container", `{"population":{"id":17}}`, "/population/id", "meta.technical", "name"},
		{"an array of codes", `{"scopes":["read","write"]}`, "/scopes/0", "meta.technical", "name"},
		{"a null", `{"retry_after":null}`, "/retry_after", "meta.technical", "name"},
		{"OData annotation", `{"@odata.etag":"W-123"}`, "/@odata.etag", "meta.technical", "name"},
		{"a path", `{"api_path":"/v1/tickets"}`, "/api_path", "meta.technical", "name"},
		// stays personal
		{"an owner", `{"owner":"ivan"}`, "/owner", "identity.user_id", "name"},
		{"created by", `{"created_by":"olga.s"}`, "/created_by", "unknown", "default"},
		{"a nickname", `{"nickname":"kitty"}`, "/nickname", "identity.name", "name"},
		{"a name under a status", `{"status":"Ivan Petrov"}`, "/status", "identity.name", "value"},
		{"health text under a flag", `{"flag":"I have diabetes"}`, "/flag", "sensitive.health", "text"},
		{"an e-mail under a metadata name", `{"visible_to":"ivan@example.com"}`, "/visible_to", "contact.email", "value"},
		{"a salary", `{"salary":50000}`, "/salary", "financial.income", "name"},
		{"an HIV flag (its name is data: any path)", `{"hiv":true}`, "*", "sensitive.health", "name"},
		{"notes", `{"notes":"x"}`, "/notes", "text.free", "name"},
		{"title case under a metadata name", `{"update_mode":"Requested"}`, "/update_mode", "unknown", "default"},
		{"a given name in a code", `{"update_mode":"olga.s"}`, "/update_mode", "unknown", "default"},
		{"free text under a metadata name", `{"update_mode":"please call me after six, thanks"}`, "/update_mode", "unknown", "default"},
		{"a long token", `{"update_mode":"` + long + `"}`, "/update_mode", "unknown", "default"},
		{"a whole URL", `{"api_ref":"https://api.example.com/v1/people/4821"}`, "/api_ref", "unknown", "default"},
		{"a card number as a number", `{"ref":4111111111111111}`, "/ref", "unknown", "default"},
		{"a word not in the list", `{"trans_pending":3}`, "/trans_pending", "unknown", "default"},
		{"a never word", `{"service_name":"x"}`, "/service_name", "unknown", "default"},
		{"only short words", `{"to":"42"}`, "/to", "unknown", "default"},
		{"a secret's hint takes flags only", `{"authorize":"482913"}`, "/authorize", "unknown", "default"},
		{"a generic id of a person's container", `{"assignee":{"id":"4821"}}`, "/assignee/id", "unknown", "default"},
		{"a generic id without a container", `{"data":{"id":"4821"}}`, "/data/id", "unknown", "default"},
		// A handle someone chose, or a record's own id, under technical words.
		{"a handle under a metadata name", `{"ref":"jsmith"}`, "/ref", "unknown", "default"},
		{"a handle with its number", `{"update_mode":"id48213"}`, "/update_mode", "unknown", "default"},
		{"the id of a record in a response", `{"response":[{"id":48213377}]}`, "/response/0/id", "unknown", "default"},
		{"the id of a result", `{"results":{"id":48213377}}`, "/results/id", "unknown", "default"},
		{"an id that is the person's elsewhere", `{"webhook_id":"cus_8Hk2Jd9sLq","customer_id":"cus_8Hk2Jd9sLq"}`, "/webhook_id", "identity.user_id", "value"},
		{"an assessment of the person", `{"risk":{"level":"high"}}`, "/risk/level", "unknown", "default"},
		{"a profile of the person's habits", `{"stats":{"avg_open_rate":0.4}}`, "/stats/avg_open_rate", "unknown", "default"},
		{"a person's money", `{"balance":-1200}`, "/balance", "unknown", "default"},
		{"under a container a category names", `{"user":{"open_tickets_count":2}}`, "/user/open_tickets_count", "meta.technical", "name"},
		{"a random id under an enum's name stays default", `{"source":{"id":"8f2k3j4h5g6f7d8s9a0"}}`, "/source/id", "unknown", "default"},
		{"a non-English name", `{"статус_обработки":"ok"}`, "/статус_обработки", "unknown", "default"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ev := `{"country":"DE",` + c.event[1:]
			d, _ := process(rs, classifier.Input{Value: []byte(ev), Source: "t/0/1"})
			if d.Failed() {
				t.Fatalf("failed: %s %s", d.Reason, d.Detail)
			}
			f := field(d, c.path)
			for i := range d.Fields {
				if c.path == "*" && d.Fields[i].Category == c.cat {
					f = &d.Fields[i]
				}
			}
			if f == nil {
				t.Fatalf("no field %s", c.path)
			}
			if f.Category != c.cat || f.DetectedBy != c.by {
				t.Errorf("%s: got %s by %s, want %s by %s", c.path, f.Category, f.DetectedBy, c.cat, c.by)
			}
		})
	}
}

const long = "abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdefghij_abcdefghij"

// TestMetadataRecordKey: a metadata-named member never becomes the record
// key, and a subject key's generic member is never metadata.
func TestMetadataRecordKey(t *testing.T) {
	rs := benchRuleset(t)
	d, _ := process(rs, classifier.Input{Value: []byte(`{"country":"DE","user":{"id":"u_4821"},"webhook_id":"wh_42"}`), Source: "t/0/1"})
	if f := field(d, "/user/id"); f == nil || !f.Personal {
		t.Fatalf("/user/id: %+v, want personal", f)
	}
}
