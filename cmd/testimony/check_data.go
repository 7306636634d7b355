package main

import (
	"filippo.io/age"
	"github.com/testimony-archive/testimony/archive"
	"github.com/urfave/cli/v2"
)

// readDataFlags reads --read-data and its optional -i; -i alone is a usage error.
func readDataFlags(c *cli.Context) (bool, []age.Identity, error) {
	readData := c.Bool("read-data")
	if c.String("identity") == "" {
		return readData, nil, nil
	}
	if !readData {
		return false, nil, usagef("%s: -i is only used with --read-data", cmdName(c))
	}
	ids, err := identities(c)
	return true, ids, err
}

// addDataProblems runs archive.ReadData and appends its problems to rep.
func addDataProblems(a *archive.Archive, ids []age.Identity, rep *archive.CheckReport) error {
	data, err := a.ReadData(ids)
	if data != nil {
		rep.Problems = append(rep.Problems, data.Problems...)
	}
	return err
}

// dataOK is what the ok line adds when the data was read.
func dataOK(readData bool, ids []age.Identity) string {
	switch {
	case !readData:
		return ""
	case len(ids) == 0:
		return "; every encrypted file matches the audit log"
	}
	return "; every encrypted file matches the audit log and decrypts"
}
