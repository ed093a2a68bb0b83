package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/iml/iml/dataset/crm"
	"github.com/iml/iml/modelrepo"
)

// EraseReport says what an erasure removed and which registered artifacts were built from the
// subject's data. Those dataset and model versions stay registered (their objects are immutable and
// hold pseudonyms only); the next pipeline run builds a dataset without the subject and retrains.
type EraseReport struct {
	Subject  string   `json:"subject"` // the keyed pseudonym, never the identifier
	Records  int      `json:"records"`
	Deleted  int      `json:"deleted"`
	Datasets []string `json:"datasets"`
	Models   []string `json:"models"`
}

// Erase removes every staged record of the data subject identified by value (a phone, e-mail or INN,
// as the client record holds it): the clients carrying that identifier, and their deals and
// communications. It leaves tombstones so later pulls skip them, and audits the erasure.
func Erase(ctx context.Context, reg *modelrepo.Registry, subjectID func(string) string, value, actor string) (EraseReport, error) {
	value = strings.TrimSpace(value)
	if value == "" {
		return EraseReport{}, fmt.Errorf("erase: empty identifier")
	}
	rep := EraseReport{Subject: subjectID(value)}
	clients := map[string]bool{} // "system\x00client id"
	var keys []modelrepo.RecordKey
	err := reg.Staged(ctx, string(crm.KindClient), func(sr modelrepo.StagedRecord) error {
		var rec crm.Record
		if json.Unmarshal(sr.Body, &rec) != nil || rec.Client == nil {
			return nil
		}
		for _, v := range rec.Client.Identifiers() {
			if subjectID(v) == rep.Subject {
				clients[sr.System+"\x00"+sr.SourceID] = true
				keys = append(keys, modelrepo.RecordKey{System: sr.System, SourceID: sr.SourceID, Kind: sr.Kind})
				break
			}
		}
		return nil
	})
	if err != nil {
		return rep, fmt.Errorf("erase: read clients: %w", err)
	}
	if len(clients) > 0 {
		err = reg.Staged(ctx, "", func(sr modelrepo.StagedRecord) error {
			if sr.Kind == string(crm.KindClient) {
				return nil
			}
			var rec crm.Record
			if json.Unmarshal(sr.Body, &rec) != nil {
				return nil
			}
			clientID := ""
			switch {
			case rec.Communication != nil:
				clientID = rec.Communication.ClientID
			case rec.Deal != nil:
				clientID = rec.Deal.ClientID
			}
			if clientID != "" && clients[sr.System+"\x00"+clientID] {
				keys = append(keys, modelrepo.RecordKey{System: sr.System, SourceID: sr.SourceID, Kind: sr.Kind})
			}
			return nil
		})
		if err != nil {
			return rep, fmt.Errorf("erase: read records: %w", err)
		}
	}
	rep.Records = len(keys)
	if rep.Deleted, err = reg.EraseSubject(ctx, rep.Subject, actor, keys); err != nil {
		return rep, err
	}
	dss, err := reg.SubjectDatasets(ctx, rep.Subject)
	if err != nil {
		return rep, err
	}
	for _, d := range dss {
		rep.Datasets = append(rep.Datasets, d.ID)
	}
	models, err := reg.SubjectModels(ctx, rep.Subject)
	if err != nil {
		return rep, err
	}
	for _, m := range models {
		rep.Models = append(rep.Models, m.ID)
	}
	return rep, nil
}
