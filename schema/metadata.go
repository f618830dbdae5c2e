package schema

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
)

// The key/value metadata keys of both files. A notebook reads them with
// DuckDB's parquet_kv_metadata() or pyarrow's schema.metadata.
const (
	// KeySchemaVersion holds Version; the Writer sets it.
	KeySchemaVersion = "unionfacts.schema_version"
	// KeyRunID is shared by the two files of one run, so that a reader can
	// check that they belong together; the Writer sets it.
	KeyRunID = "unionfacts.run_id"
	// KeyToolVersion is the unionfacts build that wrote the files.
	KeyToolVersion = "unionfacts.version"
	// KeyRulesHash identifies the classifier rules the facts came from.
	KeyRulesHash = "unionfacts.rules_hash"
	// KeyArgs holds the run's command-line arguments.
	KeyArgs = "unionfacts.args"
)

// Metadata is the key/value metadata the caller adds to both files. It must
// name the tool version and the rules' hash, so that every file says what
// produced it; RunMetadata builds it.
type Metadata map[string]string

// RunMetadata builds the metadata of one run. The arguments are stored as a
// JSON array, so that an argument holding a space survives the trip.
func RunMetadata(toolVersion, rulesHash string, args []string) Metadata {
	if args == nil {
		args = []string{}
	}
	encoded, _ := json.Marshal(args) // a []string always marshals
	return Metadata{KeyToolVersion: toolVersion, KeyRulesHash: rulesHash, KeyArgs: string(encoded)}
}

// check rejects metadata that would leave a file unable to say what
// produced it, or that tries to set a key the Writer owns.
func (m Metadata) check() error {
	for _, k := range []string{KeyToolVersion, KeyRulesHash} {
		if m[k] == "" {
			return fmt.Errorf("metadata lacks %s", k)
		}
	}
	for _, k := range []string{KeySchemaVersion, KeyRunID} {
		if _, ok := m[k]; ok {
			return fmt.Errorf("metadata key %s is set by the writer", k)
		}
	}
	return nil
}

// NewRunID returns a random id for the files of one run. A Writer makes its
// own; a run written in parts (Stream) gives every part the same one.
func NewRunID() string { return rand.Text() }
