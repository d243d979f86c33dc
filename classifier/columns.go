package classifier

import "github.com/residency-labs/signup-classifier/classifier/event"

// Query results sent as rows of cells carry their column names once, in a
// header beside the rows: BigQuery's tabledata.list and getQueryResults
// ({"schema": {"fields": [{"name": "email"}, …]}, "rows": [{"f": [{"v":
// …}, …]}]}) and Snowflake's SQL API ({"resultSetMetaData": {"rowType":
// [{"name": "EMAIL"}, …]}, "data": [[…, …]]}). columnPass gives each cell
// what its column's name says, as if the row were an object: a password
// column's cells are credentials, a citizenship column's are evidence.
// It runs before the jurisdiction is decided.
func (rs *Ruleset) columnPass(s *scratch) {
	nodes := s.doc.Nodes
	var leafAt []int32
	for o := range nodes {
		if nodes[o].Kind != event.Object {
			continue
		}
		var header, rows int32 = -1, -1
		bigQuery := false
		for c := nodes[o].First; c >= 0; c = nodes[c].Next {
			switch n := &nodes[c]; {
			case n.Key == "schema" && n.Kind == event.Object:
				if f := memberNode(&s.doc, c, "fields"); f >= 0 && nodes[f].Kind == event.Array {
					header = f
				}
			case n.Key == "resultSetMetaData" && n.Kind == event.Object:
				if f := memberNode(&s.doc, c, "rowType"); f >= 0 && nodes[f].Kind == event.Array {
					header = f
				}
			case n.Key == "rows" && n.Kind == event.Array:
				rows, bigQuery = c, true
			case n.Key == "data" && n.Kind == event.Array:
				rows = c
			}
		}
		if header < 0 || rows < 0 {
			continue
		}
		var cols [64]int
		ncols := 0
		for f := nodes[header].First; f >= 0 && ncols < len(cols); f = nodes[f].Next {
			cat := -1
			if name := member(&s.doc, f, "name"); name != "" {
				cat, _ = rs.nameCategory(name)
				if leafAt == nil {
					leafAt = s.leafIndex()
				}
				if k := leafAt[memberNode(&s.doc, f, "name")]; k >= 0 && (s.leaves[k].cat < 0 || !rs.cats[s.leaves[k].cat].credential) && rs.idType >= 0 {
					// The column's name is the schema's label, not a
					// person's name.
					s.leaves[k].cat, s.leaves[k].by, s.leaves[k].weak = rs.idType, byName, true
				}
			}
			cols[ncols] = cat
			ncols++
		}
		for r := nodes[rows].First; r >= 0; r = nodes[r].Next {
			cells := r
			if bigQuery {
				cells = memberNode(&s.doc, r, "f")
			}
			if cells < 0 || nodes[cells].Kind != event.Array {
				continue
			}
			for c := nodes[cells].First; c >= 0; c = nodes[c].Next {
				i := int(nodes[c].Index)
				if i >= ncols || cols[i] < 0 {
					continue
				}
				cell := c
				if bigQuery {
					cell = memberNode(&s.doc, c, "v")
				}
				if cell < 0 || nodes[cell].Kind >= event.Object {
					continue
				}
				if leafAt == nil {
					leafAt = s.leafIndex()
				}
				k := leafAt[cell]
				if k < 0 {
					continue
				}
				l := &s.leaves[k]
				if l.cat >= 0 && (rs.cats[l.cat].credential || rs.cats[l.cat].special) {
					continue
				}
				cat := cols[i]
				l.cat, l.by, l.weak, l.ctx = cat, byName, false, true
				if base := rs.cats[cat].evidence; base >= 0 && nodes[cell].Kind == event.String {
					rs.evidenceOf(s, base, cell, true)
				}
			}
		}
	}
}

// memberNode is the node of object i's member named key, or -1.
func memberNode(doc *event.Doc, i int32, key string) int32 {
	if i < 0 || doc.Nodes[i].Kind != event.Object {
		return -1
	}
	for c := doc.Nodes[i].First; c >= 0; c = doc.Nodes[c].Next {
		if doc.Nodes[c].Key == key {
			return c
		}
	}
	return -1
}
