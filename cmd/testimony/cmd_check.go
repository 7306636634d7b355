package main

import (
	"fmt"

	"github.com/urfave/cli/v2"
)

func checkCommand() *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "verify that store, reports, index and audit log agree",
		UsageText: "testimony check --archive DIR [--repair] [--read-data [-i IDENTITY]]",
		Description: "Exits 0 when the archive is consistent. Without --repair, any problem is listed\n" +
			"and the exit code is 1; with --repair, what a crash left between two steps is mended.\n" +
			"--read-data also reads every encrypted file: without -i it compares each with the hash\n" +
			"and size the audit log records, and the manifest with the audit log; with -i it also\n" +
			"decrypts every file (age authenticates every chunk). With --repair it reads the data\n" +
			"first and repairs nothing if it finds a problem there (repair would record in the audit\n" +
			"log files it does not vouch for).",
		Flags: []cli.Flag{
			archiveFlag(),
			&cli.BoolFlag{Name: "repair", Usage: "repair what a crash left between two steps", DisableDefaultText: true},
			&cli.BoolFlag{Name: "read-data", Usage: "authenticate every encrypted file against the audit log (and decrypt it, with -i)", DisableDefaultText: true},
			identityFlag(),
		},
		Action: runCheck,
	}
}

func runCheck(c *cli.Context) error {
	if err := noArgs(c); err != nil {
		return err
	}
	readData, ids, err := readDataFlags(c)
	if err != nil {
		return err
	}
	a, err := openArchive(c)
	if err != nil {
		return err
	}
	repair := c.Bool("repair")
	// The data is read before any repair: repair writes audit entries from the manifest,
	// which would then vouch for whatever the data check exists to catch (a planted file).
	dataProblems, err := readDataProblems(a, readData, ids)
	if err != nil {
		return err
	}
	rep, err := a.Check(repair && len(dataProblems) == 0)
	if rep == nil {
		if err == nil {
			err = fmt.Errorf("check: no report")
		}
		return err
	}
	rep.Problems = append(rep.Problems, dataProblems...)
	w := c.App.Writer
	for _, p := range rep.Problems {
		fmt.Fprintf(w, "problem: %s\n", oneLine(p))
	}
	for _, r := range rep.Repaired {
		fmt.Fprintf(w, "repaired: %s\n", oneLine(r))
	}
	if err != nil {
		return err
	}
	if len(dataProblems) > 0 {
		return dataProblemsError(len(rep.Problems), len(dataProblems), repair, len(ids) > 0)
	}
	left := len(rep.Problems)
	if repair {
		left -= len(rep.Repaired)
	}
	switch {
	case len(rep.Problems) == 0:
		fmt.Fprintln(w, "archive ok: store, index and audit log agree"+dataOK(readData, ids))
		return nil
	case left <= 0:
		fmt.Fprintf(w, "archive repaired: %s fixed\n", plural(len(rep.Repaired), "problem"))
		return nil
	case !repair:
		return fmt.Errorf("check: %s found; run 'testimony check --repair'", plural(len(rep.Problems), "problem"))
	}
	return fmt.Errorf("check: %s could not be repaired", plural(left, "problem"))
}
