package dataset

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/iml/iml/modelrepo"
)

// Publisher is the part of modelrepo.Store that Publish writes through.
type Publisher interface {
	PutFile(ctx context.Context, prefix, path string) (modelrepo.Object, error)
	PutBytes(ctx context.Context, prefix, ext string, b []byte) (modelrepo.Object, error)
}

// DatasetRegistry is the part of modelrepo.Registry that records dataset versions.
type DatasetRegistry interface {
	RegisterDataset(ctx context.Context, d modelrepo.DatasetVersion) (modelrepo.DatasetVersion, error)
}

// Publish uploads the built files and the manifest content-addressed, then registers the version.
// The registry row is written last, so a failed upload leaves nothing registered.
func Publish(ctx context.Context, store Publisher, reg DatasetRegistry, b *Built) (modelrepo.DatasetVersion, error) {
	m := &b.Manifest
	prefix := "datasets/" + m.Name
	var files []modelrepo.DatasetFile
	for i, f := range m.Files {
		obj, err := store.PutFile(ctx, prefix, f.Path)
		if err != nil {
			return modelrepo.DatasetVersion{}, fmt.Errorf("upload %s split of %s: %w", f.Role, m.Name, err)
		}
		if obj.Digest != f.Digest {
			return modelrepo.DatasetVersion{}, fmt.Errorf("upload %s split of %s: digest %s, built %s", f.Role, m.Name, obj.Digest, f.Digest)
		}
		m.Files[i].Key = obj.Key
		files = append(files, modelrepo.DatasetFile{Role: f.Role, Key: obj.Key, Digest: obj.Digest, Size: obj.Size, Records: f.Records})
	}
	body, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return modelrepo.DatasetVersion{}, fmt.Errorf("encode manifest of %s: %w", m.Name, err)
	}
	man, err := store.PutBytes(ctx, prefix+"/manifests", ".json", body)
	if err != nil {
		return modelrepo.DatasetVersion{}, fmt.Errorf("upload manifest of %s: %w", m.Name, err)
	}
	stats, _ := json.Marshal(m.Counts)
	return reg.RegisterDataset(ctx, modelrepo.DatasetVersion{
		Name: m.Name, ManifestKey: man.Key, ManifestDigest: man.Digest, SourceRunID: m.SourceRun,
		AnonymizerVersion: m.Anonymizer.Version, Records: m.Counts.Examples,
		TrainRecords: m.Counts.Train, EvalRecords: m.Counts.Eval, Stats: stats, Files: files, Subjects: m.Subjects,
	})
}
