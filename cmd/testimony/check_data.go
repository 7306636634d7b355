package main

import (
	"fmt"

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

// readDataProblems runs archive.ReadData when --read-data was given and returns its problems.
func readDataProblems(a *archive.Archive, readData bool, ids []age.Identity) ([]string, error) {
	if !readData {
		return nil, nil
	}
	data, err := a.ReadData(ids)
	if err != nil {
		return nil, err
	}
	return data.Problems, nil
}

// dataProblemsError is check's error when --read-data found problems. --repair cannot fix a
// file that fails authentication, so the hint is a backup (or the key), never --repair.
func dataProblemsError(total, data int, repaired, withKey bool) error {
	found := fmt.Sprintf("check: %s found, %d of them reading the data", plural(total, "problem"), data)
	if repaired {
		return fmt.Errorf("%s; nothing was repaired: --repair would record in the audit log what it does not vouch for. "+
			"Restore the files named from a backup (if an interrupted command left them, run 'testimony check --repair' without --read-data)", found)
	}
	hint := "restore the files named from a backup"
	if withKey {
		hint += ", or check that -i names the archive's key"
	}
	return fmt.Errorf("%s: %s", found, hint)
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
